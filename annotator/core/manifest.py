"""Parse and check a `package.json` manifest, collecting one clear problem per fault."""

from __future__ import annotations

import re
from typing import Any

from annotator.core.documents import decode_json, schema_problems
from annotator.core.documents.schemas import short_repr
from annotator.core.errors import Problem
from annotator.core.evaluation.configs import default_config, parse_config
from annotator.core.evaluation.content import content_problems
from annotator.core.model import EVALUATION_KINDS, ITEM_KINDS, Item, Label, LabelSchema, Manifest, PayRate
from annotator.core.package_source import unsafe_path_reason

FORMAT_ID = "annotator.package"
# Instructions are read by people: 200,000 characters is a short book, and rendering stays well
# under a frame's budget per screen of text.
MAX_INSTRUCTIONS_CHARS = 200_000
SCHEMA_VERSION = 1

_IDENTIFIER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")
IDENTIFIER_RULE = "1-128 letters, digits, '.', '_', ':' or '-'"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TOP_KEYS = {"format", "schema_version", "id", "title", "instructions", "labels", "pay", "due", "items"}
_ITEM_KEYS = {"id", "kind", "media", "sha256", "text", "lang", "prelabel", "content"}
_SCHEMA_KEYS = {"mode", "labels", "tags", "speakers", "attributes"}
_LABEL_KEYS = {"name", "color", "hotkey", "description"}
# Keys that would carry an answer key; gold items must look like every other item.
_ANSWER_KEYS = {"answer", "answers", "gold", "is_gold", "ground_truth", "expected"}


def is_identifier(value: str) -> bool:
    """Whether `value` may be a package or item id (IDENTIFIER_RULE says what that is)."""
    # fullmatch: `$` alone would also let a trailing newline through.
    return bool(_IDENTIFIER.fullmatch(value))


class _Collector:
    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []

    def add(self, reason: str) -> None:
        self.problems.append(Problem(self.file, reason))


