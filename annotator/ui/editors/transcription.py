"""The transcription editor: waveform, segments and a text box per segment, with playback keys that work while typing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from annotator.core import segments as seg_ops
from annotator.core.edits import Edit, SetAnnotation
from annotator.core.errors import MediaError
from annotator.core.media.audio import open_audio
from annotator.core.media.peaks import PeaksCache
from annotator.core.model import Item, LabelSchema
from annotator.core.playback.player import Player
from annotator.core.session import PackageSession
from annotator.ui.actions import TRANSCRIPTION_ACTIONS, build_action
from annotator.ui.audio_output import REWIND_SETTING, store_rewind, stored_rewind
from annotator.ui.editors.audio_controls import AudioControls
from annotator.ui.editors.segment_list import SegmentList
from annotator.ui.editors.segment_panel import SegmentPanel
from annotator.ui.editors.transcription_playback import SKIP_SECONDS, TranscriptionPlayback
from annotator.ui.editors.waveform_view import WaveformView
from annotator.ui.workers import run_in_background

NEW_SEGMENT_SECONDS = 2.0
DEFAULT_TAGS = ("[inaudible]", "[crosstalk]", "[laughter]")


def tag_palette(schema: LabelSchema) -> tuple[str, ...]:
    """The tags on Alt+1..9: the three standard ones first (stable keys), then the schema's own."""
    return (DEFAULT_TAGS + tuple(tag for tag in schema.tags if tag not in DEFAULT_TAGS))[:9]


