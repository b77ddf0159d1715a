"""Persistence: SQLAlchemy engine, ``*Record`` ORM classes, repositories and migrations."""
