"""The Insights tab (charts of the agency's figures, issue #13). ``host.InsightsPage`` is
what the main window holds: it imports Qt Charts and reads the vault only the first time
the tab is shown."""
