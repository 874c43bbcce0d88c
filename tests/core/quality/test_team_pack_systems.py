"""System names stay with the lead: pack-team leaves them out of every annotator's package, and the report still ranks the systems by name."""

from __future__ import annotations

import itertools
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from annotator.cli import EXIT_OK, main
from annotator.core.bundle import build_bundle, write_bundle
from annotator.core.evaluation.content import responses
from annotator.core.evaluation.order import shown_order
from annotator.core.model import Item, Status
from annotator.core.package import open_package
from annotator.core.quality.answer_key import read_answer_key
from annotator.core.quality.team_pack import without_systems
from annotator.core.workspace import ItemState
from tests.core.quality.test_evaluation_kinds import assert_valid, pairwise, rating, rewrite, translation
from tests.core.quality.test_report import parsed
from tests.evaluation_packages import pairwise_item, write_evaluation_package

SYSTEMS = ("atlas-7b", "boreal-chat", "cobalt-instruct")  # strongest first
STRENGTH = {"atlas-7b": 3, "boreal-chat": 2, "cobalt-instruct": 1}
ANNOTATORS = ("ada", "bo", "cy")
SYSTEM_TURN = "You are a terse assistant."


def source_package(folder: Path) -> Path:
    """12 pairwise items (every system shown first and second against every other), and a rating, translation and
    rewrite item per system, each naming its system; one prompt is a chat with a system turn (a role, not a name)."""
    items = []
    pairs = list(itertools.permutations(SYSTEMS, 2))
    for n in range(12):
        first, second = pairs[n % len(pairs)]
        prompt: Any = f"Question {n}?"
        if n == 0:
            prompt = [{"role": "system", "content": SYSTEM_TURN}, {"role": "user", "content": "Question 0?"}]
        items.append(pairwise_item(f"p{n:02d}", prompt, f"First answer {n}.", f"Second answer {n}.", systems=[first, second]))  # fmt: skip
    for n, system in enumerate(SYSTEMS):
        items += [
            {"id": f"q{n}", "kind": "rating", "content": {"prompt": "Hi", "response": "Hello", "system": system}},
            {"id": f"t{n}", "kind": "translation", "content": {"source": ["Die Katze."], "target": ["The cat."], "system": system}},
            {"id": f"w{n}", "kind": "rewrite", "content": {"response": "Teh cat sat.", "system": system}},
        ]  # fmt: skip
    return write_evaluation_package(folder / "source", items, package_id="sys")


def gold_file(folder: Path) -> Path:
    """One gold pairwise item, its responses named like the source's."""
    item = pairwise_item("gp", "What is 2 + 2?", "4", "5", systems=["cobalt-instruct", "atlas-7b"])
    path = folder / "gold.jsonl"
    path.write_text(json.dumps({"item": item, "annotation": pairwise(["r1", "r2"], "r1")}) + "\n")
    return path


def package_files(path: Path) -> dict[str, bytes]:
    """Every file of an annotator's package as they can read it: a folder's files, or a zip's entries uncompressed."""
    if path.is_dir():
        return {str(file.relative_to(path)): file.read_bytes() for file in sorted(path.rglob("*")) if file.is_file()}
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def judged(annotator: str, item: Item, source: Item) -> dict[str, Any]:
    """What a careful annotator stores: the stronger system's response preferred (known here from the source item)."""
    if item.kind == "pairwise":
        ids = [response.id for response in responses(item.content)]
        by_strength = {response.id: STRENGTH[response.system] for response in responses(source.content)}
        return pairwise(shown_order(annotator, item.id, ids), max(ids, key=by_strength.__getitem__))
    system = source.content["system"]
    if item.kind == "rating":
        return rating({"helpfulness": STRENGTH[system] + 2})
    if item.kind == "translation":
        return translation()
    return rewrite("Teh cat sat.")


