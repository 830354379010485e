"""The bot's Markdown as safe HTML (e-mail and the public web), with markdown-it-py.

Raw HTML in the text is escaped, never passed through, and only http(s) and mailto links
survive, so nothing a member wrote can inject markup into a page or a mail.
"""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt

# Images are left out: a picture in a member's text would load from wherever it points when
# a mail or a chat client shows it (a tracking pixel); its Markdown stays as text.
_renderer = (
    MarkdownIt("commonmark", {"html": False, "linkify": False, "breaks": True})
    .enable("strikethrough")
    .disable("image")
)
_SAFE_SCHEMES = ("http://", "https://", "mailto:")
_renderer.validateLink = lambda url: url.strip().lower().startswith(_SAFE_SCHEMES)  # type: ignore[method-assign]


@lru_cache(maxsize=256)  # one announcement is rendered for every subscriber
def markdown_to_html(text: str) -> str:
    """Render Markdown to an HTML fragment (paragraphs, lists, code, quotes, links)."""
    return _renderer.render(text)


def member_markdown_to_html(text: str) -> str:
    """A member's Markdown on a public page: links marked as theirs (`rel="nofollow ugc"`),
    so the site vouches for none of them. Raw HTML is escaped, so every `<a href=` in the
    output is one the renderer made."""
    return markdown_to_html(text).replace('<a href="', '<a rel="nofollow ugc" href="')
