"""The entry point: --version, --basedir, headless commands, clear errors and no tracebacks."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from rpl_desktop import __version__
from rpl_desktop.app import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_basedir_relocates_everything(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--basedir", str(tmp_path), "demo"]) == 0
    assert main(["--basedir", str(tmp_path), "info"]) == 0
    info = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert info["candidates"] == 6
    assert (tmp_path / "data" / "rpl_desktop.sqlite").exists()
    assert (tmp_path / "log" / "rpl_desktop.log").exists()


def test_env_variable_relocates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RPL_DESKTOP_HOME", str(tmp_path))
    assert main(["info"]) == 0
    assert (tmp_path / "data" / "rpl_desktop.sqlite").exists()


def test_newer_database_gives_message_not_traceback(tmp_path: Path) -> None:
    assert main(["--basedir", str(tmp_path), "info"]) == 0
    db = tmp_path / "data" / "rpl_desktop.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num='ffff'")
    result = subprocess.run([sys.executable, "-m", "rpl_desktop", "--basedir", str(tmp_path), "info"],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert "newer version" in result.stderr and "Traceback" not in result.stderr


def test_log_holds_no_personal_data(tmp_path: Path) -> None:
    assert main(["--basedir", str(tmp_path), "demo"]) == 0
    text = (tmp_path / "log" / "rpl_desktop.log").read_text(encoding="utf-8")
    for needle in ("Gaup", "Wójcik", "Шевченко", "Sjöström", "Rássa"):
        assert needle not in text
