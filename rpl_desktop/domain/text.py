"""Free text as it enters the program: cleaned once, at the edge, the same way everywhere.

What a user types or an imported file carries may hold anything: text pasted from a PDF with control
characters, a name in Arabic or Hebrew, emoji, a 2 MB paste, or characters meant to deceive. The
Unicode *bidi override* controls (U+202A–U+202E, U+2066–U+2069) make text display in another order
than it is stored, so "invoice_\u202eFDP.exe" shows as "invoice_exe.PDF"; they are removed. Right-to-left
scripts need none of them (the Unicode bidirectional algorithm orders them by their own letters), so
Arabic, Hebrew and emoji, including sequences joined by ZWJ, stay exactly as typed.

:func:`clean_text` does all of that and refuses a value over its limit with a
:class:`~rpl_desktop.domain.errors.ValidationError` naming the field and the limit, so a form can
show it beside the field and nothing is cut silently.

:func:`neutralise_cell` is the one rule for CSV files the program writes: a cell a spreadsheet would
run as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets a leading
apostrophe. :func:`restore_cell` undoes it when the program reads its own CSV back.
"""

from __future__ import annotations

import re
import unicodedata

from rpl_desktop.domain.errors import ValidationError

# Bidirectional embedding/override (LRE, RLE, PDF, LRO, RLO) and isolate (LRI, RLI, FSI, PDI) controls.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Line breaks in their several spellings; all become "\n".
_LINE_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029\x0b\x0c]")
_DROP_ALSO = frozenset("\ufeff")  # a byte-order mark pasted into the middle of text


def _is_noncharacter(cp: int) -> bool:
    return 0xFDD0 <= cp <= 0xFDEF or (cp & 0xFFFE) == 0xFFFE


def _keep(ch: str, multiline: bool) -> bool:
    if ch in BIDI_CONTROLS or ch in _DROP_ALSO:
        return False
    if ch == "\n" or ch == "\t":
        return multiline
    category = unicodedata.category(ch)
    if category in ("Cc", "Cs"):  # control characters; lone surrogates (cannot be stored as UTF-8)
        return False
    return not _is_noncharacter(ord(ch))


def clean_text(
    value: object,
    *,
    field: str = "",
    max_length: int | None = None,
    multiline: bool = False,
    label: str = "",
) -> str:
    """``value`` normalised to NFC, without control characters and bidi overrides, trimmed.

    Single-line text gets its line breaks and tabs turned into spaces; multi-line text keeps ``\\n``
    (every line-break spelling becomes ``\\n``) and tabs. Raises ValidationError naming ``field`` when
    ``value`` is not text or is longer than ``max_length`` characters after cleaning. ``label`` is how
    the message names the field ("The employer"); without it the message says "The text".
    """
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(field, f"must be text, not {type(value).__name__}.")
    text = _LINE_BREAKS.sub("\n", value)
    if not multiline:
        text = text.replace("\n", " ").replace("\t", " ")
    text = unicodedata.normalize("NFC", "".join(ch for ch in text if _keep(ch, multiline))).strip()
    if max_length is not None and len(text) > max_length:
        what = label or "The text"
        raise ValidationError(
            field, f"{what} is {len(text)} characters long; the limit is {max_length}. Shorten it."
        )
    return text


def has_hidden_controls(value: str) -> bool:
    """True if ``value`` holds anything :func:`clean_text` would drop (bidi overrides, control characters)."""
    return any(not _keep(ch, True) for ch in value)


# ---------------------------------------------------------------------------------------------------
# CSV cells

_FORMULA = re.compile(r"'*[=+\-@\t\r]")
_NEUTRALISED = re.compile(r"'+[=+\-@\t\r]")


def neutralise_cell(value: object) -> str:
    """The cell as text, with ``'`` before anything a spreadsheet would run as a formula.

    ``=SUM(A1)``, ``+47 22``, ``-5``, ``@cmd``, a leading tab or carriage return get the apostrophe; so
    does a value that already starts with apostrophes before one of those, so that
    :func:`restore_cell` gives back exactly what was written.
    """
    text = "" if value is None else str(value)
    return f"'{text}" if _FORMULA.match(text) else text


def restore_cell(value: str) -> str:
    """The inverse of :func:`neutralise_cell`."""
    return value[1:] if _NEUTRALISED.match(value) else value
