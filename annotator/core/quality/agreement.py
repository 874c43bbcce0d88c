"""Inter-annotator agreement: Cohen's and Fleiss' kappa, Krippendorff's alpha, and the per-label report over judgements."""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

Level = Literal["nominal", "ordinal"]
LEVELS = ("nominal", "ordinal")


@dataclass(frozen=True)
class Judgement:
    """What one annotator said about one item: the categories their annotation assigns (a kind's `categories`)."""

    item_id: str
    annotator: str
    categories: tuple[Hashable, ...]


@dataclass(frozen=True)
class AgreementReport:
    """Agreement over a set of judgements, as the quality report and the review view show it.

    Every figure is None where it is undefined (one category only, no item done twice), never NaN.
    Overall figures take each judgement's whole category tuple as one nominal value. Per label, a
    judgement either gives the label or not. Pairs are keyed by the two annotator names, sorted.
    """

    fleiss_kappa: float | None  # None unless every item has the same number (>= 2) of annotators
    krippendorff_alpha: float | None  # nominal
    ordinal_alpha: float | None  # only when asked for (ordered) and every judgement has at most one label
    label_alpha: dict[str, float | None]
    label_kappa: dict[str, float | None]  # Cohen's kappa per label; None unless exactly two annotators
    pairwise_kappa: dict[tuple[str, str], float | None]  # on the items both did; pairs sharing no item left out
    pair_items: dict[tuple[str, str], int]  # how many items each pair shares
    items_compared: int  # items done by two or more annotators
    disagreement: dict[str, bool]  # per item: not every annotator gave the same categories
    annotators: tuple[str, ...]  # sorted


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Cohen's kappa of two raters who judged the same items, given in the same order.

    A pair where either value is missing (None or NaN) is dropped. None when no pair is left, or when
    chance agreement is total (both raters gave one and the same category throughout): kappa is undefined.
    """
    if len(a) != len(b):
        raise ValueError(f"Cohen's kappa needs one value from each rater per item; got {len(a)} and {len(b)}")
    pairs = [value for x, y in zip(a, b, strict=True) if not (_missing(x) or _missing(y)) for value in (x, y)]
    if not pairs:
        return None
    codes, domain = _encode(pairs)
    first, second = codes[0::2], codes[1::2]
    chance = int(np.dot(np.bincount(first, minlength=len(domain)), np.bincount(second, minlength=len(domain))))
    return _kappa(first.size, int(np.count_nonzero(first == second)), chance)


def fleiss_kappa(table: Sequence[Sequence[int]] | np.ndarray) -> float | None:
    """Fleiss' kappa from an items × categories table of counts (how many raters put each item in each category).

    Fleiss' kappa is defined only when every item has the same number of raters: ValueError otherwise
    (krippendorff_alpha takes any number). None when there are no items, fewer than two raters per
    item, or one category only.
    """
    counts = np.asarray(table)
    if counts.ndim != 2 or not np.issubdtype(counts.dtype, np.number):
        raise ValueError(f"Fleiss' kappa needs a 2-D table of counts (items × categories), not shape {counts.shape}")
    if counts.size and ((counts < 0).any() or (counts != np.round(counts)).any()):
        raise ValueError("Fleiss' kappa needs counts: whole numbers, none negative")
    counts = counts.astype(np.int64)
    if counts.shape[0] == 0:
        return None
    raters = counts.sum(axis=1)
    if (raters != raters[0]).any():
        raise ValueError(
            f"Fleiss' kappa needs the same number of raters on every item; the table has {raters.min()} to "
            f"{raters.max()} (use krippendorff_alpha)"
        )
    return _fleiss(
        items=counts.shape[0],
        raters=int(raters[0]),
        squares=int((counts**2).sum()),
        column_squares=int((counts.sum(axis=0) ** 2).sum()),
    )


def krippendorff_alpha(
    data: Mapping[Hashable, Mapping[Hashable, Any]] | Sequence[Sequence[Any]] | np.ndarray,
    *,
    level: Level = "nominal",
    order: Sequence[Hashable] | None = None,
) -> float | None:
    """Krippendorff's alpha over units judged by any number of raters, missing values allowed.

    `data` is {unit: {rater: value}} or a reliability matrix with one row per rater and one column per
    unit (the krippendorff package's layout), None or NaN where a rater gave no value. Units with fewer
    than two values cannot be paired and are left out. "nominal" counts every difference alike;
    "ordinal" uses Krippendorff's (2011) rank-based ordinal metric over `order` (default: the values
    sorted). A value outside a given `order` raises ValueError. None when no unit has two values or
    only one value occurs.
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    units, codes, domain = _reliability_values(data)
    return _alpha(units, codes, _ranks(domain, level=level, order=order))


