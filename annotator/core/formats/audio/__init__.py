"""Transcript formats for audio items: SRT, WebVTT, Praat TextGrid and ELAN EAF, one module each (see common.py)."""
