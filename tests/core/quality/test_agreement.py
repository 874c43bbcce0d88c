"""Agreement figures against published worked examples and the krippendorff package, and the judgement report."""

from __future__ import annotations

import itertools
import random

import krippendorff
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.quality.agreement import (
    AgreementReport,
    Judgement,
    agreement_report,
    cohen_kappa,
    fleiss_kappa,
    krippendorff_alpha,
)

NAN = np.nan
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 coders, 12 units, missing values.
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, NAN, NAN, NAN],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NAN, 3],
    [NAN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NAN],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NAN],
]
# Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters each, 5 categories; kappa 0.210.
FLEISS_EXAMPLE = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]
LABELS = ("neg", "neu", "pos")


def reference(matrix: object, level: str, **options: object) -> float | None:
    """The krippendorff package's alpha, None where it refuses or gives NaN (our None)."""
    try:
        value = float(krippendorff.alpha(reliability_data=matrix, level_of_measurement=level, **options))
    except ValueError:
        return None
    return None if np.isnan(value) else value


def random_matrix(seed: int) -> np.ndarray:
    """2-6 raters, 1-40 units, 2-6 values, up to half the cells missing."""
    rng = np.random.default_rng(seed)
    raters, units, values = rng.integers(2, 7), rng.integers(1, 41), rng.integers(2, 7)
    matrix = rng.integers(1, values + 1, size=(raters, units)).astype(float)
    matrix[rng.random((raters, units)) < rng.random() * 0.5] = NAN
    return matrix


def matrix_of(judgements: list[Judgement], value_of: dict[tuple[str, ...], float]) -> np.ndarray:
    """The reliability matrix (annotators × items) of some judgements, each category tuple coded by `value_of`."""
    annotators = sorted({j.annotator for j in judgements})
    items = sorted({j.item_id for j in judgements})
    matrix = np.full((len(annotators), len(items)), NAN)
    for j in judgements:
        matrix[annotators.index(j.annotator), items.index(j.item_id)] = value_of[j.categories]
    return matrix


def random_judgements(seed: int, *, annotators: int = 4, items: int = 30, multi: bool = False) -> list[Judgement]:
    """Annotators who mostly agree with a hidden truth, each skipping some items."""
    rng = random.Random(seed)
    made = []
    for item in range(items):
        truth = rng.choice(LABELS)
        for annotator in range(annotators):
            if rng.random() < 0.25:
                continue
            label = truth if rng.random() < 0.7 else rng.choice(LABELS)
            categories = (label,)
            if multi and rng.random() < 0.3:
                categories = tuple(sorted({label, rng.choice(LABELS)}))
            elif multi and rng.random() < 0.1:
                categories = ()
            made.append(Judgement(f"item-{item}", f"ann-{annotator}", categories))
    return made


# -- Krippendorff's alpha -------------------------------------------------------------------------


def test_krippendorffs_worked_example_nominal_and_ordinal() -> None:
    assert round(krippendorff_alpha(KRIPPENDORFF_2011), 3) == 0.743
    assert round(krippendorff_alpha(KRIPPENDORFF_2011, level="ordinal"), 3) == 0.815
    # The reference package gives the published figures too, and ours agrees with it to the last digits.
    assert round(reference(KRIPPENDORFF_2011, "nominal"), 3) == 0.743
    assert round(reference(KRIPPENDORFF_2011, "ordinal"), 3) == 0.815
    assert krippendorff_alpha(KRIPPENDORFF_2011) == pytest.approx(reference(KRIPPENDORFF_2011, "nominal"), abs=1e-9)
    ordinal = krippendorff_alpha(KRIPPENDORFF_2011, level="ordinal")
    assert ordinal == pytest.approx(reference(KRIPPENDORFF_2011, "ordinal"), abs=1e-9)


def test_worked_example_as_strings_with_an_order_and_as_a_mapping() -> None:
    words = ["very low", "low", "mid", "high", "very high"]
    as_words = [[None if np.isnan(v) else words[int(v) - 1] for v in row] for row in KRIPPENDORFF_2011]
    assert krippendorff_alpha(as_words, level="ordinal", order=words) == pytest.approx(0.8153875, abs=1e-7)
    units = {
        f"unit-{unit}": {f"coder-{coder}": row[unit] for coder, row in enumerate(as_words)}
        for unit in range(len(as_words[0]))
    }
    assert krippendorff_alpha(units) == krippendorff_alpha(KRIPPENDORFF_2011)
    assert krippendorff_alpha(units, level="ordinal", order=words) == krippendorff_alpha(
        KRIPPENDORFF_2011, level="ordinal"
    )


