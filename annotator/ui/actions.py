"""The action table: every user action as data, with a stable id, menu, default keys and context."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from annotator.core.judgements import DEFAULT_LABEL_KEYS
from annotator.ui.action_spec import ActionSpec
from annotator.ui.editors.evaluation_keys import EVALUATION_ACTIONS, EVALUATION_AREAS
from annotator.ui.i18n import translate
from annotator.ui.keymap import current as current_keymap

SHELL_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("file.open", "&Open package…", "File", ("Ctrl+O",), "Open a work package (.zip or folder)"),
    ActionSpec("file.export_bundle", "&Export bundle…", "File", ("Ctrl+E",), "Write your results as a bundle"),
    ActionSpec(
        "file.export_as",
        "Export &as…",
        "File",
        ("Ctrl+Shift+E",),
        "Write your results in another tool's format (COCO, YOLO, JSONL, SRT, …)",
    ),
    ActionSpec(
        "file.import",
        "&Import…",
        "File",
        ("Ctrl+Alt+I",),
        "Make a work package from another tool's files, their labels as suggestions",
    ),
    ActionSpec(
        "file.import_review",
        "Import re&view…",
        "File",
        ("Ctrl+Alt+R",),
        "Read the team lead's review: rejected items come back to do, with the reason shown on them",
    ),
    ActionSpec(
        "file.pseudonym",
        "&Pseudonym…",
        "File",
        ("Ctrl+Alt+P",),
        "The pseudonym your bundles name you by (never your real name)",
    ),
    ActionSpec(
        "file.sync_now",
        "S&ync now",
        "File",
        ("Ctrl+Shift+Y",),
        "Show what changed, send it to the sync target, and fetch new packages and feedback",
    ),
    ActionSpec(
        "file.sync_settings",
        "Sync se&ttings…",
        "File",
        ("Ctrl+Alt+Y",),
        "Where to sync (a shared folder, WebDAV or S3), who signs in, and whether to sync by itself",
    ),
    ActionSpec("file.quit", "&Quit", "File", ("Ctrl+Q",), "Quit; everything is already saved"),
    ActionSpec("edit.undo", "&Undo", "Edit", ("Ctrl+Z",), "Undo the last change"),
    ActionSpec("edit.redo", "&Redo", "Edit", ("Ctrl+Shift+Z", "Ctrl+Y"), "Redo the change undone last"),
    ActionSpec(
        "settings.open",
        "&Settings…",
        "Edit",
        ("Ctrl+,",),
        "Pseudonym, language, theme, font size, keys, audio, breaks and sync, each change in force at once",
    ),
    ActionSpec(
        "item.done", "Mark &done and next", "Item", ("Ctrl+Return",), "Mark the item done, go to the next unfinished"
    ),
    ActionSpec("item.skip", "&Skip", "Item", ("Ctrl+K",), "Mark the item skipped, go to the next unfinished"),
    ActionSpec("item.flag", "&Flag", "Item", ("Ctrl+G",), "Flag the item for the team lead"),
    ActionSpec("item.todo", "Mark &to do", "Item", ("Ctrl+T",), "Put the item back to do"),
    ActionSpec("go.next", "&Next item", "Go", ("Alt+Right", "Ctrl+PgDown"), "Go to the next item"),
    ActionSpec("go.previous", "&Previous item", "Go", ("Alt+Left", "Ctrl+PgUp"), "Go to the previous item"),
    ActionSpec("go.next_unfinished", "Next &unfinished", "Go", ("Ctrl+J",), "Go to the next item still to do"),
    ActionSpec("view.queue", "Focus item &queue", "View", ("Ctrl+1",), "Put the keyboard in the item list"),
    ActionSpec(
        "view.items", "Show item &list", "View", ("Ctrl+Shift+I",), "Show or hide the item list", checkable=True
    ),
    ActionSpec(
        "view.instructions", "Show &instructions", "View", ("Ctrl+I",), "Show or hide the instructions", checkable=True
    ),
    ActionSpec("help.cheat_sheet", "&Keyboard shortcuts", "Help", ("F1", "?"), "Show every key"),
    ActionSpec("settings.keys", "&Change keys…", "Help", ("Ctrl+Alt+K",), "Give any action the key you prefer"),
    ActionSpec(
        "help.about",
        "&About annotator…",
        "Help",
        ("Shift+F1",),
        "Version, licence, where your workspace is and what is recorded",
    ),
)

_EDITOR = Qt.ShortcutContext.WidgetWithChildrenShortcut

BBOX_ACTIONS: tuple[ActionSpec, ...] = (
    (
        ActionSpec("bbox.draw", "Draw boxes", "Boxes", ("W",), "Toggle draw mode: drag on the image to draw", _EDITOR),
        ActionSpec("bbox.delete", "Delete box", "Boxes", ("Delete",), "Delete the selected box", _EDITOR),
        ActionSpec("bbox.next_box", "Next box", "Boxes", ("Tab",), "Select the next box", _EDITOR),
        ActionSpec("bbox.previous_box", "Previous box", "Boxes", ("Shift+Tab",), "Select the previous box", _EDITOR),
        ActionSpec("bbox.nudge_left", "Nudge left", "Boxes", ("Left",), "Move the selected box 1 px left", _EDITOR),
        ActionSpec("bbox.nudge_right", "Nudge right", "Boxes", ("Right",), "Move the selected box 1 px right", _EDITOR),
        ActionSpec("bbox.nudge_up", "Nudge up", "Boxes", ("Up",), "Move the selected box 1 px up", _EDITOR),
        ActionSpec("bbox.nudge_down", "Nudge down", "Boxes", ("Down",), "Move the selected box 1 px down", _EDITOR),
        ActionSpec(
            "bbox.nudge_left_10",
            "Nudge left 10 px",
            "Boxes",
            ("Shift+Left",),
            "Move the selected box 10 px left",
            _EDITOR,
        ),
        ActionSpec(
            "bbox.nudge_right_10",
            "Nudge right 10 px",
            "Boxes",
            ("Shift+Right",),
            "Move the selected box 10 px right",
            _EDITOR,
        ),
        ActionSpec(
            "bbox.nudge_up_10", "Nudge up 10 px", "Boxes", ("Shift+Up",), "Move the selected box 10 px up", _EDITOR
        ),
        ActionSpec(
            "bbox.nudge_down_10",
            "Nudge down 10 px",
            "Boxes",
            ("Shift+Down",),
            "Move the selected box 10 px down",
            _EDITOR,
        ),
        ActionSpec("bbox.fit", "Fit image", "Boxes", ("F",), "Fit the whole image in the view", _EDITOR),
        ActionSpec(
            "bbox.class_search",
            "Find class",
            "Boxes",
            ("Ctrl+L",),
            "Type part of a class name, Enter sets it on the selected (or next) box",
            _EDITOR,
        ),
        ActionSpec(
            "bbox.zoom_in",
            "Zoom in",
            "Boxes",
            ("Ctrl++", "Ctrl+="),
            "Zoom in (Ctrl+wheel zooms to the cursor)",
            _EDITOR,
        ),
        ActionSpec("bbox.zoom_out", "Zoom out", "Boxes", ("Ctrl+-",), "Zoom out", _EDITOR),
        ActionSpec(
            "bbox.actual_size", "Actual size (100 %)", "Boxes", ("Ctrl+0",), "One image pixel per screen pixel", _EDITOR
        ),
        ActionSpec("bbox.crosshair", "Crosshair on/off", "Boxes", ("C",), "Show or hide the crosshair", _EDITOR),
        ActionSpec(
            "bbox.duplicate", "Duplicate box", "Boxes", ("Ctrl+D",), "Copy the selected box, shifted 10 px", _EDITOR
        ),
        ActionSpec(
            "bbox.copy_previous",
            "Copy boxes from previous item",
            "Boxes",
            ("Ctrl+Shift+V",),
            "Add the previous item's boxes to this one",
            _EDITOR,
        ),
        ActionSpec("bbox.toggle_visible", "Hide/show boxes", "Boxes", ("H",), "Hide or show all boxes", _EDITOR),
        ActionSpec(
            "bbox.verified",
            "Mark verified",
            "Boxes",
            ("V",),
            "Mark (or unmark) this image's boxes as verified",
            _EDITOR,
        ),
    )
    + tuple(
        ActionSpec(
            f"bbox.attribute_{number}",
            f"Toggle attribute {number}",
            "Boxes",
            (f"Alt+{number}",),
            f"Toggle the schema's attribute {number} (e.g. occluded, truncated, difficult) on the selected box",
            _EDITOR,
        )
        for number in (1, 2, 3)
    )
    + tuple(
        ActionSpec(
            f"bbox.class_{digit}",
            f"Class {digit}",
            "Boxes",
            (str(digit),),
            f"Set the class of the selected box (or of the next box) to class {10 if digit == 0 else digit}",
            _EDITOR,
        )
        for digit in (1, 2, 3, 4, 5, 6, 7, 8, 9, 0)
    )
)


SENTIMENT_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "sentiment.submit",
        "Submit and next",
        "Text",
        ("Return", "Enter"),
        "Mark the text done and show the next one (in the comment box: back to the text)",
        _EDITOR,
    ),
    ActionSpec("sentiment.back", "Back", "Text", ("Backspace",), "Go back to the previous item", _EDITOR),
    ActionSpec(
        "sentiment.accept",
        "Accept",
        "Text",
        ("A",),
        "Binary: accept and next; otherwise accept the suggested label(s) and next",
        _EDITOR,
    ),
    ActionSpec("sentiment.reject", "Reject", "Text", ("X",), "Binary: reject and next", _EDITOR),
    ActionSpec("sentiment.ignore", "Ignore", "Text", ("Space",), "Binary: cannot judge, next", _EDITOR),
    ActionSpec("sentiment.unsure", "Unsure on/off", "Text", ("U",), "Mark the decision as unsure (or not)", _EDITOR),
    ActionSpec(
        "sentiment.comment", "Comment", "Text", ("C",), "Type a comment; Return or Esc goes back to the text", _EDITOR
    ),
    ActionSpec(
        "sentiment.remove_span",
        "Remove span",
        "Text",
        ("Delete",),
        "Remove the spans under the caret or the selection",
        _EDITOR,
    ),
    ActionSpec("sentiment.font_bigger", "Larger text", "Text", ("Ctrl++", "Ctrl+="), "Make the text larger", _EDITOR),
    ActionSpec("sentiment.font_smaller", "Smaller text", "Text", ("Ctrl+-",), "Make the text smaller", _EDITOR),
    ActionSpec("sentiment.font_reset", "Default text size", "Text", ("Ctrl+0",), "Text at its default size", _EDITOR),
) + tuple(
    ActionSpec(
        f"sentiment.label_{slot}",
        f"Label {slot}",
        "Text",
        (key,),
        f"Choose label {slot} (multi-label: toggle it); with text selected, label the selection as a span. "
        "A schema hotkey replaces this key",
        _EDITOR,
    )
    for slot, key in enumerate(DEFAULT_LABEL_KEYS, start=1)
)

TRANSCRIPTION_ACTIONS: tuple[ActionSpec, ...] = (
    # Every key here works while typing in the segment's text box: none of them types a character or
    # moves the text cursor (so no bare Space, Ctrl+Left/Right or Delete), and none is a shell key.
    (
        ActionSpec(
            "transcription.play_pause",
            "Play/pause",
            "Audio",
            ("Esc", "Ctrl+Space", "F9"),
            "Play or pause; resuming replays the last second or so (auto-rewind)",
            _EDITOR,
        ),
        ActionSpec("transcription.skip_back", "Skip back", "Audio", ("F7", "Ctrl+B"), "Jump back 1.5 s", _EDITOR),
        ActionSpec("transcription.skip_forward", "Skip forward", "Audio", ("F8",), "Jump forward 1.5 s", _EDITOR),
        ActionSpec("transcription.slower", "Slower", "Audio", ("F3",), "Speed down 0.1× (pitch kept)", _EDITOR),
        ActionSpec("transcription.faster", "Faster", "Audio", ("F4",), "Speed up 0.1× (pitch kept)", _EDITOR),
        ActionSpec("transcription.volume_down", "Volume down", "Audio", ("F5",), "Volume down 10 %", _EDITOR),
        ActionSpec("transcription.volume_up", "Volume up", "Audio", ("F6",), "Volume up 10 %", _EDITOR),
        ActionSpec(
            "transcription.loop", "Loop segment", "Audio", ("Ctrl+L",), "Loop the selected segment on/off", _EDITOR
        ),
        ActionSpec(
            "transcription.timestamp",
            "Insert timestamp",
            "Transcript",
            ("Ctrl+Shift+J",),
            "Type the playhead's time, e.g. [01:23.4], at the text cursor",
            _EDITOR,
        ),
        ActionSpec(
            "transcription.new_segment",
            "New segment at playhead",
            "Transcript",
            ("Ctrl+Shift+N",),
            "Start a 2 s segment at the playhead (up to the next segment); or drag on the waveform",
            _EDITOR,
        ),
        ActionSpec(
            "transcription.split",
            "Split at playhead",
            "Transcript",
            ("Ctrl+Shift+S",),
            "Cut the segment under the playhead in two; the text is cut at the text cursor",
            _EDITOR,
        ),
        ActionSpec(
            "transcription.merge",
            "Merge with next",
            "Transcript",
            ("Ctrl+Shift+M",),
            "Join the selected segment and the next one",
            _EDITOR,
        ),
        ActionSpec(
            "transcription.delete",
            "Delete segment",
            "Transcript",
            ("Ctrl+Shift+Delete",),
            "Delete the selected segment",
            _EDITOR,
        ),
        ActionSpec(
            "transcription.set_start",
            "Set start at playhead",
            "Transcript",
            ("F11",),
            "Move the selected segment's start to the playhead",
            _EDITOR,
        ),
        ActionSpec(
            "transcription.set_end",
            "Set end at playhead",
            "Transcript",
            ("F12",),
            "Move the selected segment's end to the playhead",
            _EDITOR,
        ),
        ActionSpec(
            "transcription.previous_segment",
            "Previous segment",
            "Transcript",
            ("Alt+Up",),
            "Select the previous segment and seek to its start",
            _EDITOR,
        ),
        ActionSpec(
            "transcription.next_segment",
            "Next segment",
            "Transcript",
            ("Alt+Down",),
            "Select the next segment and seek to its start",
            _EDITOR,
        ),
        ActionSpec(
            "transcription.next_speaker",
            "Next speaker",
            "Transcript",
            ("Alt+S",),
            "Set the selected segment's speaker to the next one of the schema (then none)",
            _EDITOR,
        ),
        ActionSpec("transcription.zoom_in", "Zoom in", "Audio", ("Ctrl+=", "Ctrl++"), "Zoom the waveform in", _EDITOR),
        ActionSpec("transcription.zoom_out", "Zoom out", "Audio", ("Ctrl+-",), "Zoom the waveform out", _EDITOR),
    )
    + tuple(
        ActionSpec(
            f"transcription.tag_{number}",
            f"Insert tag {number}",
            "Transcript",
            (f"Alt+{number}",),
            f"Type tag {number} at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema's own",
            _EDITOR,
        )
        for number in range(1, 10)
    )
    + tuple(
        ActionSpec(
            f"transcription.speaker_{number}",
            f"Speaker {number}",
            "Transcript",
            (f"Ctrl+Shift+{number}",),
            f"Set the selected segment's speaker to the schema's speaker {number}",
            _EDITOR,
        )
        for number in range(1, 10)
    )
)

BREAK_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "break.postpone",
        "&Postpone break",
        "Breaks",
        ("Ctrl+Shift+P",),
        "Postpone the break on screen (once; on the break screen P also works)",
    ),
    ActionSpec(
        "break.skip",
        "S&kip break",
        "Breaks",
        ("Ctrl+Shift+X",),
        "Skip the break on screen (on the break screen Esc also works)",
    ),
    ActionSpec("break.take_now", "&Take a break now", "Breaks", ("Ctrl+Shift+B",), "Start the next break now"),
    ActionSpec(
        "view.dashboard",
        "Your &day (dashboard)",
        "Breaks",
        ("Ctrl+Shift+D",),
        "Active time, items, breaks and estimated pay; private to you",
    ),
    ActionSpec(
        "settings.breaks",
        "Break &settings…",
        "Breaks",
        ("Ctrl+Shift+O",),
        "Break intervals and lengths, daily limit, idle threshold",
    ),
)

ALL_ACTIONS: tuple[ActionSpec, ...] = (
    SHELL_ACTIONS + BBOX_ACTIONS + TRANSCRIPTION_ACTIONS + SENTIMENT_ACTIONS + EVALUATION_ACTIONS + BREAK_ACTIONS
)

MENU_ORDER = ("File", "Edit", "Item", "Go", "View", "Help")
# The translation context of action texts and descriptions, menu titles and areas (tools/update_translations.py
# collects them from the table itself: they are data, not calls lupdate could find).
ACTIONS_CONTEXT = "actions"

# Where an action works, by the first part of its id; the cheat sheet shows it and finds actions by it.
AREAS = {
    "bbox": "Box editor (images)",
    "transcription": "Transcription editor (audio)",
    "sentiment": "Sentiment editor (texts)",
    **EVALUATION_AREAS,
    "break": "Breaks",
}


def area_of(spec: ActionSpec) -> str:
    """Where an action's keys are live: one of the editors, or the whole window."""
    return translate(ACTIONS_CONTEXT, AREAS.get(spec.id.split(".")[0], "Whole window"))


