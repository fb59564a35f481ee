"""Certificates are checked against the operating system's trust store (truststore): a server
with a certificate of an unknown authority is refused in words; once that authority is in the
system's store (on Linux OpenSSL's, which ``SSL_CERT_FILE`` names) it is accepted — as a
company's inspecting proxy is once its root is installed."""

from __future__ import annotations

import json
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import trustme

from teleaccounthub.api import Client, TransportError

CATEGORIES = {"ok": True, "has_purchasable_products": True, "message": None, "categories": []}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps(CATEGORIES).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def https_url(authority: trustme.CA) -> Iterator[str]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


async def test_a_certificate_of_an_unknown_authority_is_refused_in_words(https_url: str) -> None:
    async with Client(https_url, max_retries=0) as client:
        with pytest.raises(TransportError) as raised:
            await client.categories()
    assert raised.value.message == (
        "The store's security certificate could not be verified, so nothing was sent. "
        "The network may be intercepting the connection."
    )


async def test_an_authority_in_the_system_store_is_trusted(
    https_url: str, authority: trustme.CA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "system-roots.pem"
    authority.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    async with Client(https_url, max_retries=0) as client:
        categories = await client.categories()
    assert categories.categories == ()