@pytest.mark.parametrize("seed", range(150))
@pytest.mark.parametrize("level", ["nominal", "ordinal"])
def test_alpha_matches_the_krippendorff_package_on_random_data(seed: int, level: str) -> None:
    matrix = random_matrix(seed)
    ours = krippendorff_alpha(matrix, level=level)
    theirs = reference(matrix, level)
    if theirs is None:
        assert ours is None
    else:
        assert ours == pytest.approx(theirs, abs=1e-9)


@pytest.mark.parametrize("seed", range(40))
def test_alpha_matches_the_package_for_strings_in_a_given_order(seed: int) -> None:
    # An order that is not the alphabetical one, naming a value no one used: ranks come from the order.
    order = ["z", "b", "y", "a", "x", "c", "unused"]
    matrix = random_matrix(seed)
    words = np.array([[NAN if np.isnan(v) else order[int(v) - 1] for v in row] for row in matrix], dtype=object)
    with_none = [[None if isinstance(v, float) else v for v in row] for row in words]
    for level in ("nominal", "ordinal"):
        theirs = reference(words.astype(str), level, value_domain=order)
        ours = krippendorff_alpha(with_none, level=level, order=order)
        assert ours is None if theirs is None else ours == pytest.approx(theirs, abs=1e-9)


def test_alpha_is_none_when_undefined() -> None:
    assert krippendorff_alpha([[1, 1, 1], [1, 1, NAN]]) is None  # one value only: no expected disagreement
    assert krippendorff_alpha([[1, NAN, 2], [NAN, 3, NAN]]) is None  # no unit with two values
    assert krippendorff_alpha({}) is None
    assert krippendorff_alpha({"u": {"a": None, "b": 2}}, level="ordinal") is None
    assert krippendorff_alpha([[1, 2], [1, 2]]) == 1.0


def test_alpha_refuses_what_it_cannot_compute() -> None:
    with pytest.raises(ValueError, match="level"):
        krippendorff_alpha([[1, 2]], level="interval")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="outside the given order"):
        krippendorff_alpha([[1, 2], [2, 3]], level="ordinal", order=[1, 2])
    with pytest.raises(ValueError, match="needs an order"):
        krippendorff_alpha([["a", 1], ["a", 1]], level="ordinal")
    with pytest.raises(ValueError, match="one row per rater"):
        krippendorff_alpha([1, 2, 3])


# -- Cohen's and Fleiss' kappa --------------------------------------------------------------------


def test_cohens_kappa_on_the_wikipedia_example() -> None:
    # 50 proposals: both yes 20, both no 15, A yes and B no 5, A no and B yes 10. p_o 0.7, p_e 0.5.
    a = ["yes"] * 20 + ["no"] * 15 + ["yes"] * 5 + ["no"] * 10
    b = ["yes"] * 20 + ["no"] * 15 + ["no"] * 5 + ["yes"] * 10
    assert cohen_kappa(a, b) == pytest.approx(0.4, abs=1e-12)
    assert cohen_kappa(b, a) == pytest.approx(0.4, abs=1e-12)


def test_cohens_kappa_drops_missing_pairs_and_is_none_when_undefined() -> None:
    assert cohen_kappa(["x", None, "y", "x"], ["x", "y", NAN, "y"]) == cohen_kappa(["x", "x"], ["x", "y"])
    assert cohen_kappa(["x", "x"], ["x", "x"]) is None  # chance agreement is total
    assert cohen_kappa([None], ["x"]) is None
    assert cohen_kappa([], []) is None
    assert cohen_kappa(["a", "b"], ["a", "b"]) == 1.0
    with pytest.raises(ValueError, match="one value from each rater"):
        cohen_kappa(["a"], ["a", "b"])


def test_fleiss_kappa_on_the_wikipedia_example() -> None:
    assert round(fleiss_kappa(FLEISS_EXAMPLE), 3) == 0.210
    assert fleiss_kappa(np.array(FLEISS_EXAMPLE)) == pytest.approx(0.2099307, abs=1e-7)


def test_fleiss_kappa_needs_the_same_number_of_raters_on_every_item() -> None:
    with pytest.raises(ValueError, match="same number of raters"):
        fleiss_kappa([[2, 1], [1, 1]])
    with pytest.raises(ValueError, match="whole numbers"):
        fleiss_kappa([[2, -1], [1, 0]])
    with pytest.raises(ValueError, match="2-D"):
        fleiss_kappa([1, 2])
    assert fleiss_kappa([[3, 0], [3, 0]]) is None  # one category only
    assert fleiss_kappa([[1, 0], [0, 1]]) is None  # one rater per item
    assert fleiss_kappa(np.zeros((0, 3), dtype=int)) is None


