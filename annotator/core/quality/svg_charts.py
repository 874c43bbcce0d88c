"""Small inline SVG charts for the quality report: bars, grouped bars, columns and a heatmap, text escaped.

Each builder returns one `<svg>` element as a string, meant to sit inside an HTML page: no script,
no external reference, no font to fetch, every text through `html.escape`. Every bar is a
`<rect class="bar">` with a `<title>` naming what it shows and its figure, and the figure is also
written beside the bar, so a printed report reads without hovering. `data-chart` on the `<svg>` names
the chart, so a test (or a stylesheet) can find it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

# Okabe-Ito: told apart by people with every common colour-vision deficiency, and in greyscale print.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
FONT_SIZE = 12
# No text measuring without a browser: an average glyph of the sans-serif stack is ~0.6 em wide.
_CHAR_WIDTH = 0.6 * FONT_SIZE
_LABEL_WIDTH_MAX = 190
_VALUE_WIDTH = 64
_BAR_HEIGHT = 18
_GAP = 6
_MISSING = "n/a"


@dataclass(frozen=True)
class Bar:
    """One bar: what it is (`label`), its length (`value`, None when there is no figure) and the figure as shown."""

    label: str
    value: float | None
    text: str


@dataclass(frozen=True)
class Series:
    """One colour of a grouped chart: its name (the legend) and one value and shown figure per group."""

    name: str
    values: Sequence[float | None]
    texts: Sequence[str]


def attr(value: object) -> str:
    """`value` escaped for an attribute in double quotes (and for element text)."""
    return escape(str(value), quote=True)


def fit(text: str, width: float) -> str:
    """`text` shortened with an ellipsis to about `width` pixels at the chart font size."""
    most = max(1, int(width / _CHAR_WIDTH))
    return text if len(text) <= most else text[: most - 1] + "…"


def _label_width(labels: Sequence[str]) -> float:
    longest = max((len(label) for label in labels), default=0)
    return min(_LABEL_WIDTH_MAX, max(40.0, longest * _CHAR_WIDTH + 8))


def _domain(values: Sequence[float | None], domain: tuple[float, float] | None) -> tuple[float, float]:
    present = [v for v in values if v is not None and math.isfinite(v)]
    low, high = domain if domain is not None else (0.0, 0.0)
    low, high = min([low, 0.0, *present]), max([high, 0.0, *present])
    return (low, high) if high > low else (low, low + 1.0)


def _svg(chart: str, title: str, width: float, height: float, body: list[str]) -> str:
    width, height = math.ceil(width), math.ceil(height)
    return (
        f'<svg class="chart" data-chart="{attr(chart)}" role="img" aria-label="{attr(title)}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'font-size="{FONT_SIZE}" font-family="sans-serif">'
        f"<title>{attr(title)}</title>" + "".join(body) + "</svg>"
    )


def _text(x: float, y: float, text: str, *, anchor: str = "start", cls: str = "", full: str | None = None) -> str:
    klass = f' class="{cls}"' if cls else ""
    tip = f"<title>{attr(full)}</title>" if full is not None and full != text else ""
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" dominant-baseline="middle"{klass}>'
        f"{tip}{attr(text)}</text>"
    )


def _bar_rect(x0: float, x1: float, y: float, height: float, colour: str, tip: str) -> str:
    left, width = min(x0, x1), abs(x1 - x0)
    # A bar of zero length still shows as a hairline, so "0" is visibly a bar and not a gap.
    width = max(width, 1.0)
    return (
        f'<rect class="bar" x="{left:.1f}" y="{y:.1f}" width="{width:.1f}" height="{height:.1f}" '
        f'fill="{colour}"><title>{attr(tip)}</title></rect>'
    )


def bar_chart(
    bars: Sequence[Bar],
    *,
    chart: str,
    title: str,
    domain: tuple[float, float] | None = None,
    colour: str = PALETTE[0],
    width: float = 520,
) -> str:
    """Horizontal bars, one row per `Bar`, labels on the left and the figure at each bar's end.

    The scale covers zero, `domain` (if given) and every value, so negative figures (a kappa below
    chance) grow left from a zero line. A bar without a value has no `rect`, only its label and "n/a".
    """
    labels = [bar.label for bar in bars]
    label_w = _label_width(labels)
    plot_x0, plot_x1 = label_w + 6, width - _VALUE_WIDTH
    low, high = _domain([bar.value for bar in bars], domain)

    def x_of(value: float) -> float:
        return plot_x0 + (value - low) / (high - low) * (plot_x1 - plot_x0)

    zero = x_of(0.0)
    body = []
    step = _BAR_HEIGHT + _GAP
    for row, bar in enumerate(bars):
        y = _GAP + row * step
        middle = y + _BAR_HEIGHT / 2
        body.append(_text(label_w, middle, fit(bar.label, label_w - 4), anchor="end", cls="label", full=bar.label))
        if bar.value is None or not math.isfinite(bar.value):
            body.append(_text(zero + 4, middle, _MISSING, cls="value missing"))
            continue
        end = x_of(bar.value)
        body.append(_bar_rect(zero, end, y, _BAR_HEIGHT, colour, f"{bar.label}: {bar.text}"))
        body.append(_text(max(zero, end) + 4, middle, bar.text, cls="value"))
    height = _GAP + len(bars) * step + 4
    body.append(f'<line class="axis" x1="{zero:.1f}" x2="{zero:.1f}" y1="2" y2="{height - 2:.1f}" stroke="#555"/>')
    return _svg(chart, title, width, height, body)


def grouped_bar_chart(
    groups: Sequence[str],
    series: Sequence[Series],
    *,
    chart: str,
    title: str,
    domain: tuple[float, float] | None = None,
    width: float = 520,
) -> str:
    """Horizontal bars in groups: for each of `groups`, one bar per series in the series' colour, and a legend."""
    label_w = _label_width(list(groups))
    plot_x0, plot_x1 = label_w + 6, width - _VALUE_WIDTH
    low, high = _domain([v for s in series for v in s.values], domain)

    def x_of(value: float) -> float:
        return plot_x0 + (value - low) / (high - low) * (plot_x1 - plot_x0)

    zero = x_of(0.0)
    body: list[str] = []
    legend_y = _GAP + FONT_SIZE / 2
    x = plot_x0
    for index, entry in enumerate(series):
        colour = PALETTE[index % len(PALETTE)]
        name = fit(entry.name, 130)
        body.append(f'<rect class="swatch" x="{x:.1f}" y="{legend_y - 5:.1f}" width="10" height="10" fill="{colour}"/>')
        body.append(_text(x + 14, legend_y, name, cls="legend", full=entry.name))
        x += 14 + len(name) * _CHAR_WIDTH + 14
    bar_h = 14
    group_h = len(series) * (bar_h + 2) + _GAP * 2
    top = legend_y + FONT_SIZE + _GAP
    for row, group in enumerate(groups):
        y0 = top + row * group_h
        body.append(
            _text(label_w, y0 + group_h / 2 - _GAP / 2, fit(group, label_w - 4), anchor="end", cls="label", full=group)
        )
        for index, entry in enumerate(series):
            y = y0 + index * (bar_h + 2)
            middle = y + bar_h / 2
            value, text = entry.values[row], entry.texts[row]
            if value is None or not math.isfinite(value):
                body.append(_text(zero + 4, middle, _MISSING, cls="value missing"))
                continue
            end = x_of(value)
            colour = PALETTE[index % len(PALETTE)]
            body.append(_bar_rect(zero, end, y, bar_h, colour, f"{group}, {entry.name}: {text}"))
            body.append(_text(max(zero, end) + 4, middle, text, cls="value"))
    height = top + len(groups) * group_h
    body.append(f'<line class="axis" x1="{zero:.1f}" x2="{zero:.1f}" y1="{top:.1f}" y2="{height:.1f}" stroke="#555"/>')
    return _svg(chart, title, width, height + 2, body)


