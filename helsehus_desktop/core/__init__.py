"""Domain types and rules in pure Python: no Qt, no SQLAlchemy."""
