"""German beside English: every marked text has its German, the catalogue keeps up with the code,
the compiled catalogue matches it, and the window in German shows no English of its own."""

from __future__ import annotations

import html
import json
import re
import shutil
import sys
import xml.etree.ElementTree as ET  # the project's own catalogue
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from viewer.model import translation
from viewer.model.translation import QT_TRANSLATE_NOOP, number, read_qm, set_language, tr, translate
from viewer.model.wording import counted

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "lagebild_de.ts"
QM = ROOT / "resources" / "translations" / "lagebild_de.qm"
sys.path.insert(0, str(ROOT / "tools"))
import translations as tools  # noqa: E402 - the script that updates the catalogue


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            found[context.findtext("name"), message.findtext("source")] = message.find("translation")
    return found


@pytest.fixture
def german():
    set_language("de")
    yield
    set_language("en")


def test_every_marked_text_has_its_german():
    missing = [f"{context}: {source!r}" for (context, source), t in messages(TS).items()
               if not (t.text or "").strip() or t.get("type") in ("unfinished", "vanished", "obsolete")]
    assert not missing, "texts without German (python tools/translations.py update, then translate):\n" + \
        "\n".join(missing)


def test_german_keeps_every_placeholder():
    for (context, source), t in messages(TS).items():
        assert sorted(re.findall(r"\{\w*\}", source)) == sorted(re.findall(r"\{\w*\}", t.text or "")), \
            f"{context}: {source!r} -> {t.text!r}"


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None and
                    not Path(sys.executable).with_name("pyside6-lupdate").exists(), reason="no pyside6-lupdate")
def test_catalogue_holds_every_text_the_code_marks(tmp_path):
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    tools.update(fresh)
    before, after = set(messages(TS)), set(messages(fresh))
    assert not after - before, f"marked in the code, not in {TS.name}: {sorted(after - before)}"
    assert not before - after, f"in {TS.name}, no longer in the code: {sorted(before - after)}"


def test_no_german_text_reads_as_markup():
    """Translations reach tooltips and labels as literals do: none may look like rich text to Qt."""
    from PySide6.QtGui import Qt as QtGui_Qt

    for (context, source), t in messages(TS).items():
        assert not QtGui_Qt.mightBeRichText(t.text or ""), f"{context}: {source!r} -> {t.text!r}"
        assert "<" not in (t.text or "") and "&#" not in (t.text or ""), f"{context}: {t.text!r}"


def test_compiled_catalogue_is_the_catalogue():
    compiled = read_qm(QM.read_bytes())
    written = {(context, source, ""): t.text for (context, source), t in messages(TS).items()}
    assert compiled == written, f"{QM.name} is behind {TS.name}: python tools/translations.py release"


def test_reading_a_compiled_catalogue(tmp_path):
    ts = tmp_path / "x_de.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
                  "<context><name>A</name><message><source>Open {name}</source>"
                  "<translation>{name} öffnen</translation></message>"
                  "<message><source>Quit</source><translation type=\"unfinished\"></translation></message>"
                  "</context></TS>", encoding="utf-8")
    qm = tmp_path / "x_de.qm"
    tools.release(ts, qm)
    assert read_qm(qm.read_bytes()) == {("A", "Open {name}", ""): "{name} öffnen"}
    with pytest.raises(ValueError):
        read_qm(b"not a catalogue")


def test_words_numbers_and_counts_follow_the_language(german):
    assert translate("MainWindow", "&File") == "&Datei"
    assert tr(QT_TRANSLATE_NOOP("Lanes", "No segment")) == "Kein Segment"
    assert tr("Sky") == "Sky"  # a file's own words stay as written
    assert number(1234567.5, 1) == "1.234.567,5"
    assert counted(1, "event") == "1 Ereignis" and counted(2000, "event") == "2.000 Ereignisse"
    set_language("en")
    assert translate("MainWindow", "&File") == "&File"
    assert number(1234567.5, 1) == "1,234,567.5"
    assert counted(2000, "event") == "2,000 events"


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANG": "de_DE.UTF-8"}, "de"), ({"LANGUAGE": "de_AT:en", "LANG": "en_GB.UTF-8"}, "de"),
    ({"LC_ALL": "en_US.UTF-8", "LANG": "de_DE.UTF-8"}, "en"), ({"LC_MESSAGES": "de_CH"}, "de"),
    ({"LANG": "C.UTF-8"}, "en"), ({"LANG": "fr_FR.UTF-8"}, "en"),
])
def test_the_desktop_language_is_read_as_posix_programs_read_it(environ, expected):
    assert translation.desktop_language(environ) == expected


# -- the window in German ------------------------------------------------------------------------------

