"""Fuzzing every reader with hypothesis: whatever the bytes, only our typed errors come out, with no hang and no memory blow-up.

Mutations are the kinds that crashed the readers before (see tests/core/test_reader_refusals.py):
values of the wrong type, deep nesting, huge numbers, NaN, lone surrogates, duplicate keys, flipped
and cut bytes, rewritten zip header fields. The examples are derandomised, so `make test` is
repeatable and bounded in time (FUZZ_EXAMPLES cases per reader); FUZZ_EXPLORE=1 draws new ones each
run and FUZZ_EXAMPLES=5000 searches longer. The other fuzz modules (test_document_fuzz.py,
test_import_format_fuzz.py, formats/test_image_fuzz.py) share the guard, the mutations and the count.
"""

from __future__ import annotations

import io
import json
import os
import signal
import struct
import sys
import threading
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PIL import Image

from annotator.core.bundle import build_bundle, bundle_bytes, decode_bundle
from annotator.core.errors import AnnotatorError, MediaError, ProblemsError
from annotator.core.evaluation.content import (
    is_chat,
    is_search,
    is_summary,
    prompt_text,
    response_text,
    responses,
    search_results,
    segments,
)
from annotator.core.manifest import decode_manifest, parse_manifest
from annotator.core.media.peaks import compute_peaks
from annotator.core.media.probe import check_image, exif_orientation, probe_audio
from annotator.core.package import validate_package
from annotator.core.package_source import Limits
from annotator.core.packing import pack_package
from tests.conftest import REPO_ROOT
from tests.core.helpers import audio_bytes, small_manifest, zip_info

CASE_SECONDS = 5.0
MEMORY_GROWTH_MB = 500
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "300"))
# Derandomised unless asked to explore: the same cases every run, so a failure in CI is the one seen here.
DERANDOMIZE = not os.environ.get("FUZZ_EXPLORE")
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # the alarm below bounds each case; a deadline would only report after the fact
    database=None,
    derandomize=DERANDOMIZE,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
DEMO_MANIFEST = (REPO_ROOT / "resources/demo/package.json").read_bytes()
CASES_RUN: dict[str, int] = {}
MODULE_READERS = [
    "manifest", "evaluation manifest", "bundle", "package zip", "image", "audio", "text table", "label schema"
]  # fmt: skip


# -- the guard around each case: typed errors only, bounded time and memory ----------------------


class Hang(Exception):
    """A case ran past CASE_SECONDS."""


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024**2


@contextmanager
def guarded(reader: str) -> Iterator[None]:
    """Run one case: fail on a hang (SIGALRM) or on resident memory growing by more than MEMORY_GROWTH_MB."""
    start_rss = _rss_mb()
    peak = [start_rss]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.005):
            peak[0] = max(peak[0], _rss_mb())

    def alarm(signum: int, frame: Any) -> None:
        raise Hang(f"{reader}: a case took longer than {CASE_SECONDS} s")

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, CASE_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        stop.set()
        sampler.join()
    CASES_RUN[reader] = CASES_RUN.get(reader, 0) + 1
    growth = max(peak[0], _rss_mb()) - start_rss
    assert growth < MEMORY_GROWTH_MB, f"{reader}: memory grew by {growth:.0f} MB in one case"


def only_typed_errors(call: Callable[[], Any], *allowed: type[BaseException]) -> Any:
    """Call; our typed errors are fine answers, anything else escapes and fails the test."""
    try:
        return call()
    except allowed or (AnnotatorError,):  # noqa: B030 - a tuple of exception classes, given by the caller
        return None


# -- JSON mutations ---------------------------------------------------------------------------------

PLACEHOLDER = "\u2063fuzz\u2063"
nasty_literals = st.sampled_from(
    [
        "NaN",
        "Infinity",
        "-Infinity",
        "1e400",
        "9" * 5000,
        "-" + "9" * 30,
        '"\\ud800"',
        '"\\udc00x"',
        '"\\u0000"',
        "[" * 100_000 + "]" * 100_000,
        "[" * 500 + "]" * 500,
        '{"a": 1, "a": 2}',
        "[[1, 2], [3]]",
        "null",
        "true",
        '""',
        '"' + "x" * 300_000 + '"',
        "-0.0",
        "5e-324",
        "{}",
        "[]",
    ]
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
replacement = nasty_literals | json_values.map(json.dumps)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value[:6]):  # a few items are enough; the demo has 54
            found += _paths(child, (*prefix, index))
    return found