# -- The judgement report -------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(20))
def test_report_figures_match_the_references(seed: int) -> None:
    judgements = random_judgements(seed, multi=seed % 2 == 1)
    report = agreement_report(judgements, labels=LABELS)
    values = sorted({j.categories for j in judgements})
    coded = {value: float(code) for code, value in enumerate(values)}
    overall = reference(matrix_of(judgements, coded), "nominal", value_domain=list(coded.values()))
    assert report.krippendorff_alpha == pytest.approx(overall, abs=1e-9)
    for label in LABELS:
        present = {value: float(label in value) for value in values}
        expected = reference(matrix_of(judgements, present), "nominal", value_domain=[0.0, 1.0])
        assert report.label_alpha[label] == (None if expected is None else pytest.approx(expected, abs=1e-9))
        assert report.label_kappa[label] is None  # four annotators
    by_annotator: dict[str, dict[str, tuple[str, ...]]] = {}
    for j in judgements:
        by_annotator.setdefault(j.annotator, {})[j.item_id] = j.categories
    for first, second in itertools.combinations(sorted(by_annotator), 2):
        shared = sorted(by_annotator[first].keys() & by_annotator[second].keys())
        if not shared:
            assert (first, second) not in report.pairwise_kappa
            continue
        expected = cohen_kappa([by_annotator[first][i] for i in shared], [by_annotator[second][i] for i in shared])
        assert report.pairwise_kappa[(first, second)] == expected
        assert report.pair_items[(first, second)] == len(shared)
    per_item: dict[str, list[tuple[str, ...]]] = {}
    for j in judgements:
        per_item.setdefault(j.item_id, []).append(j.categories)
    assert report.items_compared == sum(len(found) >= 2 for found in per_item.values())
    assert report.disagreement == {item: len(set(found)) > 1 for item, found in per_item.items()}
    assert report.annotators == tuple(sorted(by_annotator))


def test_fleiss_in_the_report_only_when_every_item_has_as_many_annotators() -> None:
    judgements = [
        Judgement(f"i{item}", f"a{annotator}", (LABELS[(item + annotator * (item % 3 == 0)) % 3],))
        for item in range(12)
        for annotator in range(3)
    ]
    table = [
        [sum(j.categories == (label,) for j in judgements if j.item_id == f"i{i}") for label in LABELS]
        for i in range(12)
    ]
    report = agreement_report(judgements, labels=LABELS)
    assert report.fleiss_kappa == pytest.approx(fleiss_kappa(table), abs=1e-12)
    assert agreement_report(judgements[:-1], labels=LABELS).fleiss_kappa is None


def test_per_label_cohens_kappa_with_exactly_two_annotators() -> None:
    judgements = [j for j in random_judgements(5, annotators=2, items=60, multi=True)]
    report = agreement_report(judgements, labels=LABELS)
    first = {j.item_id: j.categories for j in judgements if j.annotator == "ann-0"}
    second = {j.item_id: j.categories for j in judgements if j.annotator == "ann-1"}
    shared = sorted(first.keys() & second.keys())
    for label in LABELS:
        expected = cohen_kappa([label in first[i] for i in shared], [label in second[i] for i in shared])
        assert report.label_kappa[label] == expected


@pytest.mark.parametrize("seed", range(10))
def test_ordinal_alpha_in_label_order_matches_the_package(seed: int) -> None:
    judgements = random_judgements(seed)
    report = agreement_report(judgements, labels=LABELS, ordered=True)
    ranks = {(label,): float(rank) for rank, label in enumerate(LABELS)}
    expected = reference(matrix_of(judgements, ranks), "ordinal", value_domain=[0.0, 1.0, 2.0])
    assert report.ordinal_alpha == pytest.approx(expected, abs=1e-9)
    assert agreement_report(judgements, labels=LABELS).ordinal_alpha is None  # not asked for


