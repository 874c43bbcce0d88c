"""Exporting 100,000 boxes on 10,000 images to COCO and YOLO, beside label-studio-converter doing the same from Label Studio JSON."""

from __future__ import annotations

import functools
import gc
import json
import logging
import random
import time
from dataclasses import dataclass
from pathlib import Path

from annotator.core.formats.dataset import Dataset, DatasetItem
from annotator.core.formats.image.coco import write_coco
from annotator.core.formats.image.yolo import write_ultralytics
from annotator.core.model import Label, LabelSchema
from benchmarks.report import Benchmark, Result, format_seconds, median

IMAGES = 10_000
BOXES_PER_IMAGE = 10
WIDTH, HEIGHT = 1920, 1080
RUNS = 3
COCO_TARGET = 1.0
YOLO_TARGET = 2.0
RATIO_TARGET = 5.0
LABELS = ("person", "cat", "cup", "rocket")
LS_CONFIG = (
    '<View><Image name="image" value="$image"/><RectangleLabels name="label" toName="image">'
    + "".join(f'<Label value="{name}"/>' for name in LABELS)
    + "</RectangleLabels></View>"
)


def dataset() -> Dataset:
    """10,000 annotated 1920x1080 images with 10 float boxes each, as dataset_from_bundles makes them."""
    rng = random.Random(7)
    items = []
    for number in range(IMAGES):
        boxes = []
        for index in range(BOXES_PER_IMAGE):
            w, h = rng.uniform(4, 400), rng.uniform(4, 400)
            boxes.append(
                {
                    "id": f"b{index + 1}",
                    "label": rng.choice(LABELS),
                    "x": rng.uniform(0, WIDTH - w),
                    "y": rng.uniform(0, HEIGHT - h),
                    "w": w,
                    "h": h,
                    "attributes": ["occluded"] if rng.random() < 0.2 else [],
                    "source": "user",
                }
            )
        items.append(
            DatasetItem(
                id=f"image-{number:06d}",
                kind="image",
                media=f"media/image-{number:06d}.jpg",
                width=WIDTH,
                height=HEIGHT,
                raw_size=(WIDTH, HEIGHT),
                annotation={"boxes": boxes, "verified": True},
                status="done",
            )
        )
    schema = LabelSchema(
        mode="single",
        labels=tuple(Label(name=name, color="#3cb44b") for name in LABELS),
        attributes=("occluded", "truncated"),
    )
    return Dataset(package_id="bench", title="Benchmark boxes", label_schemas={"image": schema}, items=tuple(items))


def label_studio_tasks(data: Dataset) -> list[dict[str, object]]:
    """The same boxes as Label Studio exports them: percent of original_width/height, the minimal shape the converter reads."""
    tasks = []
    for number, item in enumerate(data.items, 1):
        width, height = item.width or 1, item.height or 1
        result = [
            {
                "id": f"{number}-{found['id']}",
                "type": "rectanglelabels",
                "from_name": "label",
                "to_name": "image",
                "original_width": width,
                "original_height": height,
                "image_rotation": 0,
                "value": {
                    "x": found["x"] * 100 / width,
                    "y": found["y"] * 100 / height,
                    "width": found["w"] * 100 / width,
                    "height": found["h"] * 100 / height,
                    "rotation": 0,
                    "rectanglelabels": [found["label"]],
                },
            }
            for found in (item.annotation or {})["boxes"]
        ]
        tasks.append(
            {
                "id": number,
                "data": {"image": f"/data/upload/1/{item.file_name}"},
                "annotations": [{"id": number, "result": result}],
            }
        )
    return tasks


@dataclass(frozen=True)
class Timings:
    """Median seconds of our exports, and label-studio-converter's (None when it is not installed)."""

    coco: float
    yolo: float
    ls_coco: float | None
    ls_yolo: float | None
    ls_missing: str
    coco_bytes: int
    yolo_files: int
    disk: float  # creating as many files of the same sizes with plain open/write/close, no flush


@functools.cache
def measure() -> Timings:
    """Run every export once per RUNS (ours) and once (label-studio-converter, far slower), on the real disk."""
    from benchmarks.data import scratch_folder

    data = dataset()
    with scratch_folder("formats-") as folder:
        coco, yolo = [], []
        for run in range(RUNS):
            gc.collect()
            start = time.perf_counter()
            write_coco(data, folder / f"coco-{run}.json")
            coco.append(time.perf_counter() - start)
            gc.collect()
            start = time.perf_counter()
            written = write_ultralytics(data, folder / f"yolo-{run}")
            yolo.append(time.perf_counter() - start)
        coco_bytes = (folder / "coco-0.json").stat().st_size
        disk = _disk_alone(written, folder / "disk")
        ls_coco, ls_yolo, missing = _label_studio(data, folder)
    return Timings(median(coco), median(yolo), ls_coco, ls_yolo, missing, coco_bytes, len(written), disk)