def german_templates() -> list[re.Pattern]:
    """Each German text of the catalogue as a pattern, its placeholders matching anything."""
    patterns = []
    for t in messages(TS).values():
        text = (t.text or "").replace("&", "")
        if not re.search(r"[A-Za-zÄÖÜäöüß]{2,}", re.sub(r"\{\w*\}", "", text)):
            continue  # nothing but placeholders would match any text at all
        parts = re.split(r"(\{\w*\})", text)
        patterns.append(re.compile("".join("(.+?)" if re.fullmatch(r"\{\w*\}", p) else re.escape(p) for p in parts)))
    return patterns


def file_words(path: Path) -> list[str]:
    """Every text an event file holds, longest first: what the window shows of the file is not its own."""
    found: set[str] = {path.name}

    def walk(value):
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(json.loads(path.read_text(encoding="utf-8")))
    words = {" ".join(w.split()) for w in found if len(w) > 1}
    return sorted(words, key=len, reverse=True)


def english_in(text: str, templates: list[re.Pattern], words: list[str]) -> str | None:
    """What of `text` is neither German of the catalogue nor the file's own words; None if nothing."""
    if text.startswith("<qt>"):  # a tooltip: its markup is the plain-text path's own
        text = html.unescape(re.sub(r"<br>", "\n", re.sub(r"</?qt>", "", text)))
    left = _english_in(" ".join(text.replace("&", "").split()), templates, words)
    lines = text.split("\n")
    if left and len(lines) > 1:  # lines of texts of their own, each German or the file's
        left = " / ".join(filter(None, (english_in(line, templates, words) for line in lines))) or None
    return left


def _english_in(text: str, templates: list[re.Pattern], words: list[str]) -> str | None:
    if text.endswith("\u2026"):  # cut short: the beginning of one of the file's texts, or of a German one
        text = text[:-1].rsplit(" ", 1)[0]
        if any(word.startswith(text) for word in words):
            return None
    if not text or any(p.fullmatch(text) for p in templates):
        return None
    rest = text
    for word in words:
        rest = re.sub(rf"(?<![\w]){re.escape(word)}(?![\w])", " ", rest)
    for p in templates:
        rest = p.sub(" ", rest)
    # Names of the program, of keys and of languages in their own words, codes and units (all capitals)
    # read the same in both languages.
    left = [w for w in re.findall(r"[A-Za-zÄÖÜäöüß]{2,}", rest)
            if not w.isupper() and w not in ("Lagebild", "Ctrl", "Shift", "Alt", "Esc", "Tab", "English", "Deutsch")]
    return " ".join(left) or None


