"""``nap docs add|list|get|remove``: documents on a case (issue #14).

``get`` is "Save a copy…": the only way a document's bytes leave the vault to a file; it is
audited and the file is owner-only. ``remove`` voids with a reason: nothing is deleted.
"""

from __future__ import annotations

import argparse
from datetime import date
from enum import StrEnum

from nap_desktop.cli_commands.common import CliError, Env, print_json, table
from nap_desktop.domain.labels import source
from nap_desktop.domain.messages import Message
from nap_desktop.i18n import _, render


def label_of(member: StrEnum) -> str:
    """An enum value's label (``domain/labels.py``), translated."""
    return render(Message(source(member)))


def _attach(value: str | None, client_id: str) -> tuple[str, str]:
    if value is None:
        return "client", client_id
    kind, sep, target = value.partition(":")
    if not sep or kind not in ("release", "referral", "placement", "restitution_matter") \
            or not target:
        raise CliError(_("--attach is TYPE:ID, TYPE one of release, referral, placement, "
                         "restitution_matter"))
    return kind, target


def cmd_add(args: argparse.Namespace, env: Env) -> int:
    """Add FILE to CASE; say what was removed from a photo."""
    ws = env.workspace()
    client_id = ws.assignments.find_cases([args.case])[0]
    where, target = _attach(args.attach, client_id)
    added = ws.documents.add_file(
        client_id=client_id, attached_type=where, attached_id=target, kind=args.kind,
        title=args.title, doc_date=date.fromisoformat(args.date) if args.date else None,
        path=args.file)
    doc = added.document
    print(_("Added document {id}: {kind}, {media}, {size} bytes.").format(
        id=doc.id, kind=label_of(doc.kind), media=doc.media_type, size=doc.size))
    if added.removed:
        print(_("Removed from the file before it was stored: {what}.").format(
            what=", ".join(label_of(r) for r in added.removed)))
    if added.already_stored:
        print(_("The same file was already in the vault: it is stored once."))
    return 0


def cmd_list(args: argparse.Namespace, env: Env) -> int:
    """The case's documents, newest first; voided ones marked."""
    ws = env.workspace()
    client_id = ws.assignments.find_cases([args.case])[0]
    docs = ws.documents.list_for_client(client_id)
    if args.json:
        print_json([{"id": d.id, "kind": d.kind.value, "title": d.title,
                     "date": d.doc_date.isoformat() if d.doc_date else None,
                     "media_type": d.media_type, "size": d.size, "pages": d.pages,
                     "attached_type": d.attached_type.value, "attached_id": d.attached_id,
                     "added_by": d.added_by_name, "voided": d.voided} for d in docs])
        return 0
    if not docs:
        print(_("No documents on this case."))
        return 0
    rows = [[d.id, label_of(d.kind), d.title, d.doc_date.isoformat() if d.doc_date else "",
             str(d.size), d.added_by_name, _("voided") if d.voided else ""] for d in docs]
    print(table(rows, [_("Id"), _("Kind"), _("Title"), _("Date"), _("Bytes"), _("Added by"),
                       _("Status")]))
    return 0


def cmd_get(args: argparse.Namespace, env: Env) -> int:
    """Save a copy (audited, owner-only, atomic)."""
    out = args.out
    if out.is_dir():
        raise CliError(_("{path} is a folder: choose a file name.").format(path=out))
    if not out.parent.is_dir():
        raise CliError(_("The folder {folder} does not exist.").format(folder=out.parent))
    if (out.exists() or out.is_symlink()) and not args.force:
        raise CliError(_("{path} exists: choose another name, or add --force to replace "
                         "it.").format(path=out))
    ws = env.workspace()
    ws.documents.save_copy(args.document, out)
    print(_("Saved a copy to {path} (readable only by you; recorded in the audit log).")
          .format(path=out))
    return 0


def cmd_remove(args: argparse.Namespace, env: Env) -> int:
    """Void with a reason."""
    ws = env.workspace()
    doc = ws.documents.void(args.document, args.reason)
    print(_("Voided document {id}; it stays in the vault for the audit.").format(id=doc.id))
    return 0
