"""Feed HTML becomes the bot's Markdown: what a chat can show, nothing that tracks or runs."""

from __future__ import annotations

from handlers.core.text import escape_markdown
from handlers.feeds.markdown import first_image, html_to_markdown

WIX = """
<p>Hej <strong>alla</strong> medlemmar &auml;r <em>h&auml;r</em>&nbsp;&amp; v&auml;lkomna!</p>
<p>Läs <a href="/post/protokoll-mars">protokollet</a> eller
<a href="https://example.org/full">https://example.org/full</a>.</p>
<ul><li>Bygg</li><li>Miljö <b>och</b> BAB</li></ul>
<ol><li>Först</li><li>Sedan</li></ol>
<blockquote>Citat från styrelsen</blockquote>
<script>alert("x")</script><style>p{color:red}</style>
<img src="https://track.example/pixel.gif" width="1" height="1">
<img src="/media/omslag.jpg" alt="Omslag">
<!-- a comment -->
<p>Pris: 5 * 3 = 15_000 kr</p>
"""


def test_wix_post_becomes_markdown() -> None:
    text = html_to_markdown(WIX, base_url="https://forening.se/blog/")
    assert text.split("\n") == [
        "Hej **alla** medlemmar är *här* & välkomna!",
        "",
        "Läs [protokollet](https://forening.se/post/protokoll-mars) eller https://example.org/full.",
        "",
        "- Bygg",
        "- Miljö **och** BAB",
        "",
        "1. Först",
        "2. Sedan",
        "",
        "> Citat från styrelsen",
        "",
        r"Pris: 5 \* 3 = 15\_000 kr",
    ]


def test_scripts_tracking_and_comments_never_show() -> None:
    text = html_to_markdown(WIX)
    assert "alert" not in text and "color" not in text and "comment" not in text
    assert "pixel" not in text


def test_cover_image_skips_tracking_pixels() -> None:
    assert first_image(WIX, base_url="https://forening.se/blog/") == (
        "https://forening.se/media/omslag.jpg"
    )
    assert first_image("<p>inga bilder</p>") is None


def test_plain_text_is_escaped_and_empty_html_is_empty() -> None:
    assert escape_markdown("*viktigt* [x](y)") == r"\*viktigt\* \[x\](y)"
    assert html_to_markdown("") == ""
    assert html_to_markdown("Bara text, <b></b>inga taggar") == "Bara text, inga taggar"