def agreement_report(
    judgements: Iterable[Judgement], *, labels: Sequence[str], ordered: bool = False
) -> AgreementReport:
    """Agreement of everyone's judgements: overall, per label in `labels`, per annotator pair and per item.

    `ordered` (a rating scale in `labels` order) adds the ordinal alpha when every judgement has at most
    one label; judgements with none are missing from it, and a label outside `labels` raises ValueError.
    Two judgements of one item by one annotator raise ValueError.
    """
    item_index: dict[str, int] = {}
    annotator_index: dict[str, int] = {}
    value_index: dict[tuple[Hashable, ...], int] = {}
    unit_list, rater_list, code_list = [], [], []
    for judgement in judgements:
        unit_list.append(item_index.setdefault(judgement.item_id, len(item_index)))
        rater_list.append(annotator_index.setdefault(judgement.annotator, len(annotator_index)))
        code_list.append(value_index.setdefault(tuple(judgement.categories), len(value_index)))
    units = np.asarray(unit_list, dtype=np.int64)
    raters = np.asarray(rater_list, dtype=np.int64)
    codes = np.asarray(code_list, dtype=np.int64)
    items, annotators, values = list(item_index), list(annotator_index), list(value_index)
    _refuse_duplicates(units, raters, items, annotators)

    per_unit = np.bincount(units, minlength=len(items))
    (cell_units, _), _, cell_counts = _cells(units, codes)
    fleiss = None
    if units.size and per_unit.min() == per_unit.max():
        fleiss = _fleiss(
            items=len(items),
            raters=int(per_unit[0]),
            squares=int((cell_counts**2).sum()),
            column_squares=int((np.bincount(codes).astype(np.int64) ** 2).sum()),
        )
    distinct = np.bincount(cell_units, minlength=len(items))
    label_position: dict[str, int] = {}
    for label in labels:
        label_position.setdefault(label, len(label_position))
    label_alpha, label_kappa = _label_figures(
        units, raters, codes, values, label_position, two_annotators=len(annotators) == 2
    )
    pairwise_kappa: dict[tuple[str, str], float | None] = {}
    pair_items: dict[tuple[str, str], int] = {}
    for first, second, shared, kappa in _pair_kappas(units, raters, codes):
        one, other = annotators[first], annotators[second]
        key = (one, other) if one < other else (other, one)
        pairwise_kappa[key], pair_items[key] = kappa, shared

    return AgreementReport(
        fleiss_kappa=fleiss,
        krippendorff_alpha=_alpha(units, codes, None),
        ordinal_alpha=_ordinal_alpha(units, codes, values, label_position) if ordered else None,
        label_alpha=label_alpha,
        label_kappa=label_kappa,
        pairwise_kappa=dict(sorted(pairwise_kappa.items())),
        pair_items=dict(sorted(pair_items.items())),
        items_compared=int(np.count_nonzero(per_unit >= 2)),
        disagreement=dict(zip(items, (distinct > 1).tolist(), strict=True)),
        annotators=tuple(sorted(annotators)),
    )


def _missing(value: object) -> bool:
    # NaN is how numeric reliability matrices (and the krippendorff package) mark a missing value.
    return value is None or (isinstance(value, float | np.floating) and math.isnan(value))


def _encode(values: Iterable[Hashable]) -> tuple[np.ndarray, list[Hashable]]:
    """Each value as a small integer code, and the values in code order."""
    index: dict[Hashable, int] = {}
    codes = [index.setdefault(value, len(index)) for value in values]
    return np.asarray(codes, dtype=np.int64), list(index)


def _kappa(n: int, agreed: int, chance: int) -> float | None:
    # (p_o - p_e) / (1 - p_e) with p_o = agreed / n and p_e = chance / n², kept in integers up to the one division.
    denominator = n * n - chance
    return None if denominator == 0 else (n * agreed - chance) / denominator


def _fleiss(*, items: int, raters: int, squares: int, column_squares: int) -> float | None:
    """Fleiss' kappa from the sums it needs: of every count squared, and of every category total squared."""
    total = items * raters
    if raters < 2 or column_squares == total * total:
        return None
    observed = (squares - total) / (total * (raters - 1))
    chance = column_squares / (total * total)
    return (observed - chance) / (1 - chance)


