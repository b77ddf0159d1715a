"""The issuing organisation's profile: who issues decisions (vedtak) and certificates (kompetansebevis).

One profile per data store. Documents carry its name, organisation number, address and signers, so
documents cannot be issued until it exists. Saving goes through ``save_organisation``; its validation
messages appear at the fields and everything typed stays where it is.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.domain.errors import RplError, ValidationError, ValidationErrors
from rpl_desktop.domain.register import Organisation, OrgKind, Signer
from rpl_desktop.services.organisation import get_organisation, save_organisation
from rpl_desktop.store.database import Database
from rpl_desktop.ui.forms import FieldErrors
from rpl_desktop.ui.i18n import fill

log = logging.getLogger(__name__)

# The 15 fylker from 1 January 2024 and the 21 Swedish län. Proper names: not translated.
NO_FYLKER = (
    "Agder", "Akershus", "Buskerud", "Finnmark", "Innlandet", "Møre og Romsdal", "Nordland", "Oslo",
    "Rogaland", "Telemark", "Troms", "Trøndelag", "Vestfold", "Vestland", "Østfold",
)
SE_LAN = (
    "Blekinge län", "Dalarnas län", "Gotlands län", "Gävleborgs län", "Hallands län", "Jämtlands län",
    "Jönköpings län", "Kalmar län", "Kronobergs län", "Norrbottens län", "Skåne län", "Stockholms län",
    "Södermanlands län", "Uppsala län", "Värmlands län", "Västerbottens län", "Västernorrlands län",
    "Västmanlands län", "Västra Götalands län", "Örebro län", "Östergötlands län",
)
REGIONS = {"NO": NO_FYLKER, "SE": SE_LAN}
OTHER_COUNTRY = ""


def kind_labels() -> dict[OrgKind, str]:
    """The kinds of organisation as the user reads them (the stored values stay Norwegian codes)."""
    tr = QCoreApplication.translate
    return {
        OrgKind.FAGSKOLE: tr("OrganisationDialog", "Vocational college (fagskole)"),
        OrgKind.FYLKESKOMMUNE: tr("OrganisationDialog", "County authority (fylkeskommune)"),
        OrgKind.KOMMUNE: tr("OrganisationDialog", "Municipality (kommune)"),
        OrgKind.BRANSJEORGANISASJON: tr("OrganisationDialog", "Industry organisation (bransjeorganisasjon)"),
        OrgKind.OTHER: tr("OrganisationDialog", "Other"),
    }


def language_labels() -> dict[str, str]:
    """Document languages by code, named in the interface language."""
    tr = QCoreApplication.translate
    return {
        "nb": tr("OrganisationDialog", "Norwegian Bokmål"),
        "nn": tr("OrganisationDialog", "Norwegian Nynorsk"),
        "en": tr("OrganisationDialog", "English"),
        "sv": tr("OrganisationDialog", "Swedish"),
    }


class SignerTableModel(QAbstractTableModel):
    """The people who sign documents for the organisation (name, title), editable in place."""

    COL_NAME = 0
    COL_TITLE = 1
    COLUMN_COUNT = 2

    def __init__(self, signers: list[Signer] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._signers = [replace(s) for s in signers or []]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._signers)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._signers)):
            return None
        signer = self._signers[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return signer.name if index.column() == self.COL_NAME else signer.title
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not isinstance(value, str):
            return False
        signer = self._signers[index.row()]
        if index.column() == self.COL_NAME:
            signer.name = value
        else:
            signer.title = value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == self.COL_NAME:
                return self.tr("Name")
            if section == self.COL_TITLE:
                return self.tr("Title")
        return super().headerData(section, orientation, role)

    def add_signer(self) -> int:
        row = len(self._signers)
        self.beginInsertRows(QModelIndex(), row, row)
        self._signers.append(Signer(name="", title=""))
        self.endInsertRows()
        return row

    def remove_signer(self, row: int) -> None:
        if 0 <= row < len(self._signers):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._signers[row]
            self.endRemoveRows()

    def signers(self) -> list[Signer]:
        """Copies of the rows, rows left completely blank dropped."""
        return [replace(s) for s in self._signers if s.name.strip() or s.title.strip()]


class OrganisationDialog(QDialog):
    """Edit the organisation profile. ``first_start`` words it as a welcome and lets the user postpone."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, first_start: bool = False) -> None:
        super().__init__(parent)
        self._db = db
        self._saved: Organisation | None = None
        self.setObjectName("organisationDialog")
        self.setWindowTitle(self.tr("Organisation profile"))
        self.setMinimumWidth(560)
        existing = get_organisation(db)
        self._existing_id = existing.id if existing else None

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("orgName")
        self.name_edit.setAccessibleName(self.tr("Organisation name"))
        self.name_edit.setMaxLength(200)

        self.org_number_edit = QLineEdit(self)
        self.org_number_edit.setObjectName("orgNumber")
        self.org_number_edit.setAccessibleName(self.tr("Organisation number"))
        self.org_number_edit.setPlaceholderText(self.tr("9 digits in Norway, 10 in Sweden"))
        self.org_number_edit.setMaxLength(20)

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("orgKind")
        self.kind_combo.setAccessibleName(self.tr("Kind of organisation"))
        for kind, label in kind_labels().items():
            self.kind_combo.addItem(label, kind.value)

        self.country_combo = QComboBox(self)
        self.country_combo.setObjectName("orgCountry")
        self.country_combo.setAccessibleName(self.tr("Country"))
        self.country_combo.addItem(self.tr("Norway"), "NO")
        self.country_combo.addItem(self.tr("Sweden"), "SE")
        self.country_combo.addItem(self.tr("Other country"), OTHER_COUNTRY)
        self.other_country_edit = QLineEdit(self)
        self.other_country_edit.setObjectName("orgOtherCountry")
        self.other_country_edit.setAccessibleName(self.tr("Country code (two letters)"))
        self.other_country_edit.setPlaceholderText(self.tr("Two-letter code, e.g. FI"))
        self.other_country_edit.setMaxLength(2)
        self.other_country_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}"), self.other_country_edit)
        )
        self.other_country_edit.textEdited.connect(self._upper_country_code)
        country_row = QWidget(self)
        country_layout = QHBoxLayout(country_row)
        country_layout.setContentsMargins(0, 0, 0, 0)
        country_layout.addWidget(self.country_combo, 1)
        country_layout.addWidget(self.other_country_edit, 1)

        self.region_combo = QComboBox(self)
        self.region_combo.setObjectName("orgRegion")
        self.region_combo.setEditable(True)
        self.region_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.region_combo.setAccessibleName(self.tr("Region (fylke or län)"))
        region_edit = self.region_combo.lineEdit()
        if region_edit is not None:
            region_edit.setMaxLength(100)

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("orgLanguage")
        self.language_combo.setAccessibleName(self.tr("Default document language"))
        for code, label in language_labels().items():
            self.language_combo.addItem(label, code)

        self.address_edit = QPlainTextEdit(self)
        self.address_edit.setObjectName("orgAddress")
        self.address_edit.setAccessibleName(self.tr("Postal address"))
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        self.signer_model = SignerTableModel(existing.signers if existing else [], self)
        self.signers_view = QTableView(self)
        self.signers_view.setObjectName("orgSigners")
        self.signers_view.setAccessibleName(self.tr("Signers"))
        self.signers_view.setModel(self.signer_model)
        self.signers_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.signers_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.signers_view.setTabKeyNavigation(False)
        self.signers_view.verticalHeader().hide()
        self.signers_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.signers_view.setMinimumHeight(110)
        self.add_signer_button = QPushButton(self.tr("A&dd signer"), self)
        self.add_signer_button.setObjectName("addSigner")
        self.remove_signer_button = QPushButton(self.tr("Remo&ve signer"), self)
        self.remove_signer_button.setObjectName("removeSigner")
        self.add_signer_button.clicked.connect(self.add_signer)
        self.remove_signer_button.clicked.connect(self.remove_selected_signer)
        signer_buttons = QVBoxLayout()
        signer_buttons.addWidget(self.add_signer_button)
        signer_buttons.addWidget(self.remove_signer_button)
        signer_buttons.addStretch(1)
        signers_box = QWidget(self)
        signers_layout = QHBoxLayout(signers_box)
        signers_layout.setContentsMargins(0, 0, 0, 0)
        signers_layout.addWidget(self.signers_view, 1)
        signers_layout.addLayout(signer_buttons)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_row(self.tr("Na&me:"), self.name_edit)
        self._add_row(self.tr("Organisation n&umber:"), self.org_number_edit)
        self._add_row(self.tr("&Kind:"), self.kind_combo)
        self._add_row(self.tr("&Country:"), country_row, buddy=self.country_combo)
        self._add_row(self.tr("&Region:"), self.region_combo)
        self._add_row(self.tr("Document &language:"), self.language_combo)
        self._add_row(self.tr("Postal &address:"), self.address_edit)
        self._add_row(self.tr("Si&gners:"), signers_box, buddy=self.signers_view)

        self.field_errors = FieldErrors(self.form, self)
        self.field_errors.add("name", self.name_edit)
        self.field_errors.add("org_number", self.org_number_edit)
        self.field_errors.add("kind", self.kind_combo)
        self.field_errors.add("country", self.other_country_edit)
        self.field_errors.add("region", self.region_combo)
        self.field_errors.add("default_language", self.language_combo)
        self.field_errors.add("address", self.address_edit)
        self.field_errors.add("signers", self.signers_view)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setObjectName("saveOrganisation")
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        if first_start:
            self.cancel_button.setText(self.tr("Not &now"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        if first_start:
            intro = QLabel(
                self.tr(
                    "Welcome. Decisions and certificates carry your organisation's name, number, address "
                    "and signers. Fill them in now, or later under Settings; until then no documents can "
                    "be issued."
                ),
                self,
            )
            intro.setObjectName("organisationIntro")
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.field_errors.general_label)
        layout.addWidget(self.buttons)

        self.country_combo.currentIndexChanged.connect(self._country_changed)
        self._load(existing)
        self._set_tab_order()

    # -- building -------------------------------------------------------------------------------

    def _add_row(self, text: str, field: QWidget, *, buddy: QWidget | None = None) -> None:
        label = QLabel(text, self)
        label.setBuddy(buddy or field)
        self.form.addRow(label, field)

    def _set_tab_order(self) -> None:
        chain = [self.name_edit, self.org_number_edit, self.kind_combo, self.country_combo,
                 self.other_country_edit, self.region_combo, self.language_combo, self.address_edit,
                 self.signers_view, self.add_signer_button, self.remove_signer_button, self.save_button,
                 self.cancel_button]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    def _load(self, org: Organisation | None) -> None:
        if org is None:
            self._country_changed()
            return
        self.name_edit.setText(org.name)
        self.org_number_edit.setText(org.org_number)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(org.kind.value)))
        country_index = self.country_combo.findData(org.country)
        if country_index < 0:
            country_index = self.country_combo.findData(OTHER_COUNTRY)
            self.other_country_edit.setText(org.country)
        self.country_combo.setCurrentIndex(country_index)
        self._country_changed()
        self.region_combo.setCurrentText(org.region)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(org.default_language)))
        self.address_edit.setPlainText(org.address)

    # -- behaviour ------------------------------------------------------------------------------

    def _upper_country_code(self, text: str) -> None:
        if text != text.upper():
            position = self.other_country_edit.cursorPosition()
            self.other_country_edit.setText(text.upper())
            self.other_country_edit.setCursorPosition(position)

    def _country_changed(self, _index: int = 0) -> None:
        code = self.country_combo.currentData()
        self.other_country_edit.setVisible(code == OTHER_COUNTRY)
        typed = self.region_combo.currentText()
        self.region_combo.clear()
        self.region_combo.addItems(list(REGIONS.get(code, ())))
        self.region_combo.setCurrentText(typed)

    def country(self) -> str:
        code = self.country_combo.currentData()
        if code == OTHER_COUNTRY:
            return self.other_country_edit.text().strip().upper()
        return str(code)

    def add_signer(self) -> None:
        row = self.signer_model.add_signer()
        index = self.signer_model.index(row, SignerTableModel.COL_NAME)
        self.signers_view.setCurrentIndex(index)
        self.signers_view.setFocus()
        self.signers_view.edit(index)

    def remove_selected_signer(self) -> None:
        index = self.signers_view.currentIndex()
        if index.isValid():
            self.signer_model.remove_signer(index.row())

    def organisation_from_fields(self) -> Organisation:
        """What the form holds now, as a domain object (not validated)."""
        return Organisation(
            id=self._existing_id,
            name=self.name_edit.text(),
            org_number=self.org_number_edit.text(),
            kind=OrgKind(self.kind_combo.currentData()),
            country=self.country(),
            region=self.region_combo.currentText().strip(),
            default_language=str(self.language_combo.currentData()),
            address=self.address_edit.toPlainText().strip(),
            signers=self.signer_model.signers(),
        )

    def _placed(self, error: ValidationErrors) -> ValidationErrors:
        """Signer errors (``signers[1].name``) belong to the signer table, numbered by row."""
        placed: list[ValidationError] = []
        for item in error.errors:
            if item.field.startswith("signers["):
                number = item.field[len("signers["):].split("]")[0]
                row = int(number) + 1 if number.isdigit() else 0
                text = fill(self.tr("Signer %1: %2"), row, item.detail)
                placed.append(ValidationError("signers", text))
            else:
                placed.append(item)
        return ValidationErrors(placed)

    def save(self) -> bool:
        """Validate and save; on trouble show it at the fields, keep the typing and stay open."""
        if self.signers_view.state() == QAbstractItemView.State.EditingState:
            # Moving the focus commits a signer cell that is still being typed in.
            self.save_button.setFocus()
        self.field_errors.clear()
        org = self.organisation_from_fields()
        try:
            saved = save_organisation(self._db, org)
        except ValidationErrors as exc:
            log.info("organisation profile not saved: %d validation errors", len(exc.errors))
            self.field_errors.show(self._placed(exc))
            return False
        except ValidationError as exc:
            self.field_errors.show(exc)
            return False
        except RplError as exc:
            log.warning("organisation profile not saved: %s", type(exc).__name__)
            self.field_errors.show(exc)
            return False
        log.info("organisation profile %s saved (%d signers)", saved.id, len(saved.signers))
        self._saved = saved
        self.accept()
        return True

    def saved_organisation(self) -> Organisation | None:
        """The profile as saved, once Save succeeded."""
        return self._saved
