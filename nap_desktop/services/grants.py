"""Signed user grants: who may use the vault, in which role, with which signing key.

Every user of a vault holds the data key, so anything stored under it alone (the
``users`` table, settings, the audit hash chain) can be rewritten by any of them. Roles
and active flags are therefore taken from a chain of grants signed with Ed25519 keys that
only their owners hold (each user's key is wrapped under their own passphrase):

* grant 1 (``genesis``) is the vault creator's own grant, signed with their own key: the
  root of the vault's authority;
* every later grant (``user``: a user added, their role, active flag or signing key
  changed; ``recovery``: the recovery key's signing key) is signed by a user who is an
  active administrator at that point of the chain, or by the recovery key;
* ``key`` binds a signing key to a user whose grant names none yet (a vault upgraded from
  an earlier version: the user's first unlock after the upgrade), signed by that key.

Each grant names its sequence number and the hash of the grant before it, so a grant
deleted, altered, reordered or copied (replayed) elsewhere in the chain breaks it. Each
grant is also recorded by a signed ``user.grant`` audit event naming its number and hash:
removing the newest grants (to bring back a removed user) means cutting the audit log at
that point too, with every later event of every user. The
chain is verified from the root down; at the first bad grant verification stops and
every later grant is ignored. The format is in ``docs/vault-format.md`` section 9.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain.enums import Role
from nap_desktop.services import audit
from nap_desktop.store import models as m
from nap_desktop.store.grant_chain import (
    GENESIS_HASH,
    RECOVERY,
    SIGN_DOMAIN,
    Authority,
    Grantee,
    canonical,
    grant_hash,
    verify_rows,
)
from nap_desktop.store.signing import Signer, b64
from nap_desktop.store.types import utc_text

__all__ = ["GENESIS_HASH", "GRANT_ACTION", "RECOVERY", "Authority", "Grantee", "append_grant",
           "grant_hash", "verify_grants"]


# --- writing -----------------------------------------------------------------------


GRANT_ACTION = "user.grant"


def append_grant(session: OrmSession, signer: Signer, *, vault_id: str, at: datetime, kind: str,
                 user_id: str, name: str, role: Role, active: bool, key: bytes,
                 audit_from: int = 0, adopted: bool = False,
                 actor_id: str | None = None) -> None:
    """Sign and append one grant after the last one in the table, and the audit event
    that records it (by ``actor_id``, default the signer)."""
    last = session.scalars(select(m.GrantRow).order_by(m.GrantRow.seq.desc()).limit(1)).first()
    seq = last.seq + 1 if last else 1
    prev = grant_hash(last.body, last.signature) if last else GENESIS_HASH
    body = canonical({
        "v": 1, "vault_id": vault_id, "seq": seq, "prev": prev, "at": utc_text(at),
        "kind": kind, "user_id": user_id, "name": name, "role": role.value, "active": active,
        "key": b64(key) if key else "", "signer": signer.principal, "audit_from": audit_from,
        "adopted": adopted})
    signature = b64(signer.sign(SIGN_DOMAIN + body.encode()))
    session.add(m.GrantRow(seq=seq, body=body, signature=signature))
    session.flush()
    actor = actor_id if actor_id is not None or signer.principal == RECOVERY \
        else signer.principal
    audit.append(session, at=at, user_id=actor, action=GRANT_ACTION, record_type="user",
                 record_id=None if user_id == RECOVERY else user_id,
                 detail=f"grant {seq} {grant_hash(body, signature)}", signer=signer)


def verify_grants(session: OrmSession, vault_id: str) -> Authority:
    """Walk the vault's chain from the root (``store/grant_chain.py``)."""
    rows = session.execute(select(m.GrantRow.seq, m.GrantRow.body, m.GrantRow.signature)
                           .order_by(m.GrantRow.seq))
    return verify_rows(((seq, body, sig) for seq, body, sig in rows), vault_id)
