"""The bot's Markdown as HTML (mail, the web, Matrix): nothing a member wrote loads from
elsewhere or runs."""

from __future__ import annotations

from bot.platforms.html import markdown_to_html


def test_a_picture_in_a_members_text_is_never_loaded() -> None:
    html = markdown_to_html("Se ![bild](https://tracker.example/p.png) här")
    assert "<img" not in html
    assert 'href="https://tracker.example/p.png"' in html  # shown as a link, never fetched


def test_raw_html_and_script_links_stay_text() -> None:
    html = markdown_to_html("<img src=x onerror=alert(1)> [x](javascript:alert(1)) **fet**")
    assert "<img" not in html and 'href="javascript' not in html
    assert "&lt;img" in html and "<strong>fet</strong>" in html
