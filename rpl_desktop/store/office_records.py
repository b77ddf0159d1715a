"""ORM classes for office scale: evidence files kept in the database (the shared PostgreSQL store).

On a shared server the evidence files cannot stay on one caseworker's laptop, so their bytes live in
``evidence_blob``, content-addressed by SHA-256 like the file store (one row per distinct file, however
many candidates refer to it). The embedded SQLite store keeps files in the data folder and leaves this
table empty.

Alembic revision 0006 (``db/versions/0006_office.py``) creates these tables; they must match it
(tests/unit/store/test_migrations.py compares the two).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from rpl_desktop.store.records import Base


class EvidenceBlobRecord(Base):
    """The content of one evidence file, stored once under its SHA-256 and never changed."""

    __tablename__ = "evidence_blob"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime)
