"""Alembic environment. The program runs migrations itself (store.database), handing over an
open connection in `config.attributes["connection"]`; there is no alembic.ini."""

from alembic import context

from helsehus_desktop.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can alter tables only by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
