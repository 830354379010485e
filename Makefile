# Two commands for a newcomer: `make run` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev
NODE_STAMP := node_modules/.installed

.PHONY: run console test check lint format typecheck messages catalogue bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	@touch $@

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@ $(RUN_STAMP)

# axe-core, which the browser tests inject into pages to check their accessibility
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

## run: install if needed, migrate and start the bot (the console when no chat tokens are set)
run: $(RUN_STAMP)
	@$(BIN)/bryggan run

## console: try every command from the terminal, without the web server
console: $(RUN_STAMP)
	@$(BIN)/bryggan console

## test: install what the tests need, lint, type-check and run the whole suite (3 workers,
## bound by CPU: on 2 cores three took 225 s, four 265 s; idle workers take tests queued for
## busy ones (worksteal), so the last long e2e tests do not run alone: 190 s)
test: $(DEV_STAMP) $(NODE_STAMP) check
	$(BIN)/python -m pytest -n 3 --dist worksteal --reruns 2 --only-rerun "the event loop was held"

check: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(DEV_STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## messages: re-extract translatable texts into the catalogues
messages: $(DEV_STAMP)
	sh tools/messages.sh

## catalogue: write the catalogue's outline read by slack-manifest and teams-manifest
catalogue: $(DEV_STAMP)
	$(BIN)/python -m handlers.catalogue_outline

## bench: run the benchmarks (they print numbers; nothing is asserted)
bench: $(DEV_STAMP)
	$(BIN)/python benchmarks/outbox_throughput.py
	$(BIN)/python benchmarks/similar_wishes.py
	$(BIN)/python benchmarks/feed_poll.py
	$(BIN)/python benchmarks/fanout.py --announcements 1 10

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