def _key_text(keys: str) -> str:
    """Keys as the UI language names them (Strg+Umschalt+1 in German), like the menus."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class TranscriptionEditor(QWidget):
    """Segments on a waveform, edited by mouse and keys; every change is one undoable edit, stored at once."""

    item_shown = Signal(str)
    waveform_loaded = Signal(str)  # item id: its peaks are on both waveforms (computed, or from the cache)

    def __init__(self, context: Any, parent: Any = None, *, player: Player | None = None):
        super().__init__(parent)
        self.setObjectName("transcription_editor")
        self._context = context
        self.player = player if player is not None else Player()
        self._session: PackageSession | None = None
        self._item: Item | None = None
        self._schema = LabelSchema(mode="single", labels=())
        self._annotation: dict[str, Any] = seg_ops.empty_annotation()
        self._duration: float | None = None
        self._selected: int | None = None
        self._token = 0  # bumps with every item shown, so late worker results for another item are dropped
        self._tag_edit: str | None = None
        self._peaks_cache = PeaksCache(context.workspace.folder / "peaks")

        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # package text, never markup
        self.message.setObjectName("editor_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("background:#f8d7da;color:#58151c;padding:8px;border-radius:4px;")
        self.message.hide()
        self.controls = AudioControls()
        self.overview = WaveformView(editable=False)
        self.overview.setMaximumHeight(56)
        self.waveform = WaveformView(editable=True)
        self.segment_list = SegmentList()
        self.panel = SegmentPanel()
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)  # package text, never markup
        self.hint.setObjectName("transcription_hint")
        self.hint.setWordWrap(True)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.segment_list)
        lower.addWidget(self.panel)
        lower.setChildrenCollapsible(False)
        # The list about two thirds: its time and speaker columns take ~190 px before the Text column
        # gets any, and with both side panels open a 1024 px window leaves the editor ~580 px. The
        # text panel below wraps, so it reads well narrower.
        lower.setStretchFactor(0, 2)
        lower.setStretchFactor(1, 1)
        lower.setSizes([650, 350])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.message)
        layout.addWidget(self.controls)
        layout.addWidget(self.overview)
        layout.addWidget(self.waveform, 2)
        layout.addWidget(lower, 3)
        layout.addWidget(self.hint)

        self.playback = TranscriptionPlayback(
            self.player, editor=self, controls=self.controls, overview=self.overview, waveform=self.waveform
        )
        self._connect()
        self.actions_by_id = self._build_actions()
        # Actions that need a sound device; the rest (segments, text, tags) work without one.
        self.playback.bind_actions([self.actions_by_id[name] for name in self.playback.action_handlers()])
        # The auto-rewind is the annotator's setting (also in Settings ▸ Audio): kept for every file and restart.
        self.controls.rewind.setValue(stored_rewind(context.workspace))
        self.controls.auto_rewind_changed.connect(lambda seconds: store_rewind(context.workspace, seconds))

    def _connect(self) -> None:
        self.waveform.segment_clicked.connect(lambda index: self._select(None if index < 0 else index))
        self.waveform.segment_drawn.connect(self._on_waveform_segment_drawn)
        self.waveform.edge_moved.connect(self._on_waveform_edge_moved)
        self.waveform.view_changed.connect(self.overview.set_window)
        self.segment_list.segment_chosen.connect(lambda index: self._select(index, seek=True))
        self.panel.text_edited.connect(self._on_panel_text_edited)
        self.panel.speaker_chosen.connect(self._set_speaker)

    def _build_actions(self) -> dict[str, Any]:
        handlers: dict[str, Callable[[], object]] = {
            **self.playback.action_handlers(),
            "timestamp": lambda: self._insert(
                seg_ops.format_timestamp(self.player.position), self.tr("Insert timestamp")
            ),
            "new_segment": self._new_segment_at_playhead,
            "split": self._split_at_playhead,
            "merge": self._merge_selected,
            "delete": self._delete_selected,
            "set_start": lambda: self._move_edge_to_playhead("start"),
            "set_end": lambda: self._move_edge_to_playhead("end"),
            "previous_segment": lambda: self._select_step(-1),
            "next_segment": lambda: self._select_step(1),
            "next_speaker": self._next_speaker,
            "zoom_in": lambda: self.waveform.zoom_by(1.5),
            "zoom_out": lambda: self.waveform.zoom_by(1 / 1.5),
        }
        for number in range(1, 10):
            handlers[f"tag_{number}"] = lambda n=number: self._insert_tag(n)
            handlers[f"speaker_{number}"] = lambda n=number: self._speaker_by_number(n)
        return {
            spec.id.removeprefix("transcription."): build_action(
                self, spec, handlers[spec.id.removeprefix("transcription.")]
            )
            for spec in TRANSCRIPTION_ACTIONS
        }

    # -- showing an item ---------------------------------------------------------------------

    def settings_changed(self, key: str) -> None:
        """A setting changed in the settings dialog: the auto-rewind is in force for the next resume."""
        if key == REWIND_SETTING:
            self.controls.rewind.setValue(stored_rewind(self._context.workspace))

    def show_item(self, session: PackageSession, item: Item) -> None:
        """Show an item's segments at once; the file is opened, and its peaks computed, in workers."""
        self._token += 1
        token = self._token
        self.playback.unload()
        self._session, self._item = session, item
        self._schema = session.manifest.label_schemas.get("audio", LabelSchema(mode="single", labels=()))
        self._duration = None
        self._selected = None
        self.message.hide()
        self.waveform.set_peaks(None)
        self.overview.set_peaks(None)
        self._load_annotation()
        self._selected = 0 if self.segments() else None  # ready to type into the first segment
        self._render()
        package = session.package
        name = package.source.display(item.media or "")

        def probe() -> tuple[int, float | Exception]:
            try:
                stream = package.open_media(item)
                try:
                    with open_audio(stream, name=name) as sound:
                        return token, sound.frames / sound.samplerate
                finally:
                    stream.close()
            except Exception as exc:  # shown in the editor; the worker never raises
                return token, exc

        run_in_background(probe, self._on_probe_finished, self._on_probe_finished)
        self._take_focus()

    def _take_focus(self) -> None:
        # Typing goes straight into the transcript, unless the user is browsing the item queue.
        from PySide6.QtWidgets import QAbstractItemView, QApplication

        focused = QApplication.focusWidget()
        if focused is None or self.isAncestorOf(focused) or not isinstance(focused, QAbstractItemView):
            self.panel.text_box.setFocus()

    def _load_annotation(self) -> None:
        assert self._session is not None and self._item is not None
        stored = self._session.state(self._item.id).annotation
        # Until the user changes something, suggestions are shown but not stored.
        self._annotation = (
            stored if stored is not None else seg_ops.from_prelabel(self._item.prelabel, duration=self._duration)
        )
        if self._selected is not None and self._selected >= len(self._annotation["segments"]):
            self._selected = len(self._annotation["segments"]) - 1 if self._annotation["segments"] else None

    def _on_probe_finished(self, result: Any) -> None:
        if not isinstance(result, tuple) or result[0] != self._token or self._item is None or self._session is None:
            return
        _token, outcome = result
        item, package = self._item, self._session.package
        name = package.source.display(item.media or "")
        if isinstance(outcome, Exception):
            self._show_error(outcome)
            return
        self._duration = outcome
        self._load_annotation()
        for view in (self.overview, self.waveform):
            view.set_duration(outcome)
        self.overview.set_window(self.waveform.view_start, self.waveform.view_span)
        try:
            self.playback.load(lambda: package.open_media(item), name=name, duration=outcome)
        except MediaError as exc:
            self._show_error(exc)
            return
        self._render()
        token = self._token
        cache, key = self._peaks_cache, item.sha256 or f"{self._session.package_id}-{item.id}"

        def peaks() -> tuple[int, Any]:
            try:
                return token, cache.load_or_compute(key=key, open_source=lambda: package.open_media(item), name=name)
            except Exception as exc:  # shown in the editor; the worker never raises
                return token, exc

        run_in_background(peaks, self._on_peaks_finished, self._on_peaks_finished)
        self.item_shown.emit(item.id)

    def _on_peaks_finished(self, result: Any) -> None:
        if not isinstance(result, tuple) or result[0] != self._token:
            return
        if isinstance(result[1], Exception):
            self._show_error(result[1], shown=True)
            return
        self.waveform.set_peaks(result[1])
        self.overview.set_peaks(result[1])
        if self._item is not None:
            self.waveform_loaded.emit(self._item.id)

    def _show_error(self, error: Exception, *, shown: bool = False) -> None:
        message = self.tr(
            "⚠ This audio cannot be played: {error}\n\n"
            "You can still read the segments and their text. Flag the item (Ctrl+G) or skip it (Ctrl+K)."
        )
        self.message.setText(message.format(error=error))
        self.message.show()
        self._render()
        if not shown and self._item is not None:
            self.item_shown.emit(self._item.id)

    def item_changed(self, edit: Edit) -> None:
        """Re-read the segments after an edit, undo or redo of this item."""
        if self._item is not None and edit.item_id == self._item.id and isinstance(edit, SetAnnotation):
            self._load_annotation()
            self._render()

    # -- state the tests and the status line read ---------------------------------------------

    def segments(self) -> list[dict[str, Any]]:
        """The segments on screen (stored, or suggested if the item was never touched)."""
        return seg_ops.segments_of(self._annotation)

    def selected_index(self) -> int | None:
        """The selected segment's index."""
        return self._selected

    @property
    def duration(self) -> float | None:
        """The file's length, once it is opened."""
        return self._duration

    def _render(self) -> None:
        segments = self.segments()
        selected = self._selected
        self.waveform.set_segments(segments, selected)
        self.overview.set_segments(segments, selected)
        self.segment_list.show_segments(segments, selected)
        speakers = self._schema.speakers
        self.panel.show_segment(selected, segments[selected] if selected is not None else None, speakers)
        self.playback.set_loop_span(
            (segments[selected]["start"], segments[selected]["end"]) if selected is not None else None
        )
        speaker_keys = ", ".join(f"{_key_text(f'Ctrl+Shift+{n}')} {s}" for n, s in enumerate(speakers[:9], start=1))
        tag_keys = ", ".join(f"{_key_text(f'Alt+{n}')} {t}" for n, t in enumerate(tag_palette(self._schema), start=1))
        if speakers:
            hint = self.tr(
                "Esc play/pause · F7/F8 ±{skip} s · F3/F4 speed · drag on the waveform to add a segment · "
                "Ctrl+Shift+S split · Tags: {tags} · Speakers: {speakers}"
            )
        else:
            hint = self.tr(
                "Esc play/pause · F7/F8 ±{skip} s · F3/F4 speed · drag on the waveform to add a segment · "
                "Ctrl+Shift+S split · Tags: {tags}"
            )
        skip = QLocale().toString(SKIP_SECONDS)  # 1.5 in English, 1,5 in Italian and German
        self.hint.setText(hint.format(skip=skip, tags=tag_keys, speakers=speaker_keys))

    # -- edits ---------------------------------------------------------------------------------

    def _commit(self, annotation: dict[str, Any], text: str, merge_key: str | None = None) -> None:
        assert self._session is not None and self._item is not None
        before = self._session.state(self._item.id).annotation
        self._context.push(
            SetAnnotation(self._session.package_id, self._item.id, before, annotation, text, merge_key=merge_key)
        )

    def _try(self, operation: Callable[[], Any]) -> Any:
        try:
            return operation()
        except seg_ops.SegmentError as exc:
            # Not an error worth a dialog (a drag over a segment, a split too near an edge): say why briefly.
            status_bar = getattr(self.window(), "statusBar", None)
            if callable(status_bar):
                status_bar().showMessage(str(exc), 4000)
            return None

    def _select(self, index: int | None, *, seek: bool = False) -> None:
        self._selected = index
        self._render()
        if seek and index is not None:
            self.playback.seek(self.segments()[index]["start"])

    def _select_step(self, step: int) -> None:
        count = len(self.segments())
        if count:
            current = self._selected if self._selected is not None else (-1 if step > 0 else count)
            self._select(min(max(current + step, 0), count - 1), seek=True)

    def _on_waveform_segment_drawn(self, press: float, release: float) -> None:
        if self._duration is None:
            return
        created = self._try(
            lambda: seg_ops.create_segment(self._annotation, start=press, end=release, duration=self._duration)
        )
        if created is not None:
            self._selected = created[1]
            self._commit(created[0], self.tr("Add segment"))
            self.panel.text_box.setFocus()

    def _new_segment_at_playhead(self) -> None:
        if self._duration is None:
            return
        start = self.player.position
        created = self._try(
            lambda: seg_ops.create_segment(
                self._annotation, start=start, end=start + NEW_SEGMENT_SECONDS, duration=self._duration
            )
        )
        if created is not None:
            self._selected = created[1]
            self._commit(created[0], self.tr("Add segment"))

    def _on_waveform_edge_moved(self, index: int, edge: str, seconds: float) -> None:
        if self._duration is not None:
            self._selected = index
            moved = seg_ops.move_edge(self._annotation, index=index, edge=edge, to=seconds, duration=self._duration)
            self._commit(moved, self.tr("Move segment start") if edge == "start" else self.tr("Move segment end"))

    def _move_edge_to_playhead(self, edge: str) -> None:
        if self._selected is not None and self._duration is not None:
            self._on_waveform_edge_moved(self._selected, edge, self.player.position)

    def _split_at_playhead(self) -> None:
        at = self.player.position
        hit = seg_ops.segment_at(self._annotation, at)
        # The text is cut at the text cursor only when the cursor is in the segment being split.
        position = self.panel.cursor_position() if hit is not None and hit == self._selected else None
        split = self._try(lambda: seg_ops.split_segment(self._annotation, at=at, text_position=position))
        if split is not None:
            self._selected = split[1]
            self._commit(split[0], self.tr("Split segment"))

    def _merge_selected(self) -> None:
        if self._selected is not None:
            index = self._selected
            merged = self._try(lambda: seg_ops.merge_with_next(self._annotation, index=index))
            if merged is not None:
                self._commit(merged, self.tr("Merge segments"))

    def _delete_selected(self) -> None:
        if self._selected is not None:
            annotation = seg_ops.delete_segment(self._annotation, index=self._selected)
            count = len(annotation["segments"])
            self._selected = min(self._selected, count - 1) if count else None
            self._commit(annotation, self.tr("Delete segment"))

    def _on_panel_text_edited(self, text: str) -> None:
        if self._selected is None:
            return
        label, self._tag_edit = self._tag_edit, None
        annotation = seg_ops.set_text(self._annotation, index=self._selected, text=text)
        # A run of typing in one segment undoes as one step; a tag or timestamp is a step of its own.
        merge_key = None if label else f"text:{self._selected}"
        self._commit(annotation, label or self.tr("Type text"), merge_key=merge_key)

    def _insert(self, snippet: str, label: str) -> None:
        if self._selected is not None:
            self._tag_edit = label
            self.panel.insert_at_cursor(snippet)
            self._tag_edit = None

    def _insert_tag(self, number: int) -> None:
        tags = tag_palette(self._schema)
        if number <= len(tags):
            self._insert(tags[number - 1], self.tr("Insert {tag}").format(tag=tags[number - 1]))

    def _set_speaker(self, speaker: str | None) -> None:
        if self._selected is not None and self.segments()[self._selected].get("speaker") != speaker:
            self._commit(
                seg_ops.set_speaker(self._annotation, index=self._selected, speaker=speaker), self.tr("Set speaker")
            )

    def _speaker_by_number(self, number: int) -> None:
        if number <= len(self._schema.speakers):
            self._set_speaker(self._schema.speakers[number - 1])

    def _next_speaker(self) -> None:
        if self._selected is None:
            return
        cycle: list[str | None] = [*self._schema.speakers, None]
        current = self.segments()[self._selected].get("speaker")
        position = cycle.index(current) if current in cycle else -1
        self._set_speaker(cycle[(position + 1) % len(cycle)])
