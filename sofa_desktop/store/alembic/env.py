"""Alembic environment of the store, run by ``store.schema.migrations`` on an open connection (no alembic.ini).

Adding a schema change (a new revision):
1. change ``store/schema/models.py``;
2. add ``versions/NNNN_<what>.py`` (copy the header of the newest one) with ``revision = "NNNN"`` and
   ``down_revision`` = the previous head, written as explicit ``op`` calls that work on SQLite and PostgreSQL
   (add server defaults for NOT NULL columns). SQLite cannot ALTER most things; ``op.batch_alter_table(...)`` copies
   the table instead, which drops its triggers: on ``quote`` that silently breaks quote search (see 0002), so prefer
   plain ``op.add_column``, or recreate the search structures after a batch (``fts.create`` + ``fts.rebuild``);
3. set ``HEAD`` in ``store/schema/migrations.py`` to "NNNN" (opening a store at HEAD never imports Alembic);
4. run ``pytest tests/store/schema/test_schema_migrations.py``: it checks HEAD, and that the revisions build exactly
   the models' schema on both databases. Stores are upgraded when opened, or with ``python -m sofa_desktop db upgrade``.
"""

from __future__ import annotations

from alembic import context

from sofa_desktop.store.schema.migrations import include_name
from sofa_desktop.store.schema.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app always hands over its own connection
    raise RuntimeError("run migrations through sofa_desktop.store.schema.migrations (sofa-desktop db upgrade)")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_name=include_name,
    render_as_batch=True,
    transaction_per_migration=False,
)
with context.begin_transaction():  # inside the caller's transaction: Alembic neither begins nor commits it
    context.run_migrations()
