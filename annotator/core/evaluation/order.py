"""The left-to-right order responses are shown in: shuffled per annotator and item, stable, and recorded.

Position bias is real (people pick the left answer more often), so each annotator sees each item's
responses in an order of their own; the seed is a hash of who and what, so reopening the item, on any
machine, shows the same order, and the annotation stores the order that was shown.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence


def shown_order(annotator: str, item_id: str, response_ids: Sequence[str], *, randomize: bool = True) -> list[str]:
    """The response ids in the order this annotator sees them (package order when `randomize` is off)."""
    ids = list(response_ids)
    if not randomize:
        return ids
    digest = hashlib.blake2b(f"{annotator}\x1f{item_id}".encode(), digest_size=8).digest()
    random.Random(int.from_bytes(digest, "big")).shuffle(ids)
    return ids


def side_letter(position: int) -> str:
    """The letter of a shown position: A for the first (left), B, C, ..."""
    return chr(ord("A") + position)
