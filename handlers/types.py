"""Platform-neutral types: what a command looks like coming in and what goes out.

Adapters translate their platform's events into these and render these back into
Discord embeds/components, Slack Block Kit or console text. Nothing here knows a platform.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Locale = Literal["sv", "en"]
SUPPORTED_LOCALES: tuple[Locale, ...] = ("sv", "en")
DEFAULT_LOCALE: Locale = "sv"


def normalise_locale(value: str | None) -> Locale | None:
    """Map a platform locale such as 'sv-SE' or 'en-US' onto a supported one, else None."""
    if not value:
        return None
    head = value.replace("_", "-").split("-", 1)[0].lower()
    for locale in SUPPORTED_LOCALES:
        if head == locale:
            return locale
    return None


@dataclass(frozen=True)
class Member:
    """The acting member as the platform knows them, enriched from storage.

    `municipality` is the person's verified one, filled in from storage only: nothing a
    platform or a member types sets it.
    """

    platform: str
    user_id: str
    display_name: str
    is_board: bool = False
    municipality: str | None = None
    locale: Locale = DEFAULT_LOCALE
    platform_locale: str | None = None
    person_id: int | None = None
    blocked: bool = False
    # The member chose `platform_locale` where they are (a web page's ?lang=): it wins over
    # the language they chose in chat, so a page is never half in another language.
    locale_here: bool = False


@dataclass(frozen=True)
class Channel:
    """Where a command was run: a platform's channel (console channels included)."""

    platform: str
    channel_id: str
    name: str = ""

    @property
    def address(self) -> str:
        return f"{self.platform}:{self.channel_id}"


@dataclass(frozen=True)
class Command:
    """A slash command after the adapter parsed it; options are raw until validated."""

    name: str
    member: Member
    channel: Channel | None = None
    subcommand: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    positional: tuple[str, ...] = ()


@dataclass(frozen=True)
class Field:
    name: str
    value: str
    inline: bool = False


@dataclass(frozen=True)
class Button:
    """A button; `action_id` is stable across restarts so adapters can route it back."""

    label: str
    action_id: str
    value: str = ""
    style: Literal["primary", "secondary", "danger"] = "secondary"
    url: str | None = None


@dataclass(frozen=True)
class SelectOption:
    label: str
    value: str


@dataclass(frozen=True)
class Select:
    action_id: str
    placeholder: str
    options: tuple[SelectOption, ...]


@dataclass(frozen=True)
class Attachment:
    """A file: a link (`url`) or a text file made here (`content`, e.g. an export)."""

    filename: str
    url: str | None = None
    content_type: str = "application/octet-stream"
    content: str | None = None


@dataclass(frozen=True)
class Message:
    """Content to show: one text body with optional title, fields and controls.

    It is also what an outbox row stores (as JSON), so it must round-trip through
    `to_json`/`from_json` unchanged.
    """

    text: str
    title: str | None = None
    url: str | None = None
    fields: tuple[Field, ...] = ()
    buttons: tuple[Button, ...] = ()
    selects: tuple[Select, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    author_name: str | None = None
    author_avatar_url: str | None = None
    image_url: str | None = None  # a picture to show large where the platform can
    # A reply: the platform message id answered (`reply_to`), or the outbox key of the copy
    # answered (`reply_to_key`, resolved to an id by the dispatcher), and a short quote of
    # it for platforms that cannot thread a post made under another author's name.
    reply_to: str | None = None
    reply_to_key: str | None = None
    reply_excerpt: str | None = None
    # A post in the thread that hangs on the message `reply_to` (a wish's discussion under
    # its card): on Slack a threaded reply; on Discord a post in the thread channel, first
    # opened under the name `thread_name` where the message has no thread yet.
    in_thread: bool = False
    thread_name: str | None = None

    _OPTIONAL = (
        "title",
        "url",
        "author_name",
        "author_avatar_url",
        "image_url",
        "reply_to",
        "reply_to_key",
        "reply_excerpt",
        "thread_name",
    )

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"text": self.text}
        for key in self._OPTIONAL:
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        if self.in_thread:
            data["in_thread"] = True
        if self.fields:
            data["fields"] = [vars(f) for f in self.fields]
        if self.buttons:
            data["buttons"] = [vars(b) for b in self.buttons]
        if self.selects:
            data["selects"] = [
                {
                    "action_id": s.action_id,
                    "placeholder": s.placeholder,
                    "options": [vars(o) for o in s.options],
                }
                for s in self.selects
            ]
        if self.attachments:
            data["attachments"] = [vars(a) for a in self.attachments]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Message:
        return cls(
            text=data["text"],
            title=data.get("title"),
            url=data.get("url"),
            author_name=data.get("author_name"),
            author_avatar_url=data.get("author_avatar_url"),
            image_url=data.get("image_url"),
            reply_to=data.get("reply_to"),
            reply_to_key=data.get("reply_to_key"),
            reply_excerpt=data.get("reply_excerpt"),
            in_thread=bool(data.get("in_thread", False)),
            thread_name=data.get("thread_name"),
            fields=tuple(Field(**f) for f in data.get("fields", ())),
            buttons=tuple(Button(**b) for b in data.get("buttons", ())),
            selects=tuple(
                Select(
                    action_id=s["action_id"],
                    placeholder=s["placeholder"],
                    options=tuple(SelectOption(**o) for o in s["options"]),
                )
                for s in data.get("selects", ())
            ),
            attachments=tuple(Attachment(**a) for a in data.get("attachments", ())),
        )


