"""A file's link on Discord and Slack: only a web address is linked, and neither the address nor
the name (both the sharer's) can end the link early or add markup, a link or a ping."""

from __future__ import annotations

import re

from bot.platforms.discord.render import render as discord_render
from bot.platforms.slack.render import render as slack_render
from handlers.types import Attachment, Message

HOSTILE_URL = "https://files.example/a b>c|d(e)<!channel>.pdf"
NOT_WEB = ("javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "https:x")


def discord_lines(*files: Attachment, text: str = "") -> list[str]:
    parts = discord_render(Message(text=text, attachments=files))
    return [line for p in parts for line in (p.content or "").splitlines()]


def slack_lines(*files: Attachment) -> list[str]:
    [message] = slack_render(Message(text="", attachments=files))
    return [e["text"] for b in message.blocks if b["type"] == "context" for e in b["elements"]]


def test_an_address_that_could_end_the_link_is_encoded() -> None:
    [on_discord] = discord_lines(Attachment("a.pdf", HOSTILE_URL))
    [on_slack] = slack_lines(Attachment("a.pdf", HOSTILE_URL))
    encoded = "https://files.example/a%20b%3Ec%7Cd%28e%29%3C!channel%3E.pdf"
    assert on_discord == f"📎 [a.pdf]({encoded})"
    assert on_slack == f"📎 <{encoded}|a.pdf>"


def test_only_a_web_address_is_linked() -> None:
    for url in NOT_WEB:
        assert discord_lines(Attachment("a.pdf", url)) == ["📎 a.pdf"], url
        assert slack_lines(Attachment("a.pdf", url)) == ["📎 a.pdf"], url


def test_a_name_stays_on_its_line_and_is_shown_as_written() -> None:
    name = "x](https://phish.example)\n# Rubrik\n> citat <@123> @here **b**"
    [on_discord] = discord_lines(Attachment(name, "https://cdn.example/f"))
    [on_slack] = slack_lines(Attachment(name, "https://cdn.example/f"))
    assert on_discord.endswith("](https://cdn.example/f)") and on_discord.count("](") == 1
    assert not re.search(r"(?<!\\)[\[\]<*>]", on_discord.removeprefix("📎 [").rsplit("](", 1)[0])
    assert "@here" not in on_discord and "@here" not in on_slack
    assert on_slack.count("<") == 1 and on_slack.count(">") == 1 and "&lt;@123&gt;" in on_slack


def test_files_alone_are_their_links_alone_on_discord() -> None:
    """No empty first post: Discord refuses one, and the copy would never arrive."""
    parts = discord_render(Message(text="", attachments=(Attachment("a.png", "https://x.se/a"),)))
    assert [p.content for p in parts] == ["📎 [a.png](https://x.se/a)"]


def test_many_files_are_split_between_whole_lines() -> None:
    files = tuple(
        Attachment(f"{n}-" + "n" * 190, f"https://x.se/{'u' * 150}/{n}") for n in range(10)
    )
    parts = discord_render(Message(text="Hej", attachments=files))
    assert parts[0].content == "Hej" and len(parts) > 2
    lines = [line for p in parts[1:] for line in (p.content or "").splitlines()]
    assert len(lines) == 10 and all(line.endswith(f"/{n})") for n, line in enumerate(lines))
    assert all(len(p.content or "") <= 2000 for p in parts)
