"""Finding English left in a translated UI: every text a widget tree shows, checked against the English sources."""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from annotator.ui.i18n import i18n_dir

# Texts that read the same in Italian and German (key names, symbols, numbers, names of things).
SAME_IN_EVERY_LANGUAGE = re.compile(r"^[\W\d_]*$|^(A|B|C|D|OK|N/A|MQM|ESA|JSON|CSV|URL|WebDAV|S3)$")


@functools.cache
def english_sources() -> frozenset[str]:
    """Every source text of the app's .ts files, without '&' mnemonics."""
    texts = set()
    for path in i18n_dir().glob("*_it.ts"):
        for source in ET.parse(path).iter("source"):
            if source.text:
                texts.add(source.text.replace("&", ""))
    return frozenset(texts)


def shown_texts(root: QWidget) -> Iterable[tuple[str, str]]:
    """(where, text) for each text the widget tree shows: labels, buttons, menus, tabs, titles, placeholders."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if widget.isWindow() and widget.windowTitle():
            yield name, widget.windowTitle()
        if isinstance(widget, QLabel):
            yield name, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield name, widget.placeholderText()
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield f"{name} tab {index}", widget.tabText(index)
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{name} item {index}", widget.itemText(index)
        if isinstance(widget, QMenu):
            yield name, widget.title()
        for action in widget.actions():
            if isinstance(action, QAction) and action.text():
                yield f"{name} action {action.objectName()}", action.text()


def untranslated(root: QWidget, *, package_texts: Iterable[str] = ()) -> list[tuple[str, str]]:
    """The texts under `root` that are still an English source text (a package's own texts are not the app's)."""
    sources = english_sources()
    exempt = {text.replace("&", "") for text in package_texts}
    found = []
    for where, text in shown_texts(root):
        plain = text.replace("&", "").strip()
        if not plain or plain in exempt or SAME_IN_EVERY_LANGUAGE.match(plain):
            continue
        if plain in sources:
            found.append((where, text))
    return found


@functools.cache
def translation_pattern(language: str) -> re.Pattern[str]:
    """One pattern matching any finished translation of `language`, placeholders ({name}, %1, %n) matching anything."""
    pieces = []
    for path in i18n_dir().glob(f"*_{language}.ts"):
        for message in ET.parse(path).iter("message"):
            translation = message.find("translation")
            forms = [translation] if translation is not None and len(translation) == 0 else list(translation or [])
            for form in forms:
                if form is None or not form.text or (form.get("type") or "") in ("unfinished", "obsolete"):
                    continue
                text = re.escape(form.text.replace("&", "").strip())
                pieces.append(re.sub(r"\\\{[^}]*\\\}|%n|%\d", ".+?", text))
    return re.compile("|".join(sorted(set(pieces), key=len, reverse=True)) or "(?!)", re.DOTALL)


def not_in_language(root: QWidget, language: str, *, package_texts: Iterable[str] = ()) -> list[tuple[str, str]]:
    """The texts under `root` that are no translation into `language` (nor a package's own text, nor language-free)."""
    pattern = translation_pattern(language)
    exempt = {text.replace("&", "").strip() for text in package_texts}
    found = []
    for where, text in shown_texts(root):
        plain = text.replace("&", "").strip()
        if not plain or plain in exempt or SAME_IN_EVERY_LANGUAGE.match(plain):
            continue
        # A line of parts joined by " · " (progress, hints) is translated part by part.
        if not pattern.fullmatch(plain) and not all(pattern.fullmatch(part) for part in plain.split(" · ")):
            found.append((where, text))
    return found
