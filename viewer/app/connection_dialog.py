"""File > Open Connection...: a table in a warehouse or a distributed engine, opened in a store window.

The address and table are remembered; a password never is, in the settings. Given
in its own field, it goes to the system's keyring when one is there and the user
asks for it, and is looked up there the next time; without a keyring it is asked
for each time.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
)

from ..ui.plain_text import plain_label, show_message
from .settings import open_settings

KEYRING_SERVICE = "lagebild"
MAX_CONNECTIONS = 10


def keyring_module():
    """The keyring package where it has a working backend, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    return None if isinstance(keyring.get_keyring(), fail.Keyring) else keyring


def remembered_connections(settings) -> list[str]:
    value = settings.value("store_connections", [])
    return [str(v) for v in ([value] if isinstance(value, str) else value or [])]


def remember_connection(settings, url: str, table: str) -> None:
    """Remember ``url`` (its password already taken out) and ``table``."""
    entry = f"{table} @ {url}"
    kept = [entry] + [e for e in remembered_connections(settings) if e != entry]
    settings.setValue("store_connections", kept[:MAX_CONNECTIONS])


class ConnectionDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Open Connection")
        self.settings = open_settings()
        layout = QFormLayout(self)
        self.url = QComboBox(self)
        self.url.setEditable(True)
        for entry in remembered_connections(self.settings):
            table, _at, url = entry.partition(" @ ")
            self.url.addItem(url, table)
        self.url.setCurrentText(self.url.itemText(0) if self.url.count() else "pyspark://")
        self.url.currentIndexChanged.connect(lambda i: self.table.setText(self.url.itemData(i) or "events"))
        self.table = QLineEdit(self.url.itemData(0) if self.url.count() else "events", self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keyring = keyring_module()
        self.remember = QCheckBox("Keep the password in the system keyring", self)
        self.remember.setEnabled(self.keyring is not None)
        layout.addRow("&Address (an Ibis URL: pyspark://, duckdb://, trino://, bigquery://, postgres://):", self.url)
        layout.addRow("&Table:", self.table)
        layout.addRow("&Password:", self.password)
        layout.addRow(self.remember)
        if self.keyring is None:
            layout.addRow(plain_label("No system keyring here: a password is asked for each time.", self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def address(self) -> tuple[str, str]:
        """The URL to connect with (its password put in) and the table."""
        from ..store.warehouse import with_password, without_password

        url = without_password(self.url.currentText().strip())
        password = self.password.text()
        if not password and self.keyring is not None:
            password = self.keyring.get_password(KEYRING_SERVICE, url) or ""
        elif password and self.remember.isChecked() and self.keyring is not None:
            self.keyring.set_password(KEYRING_SERVICE, url, password)
        remember_connection(self.settings, url, self.table.text().strip() or "events")
        return with_password(url, password), self.table.text().strip() or "events"


def open_connection(parent=None):
    """Ask for a connection and open its table in a store window (None when cancelled or refused)."""
    try:
        from ..store import warehouse  # noqa: F401 - present only with the store libraries
    except ImportError:
        show_message(parent, QMessageBox.Icon.Warning, "Cannot open a connection",
                     "Opening a warehouse table needs Ibis and DuckDB: pip install 'lagebild[warehouse]'")
        return None
    dialog = ConnectionDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    url, table = dialog.address()
    return open_table_window(url, table, parent)


def open_table_window(url: str, table: str, parent=None):
    from ..store.duck import StoreError
    from ..store.warehouse import open_url
    from .store_window import StoreWindow

    try:
        source = open_url(url, table)
    except StoreError as exc:
        show_message(parent, QMessageBox.Icon.Warning, "Cannot open the table", str(exc))
        return None
    window = StoreWindow(source)
    window.show()
    window.timeline.refresh()
    return window
