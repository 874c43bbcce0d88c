"""The format registry: ids are unique, and an unknown id is refused naming the ones there are."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.formats.catalog import load
from annotator.core.formats.registry import Format, UnknownFormatError, get_format, register


def test_an_unknown_format_is_refused_naming_the_known_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    known = sorted(fid for fid, fmt in load().items() if fmt.write)
    code = main(
        [
            "export",
            "--format",
            "no-such",
            str(tmp_path / "b.bundle.json"),
            "--package",
            str(tmp_path),
            "-o",
            str(tmp_path / "out"),
        ]
    )
    assert code == 2
    assert capsys.readouterr().err == f"error: cannot export to 'no-such'; formats: {', '.join(known)}\n"


@pytest.fixture
def scratch_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Formats registered by a test vanish after it."""
    from annotator.core.formats import registry

    monkeypatch.setattr(registry, "FORMATS", dict(load()))


def test_ids_are_unique(scratch_registry: None) -> None:
    with pytest.raises(ValueError, match="registered twice"):
        register(Format(id="dup-test", title="x", kinds=("image",)))
        register(Format(id="dup-test", title="x", kinds=("image",)))


def test_direction_matters(scratch_registry: None) -> None:
    register(Format(id="write-only-test", title="x", kinds=("text",), write=lambda d, p: []))
    assert get_format("write-only-test", direction="out").id == "write-only-test"
    with pytest.raises(UnknownFormatError, match="cannot import from 'write-only-test'"):
        get_format("write-only-test", direction="in")
