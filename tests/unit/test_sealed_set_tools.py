"""tools/sealed_set/validate.py stands in for tests/unit/wish_families.py where the writers of
a sealed set work (outside the repository, which they must not open): it must say the same."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from tests.unit import wish_families

ROOT = Path(__file__).resolve().parents[2]


def _validator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("validate", ROOT / "tools/sealed_set/validate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_stand_in_says_what_the_sets_module_says() -> None:
    validate = _validator()
    assert set(wish_families.MODULES) == validate.MODULES
    assert set(wish_families.KINDS) == validate.KINDS
    assert validate.Wish._fields == wish_families.Wish._fields
    assert validate.Query._fields == wish_families.Query._fields


def test_a_written_set_passes_and_a_broken_one_is_told_why() -> None:
    validate = _validator()
    wishes, queries = validate._loaded(str(ROOT / "tests/unit/wish_families_sealed6_b.py"))
    assert validate.problems(wishes, queries, range(9000, 10_000)) == []
    broken = [*queries, validate.Query("Ny text", 1, "synonyms")]
    found = validate.problems(wishes[1:], broken, range(9600, 9660))
    assert "9800 is outside 9600-9659" in found and "no stored wish 1" in found
    assert "100 stored wishes are asked for" in found
