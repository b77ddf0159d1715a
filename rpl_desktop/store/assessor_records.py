"""ORM classes for: external assessors (fagkonsulent, yrkesbedömare) and the judgements they return.

Alembic revision 0010 (``db/versions/0010_assessor.py``) creates these tables; they must match it
(tests/unit/store/test_migrations.py compares the two).
"""

from __future__ import annotations

from rpl_desktop.store.records import Base  # noqa: F401 - tables defined here join Base.metadata
