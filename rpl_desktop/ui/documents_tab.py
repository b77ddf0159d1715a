"""The Documents tab of a case, and the dialog that prints many kompetansebevis at once.

:class:`DocumentsTabWidget` shows the document a case would get now (the kind and language are chosen
above it; the language starts as the case's, else the candidate's målform) in a real PDF viewer
(QPdfView on a QPdfDocument read from memory through a QBuffer). **Issue…** stores it for good: it
asks for the reason when the document was issued before (a correction is a new version), and shows the
service's refusal when there is one (a vedtak before approval, the EU elements a certificate still
lacks...). Below, the issued versions: kind, language, version, date, who, the start of the SHA-256 and
the reason; **Show** puts an issued version in the viewer, **Save copy…** writes the PDF with its
archive sidecar (JSON) into a folder.

:class:`BatchCertificatesDialog` runs :func:`rpl_desktop.services.documents.batch_certificates` (or the
CSV variant) in a worker thread, with a progress bar and Cancel. Every batch that issues is recorded as a
batch job; one that was interrupted (the program was killed, the power went) is offered again in a
banner above the documents (:class:`UnfinishedBatchBanner`): **Resume…** opens the dialog on that job
(:func:`rpl_desktop.services.batch_jobs.resume`), which issues only what is not done yet.

Dialogs are injectable for tests: ``choose_folder(title) -> Path | None``, ``choose_file(title) -> Path |
None``, ``ask_reason(title, text) -> str | None``, ``confirm(title, text) -> bool``.
"""

from __future__ import annotations

import html
import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.documents.errors import CertificateIncomplete
from rpl_desktop.documents.model import Participation
from rpl_desktop.domain.cases import Case
from rpl_desktop.domain.errors import RplError
from rpl_desktop.domain.security import CHANGE_SETTINGS
from rpl_desktop.paths import AppPaths
from rpl_desktop.services import batch_jobs
from rpl_desktop.services import documents as doc_service
from rpl_desktop.services.cases import get_case
from rpl_desktop.services.documents import BatchReport, IssuedDocument
from rpl_desktop.store.database import Database
from rpl_desktop.ui.i18n import fill
from rpl_desktop.ui.permissions import gate, gate_document_issue, issuer_name

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #c0392b;"
OK_STYLE = "color: #2e7d32;"

ChooseFolder = Callable[[str], Path | None]
ChooseFile = Callable[[str], Path | None]
AskReason = Callable[[str, str], str | None]
Confirm = Callable[[str, str], bool]


def kind_label(kind: str) -> str:
    t = QGuiApplication.translate
    return {
        doc_service.VEDTAK: t("DocumentsTabWidget", "Vedtak (decision letter)"),
        doc_service.KOMPETANSEBEVIS: t("DocumentsTabWidget", "Kompetansebevis (certificate)"),
        doc_service.YRKESBEVIS: t("DocumentsTabWidget", "Full certificate of the model (yrkesbevis)"),
        doc_service.INTYG: t("DocumentsTabWidget", "Intyg (passed and missing modules)"),
        doc_service.KARTLAGGNING: t("DocumentsTabWidget", "Kartläggningsutlåtande (mapping statement)"),
        doc_service.COMPETENCE_MAP: t("DocumentsTabWidget", "Competence map"),
    }.get(kind, kind)


def language_label(code: str) -> str:
    t = QGuiApplication.translate
    return {
        "nb": t("DocumentsTabWidget", "Bokmål"),
        "nn": t("DocumentsTabWidget", "Nynorsk"),
        "en": t("DocumentsTabWidget", "English"),
        "sv": t("DocumentsTabWidget", "Svenska"),
    }.get(code, code)


