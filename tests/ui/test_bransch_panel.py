"""The branschvalidering panel: a caseworker enters component results and sees the outcome class change.

Each test builds a real case (candidate, sample model in the catalogue) in a temporary database and drives
the widget as a person would: choose the component, type the date and score, press Save; record sign-offs,
count periods as documented hours, record phases and sign the formal assessment.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from rpl_desktop.domain.bransch import ProcessPhase
from rpl_desktop.domain.cases import Case, Purpose
from rpl_desktop.domain.register import Candidate, HistoryPeriod, PeriodKind
from rpl_desktop.services import bransch_cases as bc
from rpl_desktop.services.bransch_io import load_sample_models
from rpl_desktop.services.candidates import save_candidate
from rpl_desktop.services.cases import create_case
from rpl_desktop.services.history import save_period
from rpl_desktop.store.database import Database
from rpl_desktop.ui.bransch_panel import BranschPanelWidget, ComponentResultsTableModel, model_language_for

MODELS = load_sample_models()


def _case(db: Database, code: str, *, kock_hours: bool = False) -> int:
    cand = save_candidate(db, Candidate("Linnea", "Sjöström", date(1986, 1, 9), language="sv"))
    assert cand.id is not None
    if kock_hours:
        save_period(
            db,
            HistoryPeriod(
                PeriodKind.EMPLOYMENT,
                "Restaurang Fjällsippan AB (Åre)",
                date(2006, 6, 1),
                date(2010, 8, 31),
                country="SE",
                role="Kock",
                fte_percent=100,
                candidate_id=cand.id,
            ),
        )
    bc.load_sample_models_into_catalogue(db)
    case = create_case(db, Case(cand.id, MODELS[code].uid, Purpose.BRANSJEVALIDERING))
    assert case.id is not None
    return case.id


@pytest.fixture
def panel(qtbot, db: Database) -> BranschPanelWidget:  # type: ignore[no-untyped-def]
    widget = BranschPanelWidget(db, language="sv")
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    return widget


def click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def enter(
    qtbot,
    panel: BranschPanelWidget,
    component: str,
    when: date,
    score: float,  # type: ignore[no-untyped-def]
    *,
    centre: bool = True,
) -> None:
    """Fill the result form as a person would and press Save."""
    combo = panel.component_combo
    combo.setCurrentIndex(combo.findData(component))
    panel.result_date.setDate(when)
    if panel.score_stack.currentWidget() is panel.score_passfail:
        panel.score_passfail.setCurrentIndex(panel.score_passfail.findData(int(score)))
    else:
        panel.score_spin.setValue(score)
    if centre:
        panel.assessor_edit.setText("YB-2231")
        panel.provider_edit.setText("Testcentret Skärteknik")
        panel.accreditation_edit.setText("SIV-TC-104")
    click(qtbot, panel.save_result_button)


def outcome(panel: BranschPanelWidget) -> str:
    return str(panel.outcome_label.property("outcome"))


def explanation(panel: BranschPanelWidget) -> list[str]:
    return panel.explanation_model.texts()


def assert_line_visible(panel: BranschPanelWidget, text: str) -> None:
    """The line is in the explanation and, scrolled to, shows inside the list's viewport."""
    row = explanation(panel).index(text)
    index = panel.explanation_model.index(row, 0)
    panel.explanation_view.scrollTo(index)
    assert panel.explanation_view.isVisible()
    assert panel.explanation_view.viewport().rect().intersects(panel.explanation_view.visualRect(index))


