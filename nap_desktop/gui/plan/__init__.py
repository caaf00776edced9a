"""The case's Plan tab: the case plan's goals, its due and review dates, and the safety
plan checklist."""
