"""A round's standing as members should see it: a hidden wish counts for nothing, and a
duplicate merged during the round gives its points to the wish it was merged into."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy.ext.asyncio import AsyncSession

from storage.rounds import points_in, round_wishes, wishes_by_id


async def standing(session: AsyncSession, round_id: int) -> list[tuple[int, int, int]]:
    """(wish id, points, municipalities giving points) for every wish of the round still in
    it, highest first; ties go to the wish more municipalities back, then the older wish."""
    wishes = {w.id: w for w in await round_wishes(session, round_id)}
    targets = {w.merged_into_id for w in wishes.values() if w.merged_into_id}
    if targets - wishes.keys():
        wishes.update({w.id: w for w in await wishes_by_id(session, targets)})
    points: dict[int, int] = defaultdict(int)
    backers: dict[int, set[str]] = defaultdict(set)
    for placed in await points_in(session, round_id):
        wish = wishes.get(placed.wish_id)
        if wish is not None and wish.merged_into_id:
            wish = wishes.get(wish.merged_into_id)
        if wish is None or wish.hidden:
            continue
        points[wish.id] += placed.points
        backers[wish.id].add(placed.municipality)
    ranked = [
        (wish_id, points[wish_id], len(backers[wish_id]))
        for wish_id, wish in wishes.items()
        if not wish.hidden and not wish.merged_into_id
    ]
    return sorted(ranked, key=lambda r: (-r[1], -r[2], r[0]))
