"""Who the unlocking user really is: roles from the signed grants, checked at every unlock.

At unlock the grant chain is verified from the vault creator down (``grants.py``), the
unlocking user's own signing key (just unwrapped with their passphrase) must be the one
their verified grant names, and the audit events written since the last verified
checkpoint are verified (``audit_verify.py``). The ``users`` table is only a copy: where it
disagrees with the signed grants, the signed grant applies and the difference is reported.

A vault from before signed grants (``Authority.legacy``) is adopted by the first
administrator who unlocks it: their own grant becomes the root, and the roles found in the
table are signed as they stand (marked "adopted" so ``nap check`` keeps saying so). Every
unlock warns about the adoption, naming who adopted, until an administrator confirms it
(``nap check --confirm-adoption``: a signed audit event naming the root's fingerprint).

The root of authority is also bound inside every key slot (``store/keyslots.py``): grants
deleted or rooted elsewhere are refused at unlock (:func:`check_root`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select, text
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import entities as e
from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import UnknownUser, UserInactive, VaultDamaged
from nap_desktop.domain.messages import N_
from nap_desktop.services import audit, audit_verify
from nap_desktop.services.base import ServiceContext
from nap_desktop.services.grants import (
    RECOVERY,
    Authority,
    Grantee,
    append_grant,
    verify_grants,
)
from nap_desktop.store import mapping
from nap_desktop.store import models as m
from nap_desktop.store.anchor import RESTORE_SEEN
from nap_desktop.store.signing import SIGNATURE_BYTES, Signer, unb64, verify
from nap_desktop.store.types import utc_text
from nap_desktop.sync import audit_chain

KEY_MISMATCH = N_(
    "Your signing key is not the one your signed user grant names: the user records or the "
    "key slot file have been altered. Nothing was changed. Ask an administrator to run "
    "“nap check” and restore a backup."
)
NO_GRANT = N_(
    "Your account has no valid signed grant in this vault: the user records have been "
    "altered. Nothing was changed. Ask an administrator to run “nap check” and restore a "
    "backup."
)
LEGACY_WARNING = (
    "The roles in this vault are not signed yet (it was made by an earlier version): an "
    "administrator must unlock it once to sign them.")
GRANTS_DELETED = (
    "The signed user grants have been deleted (the audit log holds signed events): no role "
    "in this vault can be verified.")
ROOT_GONE = N_(
    "The signed user grants of this vault have been deleted, but your key slot was made "
    "under them: someone who holds the data key has tried to make the vault look like an "
    "earlier version and take over its roles. Nothing was changed. Do not use this vault: "
    "ask an administrator to restore a backup."
)
ROOT_REPLACED = N_(
    "The signed user grants of this vault do not come from the root of authority your key "
    "slot was made under: someone who holds the data key has replaced them to take over its "
    "roles. Nothing was changed. Do not use this vault: ask an administrator to restore a "
    "backup."
)
GRANTS_TAMPERED = N_(
    "The signed user records of this vault have been tampered with, so only an "
    "administrator can unlock it. Nothing was changed. Ask an administrator to run "
    "“nap check” and restore a backup."
)


class SlotSource(Protocol):
    """The part of the unlocked vault these checks read."""

    vault_id: str
    signer: Signer
    slot_root: bytes  #: the root of authority the unlocking user's own slot is bound to

    def slot_signing_keys(self) -> dict[str, bytes]: ...

    def slot_roots(self) -> dict[str, bytes]: ...


@dataclass(slots=True)
class Verified:
    user: e.User
    authority: Authority
    warnings: list[str]
    audit: audit_verify.ChainReport
    adopted: bool  #: this unlock signed the roles of an upgraded vault


def verify_at_unlock(s: OrmSession, ctx: ServiceContext, vault: SlotSource,
                     user_id: str | None) -> Verified:
    """The acting user (from verified grants), or VaultDamaged/UnknownUser/UserInactive."""
    authority = verify_grants(s, vault.vault_id)
    check_root(authority, vault.slot_root, vault.slot_roots())
    warnings: list[str] = []
    if authority.legacy and audit_verify.has_signed_events(s):
        raise VaultDamaged(GRANTS_TAMPERED)
    adopted = False
    if authority.legacy and _may_adopt(s, user_id):
        authority, adopted = _adopt(s, ctx, vault, user_id or ""), True
    authority.problems += grant_record_problems(s, authority)
    if authority.legacy:
        user = _legacy_user(s, user_id)
        warnings.append(LEGACY_WARNING)
    else:
        user = _verified_user(s, ctx, vault, authority, user_id)
    if authority.problems and (user.role is not Role.ADMIN or not user.active):
        raise VaultDamaged(GRANTS_TAMPERED)
    warnings += authority.problems + table_problems(s, authority)
    warnings += slot_problems(authority, vault.slot_signing_keys())
    adoption = adoption_warning(s, authority)
    warnings += [adoption] if adoption else []
    report = audit_verify.verify_events(
        s, authority, start=audit_verify.checkpoint(s, vault.signer, authority))
    return Verified(user=user, authority=authority, warnings=warnings + report.problems,
                    audit=report, adopted=adopted)


ADOPTION_CONFIRMED = "authority.adoption_confirmed"


def adoption_confirmed(s: OrmSession, authority: Authority) -> bool:
    """An administrator (per the grants) confirmed this root's adoption with an event they
    signed themselves (hash and signature checked here: the warning must not be silenced
    by a forged event before the audit check names it)."""
    rows = s.scalars(select(m.AuditRow).where(
        m.AuditRow.action == ADOPTION_CONFIRMED, m.AuditRow.detail == authority.root_fingerprint))
    return any(_signed_by_admin(authority, row) for row in rows)


def _signed_by_admin(authority: Authority, row: m.AuditRow) -> bool:
    who = authority.users.get(row.user_id or "")
    if who is None or who.role is not Role.ADMIN or row.signer != row.user_id:
        return False
    digest = audit.event_hash(row.prev_hash, row.seq, row.at, row.user_id, row.action,
                              row.record_type, row.record_id, row.detail)
    if audit_chain.is_content_signature(row.signature):  # a team vault's event
        values = {"at": utc_text(row.at), "user_id": row.user_id, "action": row.action,
                  "record_type": row.record_type, "record_id": row.record_id,
                  "detail": row.detail, "signer": row.signer, "signature": row.signature}
        return digest == row.hash and audit_chain.content_signature_valid(who.keys, values)
    signature = unb64(row.signature, SIGNATURE_BYTES)
    return digest == row.hash and signature is not None and any(
        verify(key, signature, audit.signed_message(digest, row.signer)) for key in who.keys)


def adoption_warning(s: OrmSession, authority: Authority) -> str:
    """Until confirmed: who adopted the roles of an upgraded vault, and when."""
    if authority.adopted_at is None or adoption_confirmed(s, authority):
        return ""
    name = authority.name_of(authority.root_user_id)
    return (f"The roles of this vault were adopted from an unsigned earlier version by {name} "
            f"on {authority.adopted_at:%Y-%m-%d} (root of authority {authority.root_fingerprint}"
            f"). If {name} is not the administrator who upgraded this vault, stop using it and "
            "restore a backup; otherwise an administrator confirms it with "
            "“nap check --confirm-adoption”.")


def check_root(authority: Authority, own_root: bytes, slot_roots: dict[str, bytes]) -> None:
    """VaultDamaged when the grants are not rooted where the slots say.

    The unlocking user's own root was just unwrapped with their secret; every other bound
    slot names its root in clear, which nobody can remove or change without making that
    slot's own unlock fail (``keyslots.py``). So neither deleting the grants (to be adopted
    again as a "legacy" vault: no adoption while any slot is bound) nor a new chain with
    another root passes, even for a user who rewrapped their own slot without a root."""
    problem = root_problem(authority, own_root, slot_roots)
    if problem == ROOT_GONE:
        raise VaultDamaged(ROOT_GONE)
    if problem:
        raise VaultDamaged(ROOT_REPLACED)


def root_problem(authority: Authority, own_root: bytes, slot_roots: dict[str, bytes]) -> str:
    """The message of :func:`check_root`, or "" when the roots agree."""
    roots = set(slot_roots.values()) | ({own_root} if own_root else set())
    if not roots:
        return ""  # slots from before format 3: bound at the end of this unlock
    if authority.legacy:
        return ROOT_GONE
    if roots != {authority.root_key}:
        return ROOT_REPLACED
    return ""


def _table_user(s: OrmSession, user_id: str | None) -> m.UserRow:
    if user_id is None:  # recovery: the first active administrator acts
        row = s.scalars(select(m.UserRow).where(m.UserRow.role == Role.ADMIN.value,
                                                m.UserRow.active)
                        .order_by(m.UserRow.created_at)).first()
    else:
        row = s.get(m.UserRow, user_id)
    if row is None:
        raise UnknownUser()
    return row


def _legacy_user(s: OrmSession, user_id: str | None) -> e.User:
    row = _table_user(s, user_id)
    if not row.active:
        raise UserInactive()
    return mapping.user(row)


def _verified_user(s: OrmSession, ctx: ServiceContext, vault: SlotSource,
                   authority: Authority, user_id: str | None) -> e.User:
    if user_id is None:
        grantee = authority.recovery
        acting = _first_admin(authority)
    else:
        grantee = acting = authority.users.get(user_id)
    if (grantee is None or acting is None or not acting.active) and authority.problems:
        raise VaultDamaged(GRANTS_TAMPERED)
    if grantee is None or acting is None:
        raise VaultDamaged(NO_GRANT)
    if not acting.active:
        raise UserInactive()
    own_key = vault.signer.public_key
    if not grantee.key:  # upgraded vault: this user's first unlock binds their new key
        append_grant(s, vault.signer, vault_id=vault.vault_id, at=ctx.now(), kind="key",
                     user_id=grantee.user_id, name=grantee.name, role=grantee.role,
                     active=grantee.active, key=own_key)
        grantee.key = own_key
        grantee.keys.add(own_key)
    elif grantee.key != own_key:
        raise VaultDamaged(KEY_MISMATCH)
    row = s.get(m.UserRow, acting.user_id)
    display = row.display_name if row else acting.name
    return e.User(id=acting.user_id, name=acting.name, display_name=display, role=acting.role,
                  active=acting.active)


def _first_admin(authority: Authority) -> Grantee | None:
    root = authority.users.get(authority.root_user_id)
    if root and root.active and root.role is Role.ADMIN:
        return root
    admins = [g for g in authority.users.values() if g.active and g.role is Role.ADMIN]
    return min(admins, key=lambda g: g.name) if admins else None


def _may_adopt(s: OrmSession, user_id: str | None) -> bool:
    """Only an active administrator's own unlock (not a recovery session) adopts."""
    me = s.get(m.UserRow, user_id) if user_id else None
    return me is not None and me.active and me.role == Role.ADMIN.value


