"""View > Language: the desktop's language, English or German; the window is made anew in it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication

from ..model.translation import desktop_language_set, language, set_language, translate

SETTING = "view/language"
CHOICES = (("", "The Desktop's Language"), ("en", "English"), ("de", "Deutsch"))
_qt_translators: list[QTranslator] = []
_windows: list = []  # windows made anew in another language, kept alive until they close


def chosen_language(settings) -> str:
    """The remembered choice: '' for the desktop's language, 'en' or 'de'."""
    value = str(settings.value(SETTING, "") or "")
    return value if value in ("en", "de") else ""


def speak(code: str | None) -> str:
    """Use `code` ('en', 'de', or None for the desktop's) in the program's own texts and in Qt's
    (its standard buttons and dialogs), and the language's way of writing numbers in Qt's fields."""
    if code is None and not desktop_language_set() and QCoreApplication.instance() is not None:
        code = QLocale.system().name()  # Windows and macOS say it through the system, not the environment
    chosen = set_language(code)
    app = QCoreApplication.instance()
    if app is not None:
        for old in _qt_translators:
            app.removeTranslator(old)
        _qt_translators.clear()
        if chosen != "en":
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            translator = QTranslator(app)
            if translator.load(f"qtbase_{chosen}", folder):
                app.installTranslator(translator)
                _qt_translators.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.German if chosen == "de" else QLocale.Language.English,
                               QLocale.Country.Germany if chosen == "de" else QLocale.Country.UnitedKingdom))
    return chosen


def add_language_menu(window, menu) -> dict[str, QAction]:
    """The Language submenu of `menu`; choosing makes the window anew in that language."""
    languages = menu.addMenu(translate("MainWindow", "&Language"))
    group = QActionGroup(window)
    actions = {}
    current = chosen_language(window.settings)
    titles = {"": translate("MainWindow", "The Desktop's Language"), "en": "English", "de": "Deutsch"}
    for code, _ in CHOICES:
        action = QAction(titles[code], window, checkable=True)
        action.setChecked(code == current)
        action.triggered.connect(lambda _=False, c=code: choose_language(window, c))
        group.addAction(action)
        languages.addAction(action)
        actions[code] = action
    return actions


def choose_language(window, code: str) -> None:
    """Remember `code`, and replace `window` by a new one in that language showing the same file."""
    window.settings.setValue(SETTING, code)
    before = language()
    if speak(code or None) == before:
        return
    window.settings.setValue("window/geometry", window.saveGeometry())
    window.settings.setValue("window/state", window.saveState())
    successor = type(window)()
    successor.show()
    if window.path:
        successor.open_path(window.path)
    _windows.append(successor)
    window.close()
    successor.commands.message.emit(translate("MainWindow", "Lagebild speaks {language} from now on.").format(
        language=dict(CHOICES)[language()]))
    QApplication.processEvents()
