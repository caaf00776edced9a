from __future__ import annotations

import pytest

from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.passphrase import check_passphrase, strength_bits, strength_label


@pytest.mark.parametrize("bad", ["short", "aaaaaaaaaaaaaaaa", "password1234", "Password1234"])
def test_weak_passphrases_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        check_passphrase(bad)


def test_user_name_inside_passphrase_refused() -> None:
    with pytest.raises(ValidationError, match="user name"):
        check_passphrase("marcus-likes-long-walks", user_name="marcus")


def test_good_passphrases_pass_including_quotes_and_accents() -> None:
    check_passphrase('tortilla "lámpara" \\ río verde')
    assert strength_label(strength_bits("correct horse battery staple")) in {
        "strong",
        "very strong",
    }
    assert strength_label(strength_bits("abc")) == "too weak"
