"""Matrix, as the registry knows it (imports no mautrix: `build` does)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.platforms.registry import Declaration, comma_joined_ids
from handlers.capabilities import Capabilities

if TYPE_CHECKING:
    from bot.settings import Settings
    from handlers.door import Door
    from handlers.ports import Platform


def _configured(settings: Settings) -> bool:
    token = settings.matrix_access_token
    return bool(
        settings.matrix_homeserver
        and settings.matrix_user_id
        and token
        and token.get_secret_value()
    )


def _build(door: Door, settings: Settings) -> Platform:
    from bot.platforms.matrix.platform import MatrixConfig, MatrixPlatform

    assert settings.matrix_homeserver and settings.matrix_access_token  # `_configured`
    return MatrixPlatform(
        door,
        MatrixConfig(
            homeserver=settings.matrix_homeserver,
            user_id=settings.matrix_user_id,
            access_token=settings.matrix_access_token.get_secret_value(),
            board_room=settings.matrix_board_room,
            board_users=settings.listed(settings.matrix_board_users),
        ),
    )


SETTINGS = (
    "matrix_homeserver",
    "matrix_user_id",
    "matrix_access_token",
    "matrix_board_room",
    "matrix_board_users",
)

DECLARATION = Declaration(
    name="matrix",
    # A bridged author's name goes in the text ("**Anna (Slack):**"), which has room for more.
    # A form is asked one field at a time in a direct room, a select is numbered lines, a
    # field is lines of the text: none has a ceiling of its own. A survey still comes in
    # forms of five, so a conversation broken off (a restart) loses at most five answers;
    # selects and fields keep the sizes members read on Discord.
    capabilities=Capabilities(
        label="Matrix",
        author_name=80,
        form_fields=5,
        select_options=25,
        option_label=100,
        field_value=1024,
        user_mention=r"^(@[a-z0-9._=\-/+]+:[A-Za-z0-9.\-]+(?::\d{1,5})?)$",  # @eva:example.se
        message_ids=comma_joined_ids,
    ),
    settings=SETTINGS,
    configured=_configured,
    build=_build,
    order=30,
)