def _reliability_values(data: Any) -> tuple[np.ndarray, np.ndarray, list[Hashable]]:
    """The unit and value code of every value given (missing ones dropped), and the values in code order."""
    if isinstance(data, Mapping):
        units, values = [], []
        for unit, by_rater in enumerate(data.values()):
            for value in by_rater.values():
                if not _missing(value):
                    units.append(unit)
                    values.append(value)
        codes, domain = _encode(values)
        return np.asarray(units, dtype=np.int64), codes, domain
    matrix = np.asarray(data)
    if matrix.dtype.kind not in "fiu":
        # Read again as objects: a default read would turn NaN beside strings into the string 'nan'.
        matrix = np.asarray(data, dtype=object)
    if matrix.ndim != 2:
        raise ValueError(
            f"a reliability matrix has one row per rater and one column per unit, not shape {matrix.shape}"
        )
    if matrix.dtype.kind in "fiu":
        given = ~np.isnan(matrix) if matrix.dtype.kind == "f" else np.ones(matrix.shape, dtype=bool)
        domain, codes = np.unique(matrix[given], return_inverse=True)
        return np.nonzero(given)[1].astype(np.int64), codes.astype(np.int64).ravel(), domain.tolist()
    units, values = [], []
    for (_, unit), value in np.ndenumerate(matrix):
        if not _missing(value):
            units.append(unit)
            values.append(value)
    codes, domain = _encode(values)
    return np.asarray(units, dtype=np.int64), codes, domain


def _ranks(domain: list[Hashable], *, level: str, order: Sequence[Hashable] | None) -> np.ndarray | None:
    """For ordinal alpha, each code's position on the scale; None for nominal (after checking `order` holds every value)."""
    if order is not None:
        position = {value: rank for rank, value in enumerate(order)}
        if len(position) != len(order):
            raise ValueError("the order names a value twice")
        outside = [value for value in domain if value not in position]
        if outside:
            raise ValueError(f"values outside the given order: {', '.join(map(repr, outside[:5]))}")
    elif level == "ordinal":
        try:
            position = {value: rank for rank, value in enumerate(sorted(domain))}  # type: ignore[type-var]
        except TypeError as error:
            raise ValueError("ordinal alpha needs an order for values that do not sort") from error
    if level != "ordinal":
        return None
    return np.asarray([position[value] for value in domain], dtype=np.int64)


def _cells(units: np.ndarray, codes: np.ndarray) -> tuple[tuple[np.ndarray, np.ndarray], int, np.ndarray]:
    """The distinct (unit, code) pairs, sorted, the code width used to pack them, and how often each occurs."""
    width = int(codes.max()) + 1 if codes.size else 1
    packed, counts = np.unique(units * width + codes, return_counts=True)
    return np.divmod(packed, width), width, counts.astype(np.int64)


def _alpha(units: np.ndarray, codes: np.ndarray, ranks: np.ndarray | None) -> float | None:
    """Alpha from the unit and value code of every value given; `ranks` (code -> scale position) makes it ordinal.

    D_o sums, over each unit's pairs of values, their distance weighted 1 / (m_u - 1); D_e the same over
    all pairable values. Both are computed per (unit, value) cell, not per pair, and summed with fsum, so
    the figure does not depend on the order of units, raters or values.
    """
    if units.size == 0:
        return None
    per_unit = np.bincount(units)
    pairable = per_unit[units] >= 2
    units, codes = units[pairable], codes[pairable]
    if units.size == 0:
        return None
    (cell_units, cell_codes), width, counts = _cells(units, codes)
    in_unit = per_unit[cell_units].astype(np.float64)
    totals = np.bincount(cell_codes, weights=counts, minlength=width)
    n = float(units.size)
    if np.count_nonzero(totals) < 2:
        return None
    if ranks is None:
        # Nominal: of a unit's m_u² ordered pairs, those of two different values, i.e. sum of n_uc (m_u - n_uc).
        observed = math.fsum((counts * (in_unit - counts) / (in_unit - 1)).tolist())
        expected = math.fsum((totals * (n - totals)).tolist()) / (n - 1)
        return 1 - observed / expected
    # Ordinal: d(c, k) = (sum of n_g for g from c to k - (n_c + n_k) / 2)², which is (R_k - R_c)² with
    # R_c = (n_g below c) + n_c / 2. A squared difference summed over pairs is 2 m times the sum of
    # squared deviations from the mean, so each unit needs only its cells.
    scale = np.bincount(ranks[: totals.size], weights=totals)
    midpoint = np.cumsum(scale) - scale / 2
    position = midpoint[ranks[: totals.size]]
    cell_position = position[cell_codes]
    unit_mean = np.bincount(cell_units, weights=counts * cell_position, minlength=per_unit.size) / np.maximum(
        per_unit, 1
    )
    deviation = cell_position - unit_mean[cell_units]
    observed = math.fsum((2 * in_unit * counts * deviation**2 / (in_unit - 1)).tolist())
    mean = math.fsum((totals * position).tolist()) / n
    expected = 2 * n * math.fsum((totals * (position - mean) ** 2).tolist()) / (n - 1)
    return 1 - observed / expected