def test_outcome_class_changes_none_partial_full_as_results_are_entered(  # type: ignore[no-untyped-def]
    qtbot, qtmodeltester, db: Database, panel: BranschPanelWidget
) -> None:
    case_id = _case(db, "IOB")
    panel.open_case(case_id)
    assert panel.title_label.text() == "Industrioperatör bas (exempelmodell)"
    assert outcome(panel) == "none"
    assert "kartläggningsutlåtande" in panel.outcome_label.text()

    # area 4 below its minimum: still nothing passed, and the engine says why
    enter(qtbot, panel, "T04", date(2025, 3, 3), 62)
    assert panel.results_model.rowCount() == 1
    assert outcome(panel) == "none"
    assert_line_visible(panel, "Område 4: 62 % av 70 % krävs")
    assert "Varje område: 0 av 10 områden når minimikravet" in explanation(panel)

    # one area passed: an intyg naming what is passed and what is missing
    enter(qtbot, panel, "T01", date(2025, 3, 3), 80)
    assert outcome(panel) == "partial"
    assert "intyg" in panel.outcome_label.text()
    assert "Passed modules: Säkerhet och arbetsmiljö" in panel.modules_label.text()
    assert "Ritningsläsning" in panel.modules_label.text()
    assert_line_visible(panel, "Saknas: Ritningsläsning – träna: ritningsläsning med fokus på toleranser")

    # the other areas, and area 4 again: the full certificate the model names
    for n in (2, 3, 5, 6, 7, 8, 9, 10):
        enter(qtbot, panel, f"T{n:02d}", date(2025, 3, 3), 75)
        assert outcome(panel) == "partial"
    assert panel.component_combo.currentData() == "MASKIN"  # the form moved on to what has no result yet
    panel.component_combo.setCurrentIndex(panel.component_combo.findData("T04"))
    assert panel.attempt_label.text() == "number 2"
    enter(qtbot, panel, "T04", date(2025, 3, 17), 72.5)
    assert outcome(panel) == "full", panel.result_message.text()
    assert panel.outcome_label.text() == "Full: kompetensbevis"
    assert_line_visible(panel, "Område 4: 72,5 % av 70 % krävs")
    assert "Viktat totalresultat: viktat 75,6 % av 70 % krävs" in explanation(panel)
    counts = [
        panel.results_model.index(r, ComponentResultsTableModel.COL_COUNTS).data()
        for r in range(panel.results_model.rowCount())
    ]
    assert counts.count("replaced by a later attempt") == 1 and counts.count("counts: passed") == 10

    # nothing can be issued before the assessor signs the formal assessment
    assert panel.issue_label.property("canIssue") is False
    assert "inte signerad" in panel.issue_label.text()
    panel.tabs.setCurrentIndex(2)
    panel.signature_assessor.setText("YB-2231")
    panel.signature_date.setDate(date(2025, 3, 18))
    click(qtbot, panel.sign_button)
    assert panel.issue_label.property("canIssue") is True
    assert panel.issue_label.text() == "Can be issued: kompetensbevis"
    assert panel.phase_model.index(3, 1).data() == "18.03.2025"  # the formal assessment phase

    for model in (
        panel.results_model,
        panel.explanation_model,
        panel.phase_model,
        panel.signoff_model,
        panel.tag_model,
    ):
        qtmodeltester.check(model)

    # the model's texts follow the interface: English for English, Swedish for sv, nb and nn
    assert [model_language_for(lang) for lang in ("en", "sv", "nb", "nn")] == ["en", "sv", "sv", "sv"]
    panel.set_model_language("en")
    assert "Area 4: 72.5 % of 70 % required" in explanation(panel)
    assert panel.outcome_label.text() == "Full: competence certificate (kompetensbevis)"
    assert not panel.grab().isNull()


