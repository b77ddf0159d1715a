"""ORM classes for: Office scale: evidence files kept in the database (PostgreSQL) and other shared-store tables.

Alembic revision 0006 (``db/versions/0006_office.py``) creates these tables; they must match it
(tests/unit/store/test_migrations.py compares the two).
"""

from __future__ import annotations

from rpl_desktop.store.records import Base  # noqa: F401 - tables defined here join Base.metadata
