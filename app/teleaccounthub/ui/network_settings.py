"""Settings → Network: the system's proxy, no proxy, or a manual HTTP or SOCKS5 proxy, and a
"Test connection" that fetches the categories through what is on screen.

What the fields say is judged on every change (``judged``): a manual proxy with an empty,
malformed or out-of-range field says why, and ``valid_changed`` lets the dialog disable OK.
``apply`` hands a changed choice to the session, which saves it (the password in the keyring)
and gives every new request a client that uses it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtGui import QShowEvent
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
from teleaccounthub.i18n import TrContext
from teleaccounthub.services.session import Session
from teleaccounthub.ui.language import is_language_change

NetworkText = TrContext("NetworkText")

TEST_TASK = "test-proxy"
APPLY_TASK = "apply-proxy"

_SCHEMES = ((ProxyScheme.HTTP, "HTTP"), (ProxyScheme.SOCKS5, "SOCKS5"))


class NetworkSection(QGroupBox):
    """The Network group of the settings dialog. ``valid_changed(bool)``: whether what is on
    screen can be applied."""

    valid_changed = Signal(bool)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("networkSection")

        self.system_radio = QRadioButton()
        self.system_radio.setObjectName("systemProxyRadio")
        self.none_radio = QRadioButton()
        self.none_radio.setObjectName("noProxyRadio")
        self.manual_radio = QRadioButton()
        self.manual_radio.setObjectName("manualProxyRadio")
        self._modes = QButtonGroup(self)
        for radio, mode in (
            (self.system_radio, ProxyMode.SYSTEM),
            (self.none_radio, ProxyMode.NONE),
            (self.manual_radio, ProxyMode.MANUAL),
        ):
            self._modes.addButton(radio, list(ProxyMode).index(mode))
        self.system_note = QLabel()
        self.system_note.setObjectName("systemProxyNote")
        self.system_note.setProperty("role", "muted")
        self.system_note.setWordWrap(True)

        self.scheme_combo = QComboBox()
        self.scheme_combo.setObjectName("proxySchemeCombo")
        for scheme, text in _SCHEMES:
            self.scheme_combo.addItem(text, scheme.value)
        self.host_edit = _edit("proxyHostEdit", "proxy.example.com")
        self.host_edit.setMaxLength(MAX_HOST_LENGTH + 2)
        self.port_edit = _edit("proxyPortEdit", "8080")
        self.port_edit.setMaxLength(5)
        self.port_edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.port_edit.setFixedWidth(self.fontMetrics().horizontalAdvance("655350") + 24)
        self.user_edit = _edit("proxyUserEdit")
        self.user_edit.setMaxLength(MAX_CREDENTIAL_BYTES)
        self.password_edit = _edit("proxyPasswordEdit")
        self.password_edit.setMaxLength(MAX_CREDENTIAL_BYTES)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        address_row = QHBoxLayout()
        address_row.addWidget(self.scheme_combo)
        address_row.addWidget(self.host_edit, 1)
        self._port_title = QLabel()
        self._port_title.setBuddy(self.port_edit)
        address_row.addWidget(self._port_title)
        address_row.addWidget(self.port_edit)
        self._address_title = QLabel()
        self._address_title.setBuddy(self.host_edit)
        self._user_title = QLabel()
        self._user_title.setBuddy(self.user_edit)
        self._password_title = QLabel()
        self._password_title.setBuddy(self.password_edit)
        manual = QFormLayout()
        manual.setContentsMargins(24, 0, 0, 0)
        manual.addRow(self._address_title, address_row)
        manual.addRow(self._user_title, self.user_edit)
        manual.addRow(self._password_title, self.password_edit)
        self._manual_fields = QWidget()
        self._manual_fields.setLayout(manual)

        self.problem_label = QLabel()
        self.problem_label.setObjectName("proxyProblemLabel")
        self.problem_label.setProperty("role", "warning")
        self.problem_label.setWordWrap(True)
        self.test_button = QPushButton()
        self.test_button.setObjectName("testProxyButton")
        self.test_button.clicked.connect(self.test)
        self.result_label = QLabel()
        self.result_label.setObjectName("proxyTestResult")
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
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if is_language_change(event):
            self._retranslate()
            self._fit_window()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit_window()

    def _fit_window(self) -> None:
        """Qt opens a dialog at most 2/3 of the screen tall, squeezing its fields to slivers;
        this section (taller in Russian, or with a problem shown) gets the dialog the height it
        asks for, within the screen."""
        window = self.window()
        screen = window.screen()
        if window is self or not self.isVisible() or screen is None:
            return
        frame = max(window.frameGeometry().height() - window.height(), 32)
        asked = window.heightForWidth(window.width())  # wrapped notes: at this width
        if asked < 0:
            asked = window.sizeHint().height()
        wanted = min(asked, screen.availableGeometry().height() - frame)
        if window.height() < wanted:
            window.resize(window.width(), wanted)

    def _retranslate(self) -> None:
        network = NetworkText.tr("Network")
        self.setTitle(network)
        self.setAccessibleName(network)
        for radio, text, name in (
            (
                self.system_radio,
                NetworkText.tr("Use the system's proxy settings"),
                NetworkText.tr("Use the system's proxy settings"),
            ),
            (
                self.none_radio,
                NetworkText.tr("No proxy: connect directly"),
                NetworkText.tr("No proxy: connect directly"),
            ),
            (
                self.manual_radio,
                NetworkText.tr("Use this proxy:"),
                NetworkText.tr("Use this proxy"),
            ),
        ):
            radio.setText(text)
            radio.setAccessibleName(name)
        self.system_note.setAccessibleName(NetworkText.tr("The system's proxy"))
        self.system_note.setText(self._system_note())
        self.scheme_combo.setAccessibleName(NetworkText.tr("Kind of proxy"))
        self.scheme_combo.view().setAccessibleName(NetworkText.tr("Kinds of proxy"))
        self.host_edit.setAccessibleName(NetworkText.tr("Proxy address"))
        self.port_edit.setAccessibleName(NetworkText.tr("Proxy port"))
        self.user_edit.setAccessibleName(NetworkText.tr("Proxy user name"))
        self.password_edit.setAccessibleName(NetworkText.tr("Proxy password"))
        optional = NetworkText.tr("optional", "a field that may be left empty")
        self.user_edit.setPlaceholderText(optional)
        self.password_edit.setPlaceholderText(optional)
        self._port_title.setText(NetworkText.tr("Port:"))
        self._address_title.setText(NetworkText.tr("Address:"))
        self._user_title.setText(NetworkText.tr("User name:"))
        self._password_title.setText(NetworkText.tr("Password:"))
        self.problem_label.setAccessibleName(NetworkText.tr("What is wrong with the proxy"))
        self.test_button.setText(NetworkText.tr("Test connection"))
        self.test_button.setAccessibleName(NetworkText.tr("Test the connection to the store"))
        self.result_label.setAccessibleName(NetworkText.tr("Connection test result"))
        # What is wrong with the fields, in the new language.
        self._changed()

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
        self.result_label.setText(NetworkText.tr("Testing: asking the store for its categories…"))
        self._session.tasks.start(TEST_TASK, self._test(config))

    def stop_test(self) -> None:
        self._session.tasks.cancel(TEST_TASK)
        self.test_button.setEnabled(self._valid)

    # -- inside ---------------------------------------------------------------------------------

    async def _apply(self, config: ProxyConfig) -> None:
        try:
            kept = await self._session.set_proxy(config)
        except OSError as error:
            self._session.notice.emit(
                NetworkText.tr("The network setting could not be saved: {reason}").format(
                    reason=error
                )
            )
            return
        if kept:
            return
        if self._session.key_store.persistent:
            self._session.notice.emit(
                NetworkText.tr(
                    "No system keyring is available: the proxy's password is kept until you quit."
                )
            )
        else:  # the sandbox, or a key from the environment: nothing is saved on purpose
            self._session.notice.emit(
                NetworkText.tr("The proxy's password is kept until you quit.")
            )

    async def _test(self, config: ProxyConfig) -> None:
        try:
            seconds = await self._session.test_proxy(config)
        except ApiError as error:
            self.result_label.setText(error.message)
        else:
            through = proxy_for(config, self._session.base_url)
            shown = QLocale().toString(seconds, "f", 2)
            if through:
                text = NetworkText.tr(
                    "Connected through {proxy}: the store answered in {seconds} s."
                ).format(proxy=address_of(through), seconds=shown)
            else:
                text = NetworkText.tr(
                    "Connected directly: the store answered in {seconds} s."
                ).format(seconds=shown)
            self.result_label.setText(text)
        finally:
            self.test_button.setEnabled(self._valid)

    def _changed(self, *_: object) -> None:
        manual = self.mode() is ProxyMode.MANUAL
        self._manual_fields.setEnabled(manual)
        judged = self.judged()
        problem = judged if isinstance(judged, str) else ""
        self.problem_label.setText(problem)
        if self.problem_label.isVisibleTo(self) != bool(problem):
            self.problem_label.setVisible(bool(problem))
            self._fit_window()
        valid = not problem
        self.test_button.setEnabled(valid and not self._session.tasks.running(TEST_TASK))
        if valid != self._valid:
            self._valid = valid
            self.valid_changed.emit(valid)

    def _system_note(self) -> str:
        url = self._session.base_url
        if is_loopback_host(_host_of(url)) and not loopback_proxied():
            return NetworkText.tr(
                "The store on this computer (the sandbox) is always reached directly."
            )
        found = proxy_for(ProxyConfig(), url)
        if found is None:
            return NetworkText.tr("The system sets no proxy for the store: it is reached directly.")
        return NetworkText.tr("The system's proxy for the store is {proxy}.").format(
            proxy=address_of(found)
        )


def _edit(name: str, placeholder: str = "") -> QLineEdit:
    """A field whose accessible name (and a wordy placeholder) ``_retranslate`` sets."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def _host_of(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).hostname or ""