def decode_manifest(raw: bytes, file: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    """Decode the manifest bytes as a strict UTF-8 JSON object, or say why not."""
    data, problems = decode_json(raw, file)
    if problems:
        return None, problems
    if not isinstance(data, dict):
        return None, [Problem(file, "the manifest must be a JSON object")]
    return data, []


def parse_manifest(data: dict[str, Any], file: str) -> tuple[Manifest | None, list[Problem]]:
    """Check a decoded manifest; returns the Manifest (None if unusable) and every problem found.

    The published schema (package-v1) is checked first, so the code below only meets fields of the
    right types; what a schema cannot say (unique ids, known label names, ...) is checked here.
    """
    out = _Collector(file)
    if data.get("format") != FORMAT_ID:
        out.add(f"'format' must be '{FORMAT_ID}' (found {short_repr(data.get('format'))})")
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        out.add(f"unknown schema version {short_repr(version)}; this app reads version {SCHEMA_VERSION}")
        return None, out.problems
    answer_items = _answer_key_problems(data.get("items"), out)
    for problem in schema_problems(data, "package-v1", file):
        # An answer key is reported once, as the answer it would ship, not also as an unknown field.
        if not any(problem.reason.startswith(f"'items[{index}]': unknown field") for index in answer_items):
            out.problems.append(problem)
    if out.problems:
        return None, out.problems
    for key in sorted(set(data) - _TOP_KEYS):
        out.add(f"unknown top-level field '{key}'")
    package_id = data.get("id")
    if not isinstance(package_id, str) or not is_identifier(package_id):
        out.add(f"'id' must be {IDENTIFIER_RULE}")
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        out.add("'title' must be a non-empty string")
    instructions = data.get("instructions", "")
    if not isinstance(instructions, str):
        out.add("'instructions' must be a Markdown string")
        instructions = ""
    schemas = _parse_label_schemas(data.get("labels"), out)
    configs = _parse_task_configs(data.get("labels"), out)
    pay = _parse_pay(data.get("pay"), out)
    due = data.get("due")
    if due is not None and not (isinstance(due, str) and _DATE.match(due)):
        out.add("'due' must be a date as YYYY-MM-DD")
    items = _parse_items(data.get("items"), schemas, out)
    if out.problems:
        return None, out.problems
    for kind in {item.kind for item in items} & set(EVALUATION_KINDS):
        configs.setdefault(kind, default_config(kind))
    manifest = Manifest(
        schema_version=SCHEMA_VERSION,
        id=package_id,
        title=title,
        instructions=instructions,
        label_schemas=schemas,
        items=tuple(items),
        pay=pay,
        due=due,
        task_configs=configs,
    )
    return manifest, []


def _parse_label_schemas(raw: Any, out: _Collector) -> dict[str, LabelSchema]:
    if not isinstance(raw, dict):
        out.add("'labels' must be an object with one label schema per item kind")
        return {}
    schemas: dict[str, LabelSchema] = {}
    for kind, spec in raw.items():
        where = f"labels.{kind}"
        if kind in EVALUATION_KINDS:
            continue  # settings, not a label schema: _parse_task_configs reads them
        if kind not in ITEM_KINDS:
            out.add(f"'{where}': unknown item kind (expected one of {', '.join(ITEM_KINDS)})")
            continue
        if not isinstance(spec, dict):
            out.add(f"'{where}' must be an object")
            continue
        for key in sorted(set(spec) - _SCHEMA_KEYS):
            out.add(f"'{where}': unknown field '{key}'")
        mode = spec.get("mode")
        if mode not in ("single", "multi", "binary"):
            out.add(f"'{where}.mode' must be 'single', 'multi' or 'binary'")
        labels = _parse_labels(spec.get("labels"), where, out)
        extras = {}
        for key in ("tags", "speakers", "attributes"):
            value = spec.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                out.add(f"'{where}.{key}' must be a list of non-empty strings")
                value = []
            extras[key] = tuple(value)
        schemas[kind] = LabelSchema(mode=mode, labels=tuple(labels), **extras)
    return schemas


def _parse_task_configs(raw: Any, out: _Collector) -> dict[str, Any]:
    """The evaluation kinds' settings under 'labels' (each optional; defaults fill in what is missing)."""
    configs: dict[str, Any] = {}
    for kind in EVALUATION_KINDS:
        spec = raw.get(kind) if isinstance(raw, dict) else None
        if isinstance(spec, dict):
            configs[kind], problems = parse_config(kind, spec)
            for problem in problems:
                out.add(problem)
    return configs


def _parse_labels(raw: Any, where: str, out: _Collector) -> list[Label]:
    if not isinstance(raw, list):
        out.add(f"'{where}.labels' must be a list")
        return []
    labels: list[Label] = []
    names: set[str] = set()
    hotkeys: dict[str, str] = {}
    for index, spec in enumerate(raw):
        at = f"{where}.labels[{index}]"
        if not isinstance(spec, dict):
            out.add(f"'{at}' must be an object")
            continue
        for key in sorted(set(spec) - _LABEL_KEYS):
            out.add(f"'{at}': unknown field '{key}'")
        name, color, hotkey = spec.get("name"), spec.get("color"), spec.get("hotkey")
        if not isinstance(name, str) or not name:
            out.add(f"'{at}.name' must be a non-empty string")
            continue
        if name in names:
            out.add(f"'{at}': label '{name}' is defined twice")
        names.add(name)
        if not isinstance(color, str) or not _COLOR.match(color):
            out.add(f"'{at}.color' must be a colour like '#1f77b4'")
        if hotkey is not None:
            if not isinstance(hotkey, str) or not hotkey:
                out.add(f"'{at}.hotkey' must be a non-empty string")
            elif hotkey in hotkeys:
                out.add(f"'{at}': hotkey '{hotkey}' is already used by '{hotkeys[hotkey]}'")
            else:
                hotkeys[hotkey] = name
        description = spec.get("description")
        labels.append(Label(name=name, color=color or "#888888", hotkey=hotkey, description=description))
    return labels


def _parse_pay(raw: Any, out: _Collector) -> PayRate | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("currency"), str):
        out.add("'pay' must be an object with a 'currency' code such as 'USD'")
        return None
    rates = {}
    for key in ("per_item", "per_hour"):
        value = raw.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0):
            out.add(f"'pay.{key}' must be a non-negative number")
            value = None
        rates[key] = value
    return PayRate(currency=raw["currency"], **rates)


def _parse_items(raw: Any, schemas: dict[str, LabelSchema], out: _Collector) -> list[Item]:
    if not isinstance(raw, list):
        out.add("'items' must be a list")
        return []
    items: list[Item] = []
    seen_ids: dict[str, int] = {}
    seen_media: dict[str, str] = {}
    for index, spec in enumerate(raw):
        item = _parse_item(index, spec, schemas, out)
        if item is None:
            continue
        if item.id in seen_ids:
            out.add(f"duplicate item id '{item.id}' (items #{seen_ids[item.id] + 1} and #{index + 1})")
            continue
        seen_ids[item.id] = index
        if item.media is not None:
            if item.media in seen_media:
                out.add(f"item '{item.id}': media '{item.media}' is already used by item '{seen_media[item.media]}'")
            seen_media[item.media] = item.id
        items.append(item)
    return items


