"""ORM classes for: Users and roles, the hash-chained audit log.

Alembic revision 0005 (``db/versions/0005_security.py``) creates these tables; they must match it
(tests/unit/store/test_migrations.py compares the two).
"""

from __future__ import annotations

from rpl_desktop.store.records import Base  # noqa: F401 - tables defined here join Base.metadata
