"""The lead's quality report: one self-contained HTML page of charts, and the same figures as two CSV files.

`report_figures.figures_from` gathers the figures; `render_html` draws it with inline
SVG in a page that fetches nothing (its Content-Security-Policy forbids it, and every text from a
bundle or package is escaped); the page's parts are `report_html`'s, and the evaluation kinds' sections
`report_evaluation`'s; `annotator_rows` and `item_rows` are the CSV rows; `write_report` writes
the three files atomically.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from annotator import __version__
from annotator.core.atomic import write_atomic
from annotator.core.quality.report_evaluation import evaluation_sections
from annotator.core.quality.report_figures import (  # noqa: F401 - figures_from and the dataclasses are this module's API too
    NEEDS_REVIEW,
    AnnotatorFigures,
    EvaluationFigures,
    ItemFigures,
    KindAgreement,
    MqmRow,
    PairwiseFigures,
    RatingFigures,
    ReportFigures,
    ReportFiles,
    TimeBin,
    TranslationFigures,
    figures_from,
    percentile,
    time_bins,
)
from annotator.core.quality.report_html import (  # MISSING and the number formats are this module's API too
    MISSING,
    charts,
    figure,
    percent_text,
    ratio_text,
    section,
    table,
)
from annotator.core.quality.svg_charts import Bar, Series, attr, bar_chart, column_chart, grouped_bar_chart, heatmap

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
ITEMS_CSV_SUFFIX = "-items.csv"
_REVIEW_LISTED = 25


def hours_minutes(ms: float) -> str:
    """A duration as hours:minutes, rounded to the minute ('1:05')."""
    minutes = round(ms / 60_000)
    return f"{minutes // 60}:{minutes % 60:02d}"


def seconds_text(ms: float | None) -> str:
    """An item's duration: '4.2 s' under 10 s, '42 s' under a minute, else 'm:ss'."""
    if ms is None:
        return MISSING
    seconds = ms / 1000
    if seconds < 9.95:
        return f"{seconds:.1f} s"
    if seconds < 59.5:
        return f"{seconds:.0f} s"
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def bin_label(time_bin: TimeBin) -> str:
    """A histogram bin's range in seconds: '10-20' or '≥ 300'."""
    start = f"{time_bin.start_ms / 1000:g}"
    return f"≥ {start}" if time_bin.end_ms is None else f"{start}–{time_bin.end_ms / 1000:g}"


# HTML ----------------------------------------------------------------------------------------------

