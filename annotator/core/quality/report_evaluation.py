"""The report's sections of the evaluation kinds: preferences and systems ranked, rating alpha, MQM, rewrites."""

from __future__ import annotations

import math
from collections.abc import Sequence

from annotator.core.quality.preference_stats import KappaFigures
from annotator.core.quality.report_figures import (
    EvaluationFigures,
    MqmRow,
    PairwiseFigures,
    RatingFigures,
    TranslationFigures,
)
from annotator.core.quality.report_html import MISSING, charts, figure, percent_text, ratio_text, section, table
from annotator.core.quality.rewrite_kind import RewriteFigures
from annotator.core.quality.svg_charts import Bar, attr, bar_chart


def number_text(value: float | None, digits: int = 2) -> str:
    """A figure with `digits` decimals, or n/a."""
    return MISSING if value is None or not math.isfinite(value) else f"{value:.{digits}f}"


def interval_text(low: float | None, high: float | None, digits: int = 2) -> str:
    """An interval as '[0.41, 0.63]', or n/a."""
    return MISSING if low is None or high is None else f"[{low:.{digits}f}, {high:.{digits}f}]"


def _tiles(*tiles: tuple[str, str]) -> str:
    return (
        '<div class="tiles">'
        + "".join(f'<div class="tile">{attr(a)}<b>{attr(b)}</b></div>' for a, b in tiles)
        + "</div>"
    )


def _note(text: str) -> str:
    return f'<p class="note">{attr(text)}</p>'


def evaluation_sections(figures: EvaluationFigures, *, has_key: bool) -> list[str]:
    """The report's section of each evaluation kind the package has, in kind order (none for a package without any).

    `has_key` adds the gold pass rates of the translation checks (they come from the answer key).
    """
    sections = []
    if figures.pairwise is not None:
        sections.append(_pairwise(figures.pairwise))
    if figures.rating is not None:
        sections.append(_rating(figures.rating))
    if figures.translation is not None:
        sections.append(_translation(figures.translation, has_key=has_key))
    if figures.rewrite is not None:
        sections.append(_rewrite(figures.rewrite))
    return sections


def _kappa_row(name: str, kappa: KappaFigures) -> list[str]:
    return [
        name,
        str(kappa.items),
        percent_text(kappa.raw_agreement),
        ratio_text(kappa.kappa),
        ratio_text(kappa.fleiss_kappa),
        ratio_text(kappa.krippendorff_alpha),
    ]


_KAPPA_HEAD = [
    "",
    "Items",
    "Raw agreement",
    "Cohen\u2019s / Light\u2019s \u03ba",
    "Fleiss\u2019 \u03ba",
    "Krippendorff\u2019s \u03b1",
]


def _pairwise(figures: PairwiseFigures) -> str:
    agreement, everyone = figures.agreement, figures.bias[0]
    body = _tiles(
        ("\u03ba with ties", ratio_text(agreement.with_ties.kappa)),
        ("\u03ba without ties", ratio_text(agreement.without_ties.kappa)),
        ("Items judged by two or more", str(agreement.with_ties.items)),
        ("Chosen side shown first", percent_text(everyone.rate)),
    )
    body += "<h3>Agreement on the preferred response</h3>" + table(
        _KAPPA_HEAD,
        [
            _kappa_row("With ties (tie and both bad are answers)", agreement.with_ties),
            _kappa_row("Without ties (both annotators decisive)", agreement.without_ties),
        ],
    )
    body += _note(
        "Compared by response id, never by the side shown: every annotator saw their own order. \u03ba is "
        "Cohen\u2019s for two annotators, Light\u2019s (the mean over pairs) for more."
    )
    if agreement.criteria:
        rows = [_kappa_row(name, kappa) for name, kappa in agreement.criteria.items()]
        body += "<h3>Agreement per criterion (with ties)</h3>" + table(["Criterion", *_KAPPA_HEAD[1:]], rows)
    body += _bradley_terry(figures)
    body += _position_bias(figures)
    return section("pairwise", "Pairwise preferences", body)


def _bradley_terry(figures: PairwiseFigures) -> str:
    ranking = figures.ranking
    if ranking is None:
        return "<h3>Systems</h3>" + _note("Fewer than two systems were compared: no ranking.")
    level = f"{ranking.level * 100:g} %"
    bars = [
        Bar(entry.system, entry.strength, f"{entry.strength:+.2f} {interval_text(entry.low, entry.high)}")
        for entry in ranking.systems
    ]
    rows = [
        [
            str(place),
            entry.system,
            f"{entry.strength:+.2f}",
            interval_text(entry.low, entry.high),
            str(entry.wins),
            str(entry.ties),
            str(entry.losses),
        ]
        for place, entry in enumerate(ranking.systems, start=1)
    ]
    chart = bar_chart(bars, chart="bradley-terry", title="Bradley–Terry strength per system", width=620)
    return (
        "<h3>Systems ranked (Bradley\u2013Terry)</h3>"
        + charts(figure(f"Strength (log scale, mean 0) with its {level} interval", chart))
        + table(["Rank", "System", "Strength", f"{level} interval", "Wins", "Ties", "Losses"], rows, text_columns=2)
        + _note(
            f"From {ranking.judgements} judgements; a tie or \u2018both bad\u2019 counts as half a win for each side. "
            f"Intervals: {ranking.samples} bootstrap resamplings of the judgements (seed {ranking.seed}). A strength "
            "difference d means the stronger system is preferred with odds e^d."
        )
    )


