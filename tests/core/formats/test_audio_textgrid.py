"""Praat TextGrid: the bytes we write, read back by praatio and by us bit-exactly; both text forms read; bad files refused."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from praatio import textgrid as praat_textgrid
from praatio.data_classes.interval_tier import IntervalTier
from praatio.data_classes.point_tier import PointTier

from annotator.core.errors import PackageError
from tests.core.formats.test_audio_common import (
    DURATION,
    SPEAKERS,
    SPECIAL_TEXTS,
    audio_dataset,
    export,
    place_audio,
    prelabels,
    problem_lines,
    read,
    roundtrip,
    seg,
    transcripts,
)
from tests.core.helpers import assert_bit_exact

SEGMENTS = [
    seg(0.0, 1 / 3, 'Straße "quoted"', "A"),
    seg(1 / 3, 0.7000000000000001, "猫\nمرحبا", "B"),
    seg(0.75, 1.0, "👍🏽", None),
    seg(1.0, 1.5, "   ", "A"),  # only white space: a gap in a TextGrid
    seg(1.5, DURATION, "שלום", "A"),
]
KEPT = [s for s in SEGMENTS if s["text"].strip()]


def test_the_bytes_we_write(tmp_path: Path) -> None:
    dataset = audio_dataset({"talk.wav": [seg(0.25, 1.0, 'say "hi"', "B"), seg(1.0, 1.5, "x")]}, duration=2.0)
    (path,) = export("textgrid", dataset, tmp_path / "out")
    assert path.name == "talk.TextGrid"
    assert path.read_text(encoding="utf-8") == (
        'File type = "ooTextFile"\nObject class = "TextGrid"\n\nxmin = 0 \nxmax = 2 \ntiers? <exists> \nsize = 2 \n'
        "item []: \n"
        '    item [1]:\n        class = "IntervalTier" \n        name = "B" \n        xmin = 0 \n        xmax = 2 \n'
        "        intervals: size = 3 \n"
        '        intervals [1]:\n            xmin = 0 \n            xmax = 0.25 \n            text = "" \n'
        '        intervals [2]:\n            xmin = 0.25 \n            xmax = 1 \n            text = "say ""hi""" \n'
        '        intervals [3]:\n            xmin = 1 \n            xmax = 2 \n            text = "" \n'
        '    item [2]:\n        class = "IntervalTier" \n        name = "" \n        xmin = 0 \n        xmax = 2 \n'
        "        intervals: size = 3 \n"
        '        intervals [1]:\n            xmin = 0 \n            xmax = 1 \n            text = "" \n'
        '        intervals [2]:\n            xmin = 1 \n            xmax = 1.5 \n            text = "x" \n'
        '        intervals [3]:\n            xmin = 1.5 \n            xmax = 2 \n            text = "" \n'
    )


def test_praatio_reads_what_we_write_bit_exactly(tmp_path: Path) -> None:
    (path,) = export("textgrid", audio_dataset({"talk.wav": SEGMENTS}), tmp_path / "out")
    grid = praat_textgrid.openTextgrid(str(path), includeEmptyIntervals=False)
    assert grid.tierNames == ("A", "B", "")
    assert (grid.minTimestamp, grid.maxTimestamp) == (0.0, DURATION)
    got = [seg(entry.start, entry.end, entry.label, tier.name or None) for tier in grid.tiers for entry in tier.entries]
    assert_bit_exact(sorted(got, key=lambda s: s["start"]), KEPT)


def test_every_tier_covers_the_whole_file_and_gaps_are_empty_intervals(tmp_path: Path) -> None:
    (path,) = export("textgrid", audio_dataset({"talk.wav": SEGMENTS}), tmp_path / "out")
    grid = praat_textgrid.openTextgrid(str(path), includeEmptyIntervals=True)
    for tier in grid.tiers:
        starts = [entry.start for entry in tier.entries]
        ends = [entry.end for entry in tier.entries]
        assert starts[0] == 0.0 and ends[-1] == DURATION
        assert starts[1:] == ends[:-1]


