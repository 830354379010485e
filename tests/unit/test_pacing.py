"""No key gets more than `per_window` requests in any `window` seconds, counted from when each
was let go until a window after it finished; other keys are not held back; announced
buckets and 429s are followed. A token pacer keeps a bucket's rate over a long run."""

from __future__ import annotations

import asyncio

import pytest

from bot.platforms.pacing import Pacer, TokenPacer


class ManualTime:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    async def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


def pacer_on(time: ManualTime, per_window: int = 5, window: float = 5.0) -> Pacer:
    return Pacer(per_window, window, now=lambda: time.now, sleep=time.sleep)


async def test_the_sixth_message_waits_until_the_window_frees() -> None:
    time = ManualTime()
    pacer = pacer_on(time)
    for _ in range(5):
        await pacer.wait(1)
        time.now += 0.5
    assert time.slept == []
    await pacer.wait(1)
    assert time.slept == [2.5]  # the first of five left at 100.0; now is 102.5
    await pacer.wait(2)
    assert time.slept == [2.5]


async def test_window_slides() -> None:
    time = ManualTime()
    pacer = pacer_on(time, per_window=2, window=1.0)
    await pacer.wait(7)
    await pacer.wait(7)
    time.now += 1.0
    assert pacer.delay_for(7) == 0.0


async def test_a_request_counts_until_a_window_after_it_finished() -> None:
    """However late the platform saw it (held up after the pacer let it go), it is counted."""
    time = ManualTime()
    pacer = pacer_on(time, per_window=1, window=1.0)
    async with pacer.slot("c"):
        assert pacer.delay_for("c") is None  # full, and only its end tells when it frees
        time.now += 0.4  # the request was held up, or the answer was slow
    assert pacer.delay_for("c") == pytest.approx(1.0)
    assert pacer.delay_for("other") == 0.0


async def test_a_waiter_goes_once_a_request_in_flight_finishes_and_its_window_passes() -> None:
    time = ManualTime()
    pacer = pacer_on(time, per_window=1, window=1.0)
    first = await pacer.acquire("c")
    waiting = asyncio.create_task(pacer.acquire("c"))
    await asyncio.sleep(0)
    assert not waiting.done() and time.slept == []
    time.now += 0.25
    pacer.finish(first)
    await waiting
    assert time.slept == [1.0] and time.now == 101.25


async def test_an_announced_reset_frees_the_bucket_at_the_reset() -> None:
    """A fixed window that opened before the first post resets sooner than a window after it:
    the answer's headers say when, and the requests it counted stop counting then."""
    time = ManualTime()
    pacer = pacer_on(time)
    for remaining in (4, 3, 2, 1, 0):
        async with pacer.slot("c"):
            pacer.observe("c", remaining=remaining, reset_after=3.0 - (time.now - 100.0))
        time.now += 0.1
    assert pacer.delay_for("c") == pytest.approx(2.5)  # at 103.0, not at 105.0
    time.now = 103.0
    assert pacer.delay_for("c") == 0.0


async def test_an_exhausted_bucket_holds_its_key_until_the_reset() -> None:
    """The platform knows better: a bucket it says is empty waits, whatever the pacer counted."""
    time = ManualTime()
    pacer = pacer_on(time)
    async with pacer.slot("c"):
        pacer.observe("c", remaining=0, reset_after=4.0)
    assert pacer.delay_for("c") == 4.0


async def test_a_429_holds_its_key_for_the_retry_after() -> None:
    time = ManualTime()
    pacer = pacer_on(time, per_window=45, window=1.0)
    pacer.hold("global", 2.0)
    await pacer.wait("global")
    assert time.slept == [2.0]


async def test_a_token_pacer_lets_a_burst_go_then_one_a_second_without_falling_behind() -> None:
    """Slack's 2 at once, then one a second: each post taking 0.1 s shifts the run once, not
    once per post or per window."""
    time = ManualTime()
    pacer = TokenPacer(2, 2.0, now=lambda: time.now, sleep=time.sleep)
    started = []
    for _ in range(6):
        async with pacer.slot("c"):
            started.append(time.now - 100.0)
            time.now += 0.1
    assert started == pytest.approx([0.0, 0.1, 1.1, 2.1, 3.1, 4.1])


async def test_a_token_pacer_lets_a_burst_go_together_and_holds_the_next() -> None:
    time = ManualTime()
    pacer = TokenPacer(2, 2.0, now=lambda: time.now, sleep=time.sleep)
    first, second = await pacer.acquire("c"), await pacer.acquire("c")
    assert pacer.delay_for("c") is None  # the bucket's two are out; the rest waits for them
    assert pacer.delay_for("other") == 0.0
    pacer.finish(first)
    pacer.finish(second)
    assert pacer.delay_for("c") == pytest.approx(1.0)
