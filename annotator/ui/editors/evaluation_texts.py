"""The evaluation editors' words for an annotation (summaries, what is missing, notes), in the UI's language.

The core's own `summary()` and `missing()` texts are English and Qt-free; these say the same from
the same annotation with translated words. Package texts (criteria, reasons, flags, categories, the
words of a sentence) go in as they are; numbers are written in the locale's format.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QLocale

from annotator.core.evaluation import pairwise as pw
from annotator.core.evaluation import rating as rating_ops
from annotator.core.evaluation import rewrite as rewrite_ops
from annotator.core.evaluation.configs import PairwiseConfig, RewriteConfig, TranslationConfig
from annotator.core.evaluation.order import side_letter
from annotator.ui.i18n import translate


def number(value: int | float, decimals: int | None = None) -> str:
    """A number as people of the UI's locale write it (no group separators in small counts)."""
    locale = QLocale()
    if decimals is None:
        return locale.toString(int(value))
    return locale.toString(float(value), "f", decimals)


# -- comparisons -------------------------------------------------------------------------------


def choice_text(choice: str) -> str:
    """An overall choice in words: 'A better', 'B better', 'tie', 'both bad'."""
    return {
        "A": translate("PairwiseEditor", "A better"),
        "B": translate("PairwiseEditor", "B better"),
        "tie": translate("PairwiseEditor", "tie"),
        "both_bad": translate("PairwiseEditor", "both bad"),
    }[choice]


def side_text(side: str) -> str:
    """A criterion's side: the letter, or 'tie'."""
    return translate("PairwiseEditor", "tie") if side == "tie" else side


def pairwise_summary(annotation: pw.Annotation, config: PairwiseConfig | None = None) -> str:
    """The decision in a line, by shown side: 'B better (+2) · criteria: helpfulness B, safety tie · reasons: …'."""
    order = annotation["order"]
    if pw.is_ranking(annotation):
        ranking = annotation.get("ranking") or {}
        ranked = sorted((rank, side_letter(order.index(rid))) for rid, rank in ranking.items() if rid in order)
        if ranked:
            ranks = ", ".join(f"{side} {number(rank)}" for rank, side in ranked)
            text = translate("PairwiseEditor", "ranking: {ranks}").format(ranks=ranks)
        else:
            text = translate("PairwiseEditor", "ranking: none yet")
    elif annotation["choice"] is None:
        text = translate("PairwiseEditor", "not decided")
    else:
        choice, strength = annotation["choice"], annotation["strength"]
        if strength is None:
            text = choice_text(choice)
        else:
            text = {
                "A": translate("PairwiseEditor", "A better ({strength})"),
                "B": translate("PairwiseEditor", "B better ({strength})"),
                "tie": translate("PairwiseEditor", "tie ({strength})"),
                "both_bad": translate("PairwiseEditor", "both bad ({strength})"),
            }[choice].format(strength=f"{strength:+d}" if strength else "0")
    criteria = annotation["criteria"]
    if criteria:
        names = [name for name in config.criteria if name in criteria] if config is not None else list(criteria)
        rows = ", ".join(f"{name} {side_text(criteria[name])}" for name in names)
        text = translate("PairwiseEditor", "{summary} · criteria: {criteria}").format(summary=text, criteria=rows)
    if annotation["reasons"]:
        text = translate("PairwiseEditor", "{summary} · reasons: {reasons}").format(
            summary=text, reasons=", ".join(annotation["reasons"])
        )
    written = len(annotation["rationale"].strip())
    if written:
        rationale = (
            translate("PairwiseEditor", "{summary} · rationale: {count} character")
            if written == 1
            else translate("PairwiseEditor", "{summary} · rationale: {count} characters")
        )
        text = rationale.format(summary=text, count=number(written))
    return text


def pairwise_contradiction(annotation: pw.Annotation, config: PairwiseConfig) -> str | None:
    """The note when the overall choice goes against most decided criteria (see pairwise.contradiction), else None."""
    if pw.contradiction(annotation, config) is None:
        return None
    choice = annotation["choice"]
    decided = [side for name, side in annotation["criteria"].items() if name in config.criteria]
    side = next(side for side in ("A", "B") if decided.count(side) * 2 > len(decided) and side != choice)
    if choice == "tie":
        note = translate(
            "PairwiseEditor",
            "⚠ The criteria favour {side} ({count} of {total}), but the overall choice is a tie. "
            "Check it; you may still submit.",
        )
    else:
        note = translate(
            "PairwiseEditor",
            "⚠ The criteria favour {side} ({count} of {total}), but the overall choice is {choice}. "
            "Check it; you may still submit.",
        )
    return note.format(side=side, count=number(decided.count(side)), total=number(len(decided)), choice=choice)