def test_without_a_duration_the_grid_ends_with_the_last_segment(tmp_path: Path) -> None:
    (path,) = export("textgrid", audio_dataset({"t.wav": [seg(0.5, 1.25, "x")]}, duration=None), tmp_path / "out")
    grid = praat_textgrid.openTextgrid(str(path), includeEmptyIntervals=True)
    assert grid.maxTimestamp == 1.25


def test_we_read_back_what_we_wrote_bit_exactly(tmp_path: Path) -> None:
    imported = roundtrip("textgrid", audio_dataset({"talk.wav": SEGMENTS}), tmp_path / "out")
    assert_bit_exact(prelabels(imported), {"talk.wav": {"segments": KEPT}})
    assert imported.label_schemas["audio"]["speakers"] == ["A", "B"]


def grid_texts() -> st.SearchStrategy[str]:
    """Texts a TextGrid keeps: anything with something besides white space, quotes and line breaks included."""
    alphabet = st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters='"\n\t')
    return st.one_of(st.sampled_from(SPECIAL_TEXTS), st.text(alphabet, min_size=1, max_size=20)).filter(
        lambda text: text.strip() and "\r" not in text
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=transcripts(texts=grid_texts(), speakers=st.sampled_from([*SPEAKERS, 'say "x"', "ab\ncd"])))
def test_import_of_export_is_the_transcript_bit_exactly(items: dict[str, list[dict]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        imported = roundtrip("textgrid", audio_dataset(items), Path(folder) / "out")
        assert_bit_exact(prelabels(imported), {name: {"segments": segments} for name, segments in items.items()})


@pytest.mark.parametrize("text", SPECIAL_TEXTS)
def test_each_special_text_and_speaker_survives(tmp_path: Path, text: str) -> None:
    imported = roundtrip("textgrid", audio_dataset({"t.wav": [seg(0.0, DURATION, text, text)]}), tmp_path / "out")
    assert prelabels(imported) == {"t.wav": {"segments": [seg(0.0, DURATION, text, text)]}}


# -- files from elsewhere ------------------------------------------------------------------------


def praatio_grid() -> praat_textgrid.Textgrid:
    """A grid as Praat users make them: two speakers overlapping, an empty tier, a point tier."""
    grid = praat_textgrid.Textgrid(0.0, 3.0)
    grid.addTier(IntervalTier("Mary", [(0.0, 1.5, "hello 猫"), (2.0, 2.5, 'he said "no"')], 0.0, 3.0))
    grid.addTier(IntervalTier("John", [(1.25, 2.0, "مرحبا")], 0.0, 3.0))
    grid.addTier(IntervalTier("empty", [], 0.0, 3.0))
    grid.addTier(PointTier("events", [(0.5, "click")], 0.0, 3.0))
    return grid


EXPECTED = [
    seg(0.0, 1.25, "hello 猫", "Mary"),  # cut where John starts
    seg(1.25, 2.0, "مرحبا", "John"),
    seg(2.0, 2.5, 'he said "no"', "Mary"),
]


@pytest.mark.parametrize("form", ["short_textgrid", "long_textgrid"])
def test_both_text_forms_that_praatio_writes_are_read(tmp_path: Path, form: str) -> None:
    place_audio(tmp_path, "talk.wav", frames=8000 * 3)
    path = tmp_path / "talk.TextGrid"
    praatio_grid().save(str(path), format=form, includeBlankSpaces=True)
    imported = read("textgrid", path)
    assert prelabels(imported)["talk.wav"] == {"segments": EXPECTED}
    assert imported.label_schemas["audio"]["speakers"] == ["Mary", "John"]


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b"\xef\xbb\xbf"), ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b"\xff\xfe")],
)
def test_praat_s_encodings_and_crlf_are_read(tmp_path: Path, encoding: str, bom: bytes) -> None:
    place_audio(tmp_path, "talk.wav", frames=8000 * 3)
    path = tmp_path / "talk.textgrid"  # the suffix in any case
    praatio_grid().save(str(path), format="short_textgrid", includeBlankSpaces=True)
    path.write_bytes(bom + path.read_text(encoding="utf-8").replace("\n", "\r\n").encode(encoding))
    assert prelabels(read("textgrid", path))["talk.wav"] == {"segments": EXPECTED}


