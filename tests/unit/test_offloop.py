"""A worker thread's loop gives the GIL up every so often, and loses no item on the way."""

from __future__ import annotations

import pytest

from handlers import offloop


def test_every_item_comes_in_order_and_the_gil_is_given_up_every_so_often(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    slept: list[float] = []
    monkeypatch.setattr(offloop.time, "sleep", slept.append)
    assert list(offloop.yielding(range(120), every=50)) == list(range(120))
    assert slept == [0, 0]  # after the 50th and the 100th
