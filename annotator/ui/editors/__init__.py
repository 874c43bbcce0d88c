"""Editors, one per item kind, hosted by the main window."""
