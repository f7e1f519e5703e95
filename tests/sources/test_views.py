import datetime

import pytest
from django.contrib.auth.models import Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sources.models import Feed, Source
from tests.factories import SourceFactory

from .conftest import ARTICLE_HTML
from .test_feeds import RSS, rss

pytestmark = pytest.mark.django_db

TEXT = "Rebels attacked an army post near the border on 3 March, killing four soldiers."


@pytest.fixture
def editor(client):
    user = User.objects.create_user("editor", password="pw")
    user.user_permissions.add(
        Permission.objects.get(codename="add_source"),
        Permission.objects.get(codename="add_feed"),
    )
    client.force_login(user)
    return user


@pytest.fixture
def analyst(client):
    user = User.objects.create_user("analyst", password="pw")
    client.force_login(user)
    return user


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


def test_anonymous_is_sent_to_log_in(client):
    response = client.get("/ingest/")

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_anonymous_cannot_post(client):
    response = client.post("/ingest/text/", {"text": TEXT})

    assert response.status_code == 302
    assert not Source.objects.exists()


def test_analyst_is_forbidden(client, analyst):
    assert client.get("/ingest/").status_code == 403
    assert client.post("/ingest/text/", {"text": TEXT}).status_code == 403
    assert client.get("/ingest/status/").status_code == 403
    assert not Source.objects.exists()


def test_editor_sees_the_forms_and_recent_sources(client, editor):
    SourceFactory(title="<b>Border attack</b>", status=Source.Status.DONE)
    SourceFactory(
        title="Broken page",
        url="https://news.example/broken",
        status=Source.Status.FAILED,
        error="HTTP 404 Not Found",
    )

    response = client.get("/ingest/")

    assert response.status_code == 200
    body = response.content.decode()
    for section in ('id="text"', 'id="files"', 'id="url"', 'id="feed"'):
        assert section in body
    assert "&lt;b&gt;Border attack&lt;/b&gt;" in body
    assert "HTTP 404 Not Found" in body
    assert body.count(">Retry</button>") == 1


def test_page_queries_do_not_grow_with_sources(client, editor, django_assert_num_queries):
    for number in range(3):
        SourceFactory(title=f"Source {number}")
    Feed.objects.create(url="https://news.example/a.rss")
    Feed.objects.create(url="https://news.example/b.rss")

    # session, user, the user's permissions, the user's groups' permissions,
    # the recent sources with their event counts, the feeds
    with django_assert_num_queries(6):
        response = client.get("/ingest/")

    assert len(response.context["sources"]) == 3


def test_pasted_text_is_ingested(client, editor):
    response = client.post(
        "/ingest/text/",
        {"title": "Border attack", "published": "2024-03-05", "text": TEXT},
        follow=True,
    )

    source = Source.objects.get()
    assert source.status == Source.Status.DONE
    assert source.published == datetime.date(2024, 3, 5)
    assert any(f"stored as source {source.pk} with" in m for m in messages_of(response))


def test_pasted_text_twice_is_reported_as_already_stored(client, editor):
    client.post("/ingest/text/", {"text": TEXT})

    response = client.post("/ingest/text/", {"text": TEXT}, follow=True)

    assert Source.objects.count() == 1
    assert any("already stored" in m for m in messages_of(response))


def test_empty_text_is_a_form_error(client, editor):
    response = client.post("/ingest/text/", {"text": "   ", "published": "yesterday"})

    assert response.status_code == 400
    assert response.context["text_form"].errors.keys() == {"text", "published"}
    assert not Source.objects.exists()


