"""The report page's parts: sections, figures, tables, and the number formats they show."""

from __future__ import annotations

import math
from collections.abc import Sequence

from annotator.core.quality.svg_charts import attr

MISSING = "n/a"
_TEXT_CELL = ' class="text"'


def ratio_text(value: float | None) -> str:
    """A kappa, alpha or other agreement figure with two decimals ('0.83', '-0.12')."""
    return MISSING if value is None or not math.isfinite(value) else f"{value:.2f}"


def percent_text(value: float | None) -> str:
    """A fraction in [0, 1] as a percentage with one decimal ('83.3 %')."""
    return MISSING if value is None else f"{value * 100:.1f} %"


def section(name: str, heading: str, body: str) -> str:
    """A section of the page: `name` is its id (the page's anchor), `heading` its h2; `body` is HTML."""
    return f'<section id="{attr(name)}"><h2>{attr(heading)}</h2>{body}</section>'


def figure(caption: str, svg: str) -> str:
    """One chart (inline SVG) under its caption."""
    return f"<figure><figcaption>{attr(caption)}</figcaption>{svg}</figure>"


def charts(*figures: str) -> str:
    """Figures side by side, wrapping to the next row when the page is too narrow."""
    return '<div class="charts">' + "".join(figures) + "</div>"


def table(head: Sequence[str], rows: Sequence[Sequence[str]], *, text_columns: int = 1) -> str:
    """A table of escaped cells; the first `text_columns` columns align left as text, the rest right as numbers."""
    cells = "".join(f"<th{_TEXT_CELL if i < text_columns else ''}>{attr(h)}</th>" for i, h in enumerate(head))
    body = "".join(
        "<tr>"
        + "".join(f"<td{_TEXT_CELL if i < text_columns else ''}>{attr(v)}</td>" for i, v in enumerate(row))
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>"
