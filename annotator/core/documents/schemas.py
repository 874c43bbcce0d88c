"""The published JSON Schemas in resources/schemas, checked with jsonschema-rs, with messages a person can act on."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from annotator.app_paths import schemas_dir
from annotator.core.errors import Problem

SCHEMA_URN = "urn:annotator:schema:"
# A document with thousands of faults is refused just as well with the first few named.
MAX_SCHEMA_PROBLEMS = 20
_JSON_TYPES = {
    "string": "a string",
    "number": "a number",
    "integer": "an integer",
    "boolean": "true or false",
    "object": "an object",
    "array": "a list",
    "null": "null",
}


@functools.cache
def _registry() -> Any:
    # Imported on first use (~50 ms, with what it pulls in): opening a package runs it in a worker,
    # so the app's start does not wait for it on the UI thread.
    import jsonschema_rs

    resources = []
    for path in sorted(schemas_dir().glob("*.schema.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append((schema["$id"], schema))
    return jsonschema_rs.Registry(resources)


@functools.cache
def validator(name: str) -> Any:
    """The validator of one schema, by file stem (e.g. 'bundle-v1'); it never reaches the network."""
    import jsonschema_rs

    path = schemas_dir() / f"{name}.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    return jsonschema_rs.validator_for(schema, registry=_registry(), offline=True)


def schema_problems(document: Any, name: str, file: str) -> list[Problem]:
    """Every way (up to MAX_SCHEMA_PROBLEMS) `document` breaks schema `name`, as 'where: what'."""
    check = validator(name)
    if check.is_valid(document):
        return []
    problems = []
    root = _schema(name)
    for error in check.iter_errors(document):
        error = _deepest(error)
        hint = _title_at(root, error.schema_path)
        problems.append(Problem(file, f"{describe_path(error.instance_path)}: {_describe(error.kind, error.instance, hint)}"))
        if len(problems) == MAX_SCHEMA_PROBLEMS:
            problems.append(Problem(file, "more problems not listed"))
            break
    return problems


@functools.cache
def _schema(name: str) -> dict[str, Any]:
    return json.loads((schemas_dir() / f"{name}.schema.json").read_text(encoding="utf-8"))


def _deepest(error: Any) -> Any:
    """For 'null, or an annotation' (anyOf / oneOf), the error inside the branch that was meant."""
    while error.kind.name in ("anyOf", "oneOf") and error.kind.context:
        branches = [branch for branch in error.kind.context if branch]
        # A branch that failed only for being of another type was not the one meant.
        meant = [b for b in branches if not (len(b) == 1 and b[0].kind.name == "type")]
        # Nor one that lacks a field of its own, when another has all of its fields (a rating item
        # with a response, too long, was not meant to be a search item missing its query).
        here = list(error.instance_path)
        whole = [b for b in meant if not any(e.kind.name == "required" and list(e.instance_path) == here for e in b)]
        if len(whole) == 1:
            meant = whole
        if len(meant) != 1:
            break
        error = meant[0][0]
    return error


def _title_at(root: dict[str, Any], schema_path: Any) -> str | None:
    """The 'title' of the schema node whose keyword failed, when it has one (e.g. what a pattern means).

    jsonschema-rs gives the path of the keyword inside the document that holds it (a local $ref is
    followed into $defs), so walking it from the root finds the node.
    """
    node: Any = root
    for part in list(schema_path)[:-1]:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return None
    return node.get("title") if isinstance(node, dict) else None


def describe_path(path: list[Any] | tuple[Any, ...]) -> str:
    """A JSON path as people write it: items[3].prelabel.boxes; 'top level' for the document itself."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return f"'{text}'" if text else "top level"


def _describe(kind: Any, instance: Any, title: str | None = None) -> str:
    facts = kind.as_dict()
    name = kind.name
    if title and name in ("pattern", "minLength", "maxLength", "type", "enum", "oneOf"):
        return f"must be {title} (found {_show(instance)})"
    if name == "type":
        wanted = " or ".join(_JSON_TYPES.get(t, t) for t in sorted(facts["types"]))
        return f"must be {wanted} (found {json_kind(instance)})"
    if name == "required":
        return f"missing field '{facts['property']}'"
    if name == "additionalProperties":
        return f"unknown field {', '.join(repr(key) for key in facts['unexpected'])}"
    if name == "enum":
        return f"must be one of {', '.join(_show(option) for option in facts['options'])} (found {_show(instance)})"
    if name == "const":
        return f"must be {_show(facts['expected_value'])} (found {_show(instance)})"
    if name == "pattern":
        return f"{_show(instance)} is not of the expected form ({facts['pattern']})"
    if name in ("minimum", "exclusiveMinimum"):
        return f"must be at least {facts['limit']} (found {_show(instance)})"
    if name in ("maximum", "exclusiveMaximum"):
        return f"must be at most {facts['limit']} (found {_show(instance)})"
    if name == "minLength":
        return "must not be empty" if facts["limit"] == 1 else f"must have at least {facts['limit']} characters"
    if name == "maxLength":
        return f"is longer than the limit of {facts['limit']:,} characters"
    if name == "minItems":
        return f"must hold at least {facts['limit']} entries"
    if name == "maxItems":
        return f"must hold at most {facts['limit']} entries"
    if name == "uniqueItems":
        return "holds the same entry twice"
    if name == "oneOf":
        return "matches none of the allowed shapes"
    return "does not match the schema"


def json_kind(value: Any) -> str:
    """A JSON value's type in words, for 'must be a list (found a string)'."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


def short_repr(value: Any, limit: int = 40) -> str:
    """repr(value) for a message, cut to `limit` characters: never the whole of a huge value."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _show(value: Any) -> str:
    """A value in a message: short, and never the whole of a huge one."""
    if isinstance(value, (dict, list)):
        return json_kind(value)
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def load_schema(name: str) -> dict[str, Any]:
    """The schema document itself (for tests and tools)."""
    return json.loads((schemas_dir() / f"{name}.schema.json").read_text(encoding="utf-8"))


def schema_path(name: str) -> Path:
    """Where a schema is published."""
    return schemas_dir() / f"{name}.schema.json"