def _disk_alone(written: list[Path], folder: Path) -> float:
    """What this disk takes to create the YOLO export's files, before any formatting: the floor under both tools."""
    contents = [path.read_bytes() for path in written]
    folder.mkdir()
    gc.collect()
    start = time.perf_counter()
    for number, data in enumerate(contents):
        with open(folder / f"{number}.txt", "wb") as stream:
            stream.write(data)
    return time.perf_counter() - start


def _label_studio(data: Dataset, folder: Path) -> tuple[float | None, float | None, str]:
    try:
        from label_studio_converter import Converter
    except ImportError:
        return None, None, "label-studio-converter not installed"
    tasks = folder / "label-studio.json"
    tasks.write_text(json.dumps(label_studio_tasks(data)), encoding="utf-8")
    # Its per-task warnings and info (images it cannot open to size) would flood the table's stderr.
    logging.getLogger("label_studio_converter").setLevel(logging.ERROR)
    converter = Converter(config=LS_CONFIG, project_dir=str(folder), download_resources=False)
    gc.collect()
    start = time.perf_counter()
    converter.convert_to_coco(str(tasks), str(folder / "ls-coco"), is_dir=False)
    ls_coco = time.perf_counter() - start
    result = json.loads((folder / "ls-coco" / "result.json").read_text(encoding="utf-8"))
    if len(result["annotations"]) != IMAGES * BOXES_PER_IMAGE:
        raise AssertionError(f"label-studio-converter wrote {len(result['annotations'])} COCO boxes")
    gc.collect()
    start = time.perf_counter()
    converter.convert_to_yolo(str(tasks), str(folder / "ls-yolo"), is_dir=False)
    ls_yolo = time.perf_counter() - start
    if len(list((folder / "ls-yolo" / "labels").iterdir())) != IMAGES:
        raise AssertionError("label-studio-converter wrote another number of YOLO label files")
    return ls_coco, ls_yolo, ""


_WHAT = f"{IMAGES * BOXES_PER_IMAGE:,} boxes on {IMAGES:,} images"


def bench_coco() -> Result:
    """Our COCO export (median of RUNS), with label-studio-converter's time beside it."""
    t = measure()
    theirs = f"label-studio-converter from LS JSON: {format_seconds(t.ls_coco)}" if t.ls_coco else t.ls_missing
    return Result(
        name=f"export {_WHAT} to COCO (median)",
        figure=t.coco,
        target=COCO_TARGET,
        samples=RUNS,
        detail=f"{t.coco_bytes / 1024**2:.1f} MB, one atomic write; {theirs}",
    )


def bench_yolo() -> Result:
    """Our YOLO (Ultralytics) export (median of RUNS), with label-studio-converter's time beside it."""
    t = measure()
    theirs = f"label-studio-converter from LS JSON: {format_seconds(t.ls_yolo)}" if t.ls_yolo else t.ls_missing
    return Result(
        name=f"export {_WHAT} to YOLO (median)",
        figure=t.yolo,
        target=YOLO_TARGET,
        samples=RUNS,
        detail=(
            f"{t.yolo_files:,} files written whole (temp folder, one flush, rename); creating them alone takes "
            f"{format_seconds(t.disk)} on this disk; {theirs}"
        ),
    )


def _ratio(name: str, ours: float, theirs: float | None, missing: str) -> Result:
    if theirs is None:
        return Result(
            name=name, figure=None, target=RATIO_TARGET, samples=0, missing=missing, unit="x", higher_is_better=True
        )
    return Result(
        name=name,
        figure=theirs / ours,
        target=RATIO_TARGET,
        samples=1,
        detail=f"label-studio-converter {format_seconds(theirs)} / ours {format_seconds(ours)}",
        unit="x",
        higher_is_better=True,
    )


def bench_coco_ratio() -> Result:
    """How many times faster our COCO export is than label-studio-converter's."""
    t = measure()
    return _ratio("COCO export, times faster than label-studio-converter", t.coco, t.ls_coco, t.ls_missing)


def bench_yolo_ratio() -> Result:
    """How many times faster our YOLO export is than label-studio-converter's."""
    t = measure()
    return _ratio("YOLO export, times faster than label-studio-converter", t.yolo, t.ls_yolo, t.ls_missing)


BENCHMARKS = (
    Benchmark(id="export-coco", area="formats", run=bench_coco),
    Benchmark(id="export-yolo", area="formats", run=bench_yolo),
    Benchmark(id="export-coco-vs-ls", area="formats", run=bench_coco_ratio),
    Benchmark(id="export-yolo-vs-ls", area="formats", run=bench_yolo_ratio),
)
