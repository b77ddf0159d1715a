"""The passphrase in the window: first start, unlocking, offering encryption, Settings → Security."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from rpl_desktop.paths import AppPaths
from rpl_desktop.services import security_keys as keys
from rpl_desktop.services.demo import load_demo_data
from rpl_desktop.store.backup import auto_backup_files
from rpl_desktop.store.database import Database, open_database
from rpl_desktop.store.engine import FileState, database_file_state
from rpl_desktop.ui import application
from rpl_desktop.ui.application import ENCRYPTION_DECLINED_KEY, DialogPrompts, open_store_or_report
from rpl_desktop.ui.passphrase_dialog import NewPassphraseDialog, PassphraseChoice, Purpose, UnlockDialog
from rpl_desktop.ui.security_settings import SecurityBox
from tests.ui.test_application import ScriptedPrompts

PASS = "blå kjele, sju måker"
SHOTS = Path("/tmp/rpl-passphrase-shots")


class MemoryKeyring(KeyringBackend):
    """A keyring kept in memory: the real keyring API, without touching the user's password store."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such entry")


# Only the tests that ask for it use this keyring: keep it out of keyring's own choice of backend.
KeyringBackend._classes.discard(MemoryKeyring)  # type: ignore[attr-defined]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A computer without a password store, whatever the machine running the tests has."""
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    monkeypatch.delenv("RPL_DATABASE_URL", raising=False)


