"""A file in a chat post: its name and address as a link may carry them.

Both come from whoever shared the file (the name is theirs to choose, and a platform passes
it on as it is), so neither may end the link early or start markup of its own: the name is
put on one line and kept short, and only an http(s) address is linked, with every character
that could close a link percent-encoded. Each platform then escapes the name its own way.
"""

from __future__ import annotations

import re

from handlers.web_address import web_address

__all__ = ["file_name", "web_address"]

NAME_LIMIT = 200
_LINE_BREAKS = re.compile(r"[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+")


def file_name(name: str) -> str:
    """The name on one line, within a sensible length."""
    flat = _LINE_BREAKS.sub(" ", name).strip()
    return (flat[: NAME_LIMIT - 1] + "…" if len(flat) > NAME_LIMIT else flat) or "file"
