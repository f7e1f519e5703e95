import io

import pytest
from django.core.management import CommandError, call_command

from sources.models import Feed, Source

from .conftest import ARTICLE_HTML
from .test_feeds import RSS, rss

pytestmark = pytest.mark.django_db


def poll(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("poll_feeds", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_active_feeds_are_polled_and_failures_reported(web, allow_local, resolve):
    resolve({"intranet.example": ["10.0.0.2"]})
    web.page("/a", ARTICLE_HTML)
    good = Feed.objects.create(url=web.page("/feed", rss(web, ["/a"]), content_type=RSS))
    Feed.objects.create(url="http://intranet.example/feed")
    Feed.objects.create(url=web.url("/off"), active=False)

    out, err = poll()

    assert f"polled   {good.url}: 1 new entries" in out
    assert "failed   http://intranet.example/feed: refused private address 10.0.0.2" in err
    assert "feeds: 2 polled, 1 failed; entries: 1 new" in out
    assert Source.objects.get().status == Source.Status.DONE


def test_second_poll_finds_nothing_new(web, allow_local):
    web.page("/a", ARTICLE_HTML)
    Feed.objects.create(url=web.page("/feed", rss(web, ["/a"]), content_type=RSS))
    poll()

    out, _ = poll()

    assert "entries: 0 new" in out
    assert Source.objects.count() == 1


def test_named_feeds_only(web, allow_local):
    chosen = Feed.objects.create(url=web.page("/one", rss(web, []), content_type=RSS))
    Feed.objects.create(url=web.page("/two", rss(web, []), content_type=RSS))

    out, _ = poll(chosen.url)

    assert "feeds: 1 polled" in out
    assert [path for path, _ in web.requests] == ["/one"]


def test_unknown_feed_is_refused():
    with pytest.raises(CommandError, match="not stored as feeds: https://news.example/x"):
        poll("https://news.example/x")
