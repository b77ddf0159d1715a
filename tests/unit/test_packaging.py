"""A non-editable install finds db/ and resources/ and runs (the classic packaging hole)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(REPO)],
        capture_output=True, text=True,
    )
    if result.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{result.stdout}\n{result.stderr}")
    [built] = list(out.glob("rpl_desktop-*.whl"))
    return built


def test_wheel_contains_migrations_and_resources(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "rpl_desktop/_db/env.py" in names
    assert any(n.startswith("rpl_desktop/_db/versions/0001") for n in names)
    assert any(n.startswith("rpl_desktop/_resources/") for n in names)


def test_installed_package_runs_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    """Install the wheel into a fresh folder and run it from elsewhere, with the checkout out of reach."""
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)],
        check=True, capture_output=True,
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "RPL_DESKTOP_HOME")}
    env["PYTHONPATH"] = str(target)
    home = tmp_path / "home"
    code = (
        "import sys\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "import rpl_desktop, rpl_desktop.paths as p\n"
        "assert rpl_desktop.__file__.startswith(sys.argv[1]), rpl_desktop.__file__\n"
        "assert str(p.resource_dir()).startswith(sys.argv[1]), p.resource_dir()\n"
        "assert str(p.migrations_dir()).startswith(sys.argv[1]), p.migrations_dir()\n"
        "from rpl_desktop.app import main\n"
        "sys.exit(main(['--basedir', sys.argv[2], 'info']))\n"
    )
    result = subprocess.run([sys.executable, "-I", "-c", code, str(target), str(home)], env=env,
                            cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert '"schema_revision"' in result.stdout
    assert (home / "data" / "rpl_desktop.sqlite").exists()
