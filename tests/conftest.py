"""Shared test set-up. Qt runs offscreen; KDF parameters are lowered for speed except in
the tests that exercise the real ones."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
