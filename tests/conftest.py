"""Shared test set-up. Qt runs offscreen; KDF parameters are lowered for speed except in
the tests that exercise the real ones."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _core_language_back_to_english() -> Iterator[None]:
    """A test that installs the Spanish GUI translators or runs ``nap --lang es`` in this
    process sets the core's language too; the next test starts in English again."""
    yield
    from nap_desktop import i18n

    i18n.set_language("en")


_exit_status = {"code": 0}


def pytest_sessionfinish(session: object, exitstatus: int) -> None:
    _exit_status["code"] = int(exitstatus)


def pytest_unconfigure(config: object) -> None:
    """PySide6 6.12 can crash while the interpreter tears down Qt objects after the last
    test (exit 139 with every test passed). Once pytest has reported, leave without that
    teardown, keeping pytest's own exit status."""
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(5000)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_status["code"])
