"""Fill catalogue entries from a Python dict file: `python tools/fill_po.py LANG DICTFILE`.

English entries default to their source text; existing translations are kept.
"""

import runpy
import sys

from babel.messages.pofile import read_po, write_po

lang = sys.argv[1]
table = runpy.run_path(sys.argv[2])["TABLE"] if len(sys.argv) > 2 else {}
path = f"handlers/locale/{lang}/LC_MESSAGES/bryggan.po"
with open(path, "rb") as handle:
    catalog = read_po(handle, locale=lang)
for message in catalog:
    if not message.id:
        continue
    key = tuple(message.id) if isinstance(message.id, (tuple, list)) else message.id
    present = all(message.string) if isinstance(message.string, (tuple, list)) else message.string
    if present:
        continue
    if key in table:
        message.string = table[key]
    elif lang == "en":
        message.string = key
    message.flags.discard("fuzzy")
with open(path, "wb") as handle:
    write_po(handle, catalog, width=100, omit_header=False)
