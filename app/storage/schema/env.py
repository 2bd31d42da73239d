"""Alembic's environment: migrations run on the connection app.storage.migrations hands over.

The application runs them (python -m app upgrade-database, or on opening an older SQLite file);
`alembic -c alembic.ini revision` only writes a new, empty revision file (docs/storage.md).
"""

from alembic import context

from app.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise SystemExit("Migrations run through the application: python -m app upgrade-database (docs/storage.md)")
context.configure(connection=connection, target_metadata=Base.metadata, transaction_per_migration=False)
with context.begin_transaction():
    context.run_migrations()
