"""ORM classes for: No lost work: autosaved drafts and resumable batch jobs.

Alembic revision 0007 (``db/versions/0007_work.py``) creates these tables; they must match it
(tests/unit/store/test_migrations.py compares the two).
"""

from __future__ import annotations

from rpl_desktop.store.records import Base  # noqa: F401 - tables defined here join Base.metadata
