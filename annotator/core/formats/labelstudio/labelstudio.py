"""Label Studio JSON: tasks with annotations for images (boxes), audio (segments with transcripts), texts and evaluations.

Out: OUT.json, a list of tasks, and OUT.config.xml, the labeling config whose names the results use
(see config.py); a package of several kinds gets one pair per kind, OUT.image.json and
OUT.image.config.xml and so on. A task is `{"id", "data": {"image"|"audio"|"text", "item_id"},
"annotations": [...]}`; `data.image`/`data.audio` is the media's file name in the package (without
`media/`), and `item_id` the package's item id. An item nobody worked on has no annotation; a skipped
one has `"was_cancelled": true`. Every annotation says `"ground_truth": false`; `completed_by` (an LS
user number) is left out, so LS gives the annotation to whoever imports it.

- Boxes: `rectanglelabels` with x, y, width, height in PERCENT of `original_width`/`original_height`,
  which are the displayed size (the file turned by its EXIF orientation), written on every region
  (LS's own COCO/YOLO export drops a box without them). Percentages are computed as floats
  (x * 100 / width) and never rounded. Attributes are per-region `choices`; an untouched model box
  has `"origin": "prediction"` and its score.
- Segments: a `labels` region (the speaker, or "Speech" for none) and a `textarea` with the same id
  holding the transcript; start and end are the seconds as annotated.
- Texts: `choices` for the labels; `labels` regions for spans, start and end in code points (as LS
  counts them) with the span's text.
- Evaluation kinds (pairwise, rating, translation, rewrite): the content in `data` (with
  `item_kind`), the judgement as LS's pairwise, choices, rating, number, ranker, labels and
  textarea results; see evaluation.py for the names.
- Not written: comments, unsure, verified, the time spent, a binary schema's reject/ignore.

In: the same JSON (a list of tasks, or one task) with LS's own quirks: a UTF-8 BOM or UTF-16,
string or number task ids, `predictions` as well as `annotations`, boxes without
original_width/height, negative widths, rotated boxes (read as the upright box around them).
The first annotation not cancelled becomes the prelabel, else the prediction with the best score.
NAME.config.xml beside NAME.json, when there, gives the kind, the label order and the speakers.
Media are looked for in the folder of the JSON (SRC may also be a folder holding one .json): at
`data.image`'s relative path, then by its file name, then without LS's upload prefix
(/data/upload/3/1a2b3c4d-cat.jpg is cat.jpg); /data/local-files/?d=PATH by PATH. Nothing is fetched
from the network and nothing outside the folder is read.
"""

from __future__ import annotations

import math
import re
import urllib.parse
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, NoReturn

from annotator.core.documents.json_reader import decode_json_text
from annotator.core.errors import MediaError, PackageError
from annotator.core.formats.dataset import ImportedItem, ImportedPackage
from annotator.core.formats.labelstudio import config as cfg
from annotator.core.formats.labelstudio.writing import DATA_KEYS, write
from annotator.core.formats.registry import Format, register
from annotator.core.formats.text import (
    checked_span,
    fail,
    is_int,
    is_number,
    prelabel,
    read_text,
    shown,
    sorted_spans,
    text_label_schema,
)
from annotator.core.formats.to_package import item_id_for
from annotator.core.manifest import is_identifier
from annotator.core.model import EVALUATION_KINDS, ITEM_KINDS

TITLE = "Label Studio JSON with its labeling config"

_UPLOAD_PREFIX = re.compile(r"^[0-9a-f]{8}-")
_NO_DATA = "the task has no 'data' object (is this JSON-MIN or CSV? export the full JSON)"
_UNSUPPORTED = ("polygon", "keypoint", "brush", "ellipse", "polyline", "bitmask", "magicwand", "cuboid", "vector")


# -- in -------------------------------------------------------------------------------------------


@dataclass
class _Source:
    """Where one task's prelabel comes from: its results, their place, and the prediction's score."""

    results: list[Any]
    where: str
    score: float | None


