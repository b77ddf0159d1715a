"""Architecture rules that a machine can check (as qutebrowser's misc_checks does)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "rpl_desktop"
QT_ALLOWED = {"ui", "app.py"}


def _core_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in QT_ALLOWED or rel.name == "__main__.py":
            continue
        module = ".".join(("rpl_desktop", *rel.with_suffix("").parts)).removesuffix(".__init__")
        names.append(module)
    return names


def test_core_packages_do_not_pull_in_qt() -> None:
    """Import every module outside ui/ and app.py in a fresh interpreter: no PySide6 may load."""
    modules = _core_modules()
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "leaks = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(leaks))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=PACKAGE.parent)
    assert result.stdout.strip() == "", f"PySide6 imported by core code: {result.stdout}"
    assert len(modules) > 10


def test_no_source_file_outside_ui_imports_pyside6() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in QT_ALLOWED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names):
                offenders.append(str(rel))
    assert offenders == []


def test_domain_imports_only_stdlib_and_itself() -> None:
    allowed_third_party = {"stdnum"}
    offenders = []
    for path in (PACKAGE / "domain").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                top = node.module.split(".")[0]
            elif isinstance(node, ast.Import):
                top = node.names[0].name.split(".")[0]
            else:
                continue
            if top in ("rpl_desktop", "__future__") or top in allowed_third_party:
                if top == "rpl_desktop" and not node.module.startswith("rpl_desktop.domain"):  # type: ignore[union-attr]
                    offenders.append(f"{path.name}: {node.module}")  # type: ignore[union-attr]
                continue
            if top not in sys.stdlib_module_names:
                offenders.append(f"{path.name}: {top}")
    assert offenders == []
