"""The command catalogue: every command declared once, every platform built from it.

A `CommandSpec` names a command, its (translatable) description, its typed options with
limits, its subcommands and whether only the board may use it. `resolve` turns a raw
`Command` from any adapter into the spec to run and validated option values, or raises a
`CommandError` that says, in the member's language, what is wrong.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

from handlers.core.text import shorten
from handlers.errors import CommandError, counted_error
from handlers.i18n import N_, Named
from handlers.parsing import MAX_ID
from handlers.types import Command, Form, Interaction, Member, Reply

if TYPE_CHECKING:
    from handlers.context import Call, Context

Handler = Callable[["Context", "Call"], Awaitable[Reply]]
InteractionHandler = Callable[["Context", Interaction], Awaitable[Reply]]
Suggest = Callable[["Context", Member, str], Awaitable[list["Choice"]]]
# Builds a form again from its context, to give a refused submission back filled in.
FormBuilder = Callable[["Context", Member, str], Awaitable[Form]]

_OPTION_TOKEN = re.compile(r"^([^\W\d_][\w-]*):(?!//)(.*)$", re.DOTALL)


class OptionType(Enum):
    STRING = "string"
    INTEGER = "integer"
    BOOLEAN = "boolean"
    FILE = "file"  # an uploaded file where the platform takes one (Discord); its URL elsewhere


@dataclass(frozen=True)
class Choice:
    value: str
    label: str  # a source string, translated when shown
    sv: str | None = None  # the value's Swedish word, typed as well and said in Swedish
    also: tuple[str, ...] = ()  # other words typed for it (an English one of a Swedish value)

    def typed_as(self) -> tuple[str, ...]:
        """Every word a member may type for it."""
        return (self.value, *((self.sv,) if self.sv else ()), *self.also)

    @property
    def said(self) -> Named:
        """The value, said in Swedish by its Swedish word."""
        return Named(self.value, self.sv)


@dataclass(frozen=True)
class OptionSpec:
    name: str
    description: str
    type: OptionType = OptionType.STRING
    required: bool = False
    choices: tuple[Choice, ...] = ()
    min_length: int | None = None
    max_length: int | None = None
    min_value: int | None = None
    max_value: int | None = None
    suggest: Suggest | None = None  # live suggestions while typing (autocomplete, typeahead)
    rest: bool = False  # takes every remaining positional word (free text)
    sv: str | None = None  # the Swedish name, accepted too and shown where platforms localise

    def __post_init__(self) -> None:
        """Whole numbers are bounded even where a command names no bound: a number no database
        column holds must get the member's answer, not an error deep in the driver."""
        if self.type is OptionType.INTEGER:
            if self.max_value is None:
                object.__setattr__(self, "max_value", MAX_ID)
            if self.min_value is None:
                object.__setattr__(self, "min_value", -MAX_ID - 1)

    @property
    def autocomplete(self) -> bool:
        return self.suggest is not None

    @property
    def said(self) -> Named:
        """Its name, said by its Swedish name in a Swedish answer."""
        return Named(self.name, self.sv)


def id_option(name: str, description: str, *, sv: str, required: bool = False) -> OptionSpec:
    """An option naming a stored row by its number: a positive integer any database holds."""
    return OptionSpec(
        name,
        description,
        type=OptionType.INTEGER,
        required=required,
        min_value=1,
        max_value=MAX_ID,
        sv=sv,
    )


@dataclass(frozen=True)
class CommandSpec:
    name: str
    description: str
    options: tuple[OptionSpec, ...] = ()
    subcommands: tuple[CommandSpec, ...] = ()
    board_only: bool = False
    handler: Handler | None = None
    sv: str | None = None  # the Swedish name, accepted too and shown where platforms localise

    @property
    def said(self) -> Named:
        """Its name, said by its Swedish name in a Swedish answer."""
        return Named(self.name, self.sv)

    def subcommand(self, name: str) -> CommandSpec | None:
        return next((s for s in self.subcommands if name in (s.name, s.sv)), None)

    def usage(self, parent: str | None = None, *, sv: bool = False) -> str:
        """`/name OPTION [option]`; with `sv`, the Swedish names (each is typed as well)."""
        name = (self.sv or self.name) if sv else self.name
        words = [f"/{parent} {name}" if parent else f"/{name}"]
        for option in self.options:
            label = (option.sv or option.name) if sv else option.name
            shown = label.upper()
            if option.choices and len(option.choices) <= 3:
                shown = "|".join((c.sv or c.value) if sv else c.value for c in option.choices)
            elif not option.required:
                shown = label
            words.append(shown if option.required else f"[{shown}]")
        return " ".join(words)


@dataclass(frozen=True)
class InteractionSpec:
    """A button, select or form handler; its id is stable so clicks survive a restart."""

    interaction_id: str
    handler: InteractionHandler
    board_only: bool = False
    form: FormBuilder | None = None  # set for a form's submission: how to give it back


