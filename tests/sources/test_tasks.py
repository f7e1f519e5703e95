import datetime
import os
import signal
import subprocess
import sys
import time

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from sources.models import Feed, Source
from sources.services import ingest_url, requeue_stale_sources
from sources.tasks import (
    fetch_source_task,
    poll_feed_task,
    poll_feeds_task,
    requeue_stale_sources_task,
)

from .conftest import ARTICLE_HTML
from .test_feeds import rss

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def database_queue(settings, transactional_db):
    """The database backend; the worker commits and closes connections as in its own process."""
    settings.TASKS = DATABASE_QUEUE


def run_worker():
    call_command(
        "db_worker", "--batch", "--no-reload", "--no-startup-delay", "--interval", "0", verbosity=0
    )


def test_fetch_task_runs_at_once_on_the_immediate_backend(web, allow_local):
    source = Source.objects.create(url=web.page("/a", ARTICLE_HTML))

    result = fetch_source_task.enqueue(source.pk)

    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == "done"
    source.refresh_from_db()
    assert source.status == Source.Status.DONE


def test_fetch_task_of_a_deleted_source_is_harmless():
    result = fetch_source_task.enqueue(123456)

    assert result.return_value == "deleted"


def test_url_waits_in_the_database_queue_until_a_worker_runs(web, allow_local, database_queue):
    source = ingest_url(url=web.page("/a", ARTICLE_HTML)).source

    assert source.status == Source.Status.QUEUED
    assert DBTaskResult.objects.filter(status=TaskResultStatus.READY).count() == 1
    assert web.requests == []

    run_worker()

    source.refresh_from_db()
    assert source.status == Source.Status.DONE
    assert DBTaskResult.objects.get().status == TaskResultStatus.SUCCESSFUL


def test_same_url_queued_twice_is_one_task(web, allow_local, database_queue):
    url = web.page("/a", ARTICLE_HTML)
    ingest_url(url=url)

    ingest_url(url=url)

    assert DBTaskResult.objects.count() == 1


def test_duplicate_tasks_for_one_source_fetch_it_once(web, allow_local, database_queue):
    source = ingest_url(url=web.page("/a", ARTICLE_HTML)).source
    fetch_source_task.enqueue(source.pk)

    run_worker()

    source.refresh_from_db()
    assert source.status == Source.Status.DONE
    assert len(web.requests) == 1
    assert sorted(r.return_value for r in DBTaskResult.objects.all()) == ["done", "done"]


def test_failure_is_on_the_source_and_the_task_succeeds(web, database_queue):
    """A refused URL is an outcome, not a crash: the worker goes on with the queue."""
    refused = ingest_url(url=web.page("/a", ARTICLE_HTML)).source
    other = ingest_url(url=web.page("/b", ARTICLE_HTML)).source

    run_worker()

    refused.refresh_from_db()
    other.refresh_from_db()
    assert refused.status == other.status == Source.Status.FAILED
    assert refused.error.startswith("refused loopback address")
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {
        TaskResultStatus.SUCCESSFUL
    }


def test_poll_feed_task_queues_new_entries(web, allow_local, database_queue):
    feed = Feed.objects.create(
        url=web.page("/feed", rss(web, ["/a", "/b"]), content_type="application/rss+xml")
    )
    web.page("/a", ARTICLE_HTML)
    web.page("/b", ARTICLE_HTML.replace("Quds Force", "Revolutionary Guards"))

    poll_feed_task.enqueue(feed.pk)
    run_worker()

    assert Source.objects.filter(status=Source.Status.DONE).count() == 2


def test_poll_feeds_task_polls_active_feeds_only(web, allow_local):
    web.page("/a", ARTICLE_HTML)
    Feed.objects.create(url=web.page("/on", rss(web, ["/a"]), content_type="application/rss+xml"))
    Feed.objects.create(
        url=web.page("/off", rss(web, ["/b"]), content_type="application/rss+xml"), active=False
    )

    result = poll_feeds_task.enqueue()

    assert result.return_value == 1
    assert list(Source.objects.values_list("url", flat=True)) == [web.url("/a")]


def test_requeue_task_runs_stale_sources_again(web, allow_local):
    stuck = Source.objects.create(url=web.page("/a", ARTICLE_HTML), status=Source.Status.FETCHING)
    Source.objects.filter(pk=stuck.pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=1)
    )

    result = requeue_stale_sources_task.enqueue()

    assert result.return_value == 1
    stuck.refresh_from_db()
    assert stuck.status == Source.Status.DONE


def _worker_env() -> dict:
    db = connection.settings_dict
    return {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}",
        "CHRONICLE_TASKS": "database",
        "CHRONICLE_FETCH_ALLOWED_NETWORKS": "127.0.0.1/32",
    }


def _worker_process(*args) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-reload", "--no-startup-delay", *args],
        cwd=settings.BASE_DIR,
        env=_worker_env(),
    )


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="workers in other processes need PostgreSQL"
)
def test_two_workers_on_one_queue_fetch_each_source_once(web, allow_local, database_queue):
    sources = [
        ingest_url(
            url=web.page(
                f"/{n}",
                ARTICLE_HTML.replace("Quds Force", f"Quds Force unit {n}"),
                # Slow pages: the queue outlasts the start-up of the later worker.
                delay_between_bytes=0.0002,
            )
        ).source
        for n in range(20)
    ]
    for source in sources:  # every task twice: both workers may pick up the same source
        fetch_source_task.enqueue(source.pk)

    workers = [_worker_process("--batch", "--interval", "0", "-v", "0") for _ in range(2)]
    for worker in workers:
        assert worker.wait(timeout=120) == 0

    assert Source.objects.filter(status=Source.Status.DONE).count() == 20
    assert sorted(path for path, _ in web.requests) == sorted(f"/{n}" for n in range(20))
    workers_used = {r.worker_ids[0] for r in DBTaskResult.objects.all()}
    assert len(workers_used) == 2


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="a worker in another process needs PostgreSQL"
)
def test_worker_killed_mid_fetch_leaves_nothing_half_written_and_is_requeued(
    web, allow_local, database_queue
):
    url = web.page("/a", ARTICLE_HTML, delay_between_bytes=1)
    source = ingest_url(url=url).source
    worker = _worker_process("-v", "0")
    try:
        deadline = time.monotonic() + 30
        while not web.requests and time.monotonic() < deadline:
            time.sleep(0.05)
        assert web.requests, "the worker never fetched"
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait()

    source.refresh_from_db()
    assert source.status == Source.Status.FETCHING
    assert source.text == "" and source.content_hash is None
    web.page("/a", ARTICLE_HTML)

    assert requeue_stale_sources(older_than=datetime.timedelta(0)) == 1
    run_worker()

    source.refresh_from_db()
    assert source.status == Source.Status.DONE
    assert "Quds Force" in source.text
