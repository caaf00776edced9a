"""Team sync on the desktop (issue #12): the status in the main window's status bar, the
background sync and "Sync now", the join wizard, the devices dialog for administrators,
the team settings and sync conflicts. The work itself is ``Workspace.team``
(``services/team.py``); everything that talks to the server runs through
``gui/tasks/TaskRunner``."""
