"""The main window: navigation on the left, one page per area on the right.

Pages: Cases and Catalogue (filled by the mapping module; until then they say so), Candidates (list
and editor side by side) and Settings (organisation profile, folders, interface language).

The candidate editor is another module's widget; this window needs only its small interface
(:class:`CandidateEditor`) and builds it through ``editor_factory``, so tests can pass a stand-in.
"""

from __future__ import annotations

import logging
import os
import platform
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop import __version__
from rpl_desktop.domain.errors import RplError
from rpl_desktop.paths import AppPaths
from rpl_desktop.ui.i18n import LANG_ENV, SETTING_KEY, fill, normalise_language

if TYPE_CHECKING:
    # The data layer (SQLAlchemy and friends) is imported only when a database is attached, so
    # the window can be on screen before those imports have run.
    from rpl_desktop.store.database import Database
    from rpl_desktop.ui.organisation_dialog import OrganisationDialog

log = logging.getLogger(__name__)

SETTINGS_FILE_NAME = "window.ini"


class CandidateEditor(Protocol):
    """What the window uses of the candidate editor (``rpl_desktop.ui.candidate_editor``)."""

    def open_candidate(self, candidate_id: int | None) -> None: ...
    def has_unsaved_changes(self) -> bool: ...
    def save(self) -> bool: ...


EditorFactory = Callable[["Database", AppPaths, QWidget], QWidget]


class UnsavedChoice(StrEnum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def default_editor_factory(db: Database, paths: AppPaths, parent: QWidget) -> QWidget:
    from rpl_desktop.ui.candidate_editor import CandidateEditorWidget

    return CandidateEditorWidget(db, paths, parent)


def window_settings(paths: AppPaths) -> QSettings:
    """Window geometry and the like, kept in the config folder (so ``--basedir`` moves it too)."""
    return QSettings(str(paths.config_dir / SETTINGS_FILE_NAME), QSettings.Format.IniFormat)


def stored_language(paths: AppPaths) -> str | None:
    """The interface language chosen in Settings: a per-user preference, kept with the window
    settings (not in the database, which an office may share)."""
    value = window_settings(paths).value(SETTING_KEY)
    return str(value) if value else None


def ask_unsaved_changes(parent: QWidget) -> UnsavedChoice:
    """Save / Discard / Cancel for unsaved changes in the candidate editor."""
    tr = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("MainWindow", "Unsaved changes"))
    box.setText(tr("MainWindow", "The candidate has changes that are not saved."))
    box.setInformativeText(tr("MainWindow", "Save them now, discard them, or go back to the candidate?"))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    box.deleteLater()
    if answer == QMessageBox.StandardButton.Save:
        return UnsavedChoice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return UnsavedChoice.DISCARD
    return UnsavedChoice.CANCEL


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    return label


def _placeholder_page(title: str, text: str, name: str) -> QWidget:
    """A page a later module fills; it says so and shows nothing invented."""
    page = QWidget()
    page.setObjectName(name)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(24, 24, 24, 24)
    layout.addWidget(_heading(title, page))
    body = QLabel(text, page)
    body.setObjectName(f"{name}Text")
    body.setWordWrap(True)
    layout.addWidget(body)
    layout.addStretch(1)
    return page


