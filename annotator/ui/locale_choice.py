"""The UI language the annotator chose (System, English, Italiano, Deutsch): stored, readable, and the locale set from it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

LANGUAGE_SETTING = "ui.language"
# (code, name shown): each name in its own language, so a user who cannot read the current one finds theirs;
# only "System" is the UI's word, translated where shown (context "LocaleChoice").
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("system", QT_TRANSLATE_NOOP("LocaleChoice", "System")),
    ("en", "English"),
    ("it", "Italiano"),
    ("de", "Deutsch"),
)
SUPPORTED = ("en", "it", "de")
_LOCALES = {"en": QLocale.Language.English, "it": QLocale.Language.Italian, "de": QLocale.Language.German}

_chosen = {"code": "system"}


def stored_language(workspace: Any) -> str:
    """The language chosen in a workspace: "system" or one of SUPPORTED (anything else: "system")."""
    value = workspace.setting(LANGUAGE_SETTING, "system")
    return value if value in dict(LANGUAGES) else "system"


def store_language(workspace: Any, code: str) -> None:
    """Keep the annotator's choice of language in the workspace."""
    if code not in dict(LANGUAGES):
        raise ValueError(f"Unknown UI language {code!r}: choose one of {', '.join(dict(LANGUAGES))}")
    workspace.set_setting(LANGUAGE_SETTING, code)


def effective_language(code: str | None = None) -> str:
    """The language the UI should speak: the choice, or for "system" the system's if supported, else English."""
    code = _chosen["code"] if code is None else code
    if code in SUPPORTED:
        return code
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def chosen_language() -> str:
    """The choice applied last in this process ("system" until one is applied); the translations read it."""
    return _chosen["code"]


def locale_for(code: str) -> QLocale:
    """The QLocale numbers and dates are written in: the system's for "system", else the language's own."""
    if code not in _LOCALES:
        return QLocale.system()
    # The system's country where it speaks that language (de_CH, it_CH), else the language's main one.
    system = QLocale.system()
    if system.language() == _LOCALES[code]:
        return system
    return QLocale(_LOCALES[code])


def language_in_force() -> tuple[str, str]:
    """The language the UI speaks now and the locale its numbers and dates are written in, e.g. ("de", "de_DE")."""
    return effective_language(), QLocale().name()


def apply_language(code: str) -> None:
    """Use a language choice now: QLocale's default (number and date formats) follows it.

    The translations are installed for it too, and Qt sends every widget a LanguageChange event: widgets
    built from now on speak the language; widgets already built keep the texts they were given unless they
    rebuild on that event (the settings dialog does; the app's main window is built again, window_swap.py).
    """
    _chosen["code"] = code if code in dict(LANGUAGES) else "system"
    QLocale.setDefault(locale_for(_chosen["code"]))
    from annotator.ui.i18n import install_translations  # the translators need a QCoreApplication: not at import

    install_translations(effective_language())
