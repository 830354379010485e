"""The judge of what a member is shown before saving a wish (handlers/similar_judge.py): its
signs, its stored weights (fitted on the development sets only), and the same answer from the index
and from a one-off search."""

from __future__ import annotations

import math

import pytest

from handlers.similar_judge import (
    SIGNS,
    Judge,
    nearly,
    shown_before_saving,
    signs,
    signs_of_matches,
    standardised,
    stored_judge,
    title_of,
)
from handlers.similarity import SimilarityIndex
from handlers.similarity_once import OneSearch
from handlers.wishes.similar import MAX_SIMILAR
from tests.unit.similar_fit import chosen_threshold, development_examples, fit, margin, pooled
from tests.unit.similar_measure import index_of
from tests.unit.wish_families import QUERIES, WISHES


class _Around(dict[str, int]):
    """A neighbourhood of `size` wishes where each word is in as many as the dict says."""

    def __init__(self, size: int, frequencies: dict[str, int]) -> None:
        super().__init__(frequencies)
        self.size = size

    def __len__(self) -> int:
        return self.size

    def frequency(self, word: str) -> int:
        return self.get(word, 0)

    def words(self, number: int) -> frozenset[str]:
        return frozenset()


@pytest.fixture(scope="module")
def index() -> SimilarityIndex:
    return index_of(WISHES)


def test_a_title_is_the_first_line_or_else_the_first_sentence() -> None:
    assert title_of("Karta i e-tjänsten\nSökanden ska se. Och mer.") == "Karta i e-tjänsten"
    assert title_of("Karta i e-tjänsten. Sökanden ska se kartan.") == "Karta i e-tjänsten."
    assert title_of("  Bara en rad utan punkt  ") == "Bara en rad utan punkt"


def test_a_word_is_nearly_held_by_a_typo_or_a_compound_of_it() -> None:
    assert nearly("bygglov", {"bygglov"}) == 1.0
    assert nearly("bygglov", {"bygglovsansökan"}) >= 0.8  # a part of a compound
    assert nearly("bygglov", {"byglov"}) >= 0.5  # a typo
    assert nearly("bygglov", {"avlopp", "karta"}) < 0.5
    assert nearly("bygglov", set()) == 0.0


def test_signs_weigh_rare_words_and_count_words_no_wish_holds() -> None:
    around = _Around(100, {"ärende": 90, "bygglov": 30, "attefall": 2})
    match = {"ärende", "attefall"}
    found = signs(["ärende", "attefall", "slutsamråd"], 0.5, match, 0.6, 0.2, around)
    assert set(found) == set(SIGNS)
    assert found["score"] == 0.6 and found["lead"] == 0.2 and found["title"] == 0.5
    assert found["unheard"] == pytest.approx(1 / 3)  # "slutsamråd" is in no wish
    rarity = {w: math.log(101 / (f + 0.5)) / math.log(101 / 0.5) for w, f in around.items()}
    rarity["slutsamråd"] = 1.0
    held = rarity["ärende"] + rarity["attefall"]
    assert found["covered"] == pytest.approx(held / (held + 1.0))
    query = ["ärende", "attefall"]
    rare_held = signs(query, 0.0, {"attefall"}, 0.0, 0.0, around)["covered"]
    common_held = signs(query, 0.0, {"ärende"}, 0.0, 0.0, around)["covered"]
    assert rare_held > 0.9 > 0.1 > common_held  # the rare word held counts for far more
    assert found["lacking"] == pytest.approx(1.0 - found["covered"])
    assert found["rarest_lacking"] == pytest.approx(1.0)  # in no wish: as rare as can be
    assert found["length"] == pytest.approx(math.log1p(3))
    assert signs([], 0.0, match, 0.0, 0.0, around)["covered"] == 0.0  # nothing to divide


def test_the_stored_judge_is_what_the_development_sets_fit() -> None:
    """The weights in handlers/data/similar_judge.json were fitted on the development sets
    only (`benchmarks/similar_judge.py --write`), not set by hand."""
    stored = stored_judge()
    refitted = fit(pooled(development_examples()), stored.threshold)
    assert refitted.weights == pytest.approx(stored.weights, abs=1e-9)
    assert refitted.bias == pytest.approx(stored.bias, abs=1e-9)
    assert Judge.from_json(stored.as_json()) == stored


def test_a_judge_that_weighs_other_signs_is_refused() -> None:
    text = stored_judge().as_json().replace('"title"', '"colour"')
    with pytest.raises(ValueError, match="other signs"):
        Judge.from_json(text)


def test_a_judge_shows_by_its_threshold(index: SimilarityIndex) -> None:
    query = QUERIES[1]
    ranked = index.search(query.text, limit=MAX_SIMILAR, threshold=0.0)
    stored = stored_judge()
    every = Judge(stored.weights, stored.bias, stored.means, stored.scales, 0.0)
    none = Judge(stored.weights, stored.bias, stored.means, stored.scales, 1.01)
    assert shown_before_saving(query.text, ranked, index, every) == ranked
    assert shown_before_saving(query.text, ranked, index, none) == []
    assert shown_before_saving(query.text, [], index) == []


def test_a_one_off_search_is_judged_as_the_index_judges(index: SimilarityIndex) -> None:
    for query in QUERIES[::9]:
        once = OneSearch(query.text)
        for wish in WISHES:
            once.add_words(wish.number, index.words_of(wish.text))
        ranked = index.search(query.text, limit=MAX_SIMILAR, threshold=0.0)
        assert once.search(limit=MAX_SIMILAR, threshold=0.0) == ranked
        assert signs_of_matches(query.text, ranked, once) == signs_of_matches(
            query.text, ranked, index
        )


def test_the_threshold_is_the_one_at_which_all_sets_together_are_furthest_clear() -> None:
    # (recall, shown, duplicates, look-alikes): b finds few at 0.3, a shows many at 0.2
    validated = {
        0.2: {"a": (0.99, 0.35, 400, 100), "b": (0.95, 0.22, 400, 100)},
        0.3: {"a": (0.985, 0.20, 400, 100), "b": (0.90, 0.12, 400, 100)},
    }
    validated[0.2]["all"] = (0.97, 0.285, 800, 200)
    validated[0.3]["all"] = (0.9425, 0.16, 800, 200)
    assert chosen_threshold(validated) == 0.3  # the worst set alone (a at 0.2) would choose 0.2
    assert min(margin(*validated[0.2][s]) for s in "ab") > min(
        margin(*validated[0.3][s]) for s in "ab"
    )
    assert margin(0.95, 0.25, 400, 100) == 0.0
    assert margin(0.96, 0.10, 400, 100) == pytest.approx(0.01 / math.sqrt(0.95 * 0.05 / 400))


def test_a_sign_far_outside_the_fit_counts_only_as_far_as_five_deviations() -> None:
    """A lone match's lead, say: 100 standard deviations out weighs what 5 do, no more."""
    assert standardised(3.0, 1.0, 2.0) == 1.0
    assert standardised(101.0, 1.0, 1.0) == standardised(6.0, 1.0, 1.0) == 5.0
    assert standardised(-99.0, 1.0, 1.0) == -5.0
    judge = stored_judge()
    usual = dict(zip(SIGNS, judge.means, strict=True))
    far, farther = dict(usual), dict(usual)
    lead_scale = judge.scales[SIGNS.index("lead")]
    far["lead"] = usual["lead"] + 5 * lead_scale
    farther["lead"] = usual["lead"] + 100 * lead_scale
    assert judge.probability(farther) == judge.probability(far) > judge.probability(usual)
