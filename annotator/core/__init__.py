"""Qt-free core: packages, workspace, bundles, edits. Never imports PySide6."""
