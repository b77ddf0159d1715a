"""The Norwegian (Bokmål, Nynorsk) and Swedish translations: complete, current, well-formed, loadable.

The interface strings are English in ``rpl_desktop/ui`` and reach Qt either

* as ``self.tr("...")`` and ``QCoreApplication.translate("Context", "...")`` written out, which lupdate
  reads, or
* through label helpers such as ``_t("Met")`` that call ``QCoreApplication.translate("MatrixLabels",
  text)``, aliases such as ``tr = QCoreApplication.translate``, ``owner.tr("...")`` on another widget
  and ``self.tr()`` inside f-strings, which lupdate skips or files under the wrong context.

``runtime_lookups()`` reads the code with :mod:`ast` and finds every lookup as Qt will make it at run
time (context, source text, disambiguation). Those a plain lupdate run misses are written as plain
``QCoreApplication.translate(...)`` calls into a hints file that lupdate reads too; the README's update
command is ``python tests/ui/test_translations.py update``, which does exactly that.

Run as a script: ``hints`` prints the hints file, ``update`` runs lupdate on the .ts files,
``release`` runs lrelease.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "rpl_desktop" / "ui"
APP_FILE = ROOT / "rpl_desktop" / "app.py"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("nb", "nn", "sv")
HINTS_NAME = "rpl_desktop_tr_hints.py"


# -- finding the tools ----------------------------------------------------------------------------------


def _tool(name: str) -> Path | None:
    """``pyside6-<name>`` next to this Python, else on PATH, else the binary inside the PySide6 package."""
    exe = ".exe" if os.name == "nt" else ""
    candidates = [Path(sys.executable).parent / f"pyside6-{name}{exe}"]
    found = shutil.which(f"pyside6-{name}")
    if found:
        candidates.append(Path(found))
    try:
        import PySide6

        package = Path(PySide6.__file__).parent
        candidates += [package / f"{name}{exe}", package / "Qt" / "libexec" / f"{name}{exe}"]
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        pass
    return next((c for c in candidates if c.is_file() and os.access(c, os.X_OK)), None)


def source_files() -> list[Path]:
    return sorted(UI_DIR.glob("*.py")) + ([APP_FILE] if APP_FILE.exists() else [])


def ts_file(language: str) -> Path:
    return TS_DIR / f"rpl_desktop_{language}.ts"


def qm_file(language: str) -> Path:
    return TS_DIR / f"rpl_desktop_{language}.qm"


# -- what the code looks up at run time -----------------------------------------------------------------


@dataclass(frozen=True)
class Lookup:
    context: str
    source: str
    disambiguation: str | None
    plural: bool
    where: str  # file:line

    @property
    def key(self) -> tuple[str, str, str | None]:
        return (self.context, self.source, self.disambiguation)


@dataclass
class _Scope:
    aliases: set[str]  # local names bound to QCoreApplication.translate
    wrappers: dict[str, str]  # local helper functions -> the context they translate in
    annotations: dict[str, str]  # parameter name -> annotated class name


def _is_translate(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "translate"
        and isinstance(node.value, ast.Name | ast.Attribute)
        and (node.value.id if isinstance(node.value, ast.Name) else node.value.attr).endswith("Application")
    )


def _const_str(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _annotation_class(node: ast.expr | None) -> str | None:
    if node is None:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.split("|")[0].strip().split(".")[-1] or None
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.BinOp):  # X | None
        return _annotation_class(node.left)
    return None


def _arg(call: ast.Call, index: int, keyword: str) -> ast.expr | None:
    if len(call.args) > index:
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def _wrapper_context(func: ast.FunctionDef) -> str | None:
    """``def _t(text): return QCoreApplication.translate("Ctx", text)`` -> ``"Ctx"``."""
    params = [a.arg for a in func.args.args]
    if not params:
        return None
    body = [s for s in func.body if not (isinstance(s, ast.Expr) and _const_str(s.value) is not None)]
    if len(body) != 1 or not isinstance(body[0], ast.Return) or not isinstance(body[0].value, ast.Call):
        return None
    call = body[0].value
    text = _arg(call, 1, "sourceText")
    if _is_translate(call.func) and isinstance(text, ast.Name) and text.id == params[0]:
        return _const_str(_arg(call, 0, "context"))
    return None


class _Reader(ast.NodeVisitor):
    def __init__(self, path: Path) -> None:
        self.path = path
        self.rel = path.relative_to(ROOT).as_posix()
        self.lookups: list[Lookup] = []
        self.problems: list[str] = []
        self.classes: list[ast.ClassDef] = []
        self.scopes: list[_Scope] = [_Scope(set(), {}, {})]
        self.wrapper_bodies: set[int] = set()

    # scopes
    def _enter(self, body: list[ast.stmt], func: ast.FunctionDef | ast.AsyncFunctionDef | None) -> None:
        scope = _Scope(set(), {}, {})
        if func is not None:
            for a in [*func.args.posonlyargs, *func.args.args, *func.args.kwonlyargs]:
                cls = _annotation_class(a.annotation)
                if cls:
                    scope.annotations[a.arg] = cls
        for stmt in ast.walk(ast.Module(body=body, type_ignores=[])):
            if isinstance(stmt, ast.Assign) and _is_translate(stmt.value):
                scope.aliases.update(t.id for t in stmt.targets if isinstance(t, ast.Name))
        for stmt in body:
            if isinstance(stmt, ast.FunctionDef):
                context = _wrapper_context(stmt)
                if context is not None:
                    scope.wrappers[stmt.name] = context
                    self.wrapper_bodies.add(id(stmt))
        self.scopes.append(scope)

    def visit_Module(self, node: ast.Module) -> None:
        self._enter(node.body, None)
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        if id(node) in self.wrapper_bodies:
            return
        self._enter(node.body, node)
        self.generic_visit(node)
        self.scopes.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def _lookup_name(self, attr: str, name: str) -> str | bool | None:
        for scope in reversed(self.scopes):
            if attr == "aliases" and name in scope.aliases:
                return True
            if attr == "wrappers" and name in scope.wrappers:
                return scope.wrappers[name]
            if attr == "annotations" and name in scope.annotations:
                return scope.annotations[name]
        return None

    def _attribute_class(self, attr: str) -> str | None:
        """``self.owner`` -> the annotated class of what ``__init__`` stores in it."""
        if not self.classes:
            return None
        for node in ast.walk(self.classes[-1]):
            target = node.target if isinstance(node, ast.AnnAssign) else None
            if isinstance(target, ast.Attribute) and target.attr == attr:
                return _annotation_class(node.annotation)  # type: ignore[attr-defined]
            if isinstance(node, ast.FunctionDef):
                params = {a.arg: _annotation_class(a.annotation) for a in node.args.args}
                for stmt in ast.walk(node):
                    if (
                        isinstance(stmt, ast.Assign)
                        and isinstance(stmt.value, ast.Name)
                        and any(isinstance(t, ast.Attribute) and t.attr == attr for t in stmt.targets)
                        and params.get(stmt.value.id)
                    ):
                        return params[stmt.value.id]
        return None

    def _add(self, call: ast.Call, context: str | None, text_node: ast.expr | None, dis: ast.expr | None,
             n: ast.expr | None) -> None:
        where = f"{self.rel}:{call.lineno}"
        text = _const_str(text_node)
        if context is None:
            self.problems.append(f"{where}: cannot tell the translation context")
            return
        if text is None:
            self.problems.append(f"{where}: the text to translate is not a plain string literal")
            return
        disambiguation = _const_str(dis)
        explicit_none = isinstance(dis, ast.Constant) and dis.value is None
        if dis is not None and disambiguation is None and not explicit_none:
            self.problems.append(f"{where}: the disambiguation is not a plain string literal")
        self.lookups.append(Lookup(context, text, disambiguation or None, n is not None, where))

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            receiver = func.value
            context: str | None = None
            if isinstance(receiver, ast.Name) and receiver.id == "self":
                context = self.classes[-1].name if self.classes else None
            elif isinstance(receiver, ast.Name):  # owner.tr(...): the class of the annotated parameter
                found = self._lookup_name("annotations", receiver.id)
                context = found if isinstance(found, str) else None
            elif isinstance(receiver, ast.Attribute) and isinstance(receiver.value, ast.Name):
                context = self._attribute_class(receiver.attr)
            self._add(node, context, _arg(node, 0, "sourceText"), _arg(node, 1, "disambiguation"),
                      _arg(node, 2, "n"))
        elif _is_translate(func) or (isinstance(func, ast.Name) and self._lookup_name("aliases", func.id)):
            self._add(node, _const_str(_arg(node, 0, "context")), _arg(node, 1, "sourceText"),
                      _arg(node, 2, "disambiguation"), _arg(node, 3, "n"))
        elif isinstance(func, ast.Name):
            wrapper_context = self._lookup_name("wrappers", func.id)
            if isinstance(wrapper_context, str):
                self._add(node, wrapper_context, _arg(node, 0, "text"), None, None)
        self.generic_visit(node)


def runtime_lookups() -> tuple[list[Lookup], list[str]]:
    """Every translation lookup in the interface code, and what could not be read (should be empty)."""
    lookups: list[Lookup] = []
    problems: list[str] = []
    for path in source_files():
        reader = _Reader(path)
        reader.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        lookups += reader.lookups
        problems += reader.problems
    return lookups, problems


def hints_source(lookups: list[Lookup]) -> str:
    """A Python file of plain ``translate`` calls for ``lookups``, in a form lupdate reads."""
    lines = [
        "# Generated by tests/ui/test_translations.py for lupdate; not part of the program.",
        "from PySide6.QtCore import QCoreApplication",
        "",
    ]
    seen: set[tuple[str, str, str | None, bool]] = set()
    for item in lookups:
        key = (item.context, item.source, item.disambiguation, item.plural)
        if key in seen:
            continue
        seen.add(key)
        args = [repr(item.context), _py_string(item.source)]
        if item.disambiguation or item.plural:
            args.append(repr(item.disambiguation))
        if item.plural:
            args.append("1")
        lines.append(f"QCoreApplication.translate({', '.join(args)})  # {item.where}")
    return "\n".join(lines) + "\n"


def _py_string(text: str) -> str:
    """A double-quoted literal lupdate's simple Python reader understands."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def _lupdate(arguments: list[str]) -> None:
    tool = _tool("lupdate")
    if tool is None:
        raise FileNotFoundError("pyside6-lupdate not found")
    command = [str(tool), "-locations", "none", "-silent", *arguments]
    subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)


