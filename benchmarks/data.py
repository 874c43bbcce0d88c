"""Benchmark inputs: synthetic work packages cached in `.bench/`, and scratch folders on the real disk."""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw

from annotator.core.atomic import write_atomic

REPO_ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = REPO_ROOT / ".bench"
# Bump when the generated packages change shape, so stale caches are rebuilt rather than reused.
BUILD_VERSION = 1

_LABELS = {
    "image": {
        "mode": "single",
        "labels": [
            {"name": name, "color": color, "hotkey": str(index + 1)}
            for index, (name, color) in enumerate(
                [("person", "#e6194b"), ("cat", "#3cb44b"), ("cup", "#ffe119"), ("rocket", "#4363d8")]
            )
        ],
        "attributes": ["occluded", "truncated", "difficult"],
    },
    "text": {
        "mode": "single",
        "labels": [
            {"name": "positive", "color": "#3cb44b", "hotkey": "1"},
            {"name": "neutral", "color": "#888888", "hotkey": "2"},
            {"name": "negative", "color": "#e6194b", "hotkey": "3"},
        ],
    },
}
_WORDS = (
    "the delivery arrived late but the product itself works well and the battery lasts all day "
    "support answered quickly although the manual was confusing and two screws were missing from the box "
    "great value for the price would buy again terrible noise after a week returned it for a refund"
).split()


@contextmanager
def scratch_folder(prefix: str) -> Iterator[Path]:
    """A fresh folder under `.bench/tmp` (on the real disk, not tmpfs), removed afterwards."""
    parent = BENCH_DIR / "tmp"
    parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def fast_scratch_folder(prefix: str) -> Iterator[Path]:
    """A throwaway folder in RAM where possible, for setup whose fsyncs are not what we measure."""
    shm = Path("/dev/shm")
    parent = shm if shm.is_dir() and os.access(shm, os.W_OK) else None
    folder = Path(tempfile.mkdtemp(prefix=f"annotator-bench-{prefix}", dir=parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def tiny_jpeg() -> bytes:
    """A real 64x64 JPEG (a colour gradient), about a kilobyte."""
    image = Image.new("RGB", (64, 64))
    image.putdata([(x * 4, y * 4, (x + y) * 2) for y in range(64) for x in range(64)])
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80)
    return buffer.getvalue()


# Bump when photo_jpeg changes what it draws, so cached photos are rebuilt rather than reused.
PHOTO_VERSION = 2
# Per-pixel grain (Gaussian sigma) and JPEG quality that give camera-like files: ~0.32 bytes per
# pixel, so 12 MP is ~4 MB and 100 MP ~32 MB. Smooth synthetic images compress to a tenth of that and
# decode several times faster, which made first views look quicker than they are on real photos.
PHOTO_GRAIN = 4.0
PHOTO_QUALITY = 90


def photo_jpeg(size: tuple[int, int], seed: str = "photo") -> Path:
    """A cached photo-like JPEG of `size` (noise and detail at every scale, hard edges) in `.bench/photos`."""
    width, height = size
    path = BENCH_DIR / "photos" / f"photo-{width}x{height}-{seed}-v{PHOTO_VERSION}.jpg"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        buffer = io.BytesIO()
        _photo_like(size, seed).save(buffer, format="JPEG", quality=PHOTO_QUALITY)
        write_atomic(path, buffer.getvalue())
    return path


def _photo_like(size: tuple[int, int], seed: str) -> Image.Image:
    # Octaves of random colour from ~256 px blobs (light, sky, walls) down to 3 px texture (foliage,
    # fabric), then shapes with hard edges (objects), then per-pixel grain (sensor noise): what makes a
    # camera JPEG large and slow to entropy-decode.
    rng = random.Random(f"{seed}-{size}")
    width, height = size
    image: Image.Image | None = None
    for cell, weight in ((256, 1.0), (48, 0.6), (9, 0.45), (3, 0.35)):
        small = (max(2, width // cell), max(2, height // cell))
        layer = Image.frombytes("RGB", small, rng.randbytes(small[0] * small[1] * 3))
        layer = layer.resize(size, Image.Resampling.BICUBIC)
        image = layer if image is None else Image.blend(image, layer, weight / (1 + weight))
    assert image is not None
    draw = ImageDraw.Draw(image)
    for _ in range(max(20, width * height // 200_000)):
        x, y = rng.uniform(0, width), rng.uniform(0, height)
        radius = rng.uniform(8, 250)  # object sizes of a photo, whatever its pixel count
        color = tuple(rng.randrange(256) for _ in range(3))
        if rng.random() < 0.5:
            draw.ellipse((x - radius, y - radius * rng.uniform(0.3, 1), x + radius, y + radius), fill=color)
        else:
            corners = [
                (x + rng.uniform(-2, 2) * radius, y + rng.uniform(-2, 2) * radius) for _ in range(rng.randint(3, 6))
            ]
            draw.polygon(corners, fill=color)
    grain = Image.merge("RGB", [Image.effect_noise(size, PHOTO_GRAIN) for _ in range(3)])
    return ImageChops.add(image, grain, offset=-128)


def _numbered_jpeg(base: bytes, number: int) -> bytes:
    # A COM segment right after SOI makes every file distinct (its own SHA-256) and still a valid JPEG.
    comment = f"bench item {number}".encode("ascii")
    return base[:2] + b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment + base[2:]


def _text(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(12, 45))]
    return " ".join(words).capitalize() + "."


def package_path(kind: str, count: int) -> Path:
    """The cached zip package of `count` items of `kind` ('image' or 'text'), built on first use."""
    path = BENCH_DIR / "packages" / f"{kind}-{count}-v{BUILD_VERSION}.zip"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f"{path.name}.{os.getpid()}.partial")
        _write_package(temp, kind, count)
        os.replace(temp, path)
    return path


def _write_package(path: Path, kind: str, count: int) -> None:
    # Laid out as `annotator pack` lays it out: package.json deflated first, media stored.
    rng = random.Random(count)
    base = tiny_jpeg()
    items = []
    media: list[tuple[str, bytes]] = []
    for number in range(count):
        item_id = f"{kind}-{number:06d}"
        if kind == "image":
            data = _numbered_jpeg(base, number)
            name = f"media/{item_id}.jpg"
            media.append((name, data))
            items.append({"id": item_id, "kind": "image", "media": name, "sha256": hashlib.sha256(data).hexdigest()})
        else:
            items.append({"id": item_id, "kind": "text", "text": _text(rng), "lang": "en"})
    document = {
        "format": "annotator.package",
        "schema_version": 1,
        "id": f"bench-{kind}-{count}",
        "title": f"Benchmark: {count:,} {kind} items",
        "instructions": "Generated by `python -m benchmarks`.",
        "labels": {kind: _LABELS[kind]},
        "items": items,
    }
    raw = (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode()
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("package.json", raw, compress_type=zipfile.ZIP_DEFLATED)
        for name, data in media:
            archive.writestr(name, data)


def boxes(rng: random.Random, count: int) -> dict[str, list[dict[str, object]]]:
    """A realistic image annotation: `count` labelled boxes with float pixel coordinates."""
    names = [label["name"] for label in _LABELS["image"]["labels"]]
    return {
        "boxes": [
            {
                "label": rng.choice(names),
                "x": rng.uniform(0, 1800),
                "y": rng.uniform(0, 1000),
                "w": rng.uniform(4, 400),
                "h": rng.uniform(4, 400),
                "attributes": {"occluded": rng.random() < 0.2, "truncated": False, "difficult": False},
            }
            for _ in range(count)
        ]
    }