def _adopt(s: OrmSession, ctx: ServiceContext, vault: SlotSource, user_id: str) -> Authority:
    """The first administrator to unlock an upgraded vault signs its roles as they stand."""
    me = s.get(m.UserRow, user_id)
    assert me is not None
    keys = vault.slot_signing_keys()
    head = audit_verify.verify_events(s, None).head_seq
    now, signer, vault_id = ctx.now(), vault.signer, vault.vault_id
    append_grant(s, signer, vault_id=vault_id, at=now, kind="genesis", user_id=me.id,
                 name=me.name, role=Role.ADMIN, active=True, key=signer.public_key,
                 audit_from=head + 1, adopted=True)
    for row in s.scalars(select(m.UserRow).where(m.UserRow.id != me.id)
                         .order_by(m.UserRow.created_at, m.UserRow.name)):
        append_grant(s, signer, vault_id=vault_id, at=now, kind="user", user_id=row.id,
                     name=row.name, role=Role(row.role), active=row.active,
                     key=keys.get(row.id, b""))
    append_grant(s, signer, vault_id=vault_id, at=now, kind="recovery", user_id=RECOVERY,
                 name="", role=Role.ADMIN, active=RECOVERY in keys, key=keys.get(RECOVERY, b""))
    return verify_grants(s, vault_id)


