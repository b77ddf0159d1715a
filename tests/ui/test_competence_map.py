"""The competence map: targets added through the widget, numbers as the service computes them, gaps."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt

from rpl_desktop.domain.mapping import Judgement, Method
from rpl_desktop.services import mapping as ms
from rpl_desktop.services.candidates import search_candidates
from rpl_desktop.services.catalogue import StandardSummary, list_standards, load_sample
from rpl_desktop.services.crosswalk import competence_map, gaps_in_words
from rpl_desktop.services.demo import load_demo_data
from rpl_desktop.store.database import Database
from rpl_desktop.ui.competence_map import (
    INDICATED,
    MET,
    MISSING,
    PARTLY,
    CompetenceMapWidget,
    StandardPickerDialog,
    TargetCardWidget,
)

TARGETS = ("ELK-IS10", "TMF3", "HEL-EO10")


class StandardChooser:
    """Stands in for the picker dialog: answers with the next code's uid and records what it was offered."""

    def __init__(self, db: Database, *codes: str) -> None:
        self.uids = [next(s.uid for s in list_standards(db) if s.code == c) for c in codes]
        self.offered: list[list[str]] = []

    def __call__(self, standards: Sequence[StandardSummary]) -> str | None:
        self.offered.append([s.uid for s in standards])
        return self.uids.pop(0) if self.uids else None


@pytest.fixture
def world(db: Database) -> Database:
    load_demo_data(db, with_cases=False)
    load_sample(db)
    return db


@pytest.fixture
def oystein(world: Database) -> int:
    (row,) = search_candidates(world, "Øystein Brækhus")
    assert (row.given_name, row.family_name) == ("Øystein", "Brækhus-Aas")
    return row.id


def _widget(qtbot, db: Database, chooser=None) -> CompetenceMapWidget:  # type: ignore[no-untyped-def]
    widget = CompetenceMapWidget(db, standard_chooser=chooser)
    qtbot.addWidget(widget)
    return widget


def _with_three_targets(qtbot, world: Database, oystein: int) -> tuple[CompetenceMapWidget, StandardChooser]:  # type: ignore[no-untyped-def]
    chooser = StandardChooser(world, *TARGETS)
    widget = _widget(qtbot, world, chooser)
    widget.open_candidate(oystein)
    for _ in TARGETS:
        with qtbot.waitSignal(widget.targetsChanged):
            qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    return widget, chooser


def _assert_cards_match_service(widget: CompetenceMapWidget, world: Database, candidate_id: int) -> None:
    expected = sorted(competence_map(world, candidate_id), key=lambda c: c.case_id)
    cards = widget.cards()
    assert [c.coverage.case_id for c in cards] == [e.case_id for e in expected]
    for card, e in zip(cards, expected, strict=True):
        assert card.title_label.text() == e.title
        assert e.case_number in card.kind_label.text()
        assert card.bar.counts() == {
            MET: e.met,
            PARTLY: e.partly,
            INDICATED: e.indicated,
            MISSING: e.missing - e.indicated,
        }
        assert card.bar.total() == e.total
        assert card.legend_labels[MET].text() == f"Met: {e.met}"
        assert card.legend_labels[PARTLY].text() == f"Partly met: {e.partly}"
        assert card.legend_labels[INDICATED].text() == f"Missing, indicated: {e.indicated}"
        assert card.legend_labels[MISSING].text() == f"Missing, not indicated: {e.missing - e.indicated}"
        assert card.summary_label.text() == (
            f"{e.met} of {e.total} outcomes met, {e.partly} partly met, {e.missing} missing "
            f"({e.indicated} of them indicated by the history)."
        )


def test_empty_states_explain_what_to_do(qtbot, world: Database, oystein: int) -> None:
    widget = _widget(qtbot, world)
    assert "Choose a candidate" in widget.empty_label.text()
    assert not widget.add_button.isEnabled()
    widget.open_candidate(oystein)
    assert widget.heading.text() == "Competence map: Øystein Brækhus-Aas"
    assert "Add up to three or more targets" in widget.empty_label.text()
    assert not widget.empty_label.isHidden()
    assert widget.cards() == []
    assert widget.add_button.isEnabled()


def test_three_targets_added_through_the_widget_show_three_columns_with_the_services_numbers(
    qtbot, world: Database, oystein: int
) -> None:
    widget, chooser = _with_three_targets(qtbot, world, oystein)
    assert len(widget.cards()) == 3
    assert widget.empty_label.isHidden()
    assert [c.coverage.standard_uid for c in widget.cards()] == [
        next(s.uid for s in list_standards(world) if s.code == code) for code in TARGETS
    ]
    # a standard already on the map is not offered again
    assert len(chooser.offered[1]) == len(chooser.offered[0]) - 1
    assert not set(chooser.offered[2]) & {c.coverage.standard_uid for c in widget.cards()[:2]}
    _assert_cards_match_service(widget, world, oystein)
    elk, tmf, eo = widget.cards()
    assert elk.kind_label.text().startswith("Fagskole module · ELK-IS10 · case ")
    assert tmf.kind_label.text().startswith("Lærefag · TMF3 · case ")
    assert elk.credits_label.text() == "0 of 10 studiepoeng recognised; 10 remaining"
    assert tmf.credits_label.text() == "No studiepoeng: assessed by outcomes only"
    # the cards stand side by side (one column per target)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    xs = [card.geometry().x() for card in widget.cards()]
    ys = {card.geometry().y() for card in widget.cards()}
    assert xs == sorted(xs) and len(set(xs)) == 3 and len(ys) == 1


