"""Entries and notes belong to the agency that recorded them (corrections, never deletions).

A money or housing assistance entry, or a note, is corrected or voided only where it was
recorded (``services/corrections.py``); the change reaches a partner with the next
package. A package may carry our entries and notes back (the partner holds copies of
them), but only as we have them now or as we sent them before (a stale copy, which
changes nothing here): a package that voids, corrects or rewrites one of them, or brings
an entry that claims to correct one of ours, is refused whole (docs/transfer-format.md,
"Corrections"). The writer then keeps every entry that is not the sender's as stored
(:func:`replace_sender_entries`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain.errors import TransferError
from nap_desktop.domain.messages import N_
from nap_desktop.store import models as m
from nap_desktop.transfer import records as rec

#: Record type -> (its list of entries, the entry's date field).
ENTRY_LISTS: Mapping[str, tuple[str, str]] = {"placement": ("ledger", "paid_on"),
                                              "restitution": ("money", "on")}
#: Child tables whose rows are entries.
ENTRY_TABLES = frozenset({"assistance_entries", "restitution_money"})


class OursChanged(TransferError):
    default_message = N_(
        "The package voids, corrects or rewrites money entries, housing assistance entries "
        "or notes recorded here. Only the agency that recorded an entry or note may change "
        "it; nothing was imported. Ask the partner to send a new package."
    )


def check_ours_untouched(s: OrmSession, records: Iterable[Mapping[str, Any]],
                         local: Mapping[tuple[str, str], Any]) -> None:
    """Refuse the package (:class:`OursChanged`) where it changes an entry or note we
    recorded (``origin_agency_id`` None), or brings an entry correcting one of ours."""
    corrected: set[str] = set()
    for env in records:
        kind, data = env["type"], env["data"]
        if kind == "note":
            held = local.get(("note", env["id"]))
            if held is not None and held.get("origin_agency_id") is None \
                    and not _same_note(s, data, held):
                raise OursChanged()
            continue
        if kind not in ENTRY_LISTS:
            continue
        key, day_field = ENTRY_LISTS[kind]
        held = local.get((kind, env["id"]))
        ours = {} if held is None else {
            x["id"]: x for x in held.get(key, ()) if x.get("origin_agency_id") is None}
        for item in data[key]:
            mine = ours.get(item["id"])
            if mine is not None and not _same_entry(item, mine, day_field):
                raise OursChanged()
            if mine is None and item.get("corrects_id") is not None:
                corrected.add(item["corrects_id"])
    _refuse_corrections_of_ours(s, corrected)


def _same_entry(item: Mapping[str, Any], mine: Mapping[str, Any], day_field: str) -> bool:
    """Our entry as we hold it, or as we sent it before voiding it. (Its note may be
    withheld from the sender: it is not compared, and never written.)"""
    if (item["kind"], item["amount_cents"], item[day_field]) != (
            mine["kind"], mine["amount_cents"], rec.day(mine[day_field])):
        return False
    if item.get("corrects_id", mine["corrects_id"]) != mine["corrects_id"]:
        return False
    theirs = item.get("voided_at")
    return theirs is None or (mine["voided_at"] is not None
                              and theirs == rec.stamp(mine["voided_at"]))


def _same_note(s: OrmSession, data: Mapping[str, Any], held: Mapping[str, Any]) -> bool:
    """Our note as we hold it, or an earlier text of it (sent before a correction)."""
    theirs = data.get("voided_at")
    if theirs is not None and (held["voided_at"] is None
                               or theirs != rec.stamp(held["voided_at"])):
        return False
    body = data.get("body")
    if body is None or body == held["body"]:
        return True
    earlier = s.scalars(select(m.NoteVersionRow.body)
                        .where(m.NoteVersionRow.note_id == held["id"]))
    return body in set(earlier)


def _refuse_corrections_of_ours(s: OrmSession, corrected: set[str]) -> None:
    for table in ENTRY_TABLES:
        for _id, origin in rec.ids_in(s, table, corrected, "origin_agency_id"):
            if origin is None:
                raise OursChanged()


def replace_sender_entries(s: OrmSession, child: rec.Child,
                           updated: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]],
                           sender: str) -> set[str]:
    """Delete the sender's entries that the package carries again (their newest version
    follows); return the ids of the entries held here that stand as stored: ours, a
    third agency's, and the sender's that the package lacks (never deleted)."""
    t = rec.RAW[child.table]
    replaced: list[str] = []
    keep: set[str] = set()
    for env, local in updated:
        carried = {item["id"] for item in env["data"][child.key]}
        for row in local.get(child.key, ()):
            if row.get("origin_agency_id") == sender and row["id"] in carried:
                replaced.append(row["id"])
            else:
                keep.add(row["id"])
    for part in rec.chunks(replaced):
        s.execute(delete(t).where(t.c.id.in_(rec.one_of(part))))
    return keep