def _set(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[head] = _set(value[head], rest, new)
    return copy


@st.composite
def mutated_json(draw: st.DrawFn, seed: bytes) -> bytes:
    """The seed document with one to three values replaced, keys added or removed, or its bytes damaged."""
    document = json.loads(seed)
    literals: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(document)
        path = draw(st.sampled_from(paths))
        action = draw(st.sampled_from(["replace", "replace", "add-key", "drop"]))
        target: Any = document
        for part in path:
            target = target[part]
        if action == "add-key" and isinstance(target, dict):
            key = draw(st.sampled_from(["answer", "gold", "extra", "status", "id", "kind", "x"]))
            document = _set(document, path, {**target, key: PLACEHOLDER + str(len(literals))})
            literals.append(draw(replacement))
        elif action == "drop" and path:
            parent = _get(document, path[:-1])
            if isinstance(parent, dict):
                document = _set(document, path[:-1], {k: v for k, v in parent.items() if k != path[-1]})
        else:
            document = _set(document, path, PLACEHOLDER + str(len(literals)))
            literals.append(draw(replacement))
    text = json.dumps(document, ensure_ascii=False)
    for index, literal in enumerate(literals):
        text = text.replace(json.dumps(PLACEHOLDER + str(index), ensure_ascii=False), literal, 1)
    raw = text.encode("utf-8", "surrogatepass")
    return draw(damaged(raw)) if draw(st.integers(0, 4)) == 0 else raw


def _get(value: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        value = value[part]
    return value


@st.composite
def damaged(draw: st.DrawFn, raw: bytes) -> bytes:
    """Bytes with a few flipped, a slice cut out, or the end cut off."""
    data = bytearray(raw)
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        choice = draw(st.sampled_from(["flip", "cut", "truncate", "insert"]))
        at = draw(st.integers(0, len(data) - 1))
        if choice == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif choice == "cut":
            del data[at : at + draw(st.integers(1, 64))]
        elif choice == "truncate":
            del data[at:]
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
    return bytes(data)


# -- the readers ----------------------------------------------------------------------------------


@FUZZ
@given(raw=mutated_json(DEMO_MANIFEST))
def test_fuzz_manifest(raw: bytes) -> None:
    with guarded("manifest"):
        data, problems = decode_manifest(raw, "package.json")
        if data is not None:
            manifest, problems = parse_manifest(data, "package.json")
            assert (manifest is None) == bool(problems)
        assert all(problem.file == "package.json" and problem.reason for problem in problems)


# -- evaluation items, built field by field ---------------------------------------------------------
# Random bytes rarely get past the JSON parser; these strategies build package.json documents of the
# four evaluation kinds, right in shape, with some fields of the wrong type, size or text.

EVAL_TEXTS = st.sampled_from(
    ["", " ", "Q?", "Straße 👍🏽", "مرحبا", "e\u0301", "<b>bold</b> &amp;", "\u0000", "\ud800", "x" * 100_000, "\n" * 500]
) | st.text(max_size=20)  # fmt: skip
EVAL_IDS = st.sampled_from(["r1", "r2", "a", "b", "", "r1 ", "../x", "é", "x" * 200]) | st.text(max_size=6)
EVAL_URLS = st.sampled_from(["https://m.example/o", "javascript:alert(1)", "file:///etc/passwd", "", "http://[::1"])
COUNTS = st.sampled_from([-1, 0, 1, 2, 3, 5, 11, 10**9, 2**63]) | st.integers(-10, 10)


def _evaluation_strategies(wild: bool) -> tuple[dict[str, Any], dict[str, Any]]:
    """Each kind's content and settings strategies: right in shape, or (wild) with fields missing, extra or mistyped.

    Both, because faults compound: with a fault possible in every field, hardly a document would
    ever read, and what the editors do with content that reads would go untested.
    """

    def value(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        return st.one_of(*[strategy] * 5, json_values) if wild else strategy

    def many(strategy: st.SearchStrategy[Any], at_least: int, at_most: int) -> st.SearchStrategy[list[Any]]:
        return st.lists(strategy, min_size=0 if wild else at_least, max_size=at_most)

    ids = EVAL_IDS if wild else st.sampled_from(["r1", "r2", "r3", "a", "b", "R-9.x", "x" * 128])
    roles = st.sampled_from(["system", "user", "assistant", *(["bot", ""] if wild else [])])
    # Ids unique within a list, unless wild (duplicates are a fault the reader must name).
    unique: dict[str, Any] = {} if wild else {"unique_by": lambda entry: entry.get("id")}

    @st.composite
    def fields(draw: st.DrawFn, required: dict[str, Any], optional: dict[str, Any] | None = None) -> dict[str, Any]:
        document = {name: draw(value(v)) for name, v in required.items() if not wild or draw(st.integers(0, 9))}
        for name, v in (optional or {}).items():
            if draw(st.booleans()):
                document[name] = draw(value(v))
        if wild and not draw(st.integers(0, 9)):
            document[draw(st.sampled_from(["extra", "id", "kind"]))] = draw(json_values)
        return document

    prompt = EVAL_TEXTS | many(fields({"role": roles, "content": EVAL_TEXTS}), 1, 5)
    response = fields({"id": ids, "text": EVAL_TEXTS}, {"system": ids})
    result = fields({"id": ids, "title": EVAL_TEXTS}, {"snippet": EVAL_TEXTS, "url": EVAL_URLS})
    languages = {
        "source_lang": st.sampled_from(["en", "it", "", "xx-YY-zz"]),
        "target_lang": st.sampled_from(["de", ""]),
    }
    content = {
        "pairwise": fields(
            {"prompt": prompt, "responses": st.lists(response, min_size=0 if wild else 2, max_size=5, **unique)}
        ),
        "rating": fields({"prompt": prompt, "response": EVAL_TEXTS}, {"system": EVAL_IDS})
        | fields({"query": EVAL_TEXTS, "results": st.lists(result, min_size=0 if wild else 1, max_size=4, **unique)}),
        "translation": fields(
            {"source": many(EVAL_TEXTS, 1, 4), "target": many(EVAL_TEXTS, 1, 4)},
            {**languages, "task": st.sampled_from(["summary", "translation", *(["", "SUMMARY"] if wild else [])])},
        ),
        "rewrite": fields({"response": EVAL_TEXTS}, {"prompt": prompt, "system": EVAL_IDS}),
    }
    scale = st.lists(fields({"value": COUNTS, "anchor": EVAL_TEXTS}), max_size=6)
    severities = st.sampled_from(["minor", "major", "critical", "neutral", ""])
    settings_ = {
        "pairwise": fields(
            {},
            {
                "criteria": st.lists(EVAL_TEXTS, max_size=4),
                "reasons": st.lists(EVAL_TEXTS, max_size=4),
                "rationale_min_chars": COUNTS,
                **{flag: st.booleans() for flag in ("strength", "allow_tie", "allow_both_bad", "randomize")},
            },
        ),
        "rating": fields(
            {},
            {
                "criteria": many(fields({"name": EVAL_TEXTS}, {"description": EVAL_TEXTS, "scale": scale}), 1, 3),
                "flags": st.lists(
                    fields({"name": EVAL_TEXTS}, {"key": EVAL_TEXTS, "description": EVAL_TEXTS}), max_size=3
                ),
                "allow_na": st.booleans(),
                "confidence_levels": COUNTS,
                "relevance": st.lists(EVAL_TEXTS, max_size=3),
            },
        ),
        "translation": fields(
            {},
            {
                "categories": st.lists(EVAL_TEXTS, max_size=4) | st.lists(fields({"name": EVAL_TEXTS}), max_size=3),
                "weights": st.dictionaries(severities, COUNTS | st.floats()),
                "esa": st.booleans(),
            },
        ),
        "rewrite": fields({}, {"categories": st.lists(EVAL_TEXTS, max_size=4), "require_category": st.booleans()}),
    }
    return content, settings_


EVALUATION = {wild: _evaluation_strategies(wild) for wild in (False, True)}
EVAL_BASE = {key: value for key, value in json.loads(DEMO_MANIFEST).items() if key not in ("items", "labels")}


@st.composite
def evaluation_manifests(draw: st.DrawFn) -> bytes:
    """package.json with one to four evaluation items (and their kinds' settings), perhaps damaged after."""
    wild = draw(st.booleans())
    content, settings_ = EVALUATION[wild]
    kinds = draw(st.lists(st.sampled_from(sorted(content)), min_size=1, max_size=4))
    items = []
    for number, kind in enumerate(kinds):
        item: dict[str, Any] = {"id": f"e{number}" if not wild or draw(st.integers(0, 5)) else "e0", "kind": kind}
        item["content"] = draw(content[kind])
        if draw(st.booleans()):
            item["lang"] = draw(st.sampled_from(["en", "it", "de", "ar", "", "zz"]))
        if wild and not draw(st.integers(0, 7)):
            item[draw(st.sampled_from(["text", "media", "prelabel", "gold"]))] = draw(json_values)
        items.append(item)
    labels = {kind: draw(settings_[kind]) for kind in sorted(set(kinds)) if draw(st.booleans())}
    document = {**EVAL_BASE, "labels": labels, "items": items}
    raw = json.dumps(document, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")
    return draw(damaged(raw)) if wild and not draw(st.integers(0, 3)) else raw


@FUZZ
@given(raw=evaluation_manifests())
def test_fuzz_evaluation_manifest(raw: bytes) -> None:
    # A manifest that reads must also show: what the editors take from each item's content never fails.
    with guarded("evaluation manifest"):
        data, problems = decode_manifest(raw, "package.json")
        if data is not None:
            manifest, problems = parse_manifest(data, "package.json")
            assert (manifest is None) == bool(problems)
            for item in manifest.items if manifest else ():
                content = item.content
                prompt_text(content), responses(content), response_text(content), is_chat(content)
                search_results(content) if is_search(content) else None
                segments(content, "source"), segments(content, "target"), is_summary(content)
        assert all(problem.file == "package.json" and problem.reason for problem in problems)


BUNDLE_SEED = bundle_bytes(build_bundle(small_manifest(), manifest_sha256="a" * 64, annotator="worker-1"))


@FUZZ
@given(raw=mutated_json(BUNDLE_SEED))
def test_fuzz_bundle(raw: bytes) -> None:
    with guarded("bundle"):
        document, problems = decode_bundle(raw, "b.bundle.json")
        assert (document is None) == bool(problems)


def _seed_package_zip() -> bytes:
    png = io.BytesIO()
    Image.effect_noise((40, 30), 50).convert("RGB").save(png, "PNG")
    jpeg = io.BytesIO()
    Image.effect_noise((40, 30), 50).convert("RGB").save(jpeg, "JPEG")
    wav = audio_bytes("WAV", seconds=0.05)
    files = {"media/a.png": png.getvalue(), "media/b.jpg": jpeg.getvalue(), "media/c.wav": wav}
    import hashlib

    items = [
        {
            "id": "a",
            "kind": "image",
            "media": "media/a.png",
            "sha256": hashlib.sha256(files["media/a.png"]).hexdigest(),
        },
        {
            "id": "b",
            "kind": "image",
            "media": "media/b.jpg",
            "sha256": hashlib.sha256(files["media/b.jpg"]).hexdigest(),
        },
        {"id": "c", "kind": "audio", "media": "media/c.wav", "sha256": hashlib.sha256(wav).hexdigest()},
        {"id": "t", "kind": "text", "text": "hello"},
    ]
    manifest = json.loads(DEMO_MANIFEST)
    manifest["items"] = items
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zip_info("package.json"), json.dumps(manifest))
        for name, data in files.items():
            archive.writestr(zip_info(name, compress_type=zipfile.ZIP_DEFLATED), data)
    return buffer.getvalue()


ZIP_SEED = _seed_package_zip()
# Header fields worth lying in: (signature, offset within the record, struct format).
_ZIP_FIELDS = [
    (b"PK\x03\x04", 6, "<H"),  # local flags
    (b"PK\x03\x04", 8, "<H"),  # local method
    (b"PK\x03\x04", 18, "<I"),  # local compressed size
    (b"PK\x03\x04", 22, "<I"),  # local size
    (b"PK\x03\x04", 26, "<H"),  # local name length
    (b"PK\x01\x02", 8, "<H"),  # central flags
    (b"PK\x01\x02", 10, "<H"),  # central method
    (b"PK\x01\x02", 20, "<I"),  # central compressed size
    (b"PK\x01\x02", 24, "<I"),  # central size
    (b"PK\x01\x02", 42, "<I"),  # local header offset
    (b"PK\x01\x02", 38, "<I"),  # external attributes (symlink bits)
    (b"PK\x05\x06", 8, "<H"),  # entries on this disk
    (b"PK\x05\x06", 10, "<H"),  # entries in all
    (b"PK\x05\x06", 12, "<I"),  # index size
    (b"PK\x05\x06", 16, "<I"),  # index offset
]


@st.composite
def mutated_zip(draw: st.DrawFn) -> bytes:
    data = bytearray(ZIP_SEED)
    for _ in range(draw(st.integers(1, 3))):
        signature, offset, fmt = draw(st.sampled_from(_ZIP_FIELDS))
        starts = [i for i in range(len(data)) if data.startswith(signature, i)]
        if not starts:
            continue
        at = draw(st.sampled_from(starts)) + offset
        width = struct.calcsize(fmt)
        if at + width > len(data):
            continue
        limit = 2 ** (8 * width) - 1
        value = draw(
            st.sampled_from([0, 1, 8, 12, 14, 20, 32, 93, 98, 99, 0xFFFF, limit, limit - 1]) | st.integers(0, limit)
        )
        struct.pack_into(fmt, data, at, min(value, limit))
    raw = bytes(data)
    return draw(damaged(raw)) if draw(st.booleans()) else raw


@FUZZ
@given(raw=mutated_zip())
def test_fuzz_package_zip(raw: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
    path = tmp_path_factory.mktemp("zip") / "pkg.zip"
    path.write_bytes(raw)
    with guarded("package zip"):
        problems = validate_package(path, limits=Limits(max_total_bytes=64 * 1024**2))
    assert all(problem.reason for problem in problems)


IMAGE_SEEDS: list[bytes] = []
for fmt, mode in [("JPEG", "RGB"), ("PNG", "RGBA"), ("GIF", "P"), ("BMP", "RGB"), ("TIFF", "RGB"), ("WEBP", "RGB")]:
    buffer = io.BytesIO()
    image = Image.effect_noise((48, 32), 40).convert(mode)
    exif = Image.Exif()
    exif[0x0112] = 6
    image.save(buffer, fmt, **({"exif": exif.tobytes()} if fmt in ("JPEG", "PNG", "WEBP", "TIFF") else {}))
    IMAGE_SEEDS.append(buffer.getvalue())


@st.composite
def mutated_image(draw: st.DrawFn) -> bytes:
    seed = draw(st.sampled_from(IMAGE_SEEDS))
    data = bytearray(seed)
    if draw(st.booleans()):
        # Lie about the size in the header: the classic decompression bomb.
        for signature, offset, fmt in [(b"IHDR", 4, ">II"), (b"\xff\xc0", 5, ">HH"), (b"BM", 18, "<ii")]:
            at = bytes(data).find(signature)
            if at >= 0 and at + offset + struct.calcsize(fmt) <= len(data):
                big = draw(st.sampled_from([0, 1, 30_000, 65_535, 2**31 - 1]))
                big = min(big, 65_535) if "H" in fmt else big
                struct.pack_into(fmt, data, at + offset, *([big] * 2))
    raw = bytes(data)
    return draw(damaged(raw)) if draw(st.integers(0, 2)) else raw


@FUZZ
@given(raw=mutated_image())
def test_fuzz_image(raw: bytes) -> None:
    with guarded("image"):
        info = only_typed_errors(
            lambda: check_image(raw, "x.img", max_pixels=10**9, max_decoded_bytes=512 * 1024**2), MediaError
        )
        if info is not None:
            assert 1 <= exif_orientation(raw, info.format) <= 8


def _encoded(fmt: str, subtype: str) -> bytes:
    import numpy as np
    import soundfile

    buffer = io.BytesIO()
    tone = np.sin(np.arange(1600) * 0.3).astype("float32") * 0.5
    soundfile.write(buffer, tone, 16000, format=fmt, subtype=subtype)
    return buffer.getvalue()


AUDIO_SEEDS = [
    audio_bytes("WAV", seconds=0.1),
    audio_bytes("FLAC", seconds=0.1),
    _encoded("OGG", "VORBIS"),
    _encoded("OGG", "OPUS"),
    _encoded("MP3", "MPEG_LAYER_III"),
]


@FUZZ
@given(raw=st.sampled_from(AUDIO_SEEDS).flatmap(damaged))
@example(raw=AUDIO_SEEDS[1][: len(AUDIO_SEEDS[1]) // 3])  # a cut FLAC: see below
def test_fuzz_audio(raw: bytes) -> None:
    # Probed as the package does, and decoded to its end as the waveform is (a cut FLAC once escaped
    # from the decode as libsndfile's own error, "flac decoder lost sync", naming no file).
    with guarded("audio"):
        only_typed_errors(lambda: probe_audio(raw, "x.wav"), MediaError)
        only_typed_errors(lambda: compute_peaks(io.BytesIO(raw), name="x.wav"), MediaError)


TABLE_SEEDS = [
    'id,text,lang\na1,Caffè buono,it\na2,"Straße, ""nass""",de\n'.encode("utf-8-sig"),
    "id;text\r\nb1;Grüße 🎉\r\n".encode("utf-16"),
    b'{"id": "c1", "text": "ok", "prelabel": {"labels": ["positive"], "score": 0.5}}\n{"text": "two"}\n',
]


@FUZZ
@given(raw=st.sampled_from(TABLE_SEEDS).flatmap(damaged), suffix=st.sampled_from([".csv", ".jsonl"]))
def test_fuzz_text_tables_through_pack(raw: bytes, suffix: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("pack")
    table = folder / f"texts{suffix}"
    table.write_bytes(raw)
    labels = folder / "labels.json"
    labels.write_text(json.dumps({"mode": "single", "labels": [{"name": "positive", "color": "#2ca02c"}]}))
    with guarded("text table"):
        only_typed_errors(lambda: pack_package(table, labels_path=labels, output=folder / "out.zip"), ProblemsError)


@FUZZ
@given(
    raw=mutated_json(
        json.dumps(
            {
                "image": {
                    "mode": "single",
                    "labels": [{"name": "cat", "color": "#ff0000", "hotkey": "1"}],
                    "attributes": ["occluded"],
                }
            }
        ).encode()
    )
)
def test_fuzz_label_schema_through_pack(raw: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("labels")
    (folder / "media").mkdir()
    png = io.BytesIO()
    Image.new("RGB", (4, 4)).save(png, "PNG")
    (folder / "media" / "a.png").write_bytes(png.getvalue())
    labels = folder / "labels.json"
    labels.write_bytes(raw)
    with guarded("label schema"):
        only_typed_errors(
            lambda: pack_package(folder / "media", labels_path=labels, output=folder / "out.zip"), ProblemsError
        )


def report_cases(capsys: pytest.CaptureFixture[str], readers: list[str]) -> None:
    """Print how many cases each of `readers` took (and the running total of every fuzz module); fail on none."""
    with capsys.disabled():
        counts = ", ".join(f"{name} {CASES_RUN.get(name, 0)}" for name in readers)
        sys.stdout.write(f"\nfuzz cases so far: {sum(CASES_RUN.values())}; this module: {counts}\n")
    missing = [name for name in readers if not CASES_RUN.get(name)]
    assert not missing, f"no fuzz case ran for {missing}"


def test_zz_fuzz_case_counts_reported(capsys: pytest.CaptureFixture[str]) -> None:
    # Runs last in this module (pytest keeps file order): prints how many cases each reader took.
    report_cases(capsys, sorted(MODULE_READERS))