@pytest.mark.parametrize("layout", ["zip", "folder"])
def test_annotator_packages_name_no_system_and_the_report_still_ranks_them(tmp_path: Path, layout: str) -> None:
    source = source_package(tmp_path)
    team = tmp_path / "team"
    argv = ["pack-team", str(source), "--annotators", ",".join(ANNOTATORS), "--overlap", "2"]
    argv += ["--gold", str(gold_file(tmp_path)), "--seed", "11", "-o", str(team)]
    assert main(argv + (["--folders"] if layout == "folder" else [])) == EXIT_OK
    key_path = tmp_path / "team.answer-key.json"
    # The search below would find the names: the source's package.json holds every one of them.
    assert all(name.encode() in (source / "package.json").read_bytes() for name in SYSTEMS)

    packages = sorted(team.iterdir())
    assert len(packages) == len(ANNOTATORS)
    chats = []  # the chat prompt's turns, in each package that has the item (two: the overlap)
    for path in packages:
        files = package_files(path)
        manifest = files["package.json"]
        assert b"First answer" in manifest and b"Teh cat sat." in manifest  # the content itself is there
        assert not re.search(rb'"system"\s*:', manifest)  # no such field (a chat turn's role may be "system")
        for name, data in files.items():
            for system in SYSTEMS:
                assert system.encode() not in data, (path.name, name, system)
        # The package still opens; a chat's system turn (a role, not a model) is kept.
        package = open_package(path)
        package.close()
        for item in package.manifest.items:
            assert "system" not in item.content
            assert all(response.system is None for response in responses(item.content))
        chats += [
            item.content["prompt"] for item in package.manifest.items if isinstance(item.content.get("prompt"), list)
        ]
    assert chats == [[{"role": "system", "content": SYSTEM_TURN}, {"role": "user", "content": "Question 0?"}]] * 2

    # The lead keeps them: the source package is untouched, the key holds the gold item as given.
    key = read_answer_key(key_path)
    assert [response.system for response in responses(key.gold["gp"].item["content"])] == [
        "cobalt-instruct",
        "atlas-7b",
    ]

    # Each annotator works their own package and sends a bundle back.
    lead = open_package(source)
    lead.close()
    by_id = {item.id: item for item in lead.manifest.items}
    bundles = tmp_path / "bundles"
    bundles.mkdir()
    for path in packages:
        package = open_package(path)
        package.close()
        record = key.package(package.manifest.id)
        assert record is not None
        states = []
        for position, item in enumerate(package.manifest.items):
            key_id = record.items[item.id]
            if key.is_gold(key_id):
                annotation = pairwise(shown_order(record.annotator, item.id, ["r1", "r2"]), "r1")
            else:
                annotation = judged(record.annotator, item, by_id[key_id])
            assert_valid(item.kind, annotation)
            states.append(
                ItemState(package.manifest.id, item.id, position, item.kind, Status.DONE, annotation, "", 1000, 0, None, None)
            )  # fmt: skip
        document = build_bundle(
            package.manifest, manifest_sha256=package.manifest_sha256, annotator=record.annotator, states=states
        )
        write_bundle(bundles / f"{record.annotator}.bundle.json", document)

    # The lead's report, as the lead makes it: the source package, the bundles and the key.
    out = tmp_path / "report.html"
    assert main(["report", str(source), str(bundles), "--key", str(key_path), "-o", str(out)]) == EXIT_OK
    html = out.read_text(encoding="utf-8")
    page = parsed(html)
    assert [title.split(":")[0] for title in page.titles["bradley-terry"]] == list(SYSTEMS)
    assert {title.split(":")[0] for title in page.titles["mqm-systems"]} == set(SYSTEMS)
    ratings = "".join(parsed(html[html.index('<section id="rating">') :].split("</section>")[0]).text)
    assert "Mean score per system" in ratings and all(system in ratings for system in SYSTEMS)


def test_without_systems_leaves_other_items_and_fields_as_they_are() -> None:
    chat = [{"role": "system", "content": SYSTEM_TURN}, {"role": "user", "content": "Hi"}]
    item = pairwise_item("p", chat, "a", "b", systems=["atlas-7b", "boreal-chat"])
    assert without_systems(item) == {
        "id": "p",
        "kind": "pairwise",
        "content": {"prompt": chat, "responses": [{"id": "r1", "text": "a"}, {"id": "r2", "text": "b"}]},
    }
    rated = {"id": "q", "kind": "rating", "content": {"query": "cats", "results": [{"id": "d1", "title": "Cats"}], "system": "atlas-7b"}}  # fmt: skip
    assert without_systems(rated)["content"] == {"query": "cats", "results": [{"id": "d1", "title": "Cats"}]}
    text = {"id": "x", "kind": "text", "text": "system: atlas-7b"}
    assert without_systems(dict(text)) == text
