"""/wish: a member submits a development wish, after seeing up to three similar ones.

Suggest, never block: with similar wishes the member chooses "support this one instead" or
"submit as new"; the draft waits in the database, so the choice survives a restart.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.catalogue import Choice, CommandSpec, InteractionSpec, OptionSpec
from handlers.context import Call, Context
from handlers.core.members import member_row
from handlers.errors import CommandError, on_field
from handlers.i18n import N_, Translator, translator
from handlers.parsing import stored_number
from handlers.people.config import WISH
from handlers.people.limits import count_action_in
from handlers.types import Button, Field, Form, FormField, Interaction, Member, Message, Reply
from handlers.wishes.cards import post_cards
from handlers.wishes.present import status_name, support_line, title_line
from handlers.wishes.similar import wish_text, wishes_found
from storage.models import MemberRow
from storage.wish_models import WishRow
from storage.wishes import add_event, add_support, create_draft, create_wish, support_of, take_draft

TITLE_LIMIT, DESCRIPTION_LIMIT = 120, 2000
FORM_ID, SUBMIT_NEW = "wish.form", "wish.submit"
SUPPORT_INSTEAD = "wish.support-instead"  # declared with its handler in support.py
TITLE_ONLY_THRESHOLD = 0.3  # a title alone scores lower than title and description


@dataclass(frozen=True)
class Draft:
    title: str
    description: str
    module: str
    municipality: str | None  # where the wish comes from: its author's verified municipality


def _text(value: object) -> str:
    return " ".join(str(value or "").split()) if value is not None else ""


def check_draft(ctx: Context, values: dict[str, str], municipality: str | None) -> Draft:
    """Validate what the member wrote; every problem named in their language."""
    title = _text(values.get("title"))
    description = str(values.get("description") or "").strip()
    with on_field("title"):
        if not title:
            raise CommandError(N_("A wish needs a title."))
        if len(title) > TITLE_LIMIT:
            raise CommandError(
                N_("The title may be at most {limit} characters (this one has {length})."),
                limit=TITLE_LIMIT,
                length=len(title),
            )
    if len(description) > DESCRIPTION_LIMIT:
        with on_field("description"):
            raise CommandError(
                N_("The description may be at most {limit} characters (this one has {length})."),
                limit=DESCRIPTION_LIMIT,
                length=len(description),
            )
    with on_field("module"):
        module = ctx.wishes.chosen_module(_text(values.get("module")))
    return Draft(title, description, module, municipality)


def wish_form(ctx: Context, member: Member, _: Translator) -> Form:
    fields = [
        FormField("title", _("Title"), max_length=TITLE_LIMIT, hints="wish.title"),
        FormField(
            "description", _("Description"), long=True, required=False, max_length=DESCRIPTION_LIMIT
        ),
        FormField(
            "module",
            _("Module ({modules})", modules=", ".join(ctx.wishes.modules)),
            max_length=60,
            choices=ctx.wishes.modules,
        ),
    ]
    return Form(FORM_ID, _("New development wish"), tuple(fields))


async def form_again(ctx: Context, member: Member, _context: str) -> Form:
    return wish_form(ctx, member, translator(member.locale))


async def wish_command(ctx: Context, call: Call) -> Reply:
    if not call.values:  # nothing typed: ask with a form
        return Reply(Message(text=""), form=wish_form(ctx, call.member, call._))
    return await consider(ctx, call.member, {k: str(v) for k, v in call.values.items()})


async def form_submitted(ctx: Context, interaction: Interaction) -> Reply:
    return await consider(ctx, interaction.member, interaction.values)


async def consider(
    ctx: Context,
    member: Member,
    values: dict[str, str],
    *,
    for_others: bool = False,
    municipality: str | None = None,
) -> Reply:
    """Show similar wishes first; without any, save at once. The wish comes from the
    member's verified municipality, or with `for_others` from `municipality` (None: from no
    municipality), when the board files someone else's wish (a survey answer)."""
    _ = translator(member.locale)
    draft = check_draft(ctx, values, municipality if for_others else member.municipality)
    # Looked for before the transaction: taking in a large import must not hold SQLite's lock.
    found = await ctx.wish_index.shown_before_saving(
        ctx.db, wish_text(draft.title, draft.description)
    )
    async with ctx.db.transaction() as session:
        row = await member_row(ctx, session, member)
        similar = await wishes_found(session, found)
        if not similar:
            wish = await save(ctx, session, member, row, draft)
            return _thanks(wish, _)
        saved = await create_draft(
            session,
            member_id=row.id,
            title=draft.title,
            description=draft.description,
            module=draft.module,
            municipality=draft.municipality,
            now=ctx.clock.now(),
        )
        support = await support_of(session, [w.id for w, _score in similar])
    fields = tuple(
        Field(
            title_line(wish),
            f"{status_name(wish.status, _)} · {support_line(support[wish.id], _)}",
        )
        for wish, _score in similar
    )
    buttons = (
        *(
            Button(_("Support #{number}", number=wish.id), SUPPORT_INSTEAD, str(wish.id))
            for wish, _score in similar
        ),
        Button(_("Submit as new"), SUBMIT_NEW, str(saved.id), style="primary"),
    )
    text = _(
        "These wishes look similar to yours. Support one of them instead, or submit yours as new."
    )
    return Reply(Message(title=_("Similar wishes"), text=text, fields=fields, buttons=buttons))


