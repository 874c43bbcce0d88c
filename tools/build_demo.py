"""Rebuild the bundled demo work package in resources/demo/ from offline sources."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import skimage
import soundfile as sf
from demo_evaluation import SETTINGS as EVALUATION_SETTINGS
from demo_evaluation import build_evaluation, with_evaluation_instructions
from PIL import Image
from scipy.signal import resample_poly
from skimage import data as skdata

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "demo"
MEDIA = OUT / "media"
SCHEMA = ROOT / "resources" / "schemas" / "package-v1.schema.json"

LONG_SIDE = 640
JPEG_QUALITY = 85
SAMPLE_RATE = 16000
LEAD_IN_SECONDS = 0.25
MAX_PACKAGE_BYTES = 3 * 1024 * 1024


def box(
    label: str, x: float, y: float, w: float, h: float, score: float
) -> dict[str, Any]:
    """A suggested box in pixels of the resized image, as a detector would report it."""
    return {
        "label": label,
        "x": float(x),
        "y": float(y),
        "w": float(w),
        "h": float(h),
        "score": score,
    }


# Photographs that scikit-image ships inside its wheel (no download needed), with the
# source and licence stated in each loader's docstring.
PHOTOS: list[dict[str, Any]] = [
    {
        "name": "astronaut",
        "title": "Astronaut Eileen Collins",
        "source": "NASA Great Images database, <https://flic.kr/p/r9qvLn>",
        "licence": "No known copyright restrictions, released into the public domain.",
        # Boxes are in pixels of the resized 640 x 640 image. The flag is left out
        # on purpose so the annotator has something to add.
        "boxes": [
            box("person", 22, 18, 438, 622, 0.94),
            box("rocket", 442, 0, 140, 346, 0.71),
        ],
    },
    {
        "name": "coffee",
        "title": "Coffee cup",
        "source": "Courtesy of Pikolo Espresso Bar",
        "licence": "No copyright restrictions. CC0 by the photographer (Rachel Michetti).",
        "boxes": [
            box("cup", 183, 19, 256, 312, 0.88),
        ],
    },
    {
        "name": "chelsea",
        "title": "Chelsea the cat",
        "source": "Stefan van der Walt",
        "licence": "No copyright restrictions. CC0 by the photographer (Stefan van der Walt).",
    },
    {
        "name": "rocket",
        "title": "Launch photo of DSCOVR on Falcon 9 by SpaceX",
        "source": "SpaceX Photos, <https://www.flickr.com/photos/spacexphotos/16511594820/>",
        "licence": (
            "Captured by SpaceX and released into the public domain "
            "(<http://arstechnica.com/tech-policy/2015/03/"
            "elon-musk-puts-spacex-photos-into-the-public-domain/>)."
        ),
    },
    {
        "name": "hubble_deep_field",
        "title": "Hubble eXtreme Deep Field",
        "source": (
            "HubbleSite, "
            "<http://hubblesite.org/newscenter/archive/releases/2012/37/image/a/>"
        ),
        "licence": (
            "Captured by NASA; may be freely used in the public domain "
            "(<http://www.nasa.gov/audience/formedia/features/MP_Photo_Guidelines.html>)."
        ),
    },
    {
        "name": "coins",
        "title": "Greek coins from Pompeii",
        "source": (
            "Brooklyn Museum Collection, "
            "<https://www.brooklynmuseum.org/opencollection/archives/image/51611>"
        ),
        "licence": "No known copyright restrictions.",
    },
]

# One sentence per voice, each 2-4 s when spoken by espeak-ng at its default rate.
# "prelabel" mimics an imperfect speech-to-text draft for the annotator to correct.
SPEECH: list[dict[str, Any]] = [
    {
        "lang": "en",
        "text": "Please check every label before you submit the batch.",
        "prelabel": "Please check every label before you submit the patch.",
    },
    {"lang": "it", "text": "Il treno per Milano parte alle nove e mezza."},
    {"lang": "de", "text": "Das Wetter in Berlin ist heute kalt und windig."},
]

# Short review-style sentences; a few carry a model's suggestion, never an answer key.
TEXTS: dict[str, list[str]] = {
    "en": [
        "The delivery was quick and the box arrived intact.",
        "Battery life is fine, about what the listing promised.",
        "The zipper broke after two weeks and support never replied.",
        "Lovely little café, friendly staff and the best croissant in town.",
        "I ordered the blue one and received a grey one.",
        "Arrived on Tuesday as scheduled.",
        "Setup took five minutes and the app just works.",
        "Far too loud for a bedroom, so I sent it back.",
        "The room was clean, but breakfast ended at nine.",
        "Honestly the best headphones I have owned at this price.",
    ],
    "it": [
        "Spedizione veloce e prodotto conforme alla descrizione.",
        "Il cavo è arrivato piegato e il telefono non si ricarica.",
        "La camera era pulita, ma il Wi-Fi non funzionava quasi mai.",
        "Prezzo nella media, qualità nella media.",
        "Personale gentilissimo, torneremo sicuramente!",
        "Il pacco è stato consegnato al vicino.",
        "Dopo un mese lo schermo ha smesso di funzionare.",
        "Ottimo rapporto qualità-prezzo, lo consiglio.",
        "Le istruzioni sono solo in inglese.",
        "Quaranta minuti di attesa per una pizza fredda.",
    ],
    "de": [
        "Schnelle Lieferung, alles bestens verpackt.",
        "Der Akku hält kaum einen Tag durch.",
        "Die Größe entspricht der Tabelle.",
        "Sehr freundlicher Kundendienst, das Problem war in zehn Minuten gelöst.",
        "Leider fehlte eine Schraube im Paket.",
        "Das Hotel liegt direkt am Bahnhof.",
        "Klingt super und ist überraschend leicht.",
        "Nach dem ersten Waschen ist das Shirt eingelaufen.",
        "Die Farbe ist etwas dunkler als auf dem Foto.",
        "Für den Preis absolut in Ordnung, gerne wieder.",
    ],
}

TEXT_PRELABELS: dict[str, dict[str, Any]] = {
    "txt-en-01": {"labels": ["positive"], "score": 0.87},
    "txt-en-09": {"labels": ["neutral"], "score": 0.52},
    "txt-it-03": {"labels": ["negative"], "score": 0.58},
    "txt-de-02": {"labels": ["negative"], "score": 0.93},
}

IMAGE_LABELS = [
    ("person", "#e6194b"),
    ("cat", "#3cb44b"),
    ("cup", "#ffe119"),
    ("rocket", "#4363d8"),
    ("galaxy", "#f58231"),
    ("star", "#911eb4"),
    ("coin", "#46f0f0"),
    ("flag", "#f032e6"),
]

INSTRUCTIONS = """\
# Welcome to the annotator demo