def pairwise_missing(annotation: pw.Annotation, config: PairwiseConfig, n_responses: int) -> list[str]:
    """What still keeps the comparison from being submitted (as pairwise.missing says it), in the UI's language."""
    gaps: list[str] = []
    order = annotation["order"]
    if n_responses > 2:
        ranking = annotation.get("ranking") or {}
        unranked = [side_letter(i) for i, rid in enumerate(order) if rid not in ranking]
        if unranked:
            gaps.append(translate("PairwiseEditor", "a rank for {answers}").format(answers=", ".join(unranked)))
    else:
        undecided = [name for name in config.criteria if name not in annotation["criteria"]]
        if undecided:
            gaps.append(translate("PairwiseEditor", "a decision on {criteria}").format(criteria=", ".join(undecided)))
        if annotation["choice"] is None:
            gaps.append(translate("PairwiseEditor", "the overall decision"))
    written = len(annotation["rationale"].strip())
    if written < config.rationale_min_chars:
        gaps.append(
            translate("PairwiseEditor", "a rationale of at least {least} characters ({written} so far)").format(
                least=number(config.rationale_min_chars), written=number(written)
            )
        )
    return gaps


# -- ratings -----------------------------------------------------------------------------------


def rating_summary(annotation: Any) -> str:
    """The rating in one line: 'helpfulness 4 · clarity N/A · flagged: harmful · confidence 2'."""
    if not isinstance(annotation, dict):
        return translate("RatingEditor", "not rated")
    parts = [f"{name} {number(value)}" for name, value in annotation.get("scores", {}).items()]
    parts += [f"{name} N/A" for name in annotation.get("na", [])]
    relevance = annotation.get("relevance")
    if isinstance(relevance, dict):
        parts += [f"{result_id}: {number(grade)}" for result_id, grade in relevance.items()]
    flags = annotation.get("flags", {})
    yes = [name for name, value in flags.items() if value is True]
    if yes:
        parts.append(translate("RatingEditor", "flagged: {flags}").format(flags=", ".join(yes)))
    elif flags and all(value is False for value in flags.values()):
        parts.append(translate("RatingEditor", "nothing flagged"))
    if annotation.get("confidence") is not None:
        parts.append(translate("RatingEditor", "confidence {level}").format(level=number(annotation["confidence"])))
    return " · ".join(parts) if parts else translate("RatingEditor", "not rated")


def rating_gap(gap: rating_ops.Missing) -> str:
    """One thing a rating still needs, in words."""
    if gap.what == "criterion":
        return translate("RatingEditor", "{criterion} (a score or N/A)").format(criterion=gap.name)
    if gap.what == "result":
        return translate("RatingEditor", "result {result} (a grade)").format(result=gap.name)
    return translate("RatingEditor", "your confidence")


# -- translation checks ------------------------------------------------------------------------


def _severity(severity: str) -> str:
    return {
        "major": translate("TranslationEditor", "major"),
        "minor": translate("TranslationEditor", "minor"),
        "neutral": translate("TranslationEditor", "neutral"),
    }.get(severity, severity)


def error_place(error: Mapping[str, Any]) -> str:
    """Where an error is: 'target sentence 2'."""
    if error["side"] == "source":
        place = translate("TranslationEditor", "source sentence {number}")
    else:
        place = translate("TranslationEditor", "target sentence {number}")
    return place.format(number=number(error["segment"] + 1))


def severity_error(severity: str) -> str:
    """'the major error' (for the category picker's title and what is missing)."""
    return {
        "major": translate("TranslationEditor", "the major error"),
        "minor": translate("TranslationEditor", "the minor error"),
        "neutral": translate("TranslationEditor", "the neutral error"),
    }.get(severity, severity)


