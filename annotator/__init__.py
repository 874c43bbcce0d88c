"""annotator: an offline-first desktop client for image, audio and text annotation."""

__version__ = "0.1.0"
