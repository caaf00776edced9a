"""Alembic environment and migration versions for the vault database.

Shipped inside the wheel as ``nap_desktop._migrations`` (see pyproject.toml).
"""