def column_chart(
    columns: Sequence[Bar],
    *,
    chart: str,
    title: str,
    x_title: str,
    y_title: str,
    colour: str = PALETTE[0],
    width: float = 520,
    height: float = 220,
) -> str:
    """Vertical columns from a zero baseline (a histogram): each column's figure above it, its label below."""
    count = max(1, len(columns))
    left, right, top, bottom = 34.0, 8.0, 22.0, 46.0
    plot_w, plot_h = width - left - right, height - top - bottom
    high = max([c.value for c in columns if c.value is not None] + [0.0]) or 1.0
    slot = plot_w / count
    body = [_text(4, 10, y_title, cls="axis-title")]
    base = top + plot_h
    for index, column in enumerate(columns):
        x = left + index * slot
        middle = x + slot / 2
        label = fit(column.label, slot + 8)
        # Labels alternate between two lines when there are many, so neighbours never overlap.
        label_y = base + 12 + (12 if count > 8 and index % 2 else 0)
        body.append(_text(middle, label_y, label, anchor="middle", cls="label", full=column.label))
        if column.value is None:
            continue
        bar_h = column.value / high * plot_h
        body.append(
            f'<rect class="bar" x="{x + 2:.1f}" y="{base - bar_h:.1f}" width="{max(slot - 4, 1):.1f}" '
            f'height="{max(bar_h, 0.5):.1f}" fill="{colour}"><title>{attr(column.label)}: {attr(column.text)}</title></rect>'
        )
        body.append(_text(middle, base - bar_h - 8, column.text, anchor="middle", cls="value"))
    body.append(f'<line class="axis" x1="{left}" x2="{width - right}" y1="{base:.1f}" y2="{base:.1f}" stroke="#555"/>')
    body.append(_text(left + plot_w / 2, height - 8, x_title, anchor="middle", cls="axis-title"))
    return _svg(chart, title, width, height, body)


