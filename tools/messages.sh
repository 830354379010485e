#!/usr/bin/env sh
# Re-extract translatable texts and update the catalogues (run by `make messages`).
set -eu
PYBABEL=${PYBABEL:-.venv/bin/pybabel}
"$PYBABEL" extract -F babel.cfg -k N_ -k CommandError -k ngettext:1,2 -k counted_error:1,2 --sort-by-file \
  --project=bryggan --copyright-holder="Bryggan contributors" --omit-header \
  -o handlers/locale/bryggan.pot bot handlers
for lang in sv en; do
  po=handlers/locale/$lang/LC_MESSAGES/bryggan.po
  if [ -f "$po" ]; then
    "$PYBABEL" update -i handlers/locale/bryggan.pot -d handlers/locale -D bryggan -l "$lang" --omit-header --no-fuzzy-matching --ignore-obsolete
  else
    "$PYBABEL" init -i handlers/locale/bryggan.pot -d handlers/locale -D bryggan -l "$lang"
  fi
done
