"""SRT: the bytes we write, read back by pysrt and by us; real-world files read; bad files refused by line."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pysrt
import pytest
from hypothesis import HealthCheck, given, settings

from annotator.core.errors import PackageError
from tests.core.formats.test_audio_common import (
    DURATION,
    SPECIAL_TEXTS,
    audio_dataset,
    cue_texts,
    export,
    kept,
    place_audio,
    prelabels,
    problem_lines,
    read,
    roundtrip,
    seg,
    transcripts,
)

SEGMENTS = [
    seg(0.0, 0.4996, "Straße 猫", "A"),
    seg(0.75, 1.2, "مرحبا\nשלום", "B"),
    seg(1.2, 1.5, ""),
    seg(1.5, DURATION, "👍🏽 <i>kept as written</i> --> too", "A"),
]


def test_the_bytes_we_write(tmp_path: Path) -> None:
    (path,) = export("srt", audio_dataset({"talk.wav": SEGMENTS}), tmp_path / "out")
    assert (
        path.read_bytes()
        == (
            "1\n00:00:00,000 --> 00:00:00,500\nStraße 猫\n\n"
            "2\n00:00:00,750 --> 00:00:01,200\nمرحبا\nשלום\n\n"
            "3\n00:00:01,200 --> 00:00:01,500\n\n"
            "4\n00:00:01,500 --> 00:00:02,001\n👍🏽 <i>kept as written</i> --> too\n"
        ).encode()
    )


def test_pysrt_reads_what_we_write(tmp_path: Path) -> None:
    (path,) = export("srt", audio_dataset({"talk.wav": SEGMENTS}), tmp_path / "out")
    cues = pysrt.open(str(path), encoding="utf-8")
    assert [(c.start.ordinal, c.end.ordinal, c.text) for c in cues] == [
        (0, 500, "Straße 猫"),
        (750, 1200, "مرحبا\nשלום"),
        (1200, 1500, ""),
        (1500, 2001, "👍🏽 <i>kept as written</i> --> too"),
    ]


def test_blank_lines_inside_a_text_are_left_out(tmp_path: Path) -> None:
    (path,) = export("srt", audio_dataset({"talk.wav": [seg(0.0, 1.0, "one\n\n  \r\ntwo\rthree")]}), tmp_path / "out")
    assert path.read_text(encoding="utf-8") == "1\n00:00:00,000 --> 00:00:01,000\none\ntwo\nthree\n"


def test_we_read_back_what_we_wrote_to_the_millisecond(tmp_path: Path) -> None:
    imported = roundtrip("srt", audio_dataset({"talk.wav": SEGMENTS}), tmp_path / "out")
    no_speakers = [{**s, "speaker": None} for s in kept(SEGMENTS, "srt")]
    assert prelabels(imported) == {"talk.wav": {"segments": no_speakers}}
    assert no_speakers[-1]["end"] == DURATION  # 2.001 in the file, the audio's end when read
    assert imported.label_schemas["audio"]["speakers"] == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=transcripts(texts=cue_texts()))
def test_import_of_export_is_the_transcript_to_the_millisecond(items: dict[str, list[dict]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        imported = roundtrip("srt", audio_dataset(items), Path(folder) / "out")
        assert prelabels(imported) == {
            name: {"segments": [{**s, "speaker": None} for s in kept(segments, "srt")]}
            for name, segments in items.items()
        }


# -- files from elsewhere ------------------------------------------------------------------------

QUIRKY = (
    "\n\n7\r\n00:00:03,000 --> 00:00:04,000 X1:100 X2:200 Y1:10 Y2:20\r\n<b>later</b>\r\n \r\n"
    "00:00:00.500-->00:00:01,250\r\nno number, a dot, no spaces\r\n\r\n\r\n\r\n"
    "3\r\n00:00:01,250 --> 00:00:02,000  \r\nStraße 猫\r\nمرحبا 👍🏽\r\n"
)


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")],
)
def test_real_world_files_are_read(tmp_path: Path, encoding: str, bom: bytes) -> None:
    place_audio(tmp_path, "talk.wav", frames=8000 * 5)
    path = tmp_path / "talk.srt"
    path.write_bytes(bom + QUIRKY.encode(encoding))
    assert prelabels(read("srt", path))["talk.wav"] == {
        "segments": [
            seg(0.5, 1.25, "no number, a dot, no spaces"),
            seg(1.25, 2.0, "Straße 猫\nمرحبا 👍🏽"),
            seg(3.0, 4.0, "<b>later</b>"),
        ]
    }


def test_hours_past_99_are_read_and_checked_against_the_audio(tmp_path: Path) -> None:
    place_audio(tmp_path, "talk.wav", frames=8000 * 5)
    path = tmp_path / "talk.srt"
    path.write_text("1\n100:00:00,000 --> 100:00:01,000\nlate\n")
    with pytest.raises(PackageError) as refused:
        read("srt", path)
    assert problem_lines(refused) == [
        f"{path}:2: cue 1 ends at 100:00:01,000, after the end of talk.wav (00:00:05,000); "
        "is it the transcript of another file?"
    ]


def test_an_empty_file_is_a_transcript_with_nothing_said(tmp_path: Path) -> None:
    place_audio(tmp_path, "talk.wav")
    path = tmp_path / "talk.srt"
    path.write_bytes(b"\xef\xbb\xbf\r\n")
    assert prelabels(read("srt", path)) == {"talk.wav": {"segments": []}}


@pytest.mark.parametrize(
    ("content", "line", "reason"),
    [
        (
            "1\n00:00:01,000 -> 00:00:02,000\nhi\n",
            2,
            "cue 1: expected a time line like '00:00:01,000 --> 00:00:02,500' (found '00:00:01,000 -> 00:00:02,000')",
        ),
        (
            "1\n00:00:01,000 --> 00:00:02,000\nfine\n\nhello there\n",
            5,
            "cue 2: expected a cue number or a time line like '00:00:01,000 --> 00:00:02,500' (found 'hello there')",
        ),
        (
            "1\n00:00:01,000 --> 00:00:02,000\none\n\n2\n",
            6,
            "cue 2: expected a time line like '00:00:01,000 --> 00:00:02,500' (found nothing)",
        ),
        ("1\n00:00:01,000 --> 00:01:60,000\nhi\n", 2, "cue 1: '00:01:60,000' is not an SRT time (hh:mm:ss,mmm)"),
        ("1\n00:00:01,5 --> 00:00:02,000\nhi\n", 2, "cue 1: '00:00:01,5' is not an SRT time (hh:mm:ss,mmm)"),
        ("1\n00:00:02,000 --> 00:00:01,000\nhi\n", 2, "cue 1 ends (00:00:01,000) before it starts (00:00:02,000)"),
        (
            "1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:03,000 --> 00:00:03,000\nnone\n",
            6,
            "cue 2 has no length (it starts and ends at 00:00:03,000)",
        ),
    ],
)
def test_a_malformed_file_is_refused_naming_the_line_and_the_cue(
    tmp_path: Path, content: str, line: int, reason: str
) -> None:
    place_audio(tmp_path, "talk.wav")
    path = tmp_path / "talk.srt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PackageError) as refused:
        read("srt", path)
    assert problem_lines(refused) == [f"{path}:{line}: {reason}"]


def test_a_file_that_is_not_text_is_refused_naming_the_byte(tmp_path: Path) -> None:
    place_audio(tmp_path, "talk.wav")
    path = tmp_path / "talk.srt"
    path.write_bytes(b"1\n00:00:01,000 --> 00:00:02,000\nStra" + b"\xdfe\n")  # Latin-1 'ß'
    with pytest.raises(PackageError) as refused:
        read("srt", path)
    assert problem_lines(refused) == [
        f"{path}:3: not UTF-8 text (invalid byte 0xdf at column 5); save it as UTF-8 or UTF-16"
    ]


@pytest.mark.parametrize("text", SPECIAL_TEXTS)
def test_each_special_text_survives(tmp_path: Path, text: str) -> None:
    imported = roundtrip("srt", audio_dataset({"t.wav": [seg(0.0, DURATION, text)]}), tmp_path / "out")
    assert prelabels(imported) == {"t.wav": {"segments": [seg(0.0, DURATION, text)]}}