def diverging_colour(value: float) -> str:
    """A colour for a figure in [-1, 1]: red below zero, white at zero, blue towards one."""
    value = max(-1.0, min(1.0, value))
    white, blue, red = (247, 247, 247), (33, 102, 172), (178, 24, 43)
    end = blue if value >= 0 else red
    t = abs(value)
    r, g, b = (round(w + (e - w) * t) for w, e in zip(white, end, strict=True))
    return f"#{r:02x}{g:02x}{b:02x}"


def _ink_on(colour: str) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#000" if 0.299 * r + 0.587 * g + 0.114 * b > 140 else "#fff"


def heatmap(
    names: Sequence[str],
    values: dict[tuple[str, str], float | None],
    texts: dict[tuple[str, str], str],
    *,
    chart: str,
    title: str,
    notes: dict[tuple[str, str], str] | None = None,
) -> str:
    """A symmetric grid of `names` x `names`: each off-diagonal cell coloured by its figure and showing it.

    `values`/`texts` (and `notes`, a smaller second line such as "12 items") are keyed by a pair in
    either order; a pair without a figure is grey with "n/a". Every coloured cell is a `<rect class="cell">`.
    """
    notes = notes or {}
    label_w = _label_width(list(names))
    cell = 64.0
    top = 22.0
    body = []
    for col, name in enumerate(names):
        x = label_w + 6 + col * cell + cell / 2
        body.append(_text(x, top / 2, fit(name, cell - 4), anchor="middle", cls="label", full=name))
    for row, a in enumerate(names):
        y = top + row * cell
        body.append(_text(label_w, y + cell / 2, fit(a, label_w - 4), anchor="end", cls="label", full=a))
        for col, b in enumerate(names):
            x = label_w + 6 + col * cell
            if a == b:
                body.append(
                    f'<rect class="diagonal" x="{x:.1f}" y="{y:.1f}" width="{cell - 2:.1f}" height="{cell - 2:.1f}" fill="#e0e0e0"/>'
                )
                continue
            value = values.get((a, b), values.get((b, a)))
            text = texts.get((a, b), texts.get((b, a), _MISSING))
            colour = "#d9d9d9" if value is None else diverging_colour(value)
            shown = _MISSING if value is None else text
            note = notes.get((a, b), notes.get((b, a), ""))
            body.append(
                f'<rect class="cell" x="{x:.1f}" y="{y:.1f}" width="{cell - 2:.1f}" height="{cell - 2:.1f}" '
                f'fill="{colour}"><title>{attr(a)} / {attr(b)}: {attr(shown)}{" (" + attr(note) + ")" if note else ""}'
                "</title></rect>"
            )
            middle = y + (cell - 2) / 2 - (6 if note else 0)
            # Its own class, not "value": a page's stylesheet colouring values must not hide this text.
            ink = _ink_on(colour)
            body.append(
                f'<text x="{x + (cell - 2) / 2:.1f}" y="{middle:.1f}" text-anchor="middle" '
                f'dominant-baseline="middle" class="cell-value" fill="{ink}">{attr(shown)}</text>'
            )
            if note:
                body.append(
                    f'<text x="{x + (cell - 2) / 2:.1f}" y="{middle + 14:.1f}" text-anchor="middle" '
                    f'dominant-baseline="middle" class="cell-note" font-size="10" fill="{ink}">'
                    f"{attr(fit(note, cell + 6))}</text>"
                )
    width = label_w + 6 + len(names) * cell + 4
    height = top + len(names) * cell + 4
    return _svg(chart, title, width, height, body)
