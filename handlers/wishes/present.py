"""How a wish looks to members: its card, its support line, its place in a list."""

from __future__ import annotations

from typing import Protocol

from handlers.core.text import without_masked_links
from handlers.i18n import Translator
from handlers.types import Button, Field, Message
from handlers.wishes.config import CLOSED, STATUSES
from storage.wish_models import WishRow
from storage.wishes import Support

SUPPORT_BUTTON = "wish.support"
DISCUSS_BUTTON = "wish.discuss"  # opens the wish's thread under the card


class Counts(Protocol):
    """A wish's support as a line shows it: `Support`, or a listed wish's kept counts."""

    @property
    def members(self) -> int: ...
    @property
    def places(self) -> int: ...
    @property
    def unverified(self) -> int: ...


class Numbered(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def title(self) -> str: ...


def status_name(code: str, _: Translator) -> str:
    return _(STATUSES.get(code, code))


def support_line(support: Counts, _: Translator) -> str:
    """ "12 members from 7 municipalities" — the fair count shown everywhere."""
    members = _.ngettext("{n} member", "{n} members", support.members)
    places = _.ngettext("{n} municipality", "{n} municipalities", support.places)
    line = _("{members} from {municipalities}", members=members, municipalities=places)
    if support.unverified:
        line += " " + _.ngettext("(+{n} unverified)", "(+{n} unverified)", support.unverified)
    return line


def title_line(wish: Numbered) -> str:
    return f"#{wish.id} {wish.title}"


def card(wish: WishRow, support: Support, _: Translator) -> Message:
    """The card posted to every `wishes` channel and edited in place when anything changes."""
    fields = [
        Field(_("Module"), wish.module, inline=True),
        Field(_("Status"), status_name(wish.status, _), inline=True),
        Field(_("Support"), support_line(support, _), inline=True),
    ]
    if wish.vendor_reference:
        fields.append(Field(_("Vendor reference"), wish.vendor_reference, inline=True))
    buttons: tuple[Button, ...] = ()
    if wish.status not in CLOSED and wish.merged_into_id is None and not wish.hidden:
        buttons = (Button(_("Support"), SUPPORT_BUTTON, str(wish.id), style="primary"),)
    if wish.merged_into_id is None and not wish.hidden:
        buttons += (Button(_("Discuss"), DISCUSS_BUTTON, str(wish.id)),)
    text = without_masked_links(wish.description)  # a member's words in the bot's post
    if wish.merged_into_id is not None:
        text = _("Merged into #{number}.", number=wish.merged_into_id)
    elif wish.hidden:
        text = _("This wish has been hidden by the board.")
    return Message(title=title_line(wish), text=text, fields=tuple(fields), buttons=buttons)