def element_label(name: str) -> str:
    """An EU micro-credential element (or other missing field) in the interface language."""
    t = QGuiApplication.translate
    return {
        "learner": t("DocumentsTabWidget", "the learner's name"),
        "title": t("DocumentsTabWidget", "the title"),
        "issuer_country_region": t(
            "DocumentsTabWidget", "the issuer's country and region (organisation profile)"),
        "awarding_body": t("DocumentsTabWidget", "the awarding body (organisation profile)"),
        "date_of_issue": t("DocumentsTabWidget", "the date of issue"),
        "learning_outcomes": t("DocumentsTabWidget", "learning outcomes: at least one approved item"),
        "workload": t("DocumentsTabWidget", "the workload (studiepoeng, hours or YH-poäng of the standard)"),
        "level": t("DocumentsTabWidget", "the level (NKR, EQF or SeQF)"),
        "assessment": t("DocumentsTabWidget", "the type of assessment (methods in the judgements)"),
        "participation": t("DocumentsTabWidget", "the form of participation (certificate settings)"),
        "quality_assurance": t("DocumentsTabWidget", "the type of quality assurance (certificate settings)"),
        "certificate_number": t("DocumentsTabWidget", "the certificate number"),
        "assessment_signed_on": t("DocumentsTabWidget", "the date the assessment was signed"),
        "assessor_id": t("DocumentsTabWidget", "the assessor's id"),
        "accreditation_id": t("DocumentsTabWidget", "the test centre's accreditation id"),
    }.get(name, name)


def _ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    try:
        return box.exec() == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()


class PdfPreview(QWidget):
    """A PDF viewer over bytes in memory (the bytes, buffer and document live as long as the view)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("documentPdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_pdf(self, pdf: bytes) -> int:
        """Load ``pdf``; returns the page count (0 when it could not be read)."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self)
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0

    def clear(self) -> None:
        self.document.close()


