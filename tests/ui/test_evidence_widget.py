"""EvidenceWidget: attach by dialog or drop, refuse bad files one by one, describe, open a copy, remove."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from rpl_desktop.domain.register import Candidate, EvidenceKind, HistoryPeriod, PeriodKind
from rpl_desktop.services import candidates, history
from rpl_desktop.services import evidence as evidence_service
from rpl_desktop.ui.evidence_widget import EvidenceTableModel, EvidenceWidget


def pdf(path: Path, body: bytes = b"attest") -> Path:
    path.write_bytes(b"%PDF-1.4\n" + body + b"\n%%EOF\n")
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Recorder:
    def __init__(self, answer: bool = True) -> None:
        self.calls: list[tuple] = []
        self.answer = answer

    def __call__(self, *args):
        self.calls.append(args)
        return self.answer


@pytest.fixture
def candidate_id(db):
    return candidates.save_candidate(db, Candidate("Linnea", "Sjöström")).id


@pytest.fixture
def period(db, candidate_id):
    return history.save_period(
        db,
        HistoryPeriod(
            kind=PeriodKind.EMPLOYMENT,
            employer="Britannia Hotel",
            start=date(2013, 3, 1),
            end=date(2015, 12, 31),
            candidate_id=candidate_id,
        ),
    )


@pytest.fixture
def hooks():
    return {"opener": Recorder(True), "confirm": Recorder(True), "chooser": Recorder(True)}


@pytest.fixture
def widget(qtbot, db, paths, candidate_id, period, hooks):
    w = EvidenceWidget(
        db,
        paths,
        opener=hooks["opener"],
        confirm=hooks["confirm"],
        file_chooser=lambda: hooks["chooser"].answer,
    )
    qtbot.addWidget(w)
    w.set_periods([period])
    w.set_candidate(candidate_id)
    w.show()
    return w


def test_attach_with_kind_and_period(widget, db, candidate_id, period, tmp_path):
    doc = pdf(tmp_path / "attest.pdf")
    widget.new_kind.setCurrentIndex(widget.new_kind.findData(EvidenceKind.TJENESTEBEVIS.value))
    widget.new_period.setCurrentIndex(widget.new_period.findData(period.id))
    [attached] = widget.attach_files([doc])
    assert attached.kind == EvidenceKind.TJENESTEBEVIS and attached.period_id == period.id
    assert attached.sha256 == sha(doc)
    assert widget.message() == "1 file attached."
    [stored] = evidence_service.list_evidence(db, candidate_id)
    assert stored.sha256 == sha(doc)
    model = widget.model
    assert model.index(0, EvidenceTableModel.COL_FILE).data() == "attest.pdf"
    assert model.index(0, EvidenceTableModel.COL_KIND).data() == "Tjenestebevis"
    assert "Britannia Hotel" in model.index(0, EvidenceTableModel.COL_PERIOD).data()
    assert widget.selected_evidence().id == attached.id


def test_bad_files_refused_one_by_one_others_attached(widget, db, candidate_id, tmp_path, monkeypatch):
    good = pdf(tmp_path / "good.pdf")
    program = tmp_path / "setup.pdf"
    program.write_bytes(b"MZ\x90\x00" + b"\x00" * 100)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    missing = tmp_path / "gone.pdf"
    big = pdf(tmp_path / "big.pdf", b"x" * 2000)
    monkeypatch.setattr("rpl_desktop.store.evidence_store.MAX_EVIDENCE_BYTES", 1000)
    attached = widget.attach_files([program, good, empty, missing, big])
    assert [e.filename for e in attached] == ["good.pdf"]
    message = widget.message()
    assert "1 file attached." in message
    assert "'setup.pdf' is a program" in message
    assert "'empty.pdf' is empty" in message
    assert "'gone.pdf' cannot be read" in message
    assert "the limit is" in message
    assert "#c0392b" in widget.message_label.styleSheet()
    assert [e.filename for e in evidence_service.list_evidence(db, candidate_id)] == ["good.pdf"]


def test_same_file_twice_is_reported_not_duplicated(widget, tmp_path):
    doc = pdf(tmp_path / "a.pdf")
    widget.attach_files([doc])
    assert widget.attach_files([doc]) == []
    assert "already attached" in widget.message()
    assert len(widget.evidence()) == 1


def drag_enter_event(pos, *args):
    """QDragEnterEvent takes a QPointF from PySide6 6.12 (the QPoint form is deprecated there) and
    only a QPoint before; build it whichever PySide6 is installed."""
    try:
        return QDragEnterEvent(pos, *args)
    except TypeError:
        return QDragEnterEvent(pos.toPoint(), *args)


def drop(widget, mime):
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    enter = drag_enter_event(
        pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    accepted = enter.isAccepted()
    event = QDropEvent(
        pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)
    return accepted, event


def test_drop_local_files(widget, db, candidate_id, tmp_path):
    a, b = pdf(tmp_path / "a.pdf", b"1"), pdf(tmp_path / "b.pdf", b"2")
    program = tmp_path / "virus.exe"
    program.write_bytes(b"\x7fELF" + b"\x00" * 40)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in (a, program, b)] + [QUrl("https://example.org/x.pdf")])
    accepted, event = drop(widget, mime)
    assert accepted and event.isAccepted()
    assert sorted(e.sha256 for e in evidence_service.list_evidence(db, candidate_id)) == sorted(
        [sha(a), sha(b)]
    )
    assert "2 files attached." in widget.message()
    assert "'virus.exe' is a program" in widget.message()
    assert "1 web link(s) were ignored" in widget.message()


def test_drop_refused_without_candidate_or_files(qtbot, db, paths, tmp_path):
    w = EvidenceWidget(db, paths, opener=Recorder(), confirm=Recorder())
    qtbot.addWidget(w)
    w.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf(tmp_path / "a.pdf")))])
    accepted, _event = drop(w, mime)
    assert not accepted
    assert not w.attach_button.isEnabled()
    assert w.attach_files([tmp_path / "a.pdf"]) == []
    assert "Save the candidate first" in w.message()
    text_only = QMimeData()
    text_only.setText("hello")
    assert not drop(w, text_only)[0]


def test_attach_dialog_is_injectable_and_ctrl_o(qtbot, widget, tmp_path, hooks):
    doc = pdf(tmp_path / "vitnemaal.pdf")
    hooks["chooser"].answer = [doc]
    widget.activateWindow()
    widget.table.setFocus()
    qtbot.waitUntil(widget.table.hasFocus)
    qtbot.keyClick(widget.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert [e.filename for e in widget.evidence()] == ["vitnemaal.pdf"]
    hooks["chooser"].answer = []  # cancelled dialog
    qtbot.mouseClick(widget.attach_button, Qt.MouseButton.LeftButton)
    assert len(widget.evidence()) == 1


def test_verified_and_translated_are_saved(widget, db, candidate_id, tmp_path):
    widget.attach_files([pdf(tmp_path / "a.pdf")])
    index = widget.model.index(0, EvidenceTableModel.COL_VERIFIED)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert index.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert widget.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert evidence_service.list_evidence(db, candidate_id)[0].verified
    widget.table.selectRow(0)
    assert widget.verified.isChecked()
    widget.translated.setChecked(True)
    [stored] = evidence_service.list_evidence(db, candidate_id)
    assert stored.verified and stored.translated
    assert (
        widget.model.index(0, EvidenceTableModel.COL_TRANSLATED).data(Qt.ItemDataRole.AccessibleTextRole)
        == "Yes"
    )


def test_kind_and_period_of_the_selected_file(widget, db, candidate_id, period, tmp_path):
    widget.attach_files([pdf(tmp_path / "a.pdf")])
    widget.table.selectRow(0)
    widget.kind.setCurrentIndex(widget.kind.findData(EvidenceKind.ARBEIDSPROEVE.value))
    widget.period.setCurrentIndex(widget.period.findData(period.id))
    [stored] = evidence_service.list_evidence(db, candidate_id)
    assert stored.kind == EvidenceKind.ARBEIDSPROEVE and stored.period_id == period.id
    widget.period.setCurrentIndex(0)
    assert evidence_service.list_evidence(db, candidate_id)[0].period_id is None


def test_open_hands_over_a_copy(qtbot, widget, paths, tmp_path, hooks):
    doc = pdf(tmp_path / "attest.pdf")
    widget.attach_files([doc])
    widget.table.selectRow(0)
    qtbot.mouseClick(widget.open_button, Qt.MouseButton.LeftButton)
    [(opened,)] = hooks["opener"].calls
    assert paths.open_copies_dir in opened.parents
    assert opened.read_bytes() == doc.read_bytes()
    hooks["opener"].answer = False
    widget.open_selected()
    assert "No program on this computer" in widget.message()


def test_open_reports_a_damaged_store(widget, db, tmp_path, hooks):
    [item] = widget.attach_files([pdf(tmp_path / "attest.pdf")])
    stored = db.evidence._path(item.sha256)
    stored.chmod(0o600)
    stored.write_bytes(b"changed")
    widget.table.selectRow(0)
    widget.open_selected()
    assert hooks["opener"].calls == []
    assert "damaged" in widget.message()


def test_remove_asks_first(qtbot, widget, db, candidate_id, tmp_path, hooks):
    widget.attach_files([pdf(tmp_path / "attest.pdf")])
    widget.table.selectRow(0)
    hooks["confirm"].answer = False
    qtbot.mouseClick(widget.remove_button, Qt.MouseButton.LeftButton)
    assert len(evidence_service.list_evidence(db, candidate_id)) == 1
    title, text = hooks["confirm"].calls[0]
    assert "attest.pdf" in text and "cannot be undone" in text
    hooks["confirm"].answer = True
    widget.remove_selected()
    assert evidence_service.list_evidence(db, candidate_id) == []
    assert widget.evidence() == []


def test_model_passes_qtmodeltester(qtmodeltester, widget, tmp_path):
    widget.attach_files([pdf(tmp_path / "a.pdf", b"1"), pdf(tmp_path / "b.pdf", b"2")])
    qtmodeltester.check(widget.model)


def test_count_signal(qtbot, widget, tmp_path):
    with qtbot.waitSignal(widget.countChanged) as signal:
        widget.attach_files([pdf(tmp_path / "a.pdf")])
    assert signal.args == [1]