def table_problems(s: OrmSession, authority: Authority) -> list[str]:
    """Where the ``users`` table disagrees with the signed grants (the grants apply)."""
    if authority.legacy:
        return []
    problems = []
    for row in s.scalars(select(m.UserRow).order_by(m.UserRow.name)):
        granted = authority.users.get(row.id)
        if granted is None:
            problems.append(f"User {row.name} has no signed grant (added outside NAP Desktop, "
                            "or after a broken grant): they have no rights.")
        elif row.role != granted.role.value:
            problems.append(f"{row.name}'s role is {row.role} in the user table but "
                            f"{granted.role.value} in their signed grant: the signed role "
                            "applies.")
        elif row.active != granted.active:
            state = {True: "active", False: "removed"}
            problems.append(f"{row.name} is {state[row.active]} in the user table but "
                            f"{state[granted.active]} in their signed grant: the signed grant "
                            "applies.")
    return problems


def grant_record_problems(s: OrmSession, authority: Authority) -> list[str]:
    """Every grant is recorded by a ``user.grant`` audit event naming its hash, and every
    such event's grant exists: grants cannot be removed without cutting the audit log."""
    recorded: dict[int, str] = {}
    # The partial index (migration 0011) holds only these events: no scan of the log.
    details = s.scalars(text("SELECT detail FROM audit_events INDEXED BY ix_audit_grants "
                             "WHERE action = 'user.grant'"))
    for detail in details:
        if not isinstance(detail, str):
            continue
        _word, number, digest = (detail.split(" ") + ["", ""])[:3]
        if number.isdigit():
            recorded[int(number)] = digest
    problems = []
    for seq, digest in sorted(recorded.items()):
        if seq > authority.grant_count:
            problems.append(f"User grant {seq} is recorded in the audit log but has been "
                            "deleted (a removed user or an old role may have been brought "
                            "back).")
        elif seq <= len(authority.hashes) and authority.hashes[seq - 1] != digest:
            problems.append(f"User grant {seq} differs from the one recorded in the audit "
                            "log (replaced).")
    for seq in range(1, len(authority.hashes) + 1):
        if seq not in recorded:
            problems.append(f"User grant {seq} is not recorded in the audit log (the audit "
                            "log was cut or the grant was added outside NAP Desktop).")
    return problems


