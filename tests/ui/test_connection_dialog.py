"""Settings → Database: pointing a desktop at the office's PostgreSQL server, and testing the connection."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import make_url

from rpl_desktop import paths as p
from rpl_desktop.paths import AppPaths, ServerSetting
from rpl_desktop.store.server import ConnectionCheck
from rpl_desktop.ui.connection_dialog import ConnectionDialog, DatabaseSettingsWidget
from tests.postgres_server import PostgresServer
from tests.unit.test_connection_setting import MemoryKeyring


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(p.DATABASE_URL_ENV, raising=False)
    monkeypatch.delenv(p.PASSWORD_ENV, raising=False)
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)
    p.set_password_prompt(None)


def _fill(dialog: ConnectionDialog, host: str, port: int, database: str, user: str, password: str = "") -> None:
    dialog.server_radio.setChecked(True)
    dialog.host_edit.setText(host)
    dialog.port_spin.setValue(port)
    dialog.database_edit.setText(database)
    dialog.user_edit.setText(user)
    dialog.password_edit.setText(password)


def test_test_connection_against_a_real_server(qtbot: QtBot, paths: AppPaths, pg_server: PostgresServer,
                                               pg_empty_url: str, tmp_path: Path) -> None:
    dialog = ConnectionDialog(paths)
    qtbot.addWidget(dialog)
    assert dialog.local_radio.isChecked() and not dialog.server_box.isEnabled()
    _fill(dialog, "127.0.0.1", pg_server.port, make_url(pg_empty_url).database or "", "postgres")
    dialog.ssl_combo.setCurrentIndex(dialog.ssl_combo.findData("disable"))
    assert dialog.server_box.isEnabled() and dialog.test_button.isEnabled()
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "PostgreSQL" in dialog.result_label.text(), timeout=20000)
    assert "The database is empty" in dialog.result_label.text()
    dialog.show()
    dialog.grab().save(str(tmp_path / "connection-dialog.png"))
    # a database that does not exist: the message says so and what to do
    dialog.database_edit.setText("no_such_database")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "does not exist" in dialog.result_label.text(), timeout=20000)
    assert "IT department" in dialog.result_label.text()


def test_missing_fields_are_named_before_connecting(qtbot: QtBot, paths: AppPaths) -> None:
    calls: list[str] = []
    dialog = ConnectionDialog(paths, check=lambda url: calls.append(url) or ConnectionCheck(True, "ok"))
    qtbot.addWidget(dialog)
    dialog.server_radio.setChecked(True)
    dialog.test_button.click()
    assert "server's name" in dialog.result_label.text() and calls == []
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() != QDialog.DialogCode.Accepted and not p.server_setting_file(paths).exists()


def test_save_keeps_the_password_in_the_keyring_not_in_the_file(qtbot: QtBot, paths: AppPaths) -> None:
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    dialog = ConnectionDialog(paths)
    qtbot.addWidget(dialog)
    _fill(dialog, "db.vestfjell.no", 5432, "rpl", "kari", "Hemmelig-9")
    assert dialog.remember_check.isEnabled()
    dialog.ssl_combo.setCurrentIndex(dialog.ssl_combo.findData("require"))
    dialog.remember_check.setChecked(True)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = p.server_setting_file(paths).read_text(encoding="utf-8")
    assert "Hemmelig" not in saved and json.loads(saved)["sslmode"] == "require"
    setting = ServerSetting("db.vestfjell.no", "rpl", "kari", 5432, "require")
    assert p.keyring_password(setting) == "Hemmelig-9"
    assert make_url(p.database_url(paths)).password == "Hemmelig-9"
    # opening the dialog again shows the saved setting, password included (from the keyring)
    again = ConnectionDialog(paths)
    qtbot.addWidget(again)
    assert again.server_radio.isChecked() and again.host_edit.text() == "db.vestfjell.no"
    assert again.password_edit.text() == "Hemmelig-9" and again.remember_check.isChecked()
    # unticking "remember" forgets it; choosing this computer again switches back
    again.remember_check.setChecked(False)
    again.buttons.button(again.buttons.StandardButton.Save).click()
    assert p.keyring_password(setting) is None
    back = ConnectionDialog(paths)
    qtbot.addWidget(back)
    back.local_radio.setChecked(True)
    back.buttons.button(back.buttons.StandardButton.Save).click()
    assert p.database_url(paths) == paths.default_database_url()


def test_without_a_keyring_the_box_is_disabled_and_says_why(qtbot: QtBot, paths: AppPaths) -> None:
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    dialog = ConnectionDialog(paths)
    qtbot.addWidget(dialog)
    dialog.server_radio.setChecked(True)
    assert not dialog.remember_check.isEnabled() and "asked for the password" in dialog.keyring_note.text()


def test_settings_box_shows_the_store_in_use_and_the_next_one(qtbot: QtBot, paths: AppPaths,
                                                              tmp_path: Path) -> None:
    widget = DatabaseSettingsWidget(paths, paths.default_database_url())
    qtbot.addWidget(widget)
    assert "this computer" in widget.current_label.text() and not widget.next_label.isVisibleTo(widget)
    p.save_server_setting(paths, ServerSetting("db.vestfjell.no", "rpl", "kari"))
    widget.refresh()
    assert widget.next_label.isVisibleTo(widget)
    assert "After a restart: Shared PostgreSQL server: postgresql://kari@db.vestfjell.no:5432/rpl" in \
        widget.next_label.text()
    widget.show()
    widget.grab().save(str(tmp_path / "database-settings.png"))


def test_the_settings_page_has_the_database_box(qtbot: QtBot, db, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    from rpl_desktop.ui.main_window import MainWindow

    window = MainWindow(db, paths)
    qtbot.addWidget(window)
    assert "this computer" in window.database_settings.current_label.text()
    assert window.database_settings.change_button.text().replace("&", "") == "Connection…"
