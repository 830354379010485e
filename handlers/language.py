"""/language sv|en: the member's language, remembered across platforms' sessions."""

from __future__ import annotations

from dataclasses import replace

from handlers.catalogue import Choice, CommandSpec, InteractionSpec, OptionSpec
from handlers.context import Call, Context
from handlers.core.members import person_row
from handlers.errors import CommandError
from handlers.help import help_reply
from handlers.i18n import N_, translator
from handlers.types import Button, Interaction, Locale, Member, Message, Reply, normalise_locale


async def remember_language(ctx: Context, member: Member, locale: Locale) -> Member:
    """Store the member's choice; returns the member speaking that language."""
    async with ctx.db.transaction() as session:
        (await person_row(ctx, session, member)).locale = locale
    return replace(member, locale=locale)


def switch_button(current: Locale) -> Button:
    """A button offering the other language, labelled in that language."""
    other: Locale = "en" if current == "sv" else "sv"
    return Button(translator(other)(USE_OTHER), action_id=SET_LANGUAGE, value=other)


async def set_language(ctx: Context, call: Call) -> Reply:
    locale = call.values.get("language")
    if locale is None:
        _ = call._
        text = _(
            "Your language is {language}. Change it with /language sv or /language en.",
            language=_(LANGUAGE_NAMES[call.member.locale]),
        )
        return Reply(Message(text=text, buttons=(switch_button(call.member.locale),)))
    await remember_language(ctx, call.member, locale)
    return Reply.text(translator(locale)(CONFIRMATION))


async def language_button(ctx: Context, interaction: Interaction) -> Reply:
    """The language button: switch, then show the commands in the new language."""
    locale = normalise_locale(interaction.value)
    if locale is None:
        raise CommandError(N_("That language is not available."))
    member = await remember_language(ctx, interaction.member, locale)
    return replace(await help_reply(ctx, member), update=True)


LANGUAGE_NAMES = {"sv": N_("Swedish"), "en": N_("English")}
SET_LANGUAGE = "language.set"
CONFIRMATION = N_("I will speak English with you from now on.")
USE_OTHER = N_("Use English")

COMMAND = CommandSpec(
    name="language",
    sv="språk",
    description=N_("Choose the language the bot uses with you"),
    options=(
        OptionSpec(
            name="language",
            sv="språk",
            description=N_("sv for Swedish, en for English"),
            choices=(Choice("sv", N_("Swedish")), Choice("en", N_("English"))),
        ),
    ),
    handler=set_language,
)

INTERACTIONS = (InteractionSpec(SET_LANGUAGE, language_button),)