def test_comments_the_older_short_header_and_a_grid_without_tiers_are_read(tmp_path: Path) -> None:
    place_audio(tmp_path, "talk.wav")
    path = tmp_path / "talk.TextGrid"
    path.write_text('File type = "ooTextFile short"  ! by hand\nObject class = "TextGrid"\n0 2\n<absent>\n')
    assert prelabels(read("textgrid", path)) == {"talk.wav": {"segments": []}}


HEADER = 'File type = "ooTextFile"\nObject class = "TextGrid"\n\nxmin = 0\nxmax = 2\ntiers? <exists>\n'


@pytest.mark.parametrize(
    ("content", "line", "reason"),
    [
        (
            'File type = "ooBinaryFile"\n',
            1,
            "not a Praat text file: the file type is 'ooBinaryFile', not 'ooTextFile'",
        ),
        ('File type = "ooTextFile"\nObject class = "Sound"\n', 2, "not a TextGrid: the object class is 'Sound'"),
        ('File type = "ooTextFile"\nObject class = "TextGrid\n0 1\n', 2, "a text that never ends (no closing '\"')"),
        (HEADER.replace("xmax = 2", 'xmax = "two"'), 5, "the TextGrid's xmax: expected a number, found the text 'two'"),
        (HEADER.replace("xmax = 2", "xmax = @"), 5, "unexpected '@' (not a number, a text or a label)"),
        (HEADER + "size = 1\nitem []:\n", 8, "tier 1: expected a text in quotes, found the end of the file"),
        (HEADER + "size = 1.5\n", 7, "the number of tiers: expected a whole number, found 1.5"),
        (
            HEADER + 'size = 1\n"PointTier" "x" 0 2 0\n',
            8,
            "tier 1 ('x'): unknown tier class 'PointTier' (not IntervalTier or TextTier)",
        ),
        (
            HEADER + 'size = 1\n"IntervalTier" "A" 0 2 1\n0 "oops" ""\n',
            9,
            "tier 1 ('A') interval 1: its xmax: expected a number, found the text 'oops'",
        ),
        (
            HEADER + 'size = 1\n"IntervalTier" "A" 0 2 1\n0 1e999 "x"\n',
            9,
            "tier 1 ('A') interval 1: its xmax: 1e999 is not a finite number",
        ),
        (
            HEADER + 'size = 1\n"IntervalTier" "A" 0 2 2\n0 1 "x"\n1 0.5 ""\n',
            10,
            "tier 1 ('A') interval 2 ends (0.5) before it starts (1)",
        ),
        (
            HEADER + 'size = 2\n"IntervalTier" "A" 0 2 1\n0.5 1 "x"\n"IntervalTier" "B" 0 2 1\n0.5 2 "y"\n',
            11,
            "tier 1 ('A') interval 1 and tier 2 ('B') interval 1 both start at 0.5 and overlap; "
            "segments cannot overlap, so move one",
        ),
        (
            HEADER + 'size = 1\n"TextTier" "events" 0 2 1\n0.5\n',
            9,
            "tier 1 ('events') point 1: its mark: expected a text in quotes, found the end of the file",
        ),
    ],
)
def test_a_malformed_file_is_refused_naming_the_line_and_the_tier(
    tmp_path: Path, content: str, line: int, reason: str
) -> None:
    place_audio(tmp_path, "talk.wav")
    path = tmp_path / "talk.TextGrid"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PackageError) as refused:
        read("textgrid", path)
    assert problem_lines(refused) == [f"{path}:{line}: {reason}"]


def test_a_binary_textgrid_is_refused(tmp_path: Path) -> None:
    place_audio(tmp_path, "talk.wav")
    path = tmp_path / "talk.TextGrid"
    path.write_bytes(b"ooBinaryFile\x08TextGrid" + bytes(range(40)))
    with pytest.raises(PackageError) as refused:
        read("textgrid", path)
    assert problem_lines(refused) == [f"{path}:1: a binary TextGrid; save it from Praat as a text file"]
