"""Transfers between agencies, as three services reached through the workspace.

- :mod:`.identity`: our identity card and keys, the partners whose cards we pinned
  (``Workspace.identity``);
- :mod:`.exports`: packages for a pinned partner (``Workspace.exports``);
- :mod:`.imports`: checking and applying a partner's package, and the conflicts it leaves
  for a person (``Workspace.imports``);
- :mod:`.views`: what the desktop shows around them, read-only (``Workspace.transfer_views``).

:mod:`.common` holds what they share (our agency, our current keys, the id map).
"""
