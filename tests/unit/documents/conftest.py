"""Fixtures of the document tests."""

from __future__ import annotations

import pytest

from rpl_desktop.documents.labels import LANGUAGES
from rpl_desktop.documents.model import Language


@pytest.fixture(params=LANGUAGES, ids=str)
def language(request: pytest.FixtureRequest) -> Language:
    lang: Language = request.param
    return lang
