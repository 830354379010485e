"""Teams rendering: every message shape as activities the strict fake accepts, long posts cut
to fit, nothing that pings, forms that come back as they were sent, and the Markdown both ways.

Each check of the fake (`tests/fakes/teams_cards.py`) is shown refusing what Teams refuses, so
a render test that passes it could have failed.
"""

from __future__ import annotations

import json
import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.platforms.teams.markdown import markdown_to_card, markdown_to_teams, teams_to_markdown
from bot.platforms.teams.render import (
    ACTIVITY_BUDGET,
    Submission,
    form_activity,
    marker_id,
    read_submit,
    render,
    utf16_size,
)
from handlers.types import (
    Attachment,
    Button,
    Field,
    Form,
    FormField,
    FormProblem,
    Message,
    Select,
    SelectOption,
)
from tests.fakes.teams_cards import CARD, SIZE_LIMIT, check_activity, pings

Json = dict[str, Any]


def card_of(activity: Json) -> Json:
    (attachment,) = activity["attachments"]
    return attachment["content"]


def elements(activity: Json) -> list[Json]:
    return card_of(activity)["body"]


def shown_texts(activities: list[Json]) -> list[str]:
    """Every text a member reads as Markdown: the messages' and the TextBlocks'."""
    found = [a["text"] for a in activities if "text" in a]
    for activity in activities:
        for attachment in activity.get("attachments", []):
            for element in attachment["content"]["body"]:
                if element["type"] == "TextBlock":
                    found.append(element["text"])
                for fact in element.get("facts", []):
                    found += [fact["title"], fact["value"]]
    return found


def accepted(activities: list[Json]) -> None:
    """Each activity passes the fake connector and pings no one."""
    assert activities
    for activity in activities:
        assert check_activity(activity) is None, check_activity(activity)
        assert pings(activity) == []
        assert utf16_size(activity) <= ACTIVITY_BUDGET


def teams_submit(activity: Json, action: Json, inputs: dict[str, str]) -> Json:
    """What Teams sends back for a click: the action's data with the card's inputs merged."""
    assert action in [a for e in elements(activity) for a in e.get("actions", [])]
    return {**action["data"], **inputs}


WISH = Message(
    text="Rapporter ska kunna **exporteras** till <at>Excel</at> & CSV.",
    title="Önskemål #12: Export",
    url="https://bryggan.example.se/wishes/12",
    fields=(Field("Stöd", "12 kommuner"), Field("Modul", "Ekonomi")),
    buttons=(
        Button("Stöd", "wish.support", "12", style="primary"),
        Button("Ta bort", "wish.hide", "12", style="danger"),
        Button("Öppna", "open", url="https://bryggan.example.se/wishes/12"),
    ),
)


# Message shapes.


def test_text_alone_is_a_markdown_message() -> None:
    activities = render(Message(text="Hej **alla**!\n\n- ett\n- två"))
    accepted(activities)
    assert activities == [
        {"type": "message", "textFormat": "markdown", "text": "Hej **alla**!\n\n• ett  \n• två"}
    ]


def test_a_wish_card_has_title_text_facts_and_actions() -> None:
    (activity,) = render(WISH)
    accepted([activity])
    card = card_of(activity)
    assert card["version"] == "1.5"
    kinds = [e["type"] for e in card["body"]]
    assert kinds == ["TextBlock", "TextBlock", "FactSet", "ActionSet"]
    assert card["body"][0]["text"] == "[Önskemål #12: Export](https://bryggan.example.se/wishes/12)"
    assert card["body"][1]["text"] == (
        "Rapporter ska kunna **exporteras** till &lt;at&gt;Excel&lt;/at&gt; &amp; CSV."
    )
    assert card["body"][2]["facts"] == [
        {"title": "Stöd", "value": "12 kommuner"},
        {"title": "Modul", "value": "Ekonomi"},
    ]
    support, hide, link = card["body"][3]["actions"]
    assert support == {
        "type": "Action.Submit",
        "title": "Stöd",
        "data": {"r": "wish.support", "v": "12"},
        "associatedInputs": "none",
        "style": "positive",
    }
    assert hide["style"] == "destructive"
    assert link == {
        "type": "Action.OpenUrl",
        "title": "Öppna",
        "url": "https://bryggan.example.se/wishes/12",
    }


