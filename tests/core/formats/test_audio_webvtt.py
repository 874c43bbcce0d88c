"""WebVTT: the bytes we write, read back by webvtt-py and by us; real-world files read; bad files refused by line."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

import pytest
import webvtt
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
    seg(0.75, 1.2, "مرحبا\nשלום", "Dr. Müller"),
    seg(1.2, 1.5, "", "B"),
    seg(1.5, 1.75, "no speaker: <i>not a tag</i> --> & &amp;"),
    seg(1.75, DURATION, "👍🏽", "猫 & <co>"),
]


def test_the_bytes_we_write(tmp_path: Path) -> None:
    (path,) = export("webvtt", audio_dataset({"talk.wav": SEGMENTS}), tmp_path / "out")
    assert (
        path.read_bytes()
        == (
            "WEBVTT\n\n"
            "00:00:00.000 --> 00:00:00.500\n<v A>Straße 猫\n\n"
            "00:00:00.750 --> 00:00:01.200\n<v Dr. Müller>مرحبا\nשלום\n\n"
            "00:00:01.200 --> 00:00:01.500\n<v B>\n\n"
            "00:00:01.500 --> 00:00:01.750\nno speaker: &lt;i&gt;not a tag&lt;/i&gt; --&gt; &amp; &amp;amp;\n\n"
            "00:00:01.750 --> 00:00:02.001\n<v 猫 &amp; &lt;co&gt;>👍🏽\n"
        ).encode()
    )


def test_webvtt_py_reads_what_we_write(tmp_path: Path) -> None:
    (path,) = export("webvtt", audio_dataset({"talk.wav": SEGMENTS}), tmp_path / "out")
    cues = webvtt.read(str(path))
    # webvtt-py leaves character references as written; the standard decodes them.
    assert [
        (
            c.start_time.in_milliseconds(),
            c.end_time.in_milliseconds(),
            html.unescape(c.text),
            c.voice and html.unescape(c.voice),
        )
        for c in cues
    ] == [
        (0, 500, "Straße 猫", "A"),
        (750, 1200, "مرحبا\nשלום", "Dr. Müller"),
        (1200, 1500, "", "B"),
        (1500, 1750, "no speaker: <i>not a tag</i> --> & &amp;", None),
        (1750, 2001, "👍🏽", "猫 & <co>"),
    ]


def test_we_read_back_what_we_wrote_to_the_millisecond(tmp_path: Path) -> None:
    imported = roundtrip("webvtt", audio_dataset({"talk.wav": SEGMENTS}), tmp_path / "out")
    assert prelabels(imported) == {"talk.wav": {"segments": kept(SEGMENTS, "webvtt")}}
    assert imported.label_schemas["audio"]["speakers"] == ["A", "Dr. Müller", "B", "猫 & <co>"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=transcripts(texts=cue_texts()))
def test_import_of_export_is_the_transcript_to_the_millisecond(items: dict[str, list[dict]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        imported = roundtrip("webvtt", audio_dataset(items), Path(folder) / "out")
        assert prelabels(imported) == {name: {"segments": kept(segments, "webvtt")} for name, segments in items.items()}


@pytest.mark.parametrize("text", SPECIAL_TEXTS)
def test_each_special_text_survives(tmp_path: Path, text: str) -> None:
    imported = roundtrip("webvtt", audio_dataset({"t.wav": [seg(0.0, DURATION, text, "مرحبا")]}), tmp_path / "out")
    assert prelabels(imported) == {"t.wav": {"segments": [seg(0.0, DURATION, text, "مرحبا")]}}


# -- files from elsewhere ------------------------------------------------------------------------

QUIRKY = (
    "WEBVTT - made by some tool\r\nKind: captions\r\nLanguage: en\r\n\r\n"
    "STYLE\r\n::cue { color: yellow }\r\n\r\n"
    "REGION\r\nid:fred width:40%\r\n\r\n"
    "NOTE a comment\r\nover two lines --> with an arrow\r\n\r\n"
    "intro\r\n00:03.000 --> 00:04.000 align:start position:10% line:0\r\n"
    "<v.loud Mary   Smith>Hello <i>there</i></v> &amp; <c.yellow>bye</c> &lt;3\r\n\r\n"
    "00:00:00.500 --> 00:00:01.250\r\n<v Bob>first,</v>\r\n<v Bob>again Bob</v>\r\n\r\n"
    "00:00:01.250 --> 00:00:02.000\r\n<ruby>漢<rt>kan</rt></ruby> <00:00:01.500>a < b, 5<6 &nbsp;x <01:01.000>7>3\r\n"
)


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")],
)
def test_real_world_files_are_read(tmp_path: Path, encoding: str, bom: bytes) -> None:
    place_audio(tmp_path, "talk.wav", frames=8000 * 5)
    path = tmp_path / "talk.vtt"
    path.write_bytes(bom + QUIRKY.encode(encoding))
    imported = read("webvtt", path)
    assert prelabels(imported)["talk.wav"] == {
        "segments": [
            seg(0.5, 1.25, "first,\nagain Bob", "Bob"),
            seg(1.25, 2.0, "漢kan a < b, 5<6 \xa0x 7>3"),
            seg(3.0, 4.0, "Hello there & bye <3", "Mary Smith"),
        ]
    }
    assert imported.label_schemas["audio"]["speakers"] == ["Bob", "Mary Smith"]


def test_a_header_without_a_blank_line_after_it_still_has_cues(tmp_path: Path) -> None:
    place_audio(tmp_path, "talk.wav")
    path = tmp_path / "talk.vtt"
    path.write_text("WEBVTT\n00:00.000 --> 00:01.000\nat once\n")
    assert prelabels(read("webvtt", path))["talk.wav"] == {"segments": [seg(0.0, 1.0, "at once")]}


def test_a_line_with_an_arrow_starts_the_next_cue_as_the_standard_says(tmp_path: Path) -> None:
    place_audio(tmp_path, "talk.wav")
    path = tmp_path / "talk.vtt"
    path.write_text("WEBVTT\n\n00:00.000 --> 00:01.000\none\n00:01.000 --> 00:02.000\ntwo\n")
    assert prelabels(read("webvtt", path))["talk.wav"] == {"segments": [seg(0.0, 1.0, "one"), seg(1.0, 2.0, "two")]}


@pytest.mark.parametrize(
    ("content", "line", "reason"),
    [
        (
            "WEBVTTX\n\n00:00.000 --> 00:01.000\nhi\n",
            1,
            "not a WebVTT file: the first line must be 'WEBVTT' (found 'WEBVTTX')",
        ),
        ("1\n00:00:01,000 --> 00:00:02,000\nhi\n", 1, "not a WebVTT file: the first line must be 'WEBVTT' (found '1')"),
        (
            "WEBVTT\n\n00:00.000 --> 00:01.000\nok\n\n00:01,000 --> 00:02.000\nhi\n",
            6,
            "cue 2: '00:01,000' is not a WebVTT time (hh:mm:ss.ttt or mm:ss.ttt)",
        ),
        (
            "WEBVTT\n\n00:00.000 --> 00:01.000 \nok\n\n00:00:01.000 --> 00:00:62.000\nhi\n",
            6,
            "cue 2: '00:00:62.000' is not a WebVTT time (hh:mm:ss.ttt or mm:ss.ttt)",
        ),
        (
            "WEBVTT\n\n00:00.000-->00:01.000\nhi\n",
            3,
            "cue 1: expected a time line like '00:00:01.000 --> 00:00:02.500' (found '00:00.000-->00:01.000')",
        ),
        (
            "WEBVTT\n\nan id\nsome text\n",
            4,
            "cue 1: expected a time line like '00:00:01.000 --> 00:00:02.500' (found 'some text')",
        ),
        (
            "WEBVTT\n\nlonely id\n",
            4,
            "cue 1: expected a time line like '00:00:01.000 --> 00:00:02.500' (found nothing)",
        ),
        (
            "WEBVTT\n\n00:00.000 --> 00:01.000\n<v A>hi</v> <v B>hello</v>\n",
            3,
            "cue 1 has two voices (<v A> and <v B>); a segment has one speaker, so split the cue",
        ),
        ("WEBVTT\n\n00:02.000 --> 00:01.000\nhi\n", 3, "cue 1 ends (00:00:01.000) before it starts (00:00:02.000)"),
        (
            "WEBVTT\n\n00:00.000 --> 00:01.000\na\n\n00:00.000 --> 00:00.500\nb\n",
            6,
            "cue 1 and cue 2 both start at 00:00:00.000 and overlap; segments cannot overlap, so move one",
        ),
    ],
)
def test_a_malformed_file_is_refused_naming_the_line_and_the_cue(
    tmp_path: Path, content: str, line: int, reason: str
) -> None:
    place_audio(tmp_path, "talk.wav")
    path = tmp_path / "talk.vtt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PackageError) as refused:
        read("webvtt", path)
    assert problem_lines(refused) == [f"{path}:{line}: {reason}"]


def test_utf16_cut_mid_character_is_refused_naming_the_line(tmp_path: Path) -> None:
    place_audio(tmp_path, "talk.wav")
    path = tmp_path / "talk.vtt"
    path.write_bytes(b"\xff\xfe" + "WEBVTT\n\nx".encode("utf-16-le") + b"\x00")
    with pytest.raises(PackageError) as refused:
        read("webvtt", path)
    assert problem_lines(refused) == [
        f"{path}:3: not UTF-16 text (cut off mid-character at column 2); save it as UTF-8 or UTF-16"
    ]
