"""Why a change set from another desktop was refused: one stable code, one message each.

The code and the message's arguments are recorded in ``sync_refused`` identically on
every device; the message is translated where it is shown. ``{who}`` is the person the
sending device was approved for; ``{what}`` a marked word naming the records.
"""

from __future__ import annotations

from nap_desktop.domain.messages import N_
from nap_desktop.sync.changeset import Refusal

MESSAGES: dict[str, str] = {
    # the device and the author
    "no-author": N_(
        "A change without an author was refused: every change must name the person who "
        "made it."),
    "grants-unverified": N_(
        "A change from {who}'s device was refused: the signed user grants of this vault do "
        "not verify here, so nobody's role can be trusted. Ask an administrator to run "
        "“nap check”."),
    "device-unknown": N_(
        "A change from a device nobody approved was refused: an administrator must approve "
        "a device before its changes count."),
    "device-removed": N_(
        "A change from {who}'s device was refused: the device was removed from the team."),
    "wrong-author": N_(
        "A change from {who}'s device was refused: it claims to be by {author}, but the "
        "device was approved for {who}."),
    "no-grant": N_(
        "A change from {who}'s device was refused: its author has no signed grant in this "
        "vault."),
    "user-removed": N_(
        "A change from {who}'s device was refused: {who} no longer has access to this "
        "vault."),
    "bad-user-sig": N_(
        "A change from {who}'s device was refused: it is not signed with its author's own "
        "key."),
    # control change sets
    "control-admin": N_(
        "A change from {who}'s device was refused: only an administrator may approve or "
        "remove devices or rotate the team's key."),
    "control-unknown": N_(
        "A change from {who}'s device was refused: it asks for a team change this version "
        "of NAP Desktop does not know. Update NAP Desktop."),
    "approve-inactive": N_(
        "A change from {who}'s device was refused: it approves a device for a person who "
        "has no access to this vault."),
    # tables and roles
    "local-table": N_(
        "A change from {who}'s device was refused: it writes data that never leaves a "
        "device."),
    "unknown-table": N_(
        "A change from {who}'s device was refused: it writes records this version of NAP "
        "Desktop does not know. Update NAP Desktop."),
    "needs-caseworker": N_(
        "A change from {who}'s device was refused: their role does not allow changing "
        "{what}."),
    "needs-supervisor": N_(
        "A change from {who}'s device was refused: only a supervisor or an administrator "
        "may change {what}."),
    "needs-admin": N_(
        "A change from {who}'s device was refused: only an administrator may change "
        "{what}."),
    "append-only": N_(
        "A change from {who}'s device was refused: {what} are only ever added to, never "
        "changed or deleted."),
    "immutable": N_(
        "A change from {who}'s device was refused: it changes a part of {what} that never "
        "changes once recorded (what it belongs to, or who recorded it)."),
    "no-delete": N_(
        "A change from {who}'s device was refused: {what} are never deleted."),
    "not-author": N_(
        "A change from {who}'s device was refused: it records {what} in another person's "
        "name."),
    "missing-row": N_(
        "A change from {who}'s device was refused: it changes {what} that do not exist "
        "here (an earlier change it depended on was refused, or removed them)."),
    "duplicate-row": N_(
        "A change from {who}'s device was refused: it adds {what} that already exist here."),
    "no-audit": N_(
        "A change from {who}'s device was refused: it carries no audit event saying who "
        "made it."),
    # special rules (``policy_checks.py``)
    "grant-invalid": N_(
        "A change from {who}'s device was refused: a user grant in it is not signed by an "
        "active administrator, or does not follow the grants before it."),
    "setting-fixed": N_(
        "A change from {who}'s device was refused: it changes a setting that never changes "
        "through the team, or one only an administrator may change."),
    "audit-forged": N_(
        "A change from {who}'s device was refused: it holds an audit event that is not its "
        "author's own, signed with their key."),
    "note-text": N_(
        "A change from {who}'s device was refused: a note's text changes only as a "
        "correction that keeps the earlier text, by the note's author or a supervisor."),
    "correction": N_(
        "A change from {who}'s device was refused: only the case's worker or a supervisor "
        "may correct or void its entries, never a partner's or one already voided."),
    "referral-moved": N_(
        "A change from {who}'s device was refused: a referral's agencies never change once "
        "it is recorded."),
    "status-transition": N_(
        "A change from {who}'s device was refused: that referral status change is not one "
        "our side may make, or their role may not make it (sending needs a supervisor)."),
    "status-history": N_(
        "A change from {who}'s device was refused: a referral's status changes only with a "
        "matching entry in its history, dated when it was made."),
    "release-consent": N_(
        "A change from {who}'s device was refused: it changes a release of information in "
        "a way nobody here may (a partner's release, or one already revoked)."),
    "release-terms": N_(
        "A change from {who}'s device was refused: the release of information it records "
        "breaks the rules for releases (at most a year from signing, a minor's signed by a "
        "parent or guardian, the survivor told that services do not depend on signing)."),
    "partner-record": N_(
        "A change from {who}'s device was refused: it changes a record a partner agency "
        "recorded; only that agency changes it, through its packages."),
    "document-record": N_(
        "A change from {who}'s device was refused: it adds a document to a case or a "
        "record that does not exist here, or to a record of another case."),
    # issue #13 (``policy_services.py``)
    "case-record": N_(
        "A change from {who}'s device was refused: only the case's worker or a supervisor "
        "may change its services, plans and tasks."),
    "service-record": N_(
        "A change from {who}'s device was refused: a service record is changed only by its "
        "author within 7 days, or by a supervisor's correction that keeps the earlier "
        "values."),
    "task-owner": N_(
        "A change from {who}'s device was refused: a task is changed only by the person it "
        "is assigned to, its creator or a supervisor, and only a supervisor gives a task to "
        "someone else."),
    "agency-self": N_(
        "A change from {who}'s device was refused: it changes which agency this vault "
        "belongs to."),
}


def refusal(code: str, **args: str) -> Refusal:
    """The refusal for ``code`` (a ``KeyError`` for a code without a message: a bug)."""
    template = MESSAGES[code]
    return Refusal(code=code, message=template,
                   args={k: v for k, v in args.items() if "{" + k + "}" in template})
