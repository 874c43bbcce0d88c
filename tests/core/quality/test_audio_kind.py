"""The audio kind's transcripts, WER and CER against jiwer, gold score and best-agreeing merge."""

from __future__ import annotations

import itertools
from typing import Any

import jiwer
import pytest

from annotator.core.quality.audio_kind import (
    QUALITY,
    AudioQuality,
    error_rates,
    merge_transcripts,
    normalise,
    transcript,
)
from annotator.core.quality.kinds import KINDS, Vote


def audio(*texts: str) -> dict[str, Any]:
    """One segment a second per text."""
    return {"segments": [{"start": float(n), "end": n + 1.0, "text": t, "speaker": None} for n, t in enumerate(texts)]}


def test_audio_kind_is_registered() -> None:
    assert KINDS["audio"] is QUALITY
    assert isinstance(QUALITY, AudioQuality)
    assert QUALITY.kind == "audio" and QUALITY.higher_is_better is False
    assert QUALITY.categories(audio("hello")) is None


def test_transcript_joins_segments_in_time_order() -> None:
    annotation = {
        "segments": [
            {"start": 2.0, "end": 3.0, "text": "world", "speaker": "B"},
            {"start": 0.0, "end": 1.5, "text": "hello", "speaker": "A"},
        ]
    }
    assert transcript(annotation) == "hello world"
    assert transcript(None) == "" and transcript({"segments": []}) == ""


def test_normalise_drops_tags_timestamps_case_and_punctuation() -> None:
    assert normalise("Hello, [inaudible] World! [01:02.5]") == "hello world"
    assert normalise("[crosstalk]okay[laughter]then\tso\n") == "okay then so"
    assert normalise("Don't stop.") == "dont stop"
    assert normalise("  [1:02:03.4]  ") == ""


def test_error_rates_equal_jiwer_on_the_joined_texts() -> None:
    reference = audio("the cat sat", "on the mat")
    hypothesis = audio("the cat sit", "on mat", "today")
    rates = error_rates(reference, hypothesis)
    assert rates["wer"] == jiwer.wer("the cat sat on the mat", "the cat sit on mat today")
    assert rates["cer"] == jiwer.cer("the cat sat on the mat", "the cat sit on mat today")
    assert rates["wer"] == pytest.approx(3 / 6)


def test_tags_case_and_punctuation_do_not_count_as_errors() -> None:
    reference = audio("The cat sat [inaudible] on the mat.")
    hypothesis = audio("the cat, [01:02.5] sat", "on the MAT [laughter]")
    assert error_rates(reference, hypothesis) == {"wer": 0.0, "cer": 0.0}


def test_empty_reference() -> None:
    assert error_rates(audio(), audio()) == {"wer": 0.0, "cer": 0.0}
    assert error_rates(audio("[inaudible]"), audio("")) == {"wer": 0.0, "cer": 0.0}
    assert error_rates(audio(), audio("anything at all")) == {"wer": 1.0, "cer": 1.0}
    assert error_rates(audio("something"), audio()) == {"wer": 1.0, "cer": 1.0}


def test_pairwise_averages_both_directions() -> None:
    a, b = audio("one two three four"), audio("one two")
    forward = jiwer.wer("one two three four", "one two")  # 0.5
    backward = jiwer.wer("one two", "one two three four")  # 1.0
    agreement = QUALITY.pairwise(a, b)
    assert list(agreement) == ["wer", "cer"]
    assert agreement["wer"] == pytest.approx((forward + backward) / 2)
    assert QUALITY.pairwise(b, a) == agreement


def test_gold_score_is_one_minus_capped_wer() -> None:
    gold = audio("the cat sat on the mat")
    scored = QUALITY.score(audio("the cat sat on a mat"), gold)
    assert scored.accuracy == pytest.approx(1 - 1 / 6)
    assert scored.detail["wer"] == pytest.approx(1 / 6)
    assert scored.detail["cer"] == jiwer.cer("the cat sat on the mat", "the cat sat on a mat")
    assert QUALITY.score(audio("a b c d e f g h i j k l m"), audio("x")).accuracy == 0.0  # WER above 1
    assert QUALITY.score(audio("x"), audio()).accuracy == 0.0


def test_merge_picks_the_best_agreeing_transcript() -> None:
    votes = [
        Vote("alice", audio("one two three four")),
        Vote("bob", audio("one two", "three five")),  # one word from each of the others
        Vote("carol", audio("one two six five")),
    ]
    for order in itertools.permutations(votes):
        merged = merge_transcripts(order)
        assert merged.annotation == votes[1].annotation
        assert merged.annotation is not votes[1].annotation
        assert not merged.needs_review
    assert QUALITY.merge(votes) == merge_transcripts(votes)


def test_merge_ties_go_to_weight_then_annotator_name() -> None:
    zara, adam = Vote("zara", audio("good morning")), Vote("adam", audio("good evening"))
    assert merge_transcripts([zara, adam]).annotation == adam.annotation
    heavier = Vote("zara", zara.annotation, weight=2.0)
    assert merge_transcripts([heavier, adam]).annotation == zara.annotation


def test_weights_scale_the_mean_wer() -> None:
    a, b, c = (
        Vote("a", audio("one two three four")),
        Vote("b", audio("one two six five")),
        Vote("c", audio("one two three five")),
    )
    # c is 0.25 from both others; a is 0.25 from c but 0.5 from b.
    assert merge_transcripts([a, b, c]).annotation == c.annotation
    # With b's weight at 0 its opinion no longer counts: a and c tie at 0.25 and the name decides.
    assert merge_transcripts([a, Vote("b", b.annotation, weight=0.0), c]).annotation == a.annotation


def test_merge_asks_for_review_when_even_the_best_disagrees() -> None:
    votes = [Vote("a", audio("one two")), Vote("b", audio("one three")), Vote("c", audio("four two"))]
    merged = merge_transcripts(votes)
    assert merged.needs_review
    assert "mean WER of 0.50" in merged.reason and "(a)" in merged.reason
    assert not merge_transcripts(votes, review_above=0.5).needs_review


def test_merge_of_one_vote_returns_it() -> None:
    only = Vote("a", audio("hello [inaudible]"))
    merged = merge_transcripts([only])
    assert merged.annotation == only.annotation and not merged.needs_review
    with pytest.raises(ValueError, match="at least one vote"):
        merge_transcripts([])
