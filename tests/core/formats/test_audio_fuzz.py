"""Every transcript reader fuzzed: whatever the bytes, only a PackageError naming the file comes out, and quickly."""

from __future__ import annotations

import os
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.errors import PackageError
from annotator.core.formats.audio import common, eaf, srt, textgrid, webvtt
from tests.core.formats.test_audio_common import audio_dataset, seg

FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "300")),
    deadline=None,
    database=None,
    derandomize=not os.environ.get("FUZZ_EXPLORE"),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
MODULES = {"srt": srt, "webvtt": webvtt, "textgrid": textgrid, "eaf": eaf}
SEGMENTS = [
    seg(0.0, 0.5, 'Straße "q" <i>&amp;</i>', "A"),
    seg(0.5, 1.25, "猫\nمرحبا 👍🏽", "B"),
    seg(1.5, 2.0, "", None),
]
# Pieces each format gives meaning to, so mutations reach past the first check.
PIECES = [b"-->", b"\n\n", b"\r\n", b"<v ", b">", b"<", b"&", b'"', b'""', b"<exists>", b"size = 9", b"99999999999",
          b"1e999", b"-1", b"00:00:00,000", b"00:00.000", b"NOTE", b"WEBVTT", b"<!DOCTYPE", b"<TIER>", b"</TIER>",
          b'TIME_VALUE="', b"\xef\xbb\xbf", b"\xff\xfe", b"\x00", b"\xc3"]  # fmt: skip


def valid_bytes(tmp_path_factory: pytest.TempPathFactory, format_id: str) -> bytes:
    folder = tmp_path_factory.mktemp(format_id)
    module = MODULES[format_id]
    (path,) = module.write(audio_dataset({"talk.wav": SEGMENTS}), folder / "out")
    return path.read_bytes()


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        at = draw(st.integers(min_value=0, max_value=len(data)))
        how = draw(st.sampled_from(["flip", "insert", "delete", "cut", "piece"]))
        if how == "flip" and at < len(data):
            data[at] = draw(st.integers(min_value=0, max_value=255))
        elif how == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif how == "delete":
            del data[at : at + draw(st.integers(min_value=1, max_value=40))]
        elif how == "cut":
            del data[at:]
        else:
            data[at:at] = draw(st.sampled_from(PIECES)) * draw(st.integers(min_value=1, max_value=3))
    return bytes(data)


@pytest.mark.parametrize("format_id", list(MODULES))
def test_only_our_error_comes_out_of_a_reader(tmp_path_factory: pytest.TempPathFactory, format_id: str) -> None:
    module = MODULES[format_id]
    original = valid_bytes(tmp_path_factory, format_id)
    assert module.parse("talk", original)  # the seed itself is read

    @FUZZ
    @given(data=st.one_of(mutated(original), st.binary(max_size=200)))
    def case(data: bytes) -> None:
        began = time.monotonic()
        try:
            common.resolve(module.parse("talk.x", data), "talk.x", show=module.show)
        except PackageError as exc:
            assert len(exc.problems) == 1
            assert exc.problems[0].file.startswith("talk.x")
        assert time.monotonic() - began < 2.0

    case()
