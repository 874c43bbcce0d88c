"""Sync secrets: in the system keyring where there is one, otherwise held for this session only."""

from __future__ import annotations

import threading
from typing import Any, Literal

from annotator.core.sync.config import TargetConfig

SERVICE = "annotator-sync"
Where = Literal["keyring", "session"]


def _usable_keyring() -> Any | None:
    # keyring's fail and null backends (no Secret Service on a bare Linux, a CI machine) keep
    # nothing; then the secret is asked for once per session and never written anywhere.
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring install must not stop sync: the session store still works
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return backend


class CredentialStore:
    """Passwords and secret keys by target: `get`, `set`, `forget`. Nothing ever goes to the workspace."""

    def __init__(self, backend: Any | None = ...):  # type: ignore[assignment]
        self._backend = _usable_keyring() if backend is ... else backend
        self._session: dict[str, str] = {}
        self._lock = threading.Lock()

    @property
    def persistent(self) -> bool:
        """True when secrets are kept in the system keyring across sessions."""
        return self._backend is not None

    def get(self, config: TargetConfig) -> str | None:
        """The secret for this target, or None (ask the person)."""
        with self._lock:
            if config.key in self._session:
                return self._session[config.key]
        if self._backend is None:
            return None
        try:
            return self._backend.get_password(SERVICE, config.key)
        except Exception:  # a locked or refusing keyring: ask, as if there were none
            return None

    def set(self, config: TargetConfig, secret: str) -> Where:
        """Keep the secret: in the keyring if possible (answer 'keyring'), else for this session ('session')."""
        with self._lock:
            self._session[config.key] = secret
        if self._backend is not None:
            try:
                self._backend.set_password(SERVICE, config.key, secret)
                return "keyring"
            except Exception:
                pass
        return "session"

    def forget(self, config: TargetConfig) -> None:
        """Drop the secret from the session and the keyring."""
        with self._lock:
            self._session.pop(config.key, None)
        if self._backend is not None:
            try:
                self._backend.delete_password(SERVICE, config.key)
            except Exception:
                pass
