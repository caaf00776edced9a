"""Core messages are templates with named arguments, translated when shown: words among
the arguments (a field label, a status) are translated with them, data stays as it is,
plurals follow the count, and ``str(error)`` stays the English text."""

from __future__ import annotations

import pytest

from nap_desktop.domain import errors as err
from nap_desktop.domain.messages import N_, NP_, Message, placeholders
from nap_desktop.i18n import render
from nap_desktop.services import validate as v

SPANISH = {
    "{label} is required.": "El campo «{label}» es obligatorio.",
    "Legal name": "Nombre legal",
    "No agency called “{name}”.": "No hay ninguna agencia llamada «{name}».",
    "Court": "Tribunal",  # a word we translate, but here the name of an agency (data)
    ("Too many failed attempts. Try again in {n} minute.", 0):
        "Demasiados intentos fallidos. Intente de nuevo en {n} minuto.",
    ("Too many failed attempts. Try again in {n} minute.", 1):
        "Demasiados intentos fallidos. Intente de nuevo en {n} minutos.",
    "A referral that is {current} cannot become {target}.":
        "Una derivación en estado «{current}» no puede pasar a «{target}».",
    "in progress": "en curso",
    "sent": "enviada",
    "Broken {nombre}.": "Roto {nombre}.",
}


class FakeSpanish:
    """A catalogue as gettext's: (singular, form) keys for plurals."""

    def gettext(self, message: str, /) -> str:
        found = SPANISH.get(message)
        return found if isinstance(found, str) else message

    def ngettext(self, singular: str, plural: str, n: int, /) -> str:
        found = SPANISH.get((singular, 0 if n == 1 else 1))
        return found if isinstance(found, str) else (singular if n == 1 else plural)


def test_a_word_argument_is_translated_with_its_sentence() -> None:
    with pytest.raises(err.ValidationError) as raised:
        v.text("  ", field="legal_name", label=N_("Legal name"), required=True)
    assert str(raised.value) == "Legal name is required."  # English for logs and the CLI
    assert raised.value.message == "Legal name is required."
    assert raised.value.field == "legal_name"
    assert render(raised.value, FakeSpanish()) == "El campo «Nombre legal» es obligatorio."


def test_a_data_argument_stays_as_it_is() -> None:
    error = err.ValidationError(N_("No agency called “{name}”."), name="Court")
    assert render(error, FakeSpanish()) == "No hay ninguna agencia llamada «Court»."


def test_a_plural_follows_the_count_in_each_language() -> None:
    assert str(err.LockedOut(30)) == "Too many failed attempts. Try again in 1 minute."
    assert str(err.LockedOut(125)) == "Too many failed attempts. Try again in 3 minutes."
    assert render(err.LockedOut(30), FakeSpanish()).endswith("en 1 minuto.")
    assert render(err.LockedOut(125), FakeSpanish()).endswith("en 3 minutos.")


def test_status_words_are_translated_as_words() -> None:
    from nap_desktop.domain.enums import ReferralStatus
    from nap_desktop.domain.rules import TransitionRequest, check_referral_transition

    request = TransitionRequest(current=ReferralStatus.IN_PROGRESS, target=ReferralStatus.SENT)
    with pytest.raises(err.InvalidTransition) as raised:
        check_referral_transition(request)
    assert str(raised.value) == "A referral that is in progress cannot become sent."
    assert render(raised.value, FakeSpanish()) == (
        "Una derivación en estado «en curso» no puede pasar a «enviada»."
    )


def test_defaults_are_marked_templates_and_untranslated_text_stays_english() -> None:
    assert str(err.WrongPassphrase()) == err.WrongPassphrase.default_message
    assert render(err.NapError(N_("Brand new message.")), FakeSpanish()) == "Brand new message."
    # Text without arguments is shown as it is, braces included (a path, pasted text).
    assert str(err.ValidationError("The folder C:/{odd} does not exist.")) == (
        "The folder C:/{odd} does not exist."
    )


def test_a_translation_naming_an_unknown_argument_falls_back_to_english() -> None:
    assert Message(N_("Broken {name}."), name="x").render(FakeSpanish()) == "Broken x."


def test_an_error_passes_its_message_on() -> None:
    first = err.ValidationError(N_("No agency called “{name}”."), name="Harbor")
    again = err.TransferError(first.translatable)
    assert str(again) == "No agency called “Harbor”."
    assert render(again, FakeSpanish()) == "No hay ninguna agencia llamada «Harbor»."


def test_placeholders_of_a_template() -> None:
    assert placeholders("Enter a date between {first} and {last}.") == {"first", "last"}
    assert placeholders("No braces.") == set()
    plural = NP_("{n} day", "{n} days")
    assert placeholders(plural.singular) == placeholders(plural.plural) == {"n"}
