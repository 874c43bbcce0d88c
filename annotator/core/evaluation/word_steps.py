"""Where a keyboard caret stops in one sentence: words, punctuation marks, and single characters of scripts without spaces.

A step is a user-perceived character or a run of them, never a part of one: a combining accent, a skin
tone or a zero-width-joiner family stays with its base (`annotator.core.text_offsets`). The stops are

- a word: letters, digits and marks of any script (Latin, Cyrillic, Greek, Arabic, Hebrew, Hangul, ...),
  with an apostrophe between letters ("don't", "l'uomo") and a dot or comma between digits ("1,000.5")
  kept inside it, and a zero-width non-joiner inside a Persian word;
- each CJK ideograph and each kana (Chinese and Japanese put no spaces between words, and a guess at
  word boundaries would be wrong as often as right), and each character of Thai, Lao, Khmer and Myanmar;
- each punctuation mark, symbol or emoji on its own.

Spaces are never a stop's content. All positions are code points of the sentence (Python str indices).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from annotator.core.text_offsets import cluster_end, cluster_start

Span = tuple[int, int]

# Scripts written without spaces between words: every character is a step of its own.
_ONE_PER_CHARACTER = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x2E80, 0x2FDF),  # CJK radicals
    (0x3005, 0x3007),  # 々 〆 〇
    (0x3040, 0x30FF),  # Hiragana, Katakana (with ー)
    (0x31F0, 0x31FF),  # Katakana phonetic extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # half-width Katakana
    (0x20000, 0x3FFFF),  # CJK extensions B and beyond
)
_APOSTROPHES = "'\u2019"
_DIGIT_SEPARATORS = ".,"
_ZWNJ = "\u200c"


def _one_per_character(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _ONE_PER_CHARACTER)


def _kind(char: str) -> str:
    """'space', 'single' (a step of its own) or 'word' (joins its neighbours) for a cluster's base character."""
    if char.isspace():
        return "space"
    if _one_per_character(char):
        return "single"
    if char.isalnum() or char == "_" or unicodedata.category(char).startswith("M"):
        return "word"
    return "single"


def clusters(text: str) -> list[Span]:
    """The user-perceived characters of `text`, as code point ranges from start to end."""
    spans, i, n = [], 0, len(text)
    while i < n:
        j = max(cluster_end(text, i + 1), i + 1)
        spans.append((i, j))
        i = j
    return spans


@lru_cache(maxsize=256)
def word_spans(text: str) -> tuple[Span, ...]:
    """The stops of `text` in order: (start, end) of each word, ideograph, punctuation mark or emoji."""
    parts = clusters(text)
    kinds = [_kind(text[start]) for start, _end in parts]
    spans: list[Span] = []
    index = 0
    while index < len(parts):
        start, end = parts[index]
        kind = kinds[index]
        index += 1
        if kind == "space":
            continue
        if kind == "word":
            while index < len(parts):
                if kinds[index] == "word":
                    end = parts[index][1]
                    index += 1
                elif _joins_word(text, parts, kinds, index):
                    end = parts[index + 1][1]
                    index += 2
                else:
                    break
        spans.append((start, end))
    return tuple(spans)


def _joins_word(text: str, parts: list[Span], kinds: list[str], index: int) -> bool:
    """Whether the single character at `index` sits inside a word: don't, 1,000.5, a Persian ZWNJ."""
    if index + 1 >= len(parts) or kinds[index + 1] != "word":
        return False
    char = text[parts[index][0]]
    if char in _APOSTROPHES or char == _ZWNJ:
        return text[parts[index - 1][0]].isalpha() and text[parts[index + 1][0]].isalpha()
    if char in _DIGIT_SEPARATORS:
        return text[parts[index - 1][0]].isdigit() and text[parts[index + 1][0]].isdigit()
    return False


def word_at(text: str, position: int) -> Span | None:
    """The stop the caret at `position` is on: the one it is in, else the next one, else the last (None if none)."""
    spans = word_spans(text)
    for start, end in spans:
        if position < end:
            return (start, end)
    return spans[-1] if spans else None


def next_word_start(text: str, position: int) -> int:
    """Where the next stop after `position` begins (the end of the text after the last)."""
    return next((start for start, _end in word_spans(text) if start > position), len(text))


def previous_word_start(text: str, position: int) -> int:
    """Where the stop before `position` begins (0 before the first)."""
    return max((start for start, _end in word_spans(text) if start < position), default=0)


def next_word_end(text: str, position: int) -> int:
    """Where the first stop ending after `position` ends (the end of the text after the last)."""
    return next((end for _start, end in word_spans(text) if end > position), len(text))


def previous_word_end(text: str, position: int) -> int:
    """Where the last stop ending before `position` ends (0 before the first)."""
    return max((end for _start, end in word_spans(text) if end < position), default=0)


def next_character(text: str, position: int) -> int:
    """The boundary after the user-perceived character at `position`."""
    return len(text) if position >= len(text) else max(cluster_end(text, position + 1), position + 1)


def previous_character(text: str, position: int) -> int:
    """The boundary before the user-perceived character that ends at `position`."""
    return 0 if position <= 0 else cluster_start(text, position - 1)


def extend(text: str, anchor: int, position: int, *, forward: bool, by_word: bool = True) -> int:
    """Where a selection's moving end goes on one Shift step, by word (or by character) forward or back.

    Growing, a word step takes the next whole word (forward to its end, backward to its start);
    shrinking, it gives back a whole word and never crosses the anchor, so Shift+Right then Shift+Left
    returns to where the selection began.
    """
    if not by_word:
        return next_character(text, position) if forward else previous_character(text, position)
    if forward:
        if position < anchor:
            return min(anchor, next_word_start(text, position))
        return next_word_end(text, position)
    if position > anchor:
        return max(anchor, previous_word_end(text, position))
    return previous_word_start(text, position)
