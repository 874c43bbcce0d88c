"""Reading JSON documents we accept (manifests, bundles, and every format to come): strict decoding, then the published schema."""

from __future__ import annotations

from typing import Any

from annotator.core.documents.json_reader import decode_json
from annotator.core.documents.schemas import describe_path, schema_problems
from annotator.core.errors import Problem

__all__ = ["decode_json", "describe_path", "read_document", "schema_problems"]


def read_document(raw: bytes, file: str, *, schema: str, what: str = "JSON") -> tuple[Any, list[Problem]]:
    """Strictly decode `raw` and check it against schema `schema`; the value only if there is no problem."""
    value, problems = decode_json(raw, file, what=what)
    if problems:
        return None, problems
    problems = schema_problems(value, schema, file)
    return (None, problems) if problems else (value, [])
