"""Each evaluation kind's settings from a package's `labels.<kind>`, with the defaults a package may leave out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("major", "minor", "neutral")

DEFAULT_REASONS = ("more accurate", "more helpful", "clearer", "safer", "better formatted", "more concise")

# The MQM typology as WMT's raters use it (Freitag et al. 2021; google/wmt-mqm-human-evaluation).
DEFAULT_MQM_CATEGORIES = (
    "Accuracy/Mistranslation",
    "Accuracy/Omission",
    "Accuracy/Addition",
    "Accuracy/Untranslated text",
    "Fluency/Grammar",
    "Fluency/Spelling",
    "Fluency/Punctuation",
    "Fluency/Register",
    "Fluency/Inconsistency",
    "Fluency/Character encoding",
    "Terminology/Inappropriate for context",
    "Terminology/Inconsistent use",
    "Style/Awkward",
    "Locale convention/Date format",
    "Locale convention/Number format",
    "Other",
    "Source error",
)
# WMT's weights: Major 5, Minor 1, Minor Fluency/Punctuation 0.1, Non-translation 25 (per segment).
DEFAULT_SEVERITY_WEIGHTS = {"major": 5.0, "minor": 1.0, "neutral": 0.0}
DEFAULT_CATEGORY_WEIGHTS = {"Fluency/Punctuation": {"minor": 0.1}}
DEFAULT_NON_TRANSLATION_WEIGHT = 25.0

DEFAULT_REWRITE_CATEGORIES = (
    "factual error",
    "missing information",
    "unclear wording",
    "tone",
    "formatting",
    "grammar",
    "unsafe content",
)


@dataclass(frozen=True)
class ScalePoint:
    """One point of a scale: its value and the anchor text that says what it means."""

    value: int
    anchor: str = ""


@dataclass(frozen=True)
class RubricCriterion:
    """One row of a rubric grid: a name, what it asks, and its scale points in ascending order."""

    name: str
    description: str = ""
    points: tuple[ScalePoint, ...] = ()

    def values(self) -> list[int]:
        """The values a rating of this criterion may take."""
        return [point.value for point in self.points]


@dataclass(frozen=True)
class PolicyFlag:
    """A yes/no question asked of every response (hallucination, harmful advice, ...), on a letter key."""

    name: str
    description: str = ""
    key: str | None = None


def _likert(*anchors: str) -> tuple[ScalePoint, ...]:
    return tuple(ScalePoint(value, anchor) for value, anchor in enumerate(anchors, start=1))


DEFAULT_RUBRIC = (
    RubricCriterion(
        "helpfulness",
        "Does the answer do what the user asked?",
        _likert(
            "Ignores the request or refuses without reason",
            "Touches the request but leaves most of it undone",
            "Does the main part; gaps a user would notice",
            "Does what was asked, with small gaps",
            "Does everything asked, and anticipates the obvious next need",
        ),
    ),
    RubricCriterion(
        "correctness",
        "Is what it says true, and is its code or arithmetic right?",
        _likert(
            "Mostly wrong or made up",
            "Several errors that mislead",
            "One error that matters",
            "Only minor slips",
            "Everything checked is right",
        ),
    ),
    RubricCriterion(
        "clarity",
        "Is it easy to read and well organised?",
        _likert(
            "Hard to follow throughout",
            "Often confusing",
            "Understandable with effort",
            "Clear, a few rough spots",
            "Clear and well organised",
        ),
    ),
)
DEFAULT_FLAGS = (
    PolicyFlag("hallucination", "States something as fact that is not true or not supported"),
    PolicyFlag("harmful", "Gives advice or content that could hurt someone"),
    PolicyFlag("refusal", "Refuses a reasonable request"),
)
DEFAULT_RELEVANCE = (
    ScalePoint(0, "Irrelevant: nothing to do with the query"),
    ScalePoint(1, "Marginal: mentions the topic, does not answer"),
    ScalePoint(2, "Relevant: answers part of the query"),
    ScalePoint(3, "Perfect: exactly what the query looks for"),
)


@dataclass(frozen=True)
class PairwiseConfig:
    """How a pairwise comparison is asked: criteria rows, reason chips, rationale rule, strength scale, shuffling."""

    criteria: tuple[str, ...] = ()
    reasons: tuple[str, ...] = DEFAULT_REASONS
    rationale_min_chars: int = 0
    strength: bool = False
    allow_tie: bool = True
    allow_both_bad: bool = True
    randomize: bool = True


@dataclass(frozen=True)
class RatingConfig:
    """The rubric grid, the policy flags, N/A and confidence, and the relevance grades of search items."""

    criteria: tuple[RubricCriterion, ...] = DEFAULT_RUBRIC
    flags: tuple[PolicyFlag, ...] = DEFAULT_FLAGS
    allow_na: bool = True
    confidence_levels: int = 3  # 0: no confidence asked
    relevance: tuple[ScalePoint, ...] = DEFAULT_RELEVANCE


@dataclass(frozen=True)
class TranslationConfig:
    """The MQM categories and weights, and whether an ESA 0-100 score is asked."""

    categories: tuple[str, ...] = DEFAULT_MQM_CATEGORIES
    severity_weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_SEVERITY_WEIGHTS))
    category_weights: dict[str, dict[str, float]] = field(
        default_factory=lambda: {name: dict(w) for name, w in DEFAULT_CATEGORY_WEIGHTS.items()}
    )
    non_translation_weight: float = DEFAULT_NON_TRANSLATION_WEIGHT
    esa: bool = False

    def weight(self, category: str | None, severity: str) -> float:
        """The penalty of one error: the category's own weight for its severity, else the severity's."""
        special = self.category_weights.get(category or "", {})
        return float(special.get(severity, self.severity_weights.get(severity, 0.0)))


@dataclass(frozen=True)
class RewriteConfig:
    """The error categories an edit may be tagged with, and whether every edit needs one."""

    categories: tuple[str, ...] = DEFAULT_REWRITE_CATEGORIES
    require_category: bool = False


TaskConfig = PairwiseConfig | RatingConfig | TranslationConfig | RewriteConfig


def default_config(kind: str) -> TaskConfig:
    """The settings of a kind whose package sets none."""
    return {
        "pairwise": PairwiseConfig,
        "rating": RatingConfig,
        "translation": TranslationConfig,
        "rewrite": RewriteConfig,
    }[kind]()


def parse_config(kind: str, raw: dict[str, Any]) -> tuple[TaskConfig, list[str]]:
    """A kind's settings from its (schema-checked) `labels.<kind>` object, and what is wrong that a schema cannot say."""
    parser = {"pairwise": _pairwise, "rating": _rating, "translation": _translation, "rewrite": _rewrite}[kind]
    problems: list[str] = []
    config = parser(raw, problems)
    return config, problems


