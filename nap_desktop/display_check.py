"""Before Qt starts on Linux: can it open a window? Qt's own answer to a missing system
library is an abort with "Could not load the Qt platform plugin", which tells a new user
nothing. This names the missing Debian/Ubuntu packages instead."""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping

#: Libraries Qt 6's X11 platform plugin loads (library name -> Debian/Ubuntu package).
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-randr": "libxcb-randr0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "EGL": "libegl1",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
}


def display_problem(
    env: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    find_library: Callable[[str], str | None] = ctypes.util.find_library,
) -> str | None:
    """A plain message when the X11 window cannot open, else None (other platforms,
    Wayland, or a platform chosen with QT_QPA_PLATFORM are left to Qt)."""
    env = os.environ if env is None else env
    if not platform.startswith("linux"):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith("xcb"):
        return None  # offscreen, wayland, vnc...: Qt checks what it needs
    if not chosen and env.get("WAYLAND_DISPLAY"):
        return None
    if not env.get("DISPLAY"):
        return ("NAP Desktop needs a graphical desktop: no display was found (DISPLAY is "
                "not set). Start it from your desktop session.")
    missing = [package for library, package in XCB_LIBRARIES.items()
               if find_library(library) is None]
    if not missing:
        return None
    return ("NAP Desktop cannot open its window: some system libraries that Qt needs are "
            "missing. On Debian or Ubuntu install them with:\n"
            f"    sudo apt-get install {' '.join(missing)}")
