"""The database passphrase: rules for a new one, where it comes from, the OS keyring, changing it,
and encrypting a database that was kept in the clear.

Where the passphrase of an encrypted embedded database comes from, in this order: the environment
variable ``RPL_PASSPHRASE`` (headless commands, scripts), the OS keyring if the user ticked
"Remember on this computer", else the user is asked. The keyring entry is per database file.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
from enum import StrEnum
from pathlib import Path

from rpl_desktop.domain.errors import StoreError, ValidationError
from rpl_desktop.paths import AppPaths, database_url
from rpl_desktop.store.database import Database
from rpl_desktop.store.encryption import change_passphrase_file, encrypt_database_file, shred
from rpl_desktop.store.engine import FileState, database_file_state, make_engine, sqlite_file_of

log = logging.getLogger(__name__)

PASSPHRASE_ENV = "RPL_PASSPHRASE"
BACKUP_PASSPHRASE_ENV = "RPL_BACKUP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "RPL_NEW_PASSPHRASE"
MIN_LENGTH = 10
KEYRING_SERVICE = "rpl-desktop"


# --- rules for a new passphrase -------------------------------------------------------------------

class PassphraseIssue(StrEnum):
    EMPTY = "empty"
    TOO_SHORT = "too_short"
    CONTROL = "control"
    MISMATCH = "mismatch"


RULE_TEXT = f"At least {MIN_LENGTH} characters. A few unrelated words are easy to remember and hard to guess."

ISSUE_TEXT = {
    PassphraseIssue.EMPTY: "Enter a passphrase.",
    PassphraseIssue.TOO_SHORT: f"The passphrase is too short: use at least {MIN_LENGTH} characters.",
    PassphraseIssue.CONTROL: "The passphrase contains a control character (such as a tab). Use letters, "
                             "digits, spaces and punctuation only.",
    PassphraseIssue.MISMATCH: "The two passphrases are not the same. Type the same passphrase twice.",
}


def passphrase_issue(passphrase: str, repeated: str | None = None) -> PassphraseIssue | None:
    """What is wrong with a new passphrase (and its repetition), or None if it is acceptable."""
    if not passphrase:
        return PassphraseIssue.EMPTY
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in passphrase):
        return PassphraseIssue.CONTROL
    if len(passphrase) < MIN_LENGTH:
        return PassphraseIssue.TOO_SHORT
    if repeated is not None and repeated != passphrase:
        return PassphraseIssue.MISMATCH
    return None


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """Raise ValidationError if the new passphrase is not acceptable."""
    issue = passphrase_issue(passphrase, repeated)
    if issue is not None:
        raise ValidationError("", ISSUE_TEXT[issue])


class Strength(StrEnum):
    WEAK = "weak"
    FAIR = "fair"
    GOOD = "good"
    STRONG = "strong"


_COMMON = ("password", "passord", "lösenord", "losenord", "qwerty", "123456", "abc123", "letmein",
           "sommer", "vinter", "hemmelig", "hemlig", "admin", "rpl-desktop")


def passphrase_strength(passphrase: str) -> Strength:
    """A rough guess of how hard the passphrase is to guess (a hint, not a rule).

    Estimated bits: length times log2 of the alphabet in use, with repeated characters, runs and
    common words counting little.
    """
    if not passphrase:
        return Strength.WEAK
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(c == " " for c in passphrase):
        pool += 1
    if any(not c.isalnum() and c != " " for c in passphrase):
        pool += 20
    if any(ord(c) > 127 and c.isalpha() for c in passphrase):
        pool += 10
    distinct = len(set(passphrase.lower()))
    effective = min(len(passphrase), distinct * 2)
    lowered = passphrase.lower()
    for word in _COMMON:
        if word in lowered:
            effective -= len(word) - 1
    bits = max(0, effective) * math.log2(max(pool, 2))
    if bits < 40:
        return Strength.WEAK
    if bits < 60:
        return Strength.FAIR
    if bits < 80:
        return Strength.GOOD
    return Strength.STRONG


# --- the OS keyring ---------------------------------------------------------------------------------

def _keyring_user(db_file: Path) -> str:
    return f"database:{db_file.resolve()}"


def keyring_status() -> tuple[bool, str]:
    """(available, why not). The reason is English, for the dialog's explanation."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception as exc:  # keyring.errors.* and backend import errors
        log.info("no keyring: %s", type(exc).__name__)
        return False, "The keyring library cannot be used on this computer."
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return False, ("No password store (keyring) is available on this computer, so the passphrase "
                       "cannot be remembered; you will type it at each start.")
    return True, ""


