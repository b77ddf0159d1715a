"""The Documents tab and the batch dialog, on the demo cases: preview in a real PDF viewer, issuing through
the widget (with the correction reason for a second version), refusals shown, batches to the end and
cancelled."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from rpl_desktop.domain.cases import Case, CaseStatus, Purpose
from rpl_desktop.domain.mapping import Judgement, Method
from rpl_desktop.domain.register import Organisation, OrgKind, Signer
from rpl_desktop.paths import AppPaths
from rpl_desktop.services import cases as cs
from rpl_desktop.services import documents as ds
from rpl_desktop.services import mapping as ms
from rpl_desktop.services.candidates import search_candidates
from rpl_desktop.services.catalogue import list_standards
from rpl_desktop.services.demo import load_demo_data
from rpl_desktop.services.organisation import save_organisation
from rpl_desktop.store.database import Database
from rpl_desktop.ui.documents_tab import BatchCertificatesDialog, DocumentsTabWidget

LEFT = Qt.MouseButton.LeftButton


class Recorder:
    def __init__(self, answer: object) -> None:
        self.answer = answer
        self.calls: list[tuple[object, ...]] = []

    def __call__(self, *args: object) -> object:
        self.calls.append(args)
        return self.answer


@pytest.fixture
def world(db: Database) -> Database:
    load_demo_data(db)
    save_organisation(db, Organisation(
        "Vestfjell fylkeskommune", "974 760 673", OrgKind.FYLKESKOMMUNE, "NO", "Vestfjell",
        address="Postboks 123\n4604 Fjordvik", signers=[Signer("Kari Nordmann", "fagleder")],
    ))
    db.set_setting(ds.QUALITY_ASSURANCE_SETTING, "Fagskolens kvalitetssystem.")
    return db


def case_of(db: Database, family_name: str, purpose: Purpose) -> int:
    return next(r.id for r in cs.list_cases(db) if family_name in r.candidate_name and r.purpose == purpose)


def approve(db: Database, case_id: int, not_met: frozenset[int] = frozenset()) -> None:
    matrix = ms.load_matrix(db, case_id, with_suggestions=False)
    for index, row in enumerate(matrix.rows):
        if row.assessment.judgement != Judgement.NOT_ASSESSED and index not in not_met:
            continue
        judgement = Judgement.NOT_MET if index in not_met else Judgement.MET
        ms.set_judgement(db, case_id, row.assessment.outcome.uid, judgement, "Vist i fagsamtale.",
                         {Method.DIALOGUE, Method.PRACTICAL_TEST})
    if cs.get_case(db, case_id).status == CaseStatus.DRAFT:
        ms.change_status(db, case_id, CaseStatus.UNDER_ASSESSMENT)
    ms.change_status(db, case_id, CaseStatus.PROPOSED)
    ms.change_status(db, case_id, CaseStatus.APPROVED)


def make_tab(qtbot, db: Database, paths: AppPaths, **hooks: object) -> DocumentsTabWidget:  # type: ignore[no-untyped-def]
    tab = DocumentsTabWidget(db, paths, **hooks)  # type: ignore[arg-type]
    qtbot.addWidget(tab)
    tab.resize(1100, 900)
    return tab


def test_preview_loads_the_pages_into_the_pdf_document(qtbot, world: Database, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    case_id = case_of(world, "Gaup", Purpose.PRAKSISKANDIDAT)
    tab = make_tab(qtbot, world, paths)
    tab.open_case(case_id)
    kinds = [tab.kind_combo.itemData(i) for i in range(tab.kind_combo.count())]
    assert kinds == ["vedtak", "kompetansebevis"]
    assert tab.current_language() == "nb"  # the candidate's målform
    tab.show()  # shown: the preview is built
    qtbot.waitUntil(lambda: tab.pdf_document.pageCount() > 0)
    assert tab.pdf_document.status() == QPdfDocument.Status.Ready
    title = tab.pdf_document.metaData(QPdfDocument.MetaDataField.Title)
    assert "Vedtak" in title
    pages_nb = tab.pdf_document.pageCount()
    tab.lang_combo.setCurrentIndex(tab.lang_combo.findData("en"))  # a new choice builds a new preview
    assert tab.pdf_document.metaData(QPdfDocument.MetaDataField.Title).startswith(
        "Decision to refuse approval of work experience")  # not all outcomes are judged yet
    assert tab.pdf_document.pageCount() >= pages_nb - 1 and "English" in tab.preview_caption.text()
    # the Ukrainian candidate's case starts in nynorsk, her målform
    tab.open_case(case_of(world, "Шевченко", Purpose.FRITAK))
    assert tab.current_language() == "nn"


def test_issue_through_the_widget_with_a_reason_for_the_second_version(  # type: ignore[no-untyped-def]
    qtbot, world: Database, paths: AppPaths, tmp_path: Path
) -> None:
    case_id = case_of(world, "Gaup", Purpose.PRAKSISKANDIDAT)
    confirm, reason = Recorder(True), Recorder("Rettet dato i faktum.")
    folder = Recorder(tmp_path)
    tab = make_tab(qtbot, world, paths, confirm=confirm, ask_reason=reason, choose_folder=folder,
                   issued_by=lambda: "Kari Nordmann")
    tab.open_case(case_id)
    tab.show()
    # before approval the service refuses, and the widget says why
    qtbot.mouseClick(tab.issue_button, LEFT)
    assert "approved" in tab.message_label.text() and ds.list_issued(world, case_id) == []

    approve(world, case_id)
    tab.open_case(case_id)
    with qtbot.waitSignal(tab.documentIssued, timeout=10_000):
        qtbot.mouseClick(tab.issue_button, LEFT)
    assert len(confirm.calls) == 2 and reason.calls == []
    assert tab.issued_table.rowCount() == 1
    assert "Issued version 1" in tab.preview_caption.text()
    assert tab.pdf_document.pageCount() > 0

    with qtbot.waitSignal(tab.documentIssued, timeout=10_000):
        qtbot.mouseClick(tab.issue_button, LEFT)
    assert len(reason.calls) == 1  # the second issue asked for the reason instead
    docs = ds.list_issued(world, case_id)
    assert [(d.version, d.reason) for d in docs] == [(1, ""), (2, "Rettet dato i faktum.")]
    assert tab.issued_table.item(1, 6).text() == "Rettet dato i faktum."
    assert tab.issued_table.item(1, 5).text() == docs[1].sha256[:12] + "…"

    tab.issued_table.selectRow(0)
    pdf_path, sidecar_path = tab.save_selected()  # type: ignore[misc]
    assert pdf_path.read_bytes() == ds.read_issued(world, docs[0].id) and sidecar_path.exists()

    # a cancelled reason issues nothing
    tab.ask_reason = Recorder(None)
    qtbot.mouseClick(tab.issue_button, LEFT)
    assert len(ds.list_issued(world, case_id)) == 2


def test_missing_eu_elements_are_listed(qtbot, world: Database, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    case_id = case_of(world, "Шевченко", Purpose.FRITAK)
    approve(world, case_id, frozenset({7, 8, 9, 10}))
    world.set_setting(ds.QUALITY_ASSURANCE_SETTING, "")
    tab = make_tab(qtbot, world, paths, confirm=Recorder(True))
    tab.open_case(case_id)
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("kompetansebevis"))
    assert tab.issue_current() is None
    assert "quality assurance" in tab.message_label.text()
    assert ds.list_issued(world, case_id) == []


def _approved_cases(db: Database, count: int) -> list[int]:
    uid = next(s.uid for s in list_standards(db) if s.code == "HEL-EO10")
    ids = []
    names = ["Sjöström", "Rássa", "Gaup", "Wójcik", "Brækhus", "Шевченко"]
    for index in range(count):
        candidate = search_candidates(db, names[index % len(names)])[0].id
        case = cs.create_case(db, Case(candidate, uid, Purpose.FRITAK, caseworker="Per Hansen"))
        assert case.id is not None
        approve(db, case.id)
        ids.append(case.id)
    return ids


def test_batch_dialog_runs_to_the_end(qtbot, world: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = _approved_cases(world, 3)
    dialog = BatchCertificatesDialog(world, ids, choose_folder=Recorder(tmp_path / "out"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.combined_check.setChecked(True)
    with qtbot.waitSignal(dialog.batchFinished, timeout=60_000) as blocker:
        qtbot.mouseClick(dialog.start_button, LEFT)
        assert dialog.running and not dialog.start_button.isEnabled()
    report = blocker.args[0]
    assert report is dialog.report and len(report.done) == 3 and not report.cancelled
    assert report.combined_path is not None and report.combined_path.exists()
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum() == 3
    qtbot.waitUntil(lambda: not dialog.running)
    assert dialog.start_button.isEnabled() and "3 of 3" in dialog.result_view.toPlainText()


def test_batch_dialog_can_be_cancelled(qtbot, world: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = _approved_cases(world, 6)
    out = tmp_path / "out"
    dialog = BatchCertificatesDialog(world, ids)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(out))
    dialog.show()

    dialog.progress_bar.valueChanged.connect(lambda value: value >= 1 and dialog.cancel())
    with qtbot.waitSignal(dialog.batchFinished, timeout=60_000) as blocker:
        qtbot.mouseClick(dialog.start_button, LEFT)
    report = blocker.args[0]
    assert report.cancelled and 1 <= len(report.done) < 6
    qtbot.waitUntil(lambda: not dialog.running)
    names = [p.name for p in out.iterdir()]
    assert len(names) == len(report.done) and not any(n.endswith(".part") for n in names)
    assert "cancelled" in dialog.result_view.toPlainText()
    QApplication.processEvents()