def test_a_too_early_retake_is_refused_with_the_date_and_nothing_is_saved(  # type: ignore[no-untyped-def]
    qtbot, db: Database, panel: BranschPanelWidget
) -> None:
    case_id = _case(db, "VVS")
    panel.open_case(case_id)
    assert panel.component_combo.currentData() == "A"

    # B before the workplace signed off: the prerequisite gate refuses it, naming what is missing
    enter(qtbot, panel, "A", date(2025, 2, 10), 1)
    enter(qtbot, panel, "B", date(2025, 3, 1), 80)
    assert "Refused:" in panel.result_message.text()
    assert "praktiska arbetsuppgifter, kunskapsmål" in panel.result_message.text()
    assert panel.results_model.rowCount() == 1

    panel.tabs.setCurrentIndex(3)
    assert panel.signoff_box.isVisible() and not panel.hours_box.isVisible()
    for name in ("praktiska arbetsuppgifter", "kunskapsmål"):
        panel.signoff_combo.setCurrentIndex(panel.signoff_combo.findData(name))
        panel.signoff_date.setDate(date(2025, 2, 1))
        panel.signed_by_edit.setText("Arbetsledare Karlsson")
        click(qtbot, panel.signoff_button)
    assert panel.signoff_model.index(1, 1).data() == "01.02.2025"

    panel.tabs.setCurrentIndex(0)
    enter(qtbot, panel, "B", date(2025, 3, 1), 64)
    assert panel.results_model.rowCount() == 2
    assert outcome(panel) == "partial"
    assert panel.attempt_label.text() == "number 2 of at most 3 · the retake rule allows it from 31.03.2025"

    enter(qtbot, panel, "B", date(2025, 3, 20), 85)
    message = panel.result_message.text()
    assert message.startswith("Refused: B Teoriprov (sex avsnitt): omprov tidigast 30 dagar")
    assert "Nästa försök tidigast 2025-03-31" in message
    assert panel.result_message.property("refused") is True
    assert panel.results_model.rowCount() == 2
    assert len(bc.list_results(db, case_id)) == 2

    enter(qtbot, panel, "B", date(2025, 3, 31), 85)
    assert panel.result_message.property("refused") is False
    assert panel.results_model.rowCount() == 3
    assert panel.result_message.text() == "Saved: B Teoriprov (sex avsnitt), attempt 2."
    enter(qtbot, panel, "C", date(2025, 4, 8), 1)
    assert outcome(panel) == "full"
    assert panel.outcome_label.text() == "Full: branschcertifikat"


def test_documented_hours_and_phases_through_the_panel(  # type: ignore[no-untyped-def]
    qtbot, qtmodeltester, db: Database, panel: BranschPanelWidget
) -> None:
    case_id = _case(db, "KOCK", kock_hours=True)
    panel.open_case(case_id)
    enter(qtbot, panel, "kartlaggning", date(2025, 2, 3), 1)
    enter(qtbot, panel, "ravaror-1", date(2025, 3, 4), 1)
    assert "Dokumenterade timmar som kock (kock): 0 av 1\xa0000 timmar krävs" in panel.result_message.text()

    panel.tabs.setCurrentIndex(3)
    assert panel.hours_box.isVisible() and panel.no_signoff_label.isVisible()
    panel.trade_combo.setCurrentIndex(panel.trade_combo.findData("kock"))
    click(qtbot, panel.tag_button)
    assert panel.tag_model.rowCount() == 1
    assert panel.hours_summary.text() == "kock: 8\xa0874,2 of 1\xa0000 hours documented"
    qtmodeltester.check(panel.tag_model)

    panel.tabs.setCurrentIndex(0)
    for cid in ("ravaror-1", "ravaror-2", "ravaror-3"):
        enter(qtbot, panel, cid, date(2025, 3, 4), 1)
    assert outcome(panel) == "partial"
    assert "Passed modules: Råvaror och förberedelser" in panel.modules_label.text()

    panel.tabs.setCurrentIndex(2)
    panel.phase_combo.setCurrentIndex(panel.phase_combo.findData(ProcessPhase.VAGLEDNING.value))
    panel.phase_date.setDate(date(2025, 1, 10))
    panel.actor_edit.setText("studie- och yrkesvägledare")
    panel.evidence_edit.setText("Samtal om branschvalidering")
    click(qtbot, panel.save_phase_button)
    assert panel.phase_model.index(0, 2).data() == "studie- och yrkesvägledare"
    assert panel.phase_model.index(1, 1).data() == "not recorded"
    # clicking a phase row fills the form with what was recorded
    panel.phase_view.clicked.emit(panel.phase_model.index(0, 0))
    assert panel.evidence_edit.text() == "Samtal om branschvalidering"
    qtmodeltester.check(panel.phase_model)

    # a result entered by mistake is deleted from the table (only the latest attempt)
    panel.tabs.setCurrentIndex(0)
    assert panel.results_model.rowCount() == 4
    last = panel.results_model.index(3, ComponentResultsTableModel.COL_COMPONENT)
    assert last.data() == "Portionerar och beräknar åtgång"
    panel.results_view.selectRow(3)
    click(qtbot, panel.delete_result_button)
    assert panel.results_model.rowCount() == 3
    assert outcome(panel) == "none"  # Råvaror no longer passed; the phase 1 mapping is not a module
    assert [r.result.component_id for r in bc.list_results(db, case_id)] == [
        "kartlaggning",
        "ravaror-1",
        "ravaror-2",
    ]
