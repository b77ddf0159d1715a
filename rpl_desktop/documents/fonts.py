"""The embedded fonts of every document.

DejaVu Sans and DejaVu Serif (regular and bold, ``resources/fonts``, Bitstream Vera/Arev licence beside
them) cover Norwegian, Swedish, all Sami letters (North Sami á č đ ŋ š ŧ ž, South and Lule Sami ï ä ö å æ ø,
Skolt and Inari Ǥ ǥ Ǧ ǧ Ǩ ǩ Ʒ ʒ Ǯ ǯ), Polish and Ukrainian Cyrillic (і ї є ґ). reportlab embeds a subset of
each TrueType font used (``/FontFile2``), so a PDF renders the same on a machine with no fonts
installed. None of the 14 base fonts is ever used: every style and the canvas's initial font name one of
these.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from rpl_desktop.paths import resource_dir

SANS = "RplSans"
SANS_BOLD = "RplSans-Bold"
SERIF = "RplSerif"
SERIF_BOLD = "RplSerif-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
}

#: Letters the fonts must have (checked by a test against each font's character map).
REQUIRED_CHARACTERS = (
    "ÆØÅæøå"  # Norwegian
    "ÄÖäöÉé"  # Swedish
    "ÁáČčĐđŊŋŠšŦŧŽž"  # North Sami
    "ÏïÂâ"  # South and Lule Sami (with ä ö å æ ø above)
    "ǤǥǦǧǨǩƷʒǮǯÕõ"  # Skolt and Inari Sami
    "ĄąĆćĘęŁłŃńÓóŚśŹźŻż"  # Polish
    "АаБбВвГгҐґДдЕеЄєЖжЗзИиІіЇїЙйКкЛлМмНнОоПпРрСсТтУуФфХхЦцЧчШшЩщЬьЮюЯя"  # Ukrainian
    "«»–—§’“”…"
)


@dataclass(frozen=True)
class FontSet:
    sans: str = SANS
    sans_bold: str = SANS_BOLD
    serif: str = SERIF
    serif_bold: str = SERIF_BOLD


_lock = threading.Lock()
_registered: FontSet | None = None


def fonts_dir() -> Path:
    return resource_dir() / "fonts"


def font_file(name: str) -> Path:
    return fonts_dir() / _FILES[name]


def register_fonts() -> FontSet:
    """Register the fonts with reportlab once per process (safe to call from several threads)."""
    global _registered
    if _registered is not None:
        return _registered
    with _lock:
        if _registered is None:
            # binary Flate streams instead of ASCII85 on top: a quarter smaller and faster to write
            rl_config.useA85 = 0
            for name, filename in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / filename)))
            for regular, bold in ((SANS, SANS_BOLD), (SERIF, SERIF_BOLD)):
                # Paragraph's <b> and <i> map onto the family; with no italic face, italic stays upright.
                addMapping(regular, 0, 0, regular)
                addMapping(regular, 1, 0, bold)
                addMapping(regular, 0, 1, regular)
                addMapping(regular, 1, 1, bold)
                addMapping(bold, 0, 0, bold)
                addMapping(bold, 1, 0, bold)
                addMapping(bold, 0, 1, bold)
                addMapping(bold, 1, 1, bold)
            _registered = FontSet()
    return _registered


def missing_glyphs(name: str, text: str) -> str:
    """The characters of ``text`` that the registered font ``name`` cannot draw."""
    register_fonts()
    font = pdfmetrics.getFont(name)
    cmap: dict[int, int] = font.face.charToGlyph
    return "".join(sorted({ch for ch in text if not ch.isspace() and ord(ch) not in cmap}))