@dataclass(frozen=True)
class FormField:
    """One input of a form (a Discord modal, a Slack modal, a console prompt)."""

    name: str
    label: str
    long: bool = False
    required: bool = True
    max_length: int | None = None
    min_length: int | None = None
    placeholder: str | None = None
    value: str | None = None
    choices: tuple[str, ...] = ()  # a fixed list to pick from, where the platform can
    suggest: str | None = None  # "command.option" whose live suggestions fill a typeahead
    hints: str | None = None  # "command.option" whose suggestions are shown while typing


@dataclass(frozen=True)
class Form:
    """Ask the member for input; the submission comes back to the interaction `form_id`.

    `context` is carried through the platform untouched (custom id, private metadata), so a
    submission needs no server-side session and survives a restart.
    """

    form_id: str
    title: str
    fields: tuple[FormField, ...]
    context: str = ""


@dataclass(frozen=True)
class FormProblem:
    """Why a submitted form was refused, and the field at fault (None: the form as a whole)."""

    text: str
    field: str | None = None


@dataclass(frozen=True)
class Reply:
    """The immediate answer to a command, shown to the member (privately by default).

    With `form` set the platform opens that form instead; with `update` set an answer to a
    button click replaces the message the button was on. With `problem` set the submitted
    form was refused: `form` is that form again, filled in with what was sent, to be given
    back with the problem shown at its field (`message` says it for platforms that cannot).
    """

    message: Message
    private: bool = True
    form: Form | None = None
    update: bool = False
    problem: FormProblem | None = None
    # Nothing was done: the text says why (a refusal, a blocked member, a failure). Chat shows
    # it like any answer; the web shows it as an error.
    refused: bool = False
    # Why, where a caller answers by it (a download's status): a per-person limit, allowed
    # again this many seconds from now; or a failure on our side.
    retry_after: float | None = None
    failed: bool = False

    @classmethod
    def text(cls, text: str, *, private: bool = True, title: str | None = None) -> Reply:
        return cls(Message(text=text, title=title), private=private)


@dataclass(frozen=True)
class Interaction:
    """A button click, a select choice or a submitted form, routed by `interaction_id`."""

    interaction_id: str
    member: Member
    channel: Channel | None = None
    value: str = ""
    values: dict[str, str] = field(default_factory=dict)
    message_id: str | None = None


@dataclass(frozen=True)
class InboundMessage:
    """A member's message as a platform saw it: new, edited or deleted.

    Handed to every inbound handler (bridges, announcement mirrors); the adapters have
    already dropped the bot's own messages and webhook posts, and turned the text into the
    bot's Markdown with mentions as plain names. `thread_id` is the message answered (a
    Discord reply) or the thread's first message (Slack).
    """

    kind: Literal["new", "edited", "deleted"]
    platform: str
    channel_id: str
    message_id: str
    author: Member | None = None
    text: str = ""
    thread_id: str | None = None
    attachments: tuple[Attachment, ...] = ()
    avatar_url: str | None = None
    channel_name: str = ""
    from_bot: bool = False  # another app's or a webhook's post (never this bot's own)


@dataclass(frozen=True)
class Destination:
    """Where an outbox row goes: a platform and a channel (or `dm:<user id>`) on it."""

    platform: str
    target: str

    @property
    def address(self) -> str:
        return f"{self.platform}:{self.target}"

    @classmethod
    def parse(cls, address: str) -> Destination:
        platform, _, target = address.partition(":")
        if not platform or not target:
            raise ValueError(f"not a destination address: {address!r}")
        return cls(platform, target)
