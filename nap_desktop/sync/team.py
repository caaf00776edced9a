"""Making, running and leaving a team (docs/sync-format.md "Joining, devices and
rotation"): the work behind ``services/team.py``.

- ``init_team``: install the server schema, publish the vault, approve this device in the
  log's first change set, publish the first snapshot.
- ``sync_now``: one session (``session.py``), then what the pulled control change sets
  ask of this replica (a key rotation: rekey it). The result is recorded in
  ``sync_state`` (last sync, last error, online) for the status bar.
- ``approve_device``/``remove_device``: control change sets; removing rotates the key.
- Joining is in ``joining.py``; snapshots in ``snapshots.py``.
"""

from __future__ import annotations

import contextlib
import secrets
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

from nap_desktop.domain.errors import NapError, NotFound, ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.store.documents import ensure_content_key
from nap_desktop.sync import audit_chain, capture, devices
from nap_desktop.sync import keys as sync_keys
from nap_desktop.sync import session as sess
from nap_desktop.sync.apply import SyncEngine
from nap_desktop.sync.device_keys import DeviceKeys, DevicePublic, check_fingerprint
from nap_desktop.sync.dsn import check_dsn
from nap_desktop.sync.errors import ServerRefused, ServerUnreachable, SyncFailed

if TYPE_CHECKING:
    from nap_desktop.store.unlocked import UnlockedVault
    from nap_desktop.sync.views import (
        DeviceView,
        Progress,
        SyncResult,
        TeamContext,
        TeamStatus,
    )

NOT_A_TEAM = N_("This vault is not a team vault. An administrator makes it one with "
                "nap team init.")
ALREADY_A_TEAM = N_("This vault is already a team vault.")
REFUSED = N_("The team's server refused the sync: {reason} Nothing was lost: your changes "
             "stay on this computer.")
REMOVED_HERE = N_("This device was removed from the team: it can no longer sync. Its "
                  "work until the removal is kept; ask an administrator.")
NO_REQUEST = N_("No device with that id asked to join this team.")
NOT_APPROVED_DEVICE = N_("That device is not an approved device of this team.")
NOT_YOURSELF = N_("You cannot remove the device you are using. Do it from another "
                  "administrator's device.")


def sync_engine(unlocked: UnlockedVault, opener: devices.TeamOpener | None = None,
                ) -> SyncEngine:
    """The apply engine of this replica with the team's authority rules."""
    from nap_desktop.sync.policy import Policy

    return SyncEngine(unlocked.engine, policy=Policy(),
                      on_applied=None if opener is None else opener.on_applied)


def opener_for(unlocked: UnlockedVault) -> devices.TeamOpener:
    engine = unlocked.engine
    with engine.connect() as conn:
        state = conn.execute(text("SELECT vault_id, server FROM sync_state")).first()
        device = devices.load_device(conn) if state is not None and state[1] else None
    if state is None or device is None:
        raise ValidationError(NOT_A_TEAM)
    return devices.TeamOpener(engine, vault_id=state[0], device=device)


def status(unlocked: UnlockedVault) -> TeamStatus:
    from nap_desktop.sync.views import TeamStatus

    engine = unlocked.engine
    with engine.connect() as conn:
        state = conn.execute(text(
            "SELECT server, device_id, cursor, last_sync, last_error, online FROM sync_state"
        )).first()
        device = devices.load_device(conn) if state is not None and state[0] else None
        pending = conn.execute(text(
            "SELECT count(*) FROM sync_outbox")).scalar() if state is not None else 0
        conflicts = conn.execute(text(
            "SELECT count(*) FROM transfer_conflicts WHERE source = 'team' "
            "AND resolved_at IS NULL")).scalar() if state is not None else 0
    if state is None or not state[0]:
        return TeamStatus(configured=False, server="", device_id="", fingerprint="",
                          cursor=0, pending=0, last_sync=None, last_error="", online=None,
                          conflicts=0)
    fingerprint = device.fingerprint() if device is not None else ""
    last = datetime.fromisoformat(state[3]) if state[3] else None
    return TeamStatus(configured=True, server=state[0], device_id=state[1] or "",
                      fingerprint=fingerprint, cursor=int(state[2] or 0),
                      pending=int(pending or 0), last_sync=last, last_error=state[4] or "",
                      online=None if state[5] is None else bool(state[5]),
                      conflicts=int(conflicts or 0))


