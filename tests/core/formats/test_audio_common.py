"""What the transcript formats share: one file per audio item, transcripts paired with their audio, one overlap rule.

Also the builders the other test_audio_* files use (datasets of audio items, real WAVs, round trips).
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile
from hypothesis import strategies as st

from annotator.cli import main
from annotator.core.atomic import WriteError
from annotator.core.bundle import build_bundle, write_bundle
from annotator.core.errors import PackageError
from annotator.core.formats.catalog import load
from annotator.core.formats.dataset import Dataset, DatasetItem, ImportedPackage
from annotator.core.formats.from_bundles import ExportError
from annotator.core.model import LabelSchema, Status
from annotator.core.package import open_package
from annotator.core.session import PackageSession
from annotator.core.workspace import Workspace
from tests.core.helpers import FakeClock, manifest_dict, media_item, text_item, write_zip_package

FORMATS = load()
TRANSCRIPT_FORMATS = {"srt": ".srt", "webvtt": ".vtt", "textgrid": ".TextGrid", "eaf": ".eaf"}
MS_FORMATS = ("srt", "webvtt", "eaf")
RATE = 8000
FRAMES = 16005  # 2.000625 s: not a whole millisecond, so a segment ending with the file rounds up past it
DURATION = FRAMES / RATE
SPECIAL_TEXTS = ["Straße", "猫", "مرحبا", "👍🏽", "שלום עולם", "e\u0301t\u00e9", "👩\u200d💻 [inaudible]"]

Segment = dict[str, Any]


# -- builders ------------------------------------------------------------------------------------


def seg(start: float, end: float, text: str = "", speaker: str | None = None) -> Segment:
    """A segment as the editor stores it."""
    return {"start": start, "end": end, "text": text, "speaker": speaker}


def wav(frames: int = FRAMES, rate: int = RATE) -> bytes:
    """A real WAV of exactly `frames` frames."""
    buffer = io.BytesIO()
    t = np.arange(frames) / rate
    soundfile.write(
        buffer, (0.3 * np.sin(2 * np.pi * 220 * t)).astype(np.float32), rate, format="WAV", subtype="PCM_16"
    )
    return buffer.getvalue()


def audio_dataset(
    items: dict[str, list[Segment] | None],
    *,
    speakers: Sequence[str] = ("A", "B"),
    duration: float | None = DURATION,
    extra: Sequence[DatasetItem] = (),
) -> Dataset:
    """A Dataset of audio items, media name -> segments (None: never worked on)."""
    schema = LabelSchema(mode="single", labels=(), speakers=tuple(speakers))
    built = [
        DatasetItem(
            id=Path(name).stem,
            kind="audio",
            media=f"media/{name}",
            duration=duration,
            annotation=None if segments is None else {"segments": segments},
            status="todo" if segments is None else "done",
        )
        for name, segments in items.items()
    ]
    return Dataset(package_id="p", title="T", label_schemas={"audio": schema}, items=(*built, *extra))


def export(format_id: str, dataset: Dataset, out: Path) -> list[Path]:
    """Write a dataset with the registered writer of `format_id`."""
    writer = FORMATS[format_id].write
    assert writer is not None
    return writer(dataset, out)


def read(format_id: str, src: Path) -> ImportedPackage:
    """Read with the registered reader of `format_id`."""
    reader = FORMATS[format_id].read
    assert reader is not None
    return reader(src)


def roundtrip(format_id: str, dataset: Dataset, folder: Path, frames: int = FRAMES) -> ImportedPackage:
    """Export into `folder`, put each item's audio beside its transcript, and import the folder."""
    export(format_id, dataset, folder)
    for item in dataset.of_kind("audio"):
        target = folder / item.file_name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(wav(frames))
    return read(format_id, folder)


def at_ms(seconds: float) -> float:
    """A time as a millisecond format keeps it: the nearest millisecond."""
    return round(Fraction(seconds) * 1000) / 1000


def kept(segments: list[Segment], format_id: str, duration: float = DURATION) -> list[Segment]:
    """What a format keeps of segments: ms formats round times (an end past the file is set to its end)."""
    if format_id not in MS_FORMATS:
        return segments
    return [{**s, "start": at_ms(s["start"]), "end": min(at_ms(s["end"]), duration)} for s in segments]