def read(src: Path) -> ImportedPackage:
    """Tasks as items (media from the JSON's folder); each task's annotation or best prediction as its prelabel."""
    path = _tasks_file(src)
    file = str(path)
    document, problems = decode_json_text(read_text(path), file)
    if problems:
        raise PackageError(problems[:1])
    tasks = [document] if isinstance(document, dict) else document
    if not isinstance(tasks, list):
        fail(file, f"a Label Studio export is a list of tasks (found {shown(document)})")
    _refuse_evaluation_tasks(tasks, file)
    config = cfg.read_config(path.with_name(f"{path.name.removesuffix('.json')}.config.xml"))
    kind = config.kind if config else _kind_of(tasks, file)
    key = config.data_key if config else DATA_KEYS[kind]
    reader = _Reader(path, kind, key, config)
    items = [reader.item(index, task) for index, task in enumerate(tasks)]
    return ImportedPackage(title=path.stem, label_schemas={kind: reader.label_schema(items)}, items=items)


def _refuse_evaluation_tasks(tasks: list[Any], file: str) -> None:
    # Our evaluation tasks name their kind; read as text they would become texts of their prompts.
    for index, task in enumerate(tasks):
        data = task.get("data") if isinstance(task, dict) else None
        kind = data.get("item_kind") if isinstance(data, dict) else None
        if kind in EVALUATION_KINDS:
            fail(
                f"{file}:[{index}]",
                f"this is a task of a {kind} item: evaluation items are exported to Label Studio, not imported "
                "(only image, audio and text projects are read)",
            )


def _tasks_file(src: Path) -> Path:
    if not src.is_dir():
        return src
    found = sorted(p for p in src.iterdir() if p.suffix.lower() == ".json" and p.is_file())
    if len(found) != 1:
        names = ", ".join(p.name for p in found) or "none"
        fail(str(src), f"the folder must hold one Label Studio .json export (found {names})")
    return found[0]


def _kind_of(tasks: list[Any], file: str) -> str:
    without_data = None
    for index, task in enumerate(tasks):
        data = task.get("data") if isinstance(task, dict) else None
        if isinstance(data, dict):
            for kind, key in DATA_KEYS.items():
                if key in data:
                    return kind
        elif without_data is None:
            without_data = index
    if without_data is not None:
        fail(f"{file}:[{without_data}]", _NO_DATA)
    fail(
        file,
        "no task's data has 'image', 'audio' or 'text'; put the project's labeling config beside it as NAME.config.xml",
    )


