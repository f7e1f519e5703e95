import datetime

import pytest
from django.db import OperationalError
from django.utils import timezone

from events.models import Event, Evidence
from sources import services
from sources.fetching import fetch as real_fetch
from sources.models import Source
from sources.services import (
    IngestError,
    ingest_source,
    ingest_url,
    requeue_stale_sources,
    retry_source,
)

from .conftest import ARTICLE_HTML

pytestmark = pytest.mark.django_db

UNDATED_HTML = """<html><head><title>Talks</title></head><body><article>
<p>The two delegations met in Geneva on Tuesday and agreed to meet again next month, officials
from both sides said after a long day of talks about the ceasefire and the prisoner exchange.</p>
</article></body></html>"""


def test_url_is_fetched_extracted_and_dated_from_page_metadata(web, allow_local):
    url = web.page("/article", ARTICLE_HTML)

    result = ingest_url(url=url)

    source = result.source
    assert result.created
    assert source.status == Source.Status.DONE, source.error
    assert source.url == url
    assert source.title == "Militias halt attacks on US forces"
    assert source.published == datetime.date(2024, 2, 21)
    assert source.publisher == "The New Arab"
    assert "Quds Force commander Esmail Qaani" in source.text
    assert "<p>" not in source.text
    assert Evidence.objects.filter(source=source).exists()


def test_callers_date_and_title_win_over_the_page(web, allow_local):
    url = web.page("/article", ARTICLE_HTML)

    source = ingest_url(url=url, published=datetime.date(2024, 2, 22), title="Mine").source

    assert source.published == datetime.date(2024, 2, 22)
    assert source.title == "Mine"


def test_page_without_a_date_needs_one(web, allow_local):
    url = web.page("/undated", UNDATED_HTML)

    source = ingest_url(url=url).source

    assert source.status == Source.Status.NEEDS_DATE
    assert source.published is None
    assert "Geneva" in source.text
    assert not Evidence.objects.filter(source=source).exists()


def test_plain_text_page_is_taken_as_it_is(web, allow_local):
    url = web.page("/notes.txt", "On 8 February a strike hit Baghdad.", content_type="text/plain")

    source = ingest_url(url=url, published=datetime.date(2024, 2, 21)).source

    assert source.status == Source.Status.DONE
    assert source.text == "On 8 February a strike hit Baghdad."


def test_same_url_twice_is_one_source_fetched_once(web, allow_local):
    url = web.page("/article", ARTICLE_HTML)
    first = ingest_url(url=url)

    second = ingest_url(url=url + "#comments")

    assert not second.created
    assert second.source.pk == first.source.pk
    assert Source.objects.count() == 1
    assert len(web.requests) == 1


def test_refused_address_is_stored_as_the_failure_reason(web):
    url = web.page("/article", ARTICLE_HTML)

    source = ingest_url(url=url).source

    assert source.status == Source.Status.FAILED
    assert source.error == "refused loopback address 127.0.0.1"
    assert source.text == ""
    assert web.requests == []


@pytest.mark.parametrize(
    "route, error",
    [
        ({"body": "gone", "status": 404}, "HTTP 404"),
        ({"body": b"\x89PNG", "content_type": "image/png"}, "content type image/png"),
        ({"body": "<html><body></body></html>"}, "no main text found"),
    ],
)
def test_each_failure_is_stored_on_the_source(web, allow_local, route, error):
    url = web.page("/x", **route)

    source = ingest_url(url=url).source

    assert source.status == Source.Status.FAILED
    assert error in source.error


def test_too_large_page_fails_with_the_limit(web, allow_local, settings):
    settings.CHRONICLE_FETCH_MAX_BYTES = 1024
    url = web.page("/big", "<p>" + "x" * 5000 + "</p>")

    source = ingest_url(url=url).source

    assert source.status == Source.Status.FAILED
    assert source.error == "response is larger than the limit of 1 KB"


@pytest.mark.parametrize("url", ["", "not a url", "ftp://example.com/a", "javascript:alert(1)"])
def test_bad_urls_are_refused_before_storing(url):
    with pytest.raises(IngestError):
        ingest_url(url=url)

    assert not Source.objects.exists()


def test_same_text_under_a_second_url_is_not_stored_twice(web, allow_local):
    first = ingest_url(url=web.page("/a", ARTICLE_HTML)).source

    second = ingest_url(url=web.page("/b", ARTICLE_HTML)).source

    assert second.status == Source.Status.FAILED
    assert second.error == f"same text as source {first.pk} ({first.url}); nothing stored twice"
    assert second.content_hash is None
    assert Source.objects.exclude(text="").count() == 1


def test_url_whose_text_was_pasted_before_is_not_stored_twice(web, allow_local):
    url = web.page("/notes.txt", "On 8 February a strike hit Baghdad.", content_type="text/plain")
    pasted = ingest_source(
        text="On 8 February a strike hit Baghdad.", published=datetime.date(2024, 2, 21)
    ).source

    source = ingest_url(url=url).source

    assert source.status == Source.Status.FAILED
    assert f"same text as source {pasted.pk}" in source.error


def test_failed_source_is_retried(web, allow_local):
    url = web.page("/later", "not yet", status=503)
    source = ingest_url(url=url).source
    assert source.status == Source.Status.FAILED
    web.page("/later", ARTICLE_HTML)

    retried = retry_source(source=source)

    assert retried.status == Source.Status.DONE
    assert retried.error == ""
    assert "Quds Force" in retried.text


