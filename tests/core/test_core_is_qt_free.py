"""The core imports and runs with Qt made impossible to import, and the import-linter contract holds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT

# Run in a fresh interpreter: this test process may well have imported Qt already.
SCRIPT = """
import importlib
import importlib.abc
import pkgutil
import sys
import tempfile
from pathlib import Path

BLOCKED = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"Qt is blocked in the core: {name}")
        return None


sys.meta_path.insert(0, BlockQt())
try:
    import PySide6  # noqa: F401
except ImportError as exc:
    assert "blocked" in str(exc), exc
else:
    raise SystemExit("the import hook did not block PySide6")

import annotator.core

names = sorted(m.name for m in pkgutil.walk_packages(annotator.core.__path__, "annotator.core."))
for name in names:
    importlib.import_module(name)

from annotator.app_paths import demo_package_path
from annotator.core.bundle import read_bundle
from annotator.core.model import Status
from annotator.core.package import open_package, validate_package
from annotator.core.session import PackageSession
from annotator.core.workspace import Workspace

assert validate_package(demo_package_path()) == []
package = open_package(demo_package_path())
with tempfile.TemporaryDirectory() as temp:
    with Workspace.open(Path(temp) / "ws") as workspace:
        session = PackageSession(package, workspace)
        item = session.current_item
        workspace.set_annotation(session.package_id, item.id, {"boxes": [], "verified": False})
        workspace.set_status(session.package_id, item.id, Status.DONE)
        session.export_bundle(Path(temp) / "out.bundle.json")
    document = read_bundle(Path(temp) / "out.bundle.json")
package.close()
assert document["summary"]["done"] == 1, document["summary"]

qt = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
assert not qt, qt
print("imported", len(names), "modules")
"""


def test_core_imports_and_runs_without_qt() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=REPO_ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    count = int(result.stdout.split()[1])
    expected = [p for p in (REPO_ROOT / "annotator" / "core").rglob("*.py") if p.name != "__init__.py"]
    assert count >= len(expected)


def test_import_linter_contract_is_kept() -> None:
    lint_imports = Path(sys.executable).parent / "lint-imports"
    assert lint_imports.exists(), f"{lint_imports} is missing: install the dev extras"
    result = subprocess.run([str(lint_imports)], capture_output=True, text=True, cwd=REPO_ROOT, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "The core never imports Qt KEPT" in result.stdout