@dataclass(frozen=True)
class Resolved:
    """A command matched against the catalogue, with options parsed and checked."""

    root: CommandSpec
    leaf: CommandSpec
    values: dict[str, Any] = field(default_factory=dict)

    @property
    def board_only(self) -> bool:
        return self.root.board_only or self.leaf.board_only

    @property
    def display_name(self) -> Named:
        return command_named(self.root, self.leaf)


def command_named(root: CommandSpec, leaf: CommandSpec | None = None) -> Named:
    """`agenda list`, said `dagordning lista` in a Swedish answer (each is typed as well)."""
    if leaf is None or leaf is root:
        return root.said
    return Named(f"{root.name} {leaf.name}", f"{root.sv or root.name} {leaf.sv or leaf.name}")


class Catalogue:
    def __init__(
        self, commands: Iterable[CommandSpec], interactions: Iterable[InteractionSpec] = ()
    ) -> None:
        self.commands: dict[str, CommandSpec] = {}
        for command in commands:
            if command.name in self.commands:
                raise ValueError(f"command declared twice: {command.name}")
            self.commands[command.name] = command
        self.interactions: dict[str, InteractionSpec] = {}
        for interaction in interactions:
            if interaction.interaction_id in self.interactions:
                raise ValueError(f"interaction declared twice: {interaction.interaction_id}")
            self.interactions[interaction.interaction_id] = interaction

    def __iter__(self) -> Iterator[CommandSpec]:
        return iter(self.commands.values())

    def get(self, name: str) -> CommandSpec | None:
        """A command by its name or its Swedish name."""
        found = self.commands.get(name)
        if found is None:
            found = next((c for c in self.commands.values() if c.sv == name), None)
        return found

    def option(self, command: str, subcommand: str | None, option: str) -> OptionSpec | None:
        root = self.commands.get(command)
        leaf = root.subcommand(subcommand) if root and subcommand else root
        return next((o for o in leaf.options if o.name == option), None) if leaf else None

    def visible_to(self, is_board: bool) -> list[CommandSpec]:
        return [c for c in self if is_board or not c.board_only]

    def resolve(self, command: Command) -> Resolved:
        name = command.name.lstrip("/").lower()
        root = self.get(name)
        if root is None:
            raise _unknown_command(name, self.commands)
        words = list(command.positional)
        leaf = root
        if root.subcommands:
            sub_name = command.subcommand or (words.pop(0).lower() if words else None)
            if sub_name is None:
                raise CommandError(
                    N_("/{command} needs a subcommand: {choices}."),
                    command=root.said,
                    choices=_subcommand_names(root),
                )
            found = root.subcommand(sub_name)
            if found is None:
                raise _unknown_subcommand(root, sub_name)
            leaf = found
        display = command_named(root, leaf)
        raw = _collect_raw_options(leaf, display, command.options, words)
        return Resolved(root, leaf, _validate(leaf, display, raw))


def _unknown_command(name: str, known: dict[str, CommandSpec]) -> CommandError:
    """Unknown: the closest command by either of its names, suggested by the name of the
    answer's language (a Swedish /kommentar is told /kommentera)."""
    names = {**{spec.sv: spec for spec in known.values() if spec.sv}, **known}
    close = difflib.get_close_matches(name, list(names), n=1, cutoff=0.5)
    if close:
        spec = names[close[0]]
        return CommandError(
            N_("Unknown command /{command}. Did you mean /{suggestion}?"),
            command=name,
            suggestion=spec.said,
        )
    return CommandError(N_("Unknown command /{command}. Try /help."), command=name)


def _unknown_subcommand(root: CommandSpec, sub_name: str) -> CommandError:
    names = {**{s.sv: s for s in root.subcommands if s.sv}, **{s.name: s for s in root.subcommands}}
    close = difflib.get_close_matches(sub_name, list(names), n=1, cutoff=0.5)
    if close:
        sub = names[close[0]]
        return CommandError(
            N_("/{command} has no subcommand “{sub}”. Did you mean /{command} {suggestion}?"),
            command=root.said,
            sub=sub_name,
            suggestion=sub.said,
        )
    return CommandError(
        N_("/{command} has no subcommand “{sub}”. Choose one of: {choices}."),
        command=root.said,
        sub=sub_name,
        choices=_subcommand_names(root),
    )


def _subcommand_names(root: CommandSpec) -> Named:
    """`open, place, status, log`, said `öppna, fördela, …` in a Swedish answer."""
    subs = root.subcommands
    return Named(", ".join(s.name for s in subs), ", ".join(s.sv or s.name for s in subs))


