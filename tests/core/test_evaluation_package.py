"""Evaluation items in a package: each kind's content and settings are read, every fault is refused by name, and the demo has them all."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from annotator.core.evaluation.configs import (
    DEFAULT_MQM_CATEGORIES,
    DEFAULT_REASONS,
    DEFAULT_REWRITE_CATEGORIES,
    DEFAULT_RUBRIC,
    PairwiseConfig,
    PolicyFlag,
    RatingConfig,
    RewriteConfig,
    RubricCriterion,
    ScalePoint,
    TranslationConfig,
    default_config,
)
from annotator.core.evaluation.content import (
    is_chat,
    is_search,
    is_summary,
    prompt_text,
    responses,
    search_results,
    segments,
)
from annotator.core.model import EVALUATION_KINDS, Item, Manifest
from annotator.core.package import open_package, validate_package
from annotator.core.quality.team_pack import pack_team, without_systems
from tests.conftest import DEMO_PACKAGE
from tests.evaluation_packages import pairwise_item, write_evaluation_package

LIMIT = 200_000

# One item of each shape, as the demo writes them.
DEMO_LIKE: list[dict[str, Any]] = [
    {
        "id": "pw-en-01",
        "kind": "pairwise",
        "lang": "en",
        "content": {
            "prompt": "Reverse a list without changing it?",
            "responses": [
                {"id": "r1", "text": "Use `numbers[::-1]`:\n\n```python\nprint([1, 2][::-1])\n```", "system": "atlas-7b"},
                {"id": "r2", "text": "Call `numbers.reverse()` and keep what it returns.", "system": "lumen-2"},
            ],
        },
    },
    {
        "id": "pw-de-01",
        "kind": "pairwise",
        "lang": "de",
        "content": {
            "prompt": [
                {"role": "system", "content": "Antworte kurz."},
                {"role": "user", "content": "Warum ist der Himmel blau?"},
                {"role": "assistant", "content": "Wegen der Rayleigh-Streuung."},
                {"role": "user", "content": "Und abends rot?"},
            ],
            "responses": [
                {"id": "a", "text": "Das Licht legt einen längeren Weg zurück."},
                {"id": "b", "text": "Weil die Sonne dann kälter ist."},
                {"id": "c", "text": "Blaues Licht wird unterwegs weggestreut."},
            ],
        },
    },
    {
        "id": "rt-en-01",
        "kind": "rating",
        "lang": "en",
        "content": {"prompt": "Why does pasta cook slowly up a mountain?", "response": "Water boils below 100 °C."},
    },
    {
        "id": "rt-it-01",
        "kind": "rating",
        "lang": "it",
        "content": {
            "query": "orari museo egizio torino",
            "results": [
                {"id": "res-1", "title": "Museo Egizio – Orari", "snippet": "Aperto dalle 9.", "url": "https://m.example/o"},
                {"id": "res-2", "title": "Museo Egizio del Cairo"},
            ],
        },
    },
    {
        "id": "tr-en-it-01",
        "kind": "translation",
        "lang": "it",
        "content": {
            "source_lang": "en",
            "target_lang": "it",
            "source": ["The museum closes at 6 p.m.", "Children get in for free 🎟️."],
            "target": ["Il museo chiude alle 16.", "I bambini entrano gratis 🎟️"],
        },
    },
    {
        "id": "tr-en-sum-01",
        "kind": "translation",
        "lang": "en",
        "content": {
            "task": "summary",
            "source": ["The bridge closes to cars.", "Buses may still cross.", "Repairs take a year."],
            "target": ["The bridge closes to all traffic for a year."],
        },
    },
    {
        "id": "rw-it-01",
        "kind": "rewrite",
        "lang": "it",
        "content": {"prompt": "Quanti pianeti?", "response": "Nove, Plutone compreso.", "system": "atlas-7b"},
    },
]

SETTINGS: dict[str, Any] = {
    "pairwise": {"criteria": ["helpfulness", "correctness", "safety"], "strength": True, "rationale_min_chars": 0},
    "rating": {
        "criteria": [
            {
                "name": "accuracy",
                "description": "Is it true?",
                "scale": [{"value": 1, "anchor": "Wrong"}, {"value": 2, "anchor": "Partly"}, {"value": 3, "anchor": "Right"}],
            }
        ],
        "flags": [{"name": "hallucination", "key": "H"}, {"name": "harmful", "description": "Could hurt", "key": "X"}],
        "confidence_levels": 3,
    },
    "translation": {"esa": True},
    "rewrite": {"require_category": True},
}


def manifest_of(folder: Path) -> Manifest:
    """The manifest of a package that must open."""
    package = open_package(folder)
    package.close()
    return package.manifest


def reasons_of(tmp_path: Path, items: list[dict[str, Any]], settings: dict[str, Any] | None = None) -> list[str]:
    """What `validate` says of a package of `items`, each reason with the manifest it names checked."""
    folder = write_evaluation_package(tmp_path / "pkg", items, settings=settings)
    problems = validate_package(folder)
    assert problems, "the package was accepted"
    assert {Path(problem.file).name for problem in problems} == {"package.json"}
    return [problem.reason for problem in problems]


def rewrite_item(item_id: str = "rw-1", response: str = "An answer.") -> dict[str, Any]:
    """A rewrite item: the smallest valid evaluation item, to carry settings."""
    return {"id": item_id, "kind": "rewrite", "content": {"response": response}}


def test_each_kind_reads_to_its_inline_content_and_nothing_else(tmp_path: Path) -> None:
    manifest = manifest_of(write_evaluation_package(tmp_path / "pkg", DEMO_LIKE, settings=SETTINGS))
    assert [(item.id, item.kind, item.lang) for item in manifest.items] == [
        (spec["id"], spec["kind"], spec["lang"]) for spec in DEMO_LIKE
    ]
    for item, spec in zip(manifest.items, DEMO_LIKE, strict=True):
        assert item.content == spec["content"]
        assert (item.media, item.sha256, item.text, item.prelabel) == (None, None, None, None)
    assert manifest.item_kinds() == list(EVALUATION_KINDS)


def test_the_content_reads_as_the_editors_show_it(tmp_path: Path) -> None:
    items: dict[str, Item] = {item.id: item for item in manifest_of(write_evaluation_package(tmp_path / "p", DEMO_LIKE)).items}
    plain, chat = items["pw-en-01"].content, items["pw-de-01"].content
    assert not is_chat(plain) and is_chat(chat)
    assert prompt_text(chat).splitlines()[0] == "system: Antworte kurz."
    assert [(r.id, r.system) for r in responses(plain)] == [("r1", "atlas-7b"), ("r2", "lumen-2")]
    assert [r.id for r in responses(chat)] == ["a", "b", "c"]
    search = items["rt-it-01"].content
    assert is_search(search) and not is_search(items["rt-en-01"].content)
    assert [(r.id, r.title, r.snippet, r.url) for r in search_results(search)] == [
        ("res-1", "Museo Egizio – Orari", "Aperto dalle 9.", "https://m.example/o"),
        ("res-2", "Museo Egizio del Cairo", "", None),
    ]
    translation, summary = items["tr-en-it-01"].content, items["tr-en-sum-01"].content
    assert segments(translation, "target")[1] == "I bambini entrano gratis 🎟️"
    assert not is_summary(translation) and is_summary(summary)
    assert (len(segments(summary, "source")), len(segments(summary, "target"))) == (3, 1)


def test_settings_under_labels_become_each_kinds_config(tmp_path: Path) -> None:
    configs = manifest_of(write_evaluation_package(tmp_path / "pkg", DEMO_LIKE, settings=SETTINGS)).task_configs
    assert sorted(configs) == sorted(EVALUATION_KINDS)
    assert configs["pairwise"] == PairwiseConfig(
        criteria=("helpfulness", "correctness", "safety"), reasons=DEFAULT_REASONS, rationale_min_chars=0, strength=True
    )
    rating = configs["rating"]
    assert isinstance(rating, RatingConfig)
    assert rating.criteria == (
        RubricCriterion("accuracy", "Is it true?", (ScalePoint(1, "Wrong"), ScalePoint(2, "Partly"), ScalePoint(3, "Right"))),
    )
    assert rating.flags == (PolicyFlag("hallucination", "", "H"), PolicyFlag("harmful", "Could hurt", "X"))
    assert (rating.confidence_levels, rating.allow_na) == (3, True)
    translation = configs["translation"]
    assert isinstance(translation, TranslationConfig)
    assert translation.esa is True and translation.categories == DEFAULT_MQM_CATEGORIES
    # WMT's weights: a minor punctuation slip costs a tenth of another minor error.
    assert (translation.weight("Fluency/Punctuation", "minor"), translation.weight("Accuracy/Omission", "major")) == (0.1, 5.0)
    assert configs["rewrite"] == RewriteConfig(categories=DEFAULT_REWRITE_CATEGORIES, require_category=True)


def test_kinds_without_settings_get_the_defaults_and_absent_kinds_get_none(tmp_path: Path) -> None:
    items = [spec for spec in DEMO_LIKE if spec["kind"] in ("pairwise", "translation")]
    configs = manifest_of(write_evaluation_package(tmp_path / "pkg", items)).task_configs
    assert configs == {"pairwise": default_config("pairwise"), "translation": default_config("translation")}
    assert configs["translation"].esa is False and configs["pairwise"].criteria == ()


def test_a_summary_may_have_fewer_sentences_than_its_source(tmp_path: Path) -> None:
    summary = next(spec for spec in DEMO_LIKE if spec["id"] == "tr-en-sum-01")
    assert validate_package(write_evaluation_package(tmp_path / "pkg", [summary])) == []


def _image_with_content() -> dict[str, Any]:
    pairwise = DEMO_LIKE[0]["content"]
    return {"id": "img-1", "kind": "image", "media": "media/a.png", "sha256": "0" * 64, "content": pairwise}


def _cases(names: Any) -> list[Any]:
    return [pytest.param(name, id=name) for name in names]


REFUSED_ITEMS = {
    "no content": ({"id": "pw-1", "kind": "pairwise"}, ["'items[0]': missing field 'content'"]),
    "media on an evaluation item": (
        {**rewrite_item(), "media": "media/answer.txt"},
        ["item 'rw-1': a rewrite item carries what it shows in 'content', not in 'media'"],
    ),
    "text on an evaluation item": (
        {**rewrite_item(), "text": "An answer."},
        ["item 'rw-1': a rewrite item carries what it shows in 'content', not in 'text'"],
    ),
    "content on an image item": (
        _image_with_content(),
        ["item 'img-1': only evaluation items (pairwise, rating, translation, rewrite) carry 'content'"],
    ),
    "two responses with one id": (
        {"id": "pw-1", "kind": "pairwise", "content": {"prompt": "Q?", "responses": [{"id": "r1", "text": "A"}, {"id": "r1", "text": "B"}]}},
        ["item 'pw-1': two responses have the same id"],
    ),
    "one response to compare": (
        pairwise_item("pw-1", "Q?", "Only one."),
        ["'items[0].content.responses': must hold at least 2 entries"],
    ),
    "two results with one id": (
        {"id": "rt-1", "kind": "rating", "content": {"query": "q", "results": [{"id": "x", "title": "A"}, {"id": "x", "title": "B"}]}},
        ["item 'rt-1': two results have the same id"],
    ),
    "unpaired sentences": (
        {"id": "tr-1", "kind": "translation", "content": {"source": ["One.", "Two."], "target": ["Uno e due."]}},
        [
            "item 'tr-1': a translation needs one target sentence per source sentence (2 source, 1 target);"
            ' set "task": "summary" for a summary'
        ],
    ),
    "a task that is neither translation nor summary": (
        {"id": "tr-1", "kind": "translation", "content": {"source": ["One."], "target": ["Uno."], "task": "paraphrase"}},
        ["'items[0].content.task': must be one of \"translation\", \"summary\" (found \"paraphrase\")"],
    ),
    "a chat turn of an unknown role": (
        pairwise_item("pw-1", [{"role": "bot", "content": "Hi"}], "A", "B"),
        ["'items[0].content.prompt[0].role': must be one of \"system\", \"user\", \"assistant\" (found \"bot\")"],
    ),
    "a search result without a title": (
        {"id": "rt-1", "kind": "rating", "content": {"query": "q", "results": [{"id": "x", "snippet": "s"}]}},
        ["'items[0].content.results[0]': missing field 'title'"],
    ),
}


@pytest.mark.parametrize("case", _cases(REFUSED_ITEMS))
def test_a_faulty_evaluation_item_is_refused_saying_where_and_what(tmp_path: Path, case: str) -> None:
    item, expected = REFUSED_ITEMS[case]
    settings = {"image": {"mode": "single", "labels": []}} if item["kind"] == "image" else None
    assert reasons_of(tmp_path, [DEMO_LIKE[2], copy.deepcopy(item)], settings) == [
        reason.replace("items[0]", "items[1]") for reason in expected
    ]


REFUSED_SETTINGS = {
    "a criterion twice": (
        {"pairwise": {"criteria": ["helpfulness", "safety", "helpfulness"]}},
        "'labels.pairwise.criteria': 'helpfulness' is listed twice",
    ),
    "overall as a criterion": (
        {"pairwise": {"criteria": ["overall"]}},
        "'labels.pairwise.criteria': 'overall' is the row every comparison has; name criteria only",
    ),
    "a scale going down": (
        {"rating": {"criteria": [{"name": "accuracy", "scale": [{"value": 3}, {"value": 2}, {"value": 1}]}]}},
        "'labels.rating.criteria[0].scale': scale values must be distinct and ascending (found [3, 2, 1])",
    ),
    "a scale point twice": (
        {"rating": {"relevance": [{"value": 0}, {"value": 1}, {"value": 1}]}},
        "'labels.rating.relevance': scale values must be distinct and ascending (found [0, 1, 1])",
    ),
    "two flags on one key": (
        {"rating": {"flags": [{"name": "hallucination", "key": "h"}, {"name": "harmful", "key": "H"}]}},
        "'labels.rating.flags': two flags have the same key",
    ),
    "a weight for an unknown category": (
        {"translation": {"weights": {"category": {"Accuracy/Typo": {"minor": 2}}}}},
        "'labels.translation.weights.category': 'Accuracy/Typo' is not one of the categories",
    ),
    "an unknown severity": (
        {"translation": {"weights": {"severity": {"critical": 10}}}},
        "'labels.translation.weights.severity': unknown field 'critical'",
    ),
    "a category twice": (
        {"rewrite": {"categories": ["tone", "tone"]}},
        "'labels.rewrite.categories': 'tone' is listed twice",
    ),
    "an unknown setting": ({"rewrite": {"colour": "red"}}, "'labels.rewrite': unknown field 'colour'"),
}


@pytest.mark.parametrize("case", REFUSED_SETTINGS, ids=list(REFUSED_SETTINGS))
def test_bad_settings_are_refused_with_what_is_wrong(tmp_path: Path, case: str) -> None:
    settings, expected = REFUSED_SETTINGS[case]
    assert reasons_of(tmp_path, [rewrite_item()], settings) == [expected]


def _long_pairwise(text: str) -> dict[str, Any]:
    return pairwise_item("it-1", "Q?", text, "Short.")


def _long_prompt(text: str) -> dict[str, Any]:
    return pairwise_item("it-1", [{"role": "user", "content": text}], "A.", "B.")


def _long_rating(text: str) -> dict[str, Any]:
    return {"id": "it-1", "kind": "rating", "content": {"response": text}}


def _long_rewrite(text: str) -> dict[str, Any]:
    return {"id": "it-1", "kind": "rewrite", "content": {"prompt": "Q?", "response": text}}


def _long_sentence(text: str) -> dict[str, Any]:
    return {"id": "it-1", "kind": "translation", "content": {"source": ["Hello."], "target": [text]}}


LONG_TEXTS = {
    "pairwise response": (_long_pairwise, "'items[0].content.responses[0].text'"),
    "chat turn": (_long_prompt, "'items[0].content.prompt[0].content'"),
    "rewrite response": (_long_rewrite, "'items[0].content.response'"),
    "target sentence": (_long_sentence, "'items[0].content.target[0]'"),
    "rating response": (_long_rating, "'items[0].content.response'"),
}


@pytest.mark.parametrize("case", _cases(LONG_TEXTS))
def test_a_text_over_200000_characters_is_refused_and_one_at_the_limit_is_not(tmp_path: Path, case: str) -> None:
    make, where = LONG_TEXTS[case]
    accepted = write_evaluation_package(tmp_path / "at-limit", [make("é" * LIMIT)])
    assert validate_package(accepted) == []
    assert reasons_of(tmp_path, [make("é" * (LIMIT + 1))]) == [f"{where}: is longer than the limit of 200,000 characters"]


# The demo package: the evaluation items come after the others, so the first items stay as they were.


@pytest.fixture(scope="module")
def demo_manifest() -> Manifest:
    return manifest_of(DEMO_PACKAGE)


def test_the_demo_package_is_valid(demo_package: Path) -> None:
    assert validate_package(demo_package) == []


def test_the_demo_has_each_evaluation_kind_in_english_italian_and_german(demo_manifest: Manifest) -> None:
    for kind in EVALUATION_KINDS:
        items = [item for item in demo_manifest.items if item.kind == kind]
        assert len(items) >= 3, kind
        assert {item.lang for item in items} >= {"en", "it", "de"}, kind
    kinds = [item.kind for item in demo_manifest.items]
    first_evaluation = min(kinds.index(kind) for kind in EVALUATION_KINDS)
    assert set(kinds[:first_evaluation]) == {"image", "audio", "text"}
    assert set(kinds[first_evaluation:]) == set(EVALUATION_KINDS)


def test_the_demo_shows_every_shape_an_evaluation_item_may_take(demo_manifest: Manifest) -> None:
    contents = {kind: [item.content for item in demo_manifest.items if item.kind == kind] for kind in EVALUATION_KINDS}
    pairwise = contents["pairwise"]
    assert sorted(len(responses(content)) for content in pairwise)[-1] == 3  # an N-way item
    assert any(len(responses(content)) == 2 for content in pairwise)
    assert any(is_chat(content) for content in pairwise) and any(not is_chat(content) for content in pairwise)
    assert any("```" in response.text for content in pairwise for response in responses(content))
    searches = [content for content in contents["rating"] if is_search(content)]
    assert len(searches) == 1 and len(search_results(searches[0])) == 4
    # URLs are shown as text, never opened; the reserved .example domain points nowhere real either way.
    assert all(result.snippet and urlsplit(result.url or "").hostname.endswith(".example") for result in search_results(searches[0]))
    assert any(not is_search(content) for content in contents["rating"])
    translations = [content for content in contents["translation"] if not is_summary(content)]
    pairs = {(content["source_lang"], content["target_lang"]) for content in translations}
    assert pairs == {("en", "it"), ("en", "de"), ("de", "en")}
    assert all(2 <= len(segments(content, "source")) <= 4 for content in translations)
    # Code points beyond the BMP, for spans to be checked on: 🎟 with its variation selector.
    assert any("🎟️" in sentence for content in translations for sentence in segments(content, "target"))
    assert any(is_summary(content) for content in contents["translation"])


def test_the_demo_names_its_systems_only_where_they_stay_hidden(demo_manifest: Manifest) -> None:
    for item in demo_manifest.items:
        if item.kind not in EVALUATION_KINDS:
            continue
        content = item.content or {}
        systems = {content.get("system")} | {response.system for response in responses(content)}
        systems.discard(None)
        assert systems, f"{item.id} names no system, so its judgements could not rank one"
        shown = json.dumps(
            {key: value for key, value in content.items() if key != "system"}
            | {"responses": [response.text for response in responses(content)]},
            ensure_ascii=False,
        )
        for system in systems:
            assert system not in shown, f"{item.id} shows {system}"


def test_the_demo_settings_ask_for_criteria_strength_flags_and_an_esa_score(demo_manifest: Manifest) -> None:
    configs = demo_manifest.task_configs
    assert configs["pairwise"].criteria == ("helpfulness", "correctness", "safety")
    assert (configs["pairwise"].strength, configs["pairwise"].rationale_min_chars) == (True, 0)
    assert configs["rating"].criteria == DEFAULT_RUBRIC
    assert [(flag.name, flag.key) for flag in configs["rating"].flags] == [
        ("hallucination", "H"),
        ("harmful", "X"),
        ("refusal", "R"),
    ]
    assert configs["rating"].confidence_levels == 3
    assert configs["translation"].esa is True and configs["translation"].categories == DEFAULT_MQM_CATEGORIES
    assert configs["rewrite"] == RewriteConfig()


def test_team_packages_of_the_demo_carry_its_evaluation_items_and_settings(demo_manifest: Manifest, tmp_path: Path) -> None:
    result = pack_team(DEMO_PACKAGE, output=tmp_path / "team", annotators=2, overlap=2, seed=15, layout="folder")
    demo_items = {item.id: item for item in demo_manifest.items}
    for written in result.packages:
        manifest = manifest_of(written.path)
        assert sorted(item.id for item in manifest.items) == sorted(demo_items)
        for item in manifest.items:
            source = demo_items[item.id]
            # The same item, but no model is named to the annotator (the lead's report reads them from the source).
            expected = without_systems({"kind": source.kind, "content": copy.deepcopy(source.content)})["content"]
            assert replace(item, content=None) == replace(source, content=None)
            assert item.content == expected
        assert manifest.task_configs == demo_manifest.task_configs