@pytest.fixture(autouse=True)
def _join_backups() -> Iterator[None]:
    yield
    application.wait_for_automatic_backup()


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _type(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.clear()
    qtbot.keyClicks(edit, text)


# -- the dialogs ------------------------------------------------------------------------------------


def test_first_start_dialog_says_too_short_then_mismatch_then_accepts(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewPassphraseDialog(Purpose.FIRST_START)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Protect the data with a passphrase"
    assert "At least 10 characters" in dialog.rule_label.text()
    assert dialog.current_edit.isHidden()
    _type(qtbot, dialog.new_edit, "kort")
    _type(qtbot, dialog.repeat_edit, "kort")
    assert dialog.strength_label.text() == "Too short: 4 of at least 10 characters"
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.error_text() == "The passphrase is too short: use at least 10 characters."
    _type(qtbot, dialog.new_edit, PASS)
    _type(qtbot, dialog.repeat_edit, PASS + "x")
    assert dialog.strength_label.text() in ("Good", "Strong")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_text().startswith("The two passphrases are not the same")
    assert dialog.focusWidget() is dialog.repeat_edit
    _shot(dialog, "first-start-mismatch")
    _type(qtbot, dialog.repeat_edit, PASS)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert dialog.choice() == PassphraseChoice(PASS, remember=False)


def test_weak_passphrase_gets_a_hint_but_is_allowed(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewPassphraseDialog(Purpose.ENCRYPT)
    qtbot.addWidget(dialog)
    _type(qtbot, dialog.new_edit, "passord123")
    assert dialog.strength_label.text().startswith("Weak")
    _type(qtbot, dialog.repeat_edit, "passord123")
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()


def test_without_a_keyring_the_remember_box_is_disabled_and_explained(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(keys, "keyring_status", lambda: (False, "none"))
    import rpl_desktop.ui.passphrase_dialog as module

    monkeypatch.setattr(module, "keyring_status", lambda: (False, "none"))
    dialog = NewPassphraseDialog(Purpose.FIRST_START)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remember_box.isEnabled()
    assert dialog.remember_note.isVisible() and "no password store" in dialog.remember_note.text()
    _shot(dialog, "first-start-no-keyring")


def test_with_a_keyring_the_box_can_be_ticked(qtbot, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    dialog = NewPassphraseDialog(Purpose.FIRST_START)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.remember_box.isEnabled() and not dialog.remember_note.isVisible()
    dialog.remember_box.setChecked(True)
    _type(qtbot, dialog.new_edit, PASS)
    _type(qtbot, dialog.repeat_edit, PASS)
    dialog.accept()
    assert dialog.choice().remember


def test_change_dialog_needs_the_current_passphrase(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewPassphraseDialog(Purpose.CHANGE)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.current_edit.isVisible()
    _type(qtbot, dialog.new_edit, PASS)
    _type(qtbot, dialog.repeat_edit, PASS)
    dialog.ok_button.click()
    assert dialog.error_text() == "Enter the current passphrase."
    assert dialog.focusWidget() is dialog.current_edit
    _type(qtbot, dialog.current_edit, PASS)
    dialog.ok_button.click()
    assert "same as the current one" in dialog.error_text()
    _type(qtbot, dialog.current_edit, "den gamle passfrasen")
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert dialog.choice().current == "den gamle passfrasen"


# -- unlocking at start, with the real dialog ---------------------------------------------------------


def _encrypted_store(paths: AppPaths) -> None:
    db = open_database(paths.default_database_url(), paths.evidence_dir, paths.backup_dir, passphrase=PASS)
    load_demo_data(db, with_cases=False)
    db.close()


def _answer_unlock(qtbot, answers: list[Callable[[UnlockDialog], None]]) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer each UnlockDialog as it appears; returns the messages each one showed."""
    seen: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, UnlockDialog) and dialog.isVisible():
            seen.append(dialog.error_label.text() if dialog.error_label.isVisibleTo(dialog) else "")
            answers.pop(0)(dialog)
        if answers:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def test_unlock_dialog_wrong_then_right(qtbot, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    _encrypted_store(paths)
    before = paths.database_file.read_bytes()
    states: list[bytes] = []
    viewed = paths.open_copies_dir / "0123456789ab" / "attest.pdf"  # left from viewing, last time
    viewed.parent.mkdir(parents=True)
    viewed.write_bytes(b"%PDF- decrypted copy")
    viewed.chmod(0o400)

    def wrong(dialog: UnlockDialog) -> None:
        qtbot.keyClicks(dialog.passphrase_edit, "feil passfrase")
        qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)

    def right(dialog: UnlockDialog) -> None:
        states.append(paths.database_file.read_bytes())
        _shot(dialog, "unlock-wrong")
        assert dialog.windowTitle() == "Unlock rpl-desktop"
        qtbot.keyClicks(dialog.passphrase_edit, PASS)
        qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)

    seen = _answer_unlock(qtbot, [wrong, right])
    db = open_store_or_report(paths, DialogPrompts())
    assert db is not None
    try:
        assert db.encrypted and db.get_setting("demo_loaded") != "x"
    finally:
        db.close()
    assert seen[0] == ""
    assert seen[1].startswith("That passphrase does not open the data") and "Tries left: 2" in seen[1]
    assert states == [before]  # the wrong try changed nothing
    assert not viewed.exists()  # decrypted copies are removed once the data is open again


def test_three_wrong_tries_stop_with_a_message_and_change_nothing(paths: AppPaths) -> None:
    _encrypted_store(paths)
    before = paths.database_file.read_bytes()
    prompts = ScriptedPrompts()
    prompts.unlock_answers = tuple(PassphraseChoice(f"feil nummer {n}") for n in range(3))
    assert open_store_or_report(paths, prompts) is None
    assert prompts.unlock_messages[1].endswith("Tries left: 2.")
    assert prompts.unlock_messages[2].endswith("Tries left: 1.")
    assert "wrong three times" in prompts.errors[0]
    assert paths.database_file.read_bytes() == before
    assert list(paths.backup_dir.iterdir()) == []


def test_quitting_at_the_unlock_question_is_not_an_error(paths: AppPaths) -> None:
    _encrypted_store(paths)
    prompts = ScriptedPrompts()
    assert open_store_or_report(paths, prompts) is None
    assert prompts.errors == [] and prompts.unlock_messages == [""]


# -- the start-up questions -------------------------------------------------------------------------


def test_first_start_with_a_passphrase_remembered_in_the_keyring(paths: AppPaths, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    prompts = ScriptedPrompts()
    prompts.passphrase = PassphraseChoice(PASS, remember=True)
    db = open_store_or_report(paths, prompts)
    assert db is not None and db.encrypted
    db.close()
    assert prompts.passphrase_asked == ["first_start"]
    assert database_file_state(paths.database_file) is FileState.ENCRYPTED
    assert list(memory_keyring.entries.values()) == [PASS]
    # The next start takes it from the keyring and asks nothing.
    again = ScriptedPrompts()
    db = open_store_or_report(paths, again)
    assert db is not None
    db.close()
    assert not hasattr(again, "unlock_messages") and not hasattr(again, "passphrase_asked")
    # A stale keyring entry: asked, with the reason.
    memory_keyring.entries[next(iter(memory_keyring.entries))] = "en gammel passfrase"
    third = ScriptedPrompts()
    third.unlock_answers = (PassphraseChoice(PASS),)
    db = open_store_or_report(paths, third)
    assert db is not None
    db.close()
    assert "no longer opens" in third.unlock_messages[0]


def test_first_start_without_encryption_offers_it_a_week_later(paths: AppPaths) -> None:
    prompts = ScriptedPrompts()
    db = open_store_or_report(paths, prompts)
    assert db is not None and not db.encrypted
    assert db.get_setting(ENCRYPTION_DECLINED_KEY)
    db.set_setting(ENCRYPTION_DECLINED_KEY, "2020-01-01")
    db.close()
    second = ScriptedPrompts()
    db = open_store_or_report(paths, second)
    assert db is not None
    db.close()
    assert second.passphrase_asked == ["offer_encryption"]
    third = ScriptedPrompts()
    open_store_or_report(paths, third).close()  # type: ignore[union-attr]
    assert not hasattr(third, "passphrase_asked")  # declined just now: not again this week


def test_encrypting_an_existing_database_at_start(paths: AppPaths, tmp_path: Path) -> None:
    db = open_database(paths.default_database_url(), paths.evidence_dir, paths.backup_dir)
    load_demo_data(db, with_cases=False)
    db.close()
    prompts = ScriptedPrompts()
    prompts.encrypt = True
    prompts.passphrase = PassphraseChoice(PASS)
    db = open_store_or_report(paths, prompts)
    assert db is not None
    try:
        assert db.encrypted and prompts.passphrase_asked == ["offer_encryption", "encrypt"]
        from rpl_desktop.services.candidates import count_candidates

        assert count_candidates(db) == 6
    finally:
        db.close()
    assert database_file_state(paths.database_file) is FileState.ENCRYPTED


def test_automatic_backup_runs_after_unlocking(qtbot, paths: AppPaths, no_keyring: None) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_application import StubEditor

    _encrypted_store(paths)
    prompts = ScriptedPrompts()
    prompts.unlock_answers = (PassphraseChoice(PASS),)
    window = application.prepare_main_window(paths, ask=prompts, editor_factory=StubEditor)
    assert window is not None
    qtbot.addWidget(window)
    application.wait_for_automatic_backup()
    assert len(auto_backup_files(paths.backup_dir)) == 1
    window.show_page(window.PAGE_SETTINGS)
    window.resize(1000, 1500)
    window.show()
    _shot(window, "settings-encrypted")
    box = window.security_box
    assert box.status_label.text().startswith("Encrypted")
    assert box.change_button.isVisible() and not box.encrypt_button.isVisible()
    assert not box.remember_box.isEnabled() and box.keyring_note.isVisible()  # no keyring here
    window.database.close()


# -- Settings → Security -------------------------------------------------------------------------------


@pytest.fixture
def plain_db(paths: AppPaths) -> Iterator[Database]:
    db = open_database(paths.default_database_url(), paths.evidence_dir, paths.backup_dir)
    load_demo_data(db, with_cases=False)
    yield db
    db.close()


def test_security_box_encrypt_change_back_up_and_restore(qtbot, plain_db: Database, paths: AppPaths,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path) -> None:
    box = SecurityBox(plain_db, paths)
    qtbot.addWidget(box)
    box.show()
    assert box.status_label.text().startswith("Not encrypted") and box.encrypt_button.isVisible()
    _shot(box, "security-plain")
    answers: list[PassphraseChoice | None] = [
        PassphraseChoice(PASS),  # encrypt
        PassphraseChoice("en annen lang frase", current="ikke den gamle"),  # change, wrong current
        PassphraseChoice("en annen lang frase", current=PASS),  # change
    ]
    box.ask_new_passphrase = lambda purpose: answers.pop(0)
    assert box.encrypt_data()
    assert plain_db.encrypted and box.status_label.text().startswith("Encrypted")
    assert database_file_state(paths.database_file) is FileState.ENCRYPTED
    from rpl_desktop.services.candidates import count_candidates

    assert count_candidates(plain_db) == 6  # the open Database carries on, now encrypted
    assert not box.change_passphrase()
    assert "not right" in box.message()
    assert box.change_passphrase()
    assert count_candidates(plain_db) == 6

    target = tmp_path / "manual"
    box.ask_save_path = lambda suggested: target
    saved = box.back_up_now()
    assert saved == tmp_path / "manual.rplbackup" and saved.exists()
    assert "opens with the passphrase of the data" in box.message()

    from rpl_desktop.domain.register import Candidate
    from rpl_desktop.services.candidates import save_candidate

    save_candidate(plain_db, Candidate("Etter", "Reservekopien", None))
    box.ask_open_path = lambda folder: saved
    tries: list[str] = []
    passphrases = ["feil passfrase her", "en annen lang frase"]

    def backup_passphrase(message: str) -> PassphraseChoice:
        tries.append(message)
        return PassphraseChoice(passphrases.pop(0))

    box.ask_backup_passphrase = backup_passphrase
    confirmed = []
    box.confirm_restore = lambda result: confirmed.append(result) or True
    informed: list[str] = []
    box.inform = lambda title, text: informed.append(text)
    quits: list[bool] = []
    box.quit_program = lambda: quits.append(True)
    assert box.restore()
    assert tries == ["", "That passphrase does not open the backup. Check it and try again."]
    assert confirmed[0].tables["candidate"] == 6 and quits == [True]
    assert "was restored" in informed[0]
    assert count_candidates(plain_db) == 6  # the candidate added after the backup is gone
    assert any(p.name.startswith("rpl_desktop-before-restore-") for p in paths.backup_dir.iterdir())


def test_security_box_backup_of_plain_data_asks_for_a_passphrase(qtbot, plain_db: Database, paths: AppPaths,  # type: ignore[no-untyped-def]
                                                                 tmp_path: Path) -> None:
    box = SecurityBox(plain_db, paths)
    qtbot.addWidget(box)
    asked: list[Purpose] = []

    def ask(purpose: Purpose) -> PassphraseChoice:
        asked.append(purpose)
        return PassphraseChoice("reservekopi-passfrase")

    box.ask_new_passphrase = ask
    box.ask_save_path = lambda suggested: tmp_path / "b.rplbackup"
    assert box.back_up_now() == tmp_path / "b.rplbackup"
    assert asked == [Purpose.BACKUP] and "passphrase you chose" in box.message()
    box.keep_spin.setValue(3)
    assert plain_db.get_setting("backup_keep") == "3"


def test_security_box_remember_toggle_uses_the_keyring(qtbot, paths: AppPaths, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    db = open_database(paths.default_database_url(), paths.evidence_dir, paths.backup_dir, passphrase=PASS)
    try:
        box = SecurityBox(db, paths)
        qtbot.addWidget(box)
        box.show()
        assert box.remember_box.isEnabled() and not box.remember_box.isChecked()
        box.remember_box.setChecked(True)
        assert keys.stored_passphrase(paths.database_file) == PASS
        box.remember_box.setChecked(False)
        assert keys.stored_passphrase(paths.database_file) is None
    finally:
        db.close()


def test_only_an_administrator_may_encrypt_restore_or_change_settings(qtbot, plain_db: Database,  # type: ignore[no-untyped-def]
                                                                      paths: AppPaths) -> None:
    from rpl_desktop.domain.actors import COUNSELLOR, Actor

    plain_db.actor = Actor(user_id=7, username="veileder", display_name="Vera Veileder",
                           roles=frozenset({COUNSELLOR}))
    box = SecurityBox(plain_db, paths)
    qtbot.addWidget(box)
    assert box.backup_button.isEnabled()
    assert not box.encrypt_button.isEnabled() and not box.restore_button.isEnabled()
    assert "administrator" in box.restore_button.toolTip()
    box.ask_new_passphrase = lambda purpose: pytest.fail("must not be asked")
    assert not box.encrypt_data()
    assert "administrator" in box.message()
    assert database_file_state(paths.database_file) is FileState.PLAIN