def unread_lookups() -> list[Lookup]:
    """The lookups a plain lupdate run over the code misses (inside f-strings, via helpers, aliases...)."""
    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / "probe_nb.ts"
        _lupdate([*map(str, source_files()), "-ts", str(probe)])
        found = {m.key for m in read_ts(probe)}
    return [item for item in runtime_lookups()[0] if item.key not in found]


def run_lupdate(ts_files: list[Path], *, no_obsolete: bool = True) -> None:
    """lupdate over the interface code and the hints, into ``ts_files`` (no source locations stored)."""
    with tempfile.TemporaryDirectory() as folder:
        hints = Path(folder) / HINTS_NAME
        hints.write_text(hints_source(unread_lookups()), encoding="utf-8")
        options = ["-no-obsolete"] if no_obsolete else []
        _lupdate([*options, *map(str, source_files()), str(hints), "-ts", *map(str, ts_files)])


def run_lrelease(ts: Path, qm: Path) -> subprocess.CompletedProcess[str]:
    tool = _tool("lrelease")
    if tool is None:
        raise FileNotFoundError("pyside6-lrelease not found")
    return subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)],
                          capture_output=True, text=True, check=True, cwd=ROOT)


# -- reading .ts files ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str | None
    plural: bool
    kind: str | None  # the translation's type attribute: unfinished, vanished, obsolete or None
    forms: tuple[str, ...]  # the translation, or its plural forms

    @property
    def key(self) -> tuple[str, str, str | None]:
        return (self.context, self.source, self.comment)


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: a message without <translation> in {name}"
            plural = message.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.iter("numerusform"))
                if plural
                else (translation.text or "",)
            )
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or None
            messages.append(Message(name, source, comment, plural, translation.get("type"), forms))
    return messages


