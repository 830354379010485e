"""The similar-wish index, kept in memory and refreshed when the wish table changes."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.similarity import DEFAULT_GLOSSARY, SimilarityIndex
from storage.wish_models import WishRow

MAX_SIMILAR = 3


def wish_text(wish: WishRow) -> str:
    return f"{wish.title}\n{wish.description}"


class WishIndex:
    """Every listed wish (any status, imported ones too; not hidden, not merged)."""

    def __init__(self, glossary: Mapping[str, str] = DEFAULT_GLOSSARY) -> None:
        self.index = SimilarityIndex(glossary)
        self._marker: tuple[int, datetime | None] | None = None

    async def refresh(self, session: AsyncSession) -> None:
        """Take in what changed since the last look (also changes by another process)."""
        count, latest = (
            await session.execute(select(func.count(WishRow.id), func.max(WishRow.updated_at)))
        ).one()
        marker = (int(count), latest)
        if marker == self._marker:
            return
        statement = select(WishRow)
        if self._marker is not None and self._marker[1] is not None:
            statement = statement.where(WishRow.updated_at >= self._marker[1])
        for wish in (await session.execute(statement)).scalars():
            if wish.hidden or wish.merged_into_id is not None:
                self.index.remove(wish.id)
            else:
                self.index.add(wish.id, wish_text(wish))
        self._marker = marker

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
