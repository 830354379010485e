"""The fourth round's sealed set for similar wishes (issue #22), now a development set.

Two AI helper sessions wrote it on the project's request on 2026-12-07, from the brief the
first three sealed sets were written from, and without opening any file under tests/,
handlers/ or benchmarks/, or the README: Bygg, BAB and Övrigt in
tests/unit/wish_families_sealed4_a.py, Miljö and Kart & mät in wish_families_sealed4_b.py.
It is searched as one list of wishes. It was read once, for the fourth round's figure (README,
"Development wishes"), after every choice of that round was made; since then the judge is also
fitted on it, and the fifth round is measured on tests/unit/wish_families_sealed5.py. One
query of theirs ("Flytta alla ärenden från en handläggare till en annan på en gång") was word
for word a query of an older set and was taken out, unmeasured.
"""

from __future__ import annotations

from tests.unit import wish_families_sealed4_a, wish_families_sealed4_b
from tests.unit.wish_families import Query, Wish

WISHES: list[Wish] = wish_families_sealed4_a.WISHES + wish_families_sealed4_b.WISHES
QUERIES: list[Query] = wish_families_sealed4_a.QUERIES + wish_families_sealed4_b.QUERIES
