"""The rate limits of the fake Matrix homeserver (on by default), modelled on Synapse's.

Synapse (its configuration manual, "Ratelimiting"; synapse/api/ratelimiting.py):
- `rc_message`: every event a user sends (`PUT /send`, `PUT /redact`; `POST /createRoom`
  counts once too) is counted per user, 0.2 a second sustained with a burst of 10. So ten
  posts pass at once, and then one every five seconds;
- `rc_login.account`: logins into one account, 0.003 a second with a burst of 5 (the address
  limit is not modelled: every test logs in from 127.0.0.1);
- past either: HTTP 429 `{"errcode": "M_LIMIT_EXCEEDED", "error": "Too Many Requests",
  "retry_after_ms": N}` and, since 2024 (MSC4041), a `Retry-After` header with the seconds
  rounded up;
- the count is a leaky bucket (Synapse's `Ratelimiter`): `action_count` leaks at `rate` a
  second from `time_start`; a request passes when what is left plus one fits in the burst,
  and `retry_after_ms` is when it would;
- a request is checked before it is handled and counted only when it succeeds (Synapse checks
  with `update=False` first), so a 403 or a 404 costs nothing; a repeated transaction id is
  answered from the transaction cache before any of this and costs nothing either;
- admins may exempt a user (Synapse's `override_ratelimit` admin API): `exempt`.

Memberships (`rc_joins`, `rc_invites`), media and federation limits are not modelled.

Everything counts on a `clock` (seconds): `time.monotonic` by default, or a test's
`SteppedClock.now`, so a five-second wait passes at once.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

from tests.fakes.rate_limits import Clock

MESSAGES = "message"
LOGINS = "login"


@dataclass
class LeakyBucket:
    """Synapse's `Ratelimiter` for one key."""

    rate: float  # actions a second that leak away
    burst: float
    action_count: float = 0.0
    time_start: float = 0.0

    def retry_after(self, now: float) -> float | None:
        """None when one more action fits now, else the seconds until it would."""
        performed = self.action_count - (now - self.time_start) * self.rate
        if performed < 0:
            return None
        if performed > self.burst - 1:
            allowed_at = self.time_start + (self.action_count - self.burst + 1) / self.rate
            return max(0.0, allowed_at - now)
        return None

    def count(self, now: float) -> None:
        performed = self.action_count - (now - self.time_start) * self.rate
        if performed < 0:
            self.action_count, self.time_start = 0.0, now
        self.action_count += 1


@dataclass
class MatrixLimits:
    """Synapse's per-user message limit and per-account login limit (see the module)."""

    message_per_second: float = 0.2
    message_burst: int = 10
    login_per_second: float = 0.003
    login_burst: int = 5
    clock: Clock = time.monotonic
    exempt: set[str] = field(default_factory=set)  # user ids Synapse's admins exempted
    served_429: int = 0  # every 429 the fake answered for these limits
    passed: int = 0  # requests the message bucket counted
    _buckets: dict[tuple[str, str], LeakyBucket] = field(default_factory=dict)

    def check(self, kind: str, user_id: str) -> int | None:
        """Before handling: None when `user_id` may do one more `kind` now, else Synapse's
        `retry_after_ms` (the 429 is counted here)."""
        if user_id in self.exempt:
            return None
        wait = self._bucket(kind, user_id).retry_after(self.clock())
        if wait is None:
            return None
        self.served_429 += 1
        return int(1000 * wait)

    def count(self, kind: str, user_id: str) -> None:
        """After a request succeeded: it counts against the bucket."""
        if user_id in self.exempt:
            return
        self._bucket(kind, user_id).count(self.clock())
        if kind == MESSAGES:
            self.passed += 1

    def _bucket(self, kind: str, user_id: str) -> LeakyBucket:
        key = (kind, user_id)
        if key not in self._buckets:
            if kind == MESSAGES:
                rate, burst = self.message_per_second, self.message_burst
            else:
                rate, burst = self.login_per_second, self.login_burst
            self._buckets[key] = LeakyBucket(rate, burst)
        return self._buckets[key]


def retry_after_header(retry_after_ms: int) -> dict[str, str]:
    """Synapse's `Retry-After` (MSC4041): whole seconds, rounded up."""
    return {"Retry-After": str(max(1, math.ceil(retry_after_ms / 1000)))}
