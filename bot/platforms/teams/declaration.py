"""Microsoft Teams, as the registry knows it (imports no aiohttp client or PyJWT: `build`
does)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.platforms.registry import CliCommand, Declaration, Route, comma_joined_ids
from handlers.capabilities import Capabilities

if TYPE_CHECKING:
    from bot.settings import Settings
    from handlers.door import Door
    from handlers.ports import Platform


def _configured(settings: Settings) -> bool:
    password = settings.teams_app_password
    return bool(
        settings.teams_app_id
        and settings.teams_tenant_id
        and password
        and password.get_secret_value()
    )


def _build(door: Door, settings: Settings) -> Platform:
    from bot.platforms.teams.platform import TeamsConfig, TeamsPlatform

    assert settings.teams_app_password is not None  # `_configured`
    return TeamsPlatform(
        door,
        TeamsConfig(
            app_id=settings.teams_app_id,
            app_password=settings.teams_app_password.get_secret_value(),
            tenant_id=settings.teams_tenant_id,
            board_users=settings.listed(settings.teams_board_users),
            board_team=settings.teams_board_team,
            openid_metadata_url=settings.teams_openid_metadata_url,
            login_url=settings.teams_login_url,
            service_url=settings.teams_service_url,
        ),
    )


def _routes(platform: Platform) -> Sequence[Route]:
    """Teams posts every activity to the bot's messaging endpoint."""
    from bot.platforms.teams.platform import TeamsPlatform

    if isinstance(platform, TeamsPlatform):
        return (Route("POST", "/api/messages", platform.handle),)
    return ()


SETTINGS = (
    "teams_app_id",
    "teams_app_password",
    "teams_tenant_id",
    "teams_board_users",
    "teams_board_team",
    "teams_openid_metadata_url",
    "teams_login_url",
    "teams_service_url",
)

DECLARATION = Declaration(
    name="teams",
    # A bridged author's name goes in the text, as on Matrix. A form is an Adaptive Card,
    # which has no ceiling of its own on inputs; a survey still comes in forms of five, so
    # an answer is saved part by part. A ChoiceSet has no documented limit on choices: 25
    # keeps it short on a phone. Labels are cut at 100 characters (render.LABEL_LIMIT); a
    # fact's value at 2,000 (render.FACT_LIMIT), the rest continuing below it.
    capabilities=Capabilities(
        label="Teams",
        author_name=80,
        form_fields=5,
        select_options=25,
        option_label=100,
        field_value=2000,
        placeholder=100,
        message_ids=comma_joined_ids,
        names_by_client="sv",  # the manifest: Swedish by default, English in en.json
    ),
    settings=SETTINGS,
    configured=_configured,
    build=_build,
    routes=_routes,
    commands=(
        CliCommand(
            "teams-manifest",
            "bot.platforms.teams.cli",
            "write the Teams app package (manifest, icons, English strings) as a zip",
        ),
    ),
    order=40,
)
