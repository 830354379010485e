"""The rank kept on each wish (migration 0015's triggers) is what `support_of` counts, whatever
changed it (a support, a merge, a person verified, revoked, merged or erased), on SQLite and
PostgreSQL; and the list ranked and paged in the database is the list sorted by those counts."""

from __future__ import annotations

import asyncio
import random
from datetime import timedelta

from sqlalchemy import select, update

from handlers.clock import FakeClock
from handlers.context import Context
from storage.erase import erase, subject_of
from storage.members import upsert_member
from storage.people import get_person, merge_people, record_affiliation
from storage.people_models import BY_APPROVAL
from storage.wish_list import Listing, count_listed, ranked_wishes
from storage.wish_models import WishRow
from storage.wishes import add_support, create_wish, remove_support, support_of

PLACES = ["Ale", "Mora", "Huddinge", "Skövde"]


Counts = dict[int, tuple[int, int]]


async def kept_and_counted(ctx: Context) -> tuple[Counts, Counts]:
    """(members, municipalities) as kept on each original wish, and as counted."""
    async with ctx.db.transaction() as session:
        kept = {
            number: (members, places)
            for number, members, places in await session.execute(
                select(WishRow.id, WishRow.support_members, WishRow.support_municipalities).where(
                    WishRow.merged_into_id.is_(None)
                )
            )
        }
        counted = await support_of(session, list(kept))
    return kept, {n: (s.members, len(s.municipalities)) for n, s in counted.items()}


async def expected_order(ctx: Context) -> list[int]:
    """The list as the handlers sorted it before the database did: by the counts."""
    async with ctx.db.transaction() as session:
        listed = (
            await session.execute(
                select(WishRow.id, WishRow.created_at).where(
                    WishRow.hidden.is_(False), WishRow.merged_into_id.is_(None)
                )
            )
        ).all()
        support = await support_of(session, [number for number, _ in listed])
    return [
        number
        for number, _ in sorted(
            listed,
            key=lambda w: (-len(support[w[0]].municipalities), -support[w[0]].members, w[1], w[0]),
        )
    ]


async def people(ctx: Context, many: int) -> list[int]:
    numbers = []
    async with ctx.db.transaction() as session:
        for n in range(many):
            account = await upsert_member(
                session,
                platform="console",
                user_id=f"p{n}",
                display_name=f"P{n}",
                now=ctx.clock.now(),
            )
            numbers.append(account.person_id)
    return numbers


async def test_the_kept_counts_follow_every_change(ctx: Context) -> None:
    rng = random.Random(17)
    clock = ctx.clock
    assert isinstance(clock, FakeClock)
    persons = await people(ctx, 14)
    async with ctx.db.transaction() as session:
        for n in range(9):
            clock.advance(60)
            await create_wish(
                session, title=f"Önskemål {n}", description="", module="Bygg",
                municipality=None, submitted_by_id=None, now=clock.now(),
            )  # fmt: skip
    wishes = list(range(1, 10))
    for step in range(160):
        action = rng.choice(
            ["support", "support", "support", "unsupport", "merge", "unmerge", "verify",
             "verify", "revoke", "empty", "merge-people", "erase", "hide"]
        )  # fmt: skip
        async with ctx.db.transaction() as session:
            if action == "support":
                await add_support(
                    session,
                    wish_id=rng.choice(wishes),
                    person_id=rng.choice(persons),
                    now=clock.now(),
                )
            elif action == "unsupport":
                await remove_support(
                    session, wish_id=rng.choice(wishes), person_id=rng.choice(persons)
                )
            elif action in ("merge", "unmerge", "hide"):
                wish = await session.get(WishRow, rng.choice(wishes))
                assert wish is not None
                if action == "hide":
                    wish.hidden = not wish.hidden
                elif action == "unmerge":
                    wish.merged_into_id = None
                else:
                    into = await session.get(WishRow, rng.choice(wishes))
                    assert into is not None
                    has_duplicates = await session.scalar(
                        select(WishRow.id).where(WishRow.merged_into_id == wish.id).limit(1)
                    )
                    if into.id != wish.id and into.merged_into_id is None and not has_duplicates:
                        wish.merged_into_id = into.id
            elif action in ("verify", "revoke", "empty"):
                person = await get_person(session, rng.choice(persons))
                place = {"verify": rng.choice(PLACES), "revoke": None, "empty": ""}[action]
                await record_affiliation(
                    session, person, municipality=place, how=BY_APPROVAL, by_id=None,
                    now=clock.now(),
                )  # fmt: skip
            elif action == "merge-people" and len(persons) > 6:
                keep, gone = rng.sample(persons, 2)
                await merge_people(
                    session,
                    keep=await get_person(session, keep),
                    gone=await get_person(session, gone),
                    now=clock.now(),
                )
                persons.remove(gone)
            elif action == "erase" and len(persons) > 6:
                gone = rng.choice(persons)
                subject = await subject_of(session, await get_person(session, gone))
                await erase(session, subject, addressed=[], placeholder="–", now=clock.now())
                persons.remove(gone)
        if step % 10 == 9:
            kept, counted = await kept_and_counted(ctx)
            assert kept == counted, (step, action)
            async with ctx.db.transaction() as session:
                ranked = [w.id for w in await ranked_wishes(session, Listing())]
            assert ranked == await expected_order(ctx), (step, action)
    kept, counted = await kept_and_counted(ctx)
    assert any(members for members, _places in kept.values())


