"""Interview guide: questions for the outcomes still open, in the candidate's language.

The questions follow the kind of outcome: knowledge is asked about (what and where learned), a skill
is asked to be described step by step from a real task, general competence through a situation of
responsibility and co-operation. A follow-up asks who can confirm it. The caseworker's notes per
outcome land in the mapping matrix.
"""

from __future__ import annotations

from dataclasses import dataclass

from rpl_desktop.domain.mapping import Judgement, OutcomeAssessment, OutcomeKind, outcome_kind

QUESTIONS: dict[str, dict[OutcomeKind, str]] = {
    "nb": {
        OutcomeKind.KNOWLEDGE: "Fortell hva du vet om dette: «{text}». Hvor lærte du det, og når bruker du det i arbeidet?",
        OutcomeKind.SKILL: "Beskriv en konkret arbeidsoppgave der du gjorde dette: «{text}». Hva gjorde du, steg for steg, og hvordan kontrollerte du resultatet?",
        OutcomeKind.COMPETENCE: "Fortell om en situasjon der du tok ansvar for dette: «{text}». Hvem samarbeidet du med, og hva ville du gjort annerledes i dag?",
    },
    "nn": {
        OutcomeKind.KNOWLEDGE: "Fortel kva du veit om dette: «{text}». Kvar lærte du det, og når brukar du det i arbeidet?",
        OutcomeKind.SKILL: "Skildra ei konkret arbeidsoppgåve der du gjorde dette: «{text}». Kva gjorde du, steg for steg, og korleis kontrollerte du resultatet?",
        OutcomeKind.COMPETENCE: "Fortel om ein situasjon der du tok ansvar for dette: «{text}». Kven samarbeidde du med, og kva ville du gjort annleis i dag?",
    },
    "en": {
        OutcomeKind.KNOWLEDGE: "Tell me what you know about this: “{text}”. Where did you learn it, and when do you use it at work?",
        OutcomeKind.SKILL: "Describe a real task where you did this: “{text}”. What did you do, step by step, and how did you check the result?",
        OutcomeKind.COMPETENCE: "Tell me about a situation where you took responsibility for this: “{text}”. Who did you work with, and what would you do differently today?",
    },
    "sv": {
        OutcomeKind.KNOWLEDGE: "Berätta vad du vet om detta: ”{text}”. Var lärde du dig det, och när använder du det i arbetet?",
        OutcomeKind.SKILL: "Beskriv en konkret arbetsuppgift där du gjorde detta: ”{text}”. Vad gjorde du, steg för steg, och hur kontrollerade du resultatet?",
        OutcomeKind.COMPETENCE: "Berätta om en situation där du tog ansvar för detta: ”{text}”. Vilka samarbetade du med, och vad skulle du göra annorlunda i dag?",
    },
}

FOLLOW_UP = {
    "nb": "Hvem kan bekrefte dette (arbeidsgiver, kollega, kunde)?",
    "nn": "Kven kan stadfeste dette (arbeidsgivar, kollega, kunde)?",
    "en": "Who can confirm this (employer, colleague, customer)?",
    "sv": "Vem kan bekräfta detta (arbetsgivare, kollega, kund)?",
}


@dataclass(frozen=True)
class GuideItem:
    outcome_uid: str
    code: str
    outcome_text: str
    questions: tuple[str, ...]
    notes: str


def interview_guide(assessments: list[OutcomeAssessment], lang: str = "nb") -> list[GuideItem]:
    """Questions for every outcome that is not yet judged met, in matrix order."""
    table = QUESTIONS.get(lang, QUESTIONS["nb"])
    follow = FOLLOW_UP.get(lang, FOLLOW_UP["nb"])
    items = []
    for a in assessments:
        if a.judgement == Judgement.MET:
            continue
        kind = outcome_kind(a.outcome.category)
        question = table[kind].format(text=a.outcome.text.rstrip(". "))
        items.append(GuideItem(a.outcome.uid, a.outcome.code, a.outcome.text, (question, follow), a.notes))
    return items