def server_dsn(engine: Engine) -> str:
    """The team server's address (no password), or ValidationError: not a team vault."""
    return _server_dsn(engine)


def _server_dsn(engine: Engine) -> str:
    with engine.connect() as conn:
        row = conn.execute(text("SELECT server FROM sync_state")).first()
    if row is None or not row[0]:
        raise ValidationError(NOT_A_TEAM)
    return str(row[0])


def sync_now(unlocked: UnlockedVault, ctx: TeamContext, *,
             progress: Progress | None = None) -> SyncResult:
    """One sync, its outcome recorded for the status bar; ``SyncFailed`` if it failed."""
    from nap_desktop.sync.server import LogServer
    from nap_desktop.sync.views import SyncResult

    dsn = _server_dsn(unlocked.engine)
    adopt_rotation(unlocked)  # a rotation pulled earlier whose rekey could not run then
    opener = opener_for(unlocked)
    engine = sync_engine(unlocked, opener)
    try:
        try:
            with LogServer.connect(dsn) as server:
                outcome = sess.run(server, engine, opener, progress=progress)
        except ServerUnreachable as exc:
            raise SyncFailed(sess.UNREACHABLE, reason=sess.reason(exc)) from exc
        except ServerRefused as exc:
            raise SyncFailed(REFUSED, reason=exc.message) from exc
        me = opener.devices.get(opener.device_id)
        if me is not None and me.state == devices.REMOVED:
            raise SyncFailed(REMOVED_HERE)
    except SyncFailed as exc:
        _record(unlocked.engine, ctx, error=exc,
                online=not isinstance(exc.__cause__, ServerUnreachable))
        raise
    adopt_rotation(unlocked)
    _record(unlocked.engine, ctx, error=None, online=True)
    if _is_admin(unlocked, ctx):
        from nap_desktop.sync import snapshots

        with contextlib.suppress(ServerUnreachable, ServerRefused):  # the next sync retries
            snapshots.publish_if_due(unlocked, ctx)
    from nap_desktop.i18n import render

    return SyncResult(pushed=outcome.pushed, pulled=outcome.pulled,
                      conflicts=outcome.conflicts, refused=outcome.refused,
                      refused_reasons=tuple(render(r.translatable())
                                            for r in outcome.refusals))


_RECORD_OK = "UPDATE sync_state SET last_error = :e, online = :o, last_sync = :t"
_RECORD_FAILED = "UPDATE sync_state SET last_error = :e, online = :o"


def _is_admin(unlocked: UnlockedVault, ctx: TeamContext) -> bool:
    """Whether the acting user is an administrator as this replica records it."""
    user_id = ctx.actor.user_id
    if user_id is None:
        return False
    with unlocked.engine.connect() as conn:
        role = conn.execute(text("SELECT role FROM users WHERE id = :u"),
                            {"u": user_id}).scalar()
    return role == "admin"


def _record(engine: Engine, ctx: TeamContext, *, error: NapError | None,
            online: bool) -> None:
    """The outcome for the status bar (a local table: never synced, never audited)."""
    from nap_desktop.i18n import render

    values = {"e": render(error) if error is not None else None, "o": online,
              "t": ctx.now().isoformat()}
    with engine.begin() as conn:
        conn.execute(text(_RECORD_OK if error is None else _RECORD_FAILED), values)


def adopt_rotation(unlocked: UnlockedVault) -> None:
    """Rekey this replica to the newest epoch the log has brought (and drop the slots of
    users the rotation removed). Retried at every sync until the vault is idle."""
    with unlocked.engine.connect() as conn:
        keys = devices.epoch_keys(conn)
        epoch = devices.epoch_in_force(conn)
        kept = devices.get_secret(conn, f"keep:{epoch}")
    if epoch <= unlocked.generation or epoch not in keys:
        return
    staying = set(kept.decode("ascii").split(",")) if kept is not None else None
    drop = frozenset() if staying is None else frozenset(
        u for u in unlocked.slot_signing_keys() if u not in staying)
    unlocked.adopt_data_key(keys[epoch], epoch, drop_users=drop)