def translation_summary(
    annotation: Mapping[str, Any] | None, *, config: TranslationConfig, counts: dict[str, int]
) -> str:
    """The score line: errors by severity, non-translated sentences, the MQM score and the ESA score."""
    if counts["errors"]:
        by_severity = ", ".join(
            f"{number(counts[s])} {_severity(s)}" for s in ("major", "minor", "neutral") if counts[s]
        )
        errors = (
            translate("TranslationEditor", "{count} error ({by_severity})")
            if counts["errors"] == 1
            else translate("TranslationEditor", "{count} errors ({by_severity})")
        )
        text = errors.format(count=number(counts["errors"]), by_severity=by_severity)
    else:
        text = translate("TranslationEditor", "No errors marked")
    if counts["non_translation"]:
        text = translate("TranslationEditor", "{summary} · {count} not translated").format(
            summary=text, count=number(counts["non_translation"])
        )
    mqm = float((annotation or {}).get("mqm") or 0.0)
    text = translate("TranslationEditor", "{summary} · MQM {score}").format(summary=text, score=number(mqm, 2))
    if config.esa:
        esa = (annotation or {}).get("esa")
        text = translate("TranslationEditor", "{summary} · ESA {score}").format(
            summary=text, score=number(esa) if esa is not None else "–"
        )
    return text


def translation_missing(annotation: Mapping[str, Any] | None, *, config: TranslationConfig) -> list[str]:
    """What must still be given before the check can be submitted (as translation.missing says it)."""
    needed = []
    for error in (annotation or {}).get("errors") or []:
        if error.get("category") is None:
            needed.append(
                translate("TranslationEditor", "a category for {error} “{text}” ({place})").format(
                    error=severity_error(error["severity"]), text=error["text"], place=error_place(error)
                )
            )
        elif error["category"] not in config.categories:
            needed.append(
                translate(
                    "TranslationEditor", "a category of this package for “{text}” ({place}): '{category}' is not one"
                ).format(text=error["text"], place=error_place(error), category=error["category"])
            )
    if config.esa and (annotation or {}).get("esa") is None:
        needed.append(translate("TranslationEditor", "an ESA score of the whole translation (0–100)"))
    return needed


# -- rewrites ----------------------------------------------------------------------------------


def _counted(count: int, one: str, many: str) -> str:
    return (one if count == 1 else many).format(count=number(count))


def rewrite_summary(annotation: dict[str, Any] | None) -> str:
    """What the rewrite changed: '3 words / 12 characters changed in 2 edits (1 without a category)'."""
    if annotation is None or not annotation["edits"]:
        if annotation is not None and annotation["unchanged_confirmed"]:
            return translate("RewriteEditor", "Unchanged (confirmed as needing no change)")
        return translate("RewriteEditor", "Unchanged")
    edits = annotation["edits"]
    words = _counted(
        annotation["word_distance"],
        translate("RewriteEditor", "{count} word"),
        translate("RewriteEditor", "{count} words"),
    )
    chars = _counted(
        annotation["char_distance"],
        translate("RewriteEditor", "{count} character"),
        translate("RewriteEditor", "{count} characters"),
    )
    changes = _counted(
        len(edits), translate("RewriteEditor", "{count} edit"), translate("RewriteEditor", "{count} edits")
    )
    line = translate("RewriteEditor", "{words} / {characters} changed in {edits}").format(
        words=words, characters=chars, edits=changes
    )
    untagged = sum(1 for edit in edits if edit["category"] is None)
    if untagged:
        line = translate("RewriteEditor", "{summary} ({count} without a category)").format(
            summary=line, count=number(untagged)
        )
    return line


def rewrite_missing(annotation: dict[str, Any] | None, config: RewriteConfig, original: str) -> list[str]:
    """What still keeps the rewrite from being submitted (as rewrite.missing says it); UNCONFIRMED stays the mark."""
    current = annotation or rewrite_ops.reset(original)
    problems = []
    if current["text"] == original and not current["unchanged_confirmed"]:
        problems.append(rewrite_ops.UNCONFIRMED)  # a mark the editor answers with its question, never shown as it is
    if not current["text"].strip() and original.strip():
        problems.append(translate("RewriteEditor", "The rewrite is empty: write the response as it should be."))
    edits = current["edits"]
    untagged = [n for n, edit in enumerate(edits, start=1) if edit["category"] is None]
    if config.require_category and untagged:
        if len(untagged) == 1:
            which = translate(
                "RewriteEditor", "Edit {number} has no category, and this package asks for one on every edit."
            )
            problems.append(which.format(number=number(untagged[0])))
        else:
            which = translate(
                "RewriteEditor",
                "Edits {numbers} and {last} have no category, and this package asks for one on every edit.",
            )
            problems.append(which.format(numbers=", ".join(map(number, untagged[:-1])), last=number(untagged[-1])))
    for n, edit in enumerate(edits, start=1):
        if edit["category"] is not None and edit["category"] not in config.categories:
            problems.append(
                translate(
                    "RewriteEditor", "Edit {number} has the category '{category}', which this package does not list."
                ).format(number=number(n), category=edit["category"])
            )
    return problems