async def test_supports_and_verifications_at_once_are_all_counted(ctx: Context) -> None:
    """On PostgreSQL every transaction here runs beside the others: the counts come out
    right only if the recounts queue behind each other (and never deadlock)."""
    persons = await people(ctx, 40)
    async with ctx.db.transaction() as session:
        for n in range(3):
            await create_wish(
                session, title=f"Önskemål {n}", description="", module="Bygg",
                municipality=None, submitted_by_id=None, now=ctx.clock.now(),
            )  # fmt: skip

    async def support(person: int, wish: int) -> None:
        async with ctx.db.transaction() as session:
            await add_support(session, wish_id=wish, person_id=person, now=ctx.clock.now())

    async def verify(person: int, place: str) -> None:
        async with ctx.db.transaction() as session:
            found = await get_person(session, person, lock=True)
            await record_affiliation(
                session, found, municipality=place, how=BY_APPROVAL, by_id=None,
                now=ctx.clock.now(),
            )  # fmt: skip

    work = [support(p, 1 + n % 3) for n, p in enumerate(persons)]
    work += [support(p, 1 + (n + 1) % 3) for n, p in enumerate(persons)]
    work += [verify(p, PLACES[n % 4]) for n, p in enumerate(persons)]
    random.Random(3).shuffle(work)
    await asyncio.gather(*work)
    kept, counted = await kept_and_counted(ctx)
    assert kept == counted
    assert sum(places for _members, places in kept.values()) == 12


async def test_pages_are_the_sorted_list_cut_in_tens(ctx: Context) -> None:
    persons = await people(ctx, 6)
    async with ctx.db.transaction() as session:
        for place, person in zip(PLACES + PLACES, persons, strict=False):
            found = await get_person(session, person)
            await record_affiliation(
                session, found, municipality=place, how=BY_APPROVAL, by_id=None,
                now=ctx.clock.now(),
            )  # fmt: skip
        start = ctx.clock.now()
        for n in range(35):  # some share a time: then the number decides
            await create_wish(
                session, title=f"Önskemål {n}", description="", module=["Bygg", "Miljö"][n % 2],
                municipality=None, submitted_by_id=None, now=start - timedelta(minutes=n // 3),
            )  # fmt: skip
        rng = random.Random(5)
        for _ in range(60):
            await add_support(
                session,
                wish_id=rng.randint(1, 35),
                person_id=rng.choice(persons),
                now=ctx.clock.now(),
            )
        await session.execute(update(WishRow).where(WishRow.id == 7).values(hidden=True))
    order = await expected_order(ctx)
    async with ctx.db.transaction() as session:
        assert await count_listed(session, Listing()) == 34
        pages = [
            [w.id for w in await ranked_wishes(session, Listing(), offset=start, limit=10)]
            for start in range(0, 40, 10)
        ]
        assert [n for page in pages for n in page] == order
        bygg = [w.id for w in await ranked_wishes(session, Listing(module="Bygg"))]
        assert bygg == [n for n in order if n % 2 == 1]
        some = [w.id for w in await ranked_wishes(session, Listing(among={3, 5, 8, 7, 99}))]
        assert some == [n for n in order if n in {3, 5, 8}]
        assert await ranked_wishes(session, Listing(among=set())) == []
