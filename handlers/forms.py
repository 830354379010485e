"""A refused form given back filled in: the member corrects what was wrong and keeps the
rest, instead of typing a whole wish or survey again.

A form's submission declares how its form is built (`InteractionSpec.form`); when the
submission is refused, `given_back` builds the form again from its context, fills in what
was sent and names the field at fault. Each platform shows that as it can: Slack keeps its
modal open with the error under the field, the console asks only that field again, Discord
(which answers a form with a message) offers a button that reopens it (`form_reopen`).
"""

from __future__ import annotations

from dataclasses import asdict, replace
from typing import TYPE_CHECKING, Any

from handlers.errors import CommandError
from handlers.i18n import translator
from handlers.types import Form, FormField, FormProblem, Interaction, Member, Message, Reply

if TYPE_CHECKING:
    from handlers.catalogue import FormBuilder
    from handlers.context import Context


def filled(form: Form, values: dict[str, str]) -> Form:
    """The form with each field showing what was sent for it (within the field's limit)."""
    fields = tuple(
        replace(item, value=(values[item.name][: item.max_length] or None))
        if item.name in values
        else item
        for item in form.fields
    )
    return replace(form, fields=fields)


async def given_back(
    ctx: Context,
    build: FormBuilder,
    member: Member,
    interaction: Interaction,
    error: CommandError,
) -> Reply:
    """The refusal, with the form filled in as sent; only the text when the form itself
    cannot be had again (a survey closed, a wish gone meanwhile). Either way nothing was
    done, and the answer says so (`refused`: the web shows it as an error)."""
    text = error.text(translator(member.locale))
    try:
        form = await build(ctx, member, interaction.value)
    except CommandError:
        return replace(Reply.text(text), refused=True)
    named = error.field if any(f.name == error.field for f in form.fields) else None
    return Reply(
        Message(text=text),
        form=filled(form, interaction.values),
        problem=FormProblem(text, named),
        refused=True,
    )


def form_to_json(form: Form) -> dict[str, Any]:
    return asdict(form)


def form_from_json(data: dict[str, Any]) -> Form:
    fields = tuple(
        FormField(**{**item, "choices": tuple(item.get("choices") or ())})
        for item in data["fields"]
    )
    return Form(data["form_id"], data["title"], fields, data.get("context", ""))
