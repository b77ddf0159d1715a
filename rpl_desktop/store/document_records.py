"""ORM class of an issued document: the vedtak, kompetansebevis, Swedish outcome or competence map as sent.

An issued document is never changed. A correction is issued as a new *version* of the same kind and
language, with the reason for the correction; every version stays. The PDF bytes are kept in the row
with their SHA-256, so a copy read back later can be checked against what was issued; ``sidecar`` is the
JSON for the office's Noark archive (:func:`rpl_desktop.documents.pdfa.metadata_sidecar`).

Issued documents outlive nothing they belong to: the foreign key to the case is ``ON DELETE RESTRICT``,
so a case with issued documents cannot be deleted. ``certificate_number`` (a kompetansebevis or Swedish
document number) is unique across the store; other kinds leave it empty (NULL). The unique constraint
``(case_id, kind, language, version)`` leads with ``case_id`` and so also serves as the per-case index.
The ORM refuses to update a stored row (:func:`_refuse_update`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column

from rpl_desktop.domain.errors import RplError
from rpl_desktop.store.records import Base

DOCUMENT_KINDS = (
    "vedtak", "kompetansebevis", "yrkesbevis", "intyg", "kartlaggningsutlatande", "competence_map",
)
"""What can be issued (the ``kind`` column)."""


class IssuedDocumentRecord(Base):
    """One issued version of one document of a case (``version`` counts from 1 per kind and language)."""

    __tablename__ = "issued_document"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("rpl_case.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(30))
    language: Mapped[str] = mapped_column(String(2))
    version: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sidecar: Mapped[str] = mapped_column(Text)
    filename: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")
    issued_by: Mapped[str] = mapped_column(String(200))
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    certificate_number: Mapped[str | None] = mapped_column(String(60), unique=True, nullable=True)
    __table_args__ = (
        UniqueConstraint("case_id", "kind", "language", "version", name="uq_issued_document_version"),
    )


@event.listens_for(IssuedDocumentRecord, "before_update")
def _refuse_update(_mapper: Any, _connection: Any, _target: IssuedDocumentRecord) -> None:
    raise RplError("An issued document is never changed. Issue a corrected version with a reason instead.")
