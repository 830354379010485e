"""The catalogue's outline (handlers/data/catalogue.json) is the catalogue, to the letter.

The commands that describe every command to a platform (`slack-manifest`, `teams-manifest`)
read the outline so they need not load the handlers, storage and SQLAlchemy; a command
changed without `make catalogue` would reach those manifests out of date.
"""

from __future__ import annotations

from dataclasses import replace

from handlers.catalogue import Catalogue
from handlers.catalogue_outline import OUTLINE, offline_catalogue, outline, rendered
from handlers.commands import build_catalogue


def test_the_outline_file_is_the_catalogue_of_today() -> None:
    assert OUTLINE.read_text("utf-8") == rendered(build_catalogue()), (
        "a command changed: run `make catalogue` and commit handlers/data/catalogue.json"
    )


def test_the_outline_read_back_describes_every_command_alike() -> None:
    assert outline(offline_catalogue()) == outline(build_catalogue())
    offline = offline_catalogue()
    for command in build_catalogue():
        read = offline.get(command.name)
        assert read is not None
        assert read.handler is None  # nothing runs from the outline
        assert read.usage() == command.usage()


def test_a_changed_description_is_told_apart() -> None:
    """The control: a command whose description changed does not match the outline."""
    commands = list(build_catalogue())
    commands[0] = replace(commands[0], description=commands[0].description + " (ny)")
    assert rendered(Catalogue(commands)) != OUTLINE.read_text("utf-8")
