"""The external assessor's side: judge the outcomes of a package without the office database.

A fagkonsulent or yrkesbedömare opens the package the office sent (``rpl-desktop --assessor FILE``),
with the passphrase the caseworker gave by another channel. :class:`AssessorSession` holds what the
package contains and what the assessor has recorded; every change is saved at once into the encrypted
response file next to the package (``<package>.response.rpl``, the same passphrase), so closing the
program loses nothing and nothing personal is written unencrypted. :meth:`AssessorSession.finish`
marks the response finished; the assessor sends that file back to the office.

Evidence files are opened as copies in a folder the caller chooses (the window uses a temporary
folder that it removes on close).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from rpl_desktop.domain.errors import RplError, ValidationError
from rpl_desktop.domain.mapping import Judgement, Method
from rpl_desktop.services.assessor_files import (
    KIND_PACKAGE,
    KIND_RESPONSE,
    MAX_PACKAGE_FILE,
    MAX_RESPONSE_FILE,
    AssessorIdentity,
    AssessorResponse,
    ExternalAssessment,
    PackageEvidence,
    PackageManifest,
    decode_package,
    decode_response,
    encode_response,
    read_sealed,
    response_path_for,
    validate_assessment,
    validate_identity,
    write_sealed,
)
from rpl_desktop.store.crypto import WrongPassphrase
from rpl_desktop.store.evidence_store import safe_filename

log = logging.getLogger(__name__)


class AssessorSession:
    """One open package and the assessor's work on it. Not thread-safe; one window uses it."""

    def __init__(
        self,
        package_path: Path,
        passphrase: str,
        manifest: PackageManifest,
        files: dict[str, bytes],
        package_sha256: str,
        previous: AssessorResponse | None = None,
    ) -> None:
        self.package_path = package_path
        self.response_path = response_path_for(package_path)
        self.manifest = manifest
        self.package_sha256 = package_sha256
        self._passphrase = passphrase
        self._files = files
        self.identity: AssessorIdentity | None = previous.assessor if previous else None
        self._judgements: dict[str, ExternalAssessment] = {}
        self.finished = bool(previous and previous.finished)
        self.finished_at = previous.finished_at if previous else None
        self.saved_at: datetime | None = previous.saved_at if previous else None
        if previous is not None:
            uids = {o.uid for o in manifest.outcomes}
            self._judgements = {j.outcome_uid: j for j in previous.judgements if j.outcome_uid in uids}

    # -- opening ----------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, passphrase: str) -> AssessorSession:
        """Open a package (WrongPassphrase, TamperedFile, CryptoError, ImportFileError on trouble) and the
        work saved so far, if any."""
        raw, sha = read_sealed(path, passphrase, KIND_PACKAGE, "assessor package", MAX_PACKAGE_FILE)
        manifest, files = decode_package(raw, path.name)
        previous = cls._load_previous(path, passphrase, manifest, sha)
        log.info(
            "assessor package opened: %d outcomes, %d files, %s",
            len(manifest.outcomes),
            len(files),
            "resumed" if previous else "new",
        )
        return cls(path, passphrase, manifest, files, sha, previous)

    @staticmethod
    def _load_previous(
        path: Path, passphrase: str, manifest: PackageManifest, sha: str
    ) -> AssessorResponse | None:
        response_path = response_path_for(path)
        if not response_path.exists():
            return None
        try:
            raw, _ = read_sealed(response_path, passphrase, KIND_RESPONSE, "response file", MAX_RESPONSE_FILE)
        except WrongPassphrase:
            raise RplError(
                f"There is a response file next to the package ({response_path.name}) that this passphrase "
                "does not open. Move it to another folder, then open the package again."
            ) from None
        previous = decode_response(raw, response_path.name)
        if previous.package_id != manifest.package_id or previous.package_sha256 != sha:
            raise RplError(
                f"The response file next to the package ({response_path.name}) answers another package. "
                "Move it to another folder, then open the package again."
            )
        return previous

    # -- reading ----------------------------------------------------------------------------------

    def assessment(self, outcome_uid: str) -> ExternalAssessment | None:
        return self._judgements.get(outcome_uid)

    def assessments(self) -> list[ExternalAssessment]:
        """The judged outcomes in the package's order."""
        return [self._judgements[o.uid] for o in self.manifest.outcomes if o.uid in self._judgements]

    def judged_count(self) -> int:
        return len(self._judgements)

    def open_codes(self) -> list[str]:
        return [o.code or o.uid for o in self.manifest.outcomes if o.uid not in self._judgements]

    def evidence_for(self, outcome_uid: str) -> list[PackageEvidence]:
        return [e for e in self.manifest.evidence if outcome_uid in e.outcome_uids]

    def evidence_copy(self, key: str, folder: Path) -> Path:
        """A read-only copy of one evidence file in ``folder`` for viewing."""
        entry = next((e for e in self.manifest.evidence if e.key == key), None)
        if entry is None:
            raise RplError("That file is not in the package.")
        target_dir = folder / key
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / safe_filename(entry.filename)
        try:
            if target.exists():
                target.chmod(0o600)
            target.write_bytes(self._files[key])
            target.chmod(0o400)
        except OSError as exc:
            raise RplError(f"The file could not be copied for viewing: {exc.strerror or exc}.") from exc
        return target

    # -- recording --------------------------------------------------------------------------------

    def set_identity(
        self, name: str, role: str, organisation: str = "", *, save: bool = True
    ) -> AssessorIdentity:
        self.identity = validate_identity(name, role, organisation)
        self._changed(save)
        return self.identity

    def record(
        self,
        outcome_uid: str,
        judgement: Judgement,
        methods: Iterable[Method],
        reason: str,
        notes: str = "",
        *,
        save: bool = True,
    ) -> ExternalAssessment | None:
        """Record (or, with NOT_ASSESSED and no text, clear) the judgement of one outcome; saved at once."""
        try:
            self.manifest.outcome(outcome_uid)
        except KeyError:
            raise ValidationError("outcome", "That outcome is not in this package.") from None
        assessment = validate_assessment(outcome_uid, judgement, methods, reason, notes)
        previous = self._judgements.get(outcome_uid)
        if previous is not None and (
            previous.judgement,
            previous.methods,
            previous.reason,
            previous.notes,
        ) == (assessment.judgement, assessment.methods, assessment.reason, assessment.notes):
            return previous  # nothing changed: keep its time
        if judgement == Judgement.NOT_ASSESSED and not assessment.reason and not assessment.notes:
            self._judgements.pop(outcome_uid, None)
            self._changed(save)
            return None
        self._judgements[outcome_uid] = assessment
        self._changed(save)
        return assessment

    def _changed(self, save: bool) -> None:
        if self.finished:
            self.finished = False  # a change after finishing needs a new "Finish"
            self.finished_at = None
        if save:
            self.save()

    def response(self) -> AssessorResponse:
        return AssessorResponse(
            package_id=self.manifest.package_id,
            office_uid=self.manifest.office_uid,
            case_id=self.manifest.case_id,
            case_number=self.manifest.case_number,
            package_sha256=self.package_sha256,
            assessor=self.identity,
            judgements=tuple(
                j for j in self.assessments() if j.judgement != Judgement.NOT_ASSESSED or j.reason or j.notes
            ),
            finished=self.finished,
            saved_at=datetime.now().replace(microsecond=0),
            finished_at=self.finished_at,
        )

    def save(self) -> Path:
        """Write the work so far into the encrypted response file (not finished)."""
        response = self.response()
        self._write(response)
        self.saved_at = response.saved_at
        return self.response_path

    def _write(self, response: AssessorResponse) -> None:
        try:
            write_sealed(self.response_path, self._passphrase, KIND_RESPONSE, encode_response(response))
        except RplError as exc:
            raise RplError(
                f"{exc.message} Your work is kept in the window. If the package is in a folder you cannot "
                "write to (an e-mail attachment, a CD), save it in your Documents folder and open it from "
                "there."
            ) from exc

    def finish(self) -> Path:
        """Mark the response finished and write it: the file to send back to the office."""
        if self.identity is None:
            raise ValidationError(
                "name",
                "Enter your name and role before finishing: the office records who assessed the candidate.",
            )
        judged = [j for j in self._judgements.values() if j.judgement != Judgement.NOT_ASSESSED]
        if not judged:
            raise ValidationError("judgement", "Judge at least one outcome before finishing.")
        finished_at = datetime.now().replace(microsecond=0)
        response = replace(self.response(), finished=True, finished_at=finished_at)
        self._write(response)
        self.finished, self.finished_at = True, finished_at
        self.saved_at = response.saved_at
        log.info(
            "assessor response finished: %d of %d outcomes judged", len(judged), len(self.manifest.outcomes)
        )
        return self.response_path
