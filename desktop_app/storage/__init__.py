"""Storage: SQLAlchemy ORM, Alembic migrations, repositories returning plain objects."""
