"""/language sv|en: the member's language, remembered across platforms' sessions."""

from __future__ import annotations

from handlers.catalogue import Choice, CommandSpec, OptionSpec
from handlers.context import Call, Context
from handlers.i18n import N_, translator
from handlers.types import Reply
from storage.members import upsert_member


async def set_language(ctx: Context, call: Call) -> Reply:
    locale = call.values.get("language")
    if locale is None:
        _ = call._
        return Reply.text(
            _(
                "Your language is {language}. Change it with /language sv or /language en.",
                language=_(LANGUAGE_NAMES[call.member.locale]),
            )
        )
    async with ctx.db.transaction() as session:
        row = await upsert_member(
            session,
            platform=call.member.platform,
            user_id=call.member.user_id,
            display_name=call.member.display_name,
            now=ctx.clock.now(),
        )
        row.locale = locale
    _ = translator(locale)
    return Reply.text(_("I will speak English with you from now on."))


LANGUAGE_NAMES = {"sv": N_("Swedish"), "en": N_("English")}

COMMAND = CommandSpec(
    name="language",
    description=N_("Choose the language the bot uses with you"),
    options=(
        OptionSpec(
            name="language",
            description=N_("sv for Swedish, en for English"),
            choices=(Choice("sv", N_("Swedish")), Choice("en", N_("English"))),
        ),
    ),
    handler=set_language,
)