class MainWindow(QMainWindow):
    PAGE_CASES = 0
    PAGE_CANDIDATES = 1
    PAGE_CATALOGUE = 2
    PAGE_SETTINGS = 3

    def __init__(
        self,
        db: Database | None,
        paths: AppPaths,
        parent: QWidget | None = None,
        *,
        editor_factory: EditorFactory | None = None,
    ) -> None:
        """The window; with ``db=None`` only its frame, until :meth:`attach_database` fills it.

        Starting the program shows the frame at once and attaches the database right after, so the
        window is on screen while the data layer is still being imported and opened.
        """
        super().__init__(parent)
        self._db: Database | None = None
        self._paths = paths
        self._editor_factory = editor_factory
        self._open_id: int | None = None
        self._switching = False
        self._refresh_pending = False
        # Injection points for tests: the Save/Discard/Cancel question and opening a folder.
        self.ask_unsaved: Callable[[QWidget], UnsavedChoice] = ask_unsaved_changes
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl

        self.setWindowTitle("rpl-desktop")
        self.setObjectName("mainWindow")

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        for title in (self.tr("Cases"), self.tr("Candidates"), self.tr("Catalogue"), self.tr("Settings")):
            QListWidgetItem(title, self.nav)
        self.nav.setSpacing(2)
        width = max(
            self.nav.fontMetrics().horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())
        )
        self.nav.setFixedWidth(width + 48)
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 6px 8px; }")
        self.stack = QStackedWidget(self)
        self.loading_page = _placeholder_page(self.tr("Opening the register…"), "", "loadingPage")
        self.stack.addWidget(self.loading_page)
        self._build_banner()
        self.banner.hide()
        self._build_menus()

        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        body = QHBoxLayout()
        body.setContentsMargins(6, 6, 6, 6)
        body.setSpacing(8)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        self.location_label = QLabel("", self)
        self.location_label.setObjectName("databaseLocation")
        self.statusBar().addPermanentWidget(self.location_label)
        self._restore_geometry()
        if db is not None:
            self.attach_database(db)

    def attach_database(self, db: Database) -> None:
        """Build the pages over ``db`` (once)."""
        from rpl_desktop.ui.candidate_list import CandidateListWidget

        if self._db is not None:
            raise RuntimeError("the window already has a database")
        self._db = db
        self.candidate_list = CandidateListWidget(db, self)
        self.editor = (self._editor_factory or default_editor_factory)(db, self._paths, self)
        self.editor.setObjectName("candidateEditor")
        self.stack.removeWidget(self.loading_page)
        self.loading_page.deleteLater()
        self._build_pages()
        self.location_label.setText(self._location_text())

        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.candidate_list.candidateActivated.connect(self._candidate_activated)
        self.editor.candidateSaved.connect(self._candidate_saved)  # type: ignore[attr-defined]
        self.editor.candidateDeleted.connect(self._candidate_deleted)  # type: ignore[attr-defined]

        self.setTabOrder(self.nav, self.candidate_list.search_edit)
        self.setTabOrder(self.candidate_list.search_edit, self.candidate_list.table)
        self.refresh_organisation()
        self._restore_state()

    def has_database(self) -> bool:
        return self._db is not None

    @property
    def database(self) -> Database:
        if self._db is None:
            raise RuntimeError("no database attached yet")
        return self._db

    # -- building -------------------------------------------------------------------------------

    def _build_pages(self) -> None:
        from rpl_desktop.ui.case_list import CaseListWidget
        from rpl_desktop.ui.case_view import CaseViewWidget
        from rpl_desktop.ui.catalogue_page import CataloguePageWidget
        from rpl_desktop.ui.competence_map import CompetenceMapWidget

        db = self.database
        self.cases_page = QWidget()
        self.cases_page.setObjectName("casesPage")
        self.case_list = CaseListWidget(db, self.cases_page)
        self.case_view = CaseViewWidget(db, self._paths, self.cases_page)
        self.case_splitter = QSplitter(Qt.Orientation.Horizontal, self.cases_page)
        self.case_splitter.setObjectName("caseSplitter")
        self.case_splitter.setChildrenCollapsible(False)
        self.case_splitter.addWidget(self.case_list)
        # In a scroll area, so a small screen scrolls the case instead of widening the window.
        case_scroll = QScrollArea(self.cases_page)
        case_scroll.setObjectName("caseScroll")
        case_scroll.setWidgetResizable(True)
        case_scroll.setFrameShape(QFrame.Shape.NoFrame)
        case_scroll.setWidget(self.case_view)
        self.case_splitter.addWidget(case_scroll)
        self.case_splitter.setStretchFactor(0, 2)
        self.case_splitter.setStretchFactor(1, 5)
        self.case_splitter.setSizes([300, 1100])
        cases_layout = QVBoxLayout(self.cases_page)
        cases_layout.setContentsMargins(0, 0, 0, 0)
        cases_layout.addWidget(self.case_splitter)
        self.case_list.caseActivated.connect(self.open_case_from_list)
        self.case_list.caseCreated.connect(self.open_case)
        self.case_list.takeOfflineRequested.connect(self.take_cases_offline)
        self.case_view.caseChanged.connect(lambda case_id: self.case_list.refresh(select_id=case_id))

        self.candidates_page = QWidget()
        self.candidates_page.setObjectName("candidatesPage")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.candidates_page)
        self.splitter.setObjectName("candidateSplitter")
        self.splitter.setChildrenCollapsible(False)
        left = QWidget(self.candidates_page)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.candidate_list, 1)
        actions = QHBoxLayout()
        self.competence_map_button = QPushButton(self.tr("Co&mpetence map"), left)
        self.competence_map_button.setObjectName("openCompetenceMap")
        self.competence_map_button.setToolTip(
            self.tr("The selected candidate's history against several targets side by side")
        )
        self.competence_map_button.clicked.connect(self.show_competence_map)
        self.new_case_button = QPushButton(self.tr("New case for candidate…"), left)
        self.new_case_button.setObjectName("newCaseForCandidate")
        self.new_case_button.clicked.connect(self.new_case_for_candidate)
        actions.addWidget(self.competence_map_button)
        actions.addWidget(self.new_case_button)
        # Personal data (export, erase or anonymise): a menu button here and the table's context menu.
        from rpl_desktop.ui.privacy_dialogs import CandidatePrivacyActions

        self.privacy_actions = CandidatePrivacyActions(
            db, self, lambda: self.candidate_list.current_candidate_id() or self._open_id, self._may_remove)
        self.privacy_actions.install_context_menu(self.candidate_list.table)
        self.privacy_actions.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.privacy_actions.candidateErased.connect(self._candidate_removed)
        self.privacy_actions.candidateAnonymised.connect(self._candidate_anonymised)
        actions.addWidget(self.privacy_actions.button)
        actions.addStretch(1)
        left_layout.addLayout(actions)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([560, 640])
        page_layout = QVBoxLayout(self.candidates_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.splitter)

        self.catalogue_page = CataloguePageWidget(db)
        self.catalogue_page.setObjectName("cataloguePage")
        # In a scroll area: the settings boxes are taller than a laptop screen.
        self.settings_page = QScrollArea()
        self.settings_page.setObjectName("settingsScroll")
        self.settings_page.setWidgetResizable(True)
        self.settings_page.setFrameShape(QFrame.Shape.NoFrame)
        self.settings_page.setWidget(self._build_settings_page())

        # The competence map is reached from a candidate, not from the navigation.
        self.map_page = QWidget()
        self.map_page.setObjectName("competenceMapPage")
        map_layout = QVBoxLayout(self.map_page)
        map_layout.setContentsMargins(0, 0, 0, 0)
        back = QPushButton(self.tr("← &Back to the candidate"), self.map_page)
        back.setObjectName("backFromCompetenceMap")
        back.clicked.connect(lambda: self.show_page(self.PAGE_CANDIDATES))
        map_layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        self.competence_map = CompetenceMapWidget(db, self.map_page)
        self.competence_map.openCase.connect(self.open_case)
        map_layout.addWidget(self.competence_map, 1)

        for page in (self.cases_page, self.candidates_page, self.catalogue_page, self.settings_page,
                     self.map_page):
            self.stack.addWidget(page)

    def open_case(self, case_id: int) -> None:
        """Show a case on the Cases page (unless the case shown has changes the user chose to stay for)."""
        self.show_page(self.PAGE_CASES)
        self.case_list.refresh(select_id=case_id)
        self.open_case_from_list(case_id)

    def open_case_from_list(self, case_id: int) -> bool:
        """Open the case chosen in the list. When the case shown keeps the user (changes that could not be
        saved, and Cancel), the list goes back to it."""
        if self.case_view.open_case(case_id):
            return True
        shown = self.case_view.case_id()
        if shown is not None and shown != case_id:
            self.case_list.select_case(shown)
        return False

    def show_competence_map(self) -> None:
        """The selected candidate's competence map (from the candidate list or the editor)."""
        candidate_id = self.candidate_list.current_candidate_id() or self._open_id
        if candidate_id is None:
            self.statusBar().showMessage(self.tr("Select a candidate first."), 5000)
            return
        self.competence_map.open_candidate(candidate_id)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(self.PAGE_CANDIDATES)
        self.nav.blockSignals(False)
        self.stack.setCurrentWidget(self.map_page)

    def new_case_for_candidate(self) -> None:
        candidate_id = self.candidate_list.current_candidate_id() or self._open_id
        case_id = self.case_list.new_case(candidate_id)
        if case_id is not None:
            self.open_case(case_id)

    def _build_settings_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("settingsPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(_heading(self.tr("Settings"), page))

        org_box = QGroupBox(self.tr("Organisation profile"), page)
        self.organisation_summary = QLabel(org_box)
        self.organisation_summary.setObjectName("organisationSummary")
        self.organisation_summary.setWordWrap(True)
        self.organisation_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_organisation_button = QPushButton(self.tr("&Edit organisation profile…"), org_box)
        self.edit_organisation_button.setObjectName("editOrganisation")
        self.edit_organisation_button.clicked.connect(self.edit_organisation)
        org_layout = QVBoxLayout(org_box)
        org_layout.addWidget(self.organisation_summary)
        org_layout.addWidget(self.edit_organisation_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(org_box)

        folder_box = QGroupBox(self.tr("Folders"), page)
        folders = QFormLayout(folder_box)
        self.open_data_button = self._folder_row(
            folders, self.tr("Data:"), self._paths.data_dir, self.tr("Open &data folder"), "openDataFolder"
        )
        self.open_log_button = self._folder_row(
            folders, self.tr("Logs:"), self._paths.log_dir, self.tr("Open lo&g folder"), "openLogFolder"
        )
        layout.addWidget(folder_box)

        # Which database this desktop uses (this computer's, or the office's PostgreSQL server).
        from rpl_desktop.ui.connection_dialog import DatabaseSettingsWidget

        database_box = QGroupBox(self.tr("Database"), page)
        database_box.setObjectName("databaseBox")
        self.database_settings = DatabaseSettingsWidget(
            self._paths, self.database.engine.url.render_as_string(hide_password=True), database_box)
        QVBoxLayout(database_box).addWidget(self.database_settings)
        layout.addWidget(database_box)

        cases_box = QGroupBox(self.tr("Case handling"), page)
        cases_form = QFormLayout(cases_box)
        cases_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.case_pattern_edit = QLineEdit(cases_box)
        self.case_pattern_edit.setObjectName("caseNumberPattern")
        self.case_pattern_edit.setAccessibleName(self.tr("Case number pattern"))
        self.case_pattern_edit.setToolTip(
            self.tr("{yy} or {yyyy} is the year, {seq:05} the running number with five digits: {yy}/{seq:05} gives 25/01234.")
        )
        self.currency_spin = QSpinBox(cases_box)
        self.currency_spin.setObjectName("evidenceCurrencyYears")
        self.currency_spin.setRange(1, 30)
        self.currency_spin.setSuffix(self.tr(" years"))
        self.currency_spin.setAccessibleName(self.tr("Evidence counts as current for"))
        self.profile_combo = QComboBox(cases_box)
        self.profile_combo.setObjectName("praksisProfile")
        self.profile_combo.setAccessibleName(self.tr("Praksis rule profile of this office"))
        self.profile_combo.setToolTip(
            self.tr("The county rules the practice-time calculator uses for new calculations. "
                    "Each case records the profile and version it was computed with.")
        )
        self.save_case_settings_button = QPushButton(self.tr("Save case settings"), cases_box)
        self.save_case_settings_button.setObjectName("saveCaseSettings")
        self.save_case_settings_button.clicked.connect(self.save_case_settings)
        self.case_settings_message = QLabel(cases_box)
        self.case_settings_message.setObjectName("caseSettingsMessage")
        self.case_settings_message.setWordWrap(True)
        cases_form.addRow(self.tr("Case number pattern:"), self.case_pattern_edit)
        cases_form.addRow(self.tr("Evidence is current for:"), self.currency_spin)
        cases_form.addRow(self.tr("Praksis rule profile:"), self.profile_combo)
        cases_form.addRow(self.save_case_settings_button, self.case_settings_message)
        layout.addWidget(cases_box)
        self._load_case_settings()

        from rpl_desktop.ui.privacy_dialogs import PersonalDataSettingsBox

        self.personal_data_box = PersonalDataSettingsBox(self.database, page)
        self.personal_data_box.candidatesChanged.connect(lambda: self._candidate_removed(None))
        layout.addWidget(self.personal_data_box)

        # Users and roles; the settings above are the administrator's too (the services check it again).
        from rpl_desktop.domain.security import CHANGE_SETTINGS
        from rpl_desktop.ui.permissions import gate
        from rpl_desktop.ui.users_admin import UsersAdminWidget

        users_box = QGroupBox(self.tr("Users and roles"), page)
        users_box.setObjectName("usersBox")
        self.users_admin = UsersAdminWidget(self.database, users_box)
        QVBoxLayout(users_box).addWidget(self.users_admin)
        layout.addWidget(users_box)
        gate(self.edit_organisation_button, self.database.actor, CHANGE_SETTINGS)
        gate(cases_box, self.database.actor, CHANGE_SETTINGS)

        language_box = QGroupBox(self.tr("Interface language"), page)
        self.language_combo = QComboBox(language_box)
        self.language_combo.setObjectName("interfaceLanguage")
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        self.language_combo.addItem(self.tr("As the system"), "")
        # Each language is named in itself, so a user can find theirs whatever the interface shows.
        for code, name in (
            ("en", "English"),
            ("nb", "Norsk bokmål"),
            ("nn", "Norsk nynorsk"),
            ("sv", "Svenska"),
        ):
            self.language_combo.addItem(name, code)
        stored = normalise_language(stored_language(self._paths)) or ""
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(stored)))
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        language_label = QLabel(self.tr("&Language:"), language_box)
        language_label.setBuddy(self.language_combo)
        note_text = self.tr("The language applies the next time rpl-desktop starts.")
        if os.environ.get(LANG_ENV):
            note_text += " " + fill(
                self.tr("The environment variable %1 is set and takes precedence."), LANG_ENV
            )
        self.language_note = QLabel(note_text, language_box)
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        language_layout = QFormLayout(language_box)
        language_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        language_layout.addRow(language_label, self.language_combo)
        language_layout.addRow(self.language_note)
        layout.addWidget(language_box)

        # Security and backups: encryption, the passphrase, backups and restore (ui/security_settings.py).
        from rpl_desktop.ui.security_settings import SecurityBox

        self.security_box = SecurityBox(self.database, self._paths, page)
        layout.addWidget(self.security_box)
        layout.addStretch(1)
        return page

    def _folder_row(
        self, form: QFormLayout, label: str, folder: os.PathLike[str], button_text: str, name: str
    ) -> QPushButton:
        path_label = QLabel(str(folder))
        path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        path_label.setWordWrap(True)
        button = QPushButton(button_text)
        button.setObjectName(name)
        button.clicked.connect(lambda: self.open_url(QUrl.fromLocalFile(str(folder))))
        row = QHBoxLayout()
        row.addWidget(path_label, 1)
        row.addWidget(button)
        form.addRow(label, row)
        return button

    def _build_banner(self) -> None:
        self.banner = QFrame(self)
        self.banner.setObjectName("organisationBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet(
            "QFrame#organisationBanner { background: #fff4ce; border-bottom: 1px solid #e0c36a; }"
            "QFrame#organisationBanner QLabel { color: #3d3000; }"
        )
        self.banner_label = QLabel(
            self.tr("No organisation profile yet: documents cannot be issued. Set it up in Settings."),
            self.banner,
        )
        self.banner_label.setObjectName("organisationBannerText")
        self.banner_label.setWordWrap(True)
        self.banner_button = QPushButton(self.tr("Set up now…"), self.banner)
        self.banner_button.setObjectName("organisationBannerButton")
        self.banner_button.clicked.connect(self.edit_organisation)
        layout = QHBoxLayout(self.banner)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.banner_label, 1)
        layout.addWidget(self.banner_button)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_candidate_action = QAction(self.tr("&New candidate"), self)
        self.new_candidate_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_candidate_action.triggered.connect(self.new_candidate)
        file_menu.addAction(self.new_candidate_action)
        file_menu.addSeparator()
        self.open_assessor_action = QAction(self.tr("Open &assessor package…"), self)
        self.open_assessor_action.setStatusTip(
            self.tr("For an external assessor: judge the outcomes of a package an office sent you")
        )
        self.open_assessor_action.triggered.connect(self.open_assessor_package)
        file_menu.addAction(self.open_assessor_action)
        file_menu.addSeparator()
        # Offline case files: cases to a laptop and back (rpl_desktop/ui/offline_dialogs.py).
        self.take_offline_action = QAction(self.tr("&Take cases offline…"), self)
        self.take_offline_action.setStatusTip(self.tr(
            "Write cases to an encrypted file for a laptop (or, on the laptop, the file that goes back)"))
        self.take_offline_action.triggered.connect(lambda: self.take_cases_offline())
        file_menu.addAction(self.take_offline_action)
        self.bring_back_action = QAction(self.tr("&Bring cases back…"), self)
        self.bring_back_action.setStatusTip(self.tr(
            "Read an offline case file: see what changed on both sides and decide before anything is saved"))
        self.bring_back_action.triggered.connect(lambda: self.bring_cases_back())
        file_menu.addAction(self.bring_back_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.page_actions: list[QAction] = []
        for page, text in enumerate(
            (self.tr("&Cases"), self.tr("C&andidates"), self.tr("Ca&talogue"), self.tr("&Settings"))
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(f"Ctrl+{page + 1}"))
            action.triggered.connect(lambda _checked=False, p=page: self.show_page(p))
            go_menu.addAction(action)
            self.page_actions.append(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About rpl-desktop"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)
        about_qt = QAction(self.tr("About &Qt"), self)
        about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        about_qt.triggered.connect(QApplication.aboutQt)
        help_menu.addAction(about_qt)

    def take_cases_offline(self, case_ids: list[int] | None = None) -> None:
        """File → Take cases offline…: the chosen cases (or the list's selection) to an offline file."""
        if not self.has_database():
            return
        from rpl_desktop.ui.offline_dialogs import take_cases_offline

        chosen = case_ids if case_ids is not None else self.case_list.selected_case_ids()
        take_cases_offline(self, self.database, chosen)
        self.case_list.refresh()
        self.case_view.checkout_label.set_case(self.case_view.case_id())

    def bring_cases_back(self) -> None:
        """File → Bring cases back…: compare an offline file with this database and import it."""
        if not self.has_database():
            return
        from rpl_desktop.ui.offline_dialogs import bring_cases_back

        def imported(case_ids: list[int]) -> None:
            self.case_list.refresh()
            current = self.case_view.case_id()
            if current is not None:
                self.case_view.open_case(current)

        bring_cases_back(self, self.database, imported)

    def open_assessor_package(self) -> None:
        """File → Open assessor package…: the external assessor's window (no office data is used)."""
        from rpl_desktop.ui.assessor_window import choose_and_open_package

        choose_and_open_package(self)

    def _location_text(self) -> str:
        url = self.database.engine.url
        if url.get_backend_name() == "sqlite":
            return fill(self.tr("Data folder: %1"), self._paths.data_dir)
        return fill(self.tr("Database: %1 on %2"), url.database or "", url.host or "localhost")

    # -- state ----------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = window_settings(self._paths).value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)

    def _restore_state(self) -> None:
        settings = window_settings(self._paths)
        splitter = settings.value("main/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        try:
            page = int(cast(str, settings.value("main/page", self.PAGE_CANDIDATES)))
        except (TypeError, ValueError):
            page = self.PAGE_CANDIDATES
        self.show_page(page if 0 <= page < self.nav.count() else self.PAGE_CANDIDATES)

    def save_state(self) -> None:
        settings = window_settings(self._paths)
        settings.setValue("main/geometry", self.saveGeometry())
        if self._db is None:
            settings.sync()
            return
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("main/page", self.nav.currentRow())
        settings.sync()

    # -- navigation and candidates --------------------------------------------------------------

    def show_page(self, page: int) -> None:
        self.nav.setCurrentRow(page)
        if self.stack.currentIndex() != page and self._db is not None:
            self.stack.setCurrentIndex(page)
        if page == self.PAGE_CANDIDATES and self._db is not None:
            self.candidate_list.search_edit.setFocus()

    def open_candidate_id(self) -> int | None:
        """The candidate open in the editor (None for none or a new, unsaved one)."""
        return self._open_id

    def may_leave_candidate(self) -> bool:
        """True if the editor may show something else: nothing unsaved, or the user saved/discarded it."""
        if self._db is None:
            return True
        editor = cast(CandidateEditor, self.editor)
        if not editor.has_unsaved_changes():
            return True
        choice = self.ask_unsaved(self)
        if choice == UnsavedChoice.SAVE:
            return editor.save()
        return choice == UnsavedChoice.DISCARD

    def _open_in_editor(self, candidate_id: int | None) -> bool:
        try:
            cast(CandidateEditor, self.editor).open_candidate(candidate_id)
        except RplError as exc:
            self.statusBar().showMessage(exc.message, 10_000)
            self.candidate_list.refresh()
            return False
        self._open_id = candidate_id
        return True

    def _candidate_activated(self, candidate_id: int) -> None:
        if candidate_id == self._open_id:
            return
        self._switching = True
        try:
            leave = self.may_leave_candidate()
        finally:
            self._switching = False
        if not leave:
            self.candidate_list.select_candidate(self._open_id)
            return
        opened = self._open_in_editor(candidate_id)
        if self._refresh_pending:
            self._refresh_pending = False
            self.candidate_list.refresh(select_id=self._open_id)
        elif opened:
            self.candidate_list.select_candidate(candidate_id)
        log.debug("candidate %s opened", candidate_id)

    def new_candidate(self) -> None:
        if self._db is None:
            return
        self.show_page(self.PAGE_CANDIDATES)
        if not self.may_leave_candidate():
            return
        self._open_in_editor(None)
        self.candidate_list.select_candidate(None)
        self.editor.setFocus()

    def _candidate_saved(self, candidate_id: int) -> None:
        if self._switching:
            self._refresh_pending = True
            return
        self._open_id = candidate_id
        self.candidate_list.refresh(select_id=candidate_id)

    def _candidate_deleted(self, candidate_id: int) -> None:
        if self._open_id == candidate_id:
            self._open_id = None
        self.candidate_list.refresh()

    def _may_remove(self, candidate_id: int) -> bool:
        """Before erasing or anonymising the candidate open in the editor: its unsaved changes first."""
        return candidate_id != self._open_id or self.may_leave_candidate()

    def _candidate_removed(self, candidate_id: int | None) -> None:
        """A candidate was erased (from the list or the retention report): nothing of theirs stays on screen."""
        from rpl_desktop.services.candidates import get_candidate

        if self._open_id is not None and (candidate_id in (None, self._open_id)):
            try:
                get_candidate(self.database, self._open_id)
            except RplError:
                self._open_in_editor(None)
            else:  # anonymised from the retention report: show what is left, unless the user is typing
                if not cast(CandidateEditor, self.editor).has_unsaved_changes():
                    self._open_in_editor(self._open_id)
        self.candidate_list.refresh()
        if hasattr(self, "case_list"):
            self.case_list.refresh()

    def _candidate_anonymised(self, candidate_id: int) -> None:
        if candidate_id == self._open_id:
            self._open_in_editor(candidate_id)
        self.candidate_list.refresh(select_id=candidate_id)

    # -- settings -------------------------------------------------------------------------------

    def refresh_organisation(self) -> None:
        from rpl_desktop.services.organisation import get_organisation
        from rpl_desktop.ui.organisation_dialog import kind_labels

        org = get_organisation(self.database)
        self.banner.setVisible(org is None)
        if org is None:
            self.organisation_summary.setText(
                self.tr(
                    "Not set up yet. Documents (decisions, certificates) need the organisation's name, "
                    "number and signers."
                )
            )
            return
        country = {"NO": self.tr("Norway"), "SE": self.tr("Sweden")}.get(org.country, org.country)
        lines = [
            org.name,
            fill(self.tr("Organisation number: %1"), org.org_number),
            kind_labels().get(org.kind, org.kind.value),
            ", ".join(part for part in (org.region, country) if part),
            fill(self.tr("Signers: %1"), ", ".join(s.name for s in org.signers) or self.tr("none yet")),
        ]
        self.organisation_summary.setText("\n".join(lines))

    def edit_organisation(self) -> OrganisationDialog:
        """Open the organisation dialog (window-modal, not blocking); the page updates when it is saved."""
        from rpl_desktop.ui.organisation_dialog import OrganisationDialog

        dialog = OrganisationDialog(self.database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh_organisation)
        dialog.open()
        return dialog

    def _load_case_settings(self) -> None:
        from rpl_desktop.services.cases import case_number_pattern
        from rpl_desktop.services.mapping import currency_years
        from rpl_desktop.services.praksis_case import office_profile_id
        from rpl_desktop.services.praksis_io import available_profiles, default_resource_dir, load_profile

        self.case_pattern_edit.setText(case_number_pattern(self.database))
        self.currency_spin.setValue(currency_years(self.database))
        self.profile_combo.clear()
        for profile_id in sorted(available_profiles(default_resource_dir() / "rule_profiles")):
            profile = load_profile(profile_id)
            self.profile_combo.addItem(f"{profile.name} ({profile.version})", profile.id)
        self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(office_profile_id(self.database))))

    def save_case_settings(self) -> bool:
        """Store the case number pattern and the currency of evidence (for every caseworker of this data)."""
        from rpl_desktop.services.cases import set_case_number_pattern
        from rpl_desktop.services.mapping import CURRENCY_SETTING

        try:
            set_case_number_pattern(self.database, self.case_pattern_edit.text())
        except RplError as exc:
            self.case_settings_message.setStyleSheet("color: #c0392b;")
            self.case_settings_message.setText(getattr(exc, "detail", exc.message))
            self.case_pattern_edit.setFocus()
            return False
        from rpl_desktop.services.praksis_case import PROFILE_SETTING

        self.database.set_setting(CURRENCY_SETTING, str(self.currency_spin.value()))
        if self.profile_combo.currentData():
            self.database.set_setting(PROFILE_SETTING, str(self.profile_combo.currentData()))
        self.case_settings_message.setStyleSheet("")
        self.case_settings_message.setText(self.tr("Saved."))
        return True

    def _language_changed(self, _index: int) -> None:
        code = str(self.language_combo.currentData() or "")
        settings = window_settings(self._paths)
        settings.setValue(SETTING_KEY, code)
        settings.sync()
        log.info("interface language set to %s (from next start)", code or "system")

    # -- help and closing -----------------------------------------------------------------------

    def show_about(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("About rpl-desktop"))
        box.setText(fill(self.tr("rpl-desktop %1"), __version__))
        box.setInformativeText(
            fill(
                self.tr(
                    "Recognition of prior learning: candidates, work history, mapping, decisions and "
                    "certificates.\n\nLicence: EUPL-1.2\nPython %1, Qt %2"
                ),
                platform.python_version(),
                qVersion(),
            )
        )
        box.open()
        return box

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_leave_candidate():
            event.ignore()
            return
        # The case shown: notes and drafts saved now; what cannot be saved is asked about.
        if self._db is not None and hasattr(self, "case_view") and not self.case_view.may_leave():
            self.show_page(self.PAGE_CASES)
            event.ignore()
            return
        if self._db is not None and cast(CandidateEditor, self.editor).has_unsaved_changes():
            # still unsaved after the question: the user chose Discard, so the autosaved draft goes too
            # (it would otherwise be offered again at the next start)
            autosave = getattr(self.editor, "autosave", None)
            if autosave is not None:
                autosave.abandon()
        self.save_state()
        log.info("main window closed")
        event.accept()