def stored_passphrase(db_file: Path) -> str | None:
    """The passphrase kept in the OS keyring for this database, if any (None on any keyring trouble)."""
    if not keyring_status()[0]:
        return None
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, _keyring_user(db_file))
    except Exception as exc:  # keyring.errors.KeyringError, D-Bus errors of a backend...
        log.warning("keyring could not be read (%s)", type(exc).__name__)
        return None


def remember_passphrase(db_file: Path, passphrase: str) -> bool:
    """Keep the passphrase in the OS keyring. False (and logged) if the keyring refuses."""
    if not keyring_status()[0]:
        return False
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, _keyring_user(db_file), passphrase)
    except Exception as exc:
        log.warning("keyring could not store the passphrase (%s)", type(exc).__name__)
        return False
    log.info("passphrase kept in the OS keyring")
    return True


def forget_passphrase(db_file: Path) -> None:
    if not keyring_status()[0]:
        return
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError):
            keyring.delete_password(KEYRING_SERVICE, _keyring_user(db_file))
    except Exception as exc:
        log.warning("keyring entry could not be removed (%s)", type(exc).__name__)


# --- where the passphrase comes from --------------------------------------------------------------

def passphrase_from_environment() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None


def embedded_database_file(paths: AppPaths) -> Path | None:
    """The embedded database file, or None when the data is on a server (RPL_DATABASE_URL)."""
    return sqlite_file_of(database_url(paths))


def headless_passphrase(paths: AppPaths) -> str | None:
    """The passphrase a headless command opens the store with: RPL_PASSPHRASE, else the keyring
    (only for an encrypted file), else None (a plain or new database, or none available)."""
    db_file = embedded_database_file(paths)
    if db_file is None:
        return None
    env = passphrase_from_environment()
    if env:
        return env
    if database_file_state(db_file) is FileState.ENCRYPTED:
        return stored_passphrase(db_file)
    return None


def database_state(paths: AppPaths) -> FileState | None:
    """Missing, plain, encrypted or damaged; None for a server database."""
    db_file = embedded_database_file(paths)
    return None if db_file is None else database_file_state(db_file)


def clear_opened_copies(paths: AppPaths) -> int:
    """Overwrite and remove the decrypted copies of evidence files opened for viewing earlier
    (``paths.open_copies_dir``), so that encrypted data does not leave plaintext behind. Files a
    viewer still holds open elsewhere are skipped. Returns how many were removed."""
    folder = paths.open_copies_dir
    if not folder.is_dir():
        return 0
    removed = 0
    for path in sorted(folder.rglob("*"), reverse=True):
        try:
            if path.is_file():
                shred(path)
                removed += 1
            elif path.is_dir():
                path.rmdir()
        except OSError:
            continue
    if removed:
        log.info("removed %d opened copies of evidence files", removed)
    return removed


# --- changing and converting --------------------------------------------------------------------------

def change_passphrase(db: Database, old: str, new: str, repeated: str | None = None) -> bool:
    """Re-encrypt the open database under ``new``; the open Database continues on the new key.

    A wrong ``old`` raises DatabasePassphraseWrong and changes nothing. The evidence files keep their
    data key. A keyring entry is updated. Returns True if the keyring holds the new passphrase.
    """
    check_new_passphrase(new, repeated)
    db_file = db.database_file
    if db_file is None or not db.encrypted:
        raise StoreError("This database is not encrypted, so it has no passphrase to change. Encrypt it "
                         "first (Settings, or 'rpl-desktop encrypt').")
    db.engine.dispose()
    change_passphrase_file(db_file, old, new)
    db.replace_engine(make_engine(f"sqlite:///{db_file}", new))
    remembered = False
    if stored_passphrase(db_file) is not None:
        remembered = remember_passphrase(db_file, new)
    log.info("database passphrase changed (keyring %s)", "updated" if remembered else "not used")
    return remembered


def encrypt_store(paths: AppPaths, passphrase: str, repeated: str | None = None, *,
                  progress: object | None = None) -> int:
    """Encrypt the plain embedded database of ``paths`` and its evidence files (the store must be
    closed). Returns the number of evidence files encrypted."""
    check_new_passphrase(passphrase, repeated)
    db_file = embedded_database_file(paths)
    if db_file is None:
        raise StoreError("The data is kept on a database server; encryption at rest is the server's "
                         "business there (ask your IT department).")
    count = encrypt_database_file(db_file, paths.evidence_dir, passphrase, paths.backup_dir,
                                  progress=progress)  # type: ignore[arg-type]
    clear_opened_copies(paths)
    return count
