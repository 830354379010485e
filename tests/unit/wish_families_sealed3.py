"""The sealed set of the third round for similar wishes (issue #22): written blind after every
choice of that round was made.

Two AI helper sessions wrote it on the project's request, from the brief the first two sealed
sets (tests/unit/wish_families_sealed.py, wish_families_sealed2.py) were written from, and
without opening any file under tests/, handlers/ or benchmarks/, or the README: Bygg, BAB and
Övrigt in
tests/unit/wish_families_sealed3_a.py, Miljö and Kart & mät in wish_families_sealed3_b.py.
Neither saw the other sets, the vocabularies or the judge. It is searched as one list of
wishes and used for no choice: not the judge's signs or weights, not its threshold, not a
vocabulary (benchmarks/similar_recall.py prints its figure; tests/unit/test_wish_families.py
guards it).
"""

from __future__ import annotations

from tests.unit import wish_families_sealed3_a, wish_families_sealed3_b
from tests.unit.wish_families import Query, Wish

WISHES: list[Wish] = wish_families_sealed3_a.WISHES + wish_families_sealed3_b.WISHES
QUERIES: list[Query] = wish_families_sealed3_a.QUERIES + wish_families_sealed3_b.QUERIES
