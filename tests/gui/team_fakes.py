"""A small stand-in for ``services.team.TeamService`` (same methods, same types) so the
team widgets can be driven without a server; the end-to-end tests use the real one."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from nap_desktop.services.team import DeviceView, SyncFailed, SyncResult, TeamStatus
from nap_desktop.services.workspace import Workspace

FINGERPRINT = "K7QD-2M4X-9FTB-WR3C-JH6P-NV8E-Y5AS-LZ2G"


def team_status(**changes: object) -> TeamStatus:
    base = TeamStatus(configured=True, server="host=team.example dbname=nap user=nap",
                      device_id="d-this", fingerprint=FINGERPRINT, cursor=10, pending=0,
                      last_sync=None, last_error="", online=None, conflicts=0)
    return replace(base, **changes)  # type: ignore[arg-type]


class FakeTeam:
    """``mode``: "ok" (a sync pulls ``pull`` changes), "offline" (the server cannot be
    reached), "refused" (it answered but refused). ``gate`` holds a sync until set."""

    def __init__(self, status: TeamStatus | None = None) -> None:
        self.current = status or team_status()
        self.mode = "ok"
        self.pull = 0
        self.calls = 0
        self.gate = threading.Event()
        self.gate.set()
        self.devices_list: list[DeviceView] = []
        self.approved: list[tuple[str, str, str]] = []
        self.removed: list[tuple[str, str]] = []

    def status(self) -> TeamStatus:
        return self.current

    def sync_now(self, progress: object = None) -> SyncResult:
        self.calls += 1
        self.gate.wait(10)
        if callable(progress):
            progress(1, 1)
        if self.mode == "offline":
            self.current = replace(self.current, online=False,
                                   last_error="The team server cannot be reached.")
            raise SyncFailed()
        if self.mode == "refused":
            self.current = replace(self.current, online=True, last_error="Refused.")
            raise SyncFailed()
        self.current = replace(self.current, online=True, last_error="", pending=0,
                               last_sync=datetime.now(UTC))
        return SyncResult(pushed=0, pulled=self.pull, conflicts=0, refused=0)

    def devices(self) -> list[DeviceView]:
        return list(self.devices_list)

    def approve_device(self, device_id: str, fingerprint: str, user_id: str) -> None:
        self.approved.append((device_id, fingerprint, user_id))

    def remove_device(self, device_id: str, reason: str) -> None:
        self.removed.append((device_id, reason))


def use_fake(ws: Workspace, fake: FakeTeam) -> FakeTeam:
    """``ws.team`` is the fake from now on (it is a cached property)."""
    ws.__dict__["team"] = fake
    return fake


def english(qapp: Any) -> Iterator[None]:
    """The English catalogue (it holds the real plural forms: "1 change", "3 changes")."""
    from PySide6.QtCore import QLocale

    from nap_desktop.gui.application import install_translators

    translators = install_translators(qapp, QLocale("en_US"))
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
