"""Team packing: balanced overlap, gold items that cannot be told from the rest, and the answer key kept apart."""

from __future__ import annotations

import collections
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from annotator.cli import EXIT_INVALID, EXIT_OK, main
from annotator.core.atomic import WriteError
from annotator.core.bundle import canonical_json
from annotator.core.errors import BundleError, PackageError
from annotator.core.package import open_package, validate_package
from annotator.core.quality.answer_key import FILE_NAME, read_answer_key
from annotator.core.quality.gold import GoldItem, read_gold_items
from annotator.core.quality.team_pack import pack_team, plan_assignment
from tests.conftest import REPO_ROOT
from tests.core.helpers import manifest_dict, media_item, png_bytes, text_item, write_folder_package, write_zip_package

SCHEMAS = REPO_ROOT / "resources" / "schemas"
HEX_ID = set("0123456789abcdef")


def label(name: str) -> dict[str, Any]:
    return {"labels": [name], "answer": None, "question": None, "unsure": False, "spans": [], "source": "user"}


def key_box(x: float, y: float) -> dict[str, Any]:
    # Box ids and coordinates no package item could hold, to find them if they leaked.
    return {"id": "keybox7", "label": "cat", "x": x, "y": y, "w": 4.25, "h": 3.125, "attributes": [], "source": "user"}


def mixed_source(folder: Path, layout: str) -> Path:
    """A package of 8 texts and 4 images, with pay, a due date and a prelabel to pass through."""
    files = {f"media/photo{n}.png": png_bytes(24, 16, (30 * n, 90, 10)) for n in range(1, 5)}
    items = [text_item(f"t{n}", f"a short review, number {n}") for n in range(1, 9)]
    items[2]["prelabel"] = {"labels": ["positive"]}
    items += [media_item(f"p{n}", "image", f"media/photo{n}.png", files[f"media/photo{n}.png"]) for n in range(1, 5)]
    document = manifest_dict(items, id="shop", pay={"currency": "EUR", "per_item": 0.05}, due="2026-12-31")
    if layout == "zip":
        return write_zip_package(folder / "shop.zip", document, files)
    return write_folder_package(folder / "shop", document, files)


def gold_file(folder: Path) -> Path:
    """Two text and two image gold items, with ids and file names that would give them away if shown."""
    (folder / "gold-media").mkdir(parents=True)
    lines = [
        {"item": text_item("gold-1", "a short review, number 9"), "annotation": label("positive")},
        {"item": text_item("gold-2", "a short review, number 10"), "annotation": label("negative")},
    ]
    for n, (x, y) in enumerate(((13.0625, 7.4375), (2.8125, 9.6875)), start=1):
        (folder / "gold-media" / f"gold-{n}.png").write_bytes(png_bytes(24, 16, (10, 10, 60 * n)))
        item = {"id": f"gold-img-{n}", "kind": "image", "media": f"gold-media/gold-{n}.png"}
        lines.append({"item": item, "annotation": {"boxes": [key_box(x, y)], "verified": True}})
    path = folder / "gold.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


def every_file(path: Path) -> dict[str, bytes]:
    """Every byte a package hands over: the zip file itself and each entry inflated, or every file of the folder."""
    if path.is_dir():
        return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}
    files = {path.name: path.read_bytes()}
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            files[info.filename] = archive.read(info)
    return files


# -- the plan -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("items", "annotators", "overlap"), [(12, 3, 2), (10, 4, 3), (7, 5, 1), (100, 7, 3), (5, 5, 5)]
)
def test_every_item_goes_to_exactly_overlap_annotators_and_loads_differ_by_at_most_one(
    items: int, annotators: int, overlap: int
) -> None:
    ids = [f"t{n}" for n in range(items)]
    names = [f"a{n}" for n in range(annotators)]
    plan = plan_assignment(ids, names, overlap=overlap, seed=5)

    holders = collections.Counter(item for given in plan.values() for item in given)
    assert holders == {item: overlap for item in ids}
    assert all(len(set(given)) == len(given) for given in plan.values())
    loads = [len(given) for given in plan.values()]
    assert max(loads) - min(loads) <= 1
    # Each annotator's items keep the source order.
    assert all(given == sorted(given, key=ids.index) for given in plan.values())


