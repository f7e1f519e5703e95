import datetime

import pytest

from sources.feeds import NotAFeed, parse_feed
from sources.models import Feed, Source
from sources.services import IngestError, add_feed, poll_feed

from .conftest import ARTICLE_HTML

RSS = "application/rss+xml"


def rss(web, paths, *, dates=None, title="Iraq desk"):
    dates = dates or ["Tue, 20 Feb 2024 09:00:00 GMT"] * len(paths)
    items = "".join(
        f"<item><title>Item {path}</title><link>{web.url(path)}</link>"
        f"<pubDate>{date}</pubDate></item>"
        for path, date in zip(paths, dates, strict=True)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>{web.url('/')}</link>{items}</channel></rss>"
    )


def articles(web, *paths):
    for number, path in enumerate(paths):
        web.page(path, ARTICLE_HTML.replace("Quds Force", f"Quds Force unit {number}"))


def test_parse_feed_lists_linked_entries_once_with_their_dates():
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
    <entry><title>One</title><link href="/one#top"/><published>2024-02-19T08:00:00Z</published></entry>
    <entry><title>One again</title><link href="https://news.example/one"/></entry>
    <entry><title>Mail</title><link href="mailto:desk@news.example"/></entry>
    <entry><title>Undated</title><link href="https://news.example/two"/></entry>
    </feed>"""

    parsed = parse_feed(atom, url="https://news.example/feed.atom")

    assert parsed.title == "Wire"
    assert [(e.url, e.title, e.published) for e in parsed.entries] == [
        ("https://news.example/one", "One", datetime.date(2024, 2, 19)),
        ("https://news.example/two", "Undated", None),
    ]


def test_parse_feed_refuses_what_is_not_a_feed():
    with pytest.raises(NotAFeed):
        parse_feed(b"<html><body><p>Hello</p></body></html>", url="https://news.example/")


@pytest.mark.django_db
def test_poll_ingests_each_entry_through_the_url_path_with_the_entry_date(web, allow_local):
    articles(web, "/a", "/b")
    feed, created = add_feed(
        url=web.page(
            "/feed",
            rss(web, ["/a", "/b"], dates=["Mon, 19 Feb 2024 09:00:00 GMT"] * 2),
            content_type=RSS,
        )
    )

    poll = poll_feed(feed=feed)

    assert created
    assert poll.error == ""
    assert [r.source.url for r in poll.results] == [web.url("/a"), web.url("/b")]
    sources = Source.objects.order_by("url")
    assert [s.status for s in sources] == [Source.Status.DONE] * 2
    # The entry's date wins over the page's metadata (21 February).
    assert {s.published for s in sources} == {datetime.date(2024, 2, 19)}
    assert [s.title for s in sources] == ["Item /a", "Item /b"]
    feed.refresh_from_db()
    assert feed.title == "Iraq desk"
    assert feed.last_polled_at is not None


@pytest.mark.django_db
def test_second_poll_ingests_only_new_entries(web, allow_local):
    articles(web, "/a", "/b", "/c")
    feed = Feed.objects.create(url=web.page("/feed", rss(web, ["/a", "/b"]), content_type=RSS))
    poll_feed(feed=feed)
    web.page("/feed", rss(web, ["/c", "/a", "/b"]), content_type=RSS)

    poll = poll_feed(feed=feed)

    assert [e.url for e in poll.entries] == [web.url("/c")]
    assert Source.objects.count() == 3
    fetched = [path for path, _ in web.requests]
    assert fetched.count("/a") == 1


@pytest.mark.django_db
def test_unchanged_feed_is_asked_conditionally(web, allow_local):
    articles(web, "/a")
    feed = Feed.objects.create(
        url=web.page(
            "/feed",
            rss(web, ["/a"]),
            content_type=RSS,
            headers={"ETag": '"v1"', "Last-Modified": "Tue, 20 Feb 2024 10:00:00 GMT"},
        )
    )
    poll_feed(feed=feed)
    feed.refresh_from_db()
    assert feed.etag == '"v1"'
    web.page("/feed", "", status=304, content_type="")

    poll = poll_feed(feed=feed)

    assert poll.entries == [] and poll.error == ""
    _, headers = web.requests[-1]
    assert headers["If-None-Match"] == '"v1"'
    assert headers["If-Modified-Since"] == "Tue, 20 Feb 2024 10:00:00 GMT"


@pytest.mark.django_db
def test_feed_on_a_private_address_is_refused_and_recorded(web):
    feed = Feed.objects.create(url=web.page("/feed", rss(web, ["/a"]), content_type=RSS))

    poll = poll_feed(feed=feed)

    assert poll.error == "refused loopback address 127.0.0.1"
    feed.refresh_from_db()
    assert feed.last_error == poll.error
    assert not Source.objects.exists()


@pytest.mark.django_db
def test_page_that_is_not_a_feed_is_recorded(web, allow_local):
    feed = Feed.objects.create(url=web.page("/feed", "<html><body>Hi</body></html>"))

    poll = poll_feed(feed=feed)

    assert poll.error.startswith("not an RSS or Atom feed")
    assert not Source.objects.exists()


@pytest.mark.django_db
def test_entry_on_a_private_address_fails_alone(web, allow_local, resolve):
    resolve({"intranet.example": ["10.0.0.3"]})
    articles(web, "/a")
    body = rss(web, ["/a"]).replace(
        "</channel>",
        "<item><title>Inside</title><link>http://intranet.example/x</link></item></channel>",
    )
    feed = Feed.objects.create(url=web.page("/feed", body, content_type=RSS))

    poll_feed(feed=feed)

    statuses = dict(Source.objects.values_list("url", "status"))
    assert statuses == {
        web.url("/a"): Source.Status.DONE,
        "http://intranet.example/x": Source.Status.FAILED,
    }


@pytest.mark.django_db
def test_add_feed_refuses_a_bad_url_and_is_idempotent(web):
    with pytest.raises(IngestError):
        add_feed(url="feed://news.example/rss")

    first, _ = add_feed(url=web.url("/feed"))
    second, created = add_feed(url=web.url("/feed"))

    assert not created and second.pk == first.pk