def test_ordinal_alpha_leaves_out_no_label_and_is_none_with_several() -> None:
    judgements = random_judgements(3)
    with_empty = [*judgements, Judgement("item-0", "late", ())]
    assert agreement_report(with_empty, labels=LABELS, ordered=True).ordinal_alpha == pytest.approx(
        agreement_report(judgements, labels=LABELS, ordered=True).ordinal_alpha, abs=1e-12
    )
    several = [*judgements, Judgement("item-0", "late", ("neg", "pos"))]
    assert agreement_report(several, labels=LABELS, ordered=True).ordinal_alpha is None
    with pytest.raises(ValueError, match="outside the ordered scale"):
        agreement_report([*judgements, Judgement("item-0", "late", ("meh",))], labels=LABELS, ordered=True)


def test_degenerate_reports_give_none_not_nan() -> None:
    same = [Judgement(f"i{i}", f"a{a}", ("pos",)) for i in range(4) for a in range(2)]
    report = agreement_report(same, labels=LABELS, ordered=True)
    assert report.fleiss_kappa is None
    assert report.krippendorff_alpha is None
    assert report.ordinal_alpha is None
    assert set(report.label_alpha.values()) == {None}
    assert set(report.label_kappa.values()) == {None}
    assert report.pairwise_kappa == {("a0", "a1"): None}
    assert report.items_compared == 4
    assert not any(report.disagreement.values())
    alone = agreement_report([Judgement("i", "a", ("pos",)), Judgement("j", "b", ("neg",))], labels=LABELS)
    assert alone.krippendorff_alpha is None and alone.fleiss_kappa is None and alone.pairwise_kappa == {}
    assert alone.items_compared == 0
    empty = agreement_report([], labels=LABELS)
    assert isinstance(empty, AgreementReport)
    assert empty.krippendorff_alpha is None and empty.disagreement == {} and empty.annotators == ()


def test_two_judgements_of_one_item_by_one_annotator_are_refused() -> None:
    with pytest.raises(ValueError, match="'a' judged item 'i' more than once"):
        agreement_report([Judgement("i", "a", ("pos",)), Judgement("i", "a", ("neg",))], labels=LABELS)


def _figures(report: AgreementReport) -> tuple[object, ...]:
    return (
        report.fleiss_kappa,
        report.krippendorff_alpha,
        report.ordinal_alpha,
        report.label_alpha,
        report.label_kappa,
        report.pairwise_kappa,
        report.pair_items,
        report.items_compared,
        report.disagreement,
        report.annotators,
    )


@settings(max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 10_000),
    annotators=st.integers(1, 5),
    items=st.integers(0, 12),
    multi=st.booleans(),
    shuffle=st.randoms(use_true_random=False),
)
def test_permuting_items_or_raters_never_changes_a_figure(
    seed: int, annotators: int, items: int, multi: bool, shuffle: random.Random
) -> None:
    judgements = random_judgements(seed, annotators=annotators, items=items, multi=multi)
    ordered = not multi
    before = _figures(agreement_report(judgements, labels=LABELS, ordered=ordered))
    item_names = sorted({j.item_id for j in judgements})
    renamed_items = dict(zip(item_names, shuffle.sample(item_names, len(item_names)), strict=True))
    rater_names = sorted({j.annotator for j in judgements})
    renamed_raters = dict(zip(rater_names, shuffle.sample(rater_names, len(rater_names)), strict=True))
    moved = [Judgement(renamed_items[j.item_id], renamed_raters[j.annotator], j.categories) for j in judgements]
    shuffle.shuffle(moved)
    after = _figures(agreement_report(moved, labels=LABELS, ordered=ordered))
    # Exactly equal, not approximately: the sums are exact (fsum, integers), so order cannot move a digit.
    assert after[:5] == before[:5]
    assert after[5] == {tuple(sorted(renamed_raters[n] for n in pair)): k for pair, k in before[5].items()}
    assert after[6] == {tuple(sorted(renamed_raters[n] for n in pair)): k for pair, k in before[6].items()}
    assert after[7] == before[7]
    assert after[8] == {renamed_items[item]: flag for item, flag in before[8].items()}
    assert after[9] == before[9]


@settings(max_examples=50, deadline=None, database=None)
@given(seed=st.integers(0, 10_000), shuffle=st.randoms(use_true_random=False))
def test_permuting_the_reliability_matrix_never_changes_alpha(seed: int, shuffle: random.Random) -> None:
    matrix = random_matrix(seed)
    rows = shuffle.sample(range(matrix.shape[0]), matrix.shape[0])
    columns = shuffle.sample(range(matrix.shape[1]), matrix.shape[1])
    moved = matrix[rows][:, columns]
    for level in ("nominal", "ordinal"):
        assert krippendorff_alpha(moved, level=level) == krippendorff_alpha(matrix, level=level)
