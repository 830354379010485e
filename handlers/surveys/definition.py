"""A survey's definition, from a chat form's text or a YAML/CSV file, checked once for both.

In the chat form every question is one line, its kind in brackets at the end:

    Hur nöjd är du med Bygg? [skala]
    Vilka moduler använder ni? [flera: Bygg, Miljö, BAB, Kart & mät]
    Vilken är viktigast? [en: Bygg, Miljö]
    Vad saknar du? [text, valfri]

`en`/`one` single choice, `flera`/`many` multiple choice, `skala`/`scale` 1–5, `text` free
text; `valfri`/`optional` makes a question optional.

A survey is stored once and shown on every platform, its choices in a platform's select: the
number and length of choices keep to the strictest platform (`Context.strictest`), or to the
safe limits every platform takes when none is given (the board's command line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from handlers.capabilities import Capabilities, strictest
from handlers.errors import CommandError
from handlers.i18n import N_

KINDS = ("single", "multiple", "scale", "text")
MAX_QUESTIONS = 10
SCALE = ("1", "2", "3", "4", "5")
_WORDS = {
    "en": "single", "one": "single", "single": "single",
    "flera": "multiple", "many": "multiple", "multiple": "multiple",
    "skala": "scale", "scale": "scale",
    "text": "text", "fritext": "text",
}  # fmt: skip
_OPTIONAL = {"valfri", "optional"}
_LINE = re.compile(r"^(?P<text>.+?)\s*\[(?P<spec>[^\]]*)\]\s*$")


@dataclass(frozen=True)
class QuestionSpec:
    kind: str
    text: str
    choices: tuple[str, ...] = ()
    required: bool = True


def question(
    kind: str,
    text: str,
    choices: Any = (),
    required: Any = True,
    *,
    limits: Capabilities | None = None,
) -> QuestionSpec:
    """One question, checked: a known kind, a text, choices where they belong, as many and as
    long as `limits` (the strictest platform's) lets a select show."""
    limits = limits or strictest(())
    text = " ".join(str(text or "").split())
    if kind not in KINDS:
        raise CommandError(
            N_("“{kind}” is not a kind of question (single, multiple, scale or text)."), kind=kind
        )
    if not text or len(text) > 300:
        raise CommandError(N_("Every question needs a text of at most 300 characters."))
    found = tuple(dict.fromkeys(" ".join(str(c).split()) for c in choices or () if str(c).strip()))
    most = limits.select_options
    if kind in ("single", "multiple") and not 2 <= len(found) <= most:
        raise CommandError(
            N_("“{question}” needs between 2 and {most} choices."), question=text, most=most
        )
    if kind in ("single", "multiple"):
        long = next((c for c in found if len(c) > limits.option_label), None)
        if long is not None:
            raise CommandError(
                N_("“{choice}” is too long for a choice: at most {most} characters."),
                choice=long, most=limits.option_label,
            )  # fmt: skip
        if kind == "multiple" and any("," in c for c in found):
            raise CommandError(
                N_("Choices of “{question}” cannot hold commas: answers list them with commas."),
                question=text,
            )
    if kind == "scale":
        found = SCALE
    elif kind == "text":
        found = ()
    return QuestionSpec(kind, text, found, bool(required))


def parse_lines(text: str, limits: Capabilities | None = None) -> list[QuestionSpec]:
    """The chat form's question lines (blank lines skipped), checked against `limits`."""
    found = []
    for line in (raw.strip() for raw in text.splitlines()):
        if not line:
            continue
        match = _LINE.match(line)
        if match is None:
            raise CommandError(
                N_("“{line}” needs its kind in brackets at the end, e.g. [skala]."), line=line
            )
        words = [w.strip() for w in match.group("spec").split(",")]
        head, _, first_choice = words[0].partition(":")
        kind = _WORDS.get(head.strip().lower(), head.strip().lower())
        rest = [first_choice, *words[1:]] if first_choice else words[1:]
        optional = any(w.lower() in _OPTIONAL for w in rest)
        choices = [w for w in rest if w and w.lower() not in _OPTIONAL]
        found.append(question(kind, match.group("text"), choices, not optional, limits=limits))
    return checked(found)


def checked(questions: list[QuestionSpec]) -> list[QuestionSpec]:
    if not 1 <= len(questions) <= MAX_QUESTIONS:
        raise CommandError(N_("A survey has between 1 and {most} questions."), most=MAX_QUESTIONS)
    return questions
