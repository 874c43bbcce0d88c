"""Agreement over 100,000 judgements (20,000 items × 5 annotators, 6 ordered labels): every figure the report shows."""

from __future__ import annotations

import gc
import random
import time

from annotator.core.quality.agreement import Judgement, agreement_report
from benchmarks.report import Benchmark, Result, median

ITEMS = 20_000
ANNOTATORS = 5
LABELS = ("very negative", "negative", "slightly negative", "slightly positive", "positive", "very positive")
RUNS = 3
TARGET = 1.0


def judgements() -> list[Judgement]:
    """Five annotators of differing care on every item: a wrong label is usually a neighbour on the scale."""
    rng = random.Random(11)
    accuracy = [0.9, 0.85, 0.8, 0.7, 0.6]
    made = []
    for number in range(ITEMS):
        truth = rng.randrange(len(LABELS))
        for annotator in range(ANNOTATORS):
            label = truth
            if rng.random() > accuracy[annotator]:
                if rng.random() < 0.7:
                    label = min(max(truth + rng.choice((-1, 1)), 0), len(LABELS) - 1)
                else:
                    label = rng.randrange(len(LABELS))
            made.append(Judgement(f"text-{number:06d}", f"annotator-{annotator + 1}", (LABELS[label],)))
    return made


def bench_agreement() -> Result:
    """agreement_report (median of RUNS) on ready-made judgements, ordinal alpha included."""
    data = judgements()
    timings = []
    for _ in range(RUNS):
        gc.collect()
        start = time.perf_counter()
        report = agreement_report(data, labels=LABELS, ordered=True)
        timings.append(time.perf_counter() - start)
    if report.items_compared != ITEMS or len(report.pairwise_kappa) != ANNOTATORS * (ANNOTATORS - 1) // 2:
        raise AssertionError(f"{report.items_compared} items compared, {len(report.pairwise_kappa)} pairs")
    return Result(
        name=f"agreement over {len(data):,} judgements, {len(LABELS)} labels (median)",
        figure=median(timings),
        target=TARGET,
        samples=RUNS,
        detail=(
            f"Fleiss' kappa {report.fleiss_kappa:.3f}, alpha nominal {report.krippendorff_alpha:.3f} and ordinal "
            f"{report.ordinal_alpha:.3f}, alpha per label, {len(report.pairwise_kappa)} pairwise kappas, a "
            f"disagreement flag on {sum(report.disagreement.values()):,} items; leaves out reading bundles and the "
            "kinds' categories() that make the judgements, and per-label Cohen's kappa (two annotators only)"
        ),
    )


BENCHMARKS = (Benchmark(id="agreement-report", area="quality", run=bench_agreement),)
