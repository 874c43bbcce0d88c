"""Map positions in a text widget (UTF-16 code units of what it displays) to code points of the stored text.

Qt counts UTF-16 code units, so an emoji outside the Basic Multilingual Plane takes two positions; it also
turns "\\r\\n" into one paragraph break and drops a leading byte-order mark. Spans are stored in code points
of the text exactly as the package holds it (Python `str` indices), so every position crosses this map.
"""

from __future__ import annotations

import unicodedata

_BREAKS = "\r\n\u2029\u2028"
_PARAGRAPH = "\u2029"


def utf16_length(text: str) -> int:
    """How many UTF-16 code units `text` takes (two for each astral character)."""
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


class TextOffsets:
    """Both directions between display positions (UTF-16 units) and stored code points, for one text."""

    def __init__(self, stored: str, displayed: str | None = None):
        """`displayed` is what the widget holds (paragraph breaks as U+2029); None means exactly `stored`."""
        self.stored = stored
        displayed = stored if displayed is None else displayed
        self._identity = displayed == stored and max(stored, default="\0") <= "\uffff"
        if self._identity:
            self._to_stored: list[int] = []
            self._to_display: list[int] = []
            return
        to_stored: list[int] = []
        to_display: list[int] = []
        i, n, unit = 0, len(stored), 0
        for shown in displayed:
            # Characters Qt dropped (a byte-order mark) come first; they sit at the current display position.
            while i < n and not _same(stored, i, shown):
                to_display.append(unit)
                i += 1
            if i >= n:
                raise ValueError("the displayed text is not the stored text")
            to_display.append(unit)
            to_stored.append(i)
            if stored.startswith("\r\n", i) and shown == _PARAGRAPH:
                to_display.append(unit)  # the \n of \r\n is inside the same break
                i += 1
            if ord(shown) > 0xFFFF:
                to_stored.append(i)  # between the surrogates: never a cursor position, map to the character
            i += 1
            unit += 2 if ord(shown) > 0xFFFF else 1
        to_display.extend([unit] * (n - i + 1))
        to_stored.append(n)
        self._to_stored, self._to_display = to_stored, to_display

    def to_code_point(self, position: int) -> int:
        """The stored-text index for a display position (0 ... display length)."""
        if self._identity:
            return max(0, min(position, len(self.stored)))
        return self._to_stored[max(0, min(position, len(self._to_stored) - 1))]

    def to_display(self, index: int) -> int:
        """The display position for a stored-text index (0 ... len(stored))."""
        if self._identity:
            return max(0, min(index, len(self.stored)))
        return self._to_display[max(0, min(index, len(self._to_display) - 1))]


def _same(stored: str, i: int, shown: str) -> bool:
    char = stored[i]
    return char == shown or (shown == _PARAGRAPH and char in _BREAKS)


def _joins_previous(text: str, index: int) -> bool:
    """Whether the character at `index` belongs to the cluster before it (a mark, a joiner, a modifier)."""
    char = text[index]
    code = ord(char)
    if unicodedata.category(char) in ("Mn", "Mc", "Me"):
        return True
    if char == "\u200d" or text[index - 1] == "\u200d":  # zero-width joiner sequences (👩‍💻)
        return True
    if 0xFE00 <= code <= 0xFE0F or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F:
        return True  # variation selectors, skin tones, tag characters of flag sequences
    if 0x1F1E6 <= code <= 0x1F1FF:  # regional indicators pair up into flags: odd ones join
        run = 0
        while index - run - 1 >= 0 and 0x1F1E6 <= ord(text[index - run - 1]) <= 0x1F1FF:
            run += 1
        return run % 2 == 1
    return text[index - 1] == "\r" and char == "\n"


def cluster_start(text: str, index: int) -> int:
    """`index` moved back to the start of the user-perceived character it falls in."""
    index = max(0, min(index, len(text)))
    while 0 < index < len(text) and _joins_previous(text, index):
        index -= 1
    return index


def cluster_end(text: str, index: int) -> int:
    """`index` moved forward past the marks and joiners that belong to the character before it."""
    index = max(0, min(index, len(text)))
    while 0 < index < len(text) and _joins_previous(text, index):
        index += 1
    return index