def test_uploaded_files_are_ingested_and_bad_ones_reported(client, editor):
    files = [
        SimpleUploadedFile("page.html", ARTICLE_HTML.encode(), "text/html"),
        SimpleUploadedFile("notes.txt", f"Border attack\n{TEXT}".encode(), "text/plain"),
        SimpleUploadedFile("empty.txt", b"", "text/plain"),
        SimpleUploadedFile("binary.txt", b"\x00\x01\x02", "text/plain"),
        SimpleUploadedFile("photo.png", b"\x89PNG", "image/png"),
    ]

    response = client.post("/ingest/files/", {"files": files}, follow=True)

    titles = set(Source.objects.values_list("title", flat=True))
    assert titles == {"Militias halt attacks on US forces", "Border attack"}
    html_source = Source.objects.get(title="Militias halt attacks on US forces")
    assert html_source.published == datetime.date(2024, 2, 21)
    messages = messages_of(response)
    assert "empty.txt: file is empty" in messages
    assert "binary.txt: file is binary, not text" in messages
    assert "photo.png: unsupported file type .png; use .txt or .html" in messages


def test_oversized_upload_is_refused(client, editor, settings):
    settings.CHRONICLE_FETCH_MAX_BYTES = 10

    response = client.post(
        "/ingest/files/",
        {"files": [SimpleUploadedFile("big.txt", b"Title\n" + b"x" * 100)]},
        follow=True,
    )

    assert "big.txt: file is larger than the limit" in messages_of(response)[0]
    assert not Source.objects.exists()


def test_url_is_fetched(client, editor, web, allow_local):
    url = web.page("/a", ARTICLE_HTML)

    response = client.post("/ingest/url/", {"url": url}, follow=True)

    source = Source.objects.get()
    assert source.url == url
    assert source.status == Source.Status.DONE
    assert response.redirect_chain[-1][0] == "/ingest/"


def test_refused_url_shows_its_reason(client, editor, web):
    url = web.page("/a", ARTICLE_HTML)

    response = client.post("/ingest/url/", {"url": url}, follow=True)

    assert "failed: refused loopback address 127.0.0.1" in messages_of(response)[0]
    assert "refused loopback address 127.0.0.1" in response.content.decode()


def test_bad_url_is_a_form_error(client, editor):
    response = client.post("/ingest/url/", {"url": "file:///etc/passwd"})

    assert response.status_code == 400
    assert "is not an http or https URL" in response.context["url_form"].errors["url"][0]


def test_feed_is_added_and_polled(client, editor, web, allow_local):
    web.page("/a", ARTICLE_HTML)
    feed_url = web.page("/feed", rss(web, ["/a"]), content_type=RSS)

    client.post("/ingest/feeds/", {"url": feed_url})

    assert Feed.objects.get().url == feed_url
    assert Source.objects.get().url == web.url("/a")


def test_failed_source_is_retried(client, editor, web, allow_local):
    url = web.page("/a", "later", status=503)
    client.post("/ingest/url/", {"url": url})
    source = Source.objects.get()
    assert source.status == Source.Status.FAILED
    web.page("/a", ARTICLE_HTML)

    client.post(f"/ingest/sources/{source.pk}/retry/")

    source.refresh_from_db()
    assert source.status == Source.Status.DONE


def test_status_endpoint_reports_the_asked_sources(client, editor):
    queued = SourceFactory(
        url="https://news.example/q", status=Source.Status.QUEUED, text="", content_hash=None
    )
    failed = SourceFactory(status=Source.Status.FAILED, error="timed out fetching news.example")
    SourceFactory()

    response = client.get(f"/ingest/status/?ids={queued.pk},{failed.pk}")

    rows = {row["id"]: row for row in response.json()["sources"]}
    assert rows.keys() == {queued.pk, failed.pk}
    assert rows[queued.pk]["status"] == "queued" and rows[queued.pk]["in_progress"]
    assert rows[failed.pk]["error"] == "timed out fetching news.example"
    assert not rows[failed.pk]["in_progress"]


def test_status_endpoint_refuses_bad_ids(client, editor):
    response = client.get("/ingest/status/?ids=1,two")

    assert response.status_code == 400
    assert b"ids must be" in response.content


def test_resubmitted_failed_url_points_to_retry(client, editor, web):
    url = web.page("/a", ARTICLE_HTML)
    client.post("/ingest/url/", {"url": url}, follow=True)

    response = client.post("/ingest/url/", {"url": url}, follow=True)

    assert "which failed (refused loopback address 127.0.0.1); retry it" in messages_of(response)[0]
    assert Source.objects.count() == 1
