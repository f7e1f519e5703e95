import datetime
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection

from events.models import Event, Evidence
from sources.models import Feed, Source

from .conftest import ARTICLE_HTML
from .test_feeds import RSS, rss

pytestmark = pytest.mark.django_db

MANAGE_PY = Path(settings.BASE_DIR) / "manage.py"


def ingest(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("ingest", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def write_articles(folder: Path, count: int) -> None:
    folder.mkdir(exist_ok=True)
    for number in range(count):
        (folder / f"article-{number:03}.txt").write_text(
            f"Report {number}\nDelegation {number} met the envoy in Geneva on 8 February 2024. "
            f"A strike hit depot {number} in Baghdad on 10 February.\n"
        )


def test_files_and_folders_are_ingested_with_a_summary(tmp_path):
    write_articles(tmp_path / "folder", 2)
    (tmp_path / "page.html").write_text(ARTICLE_HTML)

    out, err = ingest(str(tmp_path / "folder"), str(tmp_path / "page.html"))

    assert err == ""
    assert Source.objects.count() == 3
    html_source = Source.objects.get(title="Militias halt attacks on US forces")
    assert html_source.published == datetime.date(2024, 2, 21)
    assert out.splitlines()[-1].startswith("sources: 3 new (2 need a date), 0 queued,")


def test_empty_and_binary_files_are_reported_while_the_others_are_ingested(tmp_path):
    write_articles(tmp_path, 1)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG")

    out, err = ingest(str(tmp_path), "--published", "2024-02-21")

    assert f"failed   {tmp_path / 'binary.txt'}: file is binary, not text" in err
    assert f"failed   {tmp_path / 'empty.txt'}: file is empty" in err
    assert Source.objects.get().status == Source.Status.DONE
    assert "sources: 1 new (0 need a date), 0 queued, 0 unchanged, 2 failed" in out


def test_second_run_changes_nothing(tmp_path):
    write_articles(tmp_path, 2)
    ingest(str(tmp_path), "--published", "2024-02-21")
    events = Event.objects.count()

    out, _ = ingest(str(tmp_path), "--published", "2024-02-21")

    assert "sources: 0 new (0 need a date), 0 queued, 2 unchanged, 0 failed" in out
    assert Source.objects.count() == 2
    assert Event.objects.count() == events


def test_urls_are_fetched_and_failures_reported(web, allow_local):
    good = web.page("/a", ARTICLE_HTML)
    missing = web.page("/gone", "gone", status=404)

    out, err = ingest(good, missing)

    assert Source.objects.get(url=good).status == Source.Status.DONE
    assert f"failed   {missing} (source" in err
    assert "HTTP 404" in err
    assert "sources: 1 new (0 need a date), 0 queued, 0 unchanged, 1 failed" in out


def test_url_on_a_private_address_is_refused(web):
    url = web.page("/a", ARTICLE_HTML)

    out, err = ingest(url)

    assert "refused loopback address 127.0.0.1" in err
    assert web.requests == []


def test_background_leaves_urls_queued_for_the_workers(web, allow_local, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

    out, _ = ingest(web.page("/a", ARTICLE_HTML), "--background")

    assert Source.objects.get().status == Source.Status.QUEUED
    assert "1 queued" in out


def test_feed_is_stored_and_its_entries_ingested(web, allow_local):
    web.page("/a", ARTICLE_HTML)
    feed_url = web.page("/feed", rss(web, ["/a"]), content_type=RSS)

    out, _ = ingest("--feed", feed_url)

    assert Feed.objects.get().url == feed_url
    source = Source.objects.get()
    assert source.url == web.url("/a")
    assert source.published == datetime.date(2024, 2, 20)
    assert "sources: 1 new" in out


def test_progress_bar_goes_to_a_terminal(tmp_path, monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    write_articles(tmp_path, 2)

    ingest(str(tmp_path))

    assert "ingesting: 100%" in terminal.getvalue()
    assert "2/2" in terminal.getvalue()


@pytest.mark.parametrize(
    "args, message",
    [
        ([], "give files, folders, URLs or --feed URL"),
        (["a.txt", "--published", "21/02/2024"], "is not YYYY-MM-DD"),
        (["a.txt", "b.txt", "--title", "T"], "apply to a single file"),
    ],
)
def test_bad_arguments_are_refused(args, message):
    with pytest.raises(CommandError, match=message):
        call_command("ingest", *args)


def _database_url() -> str:
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


def _run_at_once(*commands, extra_env=None):
    env = {**os.environ, "DATABASE_URL": _database_url(), **(extra_env or {})}
    processes = [
        subprocess.Popen(
            [sys.executable, str(MANAGE_PY), *command],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for command in commands
    ]
    outputs = [process.communicate(timeout=120) for process in processes]
    for process, (_, err) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, err
    return [out for out, _ in outputs]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_two_processes_ingesting_the_same_files_store_each_once(tmp_path):
    write_articles(tmp_path, 40)
    command = ["ingest", str(tmp_path), "--published", "2024-02-21", "-v", "0"]

    outputs = _run_at_once(command, command)

    assert Source.objects.count() == 40
    new = sum(int(out.split("sources: ")[1].split(" new")[0]) for out in outputs)
    assert new == 40
    for source in Source.objects.all():
        quotes = list(Evidence.objects.filter(source=source).values_list("quote", "start"))
        assert len(quotes) == len(set(quotes)), f"evidence stored twice for {source}"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_two_processes_ingesting_the_same_urls_fetch_each_once(web):
    urls = [
        web.page(f"/{n}", ARTICLE_HTML.replace("Quds Force", f"Quds Force unit {n}"))
        for n in range(15)
    ]
    command = ["ingest", *urls, "-v", "0"]

    _run_at_once(command, command, extra_env={"CHRONICLE_FETCH_ALLOWED_NETWORKS": "127.0.0.1/32"})

    assert Source.objects.filter(status=Source.Status.DONE).count() == 15
    fetched = [path for path, _ in web.requests]
    assert sorted(fetched) == sorted(f"/{n}" for n in range(15))
