"""A form filled one answer at a time, for platforms that cannot show a form: the console
asks in the terminal, Matrix in a direct room. Each field is asked in turn (a refused form
asks only the field at fault, the rest kept as sent), checked as the form would check it,
and the answers go to the form's handler as one submission."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from handlers.forms import form_from_json, form_to_json
from handlers.i18n import N_, Translator
from handlers.types import Channel, Form, FormField, Interaction, Member


@dataclass(frozen=True)
class Wording:
    """How a platform says keep, skip and cancel (a terminal sends an empty line; a chat
    message cannot be empty)."""

    skip: str  # what a member answers to keep a value or leave a field empty
    keeps: str = N_(" (now: {value}; an empty line keeps it)")
    optional: str = N_(" (optional, empty line to skip)")
    required: str = N_("This field is required (or /cancel).")


TERMINAL = Wording(skip="")


@dataclass
class FormInProgress:
    form: Form
    wording: Wording = TERMINAL
    asked: list[int] = field(default_factory=list)
    position: int = 0
    values: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.asked:
            self.asked = list(range(len(self.form.fields)))

    @classmethod
    def given_back(
        cls, form: Form, wrong: str | None, wording: Wording = TERMINAL
    ) -> FormInProgress:
        """A refused form again: only the wrong field asked, the rest kept as sent."""
        values = {f.name: f.value or "" for f in form.fields}
        asked = [i for i, f in enumerate(form.fields) if f.name == wrong]
        return cls(form, wording, asked, values=values)

    @property
    def current(self) -> FormField:
        return self.form.fields[self.asked[self.position]]

    @property
    def complete(self) -> bool:
        return self.position >= len(self.asked)

    def prompt(self, _: Translator) -> str:
        """The question for the field now asked."""
        now = self.current
        if now.value:  # a refused form's answer, or a prefilled one
            return f"{now.label}{_(self.wording.keeps, value=now.value)}:"
        return f"{now.label}{'' if now.required else _(self.wording.optional)}:"

    def take(self, text: str, _: Translator) -> str | None:
        """Take an answer to the field now asked: None when taken, else why not."""
        now = self.current
        if text == self.wording.skip:
            text = now.value or ""
        if now.required and not text:
            return _(self.wording.required)
        if now.max_length is not None and len(text) > now.max_length:
            limit = now.max_length
            return _.ngettext(
                "At most {n} character, please.", "At most {n} characters, please.", limit
            )
        self.values[now.name] = text
        self.position += 1
        return None

    def to_json(self) -> dict[str, Any]:
        """What is asked and answered so far (the wording is the platform's, not kept)."""
        return {
            "form": form_to_json(self.form),
            "asked": self.asked,
            "position": self.position,
            "values": self.values,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], wording: Wording = TERMINAL) -> FormInProgress:
        return cls(
            form_from_json(data["form"]),
            wording,
            list(data["asked"]),
            int(data["position"]),
            dict(data["values"]),
        )

    def submission(self, member: Member, channel: Channel | None) -> Interaction:
        """The answers, as the form's own submit would send them."""
        return Interaction(
            self.form.form_id,
            member=member,
            channel=channel,
            value=self.form.context,
            values=self.values,
        )
