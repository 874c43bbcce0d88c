"""Fixtures of the sync tests: the real servers (started once per session, loopback only) and targets on them."""

from __future__ import annotations
