"""The lead's review bundles onto the sync target, where each annotator's next pull finds their own."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from annotator.core.quality.review_bundle import read_review, review_bytes, review_name
from annotator.core.sync import layout
from annotator.core.sync.retry import DEFAULT_POLICY, RetryPolicy, with_retries
from annotator.core.sync.target import SyncError, Target


def put_reviews(
    target: Target,
    paths: Sequence[Path],
    *,
    policy: RetryPolicy = DEFAULT_POLICY,
    sleep: Callable[[float], None] | None = None,
) -> list[tuple[str, bool]]:
    """Put each review bundle at `feedback/<package>/<annotator>/<review name>`; (object name, newly put) each.

    Every file is checked first (a damaged one refuses the whole batch, naming it); a review the
    target already holds is not put again, and one of the same name with other bytes is an error.
    """
    checked = []
    for path in paths:
        document = read_review(path)
        name = layout.feedback_folder(document["package"]["id"], document["annotator"]) + review_name(document)
        checked.append((name, review_bytes(document)))  # canonical: the same review is the same object
    kwargs = {"policy": policy} if sleep is None else {"policy": policy, "sleep": sleep}
    done = []
    for name, raw in checked:
        created = with_retries(lambda: target.put_if_absent(name, raw), **kwargs)  # noqa: B023 - called at once
        if not created and with_retries(lambda: target.get(name), **kwargs) != raw:  # noqa: B023
            raise SyncError(f"{target.description}: {name} holds another review of the same name; nothing replaced")
        done.append((name, created))
    return done
