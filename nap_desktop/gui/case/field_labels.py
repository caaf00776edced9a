"""The human name of every field a transferred record carries, as the case editors and
the PDFs call it (the field registry's labels, ``domain.fields``, translated when asked
for: "Legal name", "Project start (3.10)", "Release used"), for views that show records
field by field, such as the conflict comparison."""

from __future__ import annotations

from nap_desktop.domain import fields as registry
from nap_desktop.gui.widgets.common import tr

#: The lists inside a record -> the registry's name for one of their rows.
_ITEMS = {"history": "referral.history", "ledger": "placement.ledger",
          "steps": "restitution.steps", "money": "restitution.money"}


def _label(record: str, path: str) -> str | None:
    """The registry label of ``path`` (``personal.x`` for a client's personal fields)."""
    key = path.removeprefix("personal.") if record == "client" else path
    spec = registry.REGISTRY.get(record, {}).get(key)
    # a team conflict names a client's personal field by its column, without "personal."
    if spec is None or path not in (spec.path, spec.path.removeprefix("personal.")):
        return None
    return tr(spec.label)


def field_label(record_type: str, path: str) -> str:
    """``("client", "personal.legal_name")`` -> "Legal name"; an item of a list, such as
    ``"history 2"`` or ``"ledger 5f0c1a2b"``, -> "Status history 2". Unknown paths keep
    a readable form of their own name."""
    name, _space, tag = path.partition(" ")
    known = _label(record_type, name)
    if known is None:
        text = ": ".join(p.replace("_", " ") for p in name.split("."))
        known = text[:1].upper() + text[1:]
    return f"{known} {tag}" if tag else known


def item_label(container: str, key: str) -> str:
    """The label of ``key`` in one item of a list (``ledger``, ``steps``, …)."""
    record = _ITEMS.get(container)
    spec = registry.REGISTRY[record].get(key) if record else None
    return tr(spec.label) if spec is not None else key.replace("_", " ")
