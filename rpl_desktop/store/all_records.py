"""Import every module that defines ORM classes, so ``Base.metadata`` holds the whole schema.

Alembic's environment, the database opener and the schema test import this one module.
"""

from __future__ import annotations

import rpl_desktop.store.assessor_records  # noqa: F401
import rpl_desktop.store.bransch_records  # noqa: F401
import rpl_desktop.store.document_records  # noqa: F401
import rpl_desktop.store.lengths  # noqa: F401 - over-long text is refused on every backend alike
import rpl_desktop.store.office_records  # noqa: F401
import rpl_desktop.store.privacy_records  # noqa: F401
import rpl_desktop.store.security_records  # noqa: F401
import rpl_desktop.store.sync_records  # noqa: F401
import rpl_desktop.store.work_records  # noqa: F401
from rpl_desktop.store.records import Base

__all__ = ["Base"]
