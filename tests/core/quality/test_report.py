"""The quality report: a page that loads nothing, escapes every text, draws every chart with the right figures, and CSVs that match."""

from __future__ import annotations

import csv
import itertools
import random
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from annotator.cli import main
from annotator.core.bundle import build_bundle, read_bundle, write_bundle
from annotator.core.judgements import empty_judgement
from annotator.core.model import Manifest, Status
from annotator.core.package import open_package
from annotator.core.quality.agreement import Judgement, agreement_report
from annotator.core.quality.answer_key import read_answer_key
from annotator.core.quality.gold import score_gold
from annotator.core.quality.merge import merge_bundles
from annotator.core.quality.report import (
    CSP,
    AnnotatorFigures,
    ItemFigures,
    KindAgreement,
    ReportFigures,
    TimeBin,
    annotator_rows,
    figures_from,
    hours_minutes,
    item_rows,
    percentile,
    render_html,
    time_bins,
    write_report,
)
from annotator.core.quality.team_pack import GoldItem, pack_team
from annotator.core.workspace import ItemState
from tests.core.helpers import audio_bytes, manifest_dict, media_item, png_bytes, text_item, write_folder_package

HOSTILE = '<script>alert("x")</script>'
HOSTILE_NAME = "bob<img src=x onerror=alert(1)>"
HOSTILE_LABEL = "</style><script src=https://evil.example/x.js></script>"
LABELS = ("positive", "neutral", HOSTILE_LABEL)
NAMES = ("ann-01", "ann-02", HOSTILE_NAME)


def sample_figures(*, has_key: bool = True) -> ReportFigures:
    """Three annotators, one of them hostile, with figures chosen so every chart label is predictable."""
    annotators = (
        AnnotatorFigures(
            "ann-01", 28, 1, 1, 0, 3_900_000, 60_000, 12_500.0, 31_000.0, 0.9, 10, {"positive": 12, "neutral": 9}
        ),
        AnnotatorFigures("ann-02", 27, 2, 0, 1, 7_260_000, 0, 9_000.0, 20_000.0, 0.75, 8, {"positive": 11}),
        AnnotatorFigures(
            HOSTILE_NAME, 25, 0, 3, 2, 59_000, 5, 65_000.0, 125_000.0, 0.5, 6, {HOSTILE_LABEL: 7, "neutral": 2}
        ),
    )
    agreement = KindAgreement(
        kind="text",
        labels=LABELS,
        items=28,
        fleiss_kappa=0.61,
        krippendorff_alpha=0.6234,
        label_alpha={"positive": 0.8, "neutral": -0.125, HOSTILE_LABEL: None},
        pairwise_kappa={("ann-01", "ann-02"): 0.7, ("ann-01", HOSTILE_NAME): 0.4, ("ann-02", HOSTILE_NAME): -0.1},
        pair_items={("ann-01", "ann-02"): 20, ("ann-01", HOSTILE_NAME): 1, ("ann-02", HOSTILE_NAME): 7},
    )
    items = (
        ItemFigures("t001", "text", NAMES, 1.0, "agree", "merged"),
        ItemFigures(HOSTILE, "text", NAMES, 1 / 3, "agree", "needs review", f"tie: {HOSTILE_LABEL} (1)"),
        ItemFigures("t003", "text", ("ann-01",), None, "agree", "single"),
    )
    bins = (TimeBin(0, 10_000, 30), TimeBin(10_000, 20_000, 25), TimeBin(20_000, 30_000, 0), TimeBin(30_000, None, 5))
    return ReportFigures(
        package_id="team-pkg",
        title=f"Sentiment {HOSTILE}",
        item_count=30,
        annotators=annotators,
        labels=LABELS,
        agreement=(agreement,),
        items=items,
        time_bins=bins,
        has_key=has_key,
    )


