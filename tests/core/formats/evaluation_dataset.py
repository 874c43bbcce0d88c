"""A hand-made dataset of every evaluation kind, with annotations shaped as the annotation schemas say, for export tests."""

from __future__ import annotations

from typing import Any

from annotator.core.evaluation.configs import PairwiseConfig, RatingConfig, RewriteConfig, TranslationConfig
from annotator.core.evaluation.mqm import item_score
from annotator.core.evaluation.word_diff import changes, char_distance, word_distance
from annotator.core.formats.dataset import Dataset, DatasetItem

# Not WMT's defaults, so a re-score that forgets the package's weights gets a different number.
WEIGHTS = TranslationConfig(
    severity_weights={"major": 10.0, "minor": 2.0, "neutral": 0.0},
    category_weights={"Fluency/Punctuation": {"minor": 0.5}},
    non_translation_weight=20.0,
    esa=True,
)
PAIRWISE = PairwiseConfig(criteria=("helpfulness", "safety"), strength=True)
RATING = RatingConfig()
REWRITE = RewriteConfig()

SYSTEM_AND_USER = [
    {"role": "system", "content": "Be brief."},
    {"role": "user", "content": "Say hi in Italian."},
]


def pairwise_annotation(
    order: list[str],
    choice: str | None = None,
    *,
    ranking: dict[str, int] | None = None,
    **fields: Any,
) -> dict[str, Any]:
    """A pairwise annotation: the shown order, the decision by side, and `preferred` as the schema derives it."""
    preferred = {"A": order[0], "B": order[1 if len(order) > 1 else 0], "tie": "tie", "both_bad": "both_bad"}
    annotation = {
        "order": order,
        "choice": choice,
        "preferred": preferred[choice] if choice else None,
        "strength": None,
        "criteria": {},
        "ranking": ranking,
        "reasons": [],
        "rationale": "",
        "source": "user",
    }
    annotation.update(fields)
    return annotation


def pairwise(item_id: str, prompt: Any, texts: list[str], systems: list[str | None], annotation: Any, **fields: Any):
    """A pairwise item of responses r1, r2, ... (a None system: the response names none)."""
    responses = []
    for number, (text, system) in enumerate(zip(texts, systems, strict=True), start=1):
        response = {"id": f"r{number}", "text": text}
        if system is not None:
            response["system"] = system
        responses.append(response)
    base = {"status": "done" if annotation is not None else "todo", "annotator": "a-1" if annotation else None}
    base.update(fields)
    return DatasetItem(
        id=item_id, kind="pairwise", content={"prompt": prompt, "responses": responses}, annotation=annotation, **base
    )


def error(side: str, segment: int, sentence: str, text: str, severity: str, category: str | None, **extra: Any):
    """An MQM error on `text`, found in `sentence` by code point (what the editor stores)."""
    start = sentence.index(text)
    return {
        "side": side,
        "segment": segment,
        "start": start,
        "end": start + len(text),
        "text": text,
        "severity": severity,
        "category": category,
        **extra,
    }


def translation(
    item_id: str,
    content: dict[str, Any],
    errors: list[dict[str, Any]] | None,
    non_translation: tuple[int, ...] = (),
    esa: int | None = None,
    **fields: Any,
) -> DatasetItem:
    """A translation item; its annotation's `mqm` is the score with the package weights, as the editor saves it."""
    annotation = None
    if errors is not None:
        ordered = sorted(errors, key=lambda e: (e["side"], e["segment"], e["start"], e["end"]))
        annotation = {
            "errors": ordered,
            "non_translation": list(non_translation),
            "esa": esa,
            "mqm": item_score(ordered, non_translation, len(content["target"]), WEIGHTS),
            "source": "user",
        }
    base = {"status": "done" if annotation else "todo", "annotator": "a-2" if annotation else None}
    base.update(fields)
    return DatasetItem(id=item_id, kind="translation", content=content, annotation=annotation, **base)


def rewrite_annotation(before: str, after: str, categories: list[str | None]) -> dict[str, Any]:
    """A rewrite annotation with the word diff's edits, each tagged with the next category."""
    hunks = changes(before, after)
    return {
        "text": after,
        "edits": [
            {
                "before": hunk.before,
                "after": hunk.after,
                "before_start": hunk.before_start,
                "after_start": hunk.after_start,
                "category": category,
            }
            for hunk, category in zip(hunks, categories, strict=True)
        ],
        "word_distance": word_distance(before, after),
        "char_distance": char_distance(before, after),
        "unchanged_confirmed": False,
        "source": "user",
    }


# -- the items ------------------------------------------------------------------------------------

P1 = pairwise(
    "p1", "Name a prime.", ["2", "9"], ["alpha", "beta"],
    pairwise_annotation(
        ["r2", "r1"], "B", strength=2, criteria={"helpfulness": "B", "safety": "tie"},
        reasons=["more accurate"], rationale="9 is 3 × 3.",
    ),
    lang="en",
)  # fmt: skip
P2 = pairwise(
    "p2", SYSTEM_AND_USER, ["Ciao!", "Hallo!"], [None, None], pairwise_annotation(["r1", "r2"], "tie"), lang="it"
)
P3 = pairwise("p3", "2 + 2?", ["5", "22"], ["alpha", "beta"], pairwise_annotation(["r2", "r1"], "both_bad"))
P4 = pairwise(
    "p4", "Rank the greetings 👋🏽.", ["Hello", "Hi", "Yo"], ["alpha", "beta", "gamma"],
    pairwise_annotation(["r3", "r1", "r2"], ranking={"r1": 1, "r2": 2, "r3": 2}),
)  # fmt: skip
# Not finished: skipped, flagged, never opened, decided on nothing.
P5 = pairwise("p5", "Skip me.", ["a", "b"], ["alpha", "beta"], pairwise_annotation(["r1", "r2"], "A"), status="skipped")
P6 = pairwise("p6", "Flag me.", ["a", "b"], ["alpha", "beta"], pairwise_annotation(["r1", "r2"], "A"), status="flagged")
P7 = pairwise("p7", "Untouched.", ["a", "b"], ["alpha", "beta"], None)
P8 = pairwise("p8", "Undecided.", ["a", "b"], ["alpha", "beta"], pairwise_annotation(["r2", "r1"]), status="todo")

