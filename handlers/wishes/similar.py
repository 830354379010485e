"""The similar-wish index, kept in memory and refreshed when the wish table changes."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.similarity import DEFAULT_GLOSSARY, SimilarityIndex
from storage.wish_models import WishRow

MAX_SIMILAR = 3
LATE_COMMIT_SECONDS = 300


def wish_text(wish: WishRow) -> str:
    return f"{wish.title}\n{wish.description}"


class WishIndex:
    """Every listed wish (any status, imported ones too; not hidden, not merged)."""

    def __init__(self, glossary: Mapping[str, str] = DEFAULT_GLOSSARY) -> None:
        self.index = SimilarityIndex(glossary)
        self._since: datetime | None = None  # the newest change taken in

    async def refresh(self, session: AsyncSession) -> None:
        """Take in what changed since the last look (also changes by another process).

        It looks back `LATE_COMMIT_SECONDS` past the newest change seen: a change committed
        late may carry an earlier time than one already taken in. Taking a row in again is
        harmless (add replaces, remove forgets).
        """
        statement = select(WishRow)
        if self._since is not None:
            since = self._since - timedelta(seconds=LATE_COMMIT_SECONDS)
            statement = statement.where(WishRow.updated_at >= since)
        for wish in (await session.execute(statement)).scalars():
            if wish.hidden or wish.merged_into_id is not None:
                self.index.remove(wish.id)
            else:
                self.index.add(wish.id, wish_text(wish))
            if self._since is None or wish.updated_at > self._since:
                self._since = wish.updated_at

    async def similar(
        self,
        session: AsyncSession,
        text: str,
        *,
        exclude: Collection[int] = (),
        threshold: float | None = None,
    ) -> list[tuple[WishRow, float]]:
        await self.refresh(session)
        found = self.index.search(text, limit=MAX_SIMILAR, exclude=exclude, threshold=threshold)
        wishes = []
        for number, score in found:
            wish = await session.get(WishRow, number)
            if wish is not None:
                wishes.append((wish, score))
        return wishes
