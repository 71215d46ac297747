"""Alembic environment. The URL comes from the app (never from alembic.ini):
``desktop_app.storage.db`` passes an open connection in ``config.attributes['connection']``.
For the plain ``alembic`` command, set FACE_ATTENDANCE_DATABASE_URL or use
``face-attendance db upgrade|downgrade|current|check``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from desktop_app.storage import schema  # noqa: F401  (every table registered)
from desktop_app.storage.schema import Base, UTCDateTime

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Render app column types as plain SQLAlchemy types so migrations never import the app."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite ALTER TABLE support
        compare_type=True,
        render_item=_render_item,
    )


def run_migrations_offline() -> None:
    url = config.get_main_option("sqlalchemy.url")
    context.configure(
        url=url, target_metadata=target_metadata, literal_binds=True, render_as_batch=True
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    from desktop_app.config import load_settings
    from desktop_app.storage.db import create_app_engine

    url = config.get_main_option("sqlalchemy.url") or load_settings().resolved_database_url
    engine = create_app_engine(url)
    with engine.begin() as conn:
        _configure(conn)
        context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
