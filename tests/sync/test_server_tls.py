"""The TLS set-up the server section documents, on a real cluster: with ``ssl = on`` and a
certificate for the host name, ``sslmode=verify-full`` with the agency's CA connects; a
certificate from another CA, or one for another name, is refused before any password or
query is sent."""

from __future__ import annotations

import datetime
import ipaddress
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from nap_desktop.sync.errors import ServerRefused
from nap_desktop.sync.server import LogServer
from tests.sync.pg import TEMPLATE, PgCluster, find_bindir


def pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def issue(name: str, key: ec.EllipticCurvePrivateKey, issuer: x509.Name,
          signer: ec.EllipticCurvePrivateKey, *, ca: bool, dns: str | None = None
          ) -> x509.Certificate:
    now = datetime.datetime.now(datetime.UTC)
    builder = (x509.CertificateBuilder()
               .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
               .issuer_name(issuer).public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(now - datetime.timedelta(minutes=5))
               .not_valid_after(now + datetime.timedelta(days=1))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if dns:
        builder = builder.add_extension(x509.SubjectAlternativeName(
            [x509.DNSName(dns), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
        ), critical=False)
    return builder.sign(signer, hashes.SHA256())


def authority(name: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    return key, issue(name, key, subject, key, ca=True)


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[PgCluster, Path, Path]]:
    if find_bindir() is None:
        pytest.skip("PostgreSQL's server is not installed")
    ca_key, ca = authority("Agency test CA")
    _other_key, other = authority("Somebody else's CA")
    server_key = ec.generate_private_key(ec.SECP256R1())
    server = issue("localhost", server_key, ca.subject, ca_key, ca=False, dns="localhost")
    folder = tmp_path_factory.mktemp("tls")
    (folder / "agency-ca.pem").write_bytes(pem(ca))
    (folder / "other-ca.pem").write_bytes(pem(other))
    key = server_key.private_bytes(serialization.Encoding.PEM,
                                   serialization.PrivateFormat.PKCS8,
                                   serialization.NoEncryption())
    cluster = PgCluster.create(
        settings=["ssl = on", "ssl_cert_file = 'server.crt'", "ssl_key_file = 'server.key'"],
        files={"server.crt": pem(server), "server.key": key})
    try:
        yield cluster, folder / "agency-ca.pem", folder / "other-ca.pem"
    finally:
        cluster.destroy()


def dsn(cluster: PgCluster, host: str, root: Path) -> str:
    return (f"host={host} port={cluster.port} dbname={TEMPLATE} user=nap_client "
            f"sslmode=verify-full sslrootcert={root}")


def test_verify_full_with_the_agencys_ca_connects(tls: tuple[PgCluster, Path, Path]) -> None:
    cluster, agency_ca, _other = tls
    with LogServer.connect(dsn(cluster, "localhost", agency_ca)) as server:
        assert server._conn.pgconn.ssl_in_use
        assert server.vaults() == []


def test_another_ca_or_another_name_is_refused(tls: tuple[PgCluster, Path, Path]) -> None:
    cluster, agency_ca, other_ca = tls
    with pytest.raises(ServerRefused, match="certificate verify failed") as refused:
        LogServer.connect(dsn(cluster, "localhost", other_ca) + " password=hunter2")
    assert "hunter2" not in str(refused.value)
    # The certificate names localhost and 127.0.0.1; 127.0.0.2 reaches the same server
    # under a name the certificate does not hold.
    with pytest.raises(ServerRefused, match=r"does not match host name \"127\.0\.0\.2\""):
        LogServer.connect(dsn(cluster, "127.0.0.2", agency_ca).replace(
            "host=127.0.0.2", "host=127.0.0.2 hostaddr=127.0.0.1"))