# -- the tests ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module", params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_every_message_is_translated(language: str) -> None:
    path = ts_file(language)
    assert path.is_file(), f"{path} is missing"
    messages = read_ts(path)
    assert len(messages) > 100
    left = [f"{m.context}: {m.source!r} ({m.kind})" for m in messages if m.kind in ("vanished", "obsolete")]
    assert not left, f"{path.name} keeps {len(left)} strings the code no longer has: {left[:10]}"
    todo = [f"{m.context}: {m.source!r}" for m in messages if m.kind == "unfinished" or not all(m.forms)]
    assert not todo, f"{path.name} has {len(todo)} untranslated strings: {todo[:10]}"
    plural_forms = {len(m.forms) for m in messages if m.plural}
    assert plural_forms <= {2}, f"{path.name}: {language} has two plural forms, found {plural_forms}"


def test_code_reads_cleanly() -> None:
    lookups, problems = runtime_lookups()
    assert lookups
    assert not problems, "translation calls the checks cannot follow:\n" + "\n".join(problems)


def test_every_lookup_in_the_code_has_a_translation(language: str) -> None:
    """What the code asks Qt for at run time, including what lupdate cannot see, is in the .ts."""
    finished = {m.key for m in read_ts(ts_file(language)) if m.kind is None and all(m.forms)}
    missing = []
    for item in runtime_lookups()[0]:
        keys = {(item.context, item.source, item.disambiguation), (item.context, item.source, None)}
        if not keys & finished:
            missing.append(f"{item.where}: {item.context}: {item.source!r}")
    assert not missing, f"{len(missing)} lookups without a {language} translation:\n" + "\n".join(
        missing[:20]
    )