def test_only_failed_sources_are_retried(web, allow_local):
    source = ingest_url(url=web.page("/a", ARTICLE_HTML)).source

    with pytest.raises(IngestError, match="only failed sources can be retried; this one is done"):
        retry_source(source=source)


def test_fetch_of_a_source_already_taken_does_nothing(web, allow_local):
    """A task enqueued twice does the work once: the second finds the source no longer queued."""
    source = ingest_url(url=web.page("/a", ARTICLE_HTML)).source
    events = Event.objects.count()

    services.fetch_source(source=source)

    assert source.status == Source.Status.DONE
    assert len(web.requests) == 1
    assert Event.objects.count() == events


def test_crash_during_extraction_leaves_no_half_written_source(web, allow_local, monkeypatch):
    def crash(*, source, **kwargs):
        Event.objects.create(
            type="strike", title="half", date_start=source.published, date_end=source.published
        )
        raise RuntimeError("worker died")

    monkeypatch.setattr(services, "extract_source", crash)

    source = ingest_url(url=web.page("/a", ARTICLE_HTML)).source

    assert source.status == Source.Status.FAILED
    assert source.error == "extraction failed: RuntimeError: worker died"
    assert source.text == ""
    assert source.content_hash is None
    assert not Event.objects.exists()


def test_worker_that_lost_its_source_does_not_write(web, allow_local, monkeypatch):
    """While this worker fetched, the source was given up as stale and taken by another."""
    url = web.page("/a", ARTICLE_HTML)

    def fetch_while_another_worker_takes_over(*args, **kwargs):
        page = real_fetch(*args, **kwargs)
        Source.objects.filter(url=url).update(
            status=Source.Status.FETCHING, updated_at=timezone.now()
        )
        return page

    monkeypatch.setattr(services, "fetch", fetch_while_another_worker_takes_over)

    source = ingest_url(url=url).source

    assert source.status == Source.Status.FETCHING
    assert source.text == ""
    assert not Evidence.objects.exists()


def test_stale_sources_are_requeued_and_run(web, allow_local):
    url = web.page("/a", ARTICLE_HTML)
    stuck = Source.objects.create(url=url, status=Source.Status.EXTRACTING)
    Source.objects.filter(pk=stuck.pk).update(
        updated_at=timezone.now() - datetime.timedelta(hours=1)
    )
    recent = Source.objects.create(url=web.url("/b"), status=Source.Status.FETCHING)

    requeued = requeue_stale_sources(older_than=datetime.timedelta(minutes=30))

    assert requeued == 1
    stuck.refresh_from_db()
    recent.refresh_from_db()
    assert stuck.status == Source.Status.DONE
    assert recent.status == Source.Status.FETCHING


def test_pasted_text_twice_is_one_source():
    first = ingest_source(text="On 8 February a strike hit Baghdad.", published=None)

    second = ingest_source(text="  On 8 February   a strike hit Baghdad. ", published=None)

    assert first.created and not second.created
    assert second.source.pk == first.source.pk


@pytest.mark.parametrize(
    "given, stored",
    [
        ("https://news.example/a#top", "https://news.example/a"),
        ("https://news.example/a?utm_source=rss&utm_medium=feed", "https://news.example/a"),
        ("https://news.example/a?id=7&utm_campaign=x", "https://news.example/a?id=7"),
        ("  https://news.example/a?q=  ", "https://news.example/a?q="),
    ],
)
def test_urls_are_stored_without_fragment_and_tracking(given, stored):
    assert services.clean_url(given) == stored


def test_declared_charset_is_used(web, allow_local):
    url = web.page(
        "/latin.txt",
        "Talks in Zürich on 8 February.".encode("latin-1"),
        content_type="text/plain; charset=iso-8859-1",
    )

    source = ingest_url(url=url, published=datetime.date(2024, 2, 21)).source

    assert source.text == "Talks in Zürich on 8 February."


def deadlock_once(monkeypatch):
    """The database aborts the first extraction, as PostgreSQL does to one of two deadlocked
    workers; the calls made are returned."""
    real_extract = services.extract_source
    calls = []

    def extract(*, source, **kwargs):
        calls.append(source.pk)
        if len(calls) == 1:
            raise OperationalError("deadlock detected")
        return real_extract(source=source, **kwargs)

    monkeypatch.setattr(services, "extract_source", extract)
    return calls


@pytest.mark.django_db(transaction=True)
def test_text_aborted_by_a_deadlock_is_stored_on_a_second_attempt(monkeypatch):
    calls = deadlock_once(monkeypatch)

    result = ingest_source(
        text="On 8 February a strike hit Baghdad.", published=datetime.date(2024, 2, 21)
    )

    assert len(calls) == 2
    assert result.source.status == Source.Status.DONE
    assert Source.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_url_aborted_by_a_deadlock_is_stored_on_a_second_attempt(web, allow_local, monkeypatch):
    calls = deadlock_once(monkeypatch)

    source = ingest_url(url=web.page("/a", ARTICLE_HTML)).source

    assert len(calls) == 2
    assert source.status == Source.Status.DONE
    assert Evidence.objects.filter(source=source).exists()


def test_inside_a_callers_transaction_a_deadlock_is_left_to_the_caller(monkeypatch):
    deadlock_once(monkeypatch)

    with pytest.raises(OperationalError):
        ingest_source(
            text="On 8 February a strike hit Baghdad.", published=datetime.date(2024, 2, 21)
        )
