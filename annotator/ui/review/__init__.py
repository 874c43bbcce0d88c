"""The team lead's review window: every annotator's result side by side, decided by keyboard, undoable, saved at once."""