def test_a_button_click_reads_back_as_its_route_and_value() -> None:
    (activity,) = render(WISH)
    support = elements(activity)[-1]["actions"][0]
    assert read_submit(teams_submit(activity, support, {})) == Submission("wish.support", "12")


def test_a_select_sends_the_option_chosen_and_nothing_without_a_choice() -> None:
    message = Message(
        text="Språk?",
        selects=(
            Select("language.set", "Välj språk", (SelectOption("Svenska", "sv"),)),
            Select("topic.pick", "Välj ämne", (SelectOption("A", "a"), SelectOption("B", "b"))),
        ),
    )
    (activity,) = render(message)
    accepted([activity])
    body = elements(activity)
    choosers = [e for e in body if e["type"] == "Input.ChoiceSet"]
    assert [c["id"] for c in choosers] == ["s.0", "s.1"]
    assert choosers[1]["choices"] == [{"title": "A", "value": "a"}, {"title": "B", "value": "b"}]
    second = body[body.index(choosers[1]) + 1]["actions"][0]
    both = {"s.0": "sv", "s.1": "b"}  # Teams sends every input of the card along
    assert read_submit(teams_submit(activity, second, both)) == Submission("topic.pick", "b")
    assert read_submit(teams_submit(activity, second, {"s.0": "sv", "s.1": ""})) is None


def test_attachments_images_author_and_reply_quote() -> None:
    message = Message(
        text="Se bilagan.",
        author_name="Anna *Admin*",
        reply_excerpt="Bo: frågan",
        attachments=(
            Attachment("rapport (1).pdf", url="https://files.example.se/r (1).pdf"),
            Attachment("export.csv", content="id;namn\n1;<Anna>"),
        ),
    )
    (activity,) = render(message)
    accepted([activity])
    text = activity["text"]
    assert text.startswith("> ↪ Bo: frågan\n\n**Anna \\*Admin\\*:**\n\nSe bilagan.")
    assert "📎 [rapport (1).pdf](https://files.example.se/r%20%281%29.pdf)" in text
    assert "id;namn  \n1;&lt;Anna&gt;" in text  # a file with a tag in it: literal lines
    pictured = render(Message(text="", title="Bild", image_url="https://img.example.se/a.png"))
    accepted(pictured)
    image = elements(pictured[0])[1]
    assert image == {
        "type": "Image",
        "url": "https://img.example.se/a.png",
        "altText": "Bild",
        "size": "Large",
    }
    plain_http = render(Message(text="", title="Bild", image_url="http://img.example.se/a.png"))
    assert all(e["type"] != "Image" for e in elements(plain_http[0]))  # Teams loads https only


def test_no_activity_carries_entities_or_a_reply_ping() -> None:
    for message in (WISH, Message(text="@channel @team @General <at>Alla</at>")):
        for activity in render(message, key="k"):
            assert "entities" not in activity
            assert "channelData" not in activity
            assert "msteams" not in json.dumps(activity)


# Size.


def test_long_text_is_cut_at_paragraphs_and_keeps_every_word() -> None:
    paragraphs = [f"Stycke {n}: " + " ".join(f"ord{n}x{i}" for i in range(120)) for n in range(60)]
    activities = render(Message(text="\n\n".join(paragraphs)))
    accepted(activities)
    assert len(activities) > 1
    for activity in activities:
        assert activity["text"].startswith("Stycke ")  # each part starts a paragraph
    words = " ".join(a["text"] for a in activities).split()
    assert words == " ".join(paragraphs).split()


