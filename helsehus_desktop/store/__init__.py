"""Persistence: SQLAlchemy models, engine set-up, Alembic migrations and the service functions
through which every read and change of data goes."""