# --- init, approve, remove ----------------------------------------------------------


def init_team(unlocked: UnlockedVault, ctx: TeamContext, dsn: str) -> TeamStatus:
    """See ``services.team.init_team``."""
    from nap_desktop.sync import snapshots
    from nap_desktop.sync.server import LogServer

    dsn = check_dsn(dsn)
    with unlocked.engine.connect() as conn:
        row = conn.execute(text("SELECT server FROM sync_state")).first()
    if row is not None and row[0]:
        raise ValidationError(ALREADY_A_TEAM)
    device = DeviceKeys.generate(unlocked.vault_id)
    device_id, public = device.device_id, device.public()
    with LogServer.connect(dsn) as server:
        server.install_schema()
        server.create_vault(unlocked.vault_id)
        server.register_device(unlocked.vault_id, device_id, public.signing_key,
                               public.box_key)
    epoch, dek = unlocked.generation, unlocked.team_data_key()
    user_id = ctx.actor.user_id or ""
    with unlocked.engine.begin() as conn:
        audit_chain.enable_team(conn)  # events signed over their content from now on
        # Before capture: the content key travels in the snapshot, never as a change.
        ensure_content_key(conn)
        capture.enable(conn, device_id=device_id, vault_id=unlocked.vault_id, server=dsn)
        devices.put_secret(conn, f"dek:{epoch}", dek)
        devices.put_secret(conn, "epoch", str(epoch).encode("ascii"))
        devices.store_device(conn, device, dek, epoch)
        # The founding device trusts itself; its approval is the log's first change set.
        devices.save_device(conn, devices.Device(
            device_id, public.signing_key, public.box_key, user_id, devices.APPROVED,
            0, None, 0, b""))
    _control(ctx, _approval(public, user_id=user_id, slot_file=b""),
             action="team.init", record_id=device_id)
    sync_now(unlocked, ctx)
    snapshots.publish(unlocked, ctx)
    return status(unlocked)


def _approval(public: DevicePublic, *, user_id: str, slot_file: bytes) -> dict[str, object]:
    return {"type": devices.CONTROL_APPROVE, "device_id": public.device_id,
            "signing_key": devices.b64(public.signing_key),
            "box_key": devices.b64(public.box_key), "user_id": user_id,
            "slot_file": devices.b64(slot_file)}


def _control(ctx: TeamContext, control: dict[str, object], *, action: str,
             record_id: str, secrets_: dict[str, bytes] | None = None) -> None:
    """One unit of work whose change set carries ``control`` (and its audit event)."""
    with ctx.unit_of_work() as s:
        conn = s.connection()
        for name, value in (secrets_ or {}).items():
            devices.put_secret(conn, name, value)
        capture.set_control(s, control)
        ctx.audit(s, action, record_type="device", record_id=record_id)


def approve_device(unlocked: UnlockedVault, ctx: TeamContext, *, device_id: str,
                   fingerprint: str, user_id: str) -> None:
    """See ``services.team.TeamService.approve_device``."""
    from nap_desktop.sync import snapshots
    from nap_desktop.sync.server import LogServer

    with LogServer.connect(_server_dsn(unlocked.engine)) as server:
        requests = {r.device_id: r for r in server.devices(unlocked.vault_id)}
    request = requests.get(device_id.strip().lower())
    if request is None:
        raise NotFound(NO_REQUEST)
    public = DevicePublic(request.device_id, request.signing_key, request.box_key)
    check_fingerprint(public, unlocked.vault_id, fingerprint)
    slot_file = unlocked.slot_file_for(user_id)
    _control(ctx, _approval(public, user_id=user_id, slot_file=slot_file),
             action="team.device_approve", record_id=request.device_id)
    sync_now(unlocked, ctx)
    snapshots.publish(unlocked, ctx)


