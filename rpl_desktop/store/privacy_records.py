"""ORM classes for: Personal data: retention, erasure and anonymisation marks.

Alembic revision 0008 (``db/versions/0008_privacy.py``) creates these tables; they must match it
(tests/unit/store/test_migrations.py compares the two).
"""

from __future__ import annotations

from rpl_desktop.store.records import Base  # noqa: F401 - tables defined here join Base.metadata
