# ruff: noqa: F811  (`world` is the fixture imported below, used as a parameter)
"""Activities a member (with a good token) or a stranger crafts by hand: each changes nothing
it should not, answers nowhere it should not, and never costs a traceback or a 500. Found by
trying the endpoint from outside; each test has its control in test_teams_platform.py (the
same flow as Teams sends it, which does what the forgery must not)."""

from __future__ import annotations

import base64
import json

import pytest

from handlers.door import Door
from tests.contract.test_teams_platform import (  # noqa: F401  (the `world` fixture)
    World,
    shown,
    world,
)


async def test_a_submit_against_a_channel_post_never_rewrites_it(world: World) -> None:
    said = await world.teams.channel_message(
        world.anna, world.channel, "bridge create bygg", mention_bot=True
    )
    await world.delivered()
    [public] = world.channel_posts()
    forged = {**said, "id": "9001", "replyToId": public.id}
    forged.pop("text", None)
    forged["value"] = {"r": "probe.form", "f": 1, "v": "x", "f.title": "HACKED", "f.details": ""}
    assert await world.teams.post(forged) == 200
    await world.delivered()
    assert not world.connector.activities[public.id].edited  # the control edits its own form
    [answer] = await world.personal_posts(world.anna)
    assert "Sparat: HACKED" in shown(answer)  # the answer went to the personal chat


async def test_channel_data_that_names_another_channel_is_refused(world: World) -> None:
    other = world.connector.add_channel(world.team, "Styrelsen")
    said = await world.teams.channel_message(world.eva, world.channel, "hej")
    forged = {**said, "id": "9002"}
    forged["channelData"] = {**said["channelData"], "channel": {"id": other}}
    forged["channelData"]["teamsChannelId"] = other
    assert await world.teams.post(forged) == 400
    assert await world.open_count() == 0


async def test_a_form_whose_card_cannot_be_updated_is_answered_once_all_the_same(
    world: World,
) -> None:
    await world.teams.personal_message(world.eva, "probe-form")
    await world.delivered()
    [form] = await world.personal_posts(world.eva)
    world.connector.fail_next("PUT", "/activities/", status=503, times=5)
    await world.teams.fill(world.eva, form.id, {"f.title": "Bygglov", "f.details": "Ja"})
    assert world.teams.statuses[-1] == 200  # no 500: Teams would retry and run it twice
    await world.delivered()
    posts = await world.personal_posts(world.eva)
    assert [("Sparat: Bygglov" in shown(p)) for p in posts] == [False, True]


async def test_a_conversation_of_no_known_kind_is_no_personal_chat(world: World) -> None:
    said = await world.teams.channel_message(world.eva, world.channel, "hej")
    forged = {**said, "id": "9003", "text": "help"}
    forged["conversation"] = dict(said["conversation"])
    forged["conversation"].pop("conversationType")
    forged["channelData"] = {"tenant": said["channelData"]["tenant"]}
    assert await world.teams.post(forged) == 200
    await world.delivered()
    assert world.channel_posts() == []
    assert await Door(world.ctx).direct_room("teams", world.eva.id) is None


async def test_malformed_parts_cost_no_traceback(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    said = await world.teams.personal_message(world.eva, "help")
    odd_mention = {**said, "id": "9004", "entities": [{"type": "mention", "mentioned": "x"}]}
    odd_attachments = {**said, "id": "9005", "attachments": 5}
    no_sender = {**said, "id": "9006"}
    no_sender.pop("from")
    for activity in (odd_mention, odd_attachments, no_sender):
        assert await world.teams.post(activity) == 200
    header = base64.urlsafe_b64encode(json.dumps({"alg": ["RS256"], "kid": "x"}).encode())
    token = header.decode().rstrip("=") + ".e30.c2ln"
    assert await world.teams.post(said, token=token) == 401
    await world.delivered()
    assert len(await world.personal_posts(world.eva)) == 3  # help, and the two odd ones
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"


async def test_an_activity_from_another_channel_of_the_bot_is_refused(world: World) -> None:
    """A Web Chat activity, signed by a key endorsed for Web Chat: a good token, not Teams'
    (the control: the same key on a Teams activity is refused as not endorsed for it)."""
    said = await world.teams.personal_message(world.eva, "help")
    assert await world.teams.post({**said, "id": "9007"}, forgery="no-endorsement") == 401
    webchat = {**said, "id": "9008", "channelId": world.issuer.unendorsed_channel}
    assert await world.teams.post(webchat, forgery="no-endorsement") == 400
    await world.delivered()
    assert len(await world.personal_posts(world.eva)) == 1