def spec_text(spec: ActionSpec) -> str:
    """An action's name in the UI's language, as its menu entry shows it ('&Open package…')."""
    return translate(ACTIONS_CONTEXT, spec.text)


def spec_description(spec: ActionSpec) -> str:
    """What an action does, in the UI's language."""
    return translate(ACTIONS_CONTEXT, spec.description)


def menu_title(name: str) -> str:
    """A menu's title in the UI's language, with its Alt mnemonic ('&File')."""
    return translate(ACTIONS_CONTEXT, f"&{name}")


def spec_by_id(action_id: str, specs: tuple[ActionSpec, ...] = SHELL_ACTIONS) -> ActionSpec:
    """Look up one action's spec."""
    for spec in specs:
        if spec.id == action_id:
            return spec
    raise KeyError(action_id)


def build_action(parent: QWidget, spec: ActionSpec, handler: Callable[[], object]) -> QAction:
    """A QAction for a spec, wired to `handler`, with its keys and context."""
    action = QAction(spec_text(spec), parent)
    action.setObjectName(spec.id)
    keys = current_keymap().keys_for(spec)
    action.setShortcuts([QKeySequence(key) for key in keys])
    action.setShortcutContext(spec.context)
    action.setCheckable(spec.checkable)
    description = spec_description(spec)
    action.setStatusTip(description)
    action.setToolTip(f"{description} ({', '.join(keys)})" if keys else description)
    action.triggered.connect(lambda _checked=False: handler())
    parent.addAction(action)
    return action


def key_text(spec: ActionSpec) -> str:
    """Keys as the user sees them on this platform, e.g. 'Ctrl+Return, Ctrl+Enter'."""
    keys = current_keymap().keys_for(spec)
    return ", ".join(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in keys)
