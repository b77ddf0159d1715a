"""Start-up: database errors, the first-start questions, translations. No app.exec(), no real dialogs."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QWidget

from rpl_desktop.domain.register import Candidate, Organisation, OrgKind
from rpl_desktop.paths import AppPaths
from rpl_desktop.services.candidates import count_candidates, save_candidate
from rpl_desktop.services.organisation import get_organisation, save_organisation
from rpl_desktop.store.database import Database
from rpl_desktop.ui import application
from rpl_desktop.ui.application import (
    DEMO_OFFERED_KEY,
    EXIT_STORE_ERROR,
    prepare_main_window,
    run_gui,
)
from rpl_desktop.ui.i18n import LANG_ENV, choose_language, fill, install_translations, normalise_language
from rpl_desktop.ui.main_window import MainWindow


class StubEditor(QWidget):
    """The candidate editor's interface, nothing more."""

    candidateSaved = Signal(int)
    candidateDeleted = Signal(int)

    def __init__(self, db: Database, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def open_candidate(self, candidate_id: int | None) -> None:
        pass

    def has_unsaved_changes(self) -> bool:
        return False

    def save(self) -> bool:
        return True


class ScriptedPrompts:
    """Answers the start-up questions in code and records which were asked."""

    def __init__(self, *, organisation: Organisation | None = None, demo: bool = False) -> None:
        self.organisation = organisation
        self.demo = demo
        self.asked: list[str] = []
        self.errors: list[str] = []

    def show_error(self, message: str) -> None:
        self.asked.append("error")
        self.errors.append(message)

    def set_up_organisation(self, db: Database) -> bool:
        self.asked.append("organisation")
        if self.organisation is None:
            return False  # "Not now"
        save_organisation(db, self.organisation)
        return True

    def offer_demo_data(self) -> bool:
        self.asked.append("demo")
        return self.demo

    # The passphrase questions (tests/ui/test_passphrase.py) are recorded apart from ``asked``:
    # ``passphrase`` answers the first start (a PassphraseChoice, or None: without encryption),
    # ``unlock_answers`` the unlock questions in turn (None: quit), ``encrypt`` the offer to encrypt.
    passphrase: object = None
    unlock_answers: tuple[object, ...] = ()
    encrypt: bool = False

    def choose_passphrase(self, purpose: str) -> object:
        self.passphrase_asked = [*getattr(self, "passphrase_asked", []), purpose]
        return self.passphrase

    def unlock(self, message: str) -> object:
        self.unlock_messages = [*getattr(self, "unlock_messages", []), message]
        answer, *rest = self.unlock_answers or (None,)
        self.unlock_answers = tuple(rest)
        return answer

    def offer_encryption(self) -> bool:
        self.passphrase_asked = [*getattr(self, "passphrase_asked", []), "offer_encryption"]
        return self.encrypt


@pytest.fixture
def start(qtbot, paths: AppPaths) -> Iterator:  # type: ignore[no-untyped-def]
    windows: list[MainWindow] = []

    def run(prompts: ScriptedPrompts) -> MainWindow | None:
        window = prepare_main_window(paths, ask=prompts, editor_factory=StubEditor)
        if window is not None:
            qtbot.addWidget(window)
            windows.append(window)
        return window

    yield run
    for window in windows:
        window.database.close()


def test_first_start_asks_for_the_organisation_then_offers_demo_data(start, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    prompts = ScriptedPrompts(demo=True)
    window = start(prompts)
    assert window is not None
    assert prompts.asked == ["organisation", "demo"]
    window.show()
    assert window.banner.isVisible()  # postponed: the banner says so
    model = window.candidate_list.model()
    assert model.rowCount() == 6
    families = {model.row_at(r).family_name for r in range(model.rowCount())}  # type: ignore[union-attr]
    assert {"Gaup", "Sjöström", "Brækhus-Aas"} <= families
    assert window.candidate_list.count_label.text() == "6 candidates"
    assert window.database.get_setting(DEMO_OFFERED_KEY) == "1"


def test_second_start_asks_nothing(start) -> None:  # type: ignore[no-untyped-def]
    first = start(ScriptedPrompts(demo=False))
    first.database.close()
    prompts = ScriptedPrompts()
    second = start(prompts)
    assert second is not None
    assert prompts.asked == []
    assert second.banner.isVisibleTo(second)  # still no profile: the banner keeps reminding
    assert count_candidates(second.database) == 0


def test_organisation_set_up_at_first_start_hides_the_banner(start) -> None:  # type: ignore[no-untyped-def]
    org = Organisation("Fagskolen Viken", "974760673", OrgKind.FAGSKOLE, "NO", "Akershus")
    prompts = ScriptedPrompts(organisation=org)
    window = start(prompts)
    assert window is not None
    assert get_organisation(window.database) is not None
    assert window.banner.isHidden()
    assert count_candidates(window.database) == 0  # demo declined
    assert window.database.get_setting(DEMO_OFFERED_KEY) == "1"


def test_demo_is_not_offered_when_the_register_has_candidates(start, db: Database) -> None:  # type: ignore[no-untyped-def]
    save_candidate(db, Candidate("Kari", "Nordmann", None))
    save_organisation(db, Organisation("Fagskolen Viken", "974760673", OrgKind.FAGSKOLE, "NO", "Akershus"))
    prompts = ScriptedPrompts(demo=True)
    window = start(prompts)
    assert prompts.asked == []
    assert window.candidate_list.model().rowCount() == 1


def _make_newer(paths: AppPaths) -> bytes:
    from rpl_desktop.cli import open_store

    open_store(paths).close()
    with sqlite3.connect(paths.database_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'fffffffffff9'")
    conn.close()
    return paths.database_file.read_bytes()


def test_newer_database_is_refused_with_a_message_and_status_2(qapp, paths: AppPaths) -> None:
    before = _make_newer(paths)
    prompts = ScriptedPrompts()
    previous_hook = sys.excepthook
    assert run_gui(paths, ask=prompts, editor_factory=StubEditor) == EXIT_STORE_ERROR
    assert prompts.asked == ["error"]
    assert "newer" in prompts.errors[0]
    assert paths.database_file.read_bytes() == before
    assert sys.excepthook is previous_hook


def test_prepare_returns_none_when_the_store_cannot_be_opened(paths: AppPaths) -> None:
    paths.database_file.mkdir(parents=True)
    prompts = ScriptedPrompts()
    assert prepare_main_window(paths, ask=prompts, editor_factory=StubEditor) is None
    assert "folder" in prompts.errors[0]


def test_offer_demo_data_function_sets_the_marker_when_declined(db: Database) -> None:
    prompts = ScriptedPrompts(demo=False)
    assert application.offer_demo_data(db, prompts) == 0
    assert db.get_setting(DEMO_OFFERED_KEY) == "1"
    assert application.offer_demo_data(db, prompts) == 0
    assert prompts.asked == ["demo"]


# -- interface language ---------------------------------------------------------------------------


@pytest.mark.parametrize(("given", "expected"), [
    ("no", "nb"), ("nb_NO", "nb"), ("nb-NO", "nb"), ("nb_NO.UTF-8", "nb"), ("nn_NO", "nn"), ("sv_SE", "sv"),
    ("sv", "sv"), ("en_GB", "en"), ("C", "en"), ("de_DE", None), ("", None), (None, None),
])
def test_normalise_language(given: str | None, expected: str | None) -> None:
    assert normalise_language(given) == expected


def test_language_order_env_then_stored_then_system() -> None:
    assert choose_language("nn", env="sv", system="nb_NO") == "sv"
    assert choose_language("nn", env="", system="nb_NO") == "nn"
    assert choose_language(None, env="", system="nb_NO") == "nb"
    assert choose_language(None, env="de", system="fr_FR") == "en"


def test_install_translations_without_qm_files_is_quiet(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    saved = QLocale()
    try:
        monkeypatch.setenv(LANG_ENV, "nb")
        assert install_translations(qapp, "sv") == "nb"
        monkeypatch.delenv(LANG_ENV)
        assert install_translations(qapp, "sv") == "sv"
    finally:
        monkeypatch.setenv(LANG_ENV, "en")
        install_translations(qapp, None)
        QLocale.setDefault(saved)


def test_fill_replaces_numbered_placeholders_once() -> None:
    assert fill("%1 of %2 candidates", 3, "1 000") == "3 of 1 000 candidates"
    assert fill("%2, %1", "a", "b") == "b, a"
    assert fill("%1", "%2") == "%2"


def test_void_qt_calls_do_not_leak_references_to_none() -> None:
    """PySide6 6.12.0 lost a reference to None on every void call under Python 3.11 until the
    interpreter aborted; pyproject.toml keeps that release out. This guards the pin."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(1_000):
        probe.setObjectName("x")
    assert before - sys.getrefcount(None) < 10


def test_unsaved_work_from_a_crash_is_announced_when_the_window_opens(qtbot, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    from rpl_desktop.services import drafts
    from rpl_desktop.ui.application import open_into_window

    first = MainWindow(None, paths, editor_factory=StubEditor)
    qtbot.addWidget(first)
    assert open_into_window(first, paths, ScriptedPrompts(demo=False))
    # The signed-in user was typing a new candidate when the program stopped.
    drafts.save_draft(first.database, drafts.CANDIDATE, None, {"given_name": "Kari"})
    first.database.close()

    window = MainWindow(None, paths, editor_factory=StubEditor)
    qtbot.addWidget(window)
    assert open_into_window(window, paths, ScriptedPrompts())
    try:
        box = window.recovery_box
        assert box is not None and box.isVisible()
        assert "new candidate" in box.informativeText()
        box.close()
    finally:
        window.database.close()


def test_no_recovery_notice_after_a_clean_stop(qtbot, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    from rpl_desktop.ui.application import open_into_window

    window = MainWindow(None, paths, editor_factory=StubEditor)
    qtbot.addWidget(window)
    assert open_into_window(window, paths, ScriptedPrompts(demo=False))
    try:
        assert window.recovery_box is None
    finally:
        window.database.close()
