"""The organisation profile dialog: messages at the fields, typing kept, saving through the service."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from rpl_desktop.domain.register import Organisation, OrgKind, Signer
from rpl_desktop.services.organisation import get_organisation, save_organisation
from rpl_desktop.store.database import Database
from rpl_desktop.ui.organisation_dialog import NO_FYLKER, SE_LAN, OrganisationDialog, SignerTableModel


def make_dialog(qtbot, db: Database, **kwargs) -> OrganisationDialog:  # type: ignore[no-untyped-def]
    dialog = OrganisationDialog(db, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill_valid(qtbot, dialog: OrganisationDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.name_edit, "Vestland fylkeskommune")
    qtbot.keyClicks(dialog.org_number_edit, "821 311 632")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(OrgKind.FYLKESKOMMUNE.value))
    dialog.region_combo.setCurrentText("Vestland")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nn"))
    dialog.address_edit.setPlainText("Postboks 7900\n5020 Bergen")


def test_invalid_org_number_is_shown_at_the_field_and_the_typing_is_kept(qtbot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    fill_valid(qtbot, dialog)
    dialog.org_number_edit.clear()
    qtbot.keyClicks(dialog.org_number_edit, "123 456 789")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "check digit" in dialog.field_errors.message("org_number")
    assert dialog.field_errors.message("name") == ""
    assert dialog.org_number_edit.text() == "123 456 789"
    assert dialog.name_edit.text() == "Vestland fylkeskommune"
    assert dialog.address_edit.toPlainText() == "Postboks 7900\n5020 Bergen"
    assert dialog.focusWidget() is dialog.org_number_edit
    assert get_organisation(db) is None


def test_valid_profile_is_saved_and_the_dialog_closes(qtbot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    fill_valid(qtbot, dialog)
    dialog.add_signer()
    dialog.signer_model.setData(dialog.signer_model.index(0, SignerTableModel.COL_NAME), "Kari Nordmann")
    dialog.signer_model.setData(dialog.signer_model.index(0, SignerTableModel.COL_TITLE), "Fylkesdirektør")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    saved = get_organisation(db)
    assert saved is not None
    fields = (saved.name, saved.org_number, saved.kind, saved.country, saved.region, saved.default_language)
    assert fields == ("Vestland fylkeskommune", "821311632", OrgKind.FYLKESKOMMUNE, "NO", "Vestland", "nn")
    assert saved.address == "Postboks 7900\n5020 Bergen"
    assert saved.signers == [Signer("Kari Nordmann", "Fylkesdirektør")]
    assert dialog.saved_organisation() is not None


def test_enter_in_a_field_saves(qtbot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    fill_valid(qtbot, dialog)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert get_organisation(db) is not None


def test_several_errors_at_once(qtbot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    dialog.add_signer()
    dialog.signer_model.setData(dialog.signer_model.index(0, SignerTableModel.COL_TITLE), "Rektor")
    assert not dialog.save()
    assert "required" in dialog.field_errors.message("name")
    assert dialog.field_errors.message("org_number")
    assert dialog.field_errors.message("signers").startswith("Signer 1:")
    assert dialog.focusWidget() is dialog.name_edit
    # The user corrects everything; the messages go away on the next save.
    fill_valid(qtbot, dialog)
    dialog.signer_model.setData(dialog.signer_model.index(0, SignerTableModel.COL_NAME), "Ola Nordmann")
    assert dialog.save()
    assert dialog.field_errors.message("name") == ""


def test_blank_signer_rows_are_dropped(qtbot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    fill_valid(qtbot, dialog)
    dialog.add_signer()
    assert dialog.save()
    assert get_organisation(db).signers == []  # type: ignore[union-attr]


def test_remove_signer(qtbot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    dialog.add_signer()
    dialog.add_signer()
    dialog.signers_view.setCurrentIndex(dialog.signer_model.index(0, 0))
    qtbot.mouseClick(dialog.remove_signer_button, Qt.MouseButton.LeftButton)
    assert dialog.signer_model.rowCount() == 1


def test_regions_follow_the_country_and_typed_region_is_kept(qtbot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    assert [dialog.region_combo.itemText(i) for i in range(dialog.region_combo.count())] == list(NO_FYLKER)
    assert len(NO_FYLKER) == 15 and len(SE_LAN) == 21
    dialog.region_combo.setCurrentText("Nordland")
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("SE"))
    assert dialog.region_combo.count() == 21
    assert dialog.region_combo.itemText(0) == "Blekinge län"
    assert dialog.region_combo.currentText() == "Nordland"
    assert not dialog.other_country_edit.isVisible()


def test_swedish_organisation(qtbot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    dialog.name_edit.setText("Yrkeshögskolan i Norrbotten")
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("SE"))
    qtbot.keyClicks(dialog.org_number_edit, "212000-0142")
    dialog.region_combo.setCurrentText("Norrbottens län")
    assert dialog.save()
    saved = get_organisation(db)
    assert saved is not None and (saved.country, saved.org_number) == ("SE", "2120000142")


def test_other_country_takes_a_two_letter_code(qtbot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    qtbot.keyClicks(dialog.name_edit, "Suomen oppilaitos")
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData(""))
    assert dialog.other_country_edit.isVisible()
    assert dialog.region_combo.count() == 0
    qtbot.keyClicks(dialog.other_country_edit, "f")
    qtbot.keyClicks(dialog.org_number_edit, "1234567-8")
    assert not dialog.save()
    assert "two-letter" in dialog.field_errors.message("country")
    qtbot.keyClicks(dialog.other_country_edit, "i")
    assert dialog.other_country_edit.text() == "FI"
    assert dialog.save()
    assert get_organisation(db).country == "FI"  # type: ignore[union-attr]


def test_existing_profile_is_loaded_and_updated(qtbot, db: Database) -> None:
    save_organisation(db, Organisation("Fagskolen Innlandet", "974760673", OrgKind.FAGSKOLE, "NO",
                                       "Innlandet", "nb", "Gjøvik", [Signer("Per Hansen", "Rektor")]))
    dialog = make_dialog(qtbot, db)
    assert dialog.name_edit.text() == "Fagskolen Innlandet"
    assert dialog.kind_combo.currentData() == "fagskole"
    assert dialog.region_combo.currentText() == "Innlandet"
    assert dialog.signer_model.signers() == [Signer("Per Hansen", "Rektor")]
    dialog.name_edit.setText("Fagskolen Innlandet (Gjøvik)")
    assert dialog.save()
    assert get_organisation(db).name == "Fagskolen Innlandet (Gjøvik)"  # type: ignore[union-attr]


def test_first_start_words_it_as_postponable(qtbot, db: Database) -> None:
    dialog = make_dialog(qtbot, db, first_start=True)
    assert dialog.cancel_button.text() == "Not &now"
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert get_organisation(db) is None


def test_inputs_have_accessible_names_and_labels(qtbot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    for widget in (dialog.name_edit, dialog.org_number_edit, dialog.kind_combo, dialog.country_combo,
                   dialog.other_country_edit, dialog.region_combo, dialog.language_combo, dialog.address_edit,
                   dialog.signers_view):
        assert widget.accessibleName(), widget.objectName()
    kinds = [dialog.kind_combo.itemText(i) for i in range(dialog.kind_combo.count())]
    assert "Vocational college (fagskole)" in kinds


def test_signer_model_passes_the_model_tester(qtmodeltester) -> None:
    model = SignerTableModel([Signer("A", "B"), Signer("C", "")])
    qtmodeltester.check(model)
    model.add_signer()
    assert model.setData(model.index(2, 0), "E")
    qtmodeltester.check(model)
    assert model.signers() == [Signer("A", "B"), Signer("C", ""), Signer("E", "")]
