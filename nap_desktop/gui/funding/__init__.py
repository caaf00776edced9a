"""Funding sources and projects (Admin) and program activities (Reports)."""