def prelabels(imported: ImportedPackage) -> dict[str, Any]:
    """Each imported item's media name and prelabel."""
    return {item.media_name or "": item.prelabel for item in imported.items}


def problem_lines(exc: pytest.ExceptionInfo[PackageError] | pytest.ExceptionInfo[ExportError]) -> list[str]:
    return [str(p) for p in exc.value.problems]


def place_audio(folder: Path, *names: str, frames: int = FRAMES) -> None:
    for name in names:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(wav(frames))


# -- generated transcripts ----------------------------------------------------------------------

SPEAKERS = [None, "A", "B", "Dr. Müller", "猫 & <co>", "مرحبا"]


def _line(alphabet: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(SPECIAL_TEXTS), st.text(alphabet, min_size=1, max_size=12)).filter(str.strip)


def cue_texts() -> st.SearchStrategy[str]:
    """Texts a cue format keeps as they are: lines with something on them (or no text at all)."""
    alphabet = st.characters(blacklist_categories=("Cs", "Cc"))
    return st.one_of(st.just(""), st.lists(_line(alphabet), min_size=1, max_size=3).map("\n".join))


@st.composite
def transcripts(
    draw: st.DrawFn, *, texts: st.SearchStrategy[str], speakers: st.SearchStrategy[str | None] | None = None
) -> dict[str, list[Segment]]:
    """One or two items of sorted, non-overlapping segments at least 1.5 ms long (so a millisecond format
    keeps a length), some touching their neighbour, 0 or the end of the file."""
    speakers = speakers if speakers is not None else st.sampled_from(SPEAKERS)
    items = {}
    for name in draw(st.sampled_from([["talk.wav"], ["a.wav", "sub/b.wav"]])):
        segments: list[Segment] = []
        cursor = 0.0
        for _ in range(draw(st.integers(min_value=0, max_value=5))):
            gap = draw(st.one_of(st.just(0.0), st.floats(min_value=0.0, max_value=0.4)))
            length = draw(st.floats(min_value=0.0015, max_value=0.6))
            start = cursor + gap
            if start + length > DURATION:
                break
            segments.append(seg(start, start + length, draw(texts), draw(speakers)))
            cursor = start + length
        if segments and draw(st.booleans()):
            segments[-1]["end"] = DURATION
        items[name] = segments
    return items


# -- the folder layout ---------------------------------------------------------------------------

PARAMS = pytest.mark.parametrize("format_id", list(TRANSCRIPT_FORMATS))


@PARAMS
def test_one_file_per_annotated_audio_item_named_after_its_media(tmp_path: Path, format_id: str) -> None:
    suffix = TRANSCRIPT_FORMATS[format_id]
    text = DatasetItem(id="t1", kind="text", text="not audio", annotation={"labels": []})
    dataset = audio_dataset(
        {
            "speech_en.wav": [seg(0.0, 1.0, "hello", "A")],
            "sub/c.flac": [seg(0.5, 1.5, "inner")],
            "a.wav": [seg(0.0, 0.5, "one")],
            "a.flac": [],  # worked on, nothing said: an empty transcript
            "never.wav": None,  # never worked on: no file
            "b.wav": [seg(0.0, 0.5, "b")],
            "b.flac": None,  # not worked on, yet its name still clashes: names do not change as work goes on
        },
        extra=[text],
    )
    written = export(format_id, dataset, tmp_path / "out")
    names = [p.relative_to(tmp_path / "out").as_posix() for p in written]
    assert names == [f"speech_en{suffix}", f"sub/c{suffix}", f"a.wav{suffix}", f"a.flac{suffix}", f"b.wav{suffix}"]
    assert sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.*")) == sorted(names)


@PARAMS
def test_the_output_folder_is_made_but_never_its_parents(tmp_path: Path, format_id: str) -> None:
    dataset = audio_dataset({"a.wav": [seg(0.0, 1.0, "x")]})
    with pytest.raises(WriteError) as refused:
        export(format_id, dataset, tmp_path / "missing" / "out")
    assert str(refused.value) == f"{tmp_path / 'missing' / 'out'}: the folder {tmp_path / 'missing'} does not exist"
    assert not (tmp_path / "missing").exists()
    (tmp_path / "file").write_text("x")
    with pytest.raises(WriteError, match="is a file; the transcripts are written into a folder"):
        export(format_id, dataset, tmp_path / "file")


