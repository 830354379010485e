"""No channel gets more than 5 messages in any 5 seconds; other channels are not held back."""

from __future__ import annotations

from bot.platforms.pacing import ChannelPacer


class ManualTime:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    async def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


async def test_the_sixth_message_waits_until_the_window_frees() -> None:
    time = ManualTime()
    pacer = ChannelPacer(now=lambda: time.now, sleep=time.sleep)
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
    pacer = ChannelPacer(per_window=2, window_seconds=1.0, now=lambda: time.now, sleep=time.sleep)
    await pacer.wait(7)
    await pacer.wait(7)
    time.now += 1.0
    assert pacer.delay_for(7) == 0.0
