import datetime

import pytest
from django.contrib.auth.models import Permission, User
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from sources.models import Source
from tests.factories import EventFactory, EvidenceFactory, SourceFactory

pytestmark = pytest.mark.django_db

D = datetime.date

ARTICLE = {
    "title": "Militias halt attacks",
    "published": "2024-02-21",
    "text": "On 8 February, a US airstrike in eastern Baghdad killed a Kataib Hezbollah commander.",
    "url": "https://example.org/militias-halt-attacks",
    "publisher": "Example News",
}


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def editor():
    user = User.objects.create_user("editor", password="x")
    user.user_permissions.add(Permission.objects.get(codename="add_source"))
    return user


def test_list_is_newest_first_with_event_counts(api):
    old = SourceFactory(title="old", published=D(2024, 1, 1))
    new = SourceFactory(title="new", published=D(2024, 2, 21))
    EvidenceFactory(source=new, start=0)
    EvidenceFactory(source=new, event=EventFactory(), start=3)

    body = api.get("/api/sources/").json()

    assert body["count"] == 2
    assert [item["title"] for item in body["results"]] == ["new", "old"]
    assert body["results"][0]["event_count"] == 2
    assert body["results"][1]["event_count"] == 0
    assert body["results"][1]["page_url"] == f"/sources/{old.pk}/"
    assert body["results"][1]["api_url"] == f"http://testserver/api/sources/{old.pk}/"
    assert "text" not in body["results"][0]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ("status=failed", ["failed"]),
        ("status=done,failed", ["jan", "failed"]),
        ("published_from=2024-02", ["feb"]),
        ("published_to=2024-01", ["jan", "failed"]),
        ("published_from=2024-01-15&published_to=2024-01-31", ["jan"]),
        ("q=JAN", ["jan"]),
    ],
)
def test_list_filters(api, params, expected):
    SourceFactory(title="feb", published=D(2024, 2, 21), status="extracting")
    SourceFactory(title="jan", published=D(2024, 1, 20))
    SourceFactory(title="failed", published=D(2024, 1, 1), status="failed")

    body = api.get(f"/api/sources/?{params}").json()
    assert [item["title"] for item in body["results"]] == expected


@pytest.mark.parametrize("params", ["published_from=2024-02-31", "status=lost"])
def test_bad_list_filter_is_a_400_naming_it(api, params):
    response = api.get(f"/api/sources/?{params}")
    assert response.status_code == 400
    assert list(response.json()) == [params.split("=")[0]]


def test_detail_has_text_and_events_in_date_order(api):
    source = SourceFactory(text="The full text.")
    later = EventFactory(title="later", date_start=D(2024, 2, 8))
    earlier = EventFactory(title="earlier", date_start=D(2024, 1, 29), date_precision="day")
    EvidenceFactory(source=source, event=later)
    EvidenceFactory(source=source, event=earlier)
    EvidenceFactory(source=source, event=earlier, start=4)

    body = api.get(f"/api/sources/{source.pk}/").json()

    assert body["text"] == "The full text."
    assert body["events"] == [
        {
            "id": earlier.pk,
            "title": "earlier",
            "type": "strike",
            "date_display": "29 Jan 2024",
            "status": "extracted",
            "page_url": f"/events/{earlier.pk}/",
        },
        {
            "id": later.pk,
            "title": "later",
            "type": "strike",
            "date_display": "8 Feb 2024",
            "status": "extracted",
            "page_url": f"/events/{later.pk}/",
        },
    ]


def test_list_query_count_does_not_grow_with_rows(api, django_assert_num_queries):
    for _ in range(3):
        EvidenceFactory()

    # 1. COUNT(*) for the page numbers
    # 2. the page of sources with their event counts
    with django_assert_num_queries(2):
        assert len(api.get("/api/sources/").json()["results"]) == 3


def test_anonymous_cannot_ingest(api):
    response = api.post("/api/sources/", ARTICLE, format="json")
    assert response.status_code in (401, 403)
    assert not Source.objects.exists()


def test_logged_in_non_editor_cannot_ingest(api):
    api.force_authenticate(User.objects.create_user("analyst"))
    assert api.post("/api/sources/", ARTICLE, format="json").status_code == 403
    assert not Source.objects.exists()


