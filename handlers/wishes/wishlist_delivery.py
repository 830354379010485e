"""The files of a board member's /wishlist, made after the answer and sent privately.

Each request is claimed, its files made a part at a time (`export.wishlist_files`), and its
delivery queued in the same transaction that forgets the request: a process stopped while
making it leaves the request, which a restart (or another process, once the claim runs
out) makes again; the delivery's key is the request's own, so it is queued once.
"""

from __future__ import annotations

import json
import logging

from handlers.context import Context
from handlers.i18n import translator
from handlers.jobs import JobSpec
from handlers.types import Message
from handlers.wishes.export import WISHLIST_JOB, wishlist_files
from storage.db import SerializedJSON
from storage.outbox import enqueue
from storage.wishlist_requests import WishlistRequest, claim_next, finish

log = logging.getLogger(__name__)
MOST_AT_ONCE = 10  # requests one run makes; the next run (or a wake) takes the rest


async def make_wishlists(ctx: Context) -> int:
    """Make and queue the waiting requests' files; how many were queued."""
    made = 0
    for _ in range(MOST_AT_ONCE):
        async with ctx.db.transaction() as session:
            request = await claim_next(session, now=ctx.clock.now())
        if request is None:
            break
        await _deliver(ctx, request)
        made += 1
    if made:
        ctx.wake_outbox()
    return made


async def _deliver(ctx: Context, request: WishlistRequest) -> None:
    async with ctx.db.core(read_only=True) as connection:
        count, csv_body, markdown_body = await wishlist_files(
            connection, module=request.module, status=request.status, escape=json_body
        )
    payload = _payload(request, count, (csv_body, markdown_body))
    del csv_body, markdown_body
    async with ctx.db.transaction() as session:
        await enqueue(
            session,
            platform=request.platform,
            target=f"dm:{request.user_id}",
            idempotency_key=f"wishlist:{request.token}",
            payload=payload,
            now=ctx.clock.now(),
        )
        await finish(session, request.id)
    log.info("wish list made", extra={"wishes": count, "platform": request.platform})


def json_body(text: str) -> str:
    """`text` as the inside of a JSON string: escaping goes character by character, so the
    parts' bodies joined are the whole file's."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


def _payload(request: WishlistRequest, count: int, bodies: tuple[str, str]) -> SerializedJSON:
    """The outbox payload (`Message.to_json` of the message with its two files), put
    together from the files' JSON bodies rather than serialised in one long step."""
    _ = translator(request.locale)
    if not count:  # every listed wish went between the request and now
        empty = Message(title=_("Wish list"), text=_("No wishes match."))
        return SerializedJSON(json.dumps(empty.to_json()))
    text = _.ngettext(
        "The wish list: {n} wish, most supported first.",
        "The wish list: {n} wishes, most supported first.",
        count,
    )
    head = json.dumps(Message(title=_("Wish list"), text=text).to_json(), ensure_ascii=False)
    files = ", ".join(
        f'{{"filename": {json.dumps(name)}, "url": null, '
        f'"content_type": {json.dumps(kind)}, "content": "{body}"}}'
        for (name, kind), body in zip(FILES, bodies, strict=True)
    )
    return SerializedJSON(f'{head[:-1]}, "attachments": [{files}]}}')


FILES = (("onskelista.csv", "text/csv"), ("onskelista.md", "text/markdown"))


# Every 30 s for a request whose process stopped, or whose wake found a run under way;
# /wishlist wakes it at once.
JOBS = (JobSpec(WISHLIST_JOB, 30, make_wishlists, first_after=0),)
