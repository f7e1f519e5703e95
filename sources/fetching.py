"""Fetching a page or feed from the web without letting a URL reach inside our own network.

Every hop (the first request and each redirect) is checked: http or https only, and every address
the host name resolves to must be a public one. The connection then goes to the address that was
checked, not to a second DNS answer, so a host that resolves first to a public and then to a
private address (DNS rebinding) cannot slip through. Responses are bounded in size, in time and in
content type. Each refusal raises a `FetchError` whose message is fit to show to an editor.
"""

import ipaddress
import socket
import time
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

import urllib3
from django.conf import settings

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        # Many servers label feeds as HTML or plain text; feedparser decides.
        "text/html",
        "text/plain",
    }
)
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
USER_AGENT = "Chronicle/1.0 (+event timeline; fetches articles an editor asked for)"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


class FetchError(Exception):
    """The URL could not be fetched; the message says why, for the editor."""


class RefusedAddress(FetchError):
    pass


class FetchTimeout(FetchError):
    pass


class TooLarge(FetchError):
    pass


class UnsupportedContent(FetchError):
    pass


class HTTPStatusError(FetchError):
    pass


@dataclass(frozen=True)
class FetchLimits:
    max_bytes: int = 5 * 1024 * 1024
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    deadline: float = 30.0
    max_redirects: int = 5

    @classmethod
    def from_settings(cls):
        return cls(
            max_bytes=settings.CHRONICLE_FETCH_MAX_BYTES,
            deadline=settings.CHRONICLE_FETCH_DEADLINE,
        )


@dataclass(frozen=True)
class FetchedPage:
    url: str
    """Where the content came from, after redirects."""
    status: int
    content_type: str
    charset: str | None
    body: bytes
    etag: str = ""
    last_modified: str = ""

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def fetch(
    url: str,
    *,
    accept: frozenset[str] = HTML_TYPES,
    headers: dict[str, str] | None = None,
    limits: FetchLimits | None = None,
) -> FetchedPage:
    """GET a URL safely, following at most `limits.max_redirects` redirects, each one checked.

    A 304 answer (to conditional `headers`) is returned with an empty body; any other status
    outside 2xx raises `HTTPStatusError`.
    """
    limits = limits or FetchLimits.from_settings()
    deadline = time.monotonic() + limits.deadline
    current = url
    for _hop in range(limits.max_redirects + 1):
        response = _request(current, headers or {}, limits, deadline)
        try:
            if response.status in REDIRECT_STATUSES:
                location = response.headers.get("Location")
                if not location:
                    raise HTTPStatusError(f"HTTP {response.status} redirect without a Location")
                current = urljoin(current, location.strip())
                continue
            if response.status == 304:
                return FetchedPage(current, 304, "", None, b"", **_validators(response))
            if not 200 <= response.status < 300:
                raise HTTPStatusError(f"HTTP {response.status} {response.reason or ''}".strip())
            content_type, charset = _content_type(response.headers.get("Content-Type", ""))
            if content_type not in accept:
                raise UnsupportedContent(
                    f"content type {content_type or '(none)'} is not supported; "
                    f"expected {', '.join(sorted(accept))}"
                )
            body = _read_body(response, limits, deadline)
            return FetchedPage(
                current, response.status, content_type, charset, body, **_validators(response)
            )
        finally:
            # Closed, not returned to a pool: every hop gets a fresh connection to its own
            # checked address.
            response.close()
    raise FetchError(f"more than {limits.max_redirects} redirects")


def check_address(address: IPAddress) -> None:
    """Refuse addresses inside private networks unless settings allow them explicitly."""
    if address.version == 6 and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    elif address.version == 6 and address in NAT64:
        # On a NAT64 network this reaches the IPv4 address in its last 32 bits.
        address = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    for network in settings.CHRONICLE_FETCH_ALLOWED_NETWORKS:
        if address in ipaddress.ip_network(network):
            return
    for label, is_kind in (
        # Most specific first: "private" covers the others too.
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("unspecified", address.is_unspecified),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
    ):
        if is_kind:
            raise RefusedAddress(f"refused {label} address {address}")
    if not address.is_global:
        raise RefusedAddress(f"refused non-public address {address}")


