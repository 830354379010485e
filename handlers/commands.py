"""The catalogue of every command; a new feature adds its `COMMAND` here and nowhere else."""

from __future__ import annotations

from handlers import channel, help, language
from handlers.catalogue import Catalogue


def build_catalogue() -> Catalogue:
    return Catalogue(
        [help.COMMAND, language.COMMAND, channel.COMMAND],
        interactions=[*language.INTERACTIONS],
    )