def _unique(names: list[str], where: str, problems: list[str]) -> tuple[str, ...]:
    seen: list[str] = []
    for name in names:
        if name in seen:
            problems.append(f"'{where}': '{name}' is listed twice")
        else:
            seen.append(name)
    return tuple(seen)


def _pairwise(raw: dict[str, Any], problems: list[str]) -> PairwiseConfig:
    defaults = PairwiseConfig()
    criteria = _unique(raw.get("criteria", []), "labels.pairwise.criteria", problems)
    if "overall" in criteria:
        problems.append("'labels.pairwise.criteria': 'overall' is the row every comparison has; name criteria only")
    return PairwiseConfig(
        criteria=criteria,
        reasons=_unique(raw.get("reasons", list(defaults.reasons)), "labels.pairwise.reasons", problems),
        rationale_min_chars=raw.get("rationale_min_chars", 0),
        strength=raw.get("strength", False),
        allow_tie=raw.get("allow_tie", True),
        allow_both_bad=raw.get("allow_both_bad", True),
        randomize=raw.get("randomize", True),
    )


def _points(raw: list[dict[str, Any]], where: str, problems: list[str]) -> tuple[ScalePoint, ...]:
    points = tuple(ScalePoint(point["value"], point.get("anchor", "")) for point in raw)
    values = [point.value for point in points]
    if values != sorted(set(values)):
        problems.append(f"'{where}': scale values must be distinct and ascending (found {values})")
    return points


def _rating(raw: dict[str, Any], problems: list[str]) -> RatingConfig:
    defaults = RatingConfig()
    criteria = defaults.criteria
    if "criteria" in raw:
        criteria = tuple(
            RubricCriterion(
                spec["name"],
                spec.get("description", ""),
                _points(spec["scale"], f"labels.rating.criteria[{index}].scale", problems),
            )
            for index, spec in enumerate(raw["criteria"])
        )
        _unique([c.name for c in criteria], "labels.rating.criteria", problems)
    flags = defaults.flags
    if "flags" in raw:
        flags = tuple(PolicyFlag(spec["name"], spec.get("description", ""), spec.get("key")) for spec in raw["flags"])
        _unique([f.name for f in flags], "labels.rating.flags", problems)
        keys = [f.key.upper() for f in flags if f.key]
        if len(keys) != len(set(keys)):
            problems.append("'labels.rating.flags': two flags have the same key")
    relevance = defaults.relevance
    if "relevance" in raw:
        relevance = _points(raw["relevance"], "labels.rating.relevance", problems)
    return RatingConfig(
        criteria=criteria,
        flags=flags,
        allow_na=raw.get("allow_na", True),
        confidence_levels=raw.get("confidence_levels", defaults.confidence_levels),
        relevance=relevance,
    )


def _translation(raw: dict[str, Any], problems: list[str]) -> TranslationConfig:
    defaults = TranslationConfig()
    categories = _unique(raw.get("categories", list(defaults.categories)), "labels.translation.categories", problems)
    weights = raw.get("weights", {})
    severity = dict(defaults.severity_weights)
    severity.update({key: float(value) for key, value in weights.get("severity", {}).items()})
    per_category = {name: dict(values) for name, values in defaults.category_weights.items()}
    for name, values in weights.get("category", {}).items():
        if name not in categories:
            problems.append(f"'labels.translation.weights.category': '{name}' is not one of the categories")
        per_category[name] = {key: float(value) for key, value in values.items()}
    return TranslationConfig(
        categories=categories,
        severity_weights=severity,
        category_weights=per_category,
        non_translation_weight=float(weights.get("non_translation", defaults.non_translation_weight)),
        esa=raw.get("esa", False),
    )


def _rewrite(raw: dict[str, Any], problems: list[str]) -> RewriteConfig:
    defaults = RewriteConfig()
    return RewriteConfig(
        categories=_unique(raw.get("categories", list(defaults.categories)), "labels.rewrite.categories", problems),
        require_category=raw.get("require_category", False),
    )
