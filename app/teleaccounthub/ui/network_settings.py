"""Settings → Network: the system's proxy, no proxy, or a manual HTTP or SOCKS5 proxy, and a
"Test connection" that fetches the categories through what is on screen.

What the fields say is judged on every change (``judged``): a manual proxy with an empty,
malformed or out-of-range field says why, and ``valid_changed`` lets the dialog disable OK.
``apply`` hands a changed choice to the session, which saves it (the password in the keyring)
and gives every new request a client that uses it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from teleaccounthub.api import ApiError
from teleaccounthub.api.proxy import (
    MAX_CREDENTIAL_BYTES,
    MAX_HOST_LENGTH,
    ProxyConfig,
    ProxyMode,
    ProxyScheme,
    address_of,
    loopback_proxied,
    manual_proxy,
    proxy_for,
)
from teleaccounthub.api.urls import is_loopback_host
from teleaccounthub.services.session import Session

TEST_TASK = "test-proxy"
APPLY_TASK = "apply-proxy"

_SCHEMES = ((ProxyScheme.HTTP, "HTTP"), (ProxyScheme.SOCKS5, "SOCKS5"))


class NetworkSection(QGroupBox):
    """The Network group of the settings dialog. ``valid_changed(bool)``: whether what is on
    screen can be applied."""

    valid_changed = Signal(bool)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__("Network", parent)
        self._session = session
        self.setObjectName("networkSection")
        self.setAccessibleName("Network")

        self.system_radio = QRadioButton("Use the system's proxy settings")
        self.system_radio.setObjectName("systemProxyRadio")
        self.none_radio = QRadioButton("No proxy: connect directly")
        self.none_radio.setObjectName("noProxyRadio")
        self.manual_radio = QRadioButton("Use this proxy:")
        self.manual_radio.setObjectName("manualProxyRadio")
        self._modes = QButtonGroup(self)
        for radio, mode in (
            (self.system_radio, ProxyMode.SYSTEM),
            (self.none_radio, ProxyMode.NONE),
            (self.manual_radio, ProxyMode.MANUAL),
        ):
            radio.setAccessibleName(radio.text().rstrip(":"))
            self._modes.addButton(radio, list(ProxyMode).index(mode))
        self.system_note = QLabel()
        self.system_note.setObjectName("systemProxyNote")
        self.system_note.setAccessibleName("The system's proxy")
        self.system_note.setProperty("role", "muted")
        self.system_note.setWordWrap(True)

        self.scheme_combo = QComboBox()
        self.scheme_combo.setObjectName("proxySchemeCombo")
        self.scheme_combo.setAccessibleName("Kind of proxy")
        self.scheme_combo.view().setAccessibleName("Kinds of proxy")
        for scheme, text in _SCHEMES:
            self.scheme_combo.addItem(text, scheme.value)
        self.host_edit = _edit("proxyHostEdit", "Proxy address", "proxy.example.com")
        self.host_edit.setMaxLength(MAX_HOST_LENGTH + 2)
        self.port_edit = _edit("proxyPortEdit", "Proxy port", "8080")
        self.port_edit.setMaxLength(5)
        self.port_edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.port_edit.setFixedWidth(self.fontMetrics().horizontalAdvance("655350") + 24)
        self.user_edit = _edit("proxyUserEdit", "Proxy user name", "optional")
        self.user_edit.setMaxLength(MAX_CREDENTIAL_BYTES)
        self.password_edit = _edit("proxyPasswordEdit", "Proxy password", "optional")
        self.password_edit.setMaxLength(MAX_CREDENTIAL_BYTES)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        address_row = QHBoxLayout()
        address_row.addWidget(self.scheme_combo)
        address_row.addWidget(self.host_edit, 1)
        address_row.addWidget(QLabel("Port:"))
        address_row.addWidget(self.port_edit)
        manual = QFormLayout()
        manual.setContentsMargins(24, 0, 0, 0)
        manual.addRow("Address:", address_row)
        manual.addRow("User name:", self.user_edit)
        manual.addRow("Password:", self.password_edit)
        self._manual_fields = QWidget()
        self._manual_fields.setLayout(manual)

        self.problem_label = QLabel()
        self.problem_label.setObjectName("proxyProblemLabel")
        self.problem_label.setAccessibleName("What is wrong with the proxy")
        self.problem_label.setProperty("role", "warning")
        self.problem_label.setWordWrap(True)
        self.test_button = QPushButton("Test connection")
        self.test_button.setObjectName("testProxyButton")
        self.test_button.setAccessibleName("Test the connection to the store")
        self.test_button.clicked.connect(self.test)
        self.result_label = QLabel()
        self.result_label.setObjectName("proxyTestResult")
        self.result_label.setAccessibleName("Connection test result")
        self.result_label.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result_label, 1)

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(self.system_radio)
        layout.addWidget(self.system_note)
        layout.addWidget(self.none_radio)
        layout.addWidget(self.manual_radio)
        layout.addWidget(self._manual_fields)
        layout.addWidget(self.problem_label)
        layout.addLayout(test_row)

        self._modes.idToggled.connect(self._changed)
        self.scheme_combo.currentIndexChanged.connect(self._changed)
        for edit in (self.host_edit, self.port_edit, self.user_edit, self.password_edit):
            edit.textChanged.connect(self._changed)
        self._valid = True

    # -- what is on screen ----------------------------------------------------------------------

    def load(self) -> None:
        """Show the proxy in use (again)."""
        config = self._session.proxy_store.config()
        self._session.tasks.cancel(TEST_TASK)
        self.result_label.clear()
        self.scheme_combo.setCurrentIndex(max(0, self.scheme_combo.findData(config.scheme.value)))
        manual = config.mode is ProxyMode.MANUAL
        self.host_edit.setText(config.host if manual else "")
        self.port_edit.setText(str(config.port) if manual else "")
        self.user_edit.setText(config.user if manual else "")
        self.password_edit.setText(config.password if manual else "")
        self._modes.button(list(ProxyMode).index(config.mode)).setChecked(True)
        self.system_note.setText(self._system_note())
        self._changed()

    def mode(self) -> ProxyMode:
        return list(ProxyMode)[max(0, self._modes.checkedId())]

    def judged(self) -> ProxyConfig | str:
        """The proxy on screen, or what is wrong with it (for people)."""
        mode = self.mode()
        if mode is not ProxyMode.MANUAL:
            return ProxyConfig(mode)
        try:
            return manual_proxy(
                ProxyScheme(self.scheme_combo.currentData()),
                self.host_edit.text(),
                self.port_edit.text(),
                self.user_edit.text(),
                self.password_edit.text(),
            )
        except ValueError as error:
            return str(error)

    def is_valid(self) -> bool:
        return self._valid

    # -- actions --------------------------------------------------------------------------------

    def apply(self) -> None:
        """Hand a changed choice to the session (saved off the GUI thread)."""
        config = self.judged()
        if isinstance(config, str) or config == self._session.proxy_store.config():
            return
        self._session.tasks.start(APPLY_TASK, self._apply(config))

    def test(self) -> None:
        config = self.judged()
        if isinstance(config, str):
            self.result_label.setText(config)
            return
        self.test_button.setEnabled(False)
        self.result_label.setText("Testing: asking the store for its categories…")
        self._session.tasks.start(TEST_TASK, self._test(config))

    def stop_test(self) -> None:
        self._session.tasks.cancel(TEST_TASK)
        self.test_button.setEnabled(self._valid)

    # -- inside ---------------------------------------------------------------------------------

    async def _apply(self, config: ProxyConfig) -> None:
        try:
            kept = await self._session.set_proxy(config)
        except OSError as error:
            self._session.notice.emit(f"The network setting could not be saved: {error}")
            return
        if kept:
            return
        if self._session.key_store.persistent:
            self._session.notice.emit(
                "No system keyring is available: the proxy's password is kept until you quit."
            )
        else:  # the sandbox, or a key from the environment: nothing is saved on purpose
            self._session.notice.emit("The proxy's password is kept until you quit.")

    async def _test(self, config: ProxyConfig) -> None:
        try:
            seconds = await self._session.test_proxy(config)
        except ApiError as error:
            self.result_label.setText(error.message)
        else:
            through = proxy_for(config, self._session.base_url)
            route = f"through {address_of(through)}" if through else "directly"
            self.result_label.setText(f"Connected {route}: the store answered in {seconds:.2f} s.")
        finally:
            self.test_button.setEnabled(self._valid)

    def _changed(self, *_: object) -> None:
        manual = self.mode() is ProxyMode.MANUAL
        self._manual_fields.setEnabled(manual)
        judged = self.judged()
        problem = judged if isinstance(judged, str) else ""
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        valid = not problem
        self.test_button.setEnabled(valid and not self._session.tasks.running(TEST_TASK))
        if valid != self._valid:
            self._valid = valid
            self.valid_changed.emit(valid)

    def _system_note(self) -> str:
        url = self._session.base_url
        if is_loopback_host(_host_of(url)) and not loopback_proxied():
            return "The store on this computer (the sandbox) is always reached directly."
        found = proxy_for(ProxyConfig(), url)
        if found is None:
            return "The system sets no proxy for the store: it is reached directly."
        return f"The system's proxy for the store is {address_of(found)}."


def _edit(name: str, accessible: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    return edit


def _host_of(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).hostname or ""