def _parse_item(index: int, spec: Any, schemas: dict[str, LabelSchema], out: _Collector) -> Item | None:
    if not isinstance(spec, dict):
        out.add(f"item #{index + 1} must be an object")
        return None
    item_id = spec.get("id")
    if not isinstance(item_id, str) or not is_identifier(item_id):
        out.add(f"item #{index + 1}: 'id' must be {IDENTIFIER_RULE}")
        return None
    name = f"item '{item_id}'"
    errors_before = len(out.problems)
    for key in sorted(set(spec) - _ITEM_KEYS - _ANSWER_KEYS):
        out.add(f"{name}: unknown field '{key}'")
    kind = spec.get("kind")
    if kind not in ITEM_KINDS:
        out.add(f"{name}: 'kind' must be one of {', '.join(ITEM_KINDS)}")
        return None
    if kind in EVALUATION_KINDS:
        return _parse_evaluation_item(item_id, kind, spec, out)
    if kind not in schemas:
        out.add(f"{name}: no label schema for kind '{kind}' under 'labels'")
    if "content" in spec:
        out.add(f"{name}: only evaluation items ({', '.join(EVALUATION_KINDS)}) carry 'content'")
    media, sha, text = spec.get("media"), spec.get("sha256"), spec.get("text")
    if media is not None:
        reason = unsafe_path_reason(media) if isinstance(media, str) else "must be a string"
        if reason:
            out.add(f"{name}: media '{media}': {reason}")
        if not isinstance(sha, str) or not _SHA256.match(sha):
            out.add(f"{name}: 'sha256' must be the 64 lower-case hex digits of the media file's SHA-256")
    elif kind != "text":
        out.add(f"{name}: {kind} items need 'media' and 'sha256'")
    if kind == "text":
        if (text is None) == (media is None):
            out.add(f"{name}: a text item has either inline 'text' or a 'media' .txt file, not both")
        elif text is not None and not isinstance(text, str):
            out.add(f"{name}: 'text' must be a string")
    elif text is not None:
        out.add(f"{name}: only text items carry 'text'")
    lang = spec.get("lang")
    if lang is not None and not isinstance(lang, str):
        out.add(f"{name}: 'lang' must be a language tag such as 'en'")
    prelabel = spec.get("prelabel")
    if prelabel is not None:
        _check_prelabel(name, kind, prelabel, schemas.get(kind), out)
    if len(out.problems) > errors_before:
        return None
    return Item(id=item_id, kind=kind, media=media, sha256=sha, text=text, lang=lang, prelabel=prelabel)


def _parse_evaluation_item(item_id: str, kind: str, spec: dict[str, Any], out: _Collector) -> Item | None:
    """An evaluation item: everything it shows is inline in 'content' (the schema checked its shape)."""
    name = f"item '{item_id}'"
    errors_before = len(out.problems)
    for key in ("media", "sha256", "text", "prelabel"):
        if key in spec:
            out.add(f"{name}: a {kind} item carries what it shows in 'content', not in '{key}'")
    content = spec.get("content")
    if not isinstance(content, dict):
        out.add(f"{name}: a {kind} item needs 'content'")
        return None
    for problem in content_problems(kind, content):
        out.add(f"{name}: {problem}")
    lang = spec.get("lang")
    if len(out.problems) > errors_before:
        return None
    return Item(id=item_id, kind=kind, lang=lang if isinstance(lang, str) else None, content=content)


def _answer_key_problems(items: Any, out: _Collector) -> set[int]:
    """Items that carry an answer-like field (each reported); gold items must look like every other item."""
    found: set[int] = set()
    if not isinstance(items, list):
        return found
    for index, spec in enumerate(items):
        answer_keys = sorted(set(spec) & _ANSWER_KEYS) if isinstance(spec, dict) else []
        if answer_keys:
            item_id = spec.get("id")
            name = f"item '{item_id}'" if isinstance(item_id, str) else f"item #{index + 1}"
            out.add(f"{name}: field '{answer_keys[0]}' would ship an answer; answers never go in a package")
            found.add(index)
    return found



def _check_prelabel(name: str, kind: str, prelabel: Any, schema: LabelSchema | None, out: _Collector) -> None:
    if not isinstance(prelabel, dict):
        out.add(f"{name}: 'prelabel' must be an object")
        return
    known = set(schema.label_names()) if schema else set()
    if kind == "image":
        for box in prelabel.get("boxes", []):
            if not isinstance(box, dict) or not all(_is_number(box.get(k)) for k in ("x", "y", "w", "h")):
                out.add(f"{name}: each prelabel box needs numeric x, y, w, h")
            elif box.get("w") < 0 or box.get("h") < 0:
                out.add(f"{name}: prelabel box has a negative width or height")
            elif known and box.get("label") not in known:
                out.add(f"{name}: prelabel box label {box.get('label')!r} is not in the image label schema")
    elif kind == "audio":
        for seg in prelabel.get("segments", []):
            if not isinstance(seg, dict) or not (_is_number(seg.get("start")) and _is_number(seg.get("end"))):
                out.add(f"{name}: each prelabel segment needs numeric start and end (seconds)")
            elif not 0 <= seg["start"] <= seg["end"]:
                out.add(f"{name}: prelabel segment must have 0 <= start <= end")
    else:
        labels = prelabel.get("labels", [])
        if not isinstance(labels, list) or (known and any(label not in known for label in labels)):
            out.add(f"{name}: prelabel labels must be names from the text label schema")


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
