"""Feed bytes become entries with stable identities; an HTML page is not a feed."""

from __future__ import annotations

from datetime import UTC, datetime

from handlers.feeds.entries import parse_feed

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>F\xc3\xb6reningen</title><link>https://forening.se</link>
<item><title>Protokoll mars</title><link>https://forening.se/post/mars</link>
<guid isPermaLink="false">5f2a1c</guid><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate>
<category>Protokoll</category>
<description><![CDATA[<p>Styrelsen <strong>beslutade</strong> &auml;ndringar.</p>
<img src="/media/a.jpg">]]></description></item>
<item><title>Utan guid</title><link>/post/utan-guid</link><description>Text</description></item>
<item><title>Bara titel</title><description>Ingen l\xc3\xa4nk</description></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>
<entry><id>urn:x:1</id><title>Nyhet</title><updated>2026-05-01T08:00:00Z</updated>
<link href="https://forening.se/n/1"/><content type="html">&lt;em&gt;Hej&lt;/em&gt;</content>
<author><name>Styrelsen</name></author></entry></feed>"""


def test_rss_entries_with_guid_link_or_hash_identities() -> None:
    feed = parse_feed(RSS, url="https://forening.se/blog-feed.xml")
    assert feed.is_feed and feed.title == "Föreningen" and feed.warning is None
    first, second, third = feed.entries
    assert first.key == "guid:5f2a1c"
    assert first.published == datetime(2026, 3, 3, 10, 0, tzinfo=UTC)
    assert first.text == "Styrelsen **beslutade** ändringar."
    assert first.categories == ("Protokoll",)
    assert first.image_url == "https://forening.se/media/a.jpg"
    assert second.key == "link:https://forening.se/post/utan-guid"
    assert third.key.startswith("hash:") and third.link is None
    again = parse_feed(RSS, url="https://forening.se/blog-feed.xml")
    assert [e.key for e in again.entries] == [e.key for e in feed.entries]
    assert [e.fingerprint for e in again.entries] == [e.fingerprint for e in feed.entries]


def test_an_edit_changes_the_fingerprint_not_the_key() -> None:
    edited = RSS.replace(b"beslutade", b"beslutade till slut")
    before = parse_feed(RSS, url="https://forening.se/f").entries[0]
    after = parse_feed(edited, url="https://forening.se/f").entries[0]
    assert before.key == after.key and before.fingerprint != after.fingerprint


def test_atom_and_an_html_page() -> None:
    [entry] = parse_feed(ATOM, url="https://forening.se/atom.xml").entries
    assert (entry.key, entry.text, entry.author) == ("guid:urn:x:1", "*Hej*", "Styrelsen")
    page = parse_feed(b"<html><body><h1>Fel</h1></body></html>", url="https://forening.se/")
    assert not page.is_feed and page.entries == ()


def test_broken_but_recoverable_xml_is_a_warning() -> None:
    broken = RSS.replace(b"</channel>", b"<unclosed></channel>")
    feed = parse_feed(broken, url="https://forening.se/f")
    assert feed.is_feed and len(feed.entries) == 3 and feed.warning


SNEAKY = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>
<item><title>Nyhet</title><guid>1</guid>
<link>http://b.example/a?x=1&gt; &lt;!channel&gt; &lt;http://evil.example|Officiell</link></item>
<item><title>JS</title><guid>2</guid><link>javascript:alert(1)</link></item>
<item><title>Bra</title><guid>3</guid><link>https://forening.se/nyhet?a=1&amp;b=2</link></item>
</channel></rss>"""


def test_only_a_web_address_is_an_entrys_link_and_it_cannot_close_a_link() -> None:
    """A feed is a stranger's text: a link that is not http(s) is dropped (the entry is still
    posted, without it), and one hiding a Slack control (<!channel>) behind a `>` keeps no
    character that could end a link in a chat."""
    sneaky, script, good = parse_feed(SNEAKY, url="https://forening.se/f").entries
    assert script.link is None
    assert sneaky.link == (
        "http://b.example/a?x=1%3E%20%3C!channel%3E%20%3Chttp://evil.example%7COfficiell"
    )
    assert good.link == "https://forening.se/nyhet?a=1&b=2"