class UnfinishedBatchBanner(QFrame):
    """Shown when a batch of certificates of this user stopped before the end (killed, crashed):
    what is done, **Resume…** (the print dialog on that batch) and **Discard…**."""

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 confirm: Confirm | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._job: batch_jobs.JobSummary | None = None
        self.confirm: Confirm = confirm or (lambda title, text: _ask_yes_no(self, title, text))
        self.open_dialog: Callable[[QDialog], None] = lambda dialog: dialog.open()
        self.setObjectName("unfinishedBatchBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#unfinishedBatchBanner { background: #fff4e0; }")
        self.label = QLabel(self)
        self.label.setObjectName("unfinishedBatchText")
        self.label.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("&Resume…"), self)
        self.resume_button.setObjectName("resumeBatch")
        self.resume_button.setToolTip(self.tr("Issue and print the certificates that are not done yet"))
        self.discard_button = QPushButton(self.tr("Disca&rd…"), self)
        self.discard_button.setObjectName("discardBatch")
        self.discard_button.setToolTip(self.tr("Do not finish this batch; what it issued stays issued"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.resume_button)
        layout.addWidget(self.discard_button)
        self.resume_button.clicked.connect(self.resume)
        self.discard_button.clicked.connect(self.discard)
        self.hide()

    @property
    def job(self) -> batch_jobs.JobSummary | None:
        return self._job

    def refresh(self) -> None:
        """Look for an interrupted batch again (shown when there is one)."""
        try:
            jobs = batch_jobs.unfinished(self._db, mine_only=True)
        except RplError as exc:
            log.warning("unfinished batches not read: %s", type(exc).__name__)
            jobs = []
        self._job = jobs[0] if jobs else None
        if self._job is None:
            self.hide()
            return
        job = self._job
        text = fill(self.tr(
            "A batch of certificates started %1 was interrupted: %2 of %3 done, %4 still to do."),
                    job.created_at.strftime("%Y-%m-%d %H:%M"), job.done, job.total, job.remaining)
        if len(jobs) > 1:
            text += " " + fill(self.tr("(%1 more interrupted batches after this one.)"), len(jobs) - 1)
        self.label.setText(text)
        self.show()

    def resume(self) -> BatchCertificatesDialog | None:
        """Open the print dialog on the interrupted batch (Start runs it)."""
        if self._job is None:
            return None
        try:
            dialog = BatchCertificatesDialog(self._db, parent=self.window(), resume_job=self._job.id)
        except RplError as exc:
            self.label.setText(exc.message)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.batchFinished.connect(lambda _report: self.refresh())
        self.open_dialog(dialog)
        return dialog

    def discard(self) -> bool:
        job = self._job
        if job is None:
            return False
        text = fill(self.tr(
            "Give up the interrupted batch? The %1 certificate(s) it issued stay issued. The %2 not done "
            "are not issued; a certificate number already taken for one of them is recorded as void and "
            "never used again."), job.done, job.remaining)
        if not self.confirm(self.tr("Discard the batch"), text):
            return False
        try:
            batch_jobs.discard(self._db, job.id)
        except RplError as exc:
            self.label.setText(exc.message)
            return False
        self.refresh()
        return True


class DocumentsTabWidget(QWidget):
    """The documents of one case. ``documentIssued(case_id)`` after a document was issued (the case may
    have moved to *issued*)."""

    documentIssued = Signal(int)

    COLUMNS = ("kind", "language", "version", "date", "by", "sha256", "reason")

    def __init__(
        self,
        db: Database,
        paths: AppPaths,
        parent: QWidget | None = None,
        *,
        choose_folder: ChooseFolder | None = None,
        ask_reason: AskReason | None = None,
        confirm: Confirm | None = None,
        issued_by: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._paths = paths
        self._case: Case | None = None
        self._stale = True
        self._issued: list[IssuedDocument] = []
        self.choose_folder: ChooseFolder = choose_folder or self._folder_dialog
        self.ask_reason: AskReason = ask_reason or self._reason_dialog
        self.confirm: Confirm = confirm or (lambda title, text: _ask_yes_no(self, title, text))
        self.issued_by: Callable[[], str] = issued_by or (
            lambda: issuer_name(db.actor, doc_service.default_user()))  # the signed-in user
        self.setObjectName("documentsTab")

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("documentKind")
        self.kind_combo.setAccessibleName(self.tr("Kind of document"))
        self.lang_combo = QComboBox(self)
        self.lang_combo.setObjectName("documentLanguage")
        self.lang_combo.setAccessibleName(self.tr("Language of the document"))
        for code in doc_service.LANGUAGE_CODES:
            self.lang_combo.addItem(language_label(code), code)
        self.preview_button = QPushButton(self.tr("&Preview"), self)
        self.preview_button.setToolTip(
            self.tr("Build the document as it would be issued now (nothing is stored)"))
        self.issue_button = QPushButton(self.tr("&Issue…"), self)
        self.issue_button.setObjectName("issueDocument")
        self.issue_button.setToolTip(
            self.tr("Store the document as issued. It can never be changed; a correction is a new version.")
        )
        self.settings_button = QPushButton(self.tr("Certificate settings…"), self)
        self.settings_button.setToolTip(self.tr("Quality assurance text and certificate numbers"))

        top = QHBoxLayout()
        kind_label_widget = QLabel(self.tr("&Document:"), self)
        kind_label_widget.setBuddy(self.kind_combo)
        lang_label_widget = QLabel(self.tr("&Language:"), self)
        lang_label_widget.setBuddy(self.lang_combo)
        top.addWidget(kind_label_widget)
        top.addWidget(self.kind_combo, 2)
        top.addWidget(lang_label_widget)
        top.addWidget(self.lang_combo, 1)
        top.addWidget(self.preview_button)
        top.addWidget(self.issue_button)
        top.addStretch(1)
        top.addWidget(self.settings_button)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("documentsMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.RichText)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()

        self.preview = PdfPreview(self)
        self.preview_caption = QLabel(self)
        self.preview_caption.setObjectName("previewCaption")

        self.issued_table = QTableWidget(0, len(self.COLUMNS), self)
        self.issued_table.setObjectName("issuedDocuments")
        self.issued_table.setAccessibleName(self.tr("Issued documents"))
        self.issued_table.setHorizontalHeaderLabels([
            self.tr("Document"), self.tr("Language"), self.tr("Version"), self.tr("Issued"), self.tr("By"),
            self.tr("SHA-256"), self.tr("Reason for the new version"),
        ])
        self.issued_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issued_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.issued_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issued_table.verticalHeader().hide()
        header = self.issued_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.show_button = QPushButton(self.tr("S&how"), self)
        self.show_button.setToolTip(self.tr("Show the issued version in the viewer (its SHA-256 is checked)"))
        self.save_button = QPushButton(self.tr("&Save copy…"), self)
        self.save_button.setToolTip(
            self.tr("Write the issued PDF and its archive sidecar (JSON) into a folder"))
        self.empty_issued = QLabel(self.tr("Nothing issued yet."), self)

        issued_box = QWidget(self)
        issued_layout = QVBoxLayout(issued_box)
        issued_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("<b>Issued</b>"), issued_box)
        issued_layout.addWidget(title)
        issued_layout.addWidget(self.empty_issued)
        issued_layout.addWidget(self.issued_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        issued_layout.addLayout(buttons)

        viewer_box = QWidget(self)
        viewer_layout = QVBoxLayout(viewer_box)
        viewer_layout.setContentsMargins(0, 0, 0, 0)
        viewer_layout.addWidget(self.preview_caption)
        viewer_layout.addWidget(self.preview, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(viewer_box)
        splitter.addWidget(issued_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)

        self.batch_banner = UnfinishedBatchBanner(db, self, confirm=lambda t, x: self.confirm(t, x))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.batch_banner)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addWidget(splitter, 1)

        self.kind_combo.currentIndexChanged.connect(self._choice_changed)
        self.lang_combo.currentIndexChanged.connect(self._choice_changed)
        self.preview_button.clicked.connect(self.refresh_preview)
        self.issue_button.clicked.connect(self.issue_current)
        self.show_button.clicked.connect(self.show_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.settings_button.clicked.connect(self.edit_settings)
        self.issued_table.itemSelectionChanged.connect(self._update_buttons)
        self.issued_table.doubleClicked.connect(lambda _index: self.show_selected())
        self.kind_combo.currentIndexChanged.connect(lambda _index: gate_document_issue(self))
        gate(self.settings_button, db.actor, CHANGE_SETTINGS)
        self._set_enabled(False)

    # -- state ------------------------------------------------------------------------------------

    @property
    def pdf_document(self) -> QPdfDocument:
        return self.preview.document

    @property
    def case_id(self) -> int | None:
        return self._case.id if self._case is not None else None

    def current_kind(self) -> str:
        return str(self.kind_combo.currentData() or "")

    def current_language(self) -> str:
        return str(self.lang_combo.currentData() or "")

    def _set_enabled(self, on: bool) -> None:
        for w in (self.kind_combo, self.lang_combo, self.preview_button, self.issue_button):
            w.setEnabled(on)
        gate_document_issue(self)  # a decision document needs the approver role
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.show_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)

    def show_message(self, text: str, *, error: bool = False, rich: bool = False) -> None:
        self.message_label.setText(text if rich else html.escape(text))
        self.message_label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message_label.setVisible(bool(text))

    def clear_message(self) -> None:
        self.message_label.clear()
        self.message_label.hide()

    # -- opening a case ---------------------------------------------------------------------------

    def open_case(self, case_id: int) -> None:
        """Show the documents of ``case_id``: kinds for its purpose, its language, its issued versions."""
        self.clear_message()
        try:
            self._case = get_case(self._db, case_id)
        except RplError as exc:
            self._case = None
            self._set_enabled(False)
            self.show_message(exc.message, error=True)
            return
        for combo in (self.kind_combo, self.lang_combo):
            combo.blockSignals(True)
        self.kind_combo.clear()
        for kind in doc_service.document_kinds(self._case.purpose):
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.setCurrentIndex(0)
        self._select_default_language()
        for combo in (self.kind_combo, self.lang_combo):
            combo.blockSignals(False)
        self._set_enabled(True)
        self.reload_issued()
        self.batch_banner.refresh()
        self.preview.clear()
        self.preview_caption.clear()
        self._stale = True
        if self.isVisible():
            self.refresh_preview()

    def _select_default_language(self) -> None:
        if self._case is None or self._case.id is None:
            return
        try:
            lang = doc_service.default_document_language(self._db, self._case.id, self.current_kind()).value
        except RplError:
            lang = "nb"
        index = self.lang_combo.findData(lang)
        self.lang_combo.setCurrentIndex(max(0, index))

    def showEvent(self, event):  # type: ignore[no-untyped-def]  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale and self._case is not None:
            self.refresh_preview()

    def _choice_changed(self) -> None:
        self._stale = True
        if self.sender() is self.kind_combo:
            self.lang_combo.blockSignals(True)
            self._select_default_language()
            self.lang_combo.blockSignals(False)
        if self.isVisible():
            self.refresh_preview()

    # -- preview ----------------------------------------------------------------------------------

    def refresh_preview(self) -> bool:
        """Build the chosen document now and show it; a refusal is shown as the message instead."""
        if self._case is None or self._case.id is None:
            return False
        self._stale = False
        kind, lang = self.current_kind(), self.current_language()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pdf = doc_service.preview(self._db, self._case.id, kind, lang)
        except CertificateIncomplete as exc:
            self.preview.clear()
            self.preview_caption.clear()
            self._show_missing(exc)
            return False
        except RplError as exc:
            self.preview.clear()
            self.preview_caption.clear()
            self.show_message(exc.message, error=True)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.clear_message()
        pages = self.preview.show_pdf(pdf)
        self.preview_caption.setText(fill(
            self.tr("Preview, not issued: %1 in %2, %3 page(s)."), kind_label(kind), language_label(lang),
            pages))
        return pages > 0

    def _show_missing(self, exc: CertificateIncomplete) -> None:
        items = "".join(f"<li>{html.escape(element_label(name))}</li>" for name in exc.missing)
        head = html.escape(self.tr("The certificate cannot be issued until these are filled in:"))
        self.show_message(f"{head}<ul>{items}</ul>", error=True, rich=True)

    # -- issuing ----------------------------------------------------------------------------------

    def issue_current(self) -> IssuedDocument | None:
        """Issue the chosen document (asking for the correction reason when a version exists)."""
        if self._case is None or self._case.id is None:
            return None
        kind, lang = self.current_kind(), self.current_language()
        earlier = [d for d in self._issued if d.kind == kind and d.language == lang]
        reason = ""
        if earlier:
            answer = self.ask_reason(
                self.tr("Issue a corrected version"),
                fill(self.tr("Version %1 of this document was issued on %2. Why is a new version issued?"),
                     earlier[-1].version, earlier[-1].issued_at.strftime("%d.%m.%Y")),
            )
            if answer is None:
                return None
            reason = answer.strip()
            if not reason:
                self.show_message(self.tr("A new version needs the reason for the correction."), error=True)
                return None
        elif not self.confirm(
            self.tr("Issue the document"),
            fill(self.tr("Issue the %1 in %2? It is stored as sent and can never be changed afterwards."),
                 kind_label(kind), language_label(lang)),
        ):
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            issued = doc_service.issue(self._db, self._case.id, kind, lang, self.issued_by(), reason)
        except CertificateIncomplete as exc:
            self._show_missing(exc)
            return None
        except RplError as exc:
            self.show_message(exc.message, error=True)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.reload_issued()
        self._show_issued(issued)
        self.show_message(
            fill(self.tr("Issued version %1 (SHA-256 %2…)."), issued.version, issued.sha256[:12]))
        self._case = get_case(self._db, self._case.id)
        self.documentIssued.emit(self._case.id)
        return issued

    # -- issued versions --------------------------------------------------------------------------

    def reload_issued(self) -> None:
        case_id = self._case.id if self._case is not None else None
        self._issued = doc_service.list_issued(self._db, case_id) if case_id is not None else []
        table = self.issued_table
        table.setRowCount(len(self._issued))
        for row, doc in enumerate(self._issued):
            values = (
                kind_label(doc.kind), language_label(doc.language), str(doc.version),
                doc.issued_at.strftime("%d.%m.%Y %H:%M"), doc.issued_by, doc.sha256[:12] + "…", doc.reason,
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 5:
                    item.setToolTip(doc.sha256)
                if col == 6 and value:
                    item.setToolTip(value)
                item.setData(Qt.ItemDataRole.UserRole, doc.id)
                table.setItem(row, col, item)
        self.empty_issued.setVisible(not self._issued)
        table.setVisible(bool(self._issued))
        self._update_buttons()

    def issued(self) -> list[IssuedDocument]:
        return list(self._issued)

    def _selected(self) -> IssuedDocument | None:
        rows = self.issued_table.selectionModel().selectedRows() if self.issued_table.selectionModel() else []
        if not rows:
            return None
        row = rows[0].row()
        return self._issued[row] if 0 <= row < len(self._issued) else None

    def select_issued(self, doc_id: int) -> None:
        for row, doc in enumerate(self._issued):
            if doc.id == doc_id:
                self.issued_table.selectRow(row)
                return

    def _show_issued(self, doc: IssuedDocument) -> None:
        try:
            pdf = doc_service.read_issued(self._db, doc.id)
        except RplError as exc:
            self.show_message(exc.message, error=True)
            return
        pages = self.preview.show_pdf(pdf)
        self.preview_caption.setText(fill(
            self.tr("Issued version %1 of %2 (%3), %4 page(s)."), doc.version, kind_label(doc.kind),
            language_label(doc.language), pages))
        self.select_issued(doc.id)

    def show_selected(self) -> None:
        doc = self._selected()
        if doc is not None:
            self._show_issued(doc)

    def save_selected(self) -> tuple[Path, Path] | None:
        doc = self._selected()
        if doc is None:
            return None
        folder = self.choose_folder(self.tr("Save a copy of the issued document in"))
        if folder is None:
            return None
        try:
            paths = doc_service.export_issued(self._db, doc.id, folder)
        except RplError as exc:
            self.show_message(exc.message, error=True)
            return None
        self.show_message(fill(self.tr("Saved %1 and %2."), paths[0].name, paths[1].name))
        return paths

    # -- settings ---------------------------------------------------------------------------------

    def edit_settings(self) -> None:
        dialog = CertificateSettingsDialog(self._db, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and self.isVisible():
                self.refresh_preview()
        finally:
            dialog.deleteLater()

    # -- default dialogs --------------------------------------------------------------------------

    def _folder_dialog(self, title: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(self, title, str(Path.home()))
        return Path(name) if name else None

    def _reason_dialog(self, title: str, text: str) -> str | None:
        value, ok = QInputDialog.getMultiLineText(self, title, text)
        return value if ok else None


class CertificateSettingsDialog(QDialog):
    """The quality assurance text, the certificate number pattern and the form of participation."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Certificate settings"))
        current = doc_service.certificate_settings(db)
        self.qa_edit = QPlainTextEdit(current.quality_assurance, self)
        self.qa_edit.setAccessibleName(self.tr("Type of quality assurance"))
        self.qa_edit.setTabChangesFocus(True)
        self.pattern_edit = QLineEdit(current.number_pattern, self)
        self.pattern_edit.setToolTip(self.tr("{org}, {yyyy}, {yy} and {seq} or {seq:06}"))
        self.code_edit = QLineEdit(current.org_code, self)
        self.code_edit.setPlaceholderText(self.tr("initials of the organisation"))
        self.participation_combo = QComboBox(self)
        for value, text in (
            (Participation.VALIDATION, self.tr("Validation of prior learning, no training")),
            (Participation.WORKPLACE, self.tr("Work practice")),
            (Participation.ONSITE, self.tr("On site")),
            (Participation.ONLINE, self.tr("Online")),
            (Participation.BLENDED, self.tr("Blended")),
        ):
            self.participation_combo.addItem(text, value.value)
        index = self.participation_combo.findData(current.participation.value)
        self.participation_combo.setCurrentIndex(max(0, index))
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Quality assurance:"), self.qa_edit)
        form.addRow(self.tr("&Number pattern:"), self.pattern_edit)
        form.addRow(self.tr("&Organisation code:"), self.code_edit)
        form.addRow(self.tr("&Participation:"), self.participation_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            doc_service.save_certificate_settings(self._db, doc_service.CertificateSettings(
                quality_assurance=self.qa_edit.toPlainText(), number_pattern=self.pattern_edit.text(),
                org_code=self.code_edit.text(),
                participation=Participation(self.participation_combo.currentData()),
            ))
        except RplError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return
        self.accept()


# ----------------------------------------------------------------------------------------------------
# batch printing


class BatchWorker(QObject):
    """Runs one batch in a worker thread; re-emits the service's progress callback as a signal."""

    progress = Signal(int, int)
    finished = Signal(object)  # BatchReport
    failed = Signal(str)

    def __init__(self, db: Database, out_dir: Path, *, case_ids: Sequence[int] = (),
                 csv_path: Path | None = None, combined: bool, lang: str | None, issued_by: str,
                 job_id: int | None = None) -> None:
        super().__init__()
        self._db = db
        self._job_id = job_id
        self._out_dir = out_dir
        self._case_ids = list(case_ids)
        self._csv = csv_path
        self._combined = combined
        self._lang = lang
        self._issued_by = issued_by
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            if self._job_id is not None:
                report = batch_jobs.resume(self._db, self._job_id, out_dir=self._out_dir,
                                           progress=self.progress.emit, cancelled=self._cancel.is_set)
            elif self._csv is not None:
                report = doc_service.certificates_from_csv(
                    self._db, self._csv, self._out_dir, combined=self._combined, lang=self._lang,
                    issued_by=self._issued_by, progress=self.progress.emit, cancelled=self._cancel.is_set)
            else:
                report = doc_service.batch_certificates(
                    self._db, self._case_ids, self._out_dir, combined=self._combined, lang=self._lang,
                    issued_by=self._issued_by, progress=self.progress.emit, cancelled=self._cancel.is_set)
        except RplError as exc:
            self.failed.emit(exc.message)
            return
        except Exception as exc:  # a bug: keep the dialog alive and say so; the log has the details
            log.exception("batch of certificates failed")
            self.failed.emit(f"unexpected error ({type(exc).__name__}); details are in the log.")
            return
        self.finished.emit(report)


class BatchCertificatesDialog(QDialog):
    """Print the kompetansebevis of many cases (chosen cases, or a CSV of case numbers) into a folder or
    one combined PDF, off the GUI thread, with progress and Cancel. ``batchFinished(report)`` at the end
    (also after a cancel); ``report`` holds the last :class:`BatchReport`."""

    batchFinished = Signal(object)

    def __init__(
        self,
        db: Database,
        case_ids: Sequence[int] = (),
        parent: QWidget | None = None,
        *,
        choose_folder: ChooseFolder | None = None,
        choose_file: ChooseFile | None = None,
        issued_by: str = "",
        resume_job: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._resume = batch_jobs.get_job(db, resume_job) if resume_job is not None else None
        self._case_ids = list(case_ids)
        self._csv: Path | None = None
        self._thread: QThread | None = None
        self._worker: BatchWorker | None = None
        self.report: BatchReport | None = None
        self.choose_folder: ChooseFolder = choose_folder or self._folder_dialog
        self.choose_file: ChooseFile = choose_file or self._file_dialog
        self._issued_by = issued_by or issuer_name(db.actor, doc_service.default_user())
        self.setWindowTitle(self.tr("Print certificates"))
        self.setObjectName("batchCertificatesDialog")
        self.setMinimumWidth(520)

        self.source_label = QLabel(self)
        self.source_label.setWordWrap(True)
        self.csv_button = QPushButton(self.tr("From a CSV &file…"), self)
        self.csv_button.setToolTip(self.tr("A CSV with a case_number (or saksnummer) column"))
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setObjectName("batchFolder")
        self.folder_edit.setAccessibleName(self.tr("Folder to write into"))
        self.folder_button = QPushButton(self.tr("&Browse…"), self)
        self.combined_check = QCheckBox(self.tr("One &combined PDF (for printing)"), self)
        self.lang_combo = QComboBox(self)
        self.lang_combo.addItem(self.tr("Each case's own language"), None)
        for code in doc_service.LANGUAGE_CODES:
            self.lang_combo.addItem(language_label(code), code)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, max(1, len(self._case_ids)))
        self.progress_bar.setValue(0)
        self.result_view = QPlainTextEdit(self)
        self.result_view.setReadOnly(True)
        self.result_view.setObjectName("batchResult")
        self.result_view.setPlaceholderText(self.tr(
            "Certificates already issued are printed as issued; the others are issued now. Cases that "
            "cannot have one yet are listed here with the reason."))
        self.start_button = QPushButton(self.tr("&Start"), self)
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.close_button = QPushButton(self.tr("Close"), self)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source_label, 1)
        source_row.addWidget(self.csv_button)
        form = QFormLayout()
        form.addRow(self.tr("Cases:"), source_row)
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow("", self.combined_check)
        form.addRow(self.tr("&Language:"), self.lang_combo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.result_view, 1)
        layout.addLayout(buttons)

        self.csv_button.clicked.connect(self.choose_csv)
        self.folder_button.clicked.connect(self._browse_folder)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        if self._resume is not None:
            job = self._resume
            self.setWindowTitle(self.tr("Resume printing certificates"))
            self.folder_edit.setText(str(job.out_dir))
            self.combined_check.setChecked(job.combined)
            self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(job.lang)))
            self.csv_button.hide()
            self.progress_bar.setRange(0, max(1, job.total))
            self.result_view.setPlaceholderText(self.tr(
                "The certificates issued before the interruption are printed as issued; the others are "
                "issued now, under the numbers already taken for them. If the folder is gone, choose "
                "another."))
        self._update_source()
        self._set_running(False)

    # -- choices ----------------------------------------------------------------------------------

    def _update_source(self) -> None:
        if self._resume is not None:
            job = self._resume
            self.source_label.setText(fill(
                self.tr("The interrupted batch of %1: %2 of %3 done, %4 still to do."),
                job.created_at.strftime("%Y-%m-%d %H:%M"), job.done, job.total, job.remaining))
        elif self._csv is not None:
            self.source_label.setText(fill(self.tr("The cases listed in %1"), self._csv.name))
        else:
            self.source_label.setText(fill(self.tr("%1 chosen case(s)"), len(self._case_ids)))

    def choose_csv(self) -> None:
        path = self.choose_file(self.tr("Choose a CSV file of case numbers"))
        if path is not None:
            self.set_csv(path)

    def set_csv(self, path: Path) -> None:
        self._csv = Path(path)
        self._update_source()

    def _browse_folder(self) -> None:
        folder = self.choose_folder(self.tr("Write the certificates into"))
        if folder is not None:
            self.folder_edit.setText(str(folder))

    def _set_running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)
        choices = (self.csv_button, self.folder_edit, self.folder_button, self.combined_check,
                   self.lang_combo)
        for w in choices:
            w.setEnabled(not running)
        if self._resume is not None:  # the batch keeps its own choices; only the folder may change
            self.combined_check.setEnabled(False)
            self.lang_combo.setEnabled(False)

    @property
    def running(self) -> bool:
        return self._thread is not None

    # -- running ----------------------------------------------------------------------------------

    def start(self) -> bool:
        if self.running:
            return False
        folder_text = self.folder_edit.text().strip()
        if not folder_text:
            folder = self.choose_folder(self.tr("Write the certificates into"))
            if folder is None:
                return False
            self.folder_edit.setText(str(folder))
            folder_text = str(folder)
        if self._csv is None and not self._case_ids and self._resume is None:
            self.result_view.setPlainText(self.tr("Choose cases first, or a CSV file of case numbers."))
            return False
        self.report = None
        self.result_view.clear()
        total = self._resume.total if self._resume is not None else len(self._case_ids)
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(0)
        worker = BatchWorker(
            self._db, Path(folder_text), case_ids=self._case_ids, csv_path=self._csv,
            combined=self.combined_check.isChecked(), lang=self.lang_combo.currentData(),
            issued_by=self._issued_by, job_id=self._resume.id if self._resume is not None else None,
        )
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._progress)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        worker.finished.connect(thread.quit)
        worker.failed.connect(thread.quit)
        thread.finished.connect(self._thread_done)
        self._worker, self._thread = worker, thread
        self._set_running(True)
        thread.start()
        return True

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            self.result_view.appendPlainText(self.tr("Cancelling after the current certificate…"))

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)

    @Slot(object)
    def _finished(self, report: BatchReport) -> None:
        self.report = report
        lines = [report.summary()]
        if report.combined_path is not None:
            lines.append(fill(self.tr("Combined PDF: %1"), str(report.combined_path)))
        elif report.cancelled and self.combined_check.isChecked():
            lines.append(self.tr("No combined PDF was written, because the batch was cancelled."))
        lines += report.lines()
        self.result_view.setPlainText("\n".join(lines))
        self.batchFinished.emit(report)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.result_view.setPlainText(message)
        self.batchFinished.emit(None)

    @Slot()
    def _thread_done(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = None
        self._worker = None
        self._set_running(False)

    def wait(self, msecs: int = 60_000) -> bool:
        """Wait for the worker thread to end (tests; closing the dialog)."""
        thread = self._thread
        return True if thread is None else thread.wait(msecs)

    def reject(self) -> None:
        if self.running:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event):  # type: ignore[no-untyped-def]  # noqa: N802 (Qt's name)
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    # -- default dialogs --------------------------------------------------------------------------

    def _folder_dialog(self, title: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(self, title, str(Path.home()))
        return Path(name) if name else None

    def _file_dialog(self, title: str) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(self, title, str(Path.home()),
                                                    self.tr("CSV files (*.csv *.txt);;All files (*)"))
        return Path(name) if name else None
