"""A lead's review of many bundles of one package: the queue of (item, annotator) results, decisions as undoable edits, saved at once."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.core.atomic import write_atomic
from annotator.core.bundle import HASH_FIELD
from annotator.core.errors import BundleError, Problem
from annotator.core.model import Item, Manifest
from annotator.core.quality.answer_key import AnswerKey
from annotator.core.quality.gold import GoldResult, score_gold
from annotator.core.quality.kinds import quality_of
from annotator.core.quality.review_bundle import Decision, build_review, review_bytes, review_name
from annotator.core.workspace import format_time, utc_now

STATE_FILE = "review-state.json"


@dataclass(frozen=True)
class Result:
    """One annotator's result for one item, as their bundle holds it.

    `item_id` is the reviewed package's id (or, with an answer key, the key's id of a gold item);
    `package_id` and `package_item_id` say where the annotator's own bundle has it (for a team
    package, another package and item id), which is what their review bundle names.
    """

    item_id: str
    kind: str
    annotator: str
    status: str
    annotation: Any
    comment: str
    active_ms: int
    package_id: str = ""
    package_item_id: str = ""


@dataclass(frozen=True)
class SetDecision:
    """An edit: the decision on (item, annotator) goes from `before` to `after` (None: undecided). Undo applies it backwards."""

    item_id: str
    annotator: str
    before: Decision | None
    after: Decision | None


class ReviewSession:
    """Bundles of one package under review; every decision is written to `folder/review-state.json` before it counts.

    Bundles are deduplicated by their content hash (the same bundle twice is one), and two
    different bundles of one annotator are refused: the lead says which one to review. With the
    answer `key`, bundles of the team packages it made from this package are reviewed too: their
    item ids are mapped back as `merge_bundles` maps them, and their gold items are queued after
    the package's items, each result scored against its answer (`gold_result`). `names` (the
    bundles' files) name the bundles in errors.
    """

    def __init__(
        self,
        manifest: Manifest,
        manifest_sha256: str,
        bundles: Sequence[dict[str, Any]],
        folder: Path,
        *,
        key: AnswerKey | None = None,
        names: Sequence[str] | None = None,
    ):
        self.manifest = manifest
        self.manifest_sha256 = manifest_sha256
        self.folder = folder
        self.key = key
        by_annotator: dict[str, tuple[str, dict[str, Any]]] = {}
        routes: dict[str, Mapping[str, str] | None] = {}
        problems: list[Problem] = []
        for index, bundle in enumerate(bundles):
            name = names[index] if names is not None else bundle["annotator"]
            known = by_annotator.get(bundle["annotator"])
            if known is not None and known[1][HASH_FIELD] != bundle[HASH_FIELD]:
                problems.append(Problem(name, "has two different bundles for this package; review one of them"))
                continue
            route = self._route(name, bundle, problems)
            if route is not False:
                by_annotator[bundle["annotator"]] = (name, bundle)
                routes[bundle["annotator"]] = route
        if problems:
            raise BundleError(problems)
        self.annotators = sorted(by_annotator)
        self.bundles = tuple(by_annotator[who][1] for who in self.annotators)
        self.bundle_names = tuple(by_annotator[who][0] for who in self.annotators)
        results = []
        for annotator in self.annotators:
            bundle = by_annotator[annotator][1]
            route = routes[annotator]
            for entry in bundle["items"]:
                item_id = entry["id"] if route is None else route[entry["id"]]
                if entry["status"] != "todo":
                    results.append(
                        Result(
                            item_id,
                            entry["kind"],
                            annotator,
                            entry["status"],
                            entry["annotation"],
                            entry["comment"],
                            entry["timing"]["active_ms"],
                            package_id=bundle["package"]["id"],
                            package_item_id=entry["id"],
                        )
                    )
        gold_ids = {result.item_id for result in results if key is not None and key.is_gold(result.item_id)}
        gold_items = [_gold_item(key.gold[gold_id].item) for gold_id in key.gold if gold_id in gold_ids] if key else []
        self.items: tuple[Item, ...] = (*manifest.items, *gold_items)
        self._items = {item.id: item for item in self.items}
        order = {item.id: index for index, item in enumerate(self.items)}
        kept = (result for result in results if result.item_id in order)
        self.results = sorted(kept, key=lambda r: (order[r.item_id], r.annotator))
        self._by_item: dict[str, list[Result]] = {}
        for result in self.results:
            self._by_item.setdefault(result.item_id, []).append(result)
        self._gold: dict[tuple[str, str], GoldResult] = {}
        team = [i for i, bundle in enumerate(self.bundles) if routes[bundle["annotator"]] is not None]
        if key is not None and team:
            report = score_gold(
                [self.bundles[i] for i in team],
                key,
                names=[self.bundle_names[i] for i in team],
                settings=self.manifest.task_configs,
            )
            self._gold = {(gold.item_id, gold.annotator): gold for gold in report.results}
        self.decisions: dict[tuple[str, str], Decision] = {}
        self._load_state()

    def _route(self, name: str, bundle: dict[str, Any], problems: list[Problem]) -> Mapping[str, str] | None | bool:
        """None for a bundle of the package itself; for a team package's, its item ids mapped; False if refused."""
        package_id = bundle["package"]["id"]
        if package_id == self.manifest.id:
            return None
        record = self.key.package(package_id) if self.key is not None else None
        if self.key is None or record is None:
            hint = (
                "the answer key does not list it" if self.key else "give the answer key that made the team's packages"
            )
            problems.append(
                Problem(name, f"is a bundle of package '{package_id}', not of '{self.manifest.id}' ({hint})")
            )
            return False
        if self.key.source_id != self.manifest.id or self.key.source_manifest_sha256 != self.manifest_sha256:
            problems.append(
                Problem(
                    name,
                    f"comes from a team pack of package '{self.key.source_id}', not of this version of '{self.manifest.id}'",
                )
            )
            return False
        if bundle["package"]["manifest_sha256"] != record.manifest_sha256:
            problems.append(
                Problem(name, f"was made from another version of package '{package_id}' (manifest hash differs)")
            )
            return False
        unknown = [entry["id"] for entry in bundle["items"] if entry["id"] not in record.items]
        if unknown:
            problems.append(
                Problem(name, f"bundle has items package '{package_id}' does not: {', '.join(unknown[:5])}")
            )
            return False
        return record.items

    # -- reading --------------------------------------------------------------------------------

    def results_of(self, item_id: str) -> list[Result]:
        """Every annotator's result for one item, by annotator name."""
        return list(self._by_item.get(item_id, []))

    def disagrees(self, item_id: str) -> bool:
        """True when the annotators of an item (two or more) do not all agree, as the item kind measures it."""
        results = [r for r in self._by_item.get(item_id, []) if r.annotation is not None]
        if len(results) < 2:
            return False
        quality = quality_of(results[0].kind)
        first = results[0].annotation
        for other in results[1:]:
            figures = quality.pairwise(first, other.annotation)
            headline = next(iter(figures.values()))
            if (headline < 1.0) if quality.higher_is_better else (headline > 0.0):
                return True
        return False

    def decision(self, item_id: str, annotator: str) -> Decision | None:
        """The decision taken on one result, or None."""
        return self.decisions.get((item_id, annotator))

    def item(self, item_id: str) -> Item | None:
        """The item under an id of the review: the package's, or a gold item as the answer key holds it."""
        return self._items.get(item_id)

    def is_gold(self, item_id: str) -> bool:
        """Whether an item of the review is one of the answer key's gold items."""
        return self.key is not None and self.key.is_gold(item_id)

    def gold_answer(self, item_id: str) -> Any:
        """The answer key's annotation of a gold item (None for any other item)."""
        return self.key.gold[item_id].annotation if self.key is not None and self.key.is_gold(item_id) else None

    def gold_result(self, item_id: str, annotator: str) -> GoldResult | None:
        """How one annotator's result of a gold item scored (its `score` is None when it is not done)."""
        return self._gold.get((item_id, annotator))

    # -- deciding -------------------------------------------------------------------------------

    def decide(
        self, item_id: str, annotator: str, decision: str, *, reason: str = "", annotation: Any = None
    ) -> SetDecision:
        """Accept, reject (with a reason) or fix one result; returns the edit (apply it, keep it for undo)."""
        result = next((r for r in self._by_item.get(item_id, []) if r.annotator == annotator), None)
        if result is None:
            raise KeyError(f"{annotator!r} has no result for item {item_id!r}")
        if decision == "reject" and not reason.strip():
            raise ValueError("a rejection needs a reason the annotator can act on")
        after = Decision(item_id, result.kind, decision, reason.strip(), format_time(utc_now()), annotation)
        return SetDecision(item_id, annotator, self.decisions.get((item_id, annotator)), after)

    def apply(self, edit: SetDecision, *, undo: bool = False) -> None:
        """Apply an edit (or undo it), then save the whole state atomically before returning."""
        value = edit.before if undo else edit.after
        key = (edit.item_id, edit.annotator)
        previous = self.decisions.get(key)
        if value is None:
            self.decisions.pop(key, None)
        else:
            self.decisions[key] = value
        try:
            self._save_state()
        except BaseException:
            if previous is None:
                self.decisions.pop(key, None)
            else:
                self.decisions[key] = previous
            raise

    # -- writing --------------------------------------------------------------------------------

    def review_documents(self, reviewer: str) -> list[dict[str, Any]]:
        """One review bundle per annotator with any decision, for the package their bundle is of.

        A team package's annotator gets a review of their own package (its id, manifest hash and
        item ids), the only one their workspace knows.
        """
        documents = []
        for bundle in self.bundles:
            annotator, package = bundle["annotator"], bundle["package"]
            own = {r.item_id: r.package_item_id for r in self.results if r.annotator == annotator}
            chosen = []
            for (item_id, who), decision in self.decisions.items():
                if who != annotator:
                    continue
                named = own.get(item_id, item_id if package["id"] == self.manifest.id else None)
                if named is not None:  # else a decision on a result the bundles no longer hold
                    chosen.append(dataclasses.replace(decision, item_id=named))
            if chosen:
                documents.append(
                    build_review(
                        package_id=package["id"],
                        manifest_sha256=package["manifest_sha256"],
                        annotator=annotator,
                        reviewer=reviewer,
                        decisions=chosen,
                    )
                )
        return documents

    def write_reviews(self, reviewer: str, out: Path) -> list[Path]:
        """Write every review bundle into the folder `out` (atomically); returns their paths."""
        paths = []
        for document in self.review_documents(reviewer):
            path = out / review_name(document)
            write_atomic(path, review_bytes(document))
            paths.append(path)
        return paths

    def fixes(self) -> dict[str, Any]:
        """The lead's fixed annotations by item (for merge: a reviewed fix always wins); gold items have the key's."""
        return {
            item_id: d.annotation
            for (item_id, _who), d in sorted(self.decisions.items())
            if d.decision == "fix" and not self.is_gold(item_id)
        }

    # -- the state file -------------------------------------------------------------------------

    def _state_path(self) -> Path:
        return self.folder / STATE_FILE

    def _save_state(self) -> None:
        rows = [{"annotator": who, **decision.to_json()} for (item_id, who), decision in sorted(self.decisions.items())]
        document = {"package": self.manifest.id, "manifest_sha256": self.manifest_sha256, "decisions": rows}
        write_atomic(self._state_path(), json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8"))

    def _load_state(self) -> None:
        path = self._state_path()
        if not path.exists():
            return
        try:
            document = json.loads(path.read_bytes())
            if document["package"] != self.manifest.id or document["manifest_sha256"] != self.manifest_sha256:
                raise BundleError([Problem(str(path), "holds a review of another package or package version")])
            for row in document["decisions"]:
                key = (row["item_id"], row["annotator"])
                self.decisions[key] = Decision(
                    row["item_id"], row["kind"], row["decision"], row["reason"], row["at"], row.get("annotation")
                )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise BundleError([Problem(str(path), f"cannot be read as a review state ({exc})")]) from exc


def _gold_item(spec: dict[str, Any]) -> Item:
    """A gold item of the answer key (a package-v1 item object, checked when the key was read) as the review shows it."""
    return Item(
        id=spec["id"],
        kind=spec["kind"],
        media=spec.get("media"),
        sha256=spec.get("sha256"),
        text=spec.get("text"),
        lang=spec.get("lang"),
        prelabel=spec.get("prelabel"),
        content=spec.get("content"),
    )