def window_texts(window) -> list[tuple[str, str]]:
    """(where, text) for the window's own words: menus and their tips, pane titles, tabs, status bar."""
    from PySide6.QtWidgets import QAbstractButton, QDockWidget, QLabel, QMenu, QTabBar

    found = []

    def menu_texts(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            found.append((f"{where} > {action.text()}", action.text()))
            if action.statusTip():
                found.append((f"{where} > {action.text()} (status tip)", action.statusTip()))
            if action.menu() is not None:
                menu_texts(action.menu(), f"{where} > {action.text()}")

    for action in window.menuBar().actions():
        found.append((f"menu {action.text()}", action.text()))
        menu_texts(action.menu(), action.text())
    for action in window.actions():
        found.append((f"window action {action.text()}", action.text()))
        if action.statusTip():
            found.append((f"window action {action.text()} (status tip)", action.statusTip()))
    for dock in window.findChildren(QDockWidget):
        found.append((f"pane title {dock.objectName()}", dock.windowTitle()))
    for bar in window.findChildren(QTabBar):
        found.extend((f"tab {i}", bar.tabText(i)) for i in range(bar.count()))
    for widget in [*window.statusBar().findChildren(QLabel), *window.statusBar().findChildren(QAbstractButton)]:
        found.append((f"status bar {type(widget).__name__}", widget.text()))
        if widget.toolTip():
            found.append((f"status bar {type(widget).__name__} (tooltip)", widget.toolTip()))
    found.append(("status message", window.statusBar().currentMessage()))
    for dock in window.findChildren(QDockWidget):
        found.extend(pane_texts(dock.widget(), dock.objectName()))
    found.extend(pane_texts(window.timeline, "timeline"))
    return [(where, text) for where, text in found if text]


def pane_texts(pane, name: str) -> list[tuple[str, str]]:
    """The controls' own words in a pane: labels, buttons, fields' hints, headings, tips and names."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTableView, QTreeWidget, QWidget

    found = []
    for widget in [pane, *pane.findChildren(QWidget)]:
        where = f"{name} {type(widget).__name__} {widget.objectName()}".rstrip()
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((where, widget.text()))
        if isinstance(widget, QLineEdit):
            found.append((f"{where} (placeholder)", widget.placeholderText()))
        if isinstance(widget, QTreeWidget):
            for i in range(widget.topLevelItemCount()):
                found.append((f"{where} heading", widget.topLevelItem(i).text(0)))
                item = widget.topLevelItem(i)
                found.extend((f"{where} item", item.child(k).text(0)) for k in range(item.childCount()))
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            found.extend((f"{where} column", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                         for c in range(model.columnCount()))
        found.append((f"{where} (tooltip)", widget.toolTip()))
        found.append((f"{where} (accessible name)", widget.accessibleName()))
    return found


def test_the_window_in_german_shows_no_english_of_its_own(qtbot, german):
    from viewer.app.main_window import MainWindow
    from viewer.resources_path import sample_path

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_path(str(sample_path()))
    window.wait_for_load()
    templates, words = german_templates(), file_words(sample_path())
    texts = window_texts(window)
    assert len(texts) > 200
    english = [f"{where}: {text!r} ({left})" for where, text in texts
               if (left := english_in(text, templates, words))]
    assert not english, "English left in the German window:\n" + "\n".join(english)
    assert window.menuBar().actions()[0].text() == "&Datei"
    assert "18 von 18 Ereignisse gezeigt" in window.count_label.text()


def test_the_check_finds_english(german):
    templates, words = german_templates(), ["Sky"]
    assert english_in("Sky (2)", templates, words) is None
    assert english_in("Kein Segment", templates, words) is None
    assert english_in("Datei", templates, words) is None
    assert english_in("Sky: 3 events", templates, words) == "events"
    assert english_in("Open Recent", templates, words) == "Open Recent"


def test_view_language_makes_the_window_anew_in_german(qtbot):
    from PySide6.QtWidgets import QApplication

    from viewer.app import language_menu
    from viewer.app.main_window import MainWindow
    from viewer.resources_path import sample_path

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_path(str(sample_path()))
    window.wait_for_load()
    assert window.menuBar().actions()[0].text() == "&File"
    window.language_actions["de"].trigger()
    successor = language_menu._windows[-1]
    qtbot.addWidget(successor)
    successor.wait_for_load()
    assert not window.isVisible() and successor.isVisible()
    assert successor.menuBar().actions()[0].text() == "&Datei"
    assert successor.state.document is not None and successor.path == window.path
    assert successor.language_actions["de"].isChecked()
    assert language_menu.chosen_language(successor.settings) == "de"
    # Qt's own dialogs speak German too.
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    successor.language_actions["en"].trigger()
    back = language_menu._windows[-1]
    qtbot.addWidget(back)
    assert back.menuBar().actions()[0].text() == "&File"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


# -- pictures and messages of the commands ---------------------------------------------------------------

def run_lagebild(*args: str, env: dict | None = None):
    import os
    import subprocess

    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-m", "viewer", *args], capture_output=True, text=True,
                          env=environment, cwd=ROOT, timeout=300)


def test_export_lang_de_writes_a_german_page_and_annex(tmp_path):
    from pypdf import PdfReader

    from viewer.resources_path import sample_path

    page = tmp_path / "seite.pdf"
    done = run_lagebild("export", str(sample_path()), "--view", "page", "--size", "a4", "--out", str(page),
                        "--lang", "de")
    assert done.returncode == 0, done.stderr
    text = " ".join((p.extract_text() or "") for p in PdfReader(page).pages)
    text = " ".join(text.split())
    for german in ("Bahnen: Segmente", "Kein Segment", "Wie Daten gezeichnet werden", "Quellen:", "Erstellt",
                   "Zitate, stärkste zuerst", "Analystennotizen – Bewertung, keine Meldung", "Ereignisse"):
        assert german in text, german
    for english in ("Lanes:", "No segment", "How dates are drawn", "Sources:", "Generated", "Analyst notes"):
        assert english not in text, english
    annex = tmp_path / "anhang.html"
    done = run_lagebild("export", str(sample_path()), "--view", "annex", "--out", str(annex), "--lang", "de")
    assert done.returncode == 0, done.stderr
    written = annex.read_text(encoding="utf-8")
    assert '<html lang="de">' in written and "<h1>Quellenanhang</h1>" in written
    assert "Beleg 1 von" in written and "Zuverlässigkeit der Quelle" in written
    assert "geschrieben: 27 Zitate, die 18 Ereignisse belegen" in done.stderr


def test_commands_follow_the_desktop_language_unless_told(tmp_path):
    from viewer.resources_path import sample_path

    german = run_lagebild("validate", str(sample_path()), env={"LANGUAGE": "", "LC_ALL": "", "LANG": "de_DE.UTF-8"})
    assert german.stderr.strip().endswith("0 Fehler, 0 Warnungen, 18 Ereignisse"), german.stderr
    english = run_lagebild("validate", str(sample_path()), "--lang", "en", env={"LANG": "de_DE.UTF-8"})
    assert english.stderr.strip().endswith("0 errors, 0 warnings, 18 events"), english.stderr


def test_dates_read_in_german(german):
    from viewer.model.zone_display import date_display

    assert date_display("2025-04-26") == "26. Apr. 2025"
    assert date_display("2025-03~") == "März 2025 (ca.)"
    assert date_display("2025-05-01/..") == "seit 1. Mai 2025 (offenes Ende)"
    assert date_display("2025-21") == "Frühling 2025"