class Page(HTMLParser):
    """Every element with its attributes, the text of <style>, every chart's bars and the page's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.style = ""
        self.text: list[str] = []
        self.charts: dict[str, list[dict[str, str]]] = {}
        self.titles: dict[str, list[str]] = {}
        self._stack: list[str] = []
        self._chart: str | None = None
        self._in_bar_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        self.elements.append((tag, attributes))
        if tag == "svg":
            self._chart = attributes["data-chart"]
            self.charts[self._chart] = []
            self.titles[self._chart] = []
        if tag == "rect" and attributes.get("class") in ("bar", "cell") and self._chart:
            self.charts[self._chart].append(attributes)
        self._in_bar_title = tag == "title" and self._stack[-1:] == ["rect"] and bool(self._chart)
        self._stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        while self._stack and self._stack.pop() != tag:
            pass
        if tag == "svg":
            self._chart = None
        self._in_bar_title = False

    def handle_data(self, data: str) -> None:
        if self._stack[-1:] == ["style"]:
            self.style += data
        self.text.append(data)
        if self._in_bar_title and self._chart:
            self.titles[self._chart].append(data)


def parsed(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def test_the_page_refers_to_nothing_outside_itself() -> None:
    html = render_html(sample_figures())
    page = parsed(html)
    assert ("meta", {"http-equiv": "Content-Security-Policy", "content": CSP}) in page.elements
    assert CSP == "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    tags = {tag for tag, _ in page.elements}
    assert not tags & {"script", "link", "iframe", "object", "embed", "img", "image", "use", "a", "form", "base"}
    for tag, attributes in page.elements:
        for name, value in attributes.items():
            lowered = value.lower().replace(" ", "")
            for scheme in ("http:", "https:", "//", "file:", "ftp:", "javascript:"):
                # The CSP itself names no scheme; nothing else may either.
                assert scheme not in lowered, (tag, name, value)
            assert not name.startswith("on"), (tag, name)
            if name in ("src", "href", "xlink:href", "srcset", "action", "poster", "data"):
                assert lowered.startswith("data:"), (tag, name, value)
    assert "url(" not in page.style and "@import" not in page.style and "@font-face" not in page.style
    assert "<script" not in html.lower()


def test_hostile_texts_are_shown_as_text_never_as_markup() -> None:
    html = render_html(sample_figures())
    for hostile in (HOSTILE, HOSTILE_NAME, HOSTILE_LABEL):
        assert hostile not in html
        assert hostile in "".join(parsed(html).text)  # shown, after the browser decodes the entities
    tags = {tag for tag, _ in parsed(html).elements}
    expected = {"html", "head", "meta", "title", "style", "body", "main", "header", "h1", "p", "b", "section"}
    expected |= {"h2", "div", "figure", "figcaption", "svg", "rect", "text", "line", "table", "thead", "tbody"}
    expected |= {"tr", "th", "td", "footer"}
    assert tags <= expected


def test_every_chart_has_a_bar_per_figure_with_the_figure_in_its_label() -> None:
    page = parsed(render_html(sample_figures()))
    titles = page.titles
    assert titles["items-done"] == ["ann-01: 28", "ann-02: 27", f"{HOSTILE_NAME}: 25"]
    # 3,900,000 ms is 1 h 5 min; 7,260,000 ms is 2 h 1 min; 59 s rounds to a minute.
    assert titles["active-time"] == ["ann-01: 1:05", "ann-02: 2:01", f"{HOSTILE_NAME}: 0:01"]
    assert titles["gold-accuracy"] == ["ann-01: 90.0 % of 10", "ann-02: 75.0 % of 8", f"{HOSTILE_NAME}: 50.0 % of 6"]
    assert titles["agreement-overall-text"] == ["Fleiss’ κ: 0.61", "Krippendorff’s α: 0.62"]
    # A label without a figure has no bar (it says n/a instead).
    assert titles["label-alpha-text"] == ["positive: 0.80", "neutral: -0.12"]
    assert len(page.charts["pairwise-kappa-text"]) == 6  # 3 x 3 without the diagonal
    assert sorted(titles["pairwise-kappa-text"]) == sorted(
        [
            "ann-01 / ann-02: 0.70 (20 items)",
            "ann-02 / ann-01: 0.70 (20 items)",
            f"ann-01 / {HOSTILE_NAME}: 0.40 (1 item)",
            f"{HOSTILE_NAME} / ann-01: 0.40 (1 item)",
            f"ann-02 / {HOSTILE_NAME}: -0.10 (7 items)",
            f"{HOSTILE_NAME} / ann-02: -0.10 (7 items)",
        ]
    )
    assert titles["labels-overall"] == ["positive: 23", "neutral: 11", f"{HOSTILE_LABEL}: 7"]
    assert len(page.charts["labels-per-annotator"]) == len(LABELS) * len(NAMES)
    assert "positive, ann-01: 12" in titles["labels-per-annotator"]
    assert f"{HOSTILE_LABEL}, {HOSTILE_NAME}: 7" in titles["labels-per-annotator"]
    assert titles["item-time"] == [
        "ann-01, median: 12 s",
        "ann-01, 90th percentile: 31 s",
        "ann-02, median: 9.0 s",
        "ann-02, 90th percentile: 20 s",
        f"{HOSTILE_NAME}, median: 1:05",
        f"{HOSTILE_NAME}, 90th percentile: 2:05",
    ]
    assert titles["time-histogram"] == ["0–10: 30", "10–20: 25", "20–30: 0", "≥ 30: 5"]


def test_bars_grow_with_their_figures() -> None:
    page = parsed(render_html(sample_figures()))
    widths = [float(bar["width"]) for bar in page.charts["items-done"]]
    assert widths[0] > widths[1] > widths[2] > 0
    heights = [float(bar["height"]) for bar in page.charts["time-histogram"]]
    assert heights[0] > heights[1] > heights[3] > heights[2] >= 0
    assert heights[0] / heights[1] == pytest.approx(30 / 25, rel=0.02)
    # Negative agreement grows left of the zero line, positive to the right.
    positive, negative = page.charts["label-alpha-text"]
    assert float(negative["x"]) + float(negative["width"]) == pytest.approx(float(positive["x"]), abs=0.2)


def test_without_a_key_the_gold_section_says_so_and_has_no_chart() -> None:
    page = parsed(render_html(sample_figures(has_key=False)))
    assert "gold-accuracy" not in page.charts
    assert "No answer key given" in "".join(page.text)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_csv_files_hold_the_figures_exactly(tmp_path: Path) -> None:
    figures = sample_figures()
    files = write_report(figures, tmp_path / "report.html")
    assert (files.html.name, files.annotators_csv.name, files.items_csv.name) == (
        "report.html",
        "report.csv",
        "report-items.csv",
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report-items.csv", "report.csv", "report.html"]
    rows = read_csv(files.annotators_csv)
    assert [row["annotator"] for row in rows] == [a.annotator for a in figures.annotators]
    for row, a in zip(rows, figures.annotators, strict=True):
        assert int(row["items_done"]) == a.items_done
        assert int(row["items_skipped"]) == a.items_skipped
        assert int(row["items_flagged"]) == a.items_flagged
        assert int(row["items_todo"]) == a.items_todo
        assert int(row["active_ms"]) == a.active_ms
        assert row["active_hm"] == hours_minutes(a.active_ms)
        assert int(row["idle_ms"]) == a.idle_ms
        assert float(row["median_item_ms"]) == a.median_item_ms
        assert float(row["p90_item_ms"]) == a.p90_item_ms
        assert float(row["gold_accuracy"]) == a.gold_accuracy
        assert int(row["gold_items"]) == a.gold_items
        for label in figures.labels:
            assert int(row[f"label:{label}"]) == a.label_counts.get(label, 0)
    items = read_csv(files.items_csv)
    assert [row["id"] for row in items] == [item.item_id for item in figures.items]
    for row, item in zip(items, figures.items, strict=True):
        assert row["kind"] == item.kind
        assert int(row["annotators"]) == len(item.annotators)
        assert row["annotator_ids"].split(";") == list(item.annotators)
        assert (float(row["agreement"]) if row["agreement"] else None) == item.agreement
        assert row["merged_status"] == item.merged_status
        assert row["reason"] == item.reason
    page = files.html.read_text(encoding="utf-8")
    assert "report.csv" in page and "report-items.csv" in page


def test_csv_cells_that_look_like_formulas_stay_text() -> None:
    figures = sample_figures()
    evil = ReportFigures(
        **{
            **figures.__dict__,
            "items": (ItemFigures("=HYPERLINK(1)", "text", ("@SUM(A1)",), -0.5, "agree", "merged", "+1"),),
        }
    )
    (head, row) = item_rows(evil)
    assert row[0] == "'=HYPERLINK(1)" and row[3] == "'@SUM(A1)" and row[7] == "'+1"
    assert row[4] == "-0.5"  # a figure is a number, not a formula
    assert annotator_rows(evil)[0][0] == "annotator"


def test_percentile_interpolates_between_ranks() -> None:
    assert percentile([10, 20, 30, 40], 50) == 25
    assert percentile([10, 20, 30, 40], 90) == pytest.approx(37)
    assert percentile([5], 90) == 5


@pytest.mark.parametrize(
    ("durations", "first_bins"),
    [
        ([500, 1_500, 2_500, 9_000], [(0, 1_000, 1), (1_000, 2_000, 1)]),
        ([3_000] * 10 + [25_000] * 10, [(0, 5_000, 10), (5_000, 10_000, 0)]),
    ],
)
def test_time_bins_are_round_and_count_every_item(durations: list[int], first_bins: list[tuple]) -> None:
    bins = time_bins(durations)
    assert sum(b.count for b in bins) == len(durations)
    assert [(b.start_ms, b.end_ms, b.count) for b in bins[: len(first_bins)]] == first_bins
    assert len(bins) <= 12
    assert all(b.end_ms is not None for b in bins)


def test_a_long_tail_goes_into_one_open_bin() -> None:
    durations = [10_000 + 500 * i for i in range(40)] + [3_600_000]
    bins = time_bins(durations)
    assert sum(b.count for b in bins) == len(durations)
    assert bins[-1].end_ms is None and bins[-1].count >= 1
    assert bins[-1].start_ms < 60_000  # the forgotten hour does not stretch the scale
    assert len(bins) <= 12
    assert time_bins([]) == ()


def test_render_is_deterministic() -> None:
    assert render_html(sample_figures()) == render_html(sample_figures())
    assert re.search(r"<title>Quality report: Sentiment &lt;script&gt;", render_html(sample_figures()))


# From bundles: a sentiment package done by three annotators -----------------------------------------

SENTIMENT = ("positive", "neutral", "negative")


@dataclass(frozen=True)
class Study:
    """A package on disk, its annotators' bundles, and (for a team pack) the answer key."""

    package: Path
    bundles: list[Path]
    key: Path | None = None


