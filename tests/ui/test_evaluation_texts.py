"""The evaluation editors' words for the core's gaps and summary facts: each `what` code its own sentence."""

from __future__ import annotations

import pytest

from annotator.core.evaluation import pairwise as pw
from annotator.core.evaluation import rewrite as rw
from annotator.core.evaluation import translation as tr
from annotator.core.evaluation.configs import PairwiseConfig, RewriteConfig, TranslationConfig
from annotator.ui.editors import evaluation_texts as texts

ORDER = ["r2", "r1"]
FULL = PairwiseConfig(criteria=("helpfulness", "correctness", "safety"), rationale_min_chars=10, strength=True)
CONTENT = {"source": ["Der Hund bellt.", "Guten Morgen, Welt!"], "target": ["The dog barks.", "Good morning, world!"]}
ORIGINAL = "The Eiffel Tower is in Berlin. It was built in 1889."
CATEGORIES = ("factual error", "tone", "grammar")


@pytest.fixture(autouse=True)
def _app(qapp) -> None:
    """The words go through Qt's translation functions (English here: no translator installed)."""


def test_every_comparison_gap_in_words() -> None:
    gaps = pw.missing(pw.empty_annotation(ORDER), FULL, 2)
    assert [texts.pairwise_gap(gap) for gap in gaps] == [
        "a decision on helpfulness, correctness, safety",
        "the overall decision",
        "a rationale of at least 10 characters (0 so far)",
    ]
    ranked = pw.set_rank(pw.empty_annotation(["c", "a", "b", "d"]), response_id="a", rank=2)
    assert [texts.pairwise_gap(gap) for gap in pw.missing(ranked, PairwiseConfig(), 4)] == ["a rank for A, C, D"]


def test_a_comparison_in_a_line_and_its_contradiction() -> None:
    result = pw.set_strength(pw.empty_annotation(ORDER), value=2, config=FULL)
    result = pw.set_criterion(result, name="safety", side="tie", config=FULL)
    result = pw.set_criterion(result, name="correctness", side="A", config=FULL)
    result = pw.set_rationale(result, text="B is right.")
    assert texts.pairwise_summary(pw.summary(result, FULL)) == (
        "B better (+2) · criteria: correctness A, safety tie · rationale: 11 characters"
    )
    assert texts.pairwise_summary(pw.summary(pw.empty_annotation(ORDER))) == "not decided"
    assert texts.pairwise_summary(pw.summary(pw.empty_annotation(["a", "b", "c"]))) == "ranking: none yet"
    against = pw.set_criterion(pw.decide(result, choice="A", config=FULL), name="helpfulness", side="B", config=FULL)
    assert texts.pairwise_contradiction(pw.contradiction(against, FULL)) is None
    against = pw.set_criterion(against, name="correctness", side="B", config=FULL)
    assert texts.pairwise_contradiction(pw.contradiction(against, FULL)) == (
        "⚠ The criteria favour B (2 of 3), but the overall choice is A. Check it; you may still submit."
    )
    assert texts.pairwise_contradiction(None) is None


def test_every_translation_gap_in_words() -> None:
    config = TranslationConfig(categories=("Other",), esa=True)
    annotation = tr.add_error(
        None, content=CONTENT, config=TranslationConfig(), side="target", segment=0, start=4, end=7, severity="minor"
    )
    annotation = tr.add_error(
        annotation,
        content=CONTENT,
        config=TranslationConfig(),
        side="source",
        segment=1,
        start=0,
        end=5,
        severity="major",
        category="Fluency/Grammar",
    )
    assert [texts.translation_gap(gap) for gap in tr.missing(annotation, config=config)] == [
        "a category of this package for “Guten” (source sentence 2): 'Fluency/Grammar' is not one",
        "a category for the minor error “dog” (target sentence 1)",
        "an ESA score of the whole translation (0–100)",
    ]
    assert texts.translation_summary(tr.summary(annotation, config=config)) == (
        "2 errors (1 major, 1 minor) · MQM 3.00 · ESA –"
    )
    assert texts.translation_summary(tr.summary(None, config=TranslationConfig())) == "No errors marked · MQM 0.00"


def test_every_rewrite_gap_in_words() -> None:
    strict = RewriteConfig(categories=CATEGORIES, require_category=True)
    three = rw.annotation_for(ORIGINAL, "The Eiffel Tower is in Paris. It was completed in 1889. Yes.")
    assert [texts.rewrite_gap(gap) for gap in rw.missing(three, strict, ORIGINAL)] == [
        "Edits 1, 2 and 3 have no category, and this package asks for one on every edit."
    ]
    foreign = rw.set_category(three, index=1, category="style", categories=("style",))
    foreign = rw.set_category(foreign, index=2, category="tone", categories=CATEGORIES)
    assert [texts.rewrite_gap(gap) for gap in rw.missing(foreign, strict, ORIGINAL)] == [
        "Edit 1 has no category, and this package asks for one on every edit.",
        "Edit 2 has the category 'style', which this package does not list.",
    ]
    assert [texts.rewrite_gap(gap) for gap in rw.missing(rw.annotation_for(ORIGINAL, ""), strict, ORIGINAL)] == [
        "The rewrite is empty: write the response as it should be.",
        "Edit 1 has no category, and this package asks for one on every edit.",
    ]
    assert texts.rewrite_gap(rw.UNCONFIRMED) == (
        "The response is unchanged: confirm that it needs no change, or rewrite it."
    )


def test_a_rewrite_in_a_line() -> None:
    assert texts.rewrite_summary(rw.summary(None)) == "Unchanged"
    assert texts.rewrite_summary(rw.summary(rw.confirm_unchanged(None, ORIGINAL))) == (
        "Unchanged (confirmed as needing no change)"
    )
    one = rw.annotation_for("Paris is big.", "Paris is very big.")
    assert texts.rewrite_summary(rw.summary(one)) == "1 word / 5 characters changed in 1 edit (1 without a category)"
