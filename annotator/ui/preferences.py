"""The annotator's own preferences (theme, font size, language, audio device) put in force from a workspace at start."""

from __future__ import annotations

from annotator.core.workspace import Workspace
from annotator.ui.audio_output import stored_device, use_output_device
from annotator.ui.locale_choice import apply_language, stored_language
from annotator.ui.theme import restore_appearance


def restore_preferences(workspace: Workspace) -> None:
    """Apply what the settings dialog stored in this workspace (keys and breaks are restored by their owners)."""
    restore_appearance(workspace)
    apply_language(stored_language(workspace))
    device = stored_device(workspace)
    if device:  # nothing chosen: PortAudio is not even asked, so a start without sound stays as fast
        use_output_device(device)
