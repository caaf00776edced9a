"""``nap docs add|list|get|remove`` end to end on a demo vault, with hostile arguments
(issue #14): a clear one-line message, exit 1 (2 for a malformed command line), nothing
stored, never a traceback."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from nap_desktop.cli import main
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.demo import DEMO_PASSPHRASE
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.vault import Vault
from tests import doc_samples as samples


@pytest.fixture
def case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    path = tmp_path / "demo-vault"
    monkeypatch.setenv("NAP_VAULT", str(path))
    monkeypatch.setenv("NAP_USER", "sofia")
    monkeypatch.setenv("NAP_PASSPHRASE", DEMO_PASSPHRASE)
    assert main(["demo", "--referrals", "0"]) == 0
    with Vault.open(path) as v:
        ws = Workspace.unlock(v, "admin", DEMO_PASSPHRASE)
        number = ws.cases.create_client(PersonalInput(legal_name="Rosa")).case_number
        ws.lock()
    return tmp_path, number


def _listed(number: str, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["docs", "list", number, "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_add_list_get_remove(case: tuple[Path, str], capsys: pytest.CaptureFixture[str]
                             ) -> None:
    tmp, number = case
    photo = tmp / "IMG_0042.jpg"
    photo.write_bytes(samples.jpeg())
    code = main(["docs", "add", number, str(photo), "--kind", "photo", "--title", "Injury",
                 "--date", "2026-10-01"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert "image/jpeg" in out and "GPS location" in out and "Camera serial number" in out
    [doc] = _listed(number, capsys)
    assert (doc["kind"], doc["title"], doc["date"]) == ("photo", "Injury", "2026-10-01")
    copy = tmp / "copy.jpg"
    assert main(["docs", "get", str(doc["id"]), "--out", str(copy)]) == 0
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert samples.CANARY.encode() not in copy.read_bytes()
    assert main(["docs", "get", str(doc["id"]), "--out", str(copy)]) == 1
    assert "--force" in capsys.readouterr().err
    assert main(["docs", "remove", str(doc["id"]), "--reason", "Wrong case"]) == 0
    assert _listed(number, capsys)[0]["voided"] is True


@pytest.mark.parametrize(("content", "name", "says"), [
    (b"", "empty.pdf", "This file is empty"),
    (b"MZ\x90\x00 not a pdf", "order.pdf", "named like a PDF file"),
    (b"hello", "notes.txt", "not a PDF, PNG or JPEG"),
    (samples.jpeg()[:200], "photo.jpg", "JPEG image is damaged"),
    (samples.png()[:-25], "photo.png", "PNG image is damaged"),
])
def test_bad_files_store_nothing(case: tuple[Path, str], capsys: pytest.CaptureFixture[str],
                                 content: bytes, name: str, says: str) -> None:
    tmp, number = case
    bad = tmp / name
    bad.write_bytes(content)
    code = main(["docs", "add", number, str(bad), "--kind", "other", "--title", "x"])
    err = capsys.readouterr().err
    assert code == 1 and says in err and "Traceback" not in err
    assert _listed(number, capsys) == []


def test_hostile_arguments(case: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    tmp, number = case
    good = tmp / "order.pdf"
    good.write_bytes(samples.pdf())
    big = tmp / "big.pdf"
    with open(big, "wb") as handle:
        handle.truncate(30_000_000)
    cases: list[tuple[list[str], str]] = [
        (["docs", "add", "2026-99999", str(good), "--kind", "other", "--title", "x"],
         "There is no case 2026-99999"),
        (["docs", "add", number, str(tmp / "missing.pdf"), "--kind", "other", "--title", "x"],
         "could not be read"),
        (["docs", "add", number, str(tmp), "--kind", "other", "--title", "x"],
         "could not be read"),
        (["docs", "add", number, str(big), "--kind", "other", "--title", "x"],
         "at most 25 MB"),
        (["docs", "add", number, str(good), "--kind", "other", "--title", "a\tb"],
         "line breaks or tabs"),
        (["docs", "add", number, str(good), "--kind", "other", "--title", "x", "--attach",
          "referral"], "--attach is TYPE:ID"),
        (["docs", "add", number, str(good), "--kind", "other", "--title", "x", "--attach",
          "referral:00000000-0000-4000-8000-000000000000"], "not on this case"),
        (["docs", "add", number, str(good), "--kind", "other", "--title", "x", "--date",
          "1066-10-14"], "must be between"),
        (["docs", "get", "../../etc/passwd", "--out", str(tmp / "x.pdf")], "no longer exists"),
        (["docs", "get", "x", "--out", str(tmp)], "is a folder"),
        (["docs", "get", "x", "--out", str(tmp / "nowhere" / "x.pdf")], "does not exist"),
        (["docs", "remove", "x", "--reason", "  "], "Reason is required"),
    ]
    for argv, says in cases:
        code = main(argv)
        err = capsys.readouterr().err
        assert code == 1, argv
        assert says in err, (argv, err)
        assert "Traceback" not in err
    assert _listed(number, capsys) == []
    for argv in (["docs", "add", number, str(good), "--kind", "selfie", "--title", "x"],
                 ["docs", "add", number, str(good), "--title", "x"],
                 ["docs", "add", number, str(good), "--kind", "other", "--title", "x",
                  "--date", "14/10/1066"],
                 ["docs", "remove", "x"]):
        with pytest.raises(SystemExit) as caught:
            main(argv)
        assert caught.value.code == 2
    capsys.readouterr()