def _position_bias(figures: PairwiseFigures) -> str:
    everyone, annotators = figures.bias[0], figures.bias[1:]
    bars = [
        Bar(bias.annotator or "everyone", bias.rate, f"{percent_text(bias.rate)} of {bias.decisive}")
        for bias in (everyone, *annotators)
    ]
    rows = [
        [
            bias.annotator or "everyone",
            str(bias.first),
            str(bias.decisive),
            percent_text(bias.rate),
            MISSING if bias.low is None else f"{percent_text(bias.low)} – {percent_text(bias.high)}",
            percent_text(bias.chance),
        ]
        for bias in (everyone, *annotators)
    ]
    chart = bar_chart(bars, chart="position-bias", title="Share of decisive choices shown first", domain=(0, 1))
    return (
        "<h3>Position bias</h3>"
        + charts(figure("Decisive choices that went to the response shown first (left)", chart))
        + table(["Annotator", "Chose the first shown", "Decisive choices", "Rate", "95 % interval", "Chance"], rows)
    )


def _rating(figures: RatingFigures) -> str:
    if not figures.criteria:
        return section("rating", "Ratings", _note("No rating was done."))
    bars = [Bar(c.criterion, c.alpha, ratio_text(c.alpha)) for c in figures.criteria]
    rows = [[c.criterion, ratio_text(c.alpha), str(c.units), number_text(c.mean)] for c in figures.criteria]
    body = charts(
        figure(
            "Krippendorff\u2019s \u03b1 (ordinal) per criterion",
            bar_chart(bars, chart="rating-alpha", title="Ordinal alpha per criterion", domain=(0, 1), colour="#009E73"),
        )
    )
    body += table(["Criterion", "Ordinal \u03b1", "Items rated by two or more", "Mean score"], rows)
    body += _note("\u03b1 \u2265 0.80 is reliable, \u2265 0.667 tentative. N/A counts as no rating.")
    if figures.system_means:
        systems = sorted({system for means in figures.system_means.values() for system in means})
        rows = [
            [criterion, *(number_text(means.get(system)) for system in systems)]
            for criterion, means in figures.system_means.items()
        ]
        body += "<h3>Mean score per system</h3>" + table(["Criterion", *systems], rows)
    return section("rating", "Ratings", body)


def _mqm_rows(rows: Sequence[MqmRow], *, gold: bool) -> list[list[str]]:
    result = []
    for row in rows:
        cells = [row.name, str(row.items), number_text(row.mean_mqm), number_text(row.errors_per_item)]
        if gold:
            cells += [str(row.gold_items), percent_text(row.gold_pass_rate)]
        result.append(cells)
    return result


def _translation(figures: TranslationFigures, *, has_key: bool) -> str:
    head = ["", "Items", "Mean MQM", "Errors per item"]
    bars = [Bar(row.name, row.mean_mqm, number_text(row.mean_mqm)) for row in figures.systems]
    body = charts(
        figure(
            "Mean MQM per system (lower is better)",
            bar_chart(bars, chart="mqm-systems", title="Mean MQM per system", colour="#D55E00"),
        )
    )
    body += "<h3>Per system</h3>" + table(["System", *head[1:]], _mqm_rows(figures.systems, gold=False))
    annotator_head = ["Annotator", *head[1:]] + (["Gold items done", "Gold pass rate"] if has_key else [])
    body += "<h3>Per annotator</h3>" + table(annotator_head, _mqm_rows(figures.annotators, gold=has_key))
    if has_key:
        passes = [
            Bar(row.name, row.gold_pass_rate, f"{percent_text(row.gold_pass_rate)} of {row.gold_items}")
            for row in figures.annotators
        ]
        body += charts(
            figure(
                "Gold translation checks passed (planted errors found)",
                bar_chart(passes, chart="mqm-gold-pass", title="Gold pass rate per annotator", domain=(0, 1)),
            )
        )
    body += _note("MQM is recomputed from the errors with the package\u2019s weights: mean penalty per sentence.")
    return section("translation", "Translation checks (MQM)", body)


def _rewrite(figures: Sequence[RewriteFigures]) -> str:
    rows = [
        [
            f.annotator,
            str(f.items),
            number_text(f.mean_word_distance, 1),
            number_text(f.mean_char_distance, 1),
            percent_text(f.no_op_rate),
        ]
        for f in figures
    ]
    bars = [Bar(f.annotator, f.no_op_rate, percent_text(f.no_op_rate)) for f in figures]
    body = table(["Annotator", "Rewrites", "Mean word distance", "Mean character distance", "Left unchanged"], rows)
    body += charts(
        figure(
            "Rewrites left unchanged",
            bar_chart(bars, chart="rewrite-no-op", title="No-op rate per annotator", domain=(0, 1), colour="#CC79A7"),
        )
    )
    return section("rewrite", "Rewrites", body)
