"""Strict JSON decoding for every document we accept: bounded numbers and nesting, no NaN, no duplicate keys, valid Unicode."""

from __future__ import annotations

import json
import math
import re
from typing import Any

from annotator.core.errors import Problem

# Counts, ids and milliseconds fit in 19 digits (int64); a longer integer is an attack or an accident,
# and Python refuses to convert past 4,300 digits anyway.
MAX_INTEGER_DIGITS = 19
# Seventeen significant digits and an exponent round-trip any double; 64 characters is generous.
MAX_FLOAT_CHARS = 64
# Our documents nest a handful of levels (bundle > items > annotation > boxes > box > attributes);
# deeper ones are refused before any code, or the schema checker (which stops at 255), walks them.
MAX_DEPTH = 64
# Only a \u escape can give a lone surrogate: bytes that decode as UTF-8 never do.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class _Refused(ValueError):
    """A value the strict decoder will not accept; its text is the reason shown to the user."""


def _parse_int(literal: str) -> int:
    digits = len(literal.lstrip("-"))
    if digits > MAX_INTEGER_DIGITS:
        raise _Refused(f"an integer of {digits:,} digits is too large (at most {MAX_INTEGER_DIGITS} digits)")
    return int(literal)


def _parse_float(literal: str) -> float:
    if len(literal) > MAX_FLOAT_CHARS:
        raise _Refused(f"a number written with {len(literal):,} characters is too long (at most {MAX_FLOAT_CHARS})")
    value = float(literal)
    if not math.isfinite(value):
        raise _Refused(f"the number {literal[:24]} is out of range")
    return value


def _parse_constant(name: str) -> Any:
    raise _Refused(f"{name} is not a JSON number (NaN and Infinity are not allowed)")


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _Refused(f"the key {_quote(key)} appears twice in one object")
            seen.add(key)
    return result


_DECODER = json.JSONDecoder(
    object_pairs_hook=_object, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant
)


def decode_json(raw: bytes, file: str, *, what: str = "JSON") -> tuple[Any, list[Problem]]:
    """Decode UTF-8 (BOM allowed) JSON strictly; returns the value, or None and the one problem that stopped it."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        return None, [
            Problem(
                file,
                f"not UTF-8 text (invalid byte 0x{raw[exc.start]:02x} on line {line}, at byte {exc.start}); save it as UTF-8",
            )
        ]
    return decode_json_text(text, file, what=what)


def decode_json_text(text: str, file: str, *, what: str = "JSON") -> tuple[Any, list[Problem]]:
    """The strict decoding of `decode_json`, for text already decoded (a line of JSONL)."""
    try:
        value = _DECODER.decode(text)
    except _Refused as exc:
        return None, [Problem(file, f"{what} refused: {exc}")]
    except json.JSONDecodeError as exc:
        return None, [Problem(file, f"malformed {what} at line {exc.lineno}, column {exc.colno}: {exc.msg}")]
    except RecursionError:
        return None, [Problem(file, f"{what} refused: {_TOO_DEEP}")]
    if _deeper_than(value, MAX_DEPTH):
        return None, [Problem(file, f"{what} refused: {_TOO_DEEP}")]
    if _SURROGATE_ESCAPE.search(text):
        where = _lone_surrogate_path(value)
        if where is not None:
            return None, [Problem(file, f"{what} refused: {where} holds an invalid Unicode escape (a lone surrogate)")]
    return value, []


_TOO_DEEP = f"arrays or objects nested more than {MAX_DEPTH} levels deep"


def _deeper_than(value: Any, limit: int) -> bool:
    # Iterative, and only containers are pushed: ~0.1 s for a 100,000-item manifest.
    if type(value) is not dict and type(value) is not list:
        return False
    stack = [(value, 1)]
    pop, push = stack.pop, stack.append
    while stack:
        node, depth = pop()
        if depth > limit:
            return True
        children = node.values() if type(node) is dict else node
        for child in children:
            kind = type(child)
            if kind is dict or kind is list:
                push((child, depth + 1))
    return False


def _lone_surrogate_path(value: Any) -> str | None:
    """Where the first string (or key) that cannot be UTF-8 is, as a readable path; None if there is none."""
    stack: list[tuple[Any, str]] = [(value, "")]
    while stack:
        node, path = stack.pop()
        if isinstance(node, str):
            if not _is_utf8(node):
                return path or "the document"
        elif isinstance(node, dict):
            for key, child in node.items():
                if not _is_utf8(key):
                    return f"a key in {path or 'the document'}"
                stack.append((child, f"{path}.{key}" if path else key))
        elif isinstance(node, list):
            stack.extend((child, f"{path}[{index}]") for index, child in enumerate(node))
    return None


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _quote(text: str) -> str:
    shown = text if len(text) <= 40 else text[:37] + "..."
    return "'" + shown.encode("utf-8", "backslashreplace").decode("utf-8") + "'"
