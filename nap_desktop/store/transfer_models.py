"""Tables of the transfer feature: our agency keys, pinned partner cards, imported
packages, per-record sync state and conflicts.

They live in the same encrypted database as the case records (same ``Base``), so the
secret keys below are never on disk in the clear. Migration: ``db/versions/0003_transfer.py``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from nap_desktop.store.models import Base


class AgencyKeyRow(Base):
    """One generation of our agency identity. Rotation retires the current generation
    (``retired_at``) and keeps it, so packages encrypted to old keys still open."""

    __tablename__ = "transfer_agency_keys"
    generation: Mapped[int] = mapped_column(Integer, primary_key=True)
    x25519_identity: Mapped[str] = mapped_column(Text)  # AGE-SECRET-KEY-1...
    pq_identity: Mapped[str] = mapped_column(Text)  # AGE-SECRET-KEY-PQ-1...
    signing_private: Mapped[str] = mapped_column(String(64))  # raw Ed25519 seed, hex
    signing_public: Mapped[str] = mapped_column(String(64))  # raw Ed25519 key, hex
    key_fingerprint: Mapped[str] = mapped_column(String(64))  # see identity.key_fingerprint
    created_at: Mapped[datetime]
    retired_at: Mapped[datetime | None]


class PartnerCardRow(Base):
    """A partner's public identity card, pinned after its fingerprint was read out of band.
    A newer pinned card of the same agency marks the older one ``superseded``."""

    __tablename__ = "transfer_partner_cards"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    agency_id: Mapped[str] = mapped_column(String(36))  # the partner's own id for itself
    local_agency_id: Mapped[str] = mapped_column(ForeignKey("agencies.id"))
    card: Mapped[str] = mapped_column(Text)  # canonical card JSON as received
    x25519_recipient: Mapped[str] = mapped_column(Text, default="")
    pq_recipient: Mapped[str] = mapped_column(Text, default="")
    signing_public: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(64))
    key_fingerprint: Mapped[str] = mapped_column(String(64))
    verified_at: Mapped[datetime]
    verified_by: Mapped[str | None]
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (Index("ix_partner_cards_agency", "agency_id", "superseded"),)


class ImportedPackageRow(Base):
    """Every package applied, so that importing it again is a no-op."""

    __tablename__ = "transfer_imported_packages"
    export_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sender_agency_id: Mapped[str] = mapped_column(String(36))
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime]
    summary: Mapped[str] = mapped_column(Text, default="")  # counts only, no case data


class SyncStateRow(Base):
    """What was last exchanged with one partner for one record (sent or received), and
    what was last received from it (migration 0008; NULL/empty: nothing received since)."""

    __tablename__ = "transfer_sync_state"
    partner_agency_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_type: Mapped[str] = mapped_column(String(20), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    local_revision: Mapped[int] = mapped_column(Integer)
    remote_revision: Mapped[int] = mapped_column(Integer, default=0)  # last received; 0 = none
    content_hash: Mapped[str] = mapped_column(String(64))
    exchanged_at: Mapped[datetime]
    #: sync hash of the version last received from the partner (the base we send back)
    received_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    #: our revision right after taking that version (unchanged since: a fast-forward)
    received_revision: Mapped[int | None] = mapped_column(Integer, default=None)
    #: fingerprints of the withholdable values the partner last sent (one per field, see
    #: transfer.records.fingerprints): a value still the partner's own is not sent back
    received_fields: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: the content (canonical record JSON) of the versions ``content_hash`` and
    #: ``received_hash`` name: the base of a field-level merge (migration 0014; NULL:
    #: exchanged before, or nothing received)
    content_json: Mapped[str | None] = mapped_column(Text, default=None)
    received_json: Mapped[str | None] = mapped_column(Text, default=None)


class ConflictRow(Base):
    """A record changed on both sides since the last exchange: both versions kept."""

    __tablename__ = "transfer_conflicts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_type: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str] = mapped_column(String(36))
    partner_agency_id: Mapped[str] = mapped_column(String(36))
    export_id: Mapped[str] = mapped_column(String(36))
    local_revision: Mapped[int] = mapped_column(Integer)
    local_json: Mapped[str] = mapped_column(Text)
    remote_json: Mapped[str] = mapped_column(Text)
    #: the version both sides last held, as the partner named it (migration 0014);
    #: None: not known (stored before, or never exchanged in full)
    base_json: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]
    resolution: Mapped[str | None]  # "local" | "remote" | "merged"
    resolved_by: Mapped[str | None]
    #: "partner": a package's record met ours; "team": two team members' changes
    #: (``sync/apply.py``; migration 0017)
    source: Mapped[str] = mapped_column(String(8), default="partner", server_default="partner")
    __table_args__ = (
        Index("ix_conflicts_record", "record_type", "record_id"),
        UniqueConstraint("export_id", "record_type", "record_id", name="uq_conflict_package"),
    )
