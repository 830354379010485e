"""Rendering stays within each platform's limits and never lets untrusted text ping anyone."""

from __future__ import annotations

from bot.platforms.discord.render import custom_id, parse_custom_id
from bot.platforms.discord.render import render as discord_render
from bot.platforms.slack.commands import slash_commands
from bot.platforms.slack.render import escape, submitted_values
from bot.platforms.slack.render import render as slack_render
from handlers.catalogue import CommandSpec
from handlers.types import Button, Field, Message


def test_discord_embeds_respect_description_field_and_total_limits() -> None:
    message = Message(
        title="Protokoll",
        text="Punkt. " * 2000,  # 14,000 characters
        fields=tuple(Field(f"Fält {n}", "ord " * 375) for n in range(30)),
        buttons=(Button("Stöd", "wish.support", "12"),),
    )
    parts = discord_render(message)
    for part in parts:
        assert len(part.embeds) <= 10
        assert sum(len(e) for e in part.embeds) <= 6000
        for embed in part.embeds:
            assert len(embed.description or "") <= 4096
            assert len(embed.fields) <= 25
            assert all(len(f.value or "") <= 1024 for f in embed.fields)
    assert parts[0].embeds[0].title == "Protokoll"
    values = "".join(f.value or "" for p in parts for e in p.embeds for f in e.fields)
    assert len(values.replace(" ", "")) == 30 * 375 * 3  # no text is lost
    assert parts[-1].view is not None
    assert all(p.view is None for p in parts[:-1])


def test_discord_custom_ids_round_trip_and_stay_short() -> None:
    encoded = custom_id("b", "wish.support", "12")
    assert parse_custom_id(encoded) == ("b", "wish.support", "12")
    assert parse_custom_id("someone-elses-button") is None


def test_slack_escapes_control_characters_and_broadcasts() -> None:
    assert escape("<!channel> & <@U123> @here @Everyone") == (
        "&lt;!channel&gt; &amp; &lt;@U123&gt; @\u2060here @\u2060Everyone"
    )


def test_slack_blocks_stay_within_limits_and_controls_are_unique() -> None:
    message = Message(
        text="Ord " * 40_000,
        buttons=(Button("Ja", "vote", "1"), Button("Ja igen", "vote", "2")),
    )
    parts = slack_render(message)
    assert len(parts) > 1
    for part in parts:
        assert len(part.blocks) <= 50
        for block in part.blocks:
            if block["type"] == "section":
                assert len(block["text"]["text"]) <= 3000
    actions = parts[-1].blocks[-1]
    assert actions["type"] == "actions"
    assert [e["action_id"] for e in actions["elements"]] == ["vote#0", "vote#1"]


def test_slack_view_submissions_carry_context_and_channel() -> None:
    view = {
        "state": {"values": {"title": {"value": {"value": "Karta"}}}},
        "private_metadata": '{"context": "wish:3", "channel": "C1"}',
    }
    assert submitted_values(view) == ({"title": "Karta"}, "wish:3", "C1")
    assert submitted_values({"private_metadata": "not json"}) == ({}, "", None)


def test_slack_names_that_slack_keeps_are_left_to_the_umbrella_or_prefixed() -> None:
    specs = [CommandSpec("status", "s"), CommandSpec("help", "h"), CommandSpec("remind", "r")]
    plain = [(c.slash, c.catalogue_name) for c in slash_commands(specs)]
    assert plain == [("/bryggan", None), ("/help", "help")]
    prefixed = [(c.slash, c.catalogue_name) for c in slash_commands(specs, prefix="b-")]
    assert prefixed == [
        ("/bryggan", None),
        ("/b-status", "status"),
        ("/b-help", "help"),
        ("/b-remind", "remind"),
    ]


def test_markdown_becomes_mrkdwn_and_stays_harmless() -> None:
    from bot.platforms.slack.mrkdwn import markdown_to_mrkdwn

    assert markdown_to_mrkdwn(
        "**Beslut**: läs *protokollet* och ~~inte~~ [länken](https://a.se/x?a=1&b=2)"
    ) == ("*Beslut*: läs _protokollet_ och ~inte~ <https://a.se/x?a=1&amp;b=2|länken>")
    assert markdown_to_mrkdwn(r"Pris: 5 \* 3 och <!channel> @here") == (
        "Pris: 5 * 3 och &lt;!channel&gt; @\u2060here"
    )
    assert markdown_to_mrkdwn("[klick](javascript:alert)") == "[klick](javascript:alert)"


def test_a_cover_image_is_shown_large_where_the_platform_can() -> None:
    message = Message(title="Nyhet", text="Text", image_url="https://f.se/omslag.jpg")
    [part] = discord_render(message)
    assert part.embeds[0].image.url == "https://f.se/omslag.jpg"
    [slack] = slack_render(message)
    assert {"type": "image", "image_url": "https://f.se/omslag.jpg", "alt_text": "Nyhet"} in (
        slack.blocks
    )
    assert Message.from_json(message.to_json()) == message


def test_markdown_becomes_plain_text_for_the_console_and_e_mail() -> None:
    from bot.platforms.plain import markdown_to_plain

    assert (
        markdown_to_plain(
            "**Beslut**: läs *protokollet* ~~inte~~ [här](https://a.se/p) och https://b.se"
        )
        == "Beslut: läs protokollet inte här (https://a.se/p) och https://b.se"
    )
    assert markdown_to_plain(r"5 \* 3 \_x\_") == "5 * 3 _x_"


def test_a_title_link_on_slack_cannot_close_itself_and_ping_the_channel() -> None:
    url = "http://b.example/a?x=1> <!channel> <http://evil.example|Officiell"
    [posted] = slack_render(Message(title="Nyhet", text="", url=url))
    section = posted.blocks[0]["text"]["text"]
    assert "<!channel>" not in section and section.count("<") == section.count(">") == 1
    assert section == (
        "*<http://b.example/a?x=1%3E%20%3C!channel%3E%20%3Chttp://evil.example%7COfficiell|Nyhet>*"
    )
    [script] = slack_render(Message(title="JS", text="", url="javascript:alert(1)"))
    assert "javascript" not in str(script.blocks)  # no link at all: the title stands alone