def test_editor_ingests_a_text_once(api, editor):
    api.force_login(editor)

    first = api.post("/api/sources/", ARTICLE, format="json")
    assert first.status_code == 201, first.content
    body = first.json()
    assert body["title"] == "Militias halt attacks"
    assert body["published"] == "2024-02-21"
    assert body["url"] == ARTICLE["url"]
    assert body["ingest"]["created"] is True
    assert body["ingest"]["events_created"] == len(body["events"]) > 0
    source = Source.objects.get()
    assert source.evidence.count() >= len(body["events"])

    again = api.post("/api/sources/", ARTICLE, format="json")
    assert again.status_code == 200
    assert again.json()["id"] == body["id"]
    assert again.json()["ingest"] == {"created": False, "events_created": 0, "events_merged": 0}
    assert Source.objects.count() == 1


def test_editor_ingests_form_data_too(api, editor):
    api.force_login(editor)
    response = api.post("/api/sources/", {**ARTICLE, "url": ""})
    assert response.status_code == 201, response.content
    assert response.json()["url"] is None


def test_token_authentication(api, editor):
    token = Token.objects.create(user=editor)
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert api.post("/api/sources/", ARTICLE, format="json").status_code == 201


def test_wrong_token_is_refused(api):
    api.credentials(HTTP_AUTHORIZATION="Token not-a-token")
    assert api.post("/api/sources/", ARTICLE, format="json").status_code in (401, 403)
    assert not Source.objects.exists()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"published": "21/02/2024"}, "published"),
        ({"published": None}, "published"),
        ({"text": "   \n "}, "text"),
        ({"title": ""}, "title"),
        ({"url": "ftp://example.org/x"}, "url"),
        ({"kind": "tweet"}, "kind"),
    ],
)
def test_bad_ingest_is_a_400_naming_the_field(api, editor, change, field):
    api.force_login(editor)
    response = api.post("/api/sources/", {**ARTICLE, **change}, format="json")
    assert response.status_code == 400
    assert list(response.json()) == [field]
    assert not Source.objects.exists()


def test_missing_text_is_a_400_naming_it(api, editor):
    api.force_login(editor)
    response = api.post("/api/sources/", {"title": "t", "published": "2024-02-21"}, format="json")
    assert response.status_code == 400
    assert list(response.json()) == ["text"]


def test_oversized_text_is_a_413(api, editor, settings):
    settings.CHRONICLE_MAX_SOURCE_CHARS = 100
    api.force_login(editor)
    response = api.post("/api/sources/", {**ARTICLE, "text": "word " * 100}, format="json")
    assert response.status_code == 413
    assert list(response.json()) == ["text"]
    assert not Source.objects.exists()


def test_unsupported_content_type_is_a_415(api, editor):
    api.force_login(editor)
    response = api.post("/api/sources/", "just text", content_type="text/plain")
    assert response.status_code == 415


PAGE = """<html><head><title>Talks resume</title>
<meta property="article:published_time" content="2024-03-01"></head>
<body><article><h1>Talks resume</h1><p>Government and rebel delegations met in Geneva on
Thursday for a new round of talks, the first since the ceasefire collapsed in January.</p>
<p>Both sides said the meeting was constructive.</p></article></body></html>"""


def test_editor_posts_a_url_and_it_is_fetched_in_the_background(api, editor, web, allow_local):
    url = web.page("/talks", PAGE)
    api.force_login(editor)

    response = api.post("/api/sources/", {"url": url}, format="json")

    assert response.status_code == 202
    source = Source.objects.get()
    assert response.json()["id"] == source.pk
    # The embedded default runs the task at once; a db_worker would pick it up instead.
    assert source.status == "done"
    assert "Geneva" in source.text
    again = api.post("/api/sources/", {"url": url}, format="json")
    assert again.status_code == 200
    assert Source.objects.count() == 1


def test_a_url_to_a_private_address_is_stored_as_failed_with_the_reason(api, editor, web):
    url = web.page("/talks", PAGE)
    api.force_login(editor)

    response = api.post("/api/sources/", {"url": url}, format="json")

    assert response.status_code == 202
    source = Source.objects.get()
    assert source.status == "failed"
    assert "127.0.0.1" in source.error


@pytest.mark.parametrize(
    ("payload", "fields"),
    [
        ({}, ["text"]),
        ({"text": "On 3 March troops withdrew."}, ["published", "title"]),
        ({"url": "ftp://example.org/a"}, ["url"]),
    ],
)
def test_text_or_url_is_needed_and_text_needs_title_and_date(api, editor, payload, fields):
    api.force_login(editor)

    response = api.post("/api/sources/", payload, format="json")

    assert response.status_code == 400
    assert sorted(response.json()) == fields