def _judgement(label: str) -> dict[str, Any]:
    return {**empty_judgement(), "labels": [label]}


def _states(manifest: Manifest, truth: dict[str, str], rng: random.Random, accuracy: float) -> list[ItemState]:
    """One annotator's work on `manifest`: most items done (right with probability `accuracy`), a few skipped,
    flagged or left to do, each with a lognormal active time of ~12 s and a few long ones."""
    states = []
    for position, item in enumerate(manifest.items):
        roll = rng.random()
        if roll < 0.04:
            continue  # never opened: to do
        status = Status.SKIPPED if roll < 0.08 else Status.FLAGGED if roll < 0.1 else Status.DONE
        right = truth[item.id]
        label = right if rng.random() < accuracy else rng.choice([name for name in SENTIMENT if name != right])
        active = int(rng.lognormvariate(9.4, 0.5)) * (8 if rng.random() < 0.05 else 1)
        states.append(
            ItemState(
                package_id=manifest.id,
                item_id=item.id,
                position=position,
                kind="text",
                status=status,
                annotation=_judgement(label) if status == Status.DONE else None,
                comment="unclear text" if status == Status.FLAGGED else "",
                active_ms=active,
                idle_ms=int(rng.random() * 3000),
                created_at="2026-11-23T10:00:00Z",
                updated_at="2026-11-23T10:01:00Z",
            )
        )
    return states


