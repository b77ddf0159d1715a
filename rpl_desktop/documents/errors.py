"""Why a document cannot be issued yet."""

from __future__ import annotations

from rpl_desktop.domain.errors import RplError

#: English names of the fields a certificate can lack (the UI translates them).
FIELD_NAMES = {
    "learner": "learner identification",
    "title": "title",
    "issuer_country_region": "country and region of the issuer",
    "awarding_body": "awarding body",
    "date_of_issue": "date of issue",
    "learning_outcomes": "learning outcomes (at least one approved subject, module or outcome)",
    "workload": "notional workload",
    "level": "level (NKR, EQF or SeQF)",
    "assessment": "type of assessment",
    "participation": "form of participation",
    "quality_assurance": "type of quality assurance",
    "certificate_number": "unique certificate number",
    "assessment_signed_on": "date the assessment (bedömning) was signed",
    "assessor_id": "assessor id",
    "accreditation_id": "test centre or provider accreditation id",
    "modules": "module results",
}


class CertificateIncomplete(RplError):
    """A certificate cannot be issued: ``missing`` names each element still to fill in."""

    def __init__(self, missing: list[str]) -> None:
        self.missing = list(missing)
        names = ", ".join(FIELD_NAMES.get(name, name) for name in self.missing)
        super().__init__(f"The certificate cannot be issued until these are filled in: {names}.")
