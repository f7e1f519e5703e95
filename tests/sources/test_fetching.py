import ipaddress

import pytest

from sources.fetching import (
    FEED_TYPES,
    FetchError,
    FetchLimits,
    FetchTimeout,
    HTTPStatusError,
    RefusedAddress,
    TooLarge,
    UnsupportedContent,
    check_address,
    fetch,
)

from .conftest import ARTICLE_HTML


def test_local_server_is_refused_by_default(web):
    url = web.page("/article", ARTICLE_HTML)

    with pytest.raises(RefusedAddress, match="loopback address 127.0.0.1"):
        fetch(url)

    assert web.requests == []


def test_localhost_name_is_refused_after_resolution(web):
    web.page("/article", ARTICLE_HTML)

    with pytest.raises(RefusedAddress, match="loopback"):
        fetch(f"http://localhost:{web.port}/article")

    assert web.requests == []


@pytest.mark.parametrize(
    "address, reason",
    [
        ("10.1.2.3", "private"),
        ("172.16.0.9", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("0.0.0.0", "unspecified"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("64:ff9b::10.0.0.1", "private"),
        ("fd00::1", "private"),
        ("100.64.0.1", "non-public"),
    ],
)
def test_non_public_addresses_are_refused(resolve, address, reason):
    resolve({"news.example": [address]})

    with pytest.raises(RefusedAddress, match=reason):
        fetch("http://news.example/article")


def test_a_name_with_one_private_address_among_public_ones_is_refused(resolve):
    resolve({"news.example": ["93.184.216.34", "10.0.0.7"]})

    with pytest.raises(RefusedAddress, match="private address 10.0.0.7"):
        fetch("http://news.example/article")


def test_public_addresses_pass_the_check():
    check_address(ipaddress.ip_address("93.184.216.34"))
    check_address(ipaddress.ip_address("2606:2800:220:1:248:1893:25c8:1946"))


@pytest.mark.parametrize(
    "url", ["ftp://example.com/file", "file:///etc/passwd", "gopher://example.com/", "example.com"]
)
def test_only_http_and_https_are_fetched(url):
    with pytest.raises(FetchError, match="only http and https"):
        fetch(url)


def test_allowed_test_address_is_fetched(web, allow_local):
    url = web.page("/article", ARTICLE_HTML)

    page = fetch(url)

    assert page.status == 200
    assert page.content_type == "text/html"
    assert page.charset == "utf-8"
    assert b"Quds Force" in page.body


def test_connects_to_the_checked_address_without_a_second_lookup(web, allow_local, resolve):
    """DNS rebinding: the name is resolved once per hop and the connection goes to that answer."""
    lookups = resolve({"news.example": ["127.0.0.1"]})
    web.page("/article", ARTICLE_HTML)

    page = fetch(f"http://news.example:{web.port}/article")

    assert b"Quds Force" in page.body
    assert lookups == ["news.example"]
    path, headers = web.requests[0]
    assert headers["Host"] == f"news.example:{web.port}"


def test_redirects_are_followed(web, allow_local):
    web.page("/final", ARTICLE_HTML)
    web.redirect("/moved", "/final", status=301)
    start = web.redirect("/start", web.url("/moved"))

    page = fetch(start)

    assert page.url == web.url("/final")
    assert [path for path, _ in web.requests] == ["/start", "/moved", "/final"]


def test_redirect_to_a_private_address_is_refused(web, allow_local, resolve):
    resolve({"intranet.example": ["10.0.0.5"]})
    start = web.redirect("/start", "http://intranet.example/admin")

    with pytest.raises(RefusedAddress, match="private address 10.0.0.5"):
        fetch(start)


def test_redirect_to_another_scheme_is_refused(web, allow_local):
    start = web.redirect("/start", "file:///etc/passwd")

    with pytest.raises(FetchError, match="only http and https"):
        fetch(start)


def test_too_many_redirects(web, allow_local):
    for hop in range(7):
        web.redirect(f"/hop{hop}", f"/hop{hop + 1}")

    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(web.url("/hop0"))

    assert len(web.requests) == 6


def test_declared_size_over_the_limit_is_refused_before_reading(web, allow_local):
    url = web.page("/big", "x" * 2000)

    with pytest.raises(TooLarge, match="larger than"):
        fetch(url, limits=FetchLimits(max_bytes=1000))


def test_streamed_size_over_the_limit_is_refused(web, allow_local):
    """No Content-Length (chunks until close): counted while streaming."""
    url = web.page("/big", b"x" * 3000, delay_between_bytes=0.0001)

    with pytest.raises(TooLarge):
        fetch(url, limits=FetchLimits(max_bytes=1000))


def test_decompressed_size_counts(web, allow_local):
    """A small gzip body that inflates past the limit (a zip bomb) is refused."""
    url = web.page("/bomb", b"a" * 200_000, gzip=True)

    with pytest.raises(TooLarge):
        fetch(url, limits=FetchLimits(max_bytes=100_000))


def test_gzip_bodies_are_decoded(web, allow_local):
    url = web.page("/zipped", ARTICLE_HTML, gzip=True)

    assert b"Quds Force" in fetch(url).body


def test_slow_server_meets_the_overall_deadline(web, allow_local):
    url = web.page("/slow", "x" * 200, delay_between_bytes=0.05)

    with pytest.raises(FetchTimeout, match="gave up after 0.5 seconds"):
        fetch(url, limits=FetchLimits(deadline=0.5, read_timeout=5))


def test_silent_server_times_out(web, allow_local):
    url = web.page("/silent", "x" * 10, delay_between_bytes=2)

    with pytest.raises(FetchTimeout):
        fetch(url, limits=FetchLimits(read_timeout=0.3, deadline=5))


def test_unsupported_content_type_is_refused(web, allow_local):
    url = web.page("/image", b"\x89PNG", content_type="image/png")

    with pytest.raises(UnsupportedContent, match="content type image/png is not supported"):
        fetch(url)


def test_feed_types_are_accepted_when_asked_for(web, allow_local):
    url = web.page("/feed", "<rss/>", content_type="application/rss+xml")

    with pytest.raises(UnsupportedContent):
        fetch(url)
    assert fetch(url, accept=FEED_TYPES).content_type == "application/rss+xml"


@pytest.mark.parametrize("status", [404, 500, 403])
def test_error_statuses_raise_with_the_status(web, allow_local, status):
    url = web.page("/broken", "nope", status=status)

    with pytest.raises(HTTPStatusError, match=f"HTTP {status}"):
        fetch(url)


def test_connection_refused_is_a_fetch_error(allow_local):
    with pytest.raises(FetchError, match="could not connect to 127.0.0.1"):
        fetch("http://127.0.0.1:9/")


def test_unknown_host_is_a_fetch_error():
    with pytest.raises(FetchError, match="cannot resolve host"):
        fetch("http://no-such-host.invalid/")


def test_conditional_request_gets_not_modified(web, allow_local):
    url = web.page("/feed", "", status=304, content_type="")

    page = fetch(url, headers={"If-None-Match": '"v1"'})

    assert page.not_modified
    assert web.requests[0][1]["If-None-Match"] == '"v1"'


def test_https_verifies_the_certificate_for_the_host_name(tls_web, allow_local, resolve):
    resolve({"news.example": ["127.0.0.1"]})
    tls_web.page("/article", ARTICLE_HTML)

    with pytest.raises(FetchError, match="TLS error with news.example.*certificate verify failed"):
        fetch(tls_web.url("/article"))


def test_https_to_the_checked_address_with_the_host_name_for_tls(
    tls_web, tls_certificate, allow_local, resolve, monkeypatch
):
    """Connected to the pinned address, the TLS handshake still names and verifies the host."""
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_certificate[0]))
    lookups = resolve({"news.example": ["127.0.0.1"]})
    tls_web.page("/article", ARTICLE_HTML)

    page = fetch(tls_web.url("/article"))

    assert b"Quds Force" in page.body
    assert lookups == ["news.example"]