def _ordinal_alpha(
    units: np.ndarray, codes: np.ndarray, values: list[tuple[Hashable, ...]], label_position: dict[str, int]
) -> float | None:
    """Ordinal alpha over the labels' order, when no judgement has two labels; those with none are missing."""
    if any(len(value) > 1 for value in values):
        return None
    outside = [value[0] for value in values if value and value[0] not in label_position]
    if outside:
        raise ValueError(f"labels outside the ordered scale: {', '.join(map(repr, outside[:5]))}")
    rank = np.asarray([label_position[value[0]] if value else -1 for value in values], dtype=np.int64)
    scaled = rank[codes] if codes.size else codes
    given = scaled >= 0
    return _alpha(units[given], scaled[given], np.arange(max(len(label_position), 1), dtype=np.int64))


def _label_figures(
    units: np.ndarray,
    raters: np.ndarray,
    codes: np.ndarray,
    values: list[tuple[Hashable, ...]],
    label_position: dict[str, int],
    *,
    two_annotators: bool,
) -> tuple[dict[str, float | None], dict[str, float | None]]:
    """Per label, alpha and (for exactly two annotators) Cohen's kappa of the label being given or not."""
    presence = np.zeros((len(values), len(label_position)), dtype=np.int64)
    for code, value in enumerate(values):
        for category in value:
            if category in label_position:
                presence[code, label_position[category]] = 1
    alphas: dict[str, float | None] = {}
    kappas: dict[str, float | None] = {}
    for label, position in label_position.items():
        present = presence[codes, position]
        alphas[label] = _alpha(units, present, None)
        pair = _pair_kappas(units, raters, present) if two_annotators else []
        kappas[label] = pair[0][3] if pair else None
    return alphas, kappas


def _refuse_duplicates(units: np.ndarray, raters: np.ndarray, items: list[str], annotators: list[str]) -> None:
    packed = units * max(len(annotators), 1) + raters
    unique, first, counts = np.unique(packed, return_index=True, return_counts=True)
    if unique.size != packed.size:
        twice = first[np.argmax(counts > 1)]
        raise ValueError(f"{annotators[raters[twice]]!r} judged item {items[units[twice]]!r} more than once")


def _pair_kappas(units: np.ndarray, raters: np.ndarray, codes: np.ndarray) -> list[tuple[int, int, int, float | None]]:
    """Cohen's kappa of every two raters on the units both judged: (rater, rater, units shared, kappa).

    All the pairs of judgements within each unit are made at once, then grouped by rater pair; each
    rater's category counts on the shared units give chance agreement, with no loop over pairs.
    """
    if units.size == 0:
        return []
    per_unit = np.bincount(units)
    keep = per_unit[units] >= 2
    units, raters, codes = units[keep], raters[keep], codes[keep]
    if units.size == 0:
        return []
    per_unit = np.bincount(units)  # again: `starts` index the kept judgements only
    order = np.argsort(units, kind="stable")
    sorted_units = units[order]
    block = per_unit[sorted_units]  # each judgement meets every judgement of its unit
    starts = np.cumsum(per_unit) - per_unit
    offset = np.arange(int(block.sum())) - np.repeat(np.cumsum(block) - block, block)
    left = np.repeat(order, block)
    right = order[np.repeat(starts[sorted_units], block) + offset]
    once = raters[left] < raters[right]
    left, right = left[once], right[once]
    rater_count = int(raters.max()) + 1
    keys, pair = np.unique(raters[left] * rater_count + raters[right], return_inverse=True)
    pair = pair.ravel()
    shared = np.bincount(pair, minlength=keys.size)
    agreed = np.bincount(pair[codes[left] == codes[right]], minlength=keys.size)
    width = int(codes.max()) + 1
    first_cells, first_counts = np.unique(pair * width + codes[left], return_counts=True)
    second_cells, second_counts = np.unique(pair * width + codes[right], return_counts=True)
    common, in_first, in_second = np.intersect1d(first_cells, second_cells, assume_unique=True, return_indices=True)
    chance = np.zeros(keys.size, dtype=np.int64)
    np.add.at(chance, common // width, first_counts[in_first].astype(np.int64) * second_counts[in_second])
    first_rater, second_rater = np.divmod(keys, rater_count)
    return [
        (int(a), int(b), int(n), _kappa(int(n), int(agree), int(c)))
        for a, b, n, agree, c in zip(first_rater, second_rater, shared, agreed, chance, strict=True)
    ]