def test_lupdate_finds_nothing_new(tmp_path: Path) -> None:
    """lupdate over the current code adds no untranslated message to (copies of) the .ts files."""
    if _tool("lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed, so the code cannot be scanned with it")
    copies = []
    for language in LANGUAGES:
        copy = tmp_path / ts_file(language).name
        shutil.copyfile(ts_file(language), copy)
        copies.append(copy)
    run_lupdate(copies, no_obsolete=False)
    for copy in copies:
        new = [
            f"{m.context}: {m.source!r}" for m in read_ts(copy) if m.kind == "unfinished" or not all(m.forms)
        ]
        assert not new, (
            f"{copy.name}: {len(new)} strings in the code are not translated yet (see "
            f"resources/translations/README.md):\n" + "\n".join(new[:20])
        )


_NUMBERED = re.compile(r"%(\d+|n)")
_BRACES = re.compile(r"\{[^{}]*\}")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")
_ENTITY = re.compile(r"&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")


def _tags(text: str) -> list[str]:
    return sorted(tag.lower() for tag in _TAG.findall(text))


def mnemonics(text: str) -> int:
    """How many ``&`` mark a shortcut letter (not ``&&``, not an HTML entity such as ``&nbsp;``)."""
    text = _ENTITY.sub("", text).replace("&&", "")
    return len(re.findall(r"&(?=\S)", text))


def test_placeholders_survive(language: str) -> None:
    problems = []
    for m in read_ts(ts_file(language)):
        for form in m.forms:
            if not form:
                continue
            label = f"{m.context}: {m.source!r} -> {form!r}"
            if sorted(set(_NUMBERED.findall(m.source))) != sorted(set(_NUMBERED.findall(form))):
                problems.append(f"placeholders differ: {label}")
            if sorted(_BRACES.findall(m.source)) != sorted(_BRACES.findall(form)):
                problems.append(f"{{...}} fields differ: {label}")
            if mnemonics(m.source) != mnemonics(form):
                problems.append(f"shortcut & differs: {label}")
            if _tags(m.source) != _tags(form):
                problems.append(f"HTML tags differ: {label}")
            if (m.source[: len(m.source) - len(m.source.lstrip())], m.source[len(m.source.rstrip()):]) != (
                form[: len(form) - len(form.lstrip())], form[len(form.rstrip()):]
            ):
                problems.append(f"leading or trailing spaces differ: {label}")
            if m.source.count("\n") != form.count("\n"):
                problems.append(f"line breaks differ: {label}")
            if m.source.endswith("…") != form.endswith("…"):
                problems.append(f"trailing … differs (it means: opens a dialog): {label}")
    assert not problems, "\n".join(problems)


def _shortcut_letter(text: str) -> str | None:
    found = re.search(r"&(\w)", _ENTITY.sub("", text).replace("&&", ""))
    return found.group(1).lower() if found else None


def test_mnemonics_do_not_clash_within_a_context(language: str) -> None:
    """Shortcut letters the English keeps apart stay apart in the translation.

    Only letters that the English uses once in a context are compared: a letter the English uses for
    several strings of one widget shows that those strings live on different pages or tabs, where a
    shared letter does no harm.
    """
    messages = [m for m in read_ts(ts_file(language)) if not m.plural and mnemonics(m.source) == 1]
    by_context: dict[str, list[Message]] = {}
    for m in messages:
        by_context.setdefault(m.context, []).append(m)
    clashes = []
    for context, items in by_context.items():
        english = [_shortcut_letter(m.source) for m in items]
        unique = [m for m, letter in zip(items, english, strict=True) if english.count(letter) == 1]
        for i, a in enumerate(unique):
            for b in unique[i + 1:]:
                la, lb = _shortcut_letter(a.forms[0]), _shortcut_letter(b.forms[0])
                if la is not None and la == lb:
                    clashes.append(f"{context}: {a.source!r} ({a.forms[0]!r}), {b.source!r} ({b.forms[0]!r})")
    assert not clashes, "\n".join(clashes)


