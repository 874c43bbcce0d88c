"""A rewrite item's pure operations: the stored annotation of a rewritten response, its edits' categories, reset.

The annotation (schema `annotation-rewrite-v1`) is
`{"text", "edits": [{"before", "after", "before_start", "after_start", "category"}], "word_distance",
"char_distance", "unchanged_confirmed", "source": "user"}`: `edits` are the changed hunks of the word diff
from the response to `text` (offsets in code points of each text), widened so no edit splits an emoji or a
letter from its accent. Every operation returns a new dict and leaves its input alone.
"""

from __future__ import annotations

import copy
import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz.distance import Indel, Levenshtein

from annotator.core.evaluation import word_diff as wd
from annotator.core.evaluation.configs import RewriteConfig
from annotator.core.text_offsets import cluster_end, cluster_start

# Up to this many characters (both texts) the diff is word_diff's own; difflib's matcher is quadratic in
# repeated tokens (spaces, "the"), so beyond it only the changed window is diffed, and a window of more
# tokens than EXACT_TOKENS is aligned by an exact LCS in C++ instead (40 ms for 50,000 characters, where
# difflib takes 15 s). The same words change; a space beside an insertion may sit on its other side.
EXACT_CHARS = 1_500
EXACT_TOKENS = 600

_WORD = re.compile(r"\w")


class RewriteError(ValueError):
    """An operation a rewrite annotation cannot take (no such edit, a category the package does not list)."""


@dataclass(frozen=True)
class Missing:
    """One thing that keeps a rewrite from being submitted; the editor puts it in words."""

    what: str  # "unconfirmed", "empty", "untagged" (the package asks every edit for a category) or "foreign_category"
    edits: tuple[int, ...] = ()  # the edits concerned, numbered from 1
    category: str = ""  # foreign_category: the category the edit has


# The response is left as it is and not confirmed as needing no change: the editor asks, rather than refusing.
UNCONFIRMED = Missing("unconfirmed")


@dataclass(frozen=True)
class Summary:
    """What the rewrite changed, as numbers: no edits is an unchanged response (`confirmed`: as needing none)."""

    edits: int
    words: int
    characters: int
    untagged: int  # edits without a category
    confirmed: bool


# -- the annotation of a text ------------------------------------------------------------------


def reset(original: str) -> dict[str, Any]:
    """The annotation of a response left as it is: its own text, no edits, not (yet) confirmed."""
    return {
        "text": original,
        "edits": [],
        "word_distance": 0,
        "char_distance": 0,
        "unchanged_confirmed": False,
        "source": "user",
    }