class _Reader:
    """Reads the tasks of one file, all of one kind; collects the label names they use."""

    def __init__(self, path: Path, kind: str, key: str, config: cfg.LabelingConfig | None):
        self.path, self.file, self.kind, self.key, self.config = path, str(path), kind, key, config
        self.ids: dict[str, int] = {}
        self.names: list[str] = []
        self.attributes: list[str] = []

    def fail(self, where: str, reason: str) -> NoReturn:
        fail(f"{self.file}:{where}", reason)

    # -- tasks --

    def item(self, index: int, task: Any) -> ImportedItem:
        where = f"[{index}]"
        if not isinstance(task, dict):
            self.fail(where, f"a task must be an object (found {shown(task)})")
        data = task.get("data")
        if not isinstance(data, dict):
            self.fail(where, _NO_DATA if "data" not in task else f"'data' must be an object (found {shown(data)})")
        value = data.get(self.key)
        if not isinstance(value, str) or not value.strip():
            self.fail(f"{where}.data", f"'{self.key}' must be a non-empty string (found {shown(value)})")
        lang = data.get("lang")
        item = ImportedItem(id="", kind=self.kind, lang=lang if isinstance(lang, str) and lang else None)
        if self.kind == "text":
            item.text = value
        else:
            item.source, item.media_name = self._media(value, f"{where}.data.{self.key}")
        item.id = self._item_id(task, data, item, index, where)
        source = self._source(task, where)
        if source is not None:
            item.prelabel = {"image": self._boxes, "audio": self._segments, "text": self._text}[self.kind](item, source)
        return item

    def _item_id(self, task: dict[str, Any], data: dict[str, Any], item: ImportedItem, index: int, where: str) -> str:
        ours = data.get("item_id")
        if isinstance(ours, str) and is_identifier(ours):
            item_id = ours
        elif is_int(task.get("id")) or (isinstance(task.get("id"), str) and task["id"].strip()):
            item_id = item_id_for(str(task["id"]))
        elif item.media_name:
            item_id = item_id_for(item.media_name)
        else:
            item_id = f"{item_id_for(self.path.name)}-{index + 1:05d}"
        first = self.ids.get(item_id)
        if first is not None:
            self.fail(where, f"the item id '{item_id}' is also task [{first}]'s; give the tasks different ids")
        self.ids[item_id] = index
        return item_id

    def _source(self, task: dict[str, Any], where: str) -> _Source | None:
        for field in ("annotations", "completions", "predictions"):
            entries = task.get(field, [])
            if entries is None:
                continue
            if not isinstance(entries, list):
                self.fail(f"{where}.{field}", f"must be a list (found {shown(entries)})")
            candidates = []
            for number, entry in enumerate(entries):
                place = f"{where}.{field}[{number}]"
                if not isinstance(entry, dict):
                    self.fail(place, f"must be an object with a 'result' list (found {shown(entry)})")
                if entry.get("was_cancelled") is True or entry.get("skipped") is True:
                    continue
                results = entry.get("result", [])
                if not isinstance(results, list):
                    self.fail(f"{place}.result", f"must be a list (found {shown(results)})")
                score = entry.get("score")
                candidates.append(_Source(results, place, float(score) if is_number(score) else None))
            if candidates:
                if field == "predictions":  # the best score; the first one on a tie or without scores
                    return max(candidates, key=lambda c: -math.inf if c.score is None else c.score)
                return candidates[0]
        return None

    # -- media --

    def _media(self, value: str, where: str) -> tuple[Path, str]:
        root = self.path.parent
        parsed = urllib.parse.urlsplit(value)
        relative = value.startswith("/data/local-files/") or (not parsed.scheme and not value.startswith("/"))
        if value.startswith("/data/local-files/"):
            wanted = urllib.parse.parse_qs(parsed.query).get("d", [""])[0]
        elif parsed.scheme and len(parsed.scheme) > 1:  # a URL; one letter is a Windows drive
            wanted = urllib.parse.unquote(parsed.path)
        else:
            wanted = urllib.parse.unquote(value)
        posix = PurePosixPath(wanted.replace("\\", "/"))
        candidates = []
        if relative and not posix.is_absolute() and ".." not in posix.parts and posix.name:
            candidates.append(posix.as_posix())
        if posix.name:
            candidates.append(posix.name)
            if _UPLOAD_PREFIX.match(posix.name) and len(posix.name) > 9:
                candidates.append(posix.name[9:])
        candidates = list(dict.fromkeys(candidates))
        for name in candidates:
            path = root / name
            if path.is_file():
                return path, name
        looked = " or ".join(f"'{name}'" for name in candidates) or "a file name"
        self.fail(where, f"{shown(value)}: no file {looked} in {root} (put the {self.kind} files beside the JSON)")

    # -- results --

    def _results(self, source: _Source) -> list[tuple[str, dict[str, Any]]]:
        """The source's results that are objects with a type and a value object, with their places."""
        found = []
        for number, result in enumerate(source.results):
            where = f"{source.where}.result[{number}]"
            if not isinstance(result, dict):
                self.fail(where, f"a result must be an object (found {shown(result)})")
            kind = result.get("type")
            if kind == "relation":
                continue
            if not isinstance(kind, str):
                self.fail(where, f"'type' must be a string (found {shown(kind)})")
            control = result.get("from_name")
            if control is not None and not isinstance(control, str):
                self.fail(where, f"'from_name' must be a string (found {shown(control)})")
            if self.config and control not in self.config.controls:
                continue  # a control of another object, or of an old config
            if not isinstance(result.get("value"), dict):
                self.fail(where, f"'value' must be an object (found {shown(result.get('value'))})")
            found.append((where, result))
        return found

    def _strings(self, value: Any, where: str, field: str) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
            self.fail(where, f"'value.{field}' must be a list of strings (found {shown(value)})")
        return list(value)

    def _number(self, value: dict[str, Any], field: str, where: str) -> float:
        number = value.get(field)
        if not is_number(number):
            self.fail(where, f"'value.{field}' must be a number (found {shown(number)})")
        return number

    def _named(self, name: str) -> str:
        if name not in self.names:
            self.names.append(name)
        return name

    # -- images --

    def _boxes(self, item: ImportedItem, source: _Source) -> dict[str, Any] | None:
        geometry = self._geometry(item)
        boxes: list[dict[str, Any]] = []
        by_id: dict[str, dict[str, Any]] = {}
        pending_labels: dict[str, list[str]] = {}
        pending_attributes: dict[str, list[str]] = {}
        for where, result in self._results(source):
            kind, value, region = result["type"], result["value"], _region_id(result, where)
            if kind in ("rectanglelabels", "rectangle"):
                box = self._box(result, where, geometry)
                boxes.append(box)
                by_id.setdefault(region, box)
            elif kind == "labels":
                pending_labels[region] = self._strings(value.get("labels"), where, "labels")
            elif kind == "choices" and "x" in value:
                pending_attributes[region] = self._strings(value.get("choices"), where, "choices")
            elif kind.removesuffix("labels") in _UNSUPPORTED:
                self.fail(where, f"'{kind}' results are not read: only boxes (RectangleLabels)")
        for region, labels in pending_labels.items():
            if region in by_id and not by_id[region].get("label") and labels:
                by_id[region]["label"] = self._named(labels[0])
        for region, names in pending_attributes.items():
            if region in by_id:
                by_id[region]["attributes"] = names
                self.attributes += [name for name in names if name not in self.attributes]
        for number, box in enumerate(boxes):
            if not box.get("label"):
                self.fail(f"{source.where}.result", f"box {number + 1} has no label")
        result: dict[str, Any] = {"boxes": boxes} if boxes else {}
        if result and source.score is not None:
            result["score"] = source.score
        return result or None

    def _geometry(self, item: ImportedItem) -> dict[str, Any]:
        from annotator.core.media.probe import geometry_of_stream

        assert item.source is not None
        try:
            with item.source.open("rb") as stream:
                return geometry_of_stream(stream, str(item.source))
        except MediaError as exc:
            raise PackageError([exc.problem]) from exc
        except OSError as exc:
            fail(str(item.source), f"cannot be read ({exc.strerror or exc})")

    def _box(self, result: dict[str, Any], where: str, geometry: dict[str, Any]) -> dict[str, Any]:
        value = result["value"]
        x, y, w, h = (self._number(value, field, where) for field in ("x", "y", "width", "height"))
        rotation = value.get("rotation", 0)
        if not is_number(rotation):
            self.fail(where, f"'value.rotation' must be a number of degrees (found {shown(rotation)})")
        width, height = geometry["display_size"]
        self._check_original(result, where, geometry)
        if w < 0:  # LS can store a box drawn leftwards or upwards this way (label-studio#3140)
            x, w = x + w, -w
        if h < 0:
            y, h = y + h, -h
        if math.remainder(rotation, 360) == 0:
            left, top = _pixels(x, width), _pixels(y, height)
            box_w, box_h = _pixels(w, width), _pixels(h, height)
        else:
            left, top, box_w, box_h = _upright(
                x * width / 100, y * height / 100, w * width / 100, h * height / 100, rotation
            )
        left, top, box_w, box_h = _clipped(left, top, box_w, box_h, width, height)
        box: dict[str, Any] = {"label": "", "x": left, "y": top, "w": box_w, "h": box_h}
        names = value.get("rectanglelabels", value.get("labels"))
        if names is not None:
            names = self._strings(names, where, "rectanglelabels")
            if len(names) > 1:
                self.fail(where, f"a box has one label here (found {shown(names)})")
            if names:
                box["label"] = self._named(names[0])
        score = result.get("score")
        if is_number(score):
            box["score"] = score
        return box

    def _check_original(self, result: dict[str, Any], where: str, geometry: dict[str, Any]) -> None:
        original = (result.get("original_width"), result.get("original_height"))
        if original == (None, None):
            return  # the displayed size, read from the image, is what the percentages are of
        for field, size in zip(("original_width", "original_height"), original, strict=True):
            if not is_number(size) or size <= 0:
                self.fail(where, f"'{field}' must be a number of pixels (found {shown(size)})")
        raw, shown_size = list(geometry["raw_size"]), list(geometry["display_size"])
        if geometry["orientation"] >= 5 and list(original) == raw and raw != shown_size:
            self.fail(
                where,
                f"original_width x original_height {raw[0]}x{raw[1]} is the image's stored size, but it is "
                f"shown turned by its EXIF orientation ({shown_size[0]}x{shown_size[1]}): the boxes were drawn "
                "on the unturned image and would land in the wrong place",
            )

    # -- audio --

    def _segments(self, item: ImportedItem, source: _Source) -> dict[str, Any] | None:
        regions: dict[str, dict[str, Any]] = {}
        whole: list[str] = []
        for where, result in self._results(source):
            kind, value = result["type"], result["value"]
            if kind not in ("labels", "textarea"):
                continue
            if kind == "textarea" and "start" not in value:
                whole += self._transcript(value, where)
                continue
            start, end = self._number(value, "start", where), self._number(value, "end", where)
            if not 0 <= start <= end:
                self.fail(where, f"a segment must have 0 <= start <= end (found {start} to {end})")
            region = regions.setdefault(
                _region_id(result, where), {"start": start, "end": end, "text": "", "speaker": None}
            )
            if kind == "labels":
                labels = self._strings(value.get("labels", []), where, "labels")
                speaker = labels[0] if labels else None
                if speaker is not None and speaker != cfg.NO_SPEAKER:
                    region["speaker"] = self._named(speaker)
            else:
                region["text"] = "\n".join(self._transcript(value, where))
        segments = sorted(regions.values(), key=lambda seg: (seg["start"], seg["end"]))
        if not segments and any(part.strip() for part in whole):
            segments = [{"start": 0.0, "end": self._duration(item), "text": "\n".join(whole), "speaker": None}]
        result: dict[str, Any] = {"segments": segments} if segments else {}
        if result and source.score is not None:
            result["score"] = source.score
        return result or None

    def _transcript(self, value: dict[str, Any], where: str) -> list[str]:
        text = value.get("text", [])
        return [text] if isinstance(text, str) else self._strings(text, where, "text")

    def _duration(self, item: ImportedItem) -> float:
        from annotator.core.media.probe import probe_audio

        assert item.source is not None
        try:
            with item.source.open("rb") as stream:
                return probe_audio(stream, str(item.source)).duration
        except MediaError as exc:
            raise PackageError([exc.problem]) from exc

    # -- texts --

    def _text(self, item: ImportedItem, source: _Source) -> dict[str, Any] | None:
        text = item.text or ""
        labels: list[str] = []
        spans: list[dict[str, Any]] = []
        for where, result in self._results(source):
            kind, value = result["type"], result["value"]
            if kind == "choices" and "start" not in value:  # choices of a span region are not the text's labels
                labels += [name for name in self._strings(value.get("choices"), where, "choices") if name not in labels]
            elif kind in ("labels", "hypertextlabels"):
                start, end = value.get("start"), value.get("end")
                if isinstance(start, str) or isinstance(end, str):
                    self.fail(where, "HyperText spans (XPath offsets) are not read: use a Text tag")
                names = self._strings(value.get("labels"), where, "labels")
                place = f"{self.file}:{where}"
                for name in names or [""]:
                    span = checked_span(text, start, end, name or "?", place, "value")
                    if name:
                        spans.append(span)
                covered = value.get("text")
                if covered is not None and covered != text[start:end]:
                    self.fail(
                        where,
                        f"'value.text' is {shown(covered)} but [{start}, {end}) of the text is {shown(text[start:end])} "
                        "(offsets must be code points)",
                    )
        for name in [*labels, *(span["label"] for span in spans)]:
            self._named(name)
        return prelabel(labels, sorted_spans(spans), source.score)

    # -- schemas --

    def label_schema(self, items: list[ImportedItem]) -> dict[str, Any]:
        """The label schema for the kind: the config's label order first, then names as first met."""
        config = self.config
        if self.kind == "text":
            known = config.values("Choices", "Labels") if config else []
            multi = bool(config) and any(
                c.tag == "Choices" and c.choice == "multiple" and not c.per_region
                for c in config.controls.values()  # type: ignore[union-attr]
            )
            return text_label_schema(items, known, "multi" if multi else None)
        if self.kind == "audio":
            declared = [name for name in config.values("Labels") if name != cfg.NO_SPEAKER] if config else []
            speakers = list(dict.fromkeys([*declared, *self.names]))
            return {"mode": "single", "labels": [], **({"speakers": speakers} if speakers else {})}
        known = config.values("RectangleLabels", "Labels") if config else []
        declared = config.values("Choices", per_region=True) if config else []
        attributes = list(dict.fromkeys([*declared, *self.attributes]))
        schema: dict[str, Any] = {
            "mode": "single",
            "labels": [{"name": n} for n in dict.fromkeys([*known, *self.names])],
        }
        if attributes:
            schema["attributes"] = attributes
        return schema