def test_text_that_escaping_swells_is_cut_again_to_fit() -> None:
    swollen = "&<>& " * 4_000  # 20,000 characters, 68,000 once escaped
    activities = render(Message(text=swollen))
    accepted(activities)
    assert len(activities) >= 3
    words = " ".join(a["text"] for a in activities).split()
    assert words == ["&amp;&lt;&gt;&amp;"] * 4_000
    # Control: one activity for the whole text is what Teams refuses.
    whole = {"type": "message", "textFormat": "markdown", "text": markdown_to_teams(swollen)}
    refusal = check_activity(whole)
    assert refusal is not None and (refusal.status, refusal.code) == (413, "MessageSizeTooBig")


def test_a_long_card_goes_in_several_and_its_controls_on_the_last() -> None:
    message = Message(
        text="Punkt. " * 9_000,
        title="Protokoll",
        fields=tuple(Field(f"Fält {n}", "värde " * 300) for n in range(30)),
        buttons=(Button("Ja", "vote", "1"), Button("Nej", "vote", "2")),
    )
    activities = render(message, key="announcement:7:teams:19:abc")
    accepted(activities)
    assert len(activities) > 2
    actions = [[e for e in elements(a) if e["type"] == "ActionSet"] for a in activities]
    assert all(not found for found in actions[:-1]) and actions[-1]
    facts = [f for a in activities for e in elements(a) for f in e.get("facts", [])]
    assert [f["title"] for f in facts if f["title"].strip()] == [f"Fält {n}" for n in range(30)]
    assert "".join(f["value"] for f in facts).count("värde") == 30 * 300


def test_many_buttons_go_in_rows_of_five() -> None:
    buttons = tuple(Button(str(n), "pick", str(n)) for n in range(12))
    (activity,) = render(Message(text="Välj", buttons=buttons))
    accepted([activity])
    rows = [e["actions"] for e in elements(activity) if e["type"] == "ActionSet"]
    assert [len(r) for r in rows] == [5, 5, 2]


# The marker an in-doubt resend looks for.


def test_every_card_part_carries_its_own_hidden_marker() -> None:
    key = "wish:12:teams:19:abc"
    long_card = Message(text="Ord. " * 20_000, title="Lång", buttons=(Button("OK", "ok"),))
    activities = render(long_card, key=key)
    accepted(activities)
    markers = [elements(a)[0] for a in activities]
    assert [m["id"] for m in markers] == [marker_id(key, n) for n in range(len(activities))]
    assert all(m["isVisible"] is False for m in markers)
    assert re.fullmatch(r"bryggan-[0-9a-f]{32}", marker_id(key))
    assert marker_id(key) == marker_id(key) != marker_id("another key")
    unmarked = render(long_card)  # control: no key, no marker
    assert not any(e.get("id", "").startswith("bryggan-") for a in unmarked for e in elements(a))


# Forms.

WISH_FORM = Form(
    "wish.submit",
    "Nytt önskemål",
    (
        FormField("title", "Titel", max_length=120, min_length=5, placeholder="Kort och tydligt"),
        FormField("description", "Beskrivning", long=True, required=False, max_length=4000),
        FormField("module", "Modul", choices=("Ekonomi", "Personal")),
    ),
    context="draft:77",
)


def test_a_form_is_a_card_of_inputs_with_their_limits() -> None:
    activity = form_activity(WISH_FORM, submit="Skicka")
    accepted([activity])
    title, text, long, choice, actions = elements(activity)
    assert title["text"] == "Nytt önskemål"
    assert text == {
        "type": "Input.Text",
        "id": "f.title",
        "label": "Titel",
        "isRequired": True,
        "isMultiline": False,
        "maxLength": 120,
        "regex": "^[\\s\\S]{5,}$",
        "placeholder": "Kort och tydligt",
    }
    assert long["isMultiline"] is True and long["isRequired"] is False
    assert long["maxLength"] == 4000
    assert choice["type"] == "Input.ChoiceSet" and choice["style"] == "compact"
    assert [c["value"] for c in choice["choices"]] == ["Ekonomi", "Personal"]
    assert actions["actions"][0]["title"] == "Skicka"


