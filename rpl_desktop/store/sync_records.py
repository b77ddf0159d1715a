"""ORM classes for: Offline case files and external assessors: global ids, check-outs, imported judgements.

Alembic revision 0009 (``db/versions/0009_sync.py``) creates these tables; they must match it
(tests/unit/store/test_migrations.py compares the two).
"""

from __future__ import annotations

from rpl_desktop.store.records import Base  # noqa: F401 - tables defined here join Base.metadata
