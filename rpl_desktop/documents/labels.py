"""Per-language label tables: every fixed word of every document.

The tables live in ``resources/labels/{nb,nn,en,sv}.json`` (bokmål, nynorsk, English, svenska), one flat
object of dotted keys each; all four have the same keys (a test checks it). Values may hold ``{name}``
placeholders for :meth:`Labels.fmt`. The default legal basis of a vedtak (which changes with the law, see
``legal_basis.json``) is kept apart from the words.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path

from rpl_desktop.documents.model import Language, VedtakCaseType
from rpl_desktop.paths import resource_dir

LANGUAGES: tuple[Language, ...] = (Language.NB, Language.NN, Language.EN, Language.SV)


def labels_dir() -> Path:
    return resource_dir() / "labels"


class Labels(Mapping[str, str]):
    """A read-only label table for one language, with date and number formatting."""

    def __init__(self, language: Language, table: Mapping[str, str]) -> None:
        self.language = language
        self._table = dict(table)

    def __getitem__(self, key: str) -> str:
        try:
            return self._table[key]
        except KeyError:
            raise KeyError(f"no label {key!r} in the {self.language.value} table") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    def fmt(self, key: str, **values: object) -> str:
        return self[key].format(**values)

    def date(self, day: dt.date) -> str:
        """The short date of letters and tables (``01.09.2024``, ``1 September 2024``, ``2024-09-01``)."""
        return self.fmt("format.date", **_date_parts(self, day))

    def date_long(self, day: dt.date) -> str:
        return self.fmt("format.date_long", **_date_parts(self, day))

    def number(self, value: Decimal | int | float) -> str:
        """A number without trailing zeros and with the language's decimal separator (``7,5``)."""
        dec = value if isinstance(value, Decimal) else Decimal(str(value))
        text = format(dec.normalize(), "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        if text in ("-0", ""):
            text = "0"
        return text.replace(".", self["format.decimal_separator"])

    def percent(self, value: Decimal | int | float) -> str:
        return self.fmt("format.percent", value=self.number(value))

    def country(self, code: str) -> str:
        """The country's name for an ISO code; an unknown code or a name is printed as given."""
        return self._table.get(f"country.{code.upper()}", code)

    def join_and(self, items: list[str]) -> str:
        if len(items) <= 1:
            return "".join(items)
        return ", ".join(items[:-1]) + self["format.list_and"] + items[-1]


def _date_parts(labels: Labels, day: dt.date) -> dict[str, object]:
    return {
        "d": day.day,
        "dd": f"{day.day:02d}",
        "mm": f"{day.month:02d}",
        "yyyy": f"{day.year:04d}",
        "month": labels[f"month.{day.month}"],
    }


@cache
def load_labels(language: Language | str) -> Labels:
    """The label table for ``language`` (``nb``, ``nn``, ``en`` or ``sv``)."""
    lang = Language(language)
    path = labels_dir() / f"{lang.value}.json"
    table = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
        raise ValueError(f"{path}: a label table must be one object of strings")
    return Labels(lang, table)


@lru_cache(maxsize=1)
def _legal_basis_table() -> dict[str, dict[str, list[str]]]:
    data = json.loads((labels_dir() / "legal_basis.json").read_text(encoding="utf-8"))
    table: dict[str, dict[str, list[str]]] = data["case_types"]
    return table


def default_legal_basis(case_type: VedtakCaseType, language: Language | str) -> tuple[str, ...]:
    """The default Hjemmel paragraphs for a case type (law as of 1 Aug 2024), in ``language``."""
    return tuple(_legal_basis_table()[VedtakCaseType(case_type).value][Language(language).value])
