"""Register benchmarks (issue: foundation): start-up, search latency and memory at 100 000 candidates.

Run by hand, not in the default suite:
    QT_QPA_PLATFORM=offscreen python -m pytest tests/benchmarks/test_bench_register.py -s -o addopts=""

Prints, in one run on this machine:
* cold start to the main window shown: a bare PySide6 window, the app on an empty database, the app
  on 100 000 candidates / 300 000 periods (median of several fresh processes, wall clock from spawn
  to the first frame);
* search latency (median and p95) at 100 000 candidates, as the list widget does it (first page and
  capped count) for realistic typed prefixes;
* peak memory (max RSS) of the app process after searching and scrolling the 100 000 register.
Targets: start within 2× the bare window, search p95 under 50 ms, peak memory under 250 MiB.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rpl_desktop.paths import app_paths
from rpl_desktop.services.candidates import count_candidates, search_candidates
from rpl_desktop.store.database import open_database
from tests.benchmarks.datagen import build_register

RUNS = 5
CACHE = Path(os.environ.get("RPL_BENCH_CACHE", "/tmp/rpl-bench"))

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1200, 800); w.show()
QTimer.singleShot(0, app.quit); app.exec()
"""

APP = """
import sys, json, resource
from PySide6.QtCore import QTimer
from rpl_desktop.paths import app_paths
from rpl_desktop.log import setup_logging
from rpl_desktop.ui.application import create_application, open_into_window
from rpl_desktop.ui.i18n import install_translations
from rpl_desktop.ui.main_window import MainWindow, stored_language

class Quiet:
    def show_error(self, message): raise SystemExit(message)
    def set_up_organisation(self, db): return False
    def offer_demo_data(self): return False

mode = sys.argv[2]
paths = app_paths(sys.argv[1]).ensure()
setup_logging(paths.log_dir)
app = create_application([])
install_translations(app, stored_language(paths))
# As run_gui: the window's frame first, then the database attached.
window = MainWindow(None, paths)
window.resize(1200, 800)
window.show()
if mode == "shown":
    QTimer.singleShot(0, app.quit)
    app.exec()
    sys.exit(0)
def ready():
    open_into_window(window, paths, Quiet())
    app.processEvents()
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
if mode == "memory":  # search and scroll the list, then report peak memory
    lst = window.candidate_list
    for text in ("a", "ka", "kari", ""):
        lst.set_query(text)
        lst.search_now()
        app.processEvents()
    model = lst.model()
    for _ in range(20):
        if model.canFetchMore():
            model.fetchMore()
    print(json.dumps({"max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "rows": model.rowCount()}))
"""


def _spawn(code: str, *args: str) -> tuple[float, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                            cwd=Path(__file__).resolve().parents[2])
    elapsed = time.perf_counter() - start
    assert result.returncode == 0, result.stderr
    return elapsed * 1000, result.stdout


def _median_start(code: str, *args: str) -> float:
    _spawn(code, *args)  # warm the OS file cache once
    return statistics.median(_spawn(code, *args)[0] for _ in range(RUNS))


@pytest.fixture(scope="module")
def big_home() -> Path:
    home = CACHE / "home-100k"
    build_register(app_paths(home).ensure(), candidates=100_000, periods_each=3)
    return home


def test_startup_search_and_memory(big_home: Path, tmp_path: Path) -> None:
    empty_home = tmp_path / "empty"
    bare = _median_start(BARE)
    empty = _median_start(APP, str(empty_home), "shown")
    big = _median_start(APP, str(big_home), "shown")
    empty_ready = _median_start(APP, str(empty_home), "ready")
    big_ready = _median_start(APP, str(big_home), "ready")
    _ms, out = _spawn(APP, str(big_home), "memory")
    memory = json.loads(out.strip().splitlines()[-1])
    rss = memory["max_rss_mib"]

    db = open_database(app_paths(big_home).default_database_url(), app_paths(big_home).evidence_dir)
    typed = ["k", "ka", "kar", "kari", "kari n", "kari no", "kari nord", "o", "øy", "øys", "øyst", "g", "ga",
             "gau", "gaup", "ш", "ше", "шев", "w", "wó", "wój", "m", "ma", "mał", "1", "15", "150", "1503",
             "15038", "a", "an", "ann", "anne", "zz", "x", ""]
    samples: list[float] = []
    for _round in range(5):
        for text in typed:
            t0 = time.perf_counter()
            search_candidates(db, text)
            count_candidates(db, text, cap=10_000)
            samples.append((time.perf_counter() - t0) * 1000)
    db.close()
    samples.sort()
    median = statistics.median(samples)
    p95 = samples[int(len(samples) * 0.95) - 1]

    print("\n--- rpl-desktop register benchmark ---")
    print(f"cold start, bare PySide6 window:          {bare:7.0f} ms (median of {RUNS})")
    print(f"cold start to main window shown, empty:   {empty:7.0f} ms ({empty / bare:.2f}× bare)")
    print(f"cold start to main window shown, 100 000: {big:7.0f} ms ({big / bare:.2f}× bare)")
    print(f"... to the register ready (list filled), empty:   {empty_ready:7.0f} ms")
    print(f"... to the register ready (list filled), 100 000: {big_ready:7.0f} ms")
    print(f"search (first page + count) at 100 000:   median {median:.1f} ms, p95 {p95:.1f} ms "
          f"({len(samples)} searches)")
    print(f"peak memory (max RSS) at 100 000:         {rss:.0f} MiB (after searching and scrolling "
          f"{memory['rows']} rows)")
    print("targets: start ≤ 2× bare, search p95 < 50 ms, peak memory < 250 MiB")
