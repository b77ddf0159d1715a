"""The embedded fonts cover every letter the documents must print."""

from __future__ import annotations

import pytest

from rpl_desktop.documents.fonts import (
    REQUIRED_CHARACTERS,
    SANS,
    SANS_BOLD,
    SERIF,
    SERIF_BOLD,
    font_file,
    fonts_dir,
    missing_glyphs,
    register_fonts,
)
from rpl_desktop.paths import resource_dir


@pytest.mark.parametrize("name", [SANS, SANS_BOLD, SERIF, SERIF_BOLD])
def test_font_has_every_required_letter(name: str) -> None:
    assert font_file(name).is_file()
    assert missing_glyphs(name, REQUIRED_CHARACTERS) == ""


@pytest.mark.parametrize(
    "text",
    [
        "Áŋŋá Máret Gaup",
        "Małgorzata Wójcik-Łęcka",
        "Олена Шевченко",
        "ŧ đ č š ž",
        "ǤǥǦǧǨǩƷʒǮǯ",
        "іїєґ ІЇЄҐ",
        "Ïï Ää Öö Åå Ææ Øø",
    ],
)
def test_names_and_letters_render_in_every_face(text: str) -> None:
    for name in (SANS, SANS_BOLD, SERIF, SERIF_BOLD):
        assert missing_glyphs(name, text) == ""


def test_registration_is_idempotent() -> None:
    assert register_fonts() is register_fonts()


def test_font_and_colour_profile_licences_ship_with_the_files() -> None:
    licence = (fonts_dir() / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera Fonts Copyright" in licence and "Arev Fonts Copyright" in licence
    icc = resource_dir() / "icc"
    assert (icc / "sRGB.icc").stat().st_size > 1000
    assert "zlib" in (icc / "LICENSE-sRGB.txt").read_text(encoding="utf-8").lower()
