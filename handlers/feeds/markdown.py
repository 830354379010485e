"""Feed HTML as the bot's neutral text: Markdown (bold, italics, links, lists, quotes).

BeautifulSoup parses whatever a blog platform emits; this walks the tree and keeps only what
a chat message can show. Scripts, styles, embedded frames and tracking pixels are dropped,
relative links are made absolute, entities come out as characters (å, ä, ö kept). The
adapters turn the Markdown into Discord markdown, Slack mrkdwn or plain text.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from bs4 import BeautifulSoup
from bs4.element import NavigableString, Tag

from handlers.core.text import escape_markdown

DROPPED = {"script", "style", "noscript", "iframe", "object", "embed", "form", "svg", "head"}
BLOCKS = {"p", "div", "section", "article", "header", "footer", "figure", "figcaption", "table",
          "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr"}  # fmt: skip
TRACKING = re.compile(r"(pixel|track|beacon|analytics|doubleclick|1x1)", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def html_to_markdown(html: str, *, base_url: str | None = None) -> str:
    soup = BeautifulSoup(html or "", "html.parser")
    text = _render(soup, base_url, list_depth=0)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def first_image(html: str, *, base_url: str | None = None) -> str | None:
    """The first real picture in the HTML (not a tracking pixel): a cover image."""
    soup = BeautifulSoup(html or "", "html.parser")
    for image in soup.find_all("img"):
        if isinstance(image, Tag) and not _is_tracking(image):
            source = str(image.get("src") or "")
            if source:
                return urljoin(base_url or "", source)
    return None


def _is_tracking(image: Tag) -> bool:
    size = {str(image.get("width") or ""), str(image.get("height") or "")}
    return bool(size & {"0", "1"}) or bool(TRACKING.search(str(image.get("src") or "")))


def _render(node: Tag, base_url: str | None, *, list_depth: int) -> str:
    parts: list[str] = []
    for child in node.children:
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:  # comments, CDATA markers and doctypes are not text
                parts.append(escape_markdown(str(child).replace("\n", " ")))
            continue
        if isinstance(child, Tag):
            parts.append(_element(child, base_url, list_depth=list_depth))
    return "".join(parts)


def _element(tag: Tag, base_url: str | None, *, list_depth: int) -> str:
    name = tag.name.lower()
    if name in DROPPED or name == "img":
        return ""
    inner = _render(tag, base_url, list_depth=list_depth + (name in ("ul", "ol")))
    if name == "br":
        return "\n"
    if name in ("strong", "b"):
        return _wrap(inner, "**")
    if name in ("em", "i"):
        return _wrap(inner, "*")
    if name in ("s", "del", "strike"):
        return _wrap(inner, "~~")
    if name == "code":
        return _wrap(inner, "`")
    if name == "a":
        href = str(tag.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "#")):
            return inner
        url = urljoin(base_url or "", href)
        return f"[{inner.strip() or url}]({url})" if inner.strip() != url else url
    if name == "li":
        bullet = f"{_index(tag)}." if tag.parent is not None and tag.parent.name == "ol" else "-"
        indent = "  " * max(0, list_depth - 1)
        return f"\n{indent}{bullet} {inner.strip()}"
    if name in ("ul", "ol"):
        return f"\n{inner}\n"
    if name == "blockquote":
        quoted = "\n".join(f"> {line}" for line in inner.strip().split("\n"))
        return f"\n\n{quoted}\n\n"
    if name in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return f"\n\n{_wrap(inner, '**')}\n\n"
    if name in BLOCKS:
        return f"\n\n{inner}\n\n"
    return inner


def _wrap(inner: str, mark: str) -> str:
    stripped = inner.strip()
    if not stripped:
        return inner
    lead = " " if inner[:1].isspace() else ""
    trail = " " if inner[-1:].isspace() else ""
    return f"{lead}{mark}{stripped}{mark}{trail}"


def _index(item: Tag) -> int:
    siblings = [s for s in item.find_previous_siblings("li")]
    return len(siblings) + 1
