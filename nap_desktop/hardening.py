"""Process hardening shared by ``nap`` and ``nap-desktop``."""

from __future__ import annotations

import contextlib


def no_core_dumps() -> None:
    """A crash must never write process memory (survivor data, keys) to a core file.
    Soft and hard limits go to 0 so nothing later in the process can raise them again.
    Windows has no core files; its error reporting keeps no full dumps by default."""
    try:
        import resource
    except ImportError:  # Windows
        return
    # A sandbox that forbids changing limits: nothing more can be done from here.
    with contextlib.suppress(OSError, ValueError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
