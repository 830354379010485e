"""Formatting carried both ways between Discord and Slack, on real-looking messages."""

from __future__ import annotations

import pytest

from bot.platforms.discord.markdown import discord_to_markdown, markdown_to_discord
from bot.platforms.slack.mrkdwn import markdown_to_mrkdwn, mrkdwn_to_markdown

NAMES = {("user", "U123"): "Eva Ek", ("user", "42"): "Ola", ("role", "7"): "Styrelsen",
         ("channel", "C9"): "allmänt", ("channel", "99"): "bygg"}  # fmt: skip


def names(kind: str, ident: str) -> str:
    return NAMES.get((kind, ident), ident)


# (Slack mrkdwn as typed, the bot's Markdown, Discord markdown)
TABLE = [
    ("Hej *alla*!", "Hej **alla**!", "Hej **alla**!"),
    ("Det är _viktigt_ nu", "Det är *viktigt* nu", "Det är *viktigt* nu"),
    ("~inställt~ flyttat", "~~inställt~~ flyttat", "~~inställt~~ flyttat"),
    ("Kör `bryggan migrate` först", "Kör `bryggan migrate` först", "Kör `bryggan migrate` först"),
    (
        "```\nSELECT *\nFROM ärenden\n```",
        "```\nSELECT *\nFROM ärenden\n```",
        "```\nSELECT *\nFROM ärenden\n```",
    ),
    ("&gt; Citat från mötet", "> Citat från mötet", "> Citat från mötet"),
    (
        "Läs <https://forening.se/p|protokollet>",
        "Läs [protokollet](https://forening.se/p)",
        "Läs [protokollet](https://forening.se/p)",
    ),
    ("Se https://forening.se", "Se https://forening.se", "Se https://forening.se"),
    ("• Bygg\n• Miljö", "• Bygg\n• Miljö", "• Bygg\n• Miljö"),
    ("Bra jobbat :tada: :+1:", "Bra jobbat :tada: :+1:", "Bra jobbat :tada: :+1:"),
    ("A &amp; B &lt; C", "A & B < C", "A & B < C"),
]


@pytest.mark.parametrize(("slack", "neutral", "discord"), TABLE)
def test_slack_to_discord_and_back(slack: str, neutral: str, discord: str) -> None:
    assert mrkdwn_to_markdown(slack) == neutral
    assert markdown_to_discord(neutral) == discord
    assert markdown_to_mrkdwn(discord_to_markdown(discord)) == slack


@pytest.mark.parametrize(
    ("slack", "shown"),
    [
        ("Hej <@U123>, se <#C9>", "Hej @Eva Ek, se #allmänt"),
        ("<@U555|kalle> och <#C1|bygg>", "@kalle och #bygg"),
        ("<!channel> <!here> <!everyone>", "@\u2060channel @\u2060here @\u2060everyone"),
        ("<!subteam^S1|styrelsen> kolla", "@styrelsen kolla"),
    ],
)
def test_slack_mentions_become_plain_names(slack: str, shown: str) -> None:
    assert mrkdwn_to_markdown(slack, names) == shown


@pytest.mark.parametrize(
    ("discord", "shown"),
    [
        ("Hej <@42> och <@!42>", "Hej @Ola och @Ola"),
        ("<@&7> mötet flyttas, se <#99>", "@Styrelsen mötet flyttas, se #bygg"),
        ("@everyone @here", "@\u2060everyone @\u2060here"),
        ("<:castor:123456> <a:dans:987>", ":castor: :dans:"),
        ("# Rubrik\n__understruket__ ||hemligt||", "**Rubrik**\nunderstruket hemligt"),
    ],
)
def test_discord_mentions_and_extras_become_plain(discord: str, shown: str) -> None:
    assert discord_to_markdown(discord, names) == shown


def test_nothing_from_either_side_pings_on_the_other() -> None:
    for text in ("@everyone kom nu", "<!channel> kom nu", "@here"):
        slack_side = markdown_to_mrkdwn(discord_to_markdown(text))
        assert "<!" not in slack_side and "@everyone" not in slack_side
        discord_side = markdown_to_discord(mrkdwn_to_markdown(text))
        assert "@everyone" not in discord_side and "@here" not in discord_side