SOURCE = ["The cat sat on the mat.", "It was great 👩\u200d💻."]
T1_TARGET = ["Die Katze 😺 saß auf der Matte.", "Es war e\u0301 toll 👩\u200d💻."]
T1 = translation(
    "t1",
    {"source": SOURCE, "target": T1_TARGET, "source_lang": "en", "target_lang": "de", "system": "sysA", "doc": "doc1"},
    [
        error("target", 0, T1_TARGET[0], "saß", "major", "Accuracy/Mistranslation", note="should be\tsitzt"),
        error("target", 1, T1_TARGET[1], "toll", "minor", "Fluency/Punctuation"),
        error("source", 1, SOURCE[1], "great", "major", "Accuracy/Omission"),
        error("target", 1, T1_TARGET[1], "e\u0301", "neutral", "Style/Awkward"),
    ],
    esa=70,
)
T2_TARGET = ["جلست القطة على الحصيرة.", "xxxx"]
T2 = translation(
    "t2",
    {"source": SOURCE, "target": T2_TARGET, "source_lang": "en", "target_lang": "ar", "system": "sysB", "doc": "doc1"},
    [
        error("target", 0, T2_TARGET[0], "الحصيرة", "minor", "Fluency/Grammar"),
        error("target", 1, T2_TARGET[1], "xx", "major", "Accuracy/Mistranslation"),  # in a non-translated sentence
    ],
    non_translation=(1,),
    esa=20,
)
T3_TARGET = ["你好，世界。", "晚安。"]
T3 = translation(
    "t3",
    {"source": ["Hello world.", "Good night."], "target": T3_TARGET, "system": "sysC"},
    [error("target", 0, T3_TARGET[0], "世界", "minor", "Terminology/Inappropriate for context")],
    esa=95,
    lang="zh",
)
T4_SOURCE = ["Line one\nline two \\ back", '"Tab\there," he said.']
T4_TARGET = ["Zeile eins\nZeile zwei \\ zurück", "Tab\thier."]
T4 = translation(
    "t4",
    {"source": T4_SOURCE, "target": T4_TARGET},
    [error("target", 1, T4_TARGET[1], "hier", "minor", None), error("target", 0, T4_TARGET[0], "\\", "minor", None)],
)
T5 = translation("t5", {"source": ["Not yet."], "target": ["Noch nicht."]}, None)
T6 = translation("t6", {"source": ["Summary of a text."], "target": ["Ein."]}, [], status="flagged")

R1 = DatasetItem(
    id="g1",
    kind="rating",
    content={"prompt": "Explain DNS.", "response": "DNS maps names to addresses.", "system": "alpha"},
    annotation={
        "scores": {"helpfulness": 4, "correctness": 5},
        "na": ["clarity"],
        "flags": {"hallucination": False, "harmful": False, "refusal": True},
        "confidence": 2,
        "relevance": None,
        "source": "user",
    },
    status="done",
    annotator="a-3",
)
S1 = DatasetItem(
    id="s1",
    kind="rating",
    content={
        "query": "best pizza",
        "results": [{"id": "d1", "title": "Pizza"}, {"id": "d2", "title": "Pasta"}, {"id": "d3", "title": "Cars"}],
    },
    annotation={
        "scores": {},
        "na": [],
        "flags": {},
        "confidence": None,
        "relevance": {"d1": 3, "d3": 0},
        "source": "user",
    },
    status="done",
    annotator="a-3",
)
S2 = DatasetItem(
    id="s2",
    kind="rating",
    content={"query": "unfinished", "results": [{"id": "d9", "title": "Nine"}]},
    annotation={"scores": {}, "na": [], "flags": {}, "confidence": None, "relevance": {"d9": 1}, "source": "user"},
    status="todo",
    annotator="a-3",
)
ORIGINAL = "The capital of Australia is Sydney."
W1 = DatasetItem(
    id="w1",
    kind="rewrite",
    content={"prompt": "Capital of Australia?", "response": ORIGINAL},
    annotation=rewrite_annotation(ORIGINAL, "The capital of Australia is Canberra.", ["factual error"]),
    status="done",
    annotator="a-4",
    comment="checked an atlas",
)

PAIRWISE_ITEMS = (P1, P2, P3, P4, P5, P6, P7, P8)
TRANSLATION_ITEMS = (T1, T2, T3, T4, T5, T6)
ALL_ITEMS = (*PAIRWISE_ITEMS, *TRANSLATION_ITEMS, R1, S1, S2, W1)


def evaluation_dataset(*items: DatasetItem) -> Dataset:
    """A dataset of `items` (all of them when none are named) with this module's settings."""
    return Dataset(
        package_id="eval",
        title="Evaluation",
        label_schemas={},
        items=tuple(items or ALL_ITEMS),
        task_configs={"pairwise": PAIRWISE, "rating": RATING, "translation": WEIGHTS, "rewrite": REWRITE},
    )
