"""The UI's translations: Qt translators for the chosen language, loaded from resources/i18n/*.qm.

Strings reach people through Qt's translation functions: `self.tr("…")` in a QObject's methods,
`translate("context", "…")` elsewhere (the action table, menus, module-level texts), never an
f-string (a translation needs the literal text: `self.tr("Item {n} of {total}").format(...)`).
`tools/update_translations.py` collects them with pyside6-lupdate into one .ts file per area and
language (shell, dialogs, editors, evaluation, review, actions) and compiles the .qm files shipped here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from annotator.app_paths import resources_dir

TRANSLATED = ("it", "de")
# Held here: a QTranslator that Python let go of would vanish from the application.
_installed: list[QTranslator] = []
# The language those translators speak, and the files they came from.
_installed_for: dict[str, object] = {"language": None, "app": None, "loaded": []}


def i18n_dir() -> Path:
    """Where the compiled translations (.qm) and their sources (.ts) are."""
    return resources_dir() / "i18n"


def install_translations(language: str) -> list[Path]:
    """Speak `language` ('en', 'it', 'de') from now on: the app's translations and Qt's own; returns the files loaded."""
    app = QCoreApplication.instance()
    if app is None:
        return []
    if _installed_for["language"] == language and _installed_for["app"] is app:
        # Installed already (each main window applies the stored choice when built): taking them out and
        # in again would only send every widget of the app two LanguageChange events per translator.
        return list(_installed_for["loaded"])
    _installed_for.update(language=language, app=app, loaded=[])
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in TRANSLATED:
        return []
    loaded: list[Path] = []
    qt_own = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_folder):  # the standard buttons (OK, Cancel, …) and dialogs
        app.installTranslator(qt_own)
        _installed.append(qt_own)
        loaded.append(Path(qt_folder) / f"qtbase_{language}.qm")
    for path in sorted(i18n_dir().glob(f"*_{language}.qm")):
        translator = QTranslator()
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(path)
    _installed_for["loaded"] = loaded
    return loaded


def translate(context: str, text: str, count: int = -1) -> str:
    """`text` in the UI's language (as `self.tr` does inside a QObject of class `context`)."""
    return QCoreApplication.translate(context, text, None, count)
