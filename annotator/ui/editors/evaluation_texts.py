"""The evaluation editors' words for an annotation (summaries, what is missing, notes), in the UI's language.

The rules live in the core: its `summary()`, `missing()` and `contradiction()` return facts and gaps
(what is missing, with the numbers), and these functions only put them in translated words. Package
texts (criteria, reasons, flags, categories, the words of a sentence) go in as they are; numbers are
written in the locale's format.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QLocale

from annotator.core.evaluation import pairwise as pw
from annotator.core.evaluation import rating as rating_ops
from annotator.core.evaluation import rewrite as rewrite_ops
from annotator.core.evaluation import translation as translation_ops
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


def pairwise_summary(summary: pw.Summary) -> str:
    """The decision in a line, by shown side: 'B better (+2) · criteria: helpfulness B, safety tie · reasons: …'."""
    if summary.ranking is not None:
        if summary.ranking:
            ranks = ", ".join(f"{side} {number(rank)}" for side, rank in summary.ranking)
            text = translate("PairwiseEditor", "ranking: {ranks}").format(ranks=ranks)
        else:
            text = translate("PairwiseEditor", "ranking: none yet")
    elif summary.choice is None:
        text = translate("PairwiseEditor", "not decided")
    else:
        choice, strength = summary.choice, summary.strength
        if strength is None:
            text = choice_text(choice)
        else:
            text = {
                "A": translate("PairwiseEditor", "A better ({strength})"),
                "B": translate("PairwiseEditor", "B better ({strength})"),
                "tie": translate("PairwiseEditor", "tie ({strength})"),
                "both_bad": translate("PairwiseEditor", "both bad ({strength})"),
            }[choice].format(strength=f"{strength:+d}" if strength else "0")
    if summary.criteria:
        rows = ", ".join(f"{name} {side_text(side)}" for name, side in summary.criteria)
        text = translate("PairwiseEditor", "{summary} · criteria: {criteria}").format(summary=text, criteria=rows)
    if summary.reasons:
        text = translate("PairwiseEditor", "{summary} · reasons: {reasons}").format(
            summary=text, reasons=", ".join(summary.reasons)
        )
    written = summary.rationale_chars
    if written:
        rationale = (
            translate("PairwiseEditor", "{summary} · rationale: {count} character")
            if written == 1
            else translate("PairwiseEditor", "{summary} · rationale: {count} characters")
        )
        text = rationale.format(summary=text, count=number(written))
    return text


def pairwise_contradiction(contradiction: pw.Contradiction | None) -> str | None:
    """The note when the overall choice goes against most decided criteria (see pairwise.contradiction), else None."""
    if contradiction is None:
        return None
    if contradiction.choice == "tie":
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
    return note.format(
        side=contradiction.side,
        count=number(contradiction.count),
        total=number(contradiction.total),
        choice=contradiction.choice,
    )


def pairwise_gap(gap: pw.Missing) -> str:
    """One thing a comparison still needs, in words."""
    if gap.what == "ranks":
        return translate("PairwiseEditor", "a rank for {answers}").format(answers=", ".join(gap.names))
    if gap.what == "criteria":
        return translate("PairwiseEditor", "a decision on {criteria}").format(criteria=", ".join(gap.names))
    if gap.what == "overall":
        return translate("PairwiseEditor", "the overall decision")
    return translate("PairwiseEditor", "a rationale of at least {least} characters ({written} so far)").format(
        least=number(gap.least), written=number(gap.written)
    )


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
    return _place(error["side"], error["segment"])


def _place(side: str, segment: int) -> str:
    if side == "source":
        place = translate("TranslationEditor", "source sentence {number}")
    else:
        place = translate("TranslationEditor", "target sentence {number}")
    return place.format(number=number(segment + 1))


def severity_error(severity: str) -> str:
    """'the major error' (for the category picker's title and what is missing)."""
    return {
        "major": translate("TranslationEditor", "the major error"),
        "minor": translate("TranslationEditor", "the minor error"),
        "neutral": translate("TranslationEditor", "the neutral error"),
    }.get(severity, severity)


def translation_summary(summary: translation_ops.Summary) -> str:
    """The score line: errors by severity, non-translated sentences, the MQM score and the ESA score."""
    if summary.errors:
        by_severity = ", ".join(f"{number(count)} {_severity(severity)}" for severity, count in summary.by_severity)
        errors = (
            translate("TranslationEditor", "{count} error ({by_severity})")
            if summary.errors == 1
            else translate("TranslationEditor", "{count} errors ({by_severity})")
        )
        text = errors.format(count=number(summary.errors), by_severity=by_severity)
    else:
        text = translate("TranslationEditor", "No errors marked")
    if summary.non_translation:
        text = translate("TranslationEditor", "{summary} · {count} not translated").format(
            summary=text, count=number(summary.non_translation)
        )
    text = translate("TranslationEditor", "{summary} · MQM {score}").format(summary=text, score=number(summary.mqm, 2))
    if summary.esa_asked:
        text = translate("TranslationEditor", "{summary} · ESA {score}").format(
            summary=text, score=number(summary.esa) if summary.esa is not None else "–"
        )
    return text


def translation_gap(gap: translation_ops.Missing) -> str:
    """One thing a translation check still needs, in words."""
    if gap.what == "category":
        return translate("TranslationEditor", "a category for {error} “{text}” ({place})").format(
            error=severity_error(gap.severity), text=gap.text, place=_place(gap.side, gap.segment)
        )
    if gap.what == "foreign_category":
        return translate(
            "TranslationEditor", "a category of this package for “{text}” ({place}): '{category}' is not one"
        ).format(text=gap.text, place=_place(gap.side, gap.segment), category=gap.category)
    return translate("TranslationEditor", "an ESA score of the whole translation (0–100)")


# -- rewrites ----------------------------------------------------------------------------------


def _counted(count: int, one: str, many: str) -> str:
    return (one if count == 1 else many).format(count=number(count))


def rewrite_summary(summary: rewrite_ops.Summary) -> str:
    """What the rewrite changed: '3 words / 12 characters changed in 2 edits (1 without a category)'."""
    if not summary.edits:
        if summary.confirmed:
            return translate("RewriteEditor", "Unchanged (confirmed as needing no change)")
        return translate("RewriteEditor", "Unchanged")
    words = _counted(
        summary.words,
        translate("RewriteEditor", "{count} word"),
        translate("RewriteEditor", "{count} words"),
    )
    chars = _counted(
        summary.characters,
        translate("RewriteEditor", "{count} character"),
        translate("RewriteEditor", "{count} characters"),
    )
    changes = _counted(
        summary.edits, translate("RewriteEditor", "{count} edit"), translate("RewriteEditor", "{count} edits")
    )
    line = translate("RewriteEditor", "{words} / {characters} changed in {edits}").format(
        words=words, characters=chars, edits=changes
    )
    if summary.untagged:
        line = translate("RewriteEditor", "{summary} ({count} without a category)").format(
            summary=line, count=number(summary.untagged)
        )
    return line


def rewrite_gap(gap: rewrite_ops.Missing) -> str:
    """One thing a rewrite still needs, in words (a sentence each)."""
    if gap.what == "unconfirmed":
        return translate("RewriteEditor", "The response is unchanged: confirm that it needs no change, or rewrite it.")
    if gap.what == "empty":
        return translate("RewriteEditor", "The rewrite is empty: write the response as it should be.")
    if gap.what == "untagged":
        if len(gap.edits) == 1:
            which = translate(
                "RewriteEditor", "Edit {number} has no category, and this package asks for one on every edit."
            )
            return which.format(number=number(gap.edits[0]))
        which = translate(
            "RewriteEditor",
            "Edits {numbers} and {last} have no category, and this package asks for one on every edit.",
        )
        return which.format(numbers=", ".join(map(number, gap.edits[:-1])), last=number(gap.edits[-1]))
    return translate(
        "RewriteEditor", "Edit {number} has the category '{category}', which this package does not list."
    ).format(number=number(gap.edits[0]), category=gap.category)
