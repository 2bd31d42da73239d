"""File → Connect to a server…: where the shared PostgreSQL database is, who you are, and your
password (asked each time, never stored)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.servers import DEFAULT_PORT, SSL_MODES, ServerAddress


class ServerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, address: ServerAddress | None = None, message: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a server"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Work on assessments shared on a PostgreSQL server. Your password is asked each "
                               "time and is never saved. Ask the server's administrator for these details."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.message = QLabel(message, self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000")
        self.message.setVisible(bool(message))
        layout.addWidget(self.message)
        form = QFormLayout()
        self.host = QLineEdit(self)
        self.host.setPlaceholderText("db.example.org")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit("opsc", self)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode = QComboBox(self)
        for mode, text in self._ssl_labels().items():
            self.sslmode.addItem(text, mode)
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("&Encryption:"), self.sslmode)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Connect"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if address is not None:
            self.set_address(address)
        for field in (self.host, self.database, self.user, self.password):
            field.textChanged.connect(self._check)
        self._check()
        (self.password if address is not None and address.user else self.host).setFocus()

    def _ssl_labels(self) -> dict[str, str]:
        return {
            "require": self.tr("Encrypted (TLS)"),
            "verify-full": self.tr("Encrypted, server certificate and name checked"),
            "verify-ca": self.tr("Encrypted, server certificate checked"),
            "prefer": self.tr("Encrypted if the server offers it"),
            "disable": self.tr("Not encrypted (trusted network only)"),
        }

    def set_address(self, a: ServerAddress) -> None:
        self.host.setText(a.host)
        self.port.setValue(a.port)
        self.database.setText(a.database)
        self.user.setText(a.user)
        i = self.sslmode.findData(a.sslmode if a.sslmode in SSL_MODES else "require")
        self.sslmode.setCurrentIndex(max(i, 0))

    def address(self) -> ServerAddress:
        return ServerAddress(self.host.text().strip(), self.database.text().strip(), self.user.text().strip(),
                             self.port.value(), str(self.sslmode.currentData()))

    def secret(self) -> str:
        return self.password.text()

    def _check(self) -> None:
        ready = all(f.text().strip() for f in (self.host, self.database, self.user))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def _accept(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            self.accept()
