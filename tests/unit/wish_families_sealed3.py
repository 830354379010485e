"""The third round's sealed set for similar wishes (issue #22), now a development set.

Two AI helper sessions wrote it on the project's request, from the brief the first two sealed
sets (tests/unit/wish_families_sealed.py, wish_families_sealed2.py) were written from, and
without opening any file under tests/, handlers/ or benchmarks/, or the README: Bygg, BAB and
Övrigt in tests/unit/wish_families_sealed3_a.py, Miljö and Kart & mät in
wish_families_sealed3_b.py. Neither saw the other sets, the vocabularies or the judge. It is
searched as one list of wishes. It was read once, for the third round's figure (README,
"Development wishes"), after every choice of that round was made; since then the judge is also
fitted on it, and the fourth round is measured on tests/unit/wish_families_sealed4.py.
"""

from __future__ import annotations

from tests.unit import wish_families_sealed3_a, wish_families_sealed3_b
from tests.unit.wish_families import Query, Wish

WISHES: list[Wish] = wish_families_sealed3_a.WISHES + wish_families_sealed3_b.WISHES
QUERIES: list[Query] = wish_families_sealed3_a.QUERIES + wish_families_sealed3_b.QUERIES