@pytest.mark.parametrize("format_id", MS_FORMATS)
def test_a_segment_shorter_than_a_millisecond_is_refused_and_nothing_is_written(tmp_path: Path, format_id: str) -> None:
    dataset = audio_dataset(
        {"ok.wav": [seg(0.0, 1.0, "fine")], "short.wav": [seg(0.0, 1.0, "x"), seg(1.0001, 1.0004, "click")]}
    )
    with pytest.raises(ExportError) as refused:
        export(format_id, dataset, tmp_path / "out")
    title = {"srt": "SRT", "webvtt": "WebVTT", "eaf": "EAF"}[format_id]
    assert problem_lines(refused) == [
        f"item 'short': segment 2 (1.0001 s to 1.0004 s) is shorter than the millisecond {title} keeps; lengthen it"
    ]
    assert not (tmp_path / "out").exists()


@PARAMS
def test_the_same_dataset_gives_the_same_bytes(tmp_path: Path, format_id: str) -> None:
    dataset = audio_dataset({"a.wav": [seg(0.1, 0.7, "Straße 猫", "A"), seg(0.7, 1.9, "مرحبا 👍🏽", "B")]})
    first = export(format_id, dataset, tmp_path / "one")
    second = export(format_id, dataset, tmp_path / "two")
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]


# -- pairing transcripts with their audio --------------------------------------------------------


def write_srt(path: Path, *cues: tuple[str, str, str]) -> Path:
    """An SRT file of (start, end, text) cues."""
    path.parent.mkdir(parents=True, exist_ok=True)
    blocks = [f"{n}\n{start} --> {end}\n{text}\n" for n, (start, end, text) in enumerate(cues, start=1)]
    path.write_text("\n".join(blocks), encoding="utf-8")
    return path


def test_a_folder_pairs_each_transcript_with_its_audio_and_keeps_audio_without_one(tmp_path: Path) -> None:
    src = tmp_path / "talks"
    place_audio(src, "talk.wav", "a.wav", "a.flac", "sub/c.wav", "silent.wav")
    write_srt(src / "talk.srt", ("00:00:00,000", "00:00:01,000", "hello"))
    write_srt(src / "a.flac.srt", ("00:00:00,500", "00:00:01,000", "flac"))
    write_srt(src / "sub" / "c.srt", ("00:00:01,000", "00:00:02,000", "inner"))
    (src / "notes.txt").write_text("not a transcript")
    imported = read("srt", src)
    assert imported.title == "talks"
    assert imported.label_schemas == {"audio": {"mode": "single", "labels": [], "speakers": []}}
    assert [(i.id, i.kind, i.media_name, i.source) for i in imported.items] == [
        ("a", "audio", "a.flac", src / "a.flac"),
        ("a-2", "audio", "a.wav", src / "a.wav"),
        ("silent", "audio", "silent.wav", src / "silent.wav"),
        ("sub-c", "audio", "sub/c.wav", src / "sub" / "c.wav"),
        ("talk", "audio", "talk.wav", src / "talk.wav"),
    ]
    assert prelabels(imported) == {
        "a.flac": {"segments": [seg(0.5, 1.0, "flac")]},
        "a.wav": None,
        "silent.wav": None,
        "sub/c.wav": {"segments": [seg(1.0, 2.0, "inner")]},
        "talk.wav": {"segments": [seg(0.0, 1.0, "hello")]},
    }


def test_one_transcript_file_is_read_with_the_audio_beside_it(tmp_path: Path) -> None:
    place_audio(tmp_path, "talk.wav", "other.wav")
    path = write_srt(tmp_path / "talk.srt", ("00:00:00,250", "00:00:01,500", "only this one"))
    imported = read("srt", path)
    assert imported.title == "talk"
    assert [(i.id, i.media_name, i.prelabel) for i in imported.items] == [
        ("talk", "talk.wav", {"segments": [seg(0.25, 1.5, "only this one")]})
    ]