async def submit_as_new(ctx: Context, interaction: Interaction) -> Reply:
    _ = translator(interaction.member.locale)
    async with ctx.db.transaction() as session:
        row = await member_row(ctx, session, interaction.member)
        try:
            draft_row = await take_draft(session, stored_number(interaction.value), row.id)
        except CommandError:
            draft_row = None
        if draft_row is None:
            raise CommandError(N_("That draft is gone; it may already have been submitted."))
        draft = Draft(
            draft_row.title,
            draft_row.description,
            draft_row.module,
            draft_row.municipality,
        )
        wish = await save(ctx, session, interaction.member, row, draft)
    return _thanks(wish, _)


async def save(
    ctx: Context, session: AsyncSession, member: Member, account: MemberRow, draft: Draft
) -> WishRow:
    """Store the wish with its author's support, and queue its cards (counted against the
    author's wish limit in the same transaction: a refused wish leaves nothing behind)."""
    await count_action_in(ctx, session, member, WISH)
    now = ctx.clock.now()
    wish = await create_wish(
        session,
        title=draft.title,
        description=draft.description,
        module=draft.module,
        municipality=draft.municipality,
        submitted_by_id=account.id,
        now=now,
        terms=ctx.wish_index.terms_of(draft.title, draft.description),
    )
    await add_support(session, wish_id=wish.id, person_id=account.person_id, now=now)
    await add_event(session, wish_id=wish.id, kind="created", actor_id=account.person_id, now=now)
    await post_cards(ctx, session, wish)
    return wish


def _thanks(wish: WishRow, _: Translator) -> Reply:
    return Reply.text(
        _("Thank you! Your wish is #{number}: {title}", number=wish.id, title=wish.title)
    )


async def suggest_modules(ctx: Context, _member: Member, typed: str) -> list[Choice]:
    wanted = typed.casefold()
    return [Choice(m, m) for m in ctx.wishes.modules if wanted in m.casefold()]


async def suggest_municipalities(ctx: Context, _member: Member, typed: str) -> list[Choice]:
    wanted = typed.casefold()
    names = sorted(ctx.wishes.municipalities)
    starting = [n for n in names if n.casefold().startswith(wanted)]
    return [Choice(n, n) for n in starting]


async def suggest_similar(ctx: Context, member: Member, typed: str) -> list[Choice]:
    """While a title is typed: similar wishes, shown but never forced."""
    if len(typed.strip()) < 3:
        return []
    found = await ctx.wish_index.search(ctx.db, typed, threshold=TITLE_ONLY_THRESHOLD)
    if not found:
        return []
    async with ctx.db.transaction() as session:
        similar = await wishes_found(session, found)
    shown = ctx.capabilities(member.platform).option_label  # what the platform lists of one
    return [Choice(typed, f"≈ {title_line(wish)}"[:shown]) for wish, _score in similar]


COMMAND = CommandSpec(
    name="wish",
    sv="önskemål",
    description=N_("Submit a development wish"),
    options=(
        OptionSpec(
            "title",
            N_("The wish in one line"),
            max_length=TITLE_LIMIT,
            sv="rubrik",
            suggest=suggest_similar,
        ),
        OptionSpec(
            "module",
            N_("Which module it concerns"),
            max_length=60,
            sv="modul",
            suggest=suggest_modules,
        ),
        OptionSpec(
            "description", N_("More about the need"), max_length=DESCRIPTION_LIMIT, sv="beskrivning"
        ),
    ),
    handler=wish_command,
)

INTERACTIONS = (
    InteractionSpec(FORM_ID, form_submitted, form=form_again),
    InteractionSpec(SUBMIT_NEW, submit_as_new),
)
