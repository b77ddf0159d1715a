"""The catalogue page: model, filter, details per kind, import (Grep, broken files), export round trip."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from rpl_desktop.domain.catalogue import StandardKind
from rpl_desktop.paths import app_paths
from rpl_desktop.services.catalogue import get_standard, list_standards, load_sample
from rpl_desktop.store.database import Database, open_database
from rpl_desktop.ui.catalogue_page import (
    CataloguePageWidget,
    StandardFilterProxyModel,
    StandardTableModel,
    StandardUidRole,
)

REPO = Path(__file__).resolve().parents[2]
GREP_LAEREPLAN = REPO.parent / "shared" / "specs" / "udir-grep" / "laereplan-TMF03-02.json"
needs_grep = pytest.mark.skipif(
    not GREP_LAEREPLAN.is_file(),
    reason=f"Udir Grep example file {GREP_LAEREPLAN} not found (the shared specs folder beside the checkout)",
)


class Chooser:
    """A file dialog stand-in: hands out the given paths one call at a time, then None (cancel)."""

    def __init__(self, *paths: Path) -> None:
        self.paths = list(paths)
        self.calls = 0

    def __call__(self) -> Path | None:
        self.calls += 1
        return self.paths.pop(0) if self.paths else None


@pytest.fixture
def sample(db: Database) -> Database:
    load_sample(db)
    return db


def _page(qtbot, db: Database, *, open_chooser=None, save_chooser=None) -> CataloguePageWidget:  # type: ignore[no-untyped-def]
    page = CataloguePageWidget(db, open_chooser=open_chooser, save_chooser=save_chooser)
    qtbot.addWidget(page)
    return page


def _codes_shown(page: CataloguePageWidget) -> list[str]:
    proxy = page.proxy()
    return [proxy.index(r, StandardTableModel.COL_CODE).data() for r in range(proxy.rowCount())]


def _uid(db: Database, code: str) -> str:
    return next(s.uid for s in list_standards(db) if s.code == code)


def test_model_and_proxy_pass_the_model_tester(qtmodeltester, sample: Database) -> None:
    model = StandardTableModel(list_standards(sample))
    qtmodeltester.check(model)
    proxy = StandardFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.set_kind(StandardKind.LAEREFAG.value)
    qtmodeltester.check(proxy)
    model.set_rows([])
    qtmodeltester.check(model)


def test_columns_show_translated_kind_counts_and_the_sample_marker(sample: Database) -> None:
    model = StandardTableModel(list_standards(sample))
    row = model.row_of(_uid(sample, "ELK-IS10"))
    texts = [model.index(row, c).data() for c in range(model.columnCount())]
    assert texts == [
        "Fagskole module",
        "ELK-IS10",
        "1",
        "Elkraft: installasjoner og sikkerhet",
        "11",
        "Sample",
    ]
    assert model.index(row, 0).data(StandardUidRole) == _uid(sample, "ELK-IS10")
    kinds = {model.index(r, StandardTableModel.COL_KIND).data() for r in range(model.rowCount())}
    assert kinds == {"Fagskole module", "Programme", "Lærefag", "Admission requirement", "Branschmodell"}
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Kind", "Code", "Version", "Title", "Outcomes", "Sample"]


def test_kind_filter_and_search(qtbot, sample: Database) -> None:
    page = _page(qtbot, sample)
    total = len(list_standards(sample))
    laerefag = sorted(s.code for s in list_standards(sample, StandardKind.LAEREFAG))
    assert {"ELE3", "HEA3", "TMF3"} <= set(laerefag)
    assert page.count_label.text() == f"{total} standards"
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(StandardKind.LAEREFAG.value))
    assert sorted(_codes_shown(page)) == laerefag
    assert page.count_label.text() == f"{len(laerefag)} of {total} standards"
    page.search_edit.setText("tømrer")
    assert _codes_shown(page) == ["TMF3"]
    page.search_edit.setText("nothing like this")
    assert not page.empty_label.isHidden()
    assert "No standard matches" in page.empty_label.text()
    page.kind_combo.setCurrentIndex(0)
    page.search_edit.clear()
    assert page.proxy().rowCount() == total


def test_an_emne_shows_credits_level_and_outcomes_by_group_in_each_language(qtbot, sample: Database) -> None:
    page = _page(qtbot, sample)
    assert page.select_standard(_uid(sample, "ELK-IS10"))
    text = page.details_text()
    assert "Studiepoeng" in text and "10" in text
    assert "NKR 5.1 (EQF 5)" in text
    positions = [text.index(h) for h in ("Kunnskap", "Ferdigheter", "Generell kompetanse")]
    assert positions == sorted(positions)
    assert "written by the project for demonstration" in text  # sample marker
    emne = get_standard(sample, _uid(sample, "ELK-IS10"))
    first = emne.sorted_outcomes()[0]
    assert first.text.get("nb") in text
    languages = [page.language_combo.itemData(i) for i in range(page.language_combo.count())]
    assert languages == ["nb", "en"]
    assert page.set_language("en")
    assert first.text.get("en") in page.details_text()
    assert first.text.get("nb") not in page.details_text()


def test_laerefag_programme_and_admission_details(qtbot, sample: Database) -> None:
    page = _page(qtbot, sample)
    page.select_standard(_uid(sample, "ELE3"))
    text = page.details_text()
    assert "9790 hours (67.5 months at 145 hours a month)" in text.replace("\u00a0", "").replace(",", "")
    lf = get_standard(sample, _uid(sample, "ELE3"))
    for area, outcomes in lf.outcomes_by_area():  # type: ignore[attr-defined]
        assert area.title.get("nb") in text
        assert all(o.text.get("nb") in text for o in outcomes)
    assert lf.laereplan_code in text  # type: ignore[attr-defined]
    assert all(code in text for code in lf.theory_exam_codes)  # type: ignore[attr-defined]

    page.select_standard(_uid(sample, "HEL-EOP60"))
    text = page.details_text()
    assert "Fagskolegrad" in text and "Total studiepoeng" in text and "60" in text
    assert all(code in text for code in ("HEL-EO10", "HEL-PH15", "HEL-SV15", "HEL-HP20"))
    assert "Psykisk helsearbeid" in text  # the emne's title, read from the catalogue

    page.select_standard(_uid(sample, "OPPTAK-HEL-EOP60"))
    text = page.details_text()
    assert "23 or older in the admission year" in text
    assert "Requires an authorisation" in text


@needs_grep
@pytest.mark.parametrize("with_sample", [False, True], ids=["new lærefag", "updates TMF3"])
def test_importing_the_real_grep_laereplan_through_the_page(qtbot, db: Database, with_sample: bool) -> None:
    if with_sample:
        load_sample(db)
    before = {s.uid for s in list_standards(db)}
    chooser = Chooser(GREP_LAEREPLAN)
    page = _page(qtbot, db, open_chooser=chooser)
    with qtbot.waitSignal(page.catalogueChanged):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert chooser.calls == 1
    after = list_standards(db)
    if with_sample:
        assert page.message() == "laereplan-TMF03-02.json: 0 standards added, 1 updated."
        assert {s.uid for s in after} == before
        code = "TMF3"
    else:
        assert page.message() == "laereplan-TMF03-02.json: 1 standard added, 0 updated."
        (new,) = [s for s in after if s.uid not in before]
        assert new.kind == StandardKind.LAEREFAG
        code = new.code
    assert code in _codes_shown(page)
    row = _codes_shown(page).index(code)
    assert page.proxy().index(row, StandardTableModel.COL_KIND).data() == "Lærefag"
    page.select_standard(next(s.uid for s in after if s.code == code))
    assert "TMF03-02" in page.details_text()


def test_a_broken_json_file_names_file_and_line_and_imports_nothing(
    qtbot, sample: Database, tmp_path: Path
) -> None:
    broken = tmp_path / "broken-catalogue.json"
    broken.write_text('{\n  "format": "rpl-desktop-catalogue",\n  "standards": [,]\n}\n', encoding="utf-8")
    before = list_standards(sample)
    page = _page(qtbot, sample, open_chooser=Chooser(broken))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    message = page.message()
    assert "broken-catalogue.json" in message
    assert "line 3" in message
    assert "Nothing was imported" in message
    assert "not valid JSON" in message
    assert "#a61b1b" in page.message_label.styleSheet()  # shown as an error
    assert list_standards(sample) == before
    assert page.model().rowCount() == len(before)


def test_a_cancelled_file_dialog_changes_nothing(qtbot, sample: Database) -> None:
    page = _page(qtbot, sample, open_chooser=Chooser(), save_chooser=Chooser())
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.message() == ""


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    paths = app_paths(tmp_path / "other").ensure()
    database = open_database(paths.default_database_url(), paths.evidence_dir, paths.backup_dir)
    yield database
    database.close()


def test_export_writes_a_file_that_imports_back_to_the_same_standards(
    qtbot, sample: Database, other_db: Database, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "catalogue"
    target.parent.mkdir()
    page = _page(qtbot, sample, save_chooser=Chooser(target))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    written = target.with_suffix(".json")
    assert written.is_file()
    # Branschmodeller stay out of a catalogue export (they are exported as their own model files).
    exported = [s for s in list_standards(sample) if s.kind != StandardKind.BRANSCHMODELL]
    total = len(exported)
    assert page.message() == f"{total} standards exported to {written}."

    other = _page(qtbot, other_db, open_chooser=Chooser(written))
    qtbot.mouseClick(other.import_button, Qt.MouseButton.LeftButton)
    assert other.message() == f"catalogue.json: {total} standards added, 0 updated."
    assert list_standards(other_db) == exported
    for s in exported:
        assert get_standard(other_db, s.uid) == get_standard(sample, s.uid)
    # and back into the database it came from: nothing changes
    assert page.import_file(written)
    assert "nothing changed" in page.message()


def test_empty_catalogue_offers_the_sample(qtbot, db: Database) -> None:
    page = _page(qtbot, db)
    assert not page.sample_button.isHidden()
    assert "The catalogue is empty" in page.empty_label.text()
    assert not page.export_button.isEnabled()
    with qtbot.waitSignal(page.catalogueChanged):
        qtbot.mouseClick(page.sample_button, Qt.MouseButton.LeftButton)
    assert page.model().rowCount() == len(list_standards(db)) > 0
    assert page.sample_button.isHidden()
    assert page.empty_label.isHidden()
    assert "not official texts" in page.message()


def test_keyboard_and_accessible_names(qtbot, sample: Database) -> None:
    page = _page(qtbot, sample)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    for widget in (page.kind_combo, page.search_edit, page.table, page.language_combo, page.details):
        assert widget.accessibleName()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search_edit.hasFocus)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Tab)
    assert page.import_button.hasFocus()
