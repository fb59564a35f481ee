"""The key goes only to the store's origin, only in Authorization, only over TLS or loopback."""

from __future__ import annotations

import datetime
import ipaddress
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest

from teleaccounthub.api import (
    LIVE_BASE_URL,
    Client,
    InsecureUrl,
    RetryPolicy,
    TransportError,
    Unauthorized,
)
from teleaccounthub.sandbox import SandboxServer
from tests.api.scripted_server import ScriptedServer, ok


@pytest.mark.parametrize(
    "url",
    [
        "http://telenumber.telekartstar.com",
        "http://example.com:8080/",
        "http://10.0.0.5",
        "http://192.168.1.10:8000",
        "http://[2001:db8::1]",
        "http://localhost.example.com",
        "http://127.0.0.1.nip.io",
        "ftp://127.0.0.1",
        "telenumber.telekartstar.com",
        "https://user:tgsk_secret@telenumber.telekartstar.com",
        "https://telenumber.telekartstar.com/?key=tgsk_secret",
        "",
    ],
)
def test_insecure_or_invalid_base_urls_are_refused(url: str) -> None:
    with pytest.raises(InsecureUrl) as caught:
        Client(url, "tgsk_secret")
    assert "tgsk_secret" not in caught.value.message


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080",
        "http://127.1.2.3",
        "http://localhost:5000",
        "http://LOCALHOST",
        "http://[::1]:8080",
        "https://example.com",
        LIVE_BASE_URL,
    ],
)
async def test_loopback_http_and_any_https_are_accepted(url: str) -> None:
    async with Client(url) as client:
        assert client.base_url == url


async def test_repr_never_shows_the_key() -> None:
    async with Client(LIVE_BASE_URL, "tgsk_0123456789abcdef") as client:
        assert "tgsk_" not in repr(client)
        assert "tgsk_" not in str(client)
        assert LIVE_BASE_URL in repr(client)


async def test_the_key_travels_only_in_the_authorization_header(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    async with Client(sandbox.url, sandbox.api_key) as client:
        await client.categories()
        await client.products(1)
        await client.balance()
        result = await client.checkout(56, 1)
        sandbox.complete_order(result.order.id)
        await client.order(result.order.id)
        await client.download(result.order.id, tmp_path / "order.zip")
    records = sandbox.requests
    assert len(records) == 6
    for record in records:
        others = {k: v for k, v in record.headers.items() if k != "authorization"}
        assert sandbox.api_key not in record.path + record.query + str(others)
        assert "tgsk_" not in record.path + record.query + str(others)
    catalog = [r for r in records if r.path.startswith("/api/v1/catalog/")]
    assert len(catalog) == 2
    assert all("authorization" not in r.headers for r in catalog)  # not needed: not sent
    private = [r for r in records if not r.path.startswith("/api/v1/catalog/")]
    assert all(r.headers["authorization"] == f"Bearer {sandbox.api_key}" for r in private)


@pytest.mark.parametrize("bad_key", ["tgsk_abc def", "tgsk_ключ", "tgsk_a\r\nX-Injected: 1"])
async def test_a_key_that_cannot_be_a_header_is_refused_without_a_request(
    scripted: ScriptedServer, bad_key: str
) -> None:
    async with Client(scripted.url, bad_key) as client:
        with pytest.raises(Unauthorized):
            await client.balance()
    assert scripted.requests == []


# ---- TLS is verified


@pytest.fixture
def untrusted_tls(tmp_path: Path) -> Iterator[ScriptedServer]:
    """A loopback HTTPS server whose self-signed certificate no one trusts."""
    pytest.importorskip("cryptography")
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_file = tmp_path / "cert.pem"
    key_file = tmp_path / "key.pem"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    with ScriptedServer(ssl_context=context) as server:
        server.script("/api/v1/balance", ok(balance_usd=1, balance_display="$1.00"))
        yield server


async def test_an_untrusted_certificate_is_refused_before_the_key_is_sent(
    untrusted_tls: ScriptedServer, fast_retry: RetryPolicy
) -> None:
    async with Client(untrusted_tls.url, "tgsk_secret", retry=fast_retry) as client:
        with pytest.raises(TransportError) as caught:
            await client.balance()
        with pytest.raises(TransportError):
            await client.checkout(56, 1)
    assert "certificate" in caught.value.message
    assert untrusted_tls.requests == []