This package has three kinds of items. Work through them in order; your work is
saved as you go. Press **F1** at any time to see all keys.

## Images: draw boxes
Draw one tight box around every visible object of a listed class, then pick its
class (keys **1-8**).

- **person**: a human, even if partly hidden.
- **cat**: a cat; a face close-up counts.
- **cup**: a cup or mug, including its handle (not the saucer).
- **rocket**: a rocket or launch vehicle, models included.
- **galaxy**: a fuzzy, extended galaxy.
- **star**: a point-like star, often with four spikes.
- **coin**: one box per coin.
- **flag**: a flag or banner.

Tick **occluded** when something covers part of the object, **truncated** when
it runs off the edge of the photo, and **difficult** when you are unsure what it
is. Some images come with suggested boxes: fix, delete or keep them.

## Audio: transcribe
Type exactly what is said, in the spoken language, with normal punctuation.
Mark words you cannot make out as `[inaudible]`, overlapping voices as
`[crosstalk]` and laughter as `[laughter]`. Set the speaker (**A** or **B**) for
each segment and adjust its start and end to the speech. A draft transcript may
be filled in: listen and correct it.

## Texts: sentiment
Pick how the writer feels about the product or service:

- **positive** (key **1**): happy with it overall.
- **neutral** (key **2**): plain facts, or praise and complaint in balance.
- **negative** (key **3**): unhappy with it overall.

Judge the text as written, whatever its language. A suggestion may be
preselected; change it when you disagree.
"""


def sha256_of(path: Path) -> str:
    """Lowercase hex SHA-256 of a file's bytes, as the manifest records it."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def resize_long_side(image: Image.Image, long_side: int) -> Image.Image:
    """Scale so the longer side is `long_side` px, keeping the aspect ratio."""
    scale = long_side / max(image.size)
    size = (round(image.width * scale), round(image.height * scale))
    return image.resize(size, Image.Resampling.LANCZOS)


