"""Administration: users and roles, settings."""