def slot_problems(authority: Authority, slot_keys: dict[str, bytes]) -> list[str]:
    """A slot whose signing key is not the one its user's verified grant names."""
    if authority.legacy:
        return []
    problems = []
    for principal, key in sorted(slot_keys.items()):
        granted = authority.recovery if principal == RECOVERY else authority.users.get(principal)
        if granted is None or not granted.key:
            continue
        if key != granted.key:
            problems.append(f"The key slot of {authority.name_of(principal)} holds a signing "
                            "key that their signed grant does not name (swapped or removed).")
    return problems


@dataclass(slots=True)
class CheckResult:
    problems: list[str]
    facts: list[str]  #: what a person compares with what they noted (root, head)


def full_check(s: OrmSession, vault: SlotSource) -> CheckResult:
    """``nap check``: every grant, the user table, the slots' signing keys and every audit
    event's chain link and signature."""
    authority = verify_grants(s, vault.vault_id)
    problems = list(authority.problems)
    root = root_problem(authority, vault.slot_root, vault.slot_roots())
    problems += [root] if root else []
    if authority.legacy and audit_verify.has_signed_events(s):
        problems.append(GRANTS_DELETED)
    problems += grant_record_problems(s, authority)
    problems += table_problems(s, authority) + slot_problems(authority,
                                                              vault.slot_signing_keys())
    report = audit_verify.verify_events(s, authority)
    problems += report.problems
    return CheckResult(problems=problems, facts=_facts(s, authority, report))


def _facts(s: OrmSession, authority: Authority, report: audit_verify.ChainReport) -> list[str]:
    if authority.legacy:
        facts = [LEGACY_WARNING]
    else:
        facts = [f"Root of authority: {authority.name_of(authority.root_user_id)}'s signing "
                 f"key, fingerprint {authority.root_fingerprint} (compare it with the one "
                 "noted when the vault was set up)."]
        if authority.adopted_at is not None:
            facts.append(f"Roles were adopted from an unsigned earlier version by "
                         f"{authority.name_of(authority.root_user_id)} on "
                         f"{authority.adopted_at:%Y-%m-%d}; events before "
                         f"#{authority.audit_from} are unsigned.")
            if adoption_confirmed(s, authority):
                facts.append("An administrator has confirmed the adoption.")
    seen = s.execute(select(m.AuditRow.seq, m.AuditRow.at, m.AuditRow.user_id)
                     .where(m.AuditRow.action == RESTORE_SEEN)
                     .order_by(m.AuditRow.seq.desc()).limit(1)).first()
    if seen is not None:
        facts.append(f"The vault was last opened from a restored backup (its record of saved "
                     f"work was a restore marker) at {authority.name_of(seen.user_id)}'s "
                     f"unlock on {seen.at:%Y-%m-%d %H:%M} UTC (event #{seen.seq}); saved work "
                     "newer than that backup could not be checked.")
    facts.append(f"Audit log: {report.head_seq} events, newest #{report.head_seq} "
                 f"({report.head_hash[:16]}). Newest event of each user: " + ", ".join(
                     f"{authority.name_of(user)} #{seq}"
                     for user, seq in sorted(audit_verify.last_event_by_user(s).items(),
                                             key=lambda item: -item[1])) + ".")
    return facts