def write_photo(name: str, path: Path) -> tuple[int, int]:
    """Load a bundled scikit-image photo, resize it and save it as a metadata-free JPEG."""
    # Built from the raw pixel array, so no EXIF or other metadata carries over.
    image = Image.fromarray(getattr(skdata, name)())
    image = resize_long_side(image, LONG_SIDE)
    image.save(path, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return image.size


def check_boxes(boxes: list[dict[str, Any]], size: tuple[int, int], name: str) -> None:
    """Refuse suggested boxes that stray outside the resized image."""
    width, height = size
    for box in boxes:
        inside = box["x"] >= 0 and box["y"] >= 0
        inside = (
            inside and box["x"] + box["w"] <= width and box["y"] + box["h"] <= height
        )
        if not inside:
            raise ValueError(f"{name}: box {box} lies outside {width}x{height}")


def build_images() -> list[dict[str, Any]]:
    """Write the photographs and return their manifest items."""
    items = []
    for photo in PHOTOS:
        path = MEDIA / f"{photo['name']}.jpg"
        size = write_photo(photo["name"], path)
        item: dict[str, Any] = {
            "id": f"img-{photo['name']}",
            "kind": "image",
            "media": f"media/{path.name}",
            "sha256": sha256_of(path),
        }
        if "boxes" in photo:
            check_boxes(photo["boxes"], size, photo["name"])
            item["prelabel"] = {"boxes": photo["boxes"]}
        items.append(item)
    return items


def synthesise(text: str, voice: str) -> tuple[np.ndarray, int]:
    """Speak `text` with espeak-ng and return its 16-bit samples and sample rate."""
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "speech.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-w", str(wav), text], check=True)
        samples, rate = sf.read(wav, dtype="int16")
    return samples, rate


def to_16k(samples: np.ndarray, rate: int) -> np.ndarray:
    """Resample 16-bit audio to 16 kHz and return it as 16-bit again."""
    # espeak-ng speaks at 22050 Hz; a rational polyphase filter keeps this exact and repeatable.
    ratio = np.gcd(SAMPLE_RATE, rate)
    resampled = resample_poly(
        samples.astype(np.float64), SAMPLE_RATE // ratio, rate // ratio
    )
    return np.clip(np.round(resampled), -32768, 32767).astype(np.int16)


def add_lead_in(samples: np.ndarray, rate: int) -> np.ndarray:
    """Prepend silence: espeak-ng starts speaking on the first sample, which players may clip."""
    return np.concatenate(
        [np.zeros(round(LEAD_IN_SECONDS * rate), dtype=samples.dtype), samples]
    )


def speech_bounds(samples: np.ndarray, rate: int) -> tuple[float, float]:
    """Start and end of the voiced part in seconds, so a draft segment fits the speech."""
    frame = rate // 100  # 10 ms frames
    count = len(samples) // frame
    frames = samples[: count * frame].astype(np.float64).reshape(count, frame)
    rms = np.sqrt((frames**2).mean(axis=1))
    voiced = np.flatnonzero(rms > 0.02 * rms.max())
    # Pad by 50 ms either side, as a detector would, without leaving the clip.
    start = max(0.0, voiced[0] / 100 - 0.05)
    end = min(len(samples) / rate, (voiced[-1] + 1) / 100 + 0.05)
    return round(start, 2), round(end, 2)


def build_audio() -> list[dict[str, Any]]:
    """Write the speech clips as 16 kHz mono FLAC and return their manifest items."""
    items = []
    for clip in SPEECH:
        samples, rate = synthesise(clip["text"], clip["lang"])
        samples = add_lead_in(to_16k(samples, rate), SAMPLE_RATE)
        path = MEDIA / f"speech_{clip['lang']}.flac"
        sf.write(path, samples, SAMPLE_RATE, format="FLAC", subtype="PCM_16")
        item: dict[str, Any] = {
            "id": f"aud-{clip['lang']}",
            "kind": "audio",
            "media": f"media/{path.name}",
            "sha256": sha256_of(path),
            "lang": clip["lang"],
        }
        if "prelabel" in clip:
            start, end = speech_bounds(samples, SAMPLE_RATE)
            segment = {
                "start": start,
                "end": end,
                "text": clip["prelabel"],
                "speaker": "A",
            }
            item["prelabel"] = {"segments": [segment]}
        items.append(item)
    return items


