"""The catalogue of every command; a new feature adds its `COMMAND` here and nowhere else."""

from __future__ import annotations

from handlers import channel, help, language
from handlers.catalogue import Catalogue
from handlers.feeds import commands as feeds
from handlers.feeds import minutes
from handlers.wishes import board, browse, curate, export, profile, submit, support


def build_catalogue() -> Catalogue:
    return Catalogue(
        [
            help.COMMAND,
            language.COMMAND,
            profile.COMMANDS[0],
            profile.COMMANDS[1],
            submit.COMMAND,
            support.COMMAND,
            *browse.COMMANDS,
            channel.COMMAND,
            *board.COMMANDS,
            *curate.COMMANDS,
            export.COMMAND,
            feeds.COMMAND,
            minutes.COMMAND,
        ],
        interactions=[
            *language.INTERACTIONS,
            *submit.INTERACTIONS,
            *support.INTERACTIONS,
            *browse.INTERACTIONS,
            *curate.INTERACTIONS,
            *minutes.INTERACTIONS,
        ],
    )
