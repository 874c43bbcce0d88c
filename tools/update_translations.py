"""Collect the UI's strings into resources/i18n/<area>_<lang>.ts (pyside6-lupdate) and compile the .qm files.

`python tools/update_translations.py` updates the sources (translations already made are kept);
`--release` also compiles them; `--area editors` limits both to one area. The action table is data,
not calls lupdate can see, so its texts, descriptions, menu titles and areas are written to a
generated source file first, in the `actions` context `annotator.ui.actions` translates them in.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
UI = REPO / "annotator" / "ui"
I18N = REPO / "resources" / "i18n"
LANGUAGES = ("it", "de")
BIN = Path(sys.executable).parent


def area_files() -> dict[str, list[Path]]:
    """The source files of each area; every UI module is in exactly one."""
    evaluation_prefixes = ("pairwise", "rating", "translation", "rewrite", "evaluation")
    every_editor = sorted((UI / "editors").glob("*.py"))
    evaluation = [path for path in every_editor if path.stem.startswith(evaluation_prefixes)]
    editors = [path for path in every_editor if path not in evaluation]
    dialogs = sorted((UI / "dialogs").glob("*.py"))
    review = sorted((UI / "review").glob("*.py"))
    shell = sorted(UI.glob("*.py")) + sorted((UI / "widgets").glob("*.py"))
    return {"shell": shell, "dialogs": dialogs, "editors": editors, "evaluation": evaluation, "review": review}


def action_strings() -> str:
    """A Python source of QT_TRANSLATE_NOOP calls for every text of the action table."""
    sys.path.insert(0, str(REPO))
    from annotator.ui.actions import ACTIONS_CONTEXT, ALL_ACTIONS, AREAS, MENU_ORDER
    from annotator.ui.review.review_actions import REVIEW_ACTIONS

    texts: list[str] = []
    for spec in (*ALL_ACTIONS, *REVIEW_ACTIONS):
        texts += [spec.text, spec.description, f"&{spec.menu}"]
    texts += [f"&{name}" for name in MENU_ORDER] + list(AREAS.values()) + ["Whole window"]
    unique = [text for index, text in enumerate(texts) if text and text not in texts[:index]]
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    lines += [f"QT_TRANSLATE_NOOP({ACTIONS_CONTEXT!r}, {text!r})" for text in unique]
    return "\n".join(lines) + "\n"


def update(area: str, files: list[Path]) -> None:
    """Run lupdate for one area into each language's .ts (keeping the translations already there)."""
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        target = I18N / f"{area}_{language}.ts"
        command = [str(BIN / "pyside6-lupdate"), *map(str, files), "-no-obsolete", "-ts", str(target)]
        if area == "actions":  # its source is a temporary file: a location would change the .ts on every run
            command[-2:-2] = ["-locations", "none"]
        subprocess.run(command, check=True, cwd=REPO)


def release(area: str) -> None:
    """Compile one area's .ts files into the .qm files the app loads."""
    for language in LANGUAGES:
        source = I18N / f"{area}_{language}.ts"
        if source.exists():
            subprocess.run([str(BIN / "pyside6-lrelease"), str(source), "-qm", str(source.with_suffix(".qm"))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--area", choices=("shell", "dialogs", "editors", "evaluation", "review", "actions"))
    parser.add_argument("--release", action="store_true", help="also compile the .qm files")
    args = parser.parse_args()
    areas = area_files()
    with tempfile.TemporaryDirectory() as scratch:
        generated = Path(scratch) / "action_strings.py"
        generated.write_text(action_strings(), encoding="utf-8")
        areas["actions"] = [generated]
        for area, files in areas.items():
            if args.area in (None, area):
                update(area, files)
                if args.release:
                    release(area)
    return 0


if __name__ == "__main__":
    sys.exit(main())