def test_the_same_seed_gives_the_same_plan_and_another_seed_another() -> None:
    ids, names = [f"t{n}" for n in range(40)], ["ada", "bo", "cy", "dee"]
    gold = ["g1", "g2", "g3"]
    first = plan_assignment(ids, names, overlap=2, seed=9, gold_ids=gold)
    assert plan_assignment(ids, names, overlap=2, seed=9, gold_ids=gold) == first
    assert plan_assignment(ids, names, overlap=2, seed=10, gold_ids=gold) != first


def test_each_kind_is_spread_as_evenly_as_the_items() -> None:
    ids = [f"t{n}" for n in range(20)] + [f"p{n}" for n in range(7)] + [f"s{n}" for n in range(4)]
    kinds = {item_id: {"t": "text", "p": "image", "s": "audio"}[item_id[0]] for item_id in ids}
    for seed in range(20):
        plan = plan_assignment(ids, ["ada", "bo", "cy"], overlap=2, seed=seed, kinds=kinds)
        loads = [len(given) for given in plan.values()]
        assert max(loads) - min(loads) <= 1
        for kind in ("text", "image", "audio"):
            per_kind = [sum(1 for item in given if kinds[item] == kind) for given in plan.values()]
            assert max(per_kind) - min(per_kind) <= 1, (seed, kind, per_kind)


def test_gold_goes_to_everyone_at_places_among_the_items() -> None:
    ids, gold = [f"t{n}" for n in range(200)], [f"g{n}" for n in range(10)]
    plan = plan_assignment(ids, ["ada", "bo", "cy"], overlap=1, seed=3, gold_ids=gold)

    for given in plan.values():
        assert sorted(item for item in given if item.startswith("g")) == sorted(gold)
        places = [index for index, item in enumerate(given) if item.startswith("g")]
        assert places != list(range(len(given) - len(gold), len(given)))  # not all at the end
        assert places[0] < len(given) // 2  # some in the first half
    assert len({tuple(i for i, item in enumerate(given) if item.startswith("g")) for given in plan.values()}) == 3


def test_a_chosen_number_of_gold_items_per_annotator_is_spread_evenly() -> None:
    gold = [f"g{n}" for n in range(5)]
    plan = plan_assignment(
        [f"t{n}" for n in range(30)],
        [f"a{n}" for n in range(6)],
        overlap=2,
        seed=1,
        gold_ids=gold,
        gold_per_annotator=2,
    )

    per_annotator = {name: [item for item in given if item.startswith("g")] for name, given in plan.items()}
    assert all(len(set(mine)) == 2 for mine in per_annotator.values())
    seen = collections.Counter(item for mine in per_annotator.values() for item in mine)
    assert set(seen) == set(gold) and max(seen.values()) - min(seen.values()) <= 1


