"""Our text JSONL: every field written as documented, read back as prelabels, and bad lines refused by line and field."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.cli import main
from annotator.core.bundle import build_bundle, write_bundle
from annotator.core.errors import PackageError
from annotator.core.formats.catalog import load
from annotator.core.formats.dataset import Dataset, DatasetItem, ImportedPackage
from annotator.core.formats.from_bundles import ExportError
from annotator.core.model import Label, LabelSchema, Status
from annotator.core.package import open_package
from annotator.core.session import PackageSession
from annotator.core.text_offsets import cluster_start
from annotator.core.workspace import Workspace
from tests.core.helpers import FakeClock, manifest_dict, text_item, write_zip_package

FORMATS = load()

# Pieces of text that are whole user-perceived characters (or runs of them): emoji with a skin tone,
# a flag, a ZWJ sequence, Arabic, a combining accent, CJK, line breaks JSON and CSV must keep.
PIECES = [
    "a",
    "b",
    " ",
    "👍🏽",
    "مرحبا",
    "e\u0301",
    "漢字",
    "🇫🇷",
    "👩\u200d💻",
    "\n",
    "\r\n",
    "\u2028",
    '"',
    ",",
    ";",
    "\t",
    "|",
    "'",
]
LABELS = ["positivo", "négatif", "積極的", "😀 joy", "שלום", "x"]
EMOJI_TEXT = "👍🏽 مرحبا e\u0301 room"  # "room" is [12, 16) in code points, [13, 17) in UTF-16 units


def text_schema(names: list[str] | None = None, mode: str = "multi") -> dict[str, LabelSchema]:
    labels = tuple(Label(name, "#3cb44b") for name in (names or LABELS))
    return {"text": LabelSchema(mode=mode, labels=labels)}


def judgement(labels: list[str], spans: list[tuple[int, int, str]], text: str, **fields: Any) -> dict[str, Any]:
    result = {
        "labels": labels,
        "answer": None,
        "question": None,
        "unsure": False,
        "spans": [{"start": s, "end": e, "label": name, "text": text[s:e]} for s, e, name in sorted(spans)],
        "source": "user",
    }
    result.update(fields)
    return result


def dataset(*items: DatasetItem, schemas: Mapping[str, LabelSchema] | None = None) -> Dataset:
    return Dataset(package_id="p", title="T", label_schemas=dict(schemas or text_schema()), items=items)


def emoji_item(**fields: Any) -> DatasetItem:
    annotation = judgement(["négatif"], [(12, 16, "positivo"), (0, 2, "😀 joy")], EMOJI_TEXT, unsure=True)
    base: dict[str, Any] = {
        "id": "r1",
        "kind": "text",
        "text": EMOJI_TEXT,
        "lang": "ar",
        "annotation": annotation,
        "status": "done",
        "annotator": "a-3f2c",
        "comment": 'ok, "quoted"\nsecond line',
    }
    base.update(fields)
    return DatasetItem(**base)


# -- generated data ------------------------------------------------------------------------------


@st.composite
def text_items(draw: st.DrawFn, *, label_pool: list[str] = LABELS, with_spans: bool = True) -> list[DatasetItem]:
    """Text items with emoji, RTL and combining marks; labels and spans whose offsets are code points."""
    count = draw(st.integers(min_value=1, max_value=4))
    items = []
    for index in range(count):
        pieces = ["w", *draw(st.lists(st.sampled_from(PIECES), max_size=12))]
        text = "".join(pieces)
        bounds = sorted({i for i in range(len(text) + 1) if cluster_start(text, i) == i})
        spans: list[tuple[int, int, str]] = []
        if with_spans and len(bounds) > 1:
            for _ in range(draw(st.integers(min_value=0, max_value=3))):
                start, end = sorted(draw(st.lists(st.sampled_from(bounds), min_size=2, max_size=2, unique=True)))
                spans.append((start, end, draw(st.sampled_from(label_pool))))
        spans = sorted(set(spans))
        chosen = draw(st.lists(st.sampled_from(label_pool), unique=True, max_size=3))
        labels = [name for name in label_pool if name in chosen]
        annotated = draw(st.booleans()) or index == 0
        items.append(
            DatasetItem(
                id=f"t{index}.v{index}",
                kind="text",
                text=text,
                lang=draw(st.sampled_from([None, "en", "ar", "he"])),
                annotation=judgement(labels, spans, text, unsure=draw(st.booleans())) if annotated else None,
                status=draw(st.sampled_from(["done", "skipped", "flagged"])) if annotated else "todo",
                annotator="a-1" if annotated else None,
                comment=draw(st.sampled_from(["", "fine", "نعم\n✓"])),
            )
        )
    return items


def expected_prelabel(item: DatasetItem, *, spans: bool = True) -> dict[str, Any] | None:
    annotation = item.annotation or {}
    result: dict[str, Any] = {}
    if annotation.get("labels"):
        result["labels"] = annotation["labels"]
    if spans and annotation.get("spans"):
        result["spans"] = [{k: s[k] for k in ("start", "end", "label")} for s in annotation["spans"]]
    return result or None


def assert_imported(
    imported: ImportedPackage, items: list[DatasetItem], *, spans: bool = True, schema_of_used: bool = True
) -> None:
    """What was imported is what was exported: ids, texts, languages, labels and spans (code points).

    `schema_of_used`: the imported schema names exactly the labels the items use (no config says more).
    """
    got = [(i.id, i.kind, i.text, i.lang, i.prelabel, i.source) for i in imported.items]
    want = [(i.id, "text", i.text, i.lang, expected_prelabel(i, spans=spans), None) for i in items]
    assert got == want
    if not schema_of_used:
        return
    used = {name for i in items for name in ((i.annotation or {}).get("labels", []))}
    if spans:
        used |= {s["label"] for i in items for s in ((i.annotation or {}).get("spans", []))}
    assert {label["name"] for label in imported.label_schemas["text"]["labels"]} == used


# -- tests ---------------------------------------------------------------------------------------


def test_every_documented_field_is_written_in_order(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    untouched = DatasetItem(id="r2", kind="text", text="plain")
    assert FORMATS["jsonl"].write(dataset(emoji_item(), untouched), out) == [out]
    raw = out.read_bytes()
    assert raw.endswith(b"\n") and b"\r" not in raw and not raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8").split("\n")
    assert lines[-1] == ""
    first, second = (json.loads(line) for line in lines[:-1])
    assert list(first) == [
        "id", "text", "lang", "labels", "spans", "unsure", "answer", "question", "comment", "status", "annotator"
    ]  # fmt: skip
    assert first["id"] == "r1"
    assert first["text"] == EMOJI_TEXT
    assert first["lang"] == "ar"
    assert first["labels"] == ["négatif"]
    assert first["spans"] == [
        {"start": 0, "end": 2, "label": "😀 joy", "text": "👍🏽"},
        {"start": 12, "end": 16, "label": "positivo", "text": "room"},
    ]
    assert EMOJI_TEXT[12:16] == "room"  # code points, not UTF-16 units (which would be 13..17)
    assert first["unsure"] is True
    assert first["answer"] is None and first["question"] is None
    assert first["comment"] == 'ok, "quoted"\nsecond line'
    assert first["status"] == "done"
    assert first["annotator"] == "a-3f2c"
    assert second == {
        "id": "r2", "text": "plain", "lang": None, "labels": [], "spans": [], "unsure": False,
        "answer": None, "question": None, "comment": "", "status": "todo", "annotator": None,
    }  # fmt: skip
    # Non-ASCII is written as itself, not as \u escapes.
    assert "👍🏽".encode() in raw


def test_binary_answers_are_written(tmp_path: Path) -> None:
    item = emoji_item(annotation=judgement([], [], EMOJI_TEXT, answer="reject", question="positivo"))
    out = tmp_path / "b.jsonl"
    FORMATS["jsonl"].write(dataset(item, schemas=text_schema(mode="binary")), out)
    row = json.loads(out.read_text(encoding="utf-8"))
    assert (row["labels"], row["answer"], row["question"]) == ([], "reject", "positivo")


def test_the_same_dataset_gives_the_same_bytes(tmp_path: Path) -> None:
    FORMATS["jsonl"].write(dataset(emoji_item()), tmp_path / "a.jsonl")
    FORMATS["jsonl"].write(dataset(emoji_item()), tmp_path / "b.jsonl")
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()


def test_a_package_without_texts_is_refused(tmp_path: Path) -> None:
    image = DatasetItem(id="i1", kind="image", media="media/a.png", width=4, height=3)
    out = tmp_path / "x.jsonl"
    with pytest.raises(ExportError) as caught:
        FORMATS["jsonl"].write(dataset(image), out)
    assert str(caught.value) == f"{out}: Text JSONL (annotator) holds texts, and this package has no text items"
    assert not out.exists()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=text_items())
def test_import_of_export_is_the_dataset(tmp_path: Path, items: list[DatasetItem]) -> None:
    out = tmp_path / "round.jsonl"
    FORMATS["jsonl"].write(dataset(*items), out)
    assert_imported(FORMATS["jsonl"].read(out), items)


def test_quirks_are_read_bom_utf16_crlf_and_blank_lines(tmp_path: Path) -> None:
    rows = [
        {"id": 7, "text": "👍🏽 ok", "labels": ["x"], "spans": [{"start": 0, "end": 2, "label": "x"}]},
        {"text": "b"},
    ]
    body = "\r\n\r\n".join(json.dumps(row) for row in rows) + "\r\n"  # \\u escapes, CRLF, blank lines
    for name, data in {
        "bom.jsonl": b"\xef\xbb\xbf" + body.encode(),
        "utf16.jsonl": body.encode("utf-16"),  # with its BOM
    }.items():
        path = tmp_path / name
        path.write_bytes(data)
        imported = FORMATS["jsonl"].read(path)
        assert [(i.id, i.text, i.prelabel) for i in imported.items] == [
            ("7", "👍🏽 ok", {"labels": ["x"], "spans": [{"start": 0, "end": 2, "label": "x"}]}),
            (f"{name.split('.')[0]}-00003", "b", None),
        ]
        assert imported.label_schemas == {"text": {"mode": "single", "labels": [{"name": "x"}]}}


def test_two_labels_make_a_multi_label_schema(tmp_path: Path) -> None:
    path = tmp_path / "m.jsonl"
    path.write_text('{"text": "a", "labels": ["q", "p"]}\n{"text": "b", "labels": ["r"]}\n', encoding="utf-8")
    schema = FORMATS["jsonl"].read(path).label_schemas["text"]
    assert schema == {"mode": "multi", "labels": [{"name": "q"}, {"name": "p"}, {"name": "r"}]}


BAD_LINES = [
    ('{"text": "a"}\n{"text": }\n', 2, "malformed JSON at column 10: Expecting value"),
    ('[1, 2]\n', 1, "each line must be a JSON object (found [1, 2])"),
    ('{"id": "a"}\n', 1, "the row has no 'text'"),
    ('{"text": 5}\n', 1, "'text' must be a string (found 5)"),
    ('{"text": "  "}\n', 1, "'text' is empty"),
    ('{"text": "a", "text": "b"}\n', 1, "JSON refused: the key 'text' appears twice in one object"),
    ('{"text": "a", "score": NaN}\n', 1, "JSON refused: NaN is not a JSON number (NaN and Infinity are not allowed)"),
    ('{"text": "a", "id": "a b"}\n', 1, "'id' \"a b\" must be 1-128 letters, digits, '.', '_', ':' or '-'"),
    ('{"text": "a", "id": 1.5}\n', 1, "'id' must be a string or a whole number (found 1.5)"),
    ('{"text": "a", "id": "x"}\n{"text": "b", "id": "x"}\n', 2, "id 'x' is used again (first on line 1)"),
    ('{"text": "a", "labels": "x"}\n', 1, "'labels' must be a list of label names (found \"x\")"),
    ('{"text": "a", "labels": ["x", ""]}\n', 1, "'labels[1]' must be a label name (found \"\")"),
    ('{"text": "a", "labels": ["x", "x"]}\n', 1, "'labels' names \"x\" twice"),
    ('{"text": "abc", "spans": {}}\n', 1, "'spans' must be a list of spans (found {})"),
    ('{"text": "abc", "spans": [3]}\n', 1, "'spans[0]' must be an object with start, end and label (found 3)"),
    ('{"text": "abc", "spans": [{"start": "0", "end": 1, "label": "x"}]}\n', 1, "'spans[0].start' must be a whole number (found \"0\")"),
    ('{"text": "abc", "spans": [{"start": 0, "end": true, "label": "x"}]}\n', 1, "'spans[0].end' must be a whole number (found true)"),
    ('{"text": "abc", "spans": [{"start": 0, "end": 1}]}\n', 1, "'spans[0].label' must be a label name (found null)"),
    ('{"text": "abc", "spans": [{"start": 1, "end": 4, "label": "x"}]}\n', 1, "'spans[0]' [1, 4) is not inside the text (3 characters)"),
    ('{"text": "abc", "spans": [{"start": 2, "end": 2, "label": "x"}]}\n', 1, "'spans[0]' [2, 2) is not inside the text (3 characters)"),
    (
        '{"text": "e\\u0301x", "spans": [{"start": 0, "end": 1, "label": "x"}]}\n',
        1,
        "'spans[0]' [0, 1) splits a character (an accent, a joiner or an emoji modifier); offsets must be code points that keep each character whole",
    ),
    (
        '{"text": "👍 room!", "spans": [{"start": 3, "end": 7, "label": "x", "text": "room"}]}\n',
        1,
        "'spans[0].text' is \"room\" but [3, 7) of the text is \"oom!\" (offsets must be code points)",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("content", "line", "reason"), BAD_LINES)
def test_a_bad_line_is_refused_naming_the_file_the_line_and_the_field(
    tmp_path: Path, content: str, line: int, reason: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PackageError) as caught:
        FORMATS["jsonl"].read(path)
    assert str(caught.value) == f"{path}:{line}: {reason}"


def test_bytes_that_are_not_text_are_refused_by_line(tmp_path: Path) -> None:
    path = tmp_path / "bin.jsonl"
    path.write_bytes(b'{"text": "a"}\n{"text": "\xff"}\n')
    with pytest.raises(PackageError) as caught:
        FORMATS["jsonl"].read(path)
    assert str(caught.value) == f"{path}:2: not UTF-8 text (invalid byte 0xff at column 11); save it as UTF-8 or UTF-16"
    missing = tmp_path / "missing.jsonl"
    with pytest.raises(PackageError) as caught:
        FORMATS["jsonl"].read(missing)
    assert str(caught.value) == f"{missing}: cannot be read (No such file or directory)"


# -- through the command line, from a real bundle --------------------------------------------------


def make_bundle(tmp_path: Path, package: Path, results: dict[str, tuple[Any, Status, str]]) -> Path:
    """A verified result bundle of `package`: item id -> (annotation, status, comment)."""
    opened = open_package(package)
    try:
        with Workspace.open(tmp_path / "ws", clock=FakeClock()) as ws:
            session = PackageSession(opened, ws)
            for item_id, (annotation, status, comment) in results.items():
                if annotation is not None:
                    ws.set_annotation(opened.manifest.id, item_id, annotation)
                ws.set_status(opened.manifest.id, item_id, status)
                if comment:
                    ws.set_comment(opened.manifest.id, item_id, comment)
                session.refresh_status(item_id)
            document = build_bundle(
                opened.manifest,
                manifest_sha256=opened.manifest_sha256,
                annotator=ws.annotator_id(),
                states=ws.items(opened.manifest.id),
            )
    finally:
        opened.close()
    out = tmp_path / "result.bundle.json"
    write_bundle(out, document)
    return out


def test_export_and_import_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = manifest_dict([text_item("r1", EMOJI_TEXT, lang="ar"), text_item("r2", "second")])
    package = write_zip_package(tmp_path / "pkg.zip", manifest)
    annotation = judgement(["positive"], [(12, 16, "negative")], EMOJI_TEXT)
    bundle = make_bundle(tmp_path, package, {"r1": (annotation, Status.DONE, "ok ✓")})
    out = tmp_path / "texts.jsonl"
    assert main(["export", "--format", "jsonl", str(bundle), "--package", str(package), "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"Exported 1 annotated items of 2 to {out} (Text JSONL (annotator), 1 files).\n"
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["labels"], r["spans"], r["comment"], r["status"]) for r in rows] == [
        ("r1", ["positive"], [{"start": 12, "end": 16, "label": "negative", "text": "room"}], "ok ✓", "done"),
        ("r2", [], [], "", "todo"),
    ]
    assert isinstance(rows[0]["annotator"], str) and rows[0]["annotator"]
    assert rows[1]["annotator"] is None

    again = tmp_path / "again.zip"
    assert main(["import", "--format", "jsonl", str(out), "-o", str(again)]) == 0
    assert capsys.readouterr().out == f"Imported 2 items (1 with prelabels) from {out} into {again}.\n"
    reopened = open_package(again)
    try:
        items = reopened.manifest.items
        assert [(i.id, i.text, i.lang, i.prelabel) for i in items] == [
            (
                "r1",
                EMOJI_TEXT,
                "ar",
                {"labels": ["positive"], "spans": [{"start": 12, "end": 16, "label": "negative"}]},
            ),
            ("r2", "second", None, None),
        ]
        assert reopened.manifest.label_schemas["text"].label_names() == ["positive", "negative"]
    finally:
        reopened.close()


# -- whatever a line holds, a reader answers with a result or one PackageError -----------------------

JSON_KEYS = ["text", "data", "id", "label", "labels", "spans", "start", "end", "entities", "start_offset",
             "end_offset", "answer", "accept", "options", "meta", "lang", "unsure"]  # fmt: skip
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 40),
    st.floats(-1e3, 1e3, allow_nan=False),
    st.sampled_from(["", "x", "👍🏽", "e\u0301", "accept", "reject"]),
)
JSON_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(JSON_KEYS), inner, max_size=6)
    ),
    max_leaves=25,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(JSON_VALUES, min_size=1, max_size=3),
    format_id=st.sampled_from(["jsonl", "spacy-jsonl", "doccano", "prodigy"]),
)
def test_any_json_lines_give_items_or_one_clear_refusal(tmp_path: Path, rows: list[Any], format_id: str) -> None:
    path = tmp_path / "fuzz.jsonl"
    path.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n", encoding="utf-8")
    try:
        imported = FORMATS[format_id].read(path)
    except PackageError as exc:
        assert len(exc.problems) == 1 and exc.problems[0].file.startswith(f"{path}:")
    else:
        assert all(item.text and item.text.strip() for item in imported.items)
