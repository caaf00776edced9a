"""Opening and guarding a vault: first run, unlock, recovery, idle auto-lock."""