def _collect_raw_options(
    spec: CommandSpec, display: str, given: dict[str, Any], words: list[str]
) -> dict[str, Any]:
    """Merge named options (`opt:value` or structured) and positional words, in option order."""
    by_name = {o.name: o for o in spec.options}
    aliases = {o.sv: o.name for o in spec.options if o.sv}
    raw: dict[str, Any] = {}
    for key, value in given.items():
        name = aliases.get(key.lower(), key.lower())
        _check_known_option(spec, display, name, by_name)
        raw[name] = value
    positional: list[str] = []
    for word in words:
        match = _OPTION_TOKEN.match(word)
        key = aliases.get(match.group(1).lower(), match.group(1).lower()) if match else ""
        if match and key in by_name:
            raw[key] = match.group(2)
        elif match and not any(o.rest for o in spec.options):
            _check_known_option(spec, display, match.group(1).lower(), by_name)
        else:
            positional.append(word)
    free = [o for o in spec.options if o.name not in raw]
    for option in free:
        if not positional:
            break
        if option.rest:
            raw[option.name] = " ".join(positional)
            positional = []
        else:
            raw[option.name] = positional.pop(0)
    if positional:
        raise CommandError(
            N_("/{command} did not expect “{value}”. Usage: {usage}"),
            command=display,
            value=shorten(" ".join(positional), 80),  # a page of text is not said back
            usage=_usage(spec, display),
        )
    return raw


def _usage(spec: CommandSpec, display: str) -> Named:
    """How the command is typed, in English and in Swedish (the answer's language picks)."""
    parent = display.rpartition(" ")[0]
    swedish = getattr(display, "sv", display).rpartition(" ")[0]
    return Named(spec.usage(parent or None), spec.usage(swedish or None, sv=True))


def _check_known_option(
    spec: CommandSpec, display: str, key: str, by_name: dict[str, OptionSpec]
) -> None:
    if key in by_name:
        return
    close = difflib.get_close_matches(key, list(by_name), n=1, cutoff=0.5)
    if close:
        raise CommandError(
            N_("/{command} has no option “{option}”. Did you mean “{suggestion}”?"),
            command=display,
            option=key,
            suggestion=close[0],
        )
    raise CommandError(N_("/{command} has no option “{option}”."), command=display, option=key)


def _validate(spec: CommandSpec, display: str, raw: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for option in spec.options:
        value = raw.get(option.name)
        if value is None or (isinstance(value, str) and value.strip() == ""):
            if option.required:
                raise CommandError(
                    N_("/{command} needs {option}. Usage: {usage}"),
                    command=display,
                    option=option.said,
                    usage=_usage(spec, display),
                )
            continue
        values[option.name] = _convert(option, value)
    return values


def _convert(option: OptionSpec, value: Any) -> Any:
    if option.type is OptionType.INTEGER:
        return _check_integer(option, value)
    if option.type is OptionType.BOOLEAN:
        return _check_boolean(option, value)
    return _check_string(option, str(value).strip())


def _check_integer(option: OptionSpec, value: Any) -> int:
    try:
        number = int(str(value).strip().lstrip("#"))
    except ValueError:
        raise CommandError(
            N_("{option} must be a whole number, not “{value}”."),
            option=option.said,
            value=value,
        ) from None
    low, high = option.min_value, option.max_value
    if (low is not None and number < low) or (high is not None and number > high):
        raise CommandError(
            N_("{option} must be between {low} and {high}."),
            option=option.said,
            low=low if low is not None else "−∞",
            high=high if high is not None else "∞",
        )
    return number


_TRUE = {"yes", "ja", "true", "on", "1", "y", "j", "på"}
_FALSE = {"no", "nej", "false", "off", "0", "n", "av"}


def _check_boolean(option: OptionSpec, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CommandError(N_("{option} must be yes or no."), option=option.said)


def _check_string(option: OptionSpec, text: str) -> str:
    if option.choices:
        return _check_choice(option, text)
    if option.min_length is not None and len(text) < option.min_length:
        raise counted_error(
            "{option} must be at least {n} character.",
            "{option} must be at least {n} characters.",
            option.min_length,
            option=option.said,
        )
    if option.max_length is not None and len(text) > option.max_length:
        raise counted_error(
            "{option} may be at most {n} character (this one has {length}).",
            "{option} may be at most {n} characters (this one has {length}).",
            option.max_length,
            option=option.said,
            length=len(text),
        )
    return text


def _check_choice(option: OptionSpec, text: str) -> str:
    """The value a member chose, by any word typed for it (Swedish or English)."""
    words = {word: choice for choice in option.choices for word in choice.typed_as()}
    lowered = text.lower()
    if lowered in words:
        return words[lowered].value
    close = difflib.get_close_matches(lowered, list(words), n=1, cutoff=0.6)
    if close:
        raise CommandError(
            N_("“{value}” is not a valid {option}. Did you mean “{suggestion}”?"),
            option=option.said,
            value=text,
            suggestion=words[close[0]].said,
        )
    raise CommandError(
        N_("“{value}” is not a valid {option}. Choose one of: {choices}."),
        option=option.said,
        value=text,
        choices=Named(
            ", ".join(c.value for c in option.choices),
            ", ".join(c.sv or c.value for c in option.choices),
        ),
    )
