"""Three-way merge of one record, field by field: the version both sides last held
(the base), ours and theirs. Pure and record-type-generic: transfer conflicts and team
sync conflicts both use it (docs/transfer-format.md, "Merging a conflict").

For each field:

- unchanged on both sides: nothing happens;
- changed here only: ours stays;
- changed there only: theirs is taken automatically;
- changed on both sides to the same value: that value;
- changed on both sides to different values: a person picks;
- no base known (a conflict stored before bases were kept): every differing field is
  a pick, since nobody can tell which side changed it.

A caller may guard fields (``Guard``): a field the partner may not decide keeps ours
whatever it sent (``pickable=False``: consent, withheld fields, fields the authority
rules keep ours), and a field a person must always review is a pick even when only the
partner changed it (``pickable=True``: a date of birth). Every outcome says why.

The result never holds a value neither side had: each field ends with ours or theirs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final

from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import N_


class _Absent:
    """A field a version does not hold (not sent, withheld, or not in the base)."""

    _instance: _Absent | None = None

    def __new__(cls) -> _Absent:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "ABSENT"

    def __bool__(self) -> bool:
        return False


ABSENT: Final = _Absent()


class Side(StrEnum):
    HERE = "here"  # ours: this vault's value
    PARTNER = "partner"  # theirs: the other side's value


class Outcome(StrEnum):
    """What happens to one field, as the conflict view says it."""

    UNCHANGED = "unchanged"  # the same on both sides
    KEPT = "kept"  # only we changed it: ours stays
    TAKEN = "taken"  # only they changed it: theirs, automatically
    SAME = "same"  # both changed it to the same value
    PICK = "pick"  # a person chooses
    GUARDED = "guarded"  # they changed it, but may not decide it: ours stays
    NOT_SENT = "not_sent"  # they did not send it: ours stays


#: Outcomes that end with our value (without a pick).
_OURS = frozenset({Outcome.UNCHANGED, Outcome.KEPT, Outcome.SAME, Outcome.GUARDED,
                   Outcome.NOT_SENT})


@dataclass(frozen=True, slots=True)
class Guard:
    """Why a field is never taken from theirs automatically (a reason code the caller
    explains), and whether a person may still choose theirs."""

    reason: str
    pickable: bool = False


@dataclass(frozen=True, slots=True)
class FieldMerge:
    """One field: the three values, the outcome and (for a guard) its reason."""

    name: str
    base: Any
    ours: Any
    theirs: Any
    outcome: Outcome
    reason: str = ""

    @property
    def automatic_side(self) -> Side | None:
        """The side the field ends with without a pick (None: a person picks)."""
        if self.outcome is Outcome.PICK:
            return None
        return Side.PARTNER if self.outcome is Outcome.TAKEN else Side.HERE


class MissingPick(ValidationError):
    """A contested field has no pick: nothing is changed. ``missing``: their names."""

    def __init__(self, missing: Iterable[str] = ()) -> None:
        super().__init__(N_("Choose a value for every field changed on both sides: "
                            "nothing was changed."), field="picks")
        self.missing = tuple(missing)


class UnknownPick(ValidationError):
    """A pick names a field that waits for no decision. ``unknown``: those names."""

    def __init__(self, unknown: Iterable[str] = ()) -> None:
        super().__init__(N_("A choice names a field that is not waiting for a decision: "
                            "nothing was changed."), field="picks")
        self.unknown = tuple(unknown)


class BadSide(ValidationError):
    """A pick that is neither "here" nor "partner"."""

    def __init__(self) -> None:
        super().__init__(N_("A choice must keep the value here or take the partner's: "
                            "nothing was changed."), field="picks")


@dataclass(frozen=True, slots=True)
class Merge:
    """The merge of one record: its fields in the caller's order."""

    fields: tuple[FieldMerge, ...]
    base_known: bool

    @property
    def pending(self) -> tuple[str, ...]:
        """The fields a person must pick."""
        return tuple(f.name for f in self.fields if f.outcome is Outcome.PICK)

    def by_name(self) -> dict[str, FieldMerge]:
        return {f.name: f for f in self.fields}

    def sides(self, picks: Mapping[str, Side | str]) -> dict[str, Side]:
        """The side each field ends with, given a pick for every pending field. Refuses
        a missing pick, or a pick for a field that is not pending."""
        try:
            chosen = {name: Side(value) for name, value in picks.items()}
        except ValueError:
            raise BadSide() from None
        pending = set(self.pending)
        if set(chosen) - pending:
            raise UnknownPick(sorted(set(chosen) - pending))
        if pending - set(chosen):
            raise MissingPick(n for n in self.pending if n not in chosen)
        return {f.name: chosen[f.name] if f.outcome is Outcome.PICK
                else f.automatic_side or Side.HERE for f in self.fields}

    def result(self, picks: Mapping[str, Side | str]) -> dict[str, Any]:
        """The merged values (a field that ends ABSENT is left out)."""
        out: dict[str, Any] = {}
        sides = self.sides(picks)
        for f in self.fields:
            value = f.theirs if sides[f.name] is Side.PARTNER else f.ours
            if value is not ABSENT:
                out[f.name] = value
        return out

    def taken(self, picks: Mapping[str, Side | str]) -> frozenset[str]:
        """The fields whose value changes here: theirs taken where it differs from ours."""
        sides = self.sides(picks)
        return frozenset(f.name for f in self.fields
                         if sides[f.name] is Side.PARTNER and f.theirs != f.ours)


def merge_field(name: str, base: Any, ours: Any, theirs: Any, *, base_known: bool,
                guard: Guard | None = None) -> FieldMerge:
    """The outcome of one field (``ABSENT`` where a version does not hold it)."""
    def outcome(o: Outcome, reason: str = "") -> FieldMerge:
        return FieldMerge(name, base, ours, theirs, o, reason)

    if theirs is ABSENT and ours is not ABSENT:
        return outcome(Outcome.NOT_SENT)
    if ours == theirs:
        changed = base_known and base != ours
        return outcome(Outcome.SAME if changed else Outcome.UNCHANGED)
    known = base_known and base is not ABSENT
    if known and base == theirs:
        return outcome(Outcome.KEPT)  # only we changed it: no guard needed
    if guard is not None:
        return outcome(Outcome.PICK if guard.pickable else Outcome.GUARDED, guard.reason)
    if known and base == ours:
        return outcome(Outcome.TAKEN)
    return outcome(Outcome.PICK)  # both changed it, or nobody can tell who did


def merge(base: Mapping[str, Any] | None, ours: Mapping[str, Any],
          theirs: Mapping[str, Any], *, guards: Mapping[str, Guard] | None = None,
          order: Iterable[str] = ()) -> Merge:
    """Merge flat field dicts (``base`` None: no base known). Fields come in ``order``
    first, then ours, then the ones only theirs holds."""
    names = list(dict.fromkeys([*order, *ours, *theirs]))
    names = [n for n in names if n in ours or n in theirs]
    known = base is not None
    guards = guards or {}
    return Merge(tuple(
        merge_field(n, (base or {}).get(n, ABSENT), ours.get(n, ABSENT),
                    theirs.get(n, ABSENT), base_known=known, guard=guards.get(n))
        for n in names), known)


def ends_ours(field: FieldMerge) -> bool:
    """Whether a field keeps our value without a pick."""
    return field.outcome in _OURS
