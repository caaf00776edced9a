"""Plain-Python domain: entities, vocabularies and rules. No Qt, no SQLAlchemy."""
