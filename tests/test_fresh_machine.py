"""The README's first command sets a fresh Debian/Ubuntu machine up: it is one command,
the script exists, and the packages it installs are the ones the app names when a library
is missing (one list, shared with .ci/run)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from nap_desktop.display_check import XCB_LIBRARIES

ROOT = Path(__file__).resolve().parents[1]


def listed_packages() -> set[str]:
    lines = (ROOT / "tools" / "desktop-packages.txt").read_text().splitlines()
    return {name for line in lines if line and not line.startswith("#")
            for name in line.split("|")}


def test_readme_starts_with_one_command_each_for_the_demo_and_the_tests() -> None:
    first = ROOT.joinpath("README.md").read_text().splitlines()[:3]
    commands = [re.findall(r"`([^`]+)`$", line) for line in first if line]
    assert commands == [["bash tools/demo"], ["bash .ci/run"]]
    assert (ROOT / "tools" / "demo").is_file()


def test_every_library_the_app_names_is_installed_by_the_script() -> None:
    assert set(XCB_LIBRARIES.values()) <= listed_packages()
    assert "libxcb-icccm4" in listed_packages() and "libxcb-keysyms1" in listed_packages()


def test_ci_and_the_demo_read_the_same_list() -> None:
    for script in (ROOT / "tools" / "demo", ROOT / ".ci" / "run"):
        text = script.read_text()
        assert "source tools/system-packages.sh" in text and "desktop_packages" in text
        subprocess.run(["bash", "-n", str(script)], check=True)