@pytest.mark.parametrize(
    ("overlap", "per", "message"),
    [
        (0, None, "overlap must be from 1 to the number of annotators (3), not 0"),
        (4, None, "overlap must be from 1 to the number of annotators (3), not 4"),
        (1, 3, "3 gold items per annotator asked for, but 2 are given"),
    ],
)
def test_a_plan_that_cannot_be_made_says_why(overlap: int, per: int | None, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        plan_assignment(["t1"], ["a", "b", "c"], overlap=overlap, seed=0, gold_ids=["g1", "g2"], gold_per_annotator=per)


# -- the packages ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", ["zip", "folder"])
def test_no_byte_of_any_package_gives_a_gold_item_away(tmp_path: Path, layout: str) -> None:
    source = mixed_source(tmp_path, "zip")
    gold_path = gold_file(tmp_path)
    result = pack_team(
        source, output=tmp_path / "team", annotators=["ada", "bo", "cy"], overlap=2, gold=read_gold_items(gold_path),
        seed=4, layout=layout,
    )  # fmt: skip

    gold_lines = [json.loads(line) for line in gold_path.read_text().splitlines()]
    telling = [b"gold", b"answer", b"keybox7", b"13.0625", b"7.4375", b"2.8125", b"9.6875"]
    telling += [canonical_json(line["annotation"]) for line in gold_lines]
    telling += [json.dumps(line["annotation"]).encode() for line in gold_lines]
    assert len(result.packages) == 3
    for package in result.packages:
        assert package.gold == 4 and package.items == 12 * 2 // 3 + 4
        for name, data in every_file(package.path).items():
            for word in telling:
                assert word not in data.lower(), f"{package.path}: {name} holds {word!r}"
        assert validate_package(package.path) == []
        if layout == "zip":
            # Nor do the zip's records: every media file has the same date and mode, the gold ones too.
            with zipfile.ZipFile(package.path) as archive:
                media = [info for info in archive.infolist() if info.filename.startswith("media/")]
            assert len({(info.date_time, info.external_attr, info.compress_type) for info in media}) == 1


def test_gold_items_look_exactly_like_the_others(tmp_path: Path) -> None:
    source = mixed_source(tmp_path, "folder")
    result = pack_team(
        source, output=tmp_path / "team", annotators=2, overlap=1, gold=read_gold_items(gold_file(tmp_path)), seed=8
    )

    key = result.key
    for record in key.packages:
        package = open_package(result.packages[key.packages.index(record)].path)
        try:
            manifest = package.manifest
            with zipfile.ZipFile(package.path) as archive:
                raw = json.loads(archive.read("package.json"))
        finally:
            package.close()
        assert record.manifest_sha256 == package.manifest_sha256
        assert [item.id for item in manifest.items] == list(record.items)
        shapes = collections.defaultdict(set)
        for spec in raw["items"]:
            # Every id is twelve hex digits, every file named by it: nothing tells one item from another.
            assert len(spec["id"]) == 12 and set(spec["id"]) <= HEX_ID
            if "media" in spec:
                assert spec["media"] == f"media/{spec['id']}.png"
            shapes[spec["kind"]].add(frozenset(spec) - {"prelabel"})
        assert shapes == {
            "text": {frozenset({"id", "kind", "text"})},
            "image": {frozenset({"id", "kind", "media", "sha256"})},
        }
        assert {key_id for key_id in record.items.values() if key.is_gold(key_id)} == set(key.gold)


def test_packages_keep_the_sources_pay_due_instructions_labels_and_prelabels(tmp_path: Path) -> None:
    source = mixed_source(tmp_path, "zip")
    result = pack_team(source, output=tmp_path / "team", annotators=["ada"], overlap=1, seed=1)

    (only,) = result.packages
    assert only.package_id == "shop-ada" and only.gold == 0
    with zipfile.ZipFile(source) as archive:
        before = json.loads(archive.read("package.json"))
    with zipfile.ZipFile(only.path) as archive:
        after = json.loads(archive.read("package.json"))
    assert {k: v for k, v in after.items() if k != "id"} == {k: v for k, v in before.items() if k != "id"}
    assert result.key.packages[0].items == {item["id"]: item["id"] for item in before["items"]}  # no gold: ids kept


def test_the_same_seed_writes_the_same_bytes_and_no_seed_keeps_the_one_drawn(tmp_path: Path) -> None:
    source = mixed_source(tmp_path, "zip")
    gold = read_gold_items(gold_file(tmp_path))
    drawn = pack_team(source, output=tmp_path / "one", annotators=3, overlap=2, gold=gold)
    again = pack_team(source, output=tmp_path / "two", annotators=3, overlap=2, gold=gold, seed=drawn.key.seed)

    assert [p.package_id for p in drawn.packages] == ["shop-a1", "shop-a2", "shop-a3"]
    for first, second in zip(drawn.packages, again.packages, strict=True):
        assert first.path.read_bytes() == second.path.read_bytes()
    assert drawn.key_path.read_bytes() == again.key_path.read_bytes()


# -- the answer key ------------------------------------------------------------------------------------


def test_the_answer_key_holds_the_answers_the_assignment_and_every_package(tmp_path: Path) -> None:
    source = mixed_source(tmp_path, "zip")
    gold_path = gold_file(tmp_path)
    result = pack_team(
        source, output=tmp_path / "team", annotators=["ada", "bo"], overlap=2, gold=read_gold_items(gold_path), seed=2
    )

    assert result.key_path == tmp_path / f"team.{FILE_NAME}", "beside the team folder, never in it"
    assert sorted(p.name for p in (tmp_path / "team").iterdir()) == ["shop-ada.zip", "shop-bo.zip"]
    document = json.loads(result.key_path.read_text())
    schema = json.loads((SCHEMAS / "answer-key-v1.schema.json").read_text())
    Draft202012Validator.check_schema(schema)
    registry = Registry().with_resources(
        (doc["$id"], Resource.from_contents(doc))
        for doc in (json.loads(p.read_text()) for p in SCHEMAS.glob("*.schema.json"))
    )
    assert list(Draft202012Validator(schema, registry=registry).iter_errors(document)) == []

    key = read_answer_key(result.key_path)
    assert key == result.key
    source_package = open_package(source)
    source_package.close()
    assert (key.source_id, key.source_manifest_sha256) == ("shop", source_package.manifest_sha256)
    assert {gold_id: answer.annotation for gold_id, answer in key.gold.items()} == {
        json.loads(line)["item"]["id"]: json.loads(line)["annotation"] for line in gold_path.read_text().splitlines()
    }
    source_ids = {item.id for item in source_package.manifest.items}
    for record in key.packages:
        # Overlap 2 of 2: everyone has every item and every gold item.
        assert sorted(record.items.values()) == sorted(source_ids | set(key.gold))


def test_a_changed_answer_key_is_refused(tmp_path: Path) -> None:
    result = pack_team(mixed_source(tmp_path, "zip"), output=tmp_path / "team", annotators=2, overlap=1, seed=3)
    document = json.loads(result.key_path.read_text())
    document["overlap"] = 2
    result.key_path.write_text(json.dumps(document))
    with pytest.raises(BundleError, match="content_sha256 does not match"):
        read_answer_key(result.key_path)
    result.key_path.write_text(json.dumps({"format": "annotator.bundle"}))
    with pytest.raises(BundleError, match="'format' must be 'annotator.answer-key'"):
        read_answer_key(result.key_path)


# -- what is refused -------------------------------------------------------------------------------------


def one_gold(tmp_path: Path, item: dict[str, Any], annotation: Any = None) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"item": item, "annotation": annotation or label("positive")}) + "\n")
    return path