def build_texts() -> list[dict[str, Any]]:
    """Return the inline sentiment items, English then Italian then German."""
    items = []
    for lang, sentences in TEXTS.items():
        for number, sentence in enumerate(sentences, start=1):
            item_id = f"txt-{lang}-{number:02d}"
            item: dict[str, Any] = {
                "id": item_id,
                "kind": "text",
                "text": sentence,
                "lang": lang,
            }
            if item_id in TEXT_PRELABELS:
                item["prelabel"] = TEXT_PRELABELS[item_id]
            items.append(item)
    return items


def label_list(pairs: list[tuple[str, str]]) -> list[dict[str, str]]:
    """Labels with hotkeys 1, 2, 3 ... in the given order."""
    return [
        {"name": name, "color": color, "hotkey": str(number)}
        for number, (name, color) in enumerate(pairs, start=1)
    ]


def manifest(items: list[dict[str, Any]]) -> dict[str, Any]:
    """The package.json content for the given items."""
    return {
        "format": "annotator.package",
        "schema_version": 1,
        "id": "demo",
        "title": "annotator demo: boxes, transcription and sentiment",
        "instructions": with_evaluation_instructions(INSTRUCTIONS),
        "labels": {
            "image": {
                "mode": "single",
                "labels": label_list(IMAGE_LABELS),
                "attributes": ["occluded", "truncated", "difficult"],
            },
            "audio": {
                "mode": "single",
                "labels": [],
                "tags": ["[inaudible]", "[crosstalk]", "[laughter]"],
                "speakers": ["A", "B"],
            },
            "text": {
                "mode": "single",
                "labels": label_list(
                    [
                        ("positive", "#2ca02c"),
                        ("neutral", "#7f7f7f"),
                        ("negative", "#d62728"),
                    ]
                ),
            },
            **EVALUATION_SETTINGS,
        },
        "pay": {"currency": "USD", "per_item": 0.04, "per_hour": 12.0},
        "due": "2026-12-31",
        "items": items,
    }


def espeak_version() -> str:
    """The espeak-ng version number, recorded so the licence notes say what spoke."""
    # The output reads "eSpeak NG text-to-speech: 1.51  Data at: ...".
    out = subprocess.run(
        ["espeak-ng", "--version"], check=True, capture_output=True, text=True
    )
    return out.stdout.split("Data at")[0].split(":")[-1].strip()


def licence_text() -> str:
    """LICENSE.md: where every photograph comes from and how the rest was made."""
    lines = [
        "# Sources and licences of the demo package",
        "",
        "## Photographs",
        "",
        f"The photographs are sample images bundled with scikit-image {skimage.__version__}",
        "(`skimage.data`). The source and licence of each are as stated in scikit-image's",
        f"own documentation. Each was resized so its long side is {LONG_SIDE} px and saved as",
        f"JPEG (quality {JPEG_QUALITY}) without metadata.",
        "",
    ]
    for photo in PHOTOS:
        lines += [
            f"### media/{photo['name']}.jpg: {photo['title']}",
            "",
            f"- Source: {photo['source']}",
            f"- Licence: {photo['licence']}",
            f"- Loaded with `skimage.data.{photo['name']}()`.",
            "",
        ]
    lines += [
        "## Speech",
        "",
        "`media/speech_en.flac`, `media/speech_it.flac` and `media/speech_de.flac` are",
        f"synthesised with espeak-ng {espeak_version()} (voices `en`, `it` and `de`) and",
        f"resampled to {SAMPLE_RATE} Hz mono FLAC with {LEAD_IN_SECONDS} s of silence in front.",
        "No real person's voice is recorded.",
        "The spoken sentences were written for this demo.",
        "",
        "## Texts",
        "",
        "The review sentences in `package.json` were written for this demo; they do not",
        "quote real customers, products or businesses.",
        "",
        "## Prompts, answers, translations and search results",
        "",
        "The prompts, answers, translations, summaries and search results of the evaluation",
        "items were written for this demo. The model names in their `system` fields are",
        "invented, and every URL is under the reserved `.example` domain.",
        "",
    ]
    return "\n".join(lines)