def test_pairing_problems_are_each_named(tmp_path: Path) -> None:
    place_audio(tmp_path, "two.wav", "two.flac", "shared.wav")
    write_srt(tmp_path / "lonely.srt")
    write_srt(tmp_path / "two.srt")
    write_srt(tmp_path / "shared.srt")
    write_srt(tmp_path / "shared.wav.srt")
    with pytest.raises(PackageError) as refused:
        read("srt", tmp_path)
    assert problem_lines(refused) == [
        f"{tmp_path / 'lonely.srt'}: no audio file beside it named lonely with .flac, .mp3, .oga, .ogg, .opus, .wav",
        f"{tmp_path / 'shared.wav.srt'}: shared.srt is also the transcript of shared.wav; keep one",
        f"{tmp_path / 'two.srt'}: two audio files could be its audio (two.flac, two.wav); name it after one, "
        "e.g. two.flac.srt",
    ]


def test_what_is_not_a_transcript_folder_or_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PackageError) as missing:
        read("srt", tmp_path / "nope")
    assert problem_lines(missing) == [f"{tmp_path / 'nope'}: no such file or folder"]
    place_audio(tmp_path, "a.wav")
    with pytest.raises(PackageError) as empty:
        read("srt", tmp_path)
    assert problem_lines(empty) == [f"{tmp_path}: no .srt files in this folder (or its subfolders)"]
    (tmp_path / "a.vtt").write_text("WEBVTT\n")
    with pytest.raises(PackageError) as other:
        read("srt", tmp_path / "a.vtt")
    assert problem_lines(other) == [f"{tmp_path / 'a.vtt'}: not a SRT file (its name must end in .srt)"]


def test_symbolic_links_are_refused_like_pack_refuses_them(tmp_path: Path) -> None:
    place_audio(tmp_path, "elsewhere/real.wav")
    src = tmp_path / "src"
    src.mkdir()
    os.symlink(tmp_path / "elsewhere" / "real.wav", src / "talk.wav")
    write_srt(src / "talk.srt", ("00:00:00,000", "00:00:01,000", "x"))
    with pytest.raises(PackageError) as refused:
        read("srt", src)
    assert problem_lines(refused) == [f"{src / 'talk.wav'}: symbolic links are not packed; copy the file instead"]


def test_every_file_s_problem_is_listed_together(tmp_path: Path) -> None:
    place_audio(tmp_path, "a.wav", "b.wav")
    (tmp_path / "a.srt").write_text("1\nbad\n")
    (tmp_path / "b.srt").write_text("1\n00:00:01,000 --> 00:00:00,500\nx\n")
    with pytest.raises(PackageError) as refused:
        read("srt", tmp_path)
    assert problem_lines(refused) == [
        f"{tmp_path / 'a.srt'}:2: cue 1: expected a time line like '00:00:01,000 --> 00:00:02,500' (found 'bad')",
        f"{tmp_path / 'b.srt'}:2: cue 1 ends (00:00:00,500) before it starts (00:00:01,000)",
    ]


# -- the rules for what is read ------------------------------------------------------------------


def test_unsorted_cues_are_sorted_and_overlapping_ones_cut_at_the_later_start(tmp_path: Path) -> None:
    place_audio(tmp_path, "talk.wav")
    path = write_srt(
        tmp_path / "talk.srt",
        ("00:00:01,500", "00:00:02,000", "third"),
        ("00:00:00,000", "00:00:01,000", "first, overlapping the second"),
        ("00:00:00,800", "00:00:01,200", "second"),
    )
    assert prelabels(read("srt", path))["talk.wav"] == {
        "segments": [
            seg(0.0, 0.8, "first, overlapping the second"),
            seg(0.8, 1.2, "second"),
            seg(1.5, 2.0, "third"),
        ]
    }


def test_a_cue_inside_another_cuts_it_and_no_text_is_lost(tmp_path: Path) -> None:
    place_audio(tmp_path, "talk.wav")
    path = write_srt(
        tmp_path / "talk.srt", ("00:00:00,000", "00:00:02,000", "long"), ("00:00:00,500", "00:00:01,000", "inside")
    )
    assert prelabels(read("srt", path))["talk.wav"] == {"segments": [seg(0.0, 0.5, "long"), seg(0.5, 1.0, "inside")]}


def test_cues_that_start_together_and_overlap_are_refused_naming_both(tmp_path: Path) -> None:
    place_audio(tmp_path, "talk.wav")
    path = write_srt(
        tmp_path / "talk.srt", ("00:00:00,500", "00:00:01,000", "a"), ("00:00:00,500", "00:00:01,500", "b")
    )
    with pytest.raises(PackageError) as refused:
        read("srt", path)
    assert problem_lines(refused) == [
        f"{path}:6: cue 1 and cue 2 both start at 00:00:00,500 and overlap; segments cannot overlap, so move one"
    ]


