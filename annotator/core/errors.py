"""Typed errors that name the file and the problem, so every layer can show a clear message."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file."""

    file: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}"


class AnnotatorError(Exception):
    """Base of every error the core raises on purpose."""


class ProblemsError(AnnotatorError):
    """Input was refused; `problems` lists each thing wrong, one per line."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class PackageError(ProblemsError):
    """A work package was refused."""


class BundleError(ProblemsError):
    """A result bundle was refused."""


class MediaError(AnnotatorError):
    """A media file could not be read: corrupt, truncated, unsupported or tampered with."""

    def __init__(self, file: str, reason: str):
        self.problem = Problem(file, reason)
        super().__init__(str(self.problem))


class WorkspaceLockedError(AnnotatorError):
    """Another running instance holds the workspace."""


class WorkspaceError(AnnotatorError):
    """The workspace database cannot be used (newer schema, damaged file, unknown item)."""