def write_study(
    folder: Path,
    *,
    annotators: tuple[str, ...] = ("ada", "bo", "cy"),
    items: int = 30,
    seed: int = 7,
    title: str = "Product reviews: sentiment",
    extra_label: str | None = None,
    team: bool = False,
    overlap: int = 2,
) -> Study:
    """A text package of `items` reviews and a bundle per annotator (each doing every item), or with `team` a
    team pack of it (`overlap`, four gold items, every annotator getting all of them) and the bundles of its packages."""
    rng = random.Random(seed)
    labels = list(SENTIMENT) + ([extra_label] if extra_label else [])
    schema = {"mode": "single", "labels": [{"name": name, "color": "#3366cc"} for name in labels]}
    texts = [
        text_item(f"r{n:03d}", f"Review number {n}: the product was {rng.choice(['ok', 'great', 'bad'])}.")
        for n in range(items)
    ]
    truth = {item["id"]: rng.choice(SENTIMENT) for item in texts}
    source = write_folder_package(
        folder / "source", manifest_dict(texts, id="reviews", title=title, labels={"text": schema})
    )
    accuracy = {name: 0.95 - 0.12 * index for index, name in enumerate(annotators)}
    bundles: list[Path] = []
    if not team:
        package = open_package(source)
        package.close()
        for name in annotators:
            states = _states(package.manifest, truth, rng, accuracy[name])
            document = build_bundle(
                package.manifest, manifest_sha256=package.manifest_sha256, annotator=name, states=states
            )
            write_bundle(folder / f"{name}.bundle.json", document)
            bundles.append(folder / f"{name}.bundle.json")
        return Study(source, bundles)
    gold = [
        GoldItem(text_item(f"g{n}", f"A plainly {label} review."), _judgement(label))
        for n, label in enumerate(SENTIMENT + ("positive",))
    ]
    truth.update({entry.item["id"]: entry.annotation["labels"][0] for entry in gold})
    result = pack_team(
        source,
        output=folder / "team",
        annotators=list(annotators),
        overlap=overlap,
        gold=gold,
        seed=seed,
        layout="folder",
    )
    for member in result.packages:
        package = open_package(member.path)
        package.close()
        record = result.key.package(member.package_id)
        assert record is not None
        mapped = {item_id: truth[key_id] for item_id, key_id in record.items.items()}
        states = _states(package.manifest, mapped, rng, accuracy[member.annotator])
        document = build_bundle(
            package.manifest, manifest_sha256=package.manifest_sha256, annotator=member.annotator, states=states
        )
        write_bundle(folder / f"{member.annotator}.bundle.json", document)
        bundles.append(folder / f"{member.annotator}.bundle.json")
    return Study(source, bundles, result.key_path)


