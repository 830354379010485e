"""An address as a link may carry it: only http(s), with every character that could close a
link in a chat (< > | ( ), whitespace, quotes, backslashes) percent-encoded. For addresses
that come from outside (a shared file, a feed's item): used by the platforms' renderers and
by the feeds, so no address can end a link early and start markup of its own."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

# RFC 3986's reserved and unreserved characters, and % for what is already encoded; not the
# ones a chat uses to end a link: < > | ( ) and whitespace, quotes, backslashes.
_URL_SAFE = "-._~:/?#[]@!$&'*+,;=%"


def web_address(url: str | None) -> str | None:
    """The address to link to, or None when it is no http(s) address."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe=_URL_SAFE)
