"""Documents on a case (issue #14): the Documents tab, the add dialog, the viewer, the
release tab's signed copy and the dashboard's releases without one."""
