"""A new user on Linux without Qt's X11 libraries gets the apt-get line, not an abort."""

from __future__ import annotations

from nap_desktop.display_check import XCB_LIBRARIES, display_problem


def present(_name: str) -> str:
    return "libfound.so"


def test_missing_libraries_are_named_with_their_packages() -> None:
    def find(name: str) -> str | None:
        return None if name in ("xcb-cursor", "xcb-icccm") else "lib.so"

    message = display_problem({"DISPLAY": ":0"}, "linux", find)
    assert message is not None
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in message


def test_no_display_says_so() -> None:
    message = display_problem({}, "linux", present)
    assert message is not None and "no display" in message


def test_nothing_to_say_when_qt_can_start() -> None:
    assert display_problem({"DISPLAY": ":0"}, "linux", present) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", lambda _n: None) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", lambda _n: None) is None
    assert display_problem({}, "win32", lambda _n: None) is None
    assert display_problem({}, "darwin", lambda _n: None) is None


def test_this_machine_has_every_library_the_ci_installs() -> None:
    import ctypes.util

    assert [lib for lib in XCB_LIBRARIES if ctypes.util.find_library(lib) is None] == []