def _request(url: str, headers: dict[str, str], limits: FetchLimits, deadline: float):
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs can be fetched, not {scheme or 'no scheme'}")
    host = parts.hostname
    if not host:
        raise FetchError(f"URL has no host: {url}")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        raise FetchError(f"URL has an invalid port: {url}") from None
    address = _resolve(host, port)
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchTimeout(f"gave up after {limits.deadline:g} seconds")
    timeout = urllib3.Timeout(
        connect=min(limits.connect_timeout, remaining), read=min(limits.read_timeout, remaining)
    )
    # Connect to the checked address; the host name only goes into the Host header and TLS.
    if scheme == "https":
        pool = urllib3.HTTPSConnectionPool(
            str(address),
            port,
            timeout=timeout,
            retries=False,
            server_hostname=host,
            assert_hostname=host,
            cert_reqs="CERT_REQUIRED",
        )
    else:
        pool = urllib3.HTTPConnectionPool(str(address), port, timeout=timeout, retries=False)
    host_header = parts.netloc.rpartition("@")[2]
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    try:
        return pool.urlopen(
            "GET",
            path,
            headers={
                "Host": host_header,
                "User-Agent": USER_AGENT,
                "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
                "Accept-Encoding": "gzip, deflate",
                **headers,
            },
            redirect=False,
            retries=False,
            preload_content=False,
            assert_same_host=False,
        )
    except urllib3.exceptions.NewConnectionError as exc:
        # Checked first: urllib3 makes it a subclass of ConnectTimeoutError.
        raise FetchError(f"could not connect to {host}: {_reason(exc)}") from None
    except (urllib3.exceptions.ConnectTimeoutError, urllib3.exceptions.ReadTimeoutError):
        raise FetchTimeout(f"timed out fetching {host}") from None
    except urllib3.exceptions.SSLError as exc:
        raise FetchError(f"TLS error with {host}: {exc}") from None
    except urllib3.exceptions.HTTPError as exc:
        raise FetchError(f"could not connect to {host}: {_reason(exc)}") from None


def _resolve(host: str, port: int) -> IPAddress:
    """Every address of the host must be public: a name resolving to a public and a private
    address is refused, since we cannot be sure which one a later lookup would use."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host}: {exc}") from None
    addresses = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        address = ipaddress.ip_address(sockaddr[0].split("%", 1)[0])
        check_address(address)
        addresses.append(address)
    if not addresses:
        raise FetchError(f"host {host} has no address")
    return addresses[0]


def _content_type(header: str) -> tuple[str, str | None]:
    message = Message()
    message["Content-Type"] = header
    if not header:
        return "", None
    return message.get_content_type().lower(), message.get_param("charset")


def _read_body(response, limits: FetchLimits, deadline: float) -> bytes:
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > limits.max_bytes:
        raise TooLarge(_too_large(limits))
    chunks = []
    size = 0
    try:
        # read1 returns what one socket read brings, so a server dripping bytes slowly meets
        # the overall deadline instead of holding us for as long as each read stays alive.
        while chunk := response.read1(64 * 1024, decode_content=True):
            size += len(chunk)
            if size > limits.max_bytes:
                raise TooLarge(_too_large(limits))
            if time.monotonic() > deadline:
                raise FetchTimeout(f"gave up after {limits.deadline:g} seconds")
            chunks.append(chunk)
    except urllib3.exceptions.ReadTimeoutError:
        raise FetchTimeout("timed out reading the response") from None
    except urllib3.exceptions.HTTPError as exc:
        raise FetchError(f"error reading the response: {_reason(exc)}") from None
    return b"".join(chunks)


def _validators(response) -> dict[str, str]:
    return {
        "etag": response.headers.get("ETag", ""),
        "last_modified": response.headers.get("Last-Modified", ""),
    }


def _too_large(limits: FetchLimits) -> str:
    if limits.max_bytes >= 1024 * 1024:
        return f"response is larger than the limit of {limits.max_bytes / 1024 / 1024:g} MB"
    return f"response is larger than the limit of {limits.max_bytes / 1024:g} KB"


def _reason(exc: Exception) -> str:
    reason = getattr(exc, "reason", None)
    return str(reason or exc)