def test_opening_a_candidate_with_targets_shows_the_map_at_once(qtbot, world: Database, oystein: int) -> None:
    _with_three_targets(qtbot, world, oystein)
    again = _widget(qtbot, world)
    again.open_candidate(oystein)
    assert len(again.cards()) == 3
    _assert_cards_match_service(again, world, oystein)


def test_a_judgement_set_elsewhere_shows_after_refresh(qtbot, world: Database, oystein: int) -> None:
    widget, _ = _with_three_targets(qtbot, world, oystein)
    elk = widget.cards()[0].coverage
    assert elk.met == 0
    rows = ms.load_matrix(world, elk.case_id).rows
    ms.set_judgement(
        world,
        elk.case_id,
        rows[0].assessment.outcome.uid,
        Judgement.MET,
        "Viste sluttkontroll av en installasjon i samtale.",
        {Method.DIALOGUE},
    )
    ms.set_judgement(
        world,
        elk.case_id,
        rows[1].assessment.outcome.uid,
        Judgement.PARTLY,
        "Kjenner hovedtrekkene, men ikke normen.",
        {Method.DIALOGUE},
    )
    qtbot.mouseClick(widget.refresh_button, Qt.MouseButton.LeftButton)
    card = widget.cards()[0]
    assert card.coverage.met == 1 and card.coverage.partly == 1
    assert card.legend_labels[MET].text() == "Met: 1"
    assert card.bar.counts()[MET] == 1
    assert card.summary_label.text().startswith("1 of 11 outcomes met, 1 partly met")
    _assert_cards_match_service(widget, world, oystein)


def test_gaps_list_the_outcomes_still_to_show(qtbot, world: Database, oystein: int) -> None:
    widget, _ = _with_three_targets(qtbot, world, oystein)
    elk = widget.cards()[0].coverage
    first = ms.load_matrix(world, elk.case_id).rows[0].assessment.outcome
    ms.set_judgement(
        world, elk.case_id, first.uid, Judgement.MET, "Vist i praktisk prøve.", {Method.PRACTICAL_TEST}
    )
    widget.refresh()
    for card in widget.cards():
        service_lines = [
            line[len("  – ") :] for line in gaps_in_words(card.coverage) if line.startswith("  – ")
        ]
        assert service_lines, "every target still has gaps"
        shown = [line[len("– ") :] for line in card.gap_lines() if line.startswith("– ")]
        assert shown == service_lines
        html_text = card.gaps_label.text()
        assert all(line.replace("&", "&amp;") in html_text for line in service_lines)
    elk_card = widget.cards()[0]
    assert first.text not in elk_card.gaps_label.text()
    assert elk_card.gap_lines()[0] == "1 of 11 outcomes shown; still to show:"
    tmf_card = widget.cards()[1]
    areas = [gap.group_title for gap in tmf_card.coverage.gaps]
    assert len(areas) > 1
    assert all(any(line.startswith(f"{area}: 0 of") for line in tmf_card.gap_lines()) for area in areas)


def test_open_in_case_view_emits_the_case_id(qtbot, world: Database, oystein: int) -> None:
    widget, _ = _with_three_targets(qtbot, world, oystein)
    card: TargetCardWidget = widget.cards()[1]
    with qtbot.waitSignal(widget.openCase) as blocker:
        qtbot.mouseClick(card.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [card.coverage.case_id]
    assert card.open_button.accessibleName() == f"Open case {card.coverage.case_number} in the case view"


def test_cancelling_the_chooser_adds_nothing(qtbot, world: Database, oystein: int) -> None:
    chooser = StandardChooser(world)  # answers None: cancelled
    widget = _widget(qtbot, world, chooser)
    widget.open_candidate(oystein)
    assert widget.choose_and_add_target() is None
    assert len(chooser.offered) == 1 and widget.cards() == []
    assert competence_map(world, oystein) == []


def test_the_bar_paints_proportional_parts(qtbot, world: Database, oystein: int) -> None:
    widget, _ = _with_three_targets(qtbot, world, oystein)
    bar = widget.cards()[0].bar
    bar.set_counts(3, 1, 2, 4)
    bar.resize(400, 24)
    rects = dict(bar.segment_rects())
    assert list(rects) == [MET, PARTLY, INDICATED, MISSING]
    assert rects[MET].width() == pytest.approx(3 * rects[PARTLY].width())
    assert rects[MISSING].right() == pytest.approx(bar.width() - 0.5)
    image = bar.grab().toImage()
    assert image.pixelColor(int(rects[MET].center().x()), 3).name() == "#2e7d32"
    assert bar.accessibleName() == "Coverage"


def test_the_picker_dialog_lists_and_filters_standards(qtbot, world: Database) -> None:
    standards = list_standards(world)
    dialog = StandardPickerDialog(standards)
    qtbot.addWidget(dialog)
    assert dialog.chosen_uid() == dialog.table.model().index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    dialog.search_edit.setText("ELK-IS10")
    assert dialog.table.model().rowCount() == 1
    dialog.table.setCurrentIndex(dialog.table.model().index(0, 0))
    assert dialog.chosen_uid() == next(s.uid for s in standards if s.code == "ELK-IS10")
