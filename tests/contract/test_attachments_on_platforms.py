"""Files in a bridged channel reach the other platform as links, through the real Discord and
Slack clients: a Discord message with attachments (MESSAGE_CREATE over the fake gateway) and a
Slack `file_share` message both come out on the other side with a 📎 link to each file.

A file's name is the member's to choose and travels as it is, so it must not become a ping, a
mention or a link of its own on the other side: it is shown as written, escaped.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote

import pytest

from handlers.commands import inbound_handlers
from handlers.context import Context
from storage.bridges import create_bridge, join_bridge
from tests.contract.test_wishes_on_platforms import (
    DiscordSide,
    SlackSide,
    _blocks,
    delivered,
    delivering,
    discord_side,
    slack_side,
)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

PHISH = "https://phish.example/login"


class Both:
    """One bridge with a channel on Discord and one on Slack, and the members on each."""

    def __init__(self, discord: DiscordSide, slack: SlackSide) -> None:
        self.discord, self.slack = discord, slack
        self.on_discord = discord.fake.add_channel("forum")
        self.on_slack = slack.fake.add_channel("forum")

    async def bridge(self, ctx: Context) -> None:
        now = ctx.clock.now()
        async with ctx.db.transaction() as session:
            bridge = await create_bridge(session, name="forum", created_by="Bo", now=now)
            assert bridge is not None
            for platform, channel in (("discord", self.on_discord), ("slack", self.on_slack)):
                await join_bridge(
                    session, bridge_id=bridge.id, platform=platform, channel_id=str(channel),
                    channel_name="forum", added_by="Bo", now=now,
                )  # fmt: skip

    async def discord_says(self, text: str, files: list[tuple[str, str]]) -> list[str]:
        """Eva writes on Discord with files (name, content type) attached, as Discord sends it:
        each file an attachment object with its CDN address (the name percent-encoded);
        returns the addresses."""
        fake, channel = self.discord.fake, self.on_discord
        await fake.wait_ready()
        await fake.gateway.settle()
        attachments = []
        for name, content_type in files:
            number = fake.next_id()
            url = f"https://cdn.discordapp.com/attachments/{channel}/{number}/{quote(name)}"
            attachments.append(
                {"id": str(number), "filename": name, "size": 2048, "url": url,
                 "proxy_url": url, "content_type": content_type}
            )  # fmt: skip
        user = self.discord.eva
        message = fake.build_message(
            channel, fake.user_payload(user), {"content": text},
            attachments=attachments, member_id=user,
        )  # fmt: skip
        await fake.gateway.dispatch_message("MESSAGE_CREATE", message)
        return [str(a["url"]) for a in attachments]

    async def slack_says(self, text: str, files: list[tuple[str, str]]) -> None:
        """Eva shares files (name, mimetype) on Slack: a `file_share` message with `files`."""
        shared = [
            {"id": f"F{n}", "name": name, "title": name, "mimetype": mimetype,
             "url_private": f"https://files.slack.com/files-pri/T1-F{n}/{quote(name)}",
             "permalink": f"https://castor.slack.com/files/{self.slack.eva}/F{n}/{quote(name)}"}
            for n, (name, mimetype) in enumerate(files, start=1)
        ]  # fmt: skip
        await self.slack.fake.message_event(
            self.on_slack, text, user_id=self.slack.eva, subtype="file_share", files=shared
        )

    async def discord_copy(self) -> str:
        """Everything the copy on Discord says (its text and its links may be two posts)."""
        await self.discord.fake.wait_for_messages(self.on_discord, 1)
        await delivered(self.discord, self.slack)
        posts = self.discord.posts_in(self.on_discord)
        assert posts, "no copy on Discord"
        for post in posts:
            self.discord.assert_pings_nobody(_seen(post))
            assert post["webhook_id"], "a copy is posted under the author's name"
        return "\n".join(str(post.get("content") or "") for post in posts)

    async def slack_copy(self) -> list[str]:
        """The mrkdwn texts of the copy on Slack (its sections and context blocks)."""
        await self.slack.fake.wait_for_messages(self.on_slack, 1)
        await delivered(self.discord, self.slack)
        [post] = self.slack.posts_in(self.on_slack)
        texts = [str(post.get("text") or "")]
        for block in _blocks(post):
            if block.get("type") == "section":
                texts.append(block["text"]["text"])
            elif block.get("type") == "context":
                texts += [e["text"] for e in block["elements"] if e.get("type") == "mrkdwn"]
        return texts


def _seen(post: dict[str, Any]) -> Any:
    class Raw:  # what assert_pings_nobody reads
        raw = post

    return Raw


@pytest.fixture
async def both(contract_ctx: Context) -> AsyncIterator[Both]:
    contract_ctx.inbound = inbound_handlers()
    async with (
        discord_side(contract_ctx) as discord,
        slack_side(contract_ctx) as slack,
        delivering(contract_ctx, discord, slack),
    ):
        pair = Both(discord, slack)
        await pair.bridge(contract_ctx)
        yield pair


async def test_files_from_discord_reach_slack_as_links(both: Both) -> None:
    files = [("protokoll 2026.pdf", "application/pdf"), ("bild.png", "image/png")]
    pdf, png = await both.discord_says("Protokollet och en bild", files)
    texts = await both.slack_copy()
    assert "/protokoll%202026.pdf" in pdf
    assert [t for t in texts if t.startswith("📎")] == [
        f"📎 <{pdf}|protokoll 2026.pdf>",
        f"📎 <{png}|bild.png>",
    ]
    assert any("Protokollet och en bild" in t for t in texts)


async def test_files_shared_on_slack_reach_discord_as_links(both: Both) -> None:
    await both.slack_says("Här är kallelsen", [("kallelse.pdf", "application/pdf")])
    copy = await both.discord_copy()
    assert "Här är kallelsen" in copy
    permalink = f"https://castor.slack.com/files/{both.slack.eva}/F1/kallelse.pdf"
    assert f"📎 [kallelse.pdf]({permalink})" in copy


async def test_a_file_shared_without_text_still_arrives(both: Both) -> None:
    """Only a file, no words: the copy is the link alone (an empty post is refused)."""
    await both.slack_says("", [("bild.png", "image/png")])
    copy = await both.discord_copy()
    assert copy.strip().startswith("📎 [bild.png](https://castor.slack.com/files/")
    await both.discord_says("", [("karta.png", "image/png")])
    assert any(t.startswith("📎 <https://cdn.discordapp.com/") for t in await both.slack_copy())


LOUD = f"[Logga in]({PHISH}) @everyone @here <@{{user}}> <!channel> **viktigt** `kod`.png"


async def test_a_file_name_from_slack_pings_and_links_nobody_on_discord(both: Both) -> None:
    name = LOUD.format(user=both.discord.ola)
    await both.slack_says("Se filen", [(name, "image/png")])
    copy = await both.discord_copy()  # asserts allowed_mentions, mentions and mention_everyone
    [link] = [line for line in copy.splitlines() if line.startswith("📎")]
    assert not re.search(r"\]\(https://phish", link), "the name must not become a link"
    assert "@everyone" not in link and "@here" not in link, "broadcast words are defused"
    assert not re.search(r"(?<!\\)<[@#!]", link), "a mention shows as text"
    assert "**viktigt**" not in link and "`kod`" not in link, "marks are shown, not applied"
    assert link.endswith(")") and link.count("](https://castor.slack.com/files/") == 1


async def test_a_file_name_from_discord_pings_and_links_nobody_on_slack(both: Both) -> None:
    name = f"<{PHISH}|Logga in> <!channel> <!here> <@{both.slack.ola}> @everyone *viktigt*.png"
    await both.discord_says("Se filen", [(name, "image/png")])
    [link] = [t for t in await both.slack_copy() if t.startswith("📎")]
    url, _, label = link.removeprefix("📎 <").removesuffix(">").partition("|")
    assert url.startswith("https://cdn.discordapp.com/attachments/") and " " not in url
    assert not re.search(r"[<>|]", url), "the address cannot end the link early"
    assert not re.search(r"<[!@#]|<https?:", label), "no ping, mention or link in the name"
    assert not re.search(r"@(everyone|here|channel)\b", label)
    assert "&lt;!channel&gt;" in label
