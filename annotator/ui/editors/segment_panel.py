"""The selected segment's panel: which segment, its speaker, and the text box the transcript is typed in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from annotator.core.segments import format_timestamp, insert_snippet
from annotator.ui.i18n import translate

# English here, translated where shown (SegmentPanel.show_segment).
NO_SPEAKER = QT_TRANSLATE_NOOP("SegmentPanel", "— no speaker —")
NO_SEGMENT_HINT = QT_TRANSLATE_NOOP(
    "SegmentPanel",
    "No segment selected. Drag on the waveform, or press Ctrl+Shift+N to start one at the playhead; "
    "Alt+Up/Alt+Down move between segments.",
)


def _code_points(text: str, utf16_position: int) -> int:
    return len(text.encode("utf-16-le")[: 2 * utf16_position].decode("utf-16-le"))


class TranscriptTextBox(QPlainTextEdit):
    """A plain text box whose Ctrl+Z/Ctrl+Shift+Z reach the app's undo stack instead of a private one."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setUndoRedoEnabled(False)  # one history for everything: the workspace's edits
        self._absorb_space_at: int | None = None

    def absorb_next_space(self) -> None:
        """A space typed next, right here, is swallowed: the space just inserted before the cursor is it."""
        cursor = self.textCursor()
        before = self.document().characterAt(cursor.position() - 1) if cursor.position() else ""
        self._absorb_space_at = cursor.position() if before == " " else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A tag ends with a space so the next word can be typed on; a person types a space first anyway,
        # and that one must not make a double space. Only the very next key, at the very same place.
        absorb, self._absorb_space_at = self._absorb_space_at, None
        cursor = self.textCursor()
        if absorb is not None and event.text() == " " and not cursor.hasSelection() and cursor.position() == absorb:
            event.accept()
            return
        super().keyPressEvent(event)

    @staticmethod
    def _is_undo_key(event: QEvent) -> bool:
        return isinstance(event, QKeyEvent) and (
            event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._is_undo_key(event):
            event.ignore()  # let the window's undo/redo shortcut have the key
            return False
        return super().event(event)


class SegmentPanel(QWidget):
    """Shows one segment; reports typing and speaker picks, never stores anything itself."""

    text_edited = Signal(str)
    speaker_chosen = Signal(object)  # str, or None for no speaker

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("segment_panel")
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.PlainText)  # package text, never markup
        self.header.setObjectName("segment_header")
        # Wrapped, so the times never hold the panel wider than a narrow window leaves for it.
        self.header.setWordWrap(True)
        self.speaker = QComboBox()
        self.speaker.setObjectName("segment_speaker")
        self.speaker.setAccessibleName(self.tr("Speaker"))
        # Sized to a short name, not to "— no speaker —", so the header keeps room in a narrow window.
        self.speaker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.speaker.setMinimumContentsLength(8)
        self.speaker.activated.connect(self._on_speaker_activated)
        self.text_box = TranscriptTextBox()
        self.text_box.setObjectName("segment_text")
        self.text_box.setAccessibleName(self.tr("Transcript of the segment"))
        font = QFont(self.text_box.font())
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.3)
        self.text_box.setFont(font)
        self.text_box.textChanged.connect(self._on_text_changed)
        # The header on a line of its own: beside the speaker box it held the panel ~270 px wide,
        # more than a 1024 px window with both side panels open leaves it.
        top = QHBoxLayout()
        speaker_label = QLabel(self.tr("Speaker"))
        speaker_label.setBuddy(self.speaker)  # a screen reader names the box by it
        top.addWidget(speaker_label)
        top.addWidget(self.speaker, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addLayout(top)
        layout.addWidget(self.text_box, 1)
        self._syncing = False
        self.show_segment(None, None, ())

    def show_segment(self, index: int | None, segment: dict[str, Any] | None, speakers: tuple[str, ...]) -> None:
        """Show a segment (or none); the text box is only rewritten when its text differs, so the cursor stays."""
        self._syncing = True
        try:
            names = [translate("SegmentPanel", NO_SPEAKER), *speakers]
            if segment is not None and segment.get("speaker") and segment["speaker"] not in speakers:
                names.append(segment["speaker"])  # a prelabel's speaker the schema does not list
            if [self.speaker.itemText(i) for i in range(self.speaker.count())] != names:
                self.speaker.clear()
                self.speaker.addItems(names)
            if segment is None or index is None:
                self.header.setText(self.tr("No segment selected"))
                self.text_box.setReadOnly(True)
                self.text_box.setPlaceholderText(translate("SegmentPanel", NO_SEGMENT_HINT))
                if self.text_box.toPlainText():
                    self.text_box.setPlainText("")
                self.speaker.setEnabled(False)
                self.speaker.setCurrentIndex(0)
                return
            start, end = (format_timestamp(segment[edge]).strip("[]") for edge in ("start", "end"))
            # The times are the transcript's own (mm:ss.t); the length is a number for people, in their digits.
            length = QLocale().toString(segment["end"] - segment["start"], "f", 1)
            header = self.tr("Segment {number} · {start}–{end} · {seconds} s")
            self.header.setText(header.format(number=index + 1, start=start, end=end, seconds=length))
            self.text_box.setReadOnly(False)
            self.text_box.setPlaceholderText(self.tr("Type what is said…"))
            if self.text_box.toPlainText() != segment.get("text", ""):
                self._set_text_keeping_cursor(segment.get("text", ""))
            self.speaker.setEnabled(True)
            self.speaker.setCurrentIndex(names.index(segment["speaker"]) if segment.get("speaker") else 0)
        finally:
            self._syncing = False

    def _set_text_keeping_cursor(self, text: str) -> None:
        position = self.text_box.textCursor().position()
        self.text_box.setPlainText(text)
        cursor = self.text_box.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.text_box.setTextCursor(cursor)

    def cursor_position(self) -> int:
        """Where the text cursor is, as a character offset into the segment's text."""
        return self.text_box.textCursor().position()

    def insert_at_cursor(self, snippet: str) -> None:
        """Type a tag or timestamp at the cursor (replacing a selection), one space from the words around it."""
        if self.text_box.isReadOnly():
            return
        cursor = self.text_box.textCursor()
        text = self.text_box.toPlainText()
        # The widget counts UTF-16 units, the text code points: an emoji earlier in the line is two units.
        start, end = (_code_points(text, position) for position in (cursor.selectionStart(), cursor.selectionEnd()))
        new_text, after_inserted = insert_snippet(text, start=start, end=end, snippet=snippet)
        cursor.insertText(new_text[start:after_inserted])
        self.text_box.setTextCursor(cursor)
        self.text_box.moveCursor(QTextCursor.MoveOperation.NoMove)
        self.text_box.absorb_next_space()

    def _on_text_changed(self) -> None:
        if not self._syncing and not self.text_box.isReadOnly():
            self.text_edited.emit(self.text_box.toPlainText())

    def _on_speaker_activated(self, index: int) -> None:
        if not self._syncing:
            self.speaker_chosen.emit(None if index == 0 else self.speaker.itemText(index))
