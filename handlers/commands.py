"""The catalogue of every command; a new feature adds its `COMMAND` here and nowhere else."""

from __future__ import annotations

from handlers import channel, form_reopen, help, language, retention, status
from handlers.announcements import announce
from handlers.announcements import mirror as announcement_mirror
from handlers.bridges import commands as bridges
from handlers.bridges import relay as bridge_relay
from handlers.catalogue import Catalogue
from handlers.context import InboundHandler
from handlers.feeds import commands as feeds
from handlers.feeds import minutes
from handlers.feeds import poll as feed_polls
from handlers.jobs import JobSpec
from handlers.mail import commands as mail
from handlers.meetings import agenda, registration
from handlers.meetings import commands as meetings
from handlers.meetings import schedule as meeting_schedule
from handlers.people import board as people_board
from handlers.people import forget, my_data, verify
from handlers.rounds import close as round_closing
from handlers.rounds import commands as rounds
from handlers.surveys import commands as surveys
from handlers.surveys import reminders as survey_reminders
from handlers.wishes import (
    board,
    browse,
    comments,
    curate,
    discussion,
    handoff,
    profile,
    submit,
    support,
    wishlist,
)
from handlers.wishes import digest as follow_digest
from handlers.wishes import jobs as wish_jobs


def build_catalogue() -> Catalogue:
    return Catalogue(
        [
            help.COMMAND,
            language.COMMAND,
            profile.COMMANDS[0],
            profile.COMMANDS[1],
            verify.COMMAND,
            my_data.COMMAND,
            forget.COMMAND,
            submit.COMMAND,
            support.COMMAND,
            *comments.COMMANDS,
            *browse.COMMANDS,
            channel.COMMAND,
            *board.COMMANDS,
            *curate.COMMANDS,
            wishlist.COMMAND,
            feeds.COMMAND,
            minutes.COMMAND,
            announce.COMMAND,
            status.COMMAND,
            bridges.COMMAND,
            mail.COMMAND,
            *meetings.COMMANDS,
            agenda.COMMAND,
            *registration.COMMANDS,
            rounds.COMMAND,
            surveys.COMMAND,
            people_board.COMMAND,
        ],
        interactions=[
            *language.INTERACTIONS,
            *submit.INTERACTIONS,
            *support.INTERACTIONS,
            *discussion.INTERACTIONS,
            *browse.INTERACTIONS,
            *curate.INTERACTIONS,
            *minutes.INTERACTIONS,
            *announce.INTERACTIONS,
            *status.INTERACTIONS,
            *agenda.INTERACTIONS,
            *surveys.INTERACTIONS,
            *forget.INTERACTIONS,
            *registration.INTERACTIONS,
            *handoff.INTERACTIONS,
            *form_reopen.INTERACTIONS,
        ],
    )


def inbound_handlers() -> list[InboundHandler]:
    """What listens to members' messages: announcement mirrors, bridges, wish threads."""
    return [announcement_mirror.on_message, bridge_relay.on_message, discussion.on_message]


def scheduled_jobs() -> list[JobSpec]:
    """What runs on a schedule, as each feature declares it."""
    return [
        *feed_polls.JOBS,
        *meeting_schedule.JOBS,
        *round_closing.JOBS,
        *survey_reminders.JOBS,
        *retention.JOBS,
        *wish_jobs.JOBS,
        *follow_digest.JOBS,
    ]