@pytest.fixture
def translator_app(qapp):  # type: ignore[no-untyped-def]
    """The test QApplication, back in English afterwards whatever the test did."""
    from rpl_desktop.ui.i18n import install_translations

    previous = os.environ.pop("RPL_DESKTOP_LANG", None)
    try:
        yield qapp
    finally:
        install_translations(qapp, "en")
        if previous is not None:
            os.environ["RPL_DESKTOP_LANG"] = previous


def test_compiled_files_load(language: str, translator_app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTranslator

    path = qm_file(language)
    assert path.is_file(), f"{path} is missing: run lrelease (resources/translations/README.md)"
    translator = QTranslator()
    assert translator.load(str(path)), f"{path.name} does not load"
    assert not translator.isEmpty()
    assert translator.language().split("_")[0] == language
    expected = {"nb": "Kandidater", "nn": "Kandidatar", "sv": "Kandidater"}[language]
    assert translator.translate("MainWindow", "Candidates") == expected


def test_compiled_files_match_the_sources(language: str, translator_app) -> None:  # type: ignore[no-untyped-def]
    """The committed .qm says what the committed .ts says (nobody forgot to run lrelease).

    Compared message by message through QTranslator, not byte by byte, so that another Qt version's
    lrelease does not make the test fail.
    """
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm_file(language)))
    stale = []
    for m in read_ts(ts_file(language)):
        numbers = (1, 2) if m.plural else (-1,)
        for n, expected in zip(numbers, m.forms, strict=True):
            got = translator.translate(m.context, m.source, m.comment, n)
            if got != expected:
                stale.append(f"{m.context}: {m.source!r}: .qm has {got!r}, .ts has {expected!r}")
    assert not stale, (
        f"{qm_file(language).name} is out of date: run lrelease (resources/translations/README.md)\n"
        + "\n".join(stale[:10])
    )


NAVIGATION = {
    "nb": ["Saker", "Kandidater", "Katalog", "Innstillinger"],
    "nn": ["Saker", "Kandidatar", "Katalog", "Innstillingar"],
    "sv": ["Ärenden", "Kandidater", "Katalog", "Inställningar"],
}
FILE_MENU = {"nb": "&Fil", "nn": "&Fil", "sv": "&Arkiv"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_main_window_speaks_the_language(lang: str, qtbot, db, paths, translator_app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QListWidget

    from rpl_desktop.ui.i18n import install_translations
    from rpl_desktop.ui.main_window import MainWindow

    assert install_translations(translator_app, lang) == lang
    window = MainWindow(db, paths, editor_factory=_StandInEditor)
    qtbot.addWidget(window)
    nav = window.findChild(QListWidget)
    assert nav is not None
    items = [nav.item(i).text() for i in range(nav.count())]
    assert items == NAVIGATION[lang]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == FILE_MENU[lang]


def test_english_is_back_afterwards(qtbot, db, paths, translator_app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QListWidget

    from rpl_desktop.ui.i18n import install_translations
    from rpl_desktop.ui.main_window import MainWindow

    install_translations(translator_app, "nn")
    install_translations(translator_app, "en")
    window = MainWindow(db, paths, editor_factory=_StandInEditor)
    qtbot.addWidget(window)
    nav = window.findChild(QListWidget)
    assert nav is not None and nav.item(1).text() == "Candidates"


def _StandInEditor(db, paths, parent=None):  # type: ignore[no-untyped-def]  # noqa: N802
    """The main window needs an editor; these tests only look at the window's own words."""
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QWidget

    class StandIn(QWidget):
        candidateSaved = Signal(int)
        candidateDeleted = Signal(int)

        def open_candidate(self, candidate_id: int | None) -> None:
            pass

        def has_unsaved_changes(self) -> bool:
            return False

        def save(self) -> bool:
            return True

    return StandIn(parent)


# -- as a script: the update commands in resources/translations/README.md -------------------------------


def _main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "hints":
        sys.stdout.write(hints_source(unread_lookups()))
        return 0
    if command == "update":
        lookups, problems = runtime_lookups()
        for problem in problems:
            print(f"warning: {problem}", file=sys.stderr)
        run_lupdate([ts_file(lang) for lang in LANGUAGES])
        for lang in LANGUAGES:
            messages = read_ts(ts_file(lang))
            todo = sum(1 for m in messages if m.kind == "unfinished")
            print(f"{ts_file(lang).name}: {len(messages)} messages, {todo} to translate")
        return 0
    if command == "release":
        for lang in LANGUAGES:
            run_lrelease(ts_file(lang), qm_file(lang))
            print(f"{qm_file(lang).name} written")
        return 0
    print("usage: python tests/ui/test_translations.py hints|update|release", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
