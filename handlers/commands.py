"""The catalogue of every command; a new feature adds its `COMMAND` here and nowhere else."""

from __future__ import annotations

from handlers import channel, form_reopen, help, language, status
from handlers.announcements import announce
from handlers.announcements import mirror as announcement_mirror
from handlers.bridges import commands as bridges
from handlers.bridges import relay as bridge_relay
from handlers.catalogue import Catalogue
from handlers.context import InboundHandler
from handlers.feeds import commands as feeds
from handlers.feeds import minutes
from handlers.mail import commands as mail
from handlers.meetings import agenda
from handlers.meetings import commands as meetings
from handlers.people import board as people_board
from handlers.people import forget, my_data, verify
from handlers.rounds import commands as rounds
from handlers.surveys import commands as surveys
from handlers.wishes import board, browse, curate, export, profile, submit, support


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
            *browse.COMMANDS,
            channel.COMMAND,
            *board.COMMANDS,
            *curate.COMMANDS,
            export.COMMAND,
            feeds.COMMAND,
            minutes.COMMAND,
            announce.COMMAND,
            status.COMMAND,
            bridges.COMMAND,
            mail.COMMAND,
            *meetings.COMMANDS,
            agenda.COMMAND,
            rounds.COMMAND,
            surveys.COMMAND,
            people_board.COMMAND,
        ],
        interactions=[
            *language.INTERACTIONS,
            *submit.INTERACTIONS,
            *support.INTERACTIONS,
            *browse.INTERACTIONS,
            *curate.INTERACTIONS,
            *minutes.INTERACTIONS,
            *announce.INTERACTIONS,
            *status.INTERACTIONS,
            *agenda.INTERACTIONS,
            *surveys.INTERACTIONS,
            *forget.INTERACTIONS,
            *form_reopen.INTERACTIONS,
        ],
    )


def inbound_handlers() -> list[InboundHandler]:
    """What listens to members' messages: announcement mirrors and bridges."""
    return [announcement_mirror.on_message, bridge_relay.on_message]
