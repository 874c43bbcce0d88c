"""doccano JSONL in: classification labels, spans in doccano's UTF-16 units made code points, old and new shapes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from annotator.core.errors import PackageError
from annotator.core.formats.catalog import load
from annotator.core.formats.to_package import pack_imported
from annotator.core.package import open_package

DOCCANO = load()["doccano"]
TEXT = "👍🏽 Great room in Zürich"  # 👍🏽 is 2 code points and 4 UTF-16 units


def write_lines(path: Path, rows: list[Any]) -> Path:
    path.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n", encoding="utf-8")
    return path


def test_classification_and_spans_are_read(tmp_path: Path) -> None:
    room, city = TEXT.index("room"), TEXT.index("Zürich")  # code points
    assert (room, city) == (9, 17)
    path = write_lines(
        tmp_path / "doccano.jsonl",
        [
            {"id": 1, "text": "Nice", "label": ["positive", "short"], "Comments": []},
            {"id": 2, "text": TEXT, "label": [[11, 15, "ASPECT"], [19, 25, "LOC"]]},  # UTF-16 units
            {"id": 3, "text": TEXT, "entities": [{"id": 9, "label": "LOC", "start_offset": 19, "end_offset": 25}], "relations": []},
            {"id": 4, "data": "old doccano calls the text data", "label": []},
            {"text": "no id and no label"},
        ],
    )  # fmt: skip
    imported = DOCCANO.read(path)
    assert [(i.id, i.text, i.prelabel) for i in imported.items] == [
        ("1", "Nice", {"labels": ["positive", "short"]}),
        ("2", TEXT, {"spans": [{"start": room, "end": room + 4, "label": "ASPECT"}, {"start": city, "end": city + 6, "label": "LOC"}]}),
        ("3", TEXT, {"spans": [{"start": city, "end": city + 6, "label": "LOC"}]}),
        ("4", "old doccano calls the text data", None),
        ("doccano-00005", "no id and no label", None),
    ]  # fmt: skip
    assert TEXT[room : room + 4] == "room" and TEXT[city : city + 6] == "Zürich"
    assert imported.label_schemas["text"] == {
        "mode": "multi",
        "labels": [{"name": n} for n in ("positive", "short", "ASPECT", "LOC")],
    }
    result = pack_imported(imported, output=tmp_path / "pkg.zip", package_id="d", origin=str(path))
    assert len(result.manifest.items) == 5
    package = open_package(tmp_path / "pkg.zip")
    package.close()


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ({"text": TEXT, "label": [[1, 4, "X"]]}, "'label[0]' offset 1 falls inside \"👍\" (doccano counts UTF-16 units, two for this character)"),
        ({"text": TEXT, "label": [[0, 2, "X"]]}, "'label[0]' [0, 1) splits a character (an accent, a joiner or an emoji modifier); offsets must be code points that keep each character whole"),
        ({"text": "abc", "label": [[0, 9, "X"]]}, "'label[0]' offset 9 is not inside the text (3 UTF-16 units, as doccano counts)"),
        ({"text": "abc", "label": [[0, "2", "X"]]}, "'label[0].end' must be a whole number (found \"2\")"),
        ({"text": "abc", "label": [[0, 2]]}, "'label[0]' must be [start, end, label] or an object with start_offset, end_offset and label (found [0, 2])"),
        ({"text": "abc", "label": "x"}, "'label' must be a list of labels or of [start, end, label] (found \"x\")"),
        ({"text": "abc", "entities": [{"start_offset": 0, "end_offset": 1}]}, "'entities[0].label' must be a label name (found null)"),
        ({"text": "abc", "label": ["a", "a"]}, "'label' names \"a\" twice"),
        ({"label": ["a"]}, "the row has no 'text'"),
    ],
)  # fmt: skip
def test_a_bad_line_is_refused_naming_the_line_and_the_field(tmp_path: Path, row: dict[str, Any], reason: str) -> None:
    path = write_lines(tmp_path / "bad.jsonl", [{"text": "fine"}, row])
    with pytest.raises(PackageError) as caught:
        DOCCANO.read(path)
    assert str(caught.value) == f"{path}:2: {reason}"


def test_doccano_is_read_only() -> None:
    assert DOCCANO.write is None