def test_a_cue_of_no_length_is_refused(tmp_path: Path) -> None:
    place_audio(tmp_path, "talk.wav")
    path = write_srt(
        tmp_path / "talk.srt", ("00:00:00,000", "00:00:01,000", "a"), ("00:00:01,000", "00:00:01,000", "b")
    )
    with pytest.raises(PackageError) as refused:
        read("srt", path)
    assert problem_lines(refused) == [f"{path}:6: cue 2 has no length (it starts and ends at 00:00:01,000)"]


def test_an_end_within_a_millisecond_of_the_audio_s_end_is_its_end_and_later_is_refused(tmp_path: Path) -> None:
    place_audio(tmp_path, "talk.wav")  # 2.000625 s
    path = write_srt(tmp_path / "talk.srt", ("00:00:01,000", "00:00:02,001", "to the end"))
    assert prelabels(read("srt", path))["talk.wav"] == {"segments": [seg(1.0, DURATION, "to the end")]}
    write_srt(path, ("00:00:01,000", "00:00:02,002", "past the end"))
    with pytest.raises(PackageError) as refused:
        read("srt", path)
    assert problem_lines(refused) == [
        f"{path}:2: cue 1 ends at 00:00:02,002, after the end of talk.wav (00:00:02,001); "
        "is it the transcript of another file?"
    ]


def test_a_damaged_audio_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "talk.wav").write_bytes(b"RIFF\x00\x00")
    path = write_srt(tmp_path / "talk.srt", ("00:00:00,000", "00:00:01,000", "x"))
    with pytest.raises(PackageError) as refused:
        read("srt", path)
    assert len(refused.value.problems) == 1
    assert refused.value.problems[0].file == str(tmp_path / "talk.wav")


# -- through the command line, from a real bundle ------------------------------------------------


def make_audio_bundle(tmp_path: Path, package: Path, annotations: dict[str, Any]) -> Path:
    opened = open_package(package)
    try:
        with Workspace.open(tmp_path / "ws", clock=FakeClock()) as ws:
            session = PackageSession(opened, ws)
            for item_id, annotation in annotations.items():
                ws.set_annotation(opened.manifest.id, item_id, annotation)
                ws.set_status(opened.manifest.id, item_id, Status.DONE)
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


@PARAMS
def test_export_and_import_on_the_command_line(
    tmp_path: Path, format_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    suffix = TRANSCRIPT_FORMATS[format_id]
    sound = wav()
    manifest = manifest_dict(
        [
            media_item("speech_en", "audio", "media/speech_en.wav", sound),
            media_item("quiet", "audio", "media/quiet.wav", sound),
            text_item("t1", "a text"),
        ]
    )
    package = write_zip_package(
        tmp_path / "pkg.zip", manifest, {"media/speech_en.wav": sound, "media/quiet.wav": sound}
    )
    segments = [seg(0.0, 0.75, "Straße 猫", "A"), seg(1.25, DURATION, "مرحبا 👍🏽", "B")]
    bundle = make_audio_bundle(tmp_path, package, {"speech_en": {"segments": segments}})
    out = tmp_path / "subtitles"
    out.mkdir()
    code = main(["export", "--format", format_id, str(bundle), "--package", str(package), "-o", str(out)])
    assert capsys.readouterr().out.startswith(f"Exported 1 annotated items of 3 to {out} (")
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == [f"speech_en{suffix}"]

    (out / "speech_en.wav").write_bytes(sound)
    again = tmp_path / "again.zip"
    assert main(["import", "--format", format_id, str(out), "-o", str(again)]) == 0
    assert capsys.readouterr().out == f"Imported 1 items (1 with prelabels) from {out} into {again}.\n"
    reopened = open_package(again)
    try:
        (item,) = reopened.manifest.items
        assert (item.id, item.media) == ("speech_en", "media/speech_en.wav")
        speakers = {"srt": []}.get(format_id, ["A", "B"])
        expected = kept(segments, format_id)
        if format_id == "srt":
            expected = [{**s, "speaker": None} for s in expected]
        assert item.prelabel == {"segments": expected}
        assert list(reopened.manifest.label_schemas["audio"].speakers) == speakers
    finally:
        reopened.close()