_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #1a1a1a;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 32px 48px; }
header { border-bottom: 3px solid #0072B2; margin-bottom: 8px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; padding-top: 8px; border-top: 1px solid #ddd; }
header + section h2 { border-top: none; margin-top: 12px; }
h3 { font-size: 14px; margin: 14px 0 6px; color: #333; }
.meta, .note { color: #555; margin: 0 0 10px; }
.charts { display: flex; flex-wrap: wrap; gap: 12px 28px; align-items: flex-start; }
figure { margin: 0; }
figcaption { font-weight: 600; margin-bottom: 4px; }
svg.chart { max-width: 100%; height: auto; overflow: visible; }
svg.chart .label, svg.chart .legend { fill: #333; }
svg.chart .value { fill: #1a1a1a; }
svg.chart .missing, svg.chart .axis-title { fill: #777; }
.tiles { display: flex; gap: 12px; flex-wrap: wrap; margin: 6px 0 10px; }
.tile { border: 1px solid #ccc; border-radius: 6px; padding: 8px 14px; min-width: 150px; }
.tile b { display: block; font-size: 22px; }
table { border-collapse: collapse; margin: 6px 0 12px; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid #e2e2e2; padding: 4px 10px; text-align: right; }
th.text, td.text { text-align: left; }
th { background: #f3f6f9; font-weight: 600; }
td.text { max-width: 420px; overflow-wrap: anywhere; }
footer { margin-top: 32px; color: #666; font-size: 12px; }
@media print {
  main { max-width: none; padding: 0; }
  section { break-inside: avoid; }
  h2 { break-after: avoid; }
  figure, table { break-inside: avoid; }
}
"""


def render_html(figures: ReportFigures, *, csv_names: tuple[str, str] = ("report.csv", "report-items.csv")) -> str:
    """The report as one HTML document that loads nothing: inline CSS and SVG, and a CSP that forbids the rest."""
    title = f"Quality report: {figures.title or figures.package_id}"
    evaluation = evaluation_sections(figures.evaluation, has_key=figures.has_key)
    sections = [
        _overview(figures),
        _work(figures),
        _gold(figures),
        *(_agreement(agreement) for agreement in figures.agreement),
        *evaluation,
        _labels(figures),
        _times(figures),
        _review(figures),
    ]
    if not figures.agreement and not evaluation:
        sections.insert(
            3, section("agreement", "Agreement", '<p class="note">No item kind with labels was done twice.</p>')
        )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{attr(CSP)}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{attr(title)}</title><style>{_CSS}</style></head>\n<body><main>"
        f"<header><h1>{attr(title)}</h1>"
        f'<p class="meta">Package <b>{attr(figures.package_id)}</b> · {figures.item_count} items · '
        f"{len(figures.annotators)} annotators{' · scored against an answer key' if figures.has_key else ''}</p>"
        "</header>\n"
        + "\n".join(sections)
        + f"\n<footer>Made by annotator {attr(__version__)}. The figures are also in "
        f"{attr(csv_names[0])} (one row per annotator) and {attr(csv_names[1])} (one row per item).</footer>"
        "</main></body></html>\n"
    )


def _overview(figures: ReportFigures) -> str:
    head = ["Annotator", "Done", "Skipped", "Flagged", "To do", "Active (h:mm)", "Median / item", "90th pct / item"]
    if figures.has_key:
        head += ["Gold accuracy", "Gold items done"]
    rows = []
    for a in figures.annotators:
        row = [a.annotator, str(a.items_done), str(a.items_skipped), str(a.items_flagged), str(a.items_todo)]
        row += [hours_minutes(a.active_ms), seconds_text(a.median_item_ms), seconds_text(a.p90_item_ms)]
        if figures.has_key:
            row += [percent_text(a.gold_accuracy), str(a.gold_items)]
        rows.append(row)
    return section("overview", "Annotators", table(head, rows))


def _work(figures: ReportFigures) -> str:
    done = [Bar(a.annotator, a.items_done, str(a.items_done)) for a in figures.annotators]
    active = [Bar(a.annotator, a.active_ms / 60_000, hours_minutes(a.active_ms)) for a in figures.annotators]
    return section(
        "work",
        "Work done",
        charts(
            figure("Items done", bar_chart(done, chart="items-done", title="Items done per annotator")),
            figure(
                "Active time (hours:minutes)",
                bar_chart(active, chart="active-time", title="Active time per annotator", colour="#009E73"),
            ),
        ),
    )


def _gold(figures: ReportFigures) -> str:
    if not figures.has_key:
        return section(
            "gold", "Gold accuracy", '<p class="note">No answer key given (annotator report … --key KEY).</p>'
        )
    bars = [
        Bar(a.annotator, a.gold_accuracy, f"{percent_text(a.gold_accuracy)} of {a.gold_items}")
        for a in figures.annotators
    ]
    chart = bar_chart(bars, chart="gold-accuracy", title="Gold accuracy per annotator", domain=(0, 1), width=560)
    return section("gold", "Gold accuracy", charts(figure("Accuracy on the answer key's items", chart)))


def _agreement(agreement: KindAgreement) -> str:
    kind = agreement.kind
    tiles = (
        '<div class="tiles">'
        f'<div class="tile">Fleiss\u2019 \u03ba<b>{ratio_text(agreement.fleiss_kappa)}</b></div>'
        f'<div class="tile">Krippendorff\u2019s \u03b1<b>{ratio_text(agreement.krippendorff_alpha)}</b></div>'
        f'<div class="tile">Items done by two or more<b>{agreement.items}</b></div></div>'
    )
    if agreement.fleiss_kappa is None and agreement.krippendorff_alpha is not None:
        tiles += (
            '<p class="note">Fleiss\u2019 \u03ba needs as many annotators on every item; Krippendorff\u2019s '
            "\u03b1 takes any number.</p>"
        )
    overall = [
        Bar("Fleiss\u2019 \u03ba", agreement.fleiss_kappa, ratio_text(agreement.fleiss_kappa)),
        Bar("Krippendorff\u2019s \u03b1", agreement.krippendorff_alpha, ratio_text(agreement.krippendorff_alpha)),
    ]
    per_label = [
        Bar(label, agreement.label_alpha.get(label), ratio_text(agreement.label_alpha.get(label)))
        for label in agreement.labels
    ]
    names = sorted({name for pair in agreement.pairwise_kappa for name in pair})
    texts = {pair: ratio_text(value) for pair, value in agreement.pairwise_kappa.items()}
    notes = {pair: f"{count} item{'s' if count != 1 else ''}" for pair, count in agreement.pair_items.items()}
    shown = charts(
        figure("Overall", bar_chart(overall, chart=f"agreement-overall-{kind}", title="Overall", domain=(0, 1))),
        figure(
            "Krippendorff\u2019s \u03b1 per label",
            bar_chart(per_label, chart=f"label-alpha-{kind}", title="Alpha per label", domain=(0, 1), colour="#CC79A7"),
        ),
        figure(
            "Cohen\u2019s \u03ba per pair of annotators",
            heatmap(
                names,
                dict(agreement.pairwise_kappa),
                texts,
                notes=notes,
                chart=f"pairwise-kappa-{kind}",
                title="Pairwise kappa",
            ),
        ),
    )
    return section(f"agreement-{kind}", f"Agreement on {kind} labels", tiles + shown)


def _labels(figures: ReportFigures) -> str:
    if not figures.labels:
        return section("labels", "Labels", '<p class="note">No item kind in this package has labels.</p>')
    overall = [Bar(label, total, str(total)) for label, total in _label_totals(figures).items()]
    series = [
        Series(
            a.annotator,
            [a.label_counts.get(label, 0) for label in figures.labels],
            [str(a.label_counts.get(label, 0)) for label in figures.labels],
        )
        for a in figures.annotators
    ]
    return section(
        "labels",
        "Labels given",
        charts(
            figure("Items per label, all annotators", bar_chart(overall, chart="labels-overall", title="Labels")),
            figure(
                "Items per label, per annotator",
                grouped_bar_chart(figures.labels, series, chart="labels-per-annotator", title="Labels per annotator"),
            ),
        ),
    )


def _label_totals(figures: ReportFigures) -> dict[str, int]:
    return {label: sum(a.label_counts.get(label, 0) for a in figures.annotators) for label in figures.labels}


def _times(figures: ReportFigures) -> str:
    names = [a.annotator for a in figures.annotators]
    series = [
        Series(
            "median",
            [_s(a.median_item_ms) for a in figures.annotators],
            [seconds_text(a.median_item_ms) for a in figures.annotators],
        ),
        Series(
            "90th percentile",
            [_s(a.p90_item_ms) for a in figures.annotators],
            [seconds_text(a.p90_item_ms) for a in figures.annotators],
        ),
    ]
    columns = [Bar(bin_label(b), b.count, str(b.count)) for b in figures.time_bins]
    return section(
        "times",
        "Time per item",
        charts(
            figure(
                "Active time per item done",
                grouped_bar_chart(names, series, chart="item-time", title="Median and 90th percentile per annotator"),
            ),
            figure(
                "Items done by active time, all annotators",
                column_chart(
                    columns,
                    chart="time-histogram",
                    title="Histogram of active time per item",
                    x_title="seconds of active time per item",
                    y_title="items",
                    colour="#E69F00",
                ),
            ),
        ),
    )


def _s(ms: float | None) -> float | None:
    return None if ms is None else ms / 1000


def _review(figures: ReportFigures) -> str:
    flagged = [item for item in figures.items if item.merged_status == NEEDS_REVIEW]
    if not flagged:
        return section("review", "Items to review", '<p class="note">The merge flagged no item for review.</p>')
    shown = flagged[:_REVIEW_LISTED]
    rows = [
        [
            item.item_id,
            item.kind,
            ", ".join(item.annotators),
            MISSING if item.agreement is None else f"{item.measure} {ratio_text(item.agreement)}",
            item.reason,
        ]
        for item in shown
    ]
    more = len(flagged) - len(shown)
    note = f'<p class="note">{len(flagged)} items need review' + (
        f"; the first {len(shown)} are listed." if more else "."
    )
    listing = table(["Item", "Kind", "Annotators", "Agreement", "Why"], rows, text_columns=5)
    return section("review", "Items to review", note + "</p>" + listing)


# CSV -----------------------------------------------------------------------------------------------


def _number(value: float | int | None) -> str:
    # Shortest round-trip form: float(cell) gives back exactly the figure.
    return "" if value is None else repr(value)


def _cell(text: str) -> str:
    # A spreadsheet runs a cell that starts like a formula; a bundle's text must stay text.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def annotator_rows(figures: ReportFigures) -> list[list[str]]:
    """report.csv: a header, then one row per annotator with every figure (durations in ms, label counts last)."""
    head = [
        "annotator",
        "items_done",
        "items_skipped",
        "items_flagged",
        "items_todo",
        "active_ms",
        "active_hm",
        "idle_ms",
        "median_item_ms",
        "p90_item_ms",
        "gold_accuracy",
        "gold_items",
    ]
    rows = [head + [_cell(f"label:{label}") for label in figures.labels]]
    for a in figures.annotators:
        rows.append(
            [
                _cell(a.annotator),
                str(a.items_done),
                str(a.items_skipped),
                str(a.items_flagged),
                str(a.items_todo),
                str(a.active_ms),
                hours_minutes(a.active_ms),
                str(a.idle_ms),
                _number(a.median_item_ms),
                _number(a.p90_item_ms),
                _number(a.gold_accuracy),
                str(a.gold_items) if figures.has_key else "",
                *(str(a.label_counts.get(label, 0)) for label in figures.labels),
            ]
        )
    return rows


def item_rows(figures: ReportFigures) -> list[list[str]]:
    """report-items.csv: a header, then one row per item (annotators joined with ';')."""
    rows = [["id", "kind", "annotators", "annotator_ids", "agreement", "measure", "merged_status", "reason"]]
    for item in figures.items:
        rows.append(
            [
                _cell(item.item_id),
                item.kind,
                str(len(item.annotators)),
                _cell(";".join(item.annotators)),
                _number(item.agreement),
                item.measure,
                item.merged_status,
                _cell(item.reason),
            ]
        )
    return rows


def csv_bytes(rows: Sequence[Sequence[str]]) -> bytes:
    """CSV file bytes: UTF-8 with a byte order mark (so spreadsheets read accents), CRLF line ends."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return ("\ufeff" + out.getvalue()).encode()


def write_report(figures: ReportFigures, html_path: Path | str) -> ReportFiles:
    """Write the page at `html_path` and its CSVs beside it (report.html: report.csv, report-items.csv), each atomically."""
    html_path = Path(html_path)
    files = ReportFiles(
        html=html_path,
        annotators_csv=html_path.with_suffix(".csv"),
        items_csv=html_path.with_name(html_path.stem + ITEMS_CSV_SUFFIX),
    )
    page = render_html(figures, csv_names=(files.annotators_csv.name, files.items_csv.name))
    write_atomic(files.annotators_csv, csv_bytes(annotator_rows(figures)))
    write_atomic(files.items_csv, csv_bytes(item_rows(figures)))
    write_atomic(files.html, page.encode())
    return files
