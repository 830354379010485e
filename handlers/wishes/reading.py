"""The wish list and one wish as data, read the same way for chat (/wishes, /wish-show) and
for the web portal's pages, so both show one ranking and one count."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from handlers.context import Context
from handlers.i18n import N_, Translator, in_every_locale
from handlers.people.texts import A_MEMBER, A_MEMBER_FROM
from handlers.wishes.discussion import origin_label
from storage.discussion_models import WishCommentRow
from storage.discussions import comments_of
from storage.people import people_by_ids
from storage.people_models import PersonRow
from storage.wish_list import ListedWish, Listing, count_listed, ranked_wishes
from storage.wish_models import WishEventRow, WishRow
from storage.wishes import Support, events, get_wish, merged_into, support_of, supports

PAGE_SIZE = 10


@dataclass(frozen=True)
class ListPage:
    """One page of the ranked list: its wishes and where it lies among the pages."""

    page: int
    pages: int
    total: int
    start: int  # the rank of the page's first wish, less one
    wishes: list[ListedWish]


async def list_page(
    ctx: Context,
    *,
    page: int,
    module: str | None = None,
    status: str | None = None,
    search: str = "",
    person_id: int | None = None,
    size: int | None = None,
) -> ListPage:
    """A page of the list, ranked, paged and counted in the database in a read-only
    transaction (on SQLite it waits for no writer); a search is answered by the similar-wish
    index, which holds every listed wish's normalised words. A page past the last is the
    last."""
    size = size or PAGE_SIZE
    matches = await ctx.wish_index.containing(ctx.db, search) if search else None
    listing = Listing(
        module=module or None,
        statuses=[status] if status else None,
        person_id=person_id,
        among=matches,
    )
    async with ctx.db.core(read_only=True) as connection:
        total = await count_listed(connection, listing)
        pages = max(1, -(-total // size))
        page = min(max(1, page), pages)
        start = (page - 1) * size
        shown = await ranked_wishes(connection, listing, offset=start, limit=size)
    return ListPage(page, pages, total, start, shown)


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime
    kind: str
    actor: str
    detail: dict[str, object]


@dataclass(frozen=True)
class CommentView:
    """One comment as the page shows it; a hidden one keeps its place, not its words."""

    number: int
    author: str
    origin: str
    when: datetime
    text: str
    hidden: bool
    edited: bool


@dataclass(frozen=True)
class WishView:
    """A wish as its page shows it: support, history, and the wishes merged into it."""

    wish: WishRow
    support: Support
    history: list[HistoryEntry]
    merged: list[tuple[int, str]]
    supporting: bool = False  # the reader supports it (through `person_id`)
    comments: tuple[CommentView, ...] = ()


async def wish_view(
    ctx: Context, number: int, _: Translator, *, board: bool, person_id: int | None = None
) -> WishView | None:
    """The wish, or None when there is none (or it is hidden and the reader not board);
    with `person_id`, whether that person supports it."""
    async with ctx.db.transaction() as session:
        wish = await get_wish(session, number)
        if wish is None or (wish.hidden and not board):
            return None
        support = (await support_of(session, [wish.id]))[wish.id]
        history = await events(session, wish.id)
        actors = await people_by_ids(session, [e.actor_id for e in history if e.actor_id])
        merged = await merged_into(session, wish.id)
        owner = wish.merged_into_id or wish.id
        supporting = person_id is not None and await supports(
            session, wish_id=owner, person_id=person_id
        )
        comments = tuple(_comment_view(ctx, c, _) for c in await comments_of(session, wish.id))
    entries = [
        HistoryEntry(e.created_at, e.kind, actor_name(e, wish, actors, _), dict(e.detail))
        for e in history
    ]
    return WishView(wish, support, entries, merged, supporting, comments)


def _comment_view(ctx: Context, comment: WishCommentRow, _: Translator) -> CommentView:
    hidden = comment.hidden_at is not None
    return CommentView(
        number=comment.id,
        author=comment.author_name,
        origin=origin_label(ctx, comment.platform, _),
        when=comment.created_at,
        text="" if hidden else comment.text,
        hidden=hidden,
        edited=comment.edited_at is not None,
    )


VENDOR = N_("the vendor")  # who set a status from the vendor's answers, in a wish's history
IMPORTED = "import:"  # the actor of an imported wish, then its source
AN_IMPORT, AN_IMPORT_FROM = N_("an import"), N_("an import from {source}")


def actor_name(
    event: WishEventRow, wish: WishRow, people: dict[int, PersonRow], _: Translator
) -> str:
    """Who acted: the person's name now, what the event named (an import), or "a member"
    (from the wish's municipality, for an erased submitter)."""
    person = people.get(event.actor_id) if event.actor_id else None
    if person is not None:
        return person.display_name
    if event.actor in in_every_locale(VENDOR).values():  # stored in the default language once
        return _(VENDOR)
    if event.actor.startswith(IMPORTED):  # "import:SOURCE", written by the importer
        source = event.actor.removeprefix(IMPORTED)
        return _(AN_IMPORT) if source in ("", "import") else _(AN_IMPORT_FROM, source=source)
    if event.actor:
        return event.actor
    if event.kind == "created" and wish.municipality:
        return _(A_MEMBER_FROM, municipality=wish.municipality)
    return _(A_MEMBER)