def study_figures(study: Study) -> ReportFigures:
    package = open_package(study.package)
    package.close()
    key = read_answer_key(study.key) if study.key else None
    bundles = [read_bundle(path) for path in study.bundles]
    return figures_from(bundles, package.manifest, manifest_sha256=package.manifest_sha256, key=key)


def test_figures_follow_the_bundles(tmp_path: Path) -> None:
    study = write_study(tmp_path)
    figures = study_figures(study)
    bundles = {document["annotator"]: document for document in map(read_bundle, study.bundles)}
    assert [a.annotator for a in figures.annotators] == ["ada", "bo", "cy"]
    assert figures.item_count == 30 and figures.labels == SENTIMENT and not figures.has_key
    judgements = []
    for a in figures.annotators:
        items = bundles[a.annotator]["items"]
        done = [item for item in items if item["status"] == "done"]
        assert a.items_done == len(done) and a.items_done + a.items_skipped + a.items_flagged + a.items_todo == 30
        assert a.active_ms == sum(item["timing"]["active_ms"] for item in items)
        assert a.idle_ms == sum(item["timing"]["idle_ms"] for item in items)
        times = sorted(item["timing"]["active_ms"] for item in done)
        assert a.median_item_ms == statistics.median(times)
        assert min(times) <= a.median_item_ms <= a.p90_item_ms <= max(times)
        counted = Counter(item["annotation"]["labels"][0] for item in done)
        assert dict(a.label_counts) == {label: counted.get(label, 0) for label in SENTIMENT}
        assert a.gold_accuracy is None
        judgements += [Judgement(item["id"], a.annotator, (item["annotation"]["labels"][0],)) for item in done]
    (agreement,) = figures.agreement
    expected = agreement_report(judgements, labels=SENTIMENT)
    assert agreement.kind == "text" and agreement.items == expected.items_compared > 20
    assert agreement.krippendorff_alpha == expected.krippendorff_alpha is not None
    assert agreement.fleiss_kappa == expected.fleiss_kappa
    assert dict(agreement.pairwise_kappa) == expected.pairwise_kappa and len(agreement.pairwise_kappa) == 3
    assert dict(agreement.pair_items) == expected.pair_items
    assert sum(b.count for b in figures.time_bins) == sum(a.items_done for a in figures.annotators)
    # Per item: who did it, the share of agreeing pairs, and the merge's verdict.
    assert [item.item_id for item in figures.items] == [f"r{n:03d}" for n in range(30)]
    package = open_package(study.package)
    package.close()
    merged = merge_bundles(list(bundles.values()), package.manifest, manifest_sha256=package.manifest_sha256)
    assert {i.item_id for i in figures.items if i.merged_status == "needs review"} == set(merged.needs_review)
    for item in figures.items:
        given = {name: bundles[name]["items"][int(item.item_id[1:])] for name in item.annotators}
        assert all(entry["status"] == "done" for entry in given.values())
        labels = [entry["annotation"]["labels"][0] for entry in given.values()]
        pairs = [a == b for a, b in itertools.combinations(labels, 2)]
        assert item.agreement == (sum(pairs) / len(pairs) if pairs else None)


