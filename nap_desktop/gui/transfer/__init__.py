"""Exchange with partners: identity card, partner pinning, export, import preview, conflicts."""
