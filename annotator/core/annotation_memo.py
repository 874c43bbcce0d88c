"""The workspace's memory of the annotations it last stored or read: parsed values by their stored text, and
the JSON of their parts, so one changed box among 5,000 is neither re-parsed nor re-encoded whole."""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# Items remembered at once: the one on screen, the one before it (copy boxes), a few undo steps away.
MEMO_ITEMS = 8
# Values JSON gives back as the very same object (of exactly these types): the rest are parsed from their text.
_SCALARS = (str, int, float, bool, type(None))

Key = tuple[str, str]  # (package id, item id)


@dataclass
class _Member:
    """One top-level value of a remembered annotation: our own parsed object(s) and their JSON (None: not yet).

    `listed`: `value` is a list and `texts` the JSON of each element; otherwise `texts` has one entry, the
    JSON of the whole value (which may be a list too, parsed from the caller's tuple).
    """

    value: Any
    texts: list[Any]  # a str each, or None for a part read but not encoded yet
    listed: bool = False


@dataclass
class _Entry:
    """One item's stored text, its parsed value (None until asked), and that value's members by name."""

    text: str
    parsed: Any = None
    members: dict[str, _Member] = field(default_factory=dict)


def _members_of(parsed: Any) -> dict[str, _Member]:
    """The members of a freshly parsed value, none encoded yet."""
    if not isinstance(parsed, dict):
        return {}
    return {
        name: _Member(value, [None] * len(value), listed=True) if isinstance(value, list) else _Member(value, [None])
        for name, value in parsed.items()
    }


class AnnotationMemo:
    """Parsed annotations per item, valid exactly while the stored text is the same (compared on every read).

    Values handed out are shared between readers and with later versions of the same item: they are
    immutable by contract (the core's operations return new values; editors copy before changing).
    A caller's own objects are never remembered, only what their text parses to, so a caller that
    changes its value in place after storing it cannot make the memory wrong.
    """

    def __init__(self, dump: Callable[[Any], str], *, size: int = MEMO_ITEMS):
        self._dump = dump
        self._size = size
        self._entries: OrderedDict[Key, _Entry] = OrderedDict()
        # The workspace's connection serves workers too (exports, sync): one reader or writer at a time here.
        self._lock = threading.RLock()

    def parsed(self, key: Key, text: str) -> Any:
        """The value of an item's stored JSON text, parsed only if it is not the text last seen for the item."""
        with self._lock:
            return self._parsed(key, text)

    def _parsed(self, key: Key, text: str) -> Any:
        entry = self._entries.get(key)
        if entry is None or (entry.text is not text and entry.text != text):
            entry = _Entry(text)
            self._remember(key, entry)
        else:
            self._entries.move_to_end(key)
        if entry.parsed is None:
            entry.parsed = json.loads(text)
            entry.members = _members_of(entry.parsed)
        return entry.parsed

    def encode(self, key: Key, value: Any) -> str:
        """`dump(value)`, byte for byte, re-using the JSON of every part this item's last value shares with it.

        The value becomes the item's remembered one (as parsed from the returned text), so reading the
        text back costs no parse. A value that shares nothing is encoded whole, as before.
        """
        with self._lock:
            return self._encode(key, value)

    def _encode(self, key: Key, value: Any) -> str:
        entry = self._entries.get(key)
        if not isinstance(value, dict) or not all(isinstance(name, str) for name in value):
            text = self._dump(value)
            self._remember(key, _Entry(text))
            return text
        known = entry.members if entry is not None else {}
        members: dict[str, _Member] = {}
        pieces: list[str] = []
        for name in sorted(value):
            member = value[name]
            before = known.get(name)
            if isinstance(member, list):
                before = before if before is not None and before.listed else None
                kept = self._list(member, before)
                member_text = "[" + ",".join(kept.texts) + "]"
            else:
                kept = self._single(member, before)
                member_text = kept.texts[0]
            members[name] = kept
            pieces.append(self._dump(name) + ":" + member_text)
        text = "{" + ",".join(pieces) + "}"
        self._remember(key, _Entry(text, {name: kept.value for name, kept in members.items()}, members))
        return text

    def _single(self, obj: Any, before: _Member | None) -> _Member:
        if before is not None and before.value is obj and not before.listed:
            return _Member(obj, [before.texts[0] if before.texts[0] is not None else self._dump(obj)])
        mine, text = self._foreign(obj)
        return _Member(mine, [text])

    def _list(self, elements: list[Any], before: _Member | None) -> _Member:
        """A list member: elements that are the remembered ones keep their text; the others are encoded."""
        if before is not None:
            old, old_texts = before.value, before.texts
            if len(old) == len(elements):
                # A box moved, relabelled, toggled: the same list but for a few elements, found by identity.
                changed = [index for index, (was, now) in enumerate(zip(old, elements, strict=True)) if was is not now]
                if len(changed) <= max(8, len(elements) // 8):
                    own, texts = list(elements), list(old_texts)
                    for index in changed:
                        own[index], texts[index] = self._foreign(elements[index])
                    return self._filled(own, texts)
            # Boxes added or deleted: the remembered elements are found by identity wherever they are.
            by_id = {id(element): index for index, element in enumerate(old)}
            own: list[Any] = []
            texts: list[Any] = []
            for element in elements:
                index = by_id.get(id(element))
                if index is not None and old[index] is element:
                    own.append(element)
                    texts.append(old_texts[index])
                else:
                    mine, text = self._foreign(element)
                    own.append(mine)
                    texts.append(text)
            return self._filled(own, texts)
        pairs = [self._foreign(element) for element in elements]
        return _Member([mine for mine, _ in pairs], [text for _, text in pairs], listed=True)

    def _filled(self, own: list[Any], texts: list[Any]) -> _Member:
        """The member, with the text of any element read but never encoded yet (once per item)."""
        if None in texts:
            texts = [
                text if text is not None else self._dump(element) for element, text in zip(own, texts, strict=True)
            ]
        return _Member(own, texts, listed=True)

    def _foreign(self, obj: Any) -> tuple[Any, str]:
        """The caller's object, which it may change later: only its text, and what that text parses to, are kept."""
        text = self._dump(obj)
        return (obj if type(obj) in _SCALARS else json.loads(text)), text

    def _remember(self, key: Key, entry: _Entry) -> None:
        self._entries[key] = entry
        self._entries.move_to_end(key)
        while len(self._entries) > self._size:
            self._entries.popitem(last=False)