def test_a_form_round_trips_through_teams_submit() -> None:
    activity = form_activity(WISH_FORM)
    send = elements(activity)[-1]["actions"][0]
    answers = {"title": "Export till Excel", "description": "Alla", "module": "Ekonomi"}
    typed = {f"f.{name}": value for name, value in answers.items()}
    submitted = read_submit(teams_submit(activity, send, typed))
    assert submitted == Submission("wish.submit", "draft:77", answers, form=True)


def test_a_refused_form_comes_back_filled_in_with_the_problem_at_its_field() -> None:
    filled = Form(
        WISH_FORM.form_id,
        WISH_FORM.title,
        (
            FormField("title", "Titel", max_length=120, value="Kort"),
            FormField("module", "Modul", choices=("Ekonomi", "Personal"), value="Personal"),
        ),
        WISH_FORM.context,
    )
    activity = form_activity(filled, problem=FormProblem("Titeln är <för> kort", "title"))
    accepted([activity])
    body = elements(activity)
    assert body[1]["color"] == "Attention" and "&lt;för&gt;" in body[1]["text"]
    assert body[2]["id"] == "f.title" and body[2]["value"] == "Kort"
    assert body[3]["value"] == "Personal"
    whole = form_activity(filled, problem=FormProblem("Enkäten är stängd"))
    assert elements(whole)[1]["text"] == "⚠ Enkäten är stängd"


def test_submits_that_are_not_the_bots_read_as_nothing() -> None:
    for foreign in (None, "text", [], {}, {"r": ""}, {"r": 5}, {"action": "x"}):
        assert read_submit(foreign) is None
    assert read_submit({"r": "x", "v": 12}) == Submission("x", "12")


# The fake's checks, each refusing what Teams refuses.


def card_activity(card: Json) -> Json:
    return {"type": "message", "attachments": [{"contentType": CARD, "content": card}]}


def test_the_fake_refuses_cards_teams_cannot_show() -> None:
    good = card_of(render(WISH)[0])
    assert check_activity(card_activity(good)) is None
    wrong = {
        "version above 1.5": {**good, "version": "1.6"},
        "unknown element": {**good, "body": [{"type": "Carousel", "pages": []}]},
        "unknown action": {**good, "actions": [{"type": "Action.Popover", "title": "x"}]},
        "label in a 1.2 card": {
            **good,
            "version": "1.2",
            "body": [{"type": "Input.Text", "id": "a", "label": "A"}],
        },
        "input without id": {**good, "body": [{"type": "Input.Text"}]},
        "ids used twice": {
            **good,
            "body": [{"type": "Input.Text", "id": "a"}, {"type": "Input.Number", "id": "a"}],
        },
        "huge submit data": {
            **good,
            "actions": [{"type": "Action.Submit", "title": "x", "data": {"v": "x" * 5000}}],
        },
        "no version": {k: v for k, v in good.items() if k != "version"},
    }
    for reason, card in wrong.items():
        refusal = check_activity(card_activity(card))
        assert refusal and (refusal.status, refusal.code) == (400, "BadArgument"), reason