README = """\
# Demo work package

The folder package the annotator opens as its built-in demo. Everything here is
generated; do not edit it by hand. To rebuild it from the repository root:

    .venv/bin/python tools/build_demo.py

It needs scikit-image (for the photographs), soundfile and scipy (for the audio)
and the `espeak-ng` program. Sources and licences are in LICENSE.md.

## What it holds

Six photographs to box, three spoken sentences to transcribe and thirty review
sentences to label by sentiment (English, Italian and German), then fifteen
items that judge what an AI assistant wrote, after all the others. Their
content is inline in `package.json`; their settings are under `labels`.

| Items | Kind | What is in them |
|---|---|---|
| `pw-en-01`, `pw-en-02`, `pw-it-01`, `pw-de-01` | pairwise | A prompt and two answers, one of them wrong or weaker: a Python answer whose code block does not do what it says, a multi-turn travel chat that the second answer contradicts, an email that does not propose the new day, a popular myth about the blue sky. |
| `pw-en-03` | pairwise | Three answers to rank (one wrong, ties allowed). |
| `rt-en-01`, `rt-de-01` | rating | One answer on the default rubric (helpfulness, correctness, clarity, each with anchors); the English one gets a figure wrong (half, not a third, of the air pressure), the German one has a Markdown table. |
| `rt-it-01` | rating | Search relevance: a query and four results (title, snippet and a URL shown as text), from exactly right to the wrong museum. |
| `tr-en-it-01`, `tr-en-de-01`, `tr-de-en-01` | translation | Three or four sentences each with errors to mark: a wrong time, number or month, an omission, a slip of register, a missing full stop beside an emoji (🎟️, two code points). |
| `tr-en-sum-01` | translation (`"task": "summary"`) | A four-sentence news item and a two-sentence summary that overstates it. |
| `rw-en-01`, `rw-it-01`, `rw-de-01` | rewrite | An answer to correct: who walked on the Moon first, Pluto counted as a planet, a double negative. |

Settings: comparisons ask for helpfulness, correctness and safety rows and a
strength from −3 to +3, with no minimum rationale (so trying the keys is
quick); ratings have three policy flags on the keys H, X and R and three
confidence levels; translation checks use the WMT MQM categories and weights
and ask for an ESA score. Every response names the (invented) model that wrote
it in its `system` field, which the annotator never sees.
"""


def validate(package: dict[str, Any]) -> None:
    """Check the manifest against the v1 schema and the media folder against the items."""
    import jsonschema  # a development dependency; only the build needs it

    jsonschema.validate(package, json.loads(SCHEMA.read_text(encoding="utf-8")))
    listed = [item["media"] for item in package["items"] if "media" in item]
    on_disk = sorted(f"media/{path.name}" for path in MEDIA.iterdir())
    # The package reader refuses media that no item lists, and items whose media is missing.
    if sorted(listed) != on_disk or len(set(listed)) != len(listed):
        raise ValueError(f"media mismatch: listed {sorted(listed)}, on disk {on_disk}")
    total = sum(path.stat().st_size for path in OUT.rglob("*") if path.is_file())
    if total > MAX_PACKAGE_BYTES:
        raise ValueError(f"package is {total} bytes, over {MAX_PACKAGE_BYTES}")


def main() -> int:
    """Rebuild resources/demo/ from scratch."""
    # Start from an empty media folder so no stale, unlisted file survives a rebuild.
    shutil.rmtree(MEDIA, ignore_errors=True)
    MEDIA.mkdir(parents=True)
    # The evaluation items come last, so the first items stay where tests and screenshots expect them.
    items = build_images() + build_audio() + build_texts() + build_evaluation()
    package = manifest(items)
    text = json.dumps(package, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
    # Bytes, not text mode, so line endings are "\n" on every platform.
    (OUT / "package.json").write_bytes(text.encode("utf-8"))
    (OUT / "LICENSE.md").write_bytes(licence_text().encode("utf-8"))
    (OUT / "README.md").write_bytes(README.encode("utf-8"))
    validate(package)
    print(f"wrote {len(items)} items to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