def test_gold_accuracy_comes_from_the_answer_key(tmp_path: Path) -> None:
    study = write_study(tmp_path, team=True)
    figures = study_figures(study)
    assert figures.has_key and figures.package_id == "reviews"
    key = read_answer_key(study.key)
    scored = score_gold([read_bundle(path) for path in study.bundles], key).annotators
    for a in figures.annotators:
        assert (a.gold_accuracy, a.gold_items) == (scored[a.annotator].accuracy, scored[a.annotator].done)
        assert a.gold_items >= 3
    # Gold items are each annotator's work, never items of the source package to agree on.
    assert {item.item_id for item in figures.items} == {f"r{n:03d}" for n in range(30)}
    assert all(len(item.annotators) <= 2 for item in figures.items)
    page = parsed(render_html(figures))
    assert len(page.charts["gold-accuracy"]) == 3


def test_a_hostile_package_is_escaped_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    study = write_study(tmp_path, title=f"Reviews {HOSTILE}", extra_label=HOSTILE_LABEL)
    out = tmp_path / "out" / "report.html"
    out.parent.mkdir()
    assert main(["report", str(study.package), *map(str, study.bundles), "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert (
        str(out) in said and str(out.with_suffix(".csv")) in said and str(tmp_path / "out" / "report-items.csv") in said
    )
    html = out.read_text(encoding="utf-8")
    assert HOSTILE not in html and HOSTILE_LABEL not in html and "<script" not in html.lower()
    page = parsed(html)
    assert HOSTILE_LABEL in "".join(page.text)
    assert len(page.charts["labels-overall"]) == 4
    rows = read_csv(out.with_suffix(".csv"))
    assert [row["annotator"] for row in rows] == ["ada", "bo", "cy"]
    assert f"label:{HOSTILE_LABEL}" in rows[0]


def test_the_command_refuses_a_bundle_of_another_package(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    study = write_study(tmp_path / "one")
    other = write_study(tmp_path / "two", seed=8, items=5)
    out = tmp_path / "report.html"
    code = main(["report", str(other.package), str(study.bundles[0]), "-o", str(out)])
    assert code == 1
    assert str(study.bundles[0]) in capsys.readouterr().err
    assert not out.exists() and not out.with_suffix(".csv").exists()


def test_a_package_no_one_worked_on_still_renders(tmp_path: Path) -> None:
    source = write_folder_package(tmp_path / "pkg", manifest_dict([text_item("t1", "hello")], id="empty"))
    package = open_package(source)
    package.close()
    document = build_bundle(package.manifest, manifest_sha256=package.manifest_sha256, annotator="ada")
    figures = figures_from([document], package.manifest, manifest_sha256=package.manifest_sha256)
    (ada,) = figures.annotators
    assert (ada.items_todo, ada.items_done, ada.median_item_ms, ada.p90_item_ms) == (1, 0, None, None)
    assert figures.agreement == () and figures.time_bins == ()
    assert [(item.item_id, item.merged_status, item.agreement) for item in figures.items] == [("t1", "to do", None)]
    page = parsed(render_html(figures))
    assert page.titles["items-done"] == ["ada: 0"]
    assert page.charts["time-histogram"] == [] and page.charts["item-time"] == []
    assert "No item kind with labels was done twice." in "".join(page.text)
    assert [row[8:10] for row in annotator_rows(figures)[1:]] == [["", ""]]


def _box(box_id: str, label: str, x: float) -> dict[str, Any]:
    return {"id": box_id, "label": label, "x": x, "y": 1.0, "w": 3.0, "h": 3.0, "attributes": [], "source": "user"}


def test_each_kind_is_compared_by_its_own_measure(tmp_path: Path) -> None:
    image, sound = png_bytes(), audio_bytes()
    items = [
        media_item("i1", "image", "i1.png", image),
        media_item("a1", "audio", "a1.wav", sound),
        text_item("t1", "fine"),
    ]
    source = write_folder_package(
        tmp_path / "pkg", manifest_dict(items, id="mixed"), {"i1.png": image, "a1.wav": sound}
    )
    package = open_package(source)
    package.close()
    annotations = {
        "ada": {
            "i1": {"boxes": [_box("b1", "cat", 0.0), _box("b2", "dog", 4.0)], "verified": True},
            "a1": {"segments": [{"start": 0.0, "end": 0.2, "text": "hello there", "speaker": "A"}]},
            "t1": _judgement("positive"),
        },
        "bo": {
            "i1": {"boxes": [_box("b1", "cat", 0.0)], "verified": False},
            "a1": {"segments": [{"start": 0.0, "end": 0.2, "text": "hello", "speaker": None}]},
            "t1": _judgement("negative"),
        },
    }
    bundles = []
    for name, given in annotations.items():
        states = [
            ItemState("mixed", item.id, n, item.kind, Status.DONE, given[item.id], "", 1000 * (n + 1), 0, None, None)
            for n, item in enumerate(package.manifest.items)
        ]
        bundles.append(
            build_bundle(package.manifest, manifest_sha256=package.manifest_sha256, annotator=name, states=states)
        )
    figures = figures_from(bundles, package.manifest, manifest_sha256=package.manifest_sha256)
    # Two kinds have labels, so each label column names its kind; boxes count once each.
    assert figures.labels == ("image: cat", "image: dog", "text: positive", "text: negative")
    ada, bo = figures.annotators
    assert dict(ada.label_counts) == {"image: cat": 1, "image: dog": 1, "text: positive": 1, "text: negative": 0}
    assert dict(bo.label_counts) == {"image: cat": 1, "image: dog": 0, "text: positive": 0, "text: negative": 1}
    by_id = {item.item_id: item for item in figures.items}
    assert (by_id["i1"].measure, by_id["i1"].agreement) == ("f1", pytest.approx(2 / 3))
    assert by_id["a1"].measure == "wer" and by_id["a1"].agreement > 0
    assert (by_id["t1"].measure, by_id["t1"].agreement, by_id["t1"].merged_status) == ("agree", 0.0, "needs review")
    # Only texts have categories to compute kappa and alpha on.
    assert [agreement.kind for agreement in figures.agreement] == ["text"]
    render_html(figures)


def test_the_command_names_every_missing_input_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = [tmp_path / "nope", tmp_path / "a.bundle.json", tmp_path / "key.json"]
    code = main(["report", *map(str, missing[:2]), "--key", str(missing[2]), "-o", str(tmp_path / "r.html")])
    assert code == 1
    assert capsys.readouterr().err == "".join(f"error: {path}: no such file or folder\n" for path in missing) + (
        "3 problems found.\n"
    )
    assert list(tmp_path.iterdir()) == []
