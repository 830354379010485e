"""A survey answered through the real Discord and Slack clients: the published post's Answer
button opens a form, six questions take two forms (a Discord form holds five fields), one
answer per member, and a late answer is refused with a clear message."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import update

from handlers.context import Context
from handlers.surveys.authoring import create_survey
from handlers.surveys.definition import parse_lines
from storage.survey_models import SurveyRow
from storage.surveys import answers_to
from tests.contract.test_wishes_on_platforms import (  # noqa: F401  (the `side` fixture)
    DiscordSide,
    Seen,
    Side,
    SlackSide,
    delivered,
    side,
)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
QUESTIONS = """Hur nöjd är du med Bygg? [skala]
Vilka moduler använder ni? [flera: Bygg, Miljö, BAB]
Vilken modul är viktigast? [en: Bygg, Miljö]
Har ni e-tjänster? [en: Ja, Nej]
Hur många handläggare? [en: 1-5, 6-20, fler]
Vad saknar du? [text, valfri]"""


async def click_form(on: Side, seen: Seen, label: str, user: Any) -> list[str]:
    """Click a button that opens a form; returns the form's field names."""
    button = seen.button(label)
    if isinstance(on, DiscordSide):
        opened = await on.fake.click_button(
            button.raw["custom_id"],
            user_id=user,
            channel_id=seen.where,
            message_id=int(seen.message_id) if seen.message_id else None,
        )
        assert opened["type"] == 9, opened  # a modal
        on._form = opened["data"]["custom_id"]
        return [c["custom_id"] for row in opened["data"]["components"] for c in row["components"]]
    assert isinstance(on, SlackSide)
    before = len(on.fake.views)
    await on.fake.block_action(
        button.raw["action_id"],
        button.raw["value"],
        user_id=user,
        channel_id=seen.where,
        message_ts=seen.message_id,
    )
    await on.fake.wait_until(lambda: len(on.fake.views) > before, 10, "views.open")
    view = on.fake.views[-1]["view"]
    on._form = json.loads(view) if isinstance(view, str) else view
    return [block["block_id"] for block in on._form["blocks"]]


def published(on: Side) -> Seen:
    (post,) = on.posts_in(on.general)
    if isinstance(on, DiscordSide):
        return on._seen(post, on.general)
    return on._seen(post, on.general, private=False, message_id=post["ts"])


async def test_a_survey_is_answered_in_two_forms_once_per_member(
    side: Side,  # noqa: F811  (the fixture imported above)
    contract_ctx: Context,  # the one the side's platform was built with
) -> None:
    added = await side.command("channel", side.bo, sub="add", topic="announcements")
    assert not added.private
    context = contract_ctx
    async with context.db.transaction() as session:
        await create_survey(
            context,
            session,
            title="Enkät om Castor",
            intro="",
            closes_at=context.clock.now() + timedelta(days=7),
            questions=parse_lines(QUESTIONS),
            created_by="Bo",
        )
    done = await side.command("survey", side.bo, sub="publish", number=1)
    assert done.text == "Enkät #1 är publicerad i 1 kanal."
    await delivered(side)
    post = published(side)
    assert post.button("Svara").route == "survey.answer"

    fields = await click_form(side, post, "Svara", side.eva)
    assert fields == ["q1", "q2", "q3", "q4", "q5"]
    first = await side.submit_form(
        {"q1": "4", "q2": "Bygg, BAB", "q3": "Miljö", "q4": "Ja", "q5": "6-20"}, side.eva
    )
    assert first.text == "Del 1 av 2 är sparad.\n\n6. Vad saknar du?"
    assert await click_form(side, first, "Fortsätt", side.eva) == ["q6"]
    last = await side.submit_form({"q6": "Bättre kartor"}, side.eva)
    assert last.text == (
        "Tack! Ditt svar är sparat; du kan ändra det tills enkäten stänger. Det räknas i "
        "totalen; för att räknas för din kommun också, verifiera din jobbadress: "
        "/verifiera e-post:ADRESS."
    )  # Eva has not verified her work address

    await click_form(side, post, "Svara", side.eva)  # answering again changes the one answer
    await side.submit_form(
        {"q1": "5", "q2": "Bygg", "q3": "Miljö", "q4": "Nej", "q5": "fler"}, side.eva
    )
    async with context.db.transaction() as session:
        (answer,) = await answers_to(session, 1)
        assert (answer.answers["1"], answer.answers["6"]) == (5, "Bättre kartor")
        await session.execute(
            update(SurveyRow).values(closes_at=context.clock.now() - timedelta(seconds=1))
        )
    late = await side.click(post, "Svara", side.ola)
    assert late.text == "Enkät #1 är stängd; svar tas inte längre emot."