def test_the_fake_counts_size_in_utf16() -> None:
    emoji = {"type": "message", "text": "😀" * (SIZE_LIMIT // 4 - 20)}  # 4 bytes each
    assert check_activity(emoji) is None
    refusal = check_activity({"type": "message", "text": "😀" * (SIZE_LIMIT // 4 + 1)})
    assert refusal and (refusal.status, refusal.code) == (413, "MessageSizeTooBig")


def test_the_fake_sees_every_kind_of_ping() -> None:
    mention = {"type": "mention", "text": "<at>Eva</at>", "mentioned": {"id": "29:eva"}}
    card = card_of(render(WISH)[0])
    assert pings({"type": "message", "text": "<at>Eva</at>", "entities": [mention]}) == [mention]
    in_card = card_activity({**card, "msteams": {"entities": [mention]}})
    assert pings(in_card) == [mention]
    alert = {"type": "message", "text": "x", "channelData": {"notification": {"alert": True}}}
    assert pings(alert)[0]["type"] == "alert"


# Markdown, outbound and back.


def test_markdown_becomes_what_teams_draws() -> None:
    source = (
        "# Rubrik\nText med `kod` och ~~struken~~.\n\n---\n\n"
        "- ett\n  - två\n3) tre\n\n> citat\n\n![karta](https://x.se/k.png) <https://x.se>"
    )
    assert markdown_to_teams(source) == (
        "**Rubrik**  \nText med `kod` och ~~struken~~.\n\n"
        "• ett  \n\u2003• två  \n3. tre\n\n> citat\n\n"
        "[karta](https://x.se/k.png) https://x.se"
    )
    assert markdown_to_card(source) == (
        "**Rubrik**\n\nText med kod och struken.\n\n"
        "• ett\n\n\u2003• två\n\n3. tre\n\n│ citat\n\n"
        "[karta](https://x.se/k.png) https://x.se"
    )


def test_escapes_and_code_never_let_a_tag_through() -> None:
    assert markdown_to_teams("\\*inte fet\\* \\> pil `<at>x</at>`") == (
        "\\*inte fet\\* &gt; pil &lt;at&gt;x&lt;/at&gt;"
    )
    assert markdown_to_teams("```\nif a < b:\n```") == "if a &lt; b:"
    assert markdown_to_teams("```\nplain\n```") == "```\nplain\n```"


BOT = {"type": "mention", "text": "<at>Bryggan</at>", "mentioned": {"id": "28:app"}}
EVA = {"type": "mention", "text": "<at>Eva Ek</at>", "mentioned": {"id": "29:eva"}}


def test_inbound_text_shows_mentions_as_names_and_drops_the_bots() -> None:
    text = "<at>Bryggan</at> wish Export för <at>Eva Ek</at> &amp; 1 &lt; 2"
    found = teams_to_markdown(text, entities=[BOT, EVA], bot_id="28:app")
    assert found == "wish Export för @Eva Ek & 1 < 2"
    # Control: another app's id leaves the bot's name as a mention of someone else.
    assert teams_to_markdown(text, entities=[BOT], bot_id="28:other").startswith("@Bryggan wish")


def test_inbound_html_keeps_formatting_links_and_lines() -> None:
    body = (
        '<div><div><at id="0">Bryggan</at>&nbsp;agenda propose <b>Budget</b> '
        '<a href="https://x.se/b">underlag</a> <a href="javascript:alert(1)">klick</a><br>'
        "rad två &lt;at&gt;<ul><li>ett</li><li>två</li></ul><ol><li>först</li></ol>"
        '<pre>kod  &lt;x&gt;</pre><img alt="🙂" itemtype="http://schema.skype.com/Emoji">'
        '<at id="1">Eva Ek</at></div></div>'
    )
    found = teams_to_markdown("", entities=[BOT, EVA], bot_id="28:app", html_body=body)
    assert found == (
        "agenda propose **Budget** [underlag](https://x.se/b) klick\nrad två <at>\n"
        "- ett\n- två\n1. först\n```\nkod  <x>\n```\n🙂@Eva Ek"
    )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>&@at/ *_`#->\\[]()\n!~:.x1ö😀")), max_size=300))
def test_no_text_rendered_outbound_carries_a_tag_or_a_mention(text: str) -> None:
    for shown in (markdown_to_teams(text), markdown_to_card(text)):
        assert "<" not in shown
    for message in (
        Message(text=text),
        Message(text=text, title=text, fields=(Field(text, text),)),
    ):
        activities = render(message, key=text)
        for activity in activities:
            assert check_activity(activity) is None
            assert pings(activity) == []
        assert all("<" not in shown for shown in shown_texts(activities))
