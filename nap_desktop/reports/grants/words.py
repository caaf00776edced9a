"""The words of the grant reports, in the language they print in.

Section titles, row labels and notes are ``N_``-marked here and translated through
``nap_desktop.i18n.translator(lang)``, like ``reports/i18n.py``. A row whose key names a
stored value ("gender.woman", "citizenship.refused") takes the label the screen shows
(``domain/labels.py``), so paper and screen agree.
"""

from __future__ import annotations

from enum import StrEnum

from nap_desktop.domain import enums
from nap_desktop.domain import labels as vocabulary
from nap_desktop.domain.messages import N_
from nap_desktop.i18n import translator

MESSAGES: dict[str, str] = {
    # titles and furniture
    "title.voca": N_("VOCA performance report"),
    "title.tims": N_("OVC TIMS performance report"),
    "title.quality": N_("Data quality report"),
    "period": N_("Reporting period"),
    "fiscal_year": N_("Federal fiscal year"),
    "quarter": N_("FY{year} quarter {quarter}"),
    "funding": N_("Funding source"),
    "all_funding": N_("All services, whatever their funding"),
    "audience": N_("Audience"),
    "outside": N_("For use outside the agency: counts from 1 to {limit} are shown as "
                  "\u201c<{threshold}\u201d"),
    "internal": N_("Internal use — {agency}"),
    "check_tims": N_("Check these figures against the current TIMS questionnaire before "
                     "entering them: its questions are not public and change between "
                     "periods."),
    "served_rule": N_("A client is counted when at least one service delivered to them in "
                      "the period (by our staff or by a partner through a referral) is "
                      "recorded; planned, declined, no-show and voided services do not "
                      "count."),
    "col.item": N_("Item"),
    "col.count": N_("Count"),
    "col.rate": N_("Rate"),
    "col.field": N_("Field"),
    "col.case": N_("Case number"),
    "col.fields": N_("Fields to complete"),
    "note_overlap": N_("A client who received services of several kinds is counted in "
                       "each; the rows do not add up to the total."),
    "note_quality": N_("Clients served in the period whose field is missing, not "
                       "collected, unknown to them or refused, and the share of all clients "
                       "served."),
    "note_suppressed": N_("\u201c<{threshold}\u201d: a count from 1 to {limit}, withheld. "
                          "\u201c*\u201d: withheld so that a small count cannot be worked out "
                          "from the total."),
    "cases_to_fix": N_("Cases to complete"),
    "no_cases": N_("No case has a field to complete."),
    "cases_limited": N_("The first {listed} of {total} cases are listed; the CSV file "
                        "lists them all."),
    "internal_only": N_("Internal use only: this list names cases."),
    # sections
    "sec.victims": N_("Victims served"),
    "sec.clients": N_("Clients served"),
    "sec.new_age": N_("New victims by age"),
    "sec.new_gender": N_("New victims by gender"),
    "sec.new_race": N_("New victims by race and ethnicity"),
    "sec.victimization": N_("Victims served by type of victimization"),
    "sec.voca_people": N_("Victims receiving services, by VOCA category"),
    "sec.voca_count": N_("Services provided, by VOCA category"),
    "sec.age": N_("Clients by age"),
    "sec.trafficking": N_("Clients by type of trafficking"),
    "sec.gender": N_("Clients by gender"),
    "sec.citizenship": N_("Clients by citizenship"),
    "sec.ovc_people": N_("Clients receiving services, by OVC service type"),
    "sec.ovc_count": N_("Services provided, by OVC service type"),
    "sec.activities": N_("Program activities held"),
    "sec.trainings": N_("Trainings by audience"),
    "sec.summary": N_("Fields with no usable answer"),
    "sec.per_field": N_("Answers per field"),
    # rows
    "served.new": N_("New"),
    "served.continuing": N_("Continuing"),
    "served.total": N_("Total served"),
    "new.total": N_("Total new victims"),
    "services.total": N_("Total services"),
    "age.0_12": N_("0–12"),
    "age.13_17": N_("13–17"),
    "age.18_24": N_("18–24"),
    "age.25_59": N_("25–59"),
    "age.60_up": N_("60 and older"),
    "age.not_reported": N_("Age not reported"),
    "age.adult": N_("Adult (18 or older)"),
    "age.minor": N_("Minor (under 18)"),
    "age.unknown": N_("Age unknown"),
    "any.multiple": N_("More than one"),
    "any.unrecognised": N_("Value not recognised"),
    "activity.total": N_("Total activities"),
    "training": N_("Trainings: {audience}"),
    "attendees": N_("Attendees: {audience}"),
    "attendees.total": N_("Total training attendees"),
    "outcome.complete": N_("Answered"),
    "outcome.doesnt_know": N_("Client doesn't know"),
    "outcome.refused": N_("Client refused"),
    "outcome.not_collected": N_("Not collected"),
    "outcome.missing": N_("Missing or not recognised"),
    "field.date_of_birth": N_("Date of birth"),
    "field.gender": N_("Gender"),
    "field.race_ethnicity": N_("Race and ethnicity"),
    "field.sex": N_("Sex"),
    "field.citizenship": N_("Citizenship"),
    "field.referral_source": N_("Referral source"),
    "field.trafficking_type": N_("Type of trafficking"),
}

#: row prefix -> the vocabulary (enum class name in domain/enums.py) its values come from
_VOCABULARY = {"gender": "Gender", "race": "RaceEthnicity", "citizenship": "Citizenship",
               "trafficking": "TraffickingType", "activity": "ActivityKind",
               "training": "ActivityAudience", "attendees": "ActivityAudience",
               "sex": "Sex", "referral_source": "ReferralSource"}


def t(lang: str, key: str, **values: object) -> str:
    """The message ``key`` in ``lang``."""
    text = translator(lang).gettext(MESSAGES[key])
    return text.format(**values) if values else text


def _value_label(lang: str, vocab: str, value: str) -> str:
    cls = getattr(enums, vocab, None)
    if isinstance(cls, type) and issubclass(cls, StrEnum):
        try:
            return translator(lang).gettext(vocabulary.source(cls(value)))
        except ValueError:
            pass
    return value


def _catalogue_label(lang: str, prefix: str, value: str) -> str:
    """A VOCA category ("B. Personal advocacy ...") or an OVC service type, as
    ``domain/service_catalog.py`` names it."""
    from nap_desktop.domain import service_catalog

    table = service_catalog.VOCA_CATEGORIES if prefix == "voca" else service_catalog.TIMS_TYPES
    source = table.get(value)
    if source is None:
        return value
    text = translator(lang).gettext(source)
    return f"{value}. {text}" if prefix == "voca" else text


def row_label(lang: str, key: str) -> str:
    """The label of the row ``key`` ("served.new", "gender.refused", "voca.B") in ``lang``."""
    if key in MESSAGES:
        return t(lang, key)
    prefix, _, value = key.partition(".")
    if f"any.{value}" in MESSAGES:
        return t(lang, f"any.{value}")
    if prefix in ("voca", "ovc"):
        return _catalogue_label(lang, prefix, value)
    label = _value_label(lang, _VOCABULARY.get(prefix, ""), value)
    if prefix in ("training", "attendees"):
        return t(lang, prefix, audience=label)
    return label


def section_title(lang: str, key: str) -> str:
    """The title of section ``key``; a data-quality field section is named by its field."""
    return t(lang, key if key.startswith("field.") else f"sec.{key}")
