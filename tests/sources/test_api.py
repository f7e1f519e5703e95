import pytest
from django.contrib.auth.models import Permission, User
from rest_framework.test import APIClient

from sources.models import Feed, Source

from .conftest import ARTICLE_HTML
from .test_feeds import RSS, rss

pytestmark = pytest.mark.django_db


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def editor_api(api):
    user = User.objects.create_user("editor")
    user.user_permissions.add(Permission.objects.get(codename="add_feed"))
    api.force_authenticate(user)
    return api


def test_feeds_are_listed_with_constant_queries(api, django_assert_num_queries):
    Feed.objects.create(url="https://news.example/b.rss", last_error="HTTP 500")
    Feed.objects.create(url="https://news.example/a.rss")

    # the feeds
    with django_assert_num_queries(1):
        response = api.get("/api/feeds/")

    assert response.status_code == 200
    assert [f["url"] for f in response.json()] == [
        "https://news.example/a.rss",
        "https://news.example/b.rss",
    ]
    assert response.json()[1]["last_error"] == "HTTP 500"


def test_post_follows_a_feed_and_ingests_its_entries(editor_api, web, allow_local):
    web.page("/a", ARTICLE_HTML)
    feed_url = web.page("/feed", rss(web, ["/a"]), content_type=RSS)

    response = editor_api.post("/api/feeds/", {"url": feed_url}, format="json")

    assert response.status_code == 201
    assert response.json()["url"] == feed_url
    assert response.json()["title"] == "Iraq desk"
    assert Source.objects.get().status == Source.Status.DONE


def test_post_of_a_followed_feed_returns_it(editor_api):
    feed = Feed.objects.create(url="https://news.example/feed.rss")

    response = editor_api.post(
        "/api/feeds/", {"url": "https://news.example/feed.rss", "poll": False}, format="json"
    )

    assert response.status_code == 200
    assert response.json()["id"] == feed.pk


@pytest.mark.parametrize(
    "payload, message",
    [
        ({}, "This field is required."),
        ({"url": "ftp://news.example/feed"}, "is not an http or https URL"),
        ({"url": "https://news.example/feed", "poll": "maybe"}, "Must be a valid boolean."),
    ],
)
def test_bad_feed_is_a_400_naming_the_parameter(editor_api, payload, message):
    response = editor_api.post("/api/feeds/", payload, format="json")

    assert response.status_code == 400
    field = "poll" if "poll" in payload else "url"
    assert message in response.json()[field][0]
    assert not Feed.objects.exists()


def test_refused_feed_records_its_error(editor_api, web):
    feed_url = web.page("/feed", rss(web, ["/a"]), content_type=RSS)

    response = editor_api.post("/api/feeds/", {"url": feed_url}, format="json")

    assert response.status_code == 201
    assert response.json()["last_error"] == "refused loopback address 127.0.0.1"


def test_poll_action_polls_again(editor_api, web, allow_local):
    feed = Feed.objects.create(url=web.page("/feed", rss(web, []), content_type=RSS))
    editor_api.post(f"/api/feeds/{feed.pk}/poll/")
    web.page("/a", ARTICLE_HTML)
    web.page("/feed", rss(web, ["/a"]), content_type=RSS)

    response = editor_api.post(f"/api/feeds/{feed.pk}/poll/")

    assert response.status_code == 202
    assert Source.objects.get().url == web.url("/a")


def test_anonymous_and_analysts_cannot_add_feeds(api):
    assert api.post("/api/feeds/", {"url": "https://news.example/f"}).status_code in (401, 403)
    api.force_authenticate(User.objects.create_user("analyst"))
    assert api.post("/api/feeds/", {"url": "https://news.example/f"}).status_code == 403
    assert not Feed.objects.exists()