def remove_device(unlocked: UnlockedVault, ctx: TeamContext, *, device_id: str,
                  reason: str, drop_users: tuple[str, ...] = ()) -> None:
    """A key rotation through the log that removes ``device_id`` (see services.team)."""
    opener = opener_for(unlocked)
    target = opener.devices.get(device_id.strip().lower())
    if target is None or target.state != devices.APPROVED:
        raise NotFound(NOT_APPROVED_DEVICE)
    if target.device_id == opener.device_id:
        raise ValidationError(NOT_YOURSELF)
    rotate(unlocked, ctx, remove_devices=[target.device_id], drop_users=list(drop_users),
           reason=reason, record_id=target.device_id)


def rotate(unlocked: UnlockedVault, ctx: TeamContext, *, remove_devices: list[str],
           drop_users: list[str], reason: str, record_id: str) -> None:
    """A new data key for the next epoch, sealed (at push) to every device that stays;
    the control (envelope's ``make_rotation``) carries the next key-slot file encrypted
    under the new epoch. Every device rekeys its replica when it applies it."""
    del reason  # said to the admin's own audit by the action; never survivor data
    opener = opener_for(unlocked)
    new_dek = secrets.token_bytes(32)
    staying = [DevicePublic(d.device_id, d.signing_key, d.box_key)
               for d in opener.devices.values()
               if d.state == devices.APPROVED and d.device_id not in remove_devices]
    new_file = unlocked.next_slot_file(new_dek, drop_users=frozenset(drop_users))
    rotation = sync_keys.make_rotation(vault_id=unlocked.vault_id, new_dek=new_dek,
                                       new_file=new_file, remaining=staying,
                                       removed=remove_devices)
    _control(ctx, rotation.control, action="team.key_rotate", record_id=record_id,
             secrets_={f"dek:{new_file.generation}": new_dek})
    sync_now(unlocked, ctx)


def is_team_vault(unlocked: UnlockedVault) -> bool:
    """Whether this vault syncs with a team server."""
    with unlocked.engine.connect() as conn:
        return capture.is_team(conn)


def remove_user(unlocked: UnlockedVault, ctx: TeamContext, user_id: str) -> None:
    """A user removed from a team vault: one rotation that drops their key slot and
    removes every device approved for them. If the server cannot be reached now, the
    rotation waits in the outbox and goes at the next sync (the removal is not undone)."""
    opener = opener_for(unlocked)
    theirs = [d.device_id for d in opener.devices.values()
              if d.user_id == user_id and d.state == devices.APPROVED
              and d.device_id != opener.device_id]
    # A failed sync is recorded in the status; the rotation is committed and goes next time.
    with contextlib.suppress(SyncFailed):
        rotate(unlocked, ctx, remove_devices=theirs, drop_users=[user_id], reason="",
               record_id=user_id)


def devices_view(unlocked: UnlockedVault, ctx: TeamContext) -> list[DeviceView]:
    """Approved and removed devices (the log), pending requests (the server)."""
    from nap_desktop.sync.server import LogServer
    from nap_desktop.sync.views import DeviceView

    opener = opener_for(unlocked)
    names = _user_names(unlocked.engine)
    vault_id = unlocked.vault_id
    out = [DeviceView(device_id=d.device_id, fingerprint=DevicePublic(
        d.device_id, d.signing_key, d.box_key).fingerprint(vault_id), state=d.state,
        user_name=names.get(d.user_id, ""), registered_at=None, approved_at=None,
        removed_at=None, this_device=d.device_id == opener.device_id)
        for d in opener.devices.values()]
    try:
        with LogServer.connect(_server_dsn(unlocked.engine)) as server:
            requests = server.devices(unlocked.vault_id)
    except ServerUnreachable:
        requests = []
    known = set(opener.devices)
    out += [DeviceView(device_id=r.device_id, fingerprint=DevicePublic(
        r.device_id, r.signing_key, r.box_key).fingerprint(vault_id), state="pending",
        user_name="", registered_at=r.registered_at, approved_at=None, removed_at=None,
        this_device=False) for r in requests if r.device_id not in known]
    order = {"approved": 0, "pending": 1, "removed": 2}
    return sorted(out, key=lambda d: (order.get(d.state, 3), d.device_id))


def _user_names(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        return {r[0]: r[1] for r in conn.execute(text("SELECT id, name FROM users"))}


def now_utc() -> datetime:
    return datetime.now(UTC)