def _region_id(result: dict[str, Any], where: str) -> str:
    """The region a result belongs to (results of one region share its id); a result without one is its own."""
    region = result.get("id")
    return f"id:{region}" if isinstance(region, (str, int)) and not isinstance(region, bool) else f"at:{where}"


def _pixels(percent: float, size: int) -> float:
    """Pixels from LS percent, as the float whose percentage (x * 100 / size) is exactly `percent` when one is near."""
    value = percent * size / 100
    if value * 100 / size == percent:
        return value
    for direction in (math.inf, -math.inf):
        candidate = value
        for _ in range(4):
            candidate = math.nextafter(candidate, direction)
            if candidate * 100 / size == percent:
                return candidate
    return value


def _upright(x: float, y: float, w: float, h: float, degrees: float) -> tuple[float, float, float, float]:
    """The upright box around a box turned `degrees` clockwise about its top-left corner (LS's rotation)."""
    angle = math.radians(degrees)
    cos, sin = math.cos(angle), math.sin(angle)
    xs = [x + dx * cos - dy * sin for dx, dy in ((0, 0), (w, 0), (w, h), (0, h))]
    ys = [y + dx * sin + dy * cos for dx, dy in ((0, 0), (w, 0), (w, h), (0, h))]
    return min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)


def _clipped(x: float, y: float, w: float, h: float, width: int, height: int) -> tuple[float, float, float, float]:
    """The box cut to the image, leaving alone what lies outside by less than float noise."""
    slack = 1e-9
    if x < -slack * width:
        x, w = 0.0, max(0.0, w + x)
    if y < -slack * height:
        y, h = 0.0, max(0.0, h + y)
    if x + w > width * (1 + slack):
        x = min(x, float(width))
        w = width - x
    if y + h > height * (1 + slack):
        y = min(y, float(height))
        h = height - y
    return x, y, w, h


FORMAT = register(Format(id="label-studio", title=TITLE, kinds=ITEM_KINDS, write=write, read=read))
