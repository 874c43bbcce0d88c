"""What the annotator used last, kept in the workspace: recent packages (File ▸ Recent) and the dialogs' folders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMenu

from annotator.core.workspace import Workspace

RECENT_SETTING = "recent_packages"
FOLDERS_SETTING = "last_folders"
RECENT_LIMIT = 8


class RecentPackages:
    """The last packages opened, newest first, as (path, title) pairs."""

    def __init__(self, workspace: Workspace):
        self._workspace = workspace

    def entries(self) -> list[tuple[str, str]]:
        """Path and title of each recent package, newest first."""
        stored = self._workspace.setting(RECENT_SETTING, []) or []
        return [
            (str(entry["path"]), str(entry.get("title", "")))
            for entry in stored
            if isinstance(entry, dict) and isinstance(entry.get("path"), str)
        ]

    def add(self, path: Path | str, title: str) -> None:
        """Put a package first (once), keeping the newest RECENT_LIMIT."""
        # Absolute, so an `annotator open pkg.zip` from one folder still opens from another.
        chosen = str(Path(path).absolute())
        entries = [(p, t) for p, t in self.entries() if p != chosen]
        entries.insert(0, (chosen, title))
        self._save(entries[:RECENT_LIMIT])

    def clear(self) -> None:
        """Forget every recent package."""
        self._save([])

    def _save(self, entries: list[tuple[str, str]]) -> None:
        self._workspace.set_setting(RECENT_SETTING, [{"path": path, "title": title} for path, title in entries])


class RecentMenu(QMenu):
    """File ▸ Recent packages, rebuilt each time it opens; a package no longer where it was is greyed."""

    def __init__(self, recent: RecentPackages, open_package: Callable[[str], object], parent: Any = None):
        super().__init__(parent)
        self.setTitle(self.tr("&Recent packages"))
        self.setObjectName("recent_menu")
        self._recent = recent
        self._open_package = open_package
        self.aboutToShow.connect(self._on_about_to_show)

    def _on_about_to_show(self) -> None:
        self.clear()
        entries = self._recent.entries()
        for number, (path, title) in enumerate(entries, start=1):
            # A folder package may have been opened by its package.json: the folder says which one.
            name = Path(path).parent.name if Path(path).name == "package.json" else Path(path).name
            present = Path(path).exists()
            # The package's own title and file name, never translated (and never a mnemonic: & doubled).
            label = (f"{title} ({name})" if title else name).replace("&", "&&")
            # &1 … &8: a digit opens the package from the keyboard once the menu is open.
            if not present:
                label = self.tr("{package} — not found").format(package=label)
            action = self.addAction(f"&{number} {label}")
            action.setObjectName(f"recent_{number}")
            action.setStatusTip(path)
            action.setToolTip(path)
            action.setEnabled(present)
            action.triggered.connect(lambda _checked=False, p=path: self._open_package(p))
        if not entries:
            self.addAction(self.tr("No packages opened yet")).setEnabled(False)
        self.addSeparator()
        clear = self.addAction(self.tr("&Clear list"))
        clear.setEnabled(bool(entries))
        clear.triggered.connect(self._recent.clear)


class LastFolders:
    """The folder each file dialog was last used in ("open", "export"), so it starts there next time."""

    def __init__(self, workspace: Workspace):
        self._workspace = workspace

    def folder(self, dialog: str) -> Path | None:
        """Where the dialog was last used, if that folder still exists."""
        stored = (self._workspace.setting(FOLDERS_SETTING, {}) or {}).get(dialog)
        if isinstance(stored, str) and Path(stored).is_dir():
            return Path(stored)
        return None

    def remember(self, dialog: str, chosen_file: Path | str) -> None:
        """Note the folder of the file just chosen in a dialog."""
        folders = dict(self._workspace.setting(FOLDERS_SETTING, {}) or {})
        folders[dialog] = str(Path(chosen_file).absolute().parent)
        self._workspace.set_setting(FOLDERS_SETTING, folders)
