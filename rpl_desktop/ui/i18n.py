"""Interface language: pick it, then load our translations and Qt's own.

The program's strings are English in the source (``self.tr()``); ``resources/translations`` holds the
compiled ``rpl_desktop_{nb,nn,sv}.qm``. A missing file is not an error: the interface is then English.

The language comes from, in this order: the ``RPL_DESKTOP_LANG`` environment variable, the stored
setting (``ui_language``, chosen in Settings), the system locale. Anything that is not one of ours
becomes English; the old code ``no`` and regional forms such as ``nb_NO`` become ``nb``.
"""

from __future__ import annotations

import logging
import os
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from rpl_desktop.paths import resource_dir

log = logging.getLogger(__name__)

LANG_ENV = "RPL_DESKTOP_LANG"
SETTING_KEY = "ui_language"
LANGUAGES = ("en", "nb", "nn", "sv")
DEFAULT_LANGUAGE = "en"

# Qt ships no Bokmål catalogue for its own dialogs; Nynorsk is the closest official Norwegian one.
_QT_FALLBACKS = {"nb": ("nb", "no", "nn"), "nn": ("nn",), "sv": ("sv",), "en": ()}

_ALIASES = {"no": "nb", "nob": "nb", "nno": "nn", "swe": "sv", "eng": "en", "c": "en", "posix": "en"}

# Translators must outlive the call that installs them; these are the ones currently installed.
_installed: list[QTranslator] = []


def normalise_language(name: str | None) -> str | None:
    """``"nb_NO.UTF-8"`` -> ``"nb"``, ``"no"`` -> ``"nb"``, ``"de"`` -> ``None`` (not one of ours)."""
    if not name:
        return None
    code = name.strip().lower().replace("-", "_").split(".")[0].split("@")[0].split("_")[0]
    code = _ALIASES.get(code, code)
    return code if code in LANGUAGES else None


def system_language() -> str:
    locale = QLocale.system()
    for candidate in [locale.name(), *locale.uiLanguages()]:
        found = normalise_language(candidate)
        if found:
            return found
    return DEFAULT_LANGUAGE


def choose_language(stored: str | None = None, *, env: str | None = None, system: str | None = None) -> str:
    """The language to use: environment variable, then the stored setting, then the system locale."""
    env_value = os.environ.get(LANG_ENV) if env is None else env
    for candidate in (env_value, stored):
        found = normalise_language(candidate)
        if found:
            return found
    if system is not None:
        return normalise_language(system) or DEFAULT_LANGUAGE
    return system_language()


def translation_file(language: str) -> str:
    return str(resource_dir() / "translations" / f"rpl_desktop_{language}.qm")


def _load_qt_translations(app: QCoreApplication, language: str) -> None:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not folder or not os.path.isdir(folder):
        return
    for code in _QT_FALLBACKS.get(language, ()):
        translator = QTranslator(app)
        if translator.load(f"qtbase_{code}", folder):
            app.installTranslator(translator)
            _installed.append(translator)
            log.debug("Qt translations loaded: qtbase_%s", code)
            return
        translator.deleteLater()


def install_translations(app: QCoreApplication, language: str | None) -> str:
    """Install the translations for ``language`` (the stored setting, may be empty); returns the one used.

    Calling it again replaces what an earlier call installed (the stored setting is read only once the
    database is open, after a first call with ``None``).
    """
    chosen = choose_language(language)
    while _installed:
        old = _installed.pop()
        app.removeTranslator(old)
        old.deleteLater()
    # Numbers and dates in widgets follow the interface language; English keeps the system's formats.
    QLocale.setDefault(QLocale.system() if chosen == DEFAULT_LANGUAGE else QLocale(chosen))
    if chosen != DEFAULT_LANGUAGE:
        translator = QTranslator(app)
        if translator.load(translation_file(chosen)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.info("no translation file for %s; the interface stays English", chosen)
            translator.deleteLater()
    _load_qt_translations(app, chosen)
    log.info("interface language: %s", chosen)
    return chosen


_PLACEHOLDER = re.compile(r"%(\d)")


def fill(text: str, *values: object) -> str:
    """Qt-style ``%1``, ``%2``... in a translated string (PySide6's ``tr()`` returns a plain ``str``).

    Translators may reorder the placeholders; each is replaced in one pass, so a value containing
    ``%2`` is never substituted again.
    """

    def replace(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(replace, text)
