"""Word diffs and edit distances between two texts: what a rewrite changed, and how two responses differ."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

# A word, or a run of spaces, or one other character: the diff keeps punctuation and spacing exact.
# Chinese and Japanese write no spaces: each ideograph or kana is a word of its own, so an edit there
# replaces the characters changed, not the whole sentence.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|(?:(?![{_CJK}])\w)+|\s+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Hunk:
    """One stretch of a diff: 'equal', 'delete', 'insert' or 'replace', with its text and code point ranges."""

    op: str
    before: str
    after: str
    before_start: int
    before_end: int
    after_start: int
    after_end: int


def tokens(text: str) -> list[str]:
    """The words, spaces and punctuation marks of `text`; joined back they are `text` exactly."""
    return _TOKEN.findall(text)


def words(text: str) -> list[str]:
    """The words and punctuation marks of `text`, spaces left out (what word edit distance counts)."""
    return [token for token in tokens(text) if not token.isspace()]


def word_diff(before: str, after: str) -> list[Hunk]:
    """The diff of two texts by words, as hunks covering both texts from start to end."""
    a, b = tokens(before), tokens(after)
    starts_a, starts_b = _starts(a), _starts(b)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    hunks = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        hunks.append(
            Hunk(op, "".join(a[i1:i2]), "".join(b[j1:j2]), starts_a[i1], starts_a[i2], starts_b[j1], starts_b[j2])
        )
    return hunks


def changes(before: str, after: str) -> list[Hunk]:
    """The hunks of the diff that change something (everything but 'equal')."""
    return [hunk for hunk in word_diff(before, after) if hunk.op != "equal"]


def _starts(parts: list[str]) -> list[int]:
    offsets = [0]
    for part in parts:
        offsets.append(offsets[-1] + len(part))
    return offsets


def levenshtein(a: list[str] | str, b: list[str] | str) -> int:
    """The fewest insertions, deletions and substitutions that turn `a` into `b` (characters or words)."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, left in enumerate(a, start=1):
        current = [i]
        for j, right in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (left != right)))
        previous = current
    return previous[-1]


def word_distance(before: str, after: str) -> int:
    """Word edit distance (spaces not counted, punctuation marks counted as words)."""
    return levenshtein(words(before), words(after))


def char_distance(before: str, after: str) -> int:
    """Character edit distance, in code points."""
    if before == after:
        return 0
    # Only the changed middle needs the quadratic part: long texts with a small edit stay fast.
    prefix = 0
    while prefix < min(len(before), len(after)) and before[prefix] == after[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(before), len(after)) - prefix and before[-1 - suffix] == after[-1 - suffix]:
        suffix += 1
    return levenshtein(before[prefix : len(before) - suffix], after[prefix : len(after) - suffix])
