"""The fifth round's sealed set for similar wishes (issue #22), now a development set.

Two AI helper sessions wrote it on the project's request on 2026-12-08, from the brief the
earlier sealed sets were written from, and without opening any file under /work (so nothing
under tests/, handlers/ or benchmarks/, nor the README): Bygg, BAB and Övrigt in
tests/unit/wish_families_sealed5_a.py, Miljö and Kart & mät in wish_families_sealed5_b.py.
It is searched as one list of wishes. It was read once, for the fifth round's figure (README,
"Development wishes"), after every choice of that round was made; since then the judge is also
fitted on it, and the sixth round is measured on tests/unit/wish_families_sealed6.py.
"""

from __future__ import annotations

from tests.unit import wish_families_sealed5_a, wish_families_sealed5_b
from tests.unit.wish_families import Query, Wish

WISHES: list[Wish] = wish_families_sealed5_a.WISHES + wish_families_sealed5_b.WISHES
QUERIES: list[Query] = wish_families_sealed5_a.QUERIES + wish_families_sealed5_b.QUERIES