def test_a_gold_item_that_would_stand_out_or_carry_its_answer_is_refused(tmp_path: Path) -> None:
    source = mixed_source(tmp_path, "zip")
    cases = [
        (text_item("g1", "some text", lang="en"), "has fields id, kind, lang, text, but the package's text items have"),
        (
            text_item("g1", "some text", answer="positive"),
            "field 'answer' would ship an answer; answers never go in a package",
        ),
        (text_item("t3", "some text"), "gold item id 't3' is also an item of the package"),
    ]
    for item, message in cases:
        gold = read_gold_items(one_gold(tmp_path, item))
        with pytest.raises(PackageError, match=message):
            pack_team(source, output=tmp_path / "team", annotators=2, overlap=1, gold=gold, seed=0)
        assert not (tmp_path / "team").exists()


def test_gold_ids_are_kept_only_when_they_tell_nothing(tmp_path: Path) -> None:
    source = mixed_source(tmp_path, "zip")
    telling = read_gold_items(one_gold(tmp_path, text_item("gold-1", "some text")))
    with pytest.raises(PackageError, match="id 'gold-1' would tell annotators it is a test"):
        pack_team(source, output=tmp_path / "team", annotators=2, overlap=1, gold=telling, opaque_ids=False, seed=0)
    plain = [GoldItem(item=text_item("t99", "some text"), annotation=label("negative"), place="gold.jsonl:1")]
    result = pack_team(source, output=tmp_path / "team", annotators=2, overlap=1, gold=plain, opaque_ids=False, seed=0)
    assert all(record.items["t99"] == "t99" for record in result.key.packages)


def test_gold_lines_are_checked_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    lines = [
        json.dumps({"item": text_item("g1", "x"), "annotation": {"labels": "positive"}}),
        json.dumps({"item": text_item("g2", "x"), "annotation": label("positive"), "note": "hm"}),
        "{not json",
        json.dumps(
            {"item": {"id": "g3", "kind": "image", "media": "nope.png"}, "annotation": {"boxes": [], "verified": False}}
        ),
    ]
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(PackageError) as raised:
        read_gold_items(path)
    reasons = [str(problem) for problem in raised.value.problems]
    assert f"{path}:1: 'annotation.labels': must be a list (found a string)" in reasons
    assert f"{path}:1: 'annotation': missing field 'answer'" in reasons
    assert reasons[-3:] == [
        f"{path}:2: unknown field 'note' (a line holds only 'item' and 'annotation')",
        f"{path}:3: malformed JSON at line 1, column 2: Expecting property name enclosed in double quotes",
        f"{path}:4: media {tmp_path / 'nope.png'}: no such file or folder",
    ]


