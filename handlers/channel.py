"""/channel: give channels topics, the one way every feature finds where to post.

A board member runs `/channel add news` in a channel on any platform; later features
(feeds, announcements, wishes, meetings) post to every channel holding their topic.
"""

from __future__ import annotations

from collections import defaultdict

from handlers.catalogue import Choice, CommandSpec, OptionSpec
from handlers.context import Call, Context
from handlers.errors import CommandError
from handlers.i18n import N_, Translator
from handlers.topics import post_to_topic
from handlers.types import Channel, Field, Message, Reply
from storage.bridges import bridge_of_channel
from storage.channels import add_topic, all_channel_topics, remove_topic

TOPICS: dict[str, str] = {
    "announcements": N_("announcements"),
    "minutes": N_("board minutes"),
    "news": N_("news"),
    "wishes": N_("development wishes"),
    "meetings": N_("meetings"),
    "board": N_("board notices"),
}

TOPIC_WORDS = {  # each topic as typed in Swedish
    "announcements": "meddelanden",
    "minutes": "protokoll",
    "news": "nyheter",
    "wishes": "önskemål",
    "meetings": "möten",
    "board": "styrelsen",
}

TOPIC_OPTION = OptionSpec(
    name="topic",
    sv="ämne",
    description=N_("Which kind of post the channel receives"),
    required=True,
    choices=tuple(Choice(value, label, sv=TOPIC_WORDS[value]) for value, label in TOPICS.items()),
)


def _channel_of(call: Call) -> Channel:
    if call.channel is None:
        raise CommandError(N_("Run this command in the channel you want to change."))
    return call.channel


def _topic_name(topic: str, _: Translator) -> str:
    return f"{topic} ({_(TOPICS[topic])})"


def _channel_label(channel: Channel) -> str:
    return f"#{channel.name or channel.channel_id}"


async def add(ctx: Context, call: Call) -> Reply:
    channel, topic = _channel_of(call), call.values["topic"]
    async with ctx.db.transaction() as session:
        if topic == "announcements" and await bridge_of_channel(
            session, channel.platform, channel.channel_id
        ):
            raise CommandError(
                N_(
                    "This channel is bridged: announcements posted here would be bridged as "
                    "well and arrive twice. Run /bridge leave first, or pick another channel."
                )
            )
        added = await add_topic(
            session,
            platform=channel.platform,
            channel_id=channel.channel_id,
            channel_name=channel.name,
            topic=topic,
            added_by=call.member.display_name,
            now=ctx.clock.now(),
        )
    return _topic_reply(
        call,
        changed=added,
        done=N_("{channel} now receives {topic}."),
        unchanged=N_("{channel} already receives {topic}."),
    )


async def remove(ctx: Context, call: Call) -> Reply:
    channel, topic = _channel_of(call), call.values["topic"]
    async with ctx.db.transaction() as session:
        removed = await remove_topic(
            session, platform=channel.platform, channel_id=channel.channel_id, topic=topic
        )
    return _topic_reply(
        call,
        changed=removed,
        done=N_("{channel} no longer receives {topic}."),
        unchanged=N_("{channel} did not receive {topic}; nothing changed."),
    )


def _topic_reply(call: Call, *, changed: bool, done: str, unchanged: str) -> Reply:
    """A change of topic is announced in the channel; no change is told privately."""
    _, channel = call._, _channel_of(call)
    text = _(
        done if changed else unchanged,
        channel=_channel_label(channel),
        topic=_topic_name(call.values["topic"], _),
    )
    return Reply.text(text, private=not changed)


async def list_channels(ctx: Context, call: Call) -> Reply:
    _ = call._
    async with ctx.db.transaction() as session:
        rows = await all_channel_topics(session)
    if not rows:
        return Reply.text(_("No channel has a topic yet. Run /channel add TOPIC in a channel."))
    by_platform: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        by_platform[row.platform][f"#{row.channel_name or row.channel_id}"].append(row.topic)
    fields = tuple(
        Field(
            name=platform,
            value="\n".join(
                f"{name}: {', '.join(sorted(topics))}" for name, topics in channels.items()
            ),
        )
        for platform, channels in sorted(by_platform.items())
    )
    return Reply(Message(title=_("Channels and their topics"), text="", fields=fields))


async def test_topic(ctx: Context, call: Call) -> Reply:
    """Post a test message to every channel with a topic, through the outbox."""
    topic, _ = call.values["topic"], call._
    now = ctx.clock.now()
    text = _(
        "Test post for {topic}, sent by {member}. This channel is set up correctly.",
        topic=_topic_name(topic, _),
        member=call.member.display_name,
    )
    async with ctx.db.transaction() as session:
        sent = await post_to_topic(
            session,
            topic,
            Message(text=text),
            key=f"channel-test:{topic}:{now.isoformat()}",
            now=now,
        )
    if not sent:
        return Reply.text(_("No channel receives {topic} yet.", topic=_topic_name(topic, _)))
    return Reply.text(
        _.ngettext(
            "A test post is on its way to {n} channel.",
            "A test post is on its way to {n} channels.",
            sent,
        )
    )


COMMAND = CommandSpec(
    name="channel",
    sv="kanal",
    description=N_("Choose which posts a channel receives"),
    board_only=True,
    subcommands=(
        CommandSpec(
            "add",
            N_("Let this channel receive a kind of post"),
            sv="lägg-till",
            options=(TOPIC_OPTION,),
            handler=add,
        ),
        CommandSpec(
            "remove",
            N_("Stop this channel receiving a kind of post"),
            sv="ta-bort",
            options=(TOPIC_OPTION,),
            handler=remove,
        ),
        CommandSpec(
            "list",
            N_("List every channel on every platform with its topics"),
            sv="lista",
            handler=list_channels,
        ),
        CommandSpec(
            "test",
            N_("Send a test post to every channel with a topic"),
            sv="testa",
            options=(TOPIC_OPTION,),
            handler=test_topic,
        ),
    ),
)