def annotation_for(original: str, text: str, previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """The full annotation of `text` as a rewrite of `original`.

    Each edit keeps the category of its edit in `previous`: the same words at the same place of the
    original, else one over the same stretch of the original (typing on in a tagged edit keeps its tag),
    else one with the same before and after words. A confirmation that nothing needs changing holds only
    while the text is the original.
    """
    hunks = changed_hunks(original, text)
    edits = [
        {
            "before": h.before,
            "after": h.after,
            "before_start": h.before_start,
            "after_start": h.after_start,
            "category": None,
        }
        for h in hunks
    ]
    _carry_categories(edits, (previous or {}).get("edits") or [])
    words, chars = distances(original, text, hunks=hunks)
    return {
        "text": text,
        "edits": edits,
        "word_distance": words,
        "char_distance": chars,
        "unchanged_confirmed": text == original and bool((previous or {}).get("unchanged_confirmed")),
        "source": "user",
    }


def typed(previous: dict[str, Any] | None, original: str, text: str) -> dict[str, Any]:
    """`previous` with a new text whose diff is not computed yet (a long text: `annotation_for` follows shortly).

    The edits and distances stay those of the last computed text, so nothing typed is lost while the diff
    of a long response is worked out, and the categories are there to carry over.
    """
    annotation = copy.deepcopy(previous) if previous else reset(original)
    annotation["text"] = text
    annotation["unchanged_confirmed"] = bool(annotation["unchanged_confirmed"]) and text == original
    return annotation


def is_current(annotation: dict[str, Any] | None, original: str) -> bool:
    """Whether an annotation's edits and distances are those of its text (not a `typed` one waiting for them)."""
    if annotation is None:
        return True
    fresh = annotation_for(original, annotation["text"], annotation)
    return {key: fresh[key] for key in ("edits", "word_distance", "char_distance")} == {
        key: annotation[key] for key in ("edits", "word_distance", "char_distance")
    }


def changed_window(original: str, text: str) -> int:
    """How many characters (of both texts) lie between their common start and common end: the work a diff takes."""
    start, end_a, end_b = _window(original, text)
    return (end_a - start) + (end_b - start)


def changed_hunks(original: str, text: str) -> list[wd.Hunk]:
    """The changed stretches of the word diff from `original` to `text`, never splitting a user-perceived character."""
    if original == text:
        return []
    if len(original) + len(text) <= EXACT_CHARS:
        hunks = wd.changes(original, text)
    else:
        hunks = _windowed_changes(original, text)
    return _whole_clusters(hunks, original, text)


def distances(original: str, text: str, *, hunks: Sequence[wd.Hunk] | None = None) -> tuple[int, int]:
    """(word, character) edit distances, the same numbers as word_diff's `word_distance` and `char_distance`.

    Exact Levenshtein distances, computed in C++ on the changed window only; `hunks`, if known, tell the
    C++ code how large the distance is likely to be, which lets it pick its fastest method.
    """
    if original == text:
        return 0, 0
    start, end_a, end_b = _window(original, text)
    middle_a, middle_b = original[start:end_a], text[start:end_b]
    hunks = changed_hunks(original, text) if hunks is None else hunks
    char_hint = sum(max(len(h.before), len(h.after)) for h in hunks) or 1
    word_hint = sum(max(len(wd.words(h.before)), len(wd.words(h.after))) for h in hunks) or 1
    ids: dict[str, int] = {}
    words_a = [ids.setdefault(word, len(ids)) for word in wd.words(middle_a)]
    words_b = [ids.setdefault(word, len(ids)) for word in wd.words(middle_b)]
    words = Levenshtein.distance(words_a, words_b, score_hint=word_hint)
    chars = Levenshtein.distance(middle_a, middle_b, score_hint=char_hint)
    return int(words), int(chars)


# -- what the annotator does to it ---------------------------------------------------------------


def set_category(
    annotation: dict[str, Any], *, index: int, category: str | None, categories: Sequence[str]
) -> dict[str, Any]:
    """The annotation with edit `index` (0-based) tagged `category`, one of the package's `categories`, or untagged."""
    edits = annotation.get("edits") or []
    if not 0 <= index < len(edits):
        raise RewriteError(f"there is no edit {index + 1} (the rewrite has {len(edits)})")
    if category is not None and category not in categories:
        raise RewriteError(f"'{category}' is not one of this package's categories")
    changed = copy.deepcopy(annotation)
    changed["edits"][index]["category"] = category
    return changed


def confirm_unchanged(annotation: dict[str, Any] | None, original: str) -> dict[str, Any]:
    """The annotation of an unchanged response, confirmed as needing no change."""
    confirmed = copy.deepcopy(annotation) if annotation else reset(original)
    if confirmed["text"] != original:
        raise RewriteError("the text was changed, so there is nothing to confirm as unchanged")
    confirmed.update(edits=[], word_distance=0, char_distance=0, unchanged_confirmed=True)
    return confirmed


def missing(annotation: dict[str, Any] | None, config: RewriteConfig, original: str) -> list[Missing]:
    """What still keeps the rewrite from being submitted (nothing: it may be); `UNCONFIRMED` first if it applies."""
    current = annotation or reset(original)
    problems = []
    if current["text"] == original and not current["unchanged_confirmed"]:
        problems.append(UNCONFIRMED)
    if not current["text"].strip() and original.strip():
        problems.append(Missing("empty"))
    edits = current["edits"]
    untagged = tuple(number for number, edit in enumerate(edits, start=1) if edit["category"] is None)
    if config.require_category and untagged:
        problems.append(Missing("untagged", edits=untagged))
    for number, edit in enumerate(edits, start=1):
        if edit["category"] is not None and edit["category"] not in config.categories:
            problems.append(Missing("foreign_category", edits=(number,), category=edit["category"]))
    return problems


def summary(annotation: dict[str, Any] | None) -> Summary:
    """What the rewrite changed, for a line such as '3 words / 12 characters changed in 2 edits (1 without a category)'."""
    if annotation is None or not annotation["edits"]:
        return Summary(
            edits=0, words=0, characters=0, untagged=0, confirmed=bool((annotation or {}).get("unchanged_confirmed"))
        )
    edits = annotation["edits"]
    return Summary(
        edits=len(edits),
        words=annotation["word_distance"],
        characters=annotation["char_distance"],
        untagged=sum(1 for edit in edits if edit["category"] is None),
        confirmed=False,
    )


def edit_at(annotation: dict[str, Any] | None, position: int) -> int | None:
    """The edit the caret at `position` (a code point of the text) is in, else the last before it, else the first."""
    edits = (annotation or {}).get("edits") or []
    if not edits:
        return None
    before = 0
    for index, edit in enumerate(edits):
        start = edit["after_start"]
        if start <= position <= start + len(edit["after"]):
            return index
        if start < position:
            before = index
    return before


# -- line breaks: what a text box holds --------------------------------------------------------------


def editable(original: str) -> str:
    """The response as a text box holds it: every line break as '\\n'.

    Qt keeps no '\\r', and the line separator Shift+Return types is a line break to the annotator too.
    """
    for other in ("\r\n", "\r", "\u2028", "\u2029"):
        original = original.replace(other, "\n")
    return original


def line_break(original: str) -> str:
    """The line break the response mostly uses ('\\n', '\\r\\n' or '\\r'), which its rewrite keeps."""
    crlf = original.count("\r\n")
    lone_cr = original.count("\r") - crlf
    lone_lf = original.count("\n") - crlf
    counts = {"\n": lone_lf, "\r\n": crlf, "\r": lone_cr}
    best = max(counts, key=lambda style: counts[style])
    return best if counts[best] > counts["\n"] else "\n"


def from_editor(original: str, edited: str) -> str:
    """The rewrite as stored from what a text box holds: the original exactly if untouched, its line breaks kept."""
    if edited == editable(original):
        return original
    style = line_break(original)
    return edited if style == "\n" else edited.replace("\n", style)


def to_stored(original: str, edited: str, index: int) -> int:
    """Code point `index` of what a text box holds, as a code point of the stored rewrite (breaks may be '\\r\\n')."""
    extra = len(line_break(original)) - 1
    return index + extra * edited.count("\n", 0, index) if extra else index


def to_editor(original: str, text: str, index: int) -> int:
    """Code point `index` of the stored rewrite `text`, as a code point of what a text box holds."""
    style = line_break(original)
    return index if len(style) == 1 else index - text.count(style, 0, index)


# -- helpers ---------------------------------------------------------------------------------------


def _carry_categories(edits: list[dict[str, Any]], previous: list[dict[str, Any]]) -> None:
    # An edit is known by where it sits in the original (typing elsewhere never moves that), then by its words.
    left = [edit for edit in previous if edit.get("category") is not None]

    def same(old: dict[str, Any], new: dict[str, Any]) -> bool:
        return (old["before"], old["after"], old["before_start"]) == (new["before"], new["after"], new["before_start"])

    def overlaps(old: dict[str, Any], new: dict[str, Any]) -> bool:
        start, end = new["before_start"], new["before_start"] + len(new["before"])
        old_start, old_end = old["before_start"], old["before_start"] + len(old["before"])
        return old_start == start or (old_start < end and start < old_end)

    def same_words(old: dict[str, Any], new: dict[str, Any]) -> bool:
        return (old["before"], old["after"]) == (new["before"], new["after"])

    for matches in (same, overlaps, same_words):
        for edit in edits:
            if edit["category"] is not None or not left:
                continue
            found = next((old for old in left if matches(old, edit)), None)
            if found is not None:
                edit["category"] = found["category"]
                left.remove(found)


def _common_prefix(a: str, b: str) -> int:
    """The length of the longest common start, found by comparing ever smaller slices (C speed, not a Python loop)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str, limit: int) -> int:
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle : len(a) - low] == b[len(b) - middle : len(b) - low]:
            low = middle
        else:
            high = middle - 1
    return low


def _splits(text: str, index: int) -> bool:
    """Whether word_diff's tokens of `text` break at `index` (so the parts on each side tokenize on their own)."""
    if index <= 0 or index >= len(text):
        return True
    left, right = text[index - 1], text[index]
    if left.isspace() and right.isspace():
        return False
    return not (_WORD.match(left) and _WORD.match(right))


def common_ends(a: str, b: str) -> tuple[int, int]:
    """How many characters two texts share at their start, and at their end after that (found at C speed)."""
    start = _common_prefix(a, b)
    return start, _common_suffix(a, b, min(len(a), len(b)) - start)


def _window(original: str, text: str) -> tuple[int, int, int]:
    """(start, end in original, end in text) of the changed window, cut where both texts' tokens break."""
    start = _common_prefix(original, text)
    while start > 0 and not (_splits(original, start) and _splits(text, start)):
        start -= 1
    tail = _common_suffix(original, text, min(len(original), len(text)) - start)
    while tail > 0 and not (_splits(original, len(original) - tail) and _splits(text, len(text) - tail)):
        tail -= 1
    return start, len(original) - tail, len(text) - tail


def _windowed_changes(original: str, text: str) -> list[wd.Hunk]:
    start, end_a, end_b = _window(original, text)
    tokens_a, tokens_b = wd.tokens(original[start:end_a]), wd.tokens(text[start:end_b])
    if len(tokens_a) + len(tokens_b) <= EXACT_TOKENS:
        opcodes = difflib.SequenceMatcher(None, tokens_a, tokens_b, autojunk=False).get_opcodes()
    else:
        ids: dict[str, int] = {}
        ints_a = [ids.setdefault(token, len(ids)) for token in tokens_a]
        ints_b = [ids.setdefault(token, len(ids)) for token in tokens_b]
        opcodes = [
            (op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end) for op in Indel.opcodes(ints_a, ints_b)
        ]
    starts_a, starts_b = _starts(tokens_a, start), _starts(tokens_b, start)
    hunks: list[wd.Hunk] = []
    run: list[int] | None = None  # [i1, i2, j1, j2] of adjacent non-equal opcodes, merged into one hunk
    for tag, i1, i2, j1, j2 in [*opcodes, ("equal", len(tokens_a), len(tokens_a), len(tokens_b), len(tokens_b))]:
        if tag != "equal":
            run = [i1, i2, j1, j2] if run is None else [run[0], i2, run[2], j2]
            continue
        if run is not None:
            hunks.append(_hunk(original, text, starts_a[run[0]], starts_a[run[1]], starts_b[run[2]], starts_b[run[3]]))
            run = None
    return hunks


def _starts(parts: list[str], offset: int) -> list[int]:
    starts = [offset]
    for part in parts:
        starts.append(starts[-1] + len(part))
    return starts


def _hunk(original: str, text: str, start_a: int, end_a: int, start_b: int, end_b: int) -> wd.Hunk:
    before, after = original[start_a:end_a], text[start_b:end_b]
    op = "replace" if before and after else ("delete" if before else "insert")
    return wd.Hunk(op, before, after, start_a, end_a, start_b, end_b)


def _whole_clusters(hunks: list[wd.Hunk], original: str, text: str) -> list[wd.Hunk]:
    """Hunks widened to whole user-perceived characters on both sides (a skin tone change takes its emoji along)."""
    spans = [[h.before_start, h.before_end, h.after_start, h.after_end] for h in hunks]
    widened: list[list[int]] = []
    for span in spans:
        while True:
            a0, a1, b0, b1 = span
            # The text around a hunk is the same on both sides, so both sides widen by the same amount.
            left = max(a0 - cluster_start(original, a0), b0 - cluster_start(text, b0))
            right = max(cluster_end(original, a1) - a1, cluster_end(text, b1) - b1)
            span = [a0 - left, a1 + right, b0 - left, b1 + right]
            if widened and (span[0] <= widened[-1][1] or span[2] <= widened[-1][3]):
                previous = widened.pop()  # grew into the hunk before: one edit
                span = [previous[0], span[1], previous[2], span[3]]
            if not (left or right):
                break
        widened.append(span)
    merged: list[list[int]] = []
    for span in widened:  # a hunk that grew into the next one
        if merged and (span[0] <= merged[-1][1] or span[2] <= merged[-1][3]):
            merged[-1] = [merged[-1][0], max(merged[-1][1], span[1]), merged[-1][2], max(merged[-1][3], span[3])]
        else:
            merged.append(span)
    if merged == [[h.before_start, h.before_end, h.after_start, h.after_end] for h in hunks]:
        return list(hunks)
    return [_hunk(original, text, *span) for span in merged]
