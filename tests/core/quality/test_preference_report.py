"""Preference figures checked by hand (kappa with and without ties, position bias) and the report's evaluation sections."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from annotator.core.bundle import build_bundle
from annotator.core.evaluation.order import shown_order
from annotator.core.model import Status
from annotator.core.package import open_package
from annotator.core.quality.preference_stats import (
    position_bias,
    position_biases,
    preference_agreement,
    wilson_interval,
)
from annotator.core.quality.report import figures_from, render_html
from annotator.core.workspace import ItemState
from tests.core.quality.test_evaluation_kinds import error, pairwise, rating, rewrite, translation
from tests.core.quality.test_report import parsed
from tests.evaluation_packages import pairwise_item, write_evaluation_package

HOSTILE_SYSTEM = "<script>alert(1)</script>"


def shown(annotator: str, item_id: str, preferred: str, *, criteria: dict[str, str] | None = None) -> dict[str, Any]:
    """What `annotator` stores preferring `preferred` on `item_id`, in the order they were shown."""
    order = shown_order(annotator, item_id, ["r1", "r2"])
    by_response = {order[0]: "A", order[1]: "B", "tie": "tie"}
    sides = {name: by_response[response] for name, response in (criteria or {}).items()}
    return pairwise(order, preferred, criteria=sides)


# Ten items judged by two annotators; hand-computed below.
ADA = ["r1", "r1", "r1", "r2", "r2", "tie", "tie", "r1", "r2", "r1"]
BO = ["r1", "r1", "r2", "r2", "r2", "tie", "r1", "r1", "both_bad", "r1"]


def test_kappa_with_and_without_ties_by_hand() -> None:
    annotations = {
        "ada": {f"p{n}": shown("ada", f"p{n}", answer) for n, answer in enumerate(ADA)},
        "bo": {f"p{n}": shown("bo", f"p{n}", answer) for n, answer in enumerate(BO)},
    }
    # The two saw different orders on some items, so their sides differ where their answers agree.
    assert any(annotations["ada"][i]["order"] != annotations["bo"][i]["order"] for i in annotations["ada"])
    agreement = preference_agreement(annotations)
    # With ties: 7 of 10 agree; ada gives r1 5, r2 3, tie 2; bo r1 5, r2 3, tie 1, both_bad 1.
    # p_e = (5*5 + 3*3 + 2*1 + 0*1) / 100 = 0.36, so kappa = (0.7 - 0.36) / 0.64.
    with_ties = agreement.with_ties
    assert with_ties.items == 10 and with_ties.raw_agreement == pytest.approx(0.7)
    assert with_ties.kappa == pytest.approx(0.34 / 0.64)
    assert dict(with_ties.pairwise_kappa) == {("ada", "bo"): pytest.approx(0.34 / 0.64)}
    # Without ties: items 6, 7 and 9 drop out (someone was not decisive); 6 of 7 agree.
    # ada r1 5, r2 2; bo r1 4, r2 3: p_e = (5*4 + 2*3) / 49 = 26/49, kappa = (42 - 26) / (49 - 26) = 16/23.
    without = agreement.without_ties
    assert without.items == 7 and without.raw_agreement == pytest.approx(6 / 7)
    assert without.kappa == pytest.approx(16 / 23)
    assert dict(without.pair_items) == {("ada", "bo"): 7}


def test_kappa_of_three_annotators_is_lights_and_criteria_are_by_response() -> None:
    answers = {
        "ada": ["r1", "r2", "r1", "r2"],
        "bo": ["r1", "r2", "r2", "r2"],
        "cy": ["r1", "r1", "r1", "r2"],
    }
    annotations = {
        name: {
            f"p{n}": shown(name, f"p{n}", answer, criteria={"safety": answer if n else "tie"})
            for n, answer in enumerate(given)
        }
        for name, given in answers.items()
    }
    agreement = preference_agreement(annotations)
    pairs = dict(agreement.with_ties.pairwise_kappa)
    # ada/bo: 3 of 4, both r1 2 r2 2 / r1 1 r2 3 -> p_e = (2 + 6)/16 = 0.5 -> 0.5; ada/cy: 3 of 4, r1 2/3,
    # r2 2/1 -> p_e = 8/16 -> 0.5; bo/cy: 2 of 4, p_e = (1*3 + 3*1)/16 -> (0.5 - 0.375)/0.625 = 0.2.
    assert pairs == {("ada", "bo"): 0.5, ("ada", "cy"): 0.5, ("bo", "cy"): pytest.approx(0.2)}
    assert agreement.with_ties.kappa == pytest.approx((0.5 + 0.5 + 0.2) / 3)
    assert agreement.with_ties.fleiss_kappa is not None
    # The criterion is stored by shown side but compared by response: on p0 everyone said tie, so its pairs
    # agree as overall (3 + 1 + 1 + 3 of 12), but its kappa is on other categories. ada/bo: tie r2 r1 r2 and
    # tie r2 r2 r2 agree 3 of 4, p_e = (1*1 + 2*3) / 16, so kappa = (12 - 7) / (16 - 7).
    safety = agreement.criteria["safety"]
    assert safety.items == 4 and safety.raw_agreement == pytest.approx(8 / 12)
    assert safety.pairwise_kappa[("ada", "bo")] == pytest.approx(5 / 9)


def test_position_bias_on_a_constructed_set() -> None:
    left = [pairwise(["r1", "r2"], "r1") for _ in range(7)]  # chose A, shown first
    right = [pairwise(["r2", "r1"], "r1") for _ in range(3)]  # chose B
    undecided = [pairwise(["r1", "r2"], "tie"), pairwise(["r2", "r1"], "both_bad"), pairwise(["r1", "r2"], None)]
    bias = position_bias(left + right + undecided)
    assert (bias.first, bias.decisive, bias.rate, bias.chance) == (7, 10, 0.7, 0.5)
    # The Wilson interval of 7 in 10 (Agresti & Coull's worked figures: 0.3968 to 0.8922).
    assert (bias.low, bias.high) == (pytest.approx(0.3968, abs=1e-4), pytest.approx(0.8922, abs=1e-4))
    assert wilson_interval(0, 10)[0] == 0.0
    # N-way rankings count by where the sole first place was shown; chance is 1/n.
    three = [pairwise(["c", "a", "b"], None, ranking={"a": 2, "b": 3, "c": 1}), pairwise(["a", "b", "c"], None)]
    three[1]["ranking"] = {"a": 1, "b": 1, "c": 2}  # a shared first place is not decisive
    ranked = position_bias(three)
    assert (ranked.first, ranked.decisive, ranked.chance) == (1, 1, pytest.approx(1 / 3))
    assert position_bias([]).rate is None
    everyone, ada, bo = position_biases({"bo": {"x": right[0]}, "ada": {"y": left[0], "z": left[1]}})
    assert (everyone.annotator, everyone.first, everyone.decisive) == (None, 2, 3)
    assert (ada.annotator, ada.rate, bo.annotator, bo.rate) == ("ada", 1.0, "bo", 0.0)


# -- the report of a package with every evaluation kind ---------------------------------------------------

SYSTEMS = ("atlas", "boreal", HOSTILE_SYSTEM)
STRENGTH = {"atlas": 1.2, "boreal": 0.0, HOSTILE_SYSTEM: -1.2}
ANNOTATORS = ("ada", "bo", "cy")


def evaluation_study(tmp_path: Path) -> tuple[Any, list[dict[str, Any]]]:
    """A package of 60 pairwise, 6 rating, 4 translation and 4 rewrite items, done by three annotators."""
    rng = random.Random(3)
    items = []
    for n in range(60):
        first, second = rng.sample(SYSTEMS, 2)
        items.append(pairwise_item(f"p{n:02d}", f"Question {n}?", "One.", "Two.", systems=[first, second]))
    items += [
        {"id": f"q{n}", "kind": "rating", "content": {"prompt": "Hi", "response": "Hello", "system": SYSTEMS[n % 2]}}
        for n in range(6)
    ]
    items += [
        {"id": f"t{n}", "kind": "translation", "content": {"source": ["Die Katze."], "target": ["The cat."], "system": SYSTEMS[n % 2]}}
        for n in range(4)
    ]  # fmt: skip
    items += [{"id": f"w{n}", "kind": "rewrite", "content": {"response": "Teh cat sat."}} for n in range(4)]
    folder = write_evaluation_package(tmp_path / "eval", items, package_id="evalrep")
    package = open_package(folder)
    package.close()
    bundles = []
    for annotator in ANNOTATORS:
        states = []
        for position, item in enumerate(package.manifest.items):
            if item.kind == "pairwise":
                ids = [response["id"] for response in item.content["responses"]]
                systems = {response["id"]: response["system"] for response in item.content["responses"]}
                order = shown_order(annotator, item.id, ids)
                gap = STRENGTH[systems["r1"]] - STRENGTH[systems["r2"]]
                roll = rng.random()
                preferred = "tie" if roll < 0.1 else "r1" if roll < 0.1 + 0.9 / (1 + 2.718 ** -(3 * gap)) else "r2"
                annotation = pairwise(order, preferred)
            elif item.kind == "rating":
                base = 4 if item.content["system"] == "atlas" else 2
                annotation = rating({"helpfulness": base + rng.choice([0, 0, 1]), "clarity": rng.randint(1, 5)})
            elif item.kind == "translation":
                annotation = translation(error(0, 4, 7, "cat")) if annotator != "cy" else translation()
                annotation["mqm"] = 5.0 if annotator != "cy" else 0.0
            else:
                annotation = rewrite("Teh cat sat.") if annotator == "bo" else rewrite("The cat sat.", words=1, chars=2)
            states.append(
                ItemState("evalrep", item.id, position, item.kind, Status.DONE, annotation, "", 2000, 0, None, None)
            )
        bundles.append(
            build_bundle(package.manifest, manifest_sha256=package.manifest_sha256, annotator=annotator, states=states)
        )
    return package, bundles


def test_the_report_has_a_section_per_evaluation_kind(tmp_path: Path) -> None:
    package, bundles = evaluation_study(tmp_path)
    figures = figures_from(bundles, package.manifest, manifest_sha256=package.manifest_sha256)
    assert figures.agreement == ()  # no label kind: the evaluation kinds have their own figures
    evaluation = figures.evaluation
    pairwise_figures = evaluation.pairwise
    assert pairwise_figures.ranking.order() == ["atlas", "boreal", HOSTILE_SYSTEM]
    assert pairwise_figures.ranking.judgements == 180
    assert pairwise_figures.agreement.with_ties.items == 60
    assert pairwise_figures.agreement.without_ties.items <= 60
    assert [bias.annotator for bias in pairwise_figures.bias] == [None, *ANNOTATORS]
    helpfulness = next(c for c in evaluation.rating.criteria if c.criterion == "helpfulness")
    assert helpfulness.alpha > 0.5 and helpfulness.units == 6
    assert (
        evaluation.rating.system_means["helpfulness"]["atlas"] > evaluation.rating.system_means["helpfulness"]["boreal"]
    )
    # The default weights: a major error in a one-sentence target is 5.
    assert {row.name: row.mean_mqm for row in evaluation.translation.annotators} == {"ada": 5.0, "bo": 5.0, "cy": 0.0}
    assert {row.name: row.items for row in evaluation.translation.systems} == {"atlas": 6, "boreal": 6}
    assert [(f.annotator, f.no_op_rate) for f in evaluation.rewrite] == [("ada", 0.0), ("bo", 1.0), ("cy", 0.0)]

    html = render_html(figures)
    page = parsed(html)
    sections = {attributes.get("id") for tag, attributes in page.elements if tag == "section"}
    assert {"pairwise", "rating", "translation", "rewrite"} <= sections
    assert "agreement" not in sections  # the "no labels done twice" note is left out
    text = "".join(page.text)
    for heading in ("κ with ties", "κ without ties", "Systems ranked (Bradley–Terry)", "Position bias"):
        assert heading in text
    assert "Krippendorff’s α (ordinal) per criterion" in text and "Mean MQM per system" in text
    assert "Rewrites left unchanged" in text
    # One bar per system, strongest first, each with its interval; the position-bias chart has everyone and each annotator.
    strengths = page.titles["bradley-terry"]
    assert [title.split(":")[0] for title in strengths] == ["atlas", "boreal", HOSTILE_SYSTEM]
    assert all("[" in title and "]" in title for title in strengths)
    assert len(page.charts["position-bias"]) == 4
    assert page.titles["rating-alpha"][0].startswith("helpfulness: ")
    assert page.titles["rewrite-no-op"] == ["ada: 0.0 %", "bo: 100.0 %", "cy: 0.0 %"]
    # Self-contained, and the hostile system name is shown as text.
    assert "http:" not in html and "https:" not in html and "//" not in html.replace("<!DOCTYPE html>", "")
    assert "src=" not in html and "url(" not in html
    assert HOSTILE_SYSTEM not in html and HOSTILE_SYSTEM in text
    # Each evaluation item's agreement is its kind's measure.
    measures = {item.kind: item.measure for item in figures.items}
    assert measures == {"pairwise": "agree", "rating": "closeness", "translation": "f1", "rewrite": "similarity"}


def test_a_package_with_one_system_has_no_ranking_but_still_renders(tmp_path: Path) -> None:
    items = [pairwise_item(f"p{n}", "Hi", "a", "b") for n in range(3)]  # no system: the response ids stand in
    folder = write_evaluation_package(tmp_path / "one", items, package_id="one")
    package = open_package(folder)
    package.close()
    states = [
        ItemState("one", item.id, n, "pairwise", Status.DONE, pairwise(["r1", "r2"], "r1"), "", 1000, 0, None, None)
        for n, item in enumerate(package.manifest.items)
    ]
    bundle = build_bundle(package.manifest, manifest_sha256=package.manifest_sha256, annotator="ada", states=states)
    figures = figures_from([bundle], package.manifest, manifest_sha256=package.manifest_sha256)
    ranking = figures.evaluation.pairwise.ranking
    assert ranking is not None and ranking.order() == ["r1", "r2"]
    assert figures.evaluation.pairwise.agreement.with_ties.kappa is None  # no item judged twice
    assert figures.evaluation.pairwise.bias[0].rate == 1.0
    html = render_html(figures)
    assert "Pairwise preferences" in html and "n/a" in html
    assert figures.evaluation.rating is None and figures.evaluation.rewrite is None
