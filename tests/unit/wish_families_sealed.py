"""The first round's sealed set for similar wishes (issue #22), now a development set.

Two AI helper sessions wrote it on the project's request, each from one brief and without
opening any file under tests/, handlers/ or benchmarks/, or the README: Bygg, BAB and Övrigt in
tests/unit/wish_families_sealed_a.py, Miljö and Kart & mät in wish_families_sealed_b.py. Neither
saw the other sets, the vocabularies, or the judge. It is searched as one list of wishes. It
was read once, for the first round's figure (README, "Development wishes"), after every choice
of that round was made; since then the judge is also fitted on it, and the second round is
measured on tests/unit/wish_families_sealed2.py.
"""

from __future__ import annotations

from tests.unit import wish_families_sealed_a, wish_families_sealed_b
from tests.unit.wish_families import Query, Wish

WISHES: list[Wish] = wish_families_sealed_a.WISHES + wish_families_sealed_b.WISHES
QUERIES: list[Query] = wish_families_sealed_a.QUERIES + wish_families_sealed_b.QUERIES
