"""Retries with exponential back-off and full jitter, for transient target failures only."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from annotator.core.sync.target import TransientError

T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to try again: `attempts` in all, waits growing from `base` to `cap` seconds."""

    attempts: int = 6
    base: float = 0.25
    cap: float = 8.0

    def delay(self, retry: int, draw: Callable[[], float] = random.random) -> float:
        """The wait before retry number `retry` (1 for the first): uniform in [0, min(cap, base * 2**(retry-1))].

        Full jitter: many annotators whose sync failed at the same moment (a server restart) do not
        all come back at the same moment.
        """
        return draw() * min(self.cap, self.base * 2 ** (retry - 1))


DEFAULT_POLICY = RetryPolicy()


def with_retries(
    action: Callable[[], T],
    *,
    policy: RetryPolicy = DEFAULT_POLICY,
    sleep: Callable[[float], None] = time.sleep,
    draw: Callable[[], float] = random.random,
    on_retry: Callable[[int, TransientError], None] | None = None,
) -> T:
    """Run `action`; on a TransientError wait and run it again, up to `policy.attempts` times in all.

    Only transient failures are retried: a wrong password or a missing bucket fails at once. Every
    target method is safe to repeat (put-if-absent answers False for an object an earlier try made).
    """
    retry = 0
    while True:
        try:
            return action()
        except TransientError as exc:
            retry += 1
            if retry >= policy.attempts:
                raise
            if on_retry is not None:
                on_retry(retry, exc)
            sleep(policy.delay(retry, draw))