def test_the_output_must_be_a_new_or_empty_folder_in_a_folder_that_exists(tmp_path: Path) -> None:
    source = mixed_source(tmp_path, "zip")
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine")
    with pytest.raises(PackageError, match="output folder exists and is not empty"):
        pack_team(source, output=busy, annotators=2, overlap=1, seed=0)
    with pytest.raises(WriteError, match="does not exist"):
        pack_team(source, output=tmp_path / "no" / "team", annotators=2, overlap=1, seed=0)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert len(pack_team(source, output=empty, annotators=2, overlap=1, seed=0).packages) == 2
    assert (busy / "notes.txt").read_text() == "mine"


# -- the command line ------------------------------------------------------------------------------------


def test_pack_team_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = mixed_source(tmp_path, "zip")
    gold = gold_file(tmp_path)
    out = tmp_path / "team"

    argv = ["pack-team", str(source), "--annotators", "ada,bo,cy", "--overlap", "2", "--gold", str(gold)]
    assert main([*argv, "--seed", "4", "-o", str(out)]) == EXIT_OK

    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out == (
        f"ada: {out / 'shop-ada.zip'} (12 items, 4 of them gold)\n"
        f"bo: {out / 'shop-bo.zip'} (12 items, 4 of them gold)\n"
        f"cy: {out / 'shop-cy.zip'} (12 items, 4 of them gold)\n"
        f"Wrote 3 packages with overlap 2 and the answer key {out.parent / (out.name + '.' + FILE_NAME)}: keep the key to yourself, "
        "never send it with a package.\n"
    )
    # The same seed through the core writes the same bytes.
    again = pack_team(
        source, output=tmp_path / "again", annotators=["ada", "bo", "cy"], overlap=2, gold=read_gold_items(gold), seed=4
    )
    assert again.key_path.read_bytes() == (out.parent / f"{out.name}.{FILE_NAME}").read_bytes()


def test_pack_team_command_refusals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = mixed_source(tmp_path, "zip")
    missing = tmp_path / "nope.jsonl"
    assert (
        main(
            [
                "pack-team",
                str(source),
                "--count",
                "2",
                "--overlap",
                "1",
                "--gold",
                str(missing),
                "-o",
                str(tmp_path / "t"),
            ]
        )
        == EXIT_INVALID
    )
    assert capsys.readouterr().err == f"error: {missing}: no such file or folder\n1 problem found.\n"

    assert main(["pack-team", str(source), "--count", "2", "--overlap", "3", "-o", str(tmp_path / "t")]) == EXIT_INVALID
    assert capsys.readouterr().err == (
        f"error: {source}: overlap must be from 1 to the number of annotators (2), not 3\n1 problem found.\n"
    )
    assert (
        main(
            ["pack-team", str(source), "--annotators", "ada,Ada Lovelace", "--overlap", "1", "-o", str(tmp_path / "t")]
        )
        == EXIT_INVALID
    )
    assert "annotator 'Ada Lovelace' must be a pseudonym" in capsys.readouterr().err
    assert not (tmp_path / "t").exists()


def test_an_earlier_answer_key_beside_the_folder_is_never_replaced(tmp_path: Path) -> None:
    from annotator.core.errors import PackageError
    from annotator.core.quality.answer_key import key_path_for

    source = mixed_source(tmp_path, "zip")
    earlier = key_path_for(tmp_path / "team")
    earlier.write_bytes(b"the only record of round 1's gold answers")
    with pytest.raises(PackageError, match="an answer key is already there"):
        pack_team(source, output=tmp_path / "team", annotators=["ada", "bo"], overlap=1, seed=1)
    assert earlier.read_bytes() == b"the only record of round 1's gold answers"
    assert not (tmp_path / "team").exists(), "nothing was written"
