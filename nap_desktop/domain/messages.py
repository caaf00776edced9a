"""Marking text for translation in code that must not depend on anything else of ours.

``N_("text")`` returns the text unchanged; it only tells the extraction tool
(``tools/i18n.py``) that the text belongs in the message catalogue. Translation happens
where the text is shown (GUI, PDF, CLI) through ``nap_desktop.i18n``.
"""

from __future__ import annotations


def N_(text: str) -> str:  # noqa: N802 - the conventional gettext marker name
    """Mark ``text`` for the catalogue without translating it now."""
    return text
