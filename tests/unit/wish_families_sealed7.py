"""The seventh round's sealed set for similar wishes (issue #22): written blind after every
choice of that round was made.

Two AI helper sessions wrote it on the project's request on 2026-12-08, from the brief in
tools/sealed_set/brief.md, and without opening any file under /work (so nothing under tests/,
handlers/ or benchmarks/, nor the README): Bygg, BAB and Övrigt in
tests/unit/wish_families_sealed7_a.py, Miljö and Kart & mät in wish_families_sealed7_b.py.
It is searched as one list of wishes and used for no choice: not the judge's signs or weights,
not its threshold, not a vocabulary (benchmarks/similar_recall.py prints its figure;
tests/unit/test_wish_families.py guards it). One duplicate (less detail) of file b repeated
a line of wish_families_sealed3.py word for word ("Automatisk beräkning av djurenheter"); the
project reworded it ("Djurenheter beräknade automatiskt") before the set was read, seeing
nothing else of it.
"""

from __future__ import annotations

from tests.unit import wish_families_sealed7_a, wish_families_sealed7_b
from tests.unit.wish_families import Query, Wish

WISHES: list[Wish] = wish_families_sealed7_a.WISHES + wish_families_sealed7_b.WISHES
QUERIES: list[Query] = wish_families_sealed7_a.QUERIES + wish_families_sealed7_b.QUERIES
