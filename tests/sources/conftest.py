import gzip
import shutil
import socket
import ssl
import subprocess
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict = field(default_factory=dict)
    delay_between_bytes: float = 0.0
    gzip: bool = False


class LocalWeb:
    """A real HTTP server on 127.0.0.1 serving the routes a test sets, recording requests."""

    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict]] = []
        web = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                web.requests.append((self.path, dict(self.headers)))
                route = web.routes.get(self.path)
                if route is None:
                    self.send_error(404)
                    return
                body = gzip.compress(route.body) if route.gzip else route.body
                self.send_response(route.status)
                if route.content_type:
                    self.send_header("Content-Type", route.content_type)
                if route.gzip:
                    self.send_header("Content-Encoding", "gzip")
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if not route.delay_between_bytes:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if route.delay_between_bytes:
                    try:
                        for byte in body:
                            self.wfile.write(bytes([byte]))
                            self.wfile.flush()
                            time.sleep(route.delay_between_bytes)
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                else:
                    self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]

    scheme = "http"
    host = "127.0.0.1"

    def url(self, path: str) -> str:
        return f"{self.scheme}://{self.host}:{self.port}{path}"

    def page(self, path: str, body: str | bytes, **kwargs) -> str:
        self.routes[path] = Route(body=body.encode() if isinstance(body, str) else body, **kwargs)
        return self.url(path)

    def redirect(self, path: str, location: str, status: int = 302) -> str:
        self.routes[path] = Route(status=status, content_type="", headers={"Location": location})
        return self.url(path)


def _serve(server: LocalWeb):
    thread = threading.Thread(target=server.server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    yield server
    server.server.shutdown()
    server.server.server_close()


@pytest.fixture
def web():
    yield from _serve(LocalWeb())


@pytest.fixture
def tls_certificate(tmp_path):
    """A self-signed certificate for news.example (made with the openssl command line)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=news.example",
            "-addext",
            "subjectAltName=DNS:news.example",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.fixture
def tls_web(tls_certificate):
    """The local server over HTTPS as news.example, a name that must resolve to 127.0.0.1."""
    cert, key = tls_certificate
    server = LocalWeb()
    server.scheme, server.host = "https", "news.example"
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.server.socket = context.wrap_socket(server.server.socket, server_side=True)
    yield from _serve(server)


@pytest.fixture
def allow_local(settings):
    """Let the fetcher reach the test server on 127.0.0.1, refused by default."""
    settings.CHRONICLE_FETCH_ALLOWED_NETWORKS = ["127.0.0.1/32"]


@pytest.fixture
def resolve(monkeypatch):
    """Stub DNS for the given host names (the outside world); other names resolve for real.

    Returns the list of names looked up through the stub, in order."""
    real_getaddrinfo = socket.getaddrinfo
    lookups = []

    def install(answers: dict[str, list[str]]):
        def getaddrinfo(host, port, *args, **kwargs):
            if host not in answers:
                return real_getaddrinfo(host, port, *args, **kwargs)
            lookups.append(host)
            infos = []
            for address in answers[host]:
                if ":" in address:
                    infos.append(
                        (socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, port, 0, 0))
                    )
                else:
                    infos.append((socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port)))
            return infos

        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
        return lookups

    return install


ARTICLE_HTML = """<!doctype html>
<html><head><title>Militias halt attacks on US forces</title>
<meta property="article:published_time" content="2024-02-21T10:00:00Z">
<meta property="og:site_name" content="The New Arab">
</head><body><article>
<h1>Militias halt attacks on US forces</h1>
<p>Iran-backed armed groups in Iraq have not attacked US forces since 4 February, officials said
on Wednesday. The pause followed a meeting at Baghdad airport on 29 January between Quds Force
commander Esmail Qaani and the leaders of several armed groups.</p>
<p>A US airstrike in eastern Baghdad on 8 February killed a Kataib Hezbollah commander, the
Pentagon said. Three US soldiers were killed at the Tower 22 outpost in Jordan in late January.</p>
<p>Reuters reported the halt on 18 February, citing sources close to the groups.</p>
</article></body></html>"""
