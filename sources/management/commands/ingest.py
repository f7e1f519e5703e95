"""Ingest files, folders, URLs and feeds: store each source once and extract its events."""

import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from sources.models import Source
from sources.services import (
    IngestError,
    IngestResult,
    add_feed,
    document_date,
    ingest_source,
    ingest_url,
    read_feed,
)
from sources.text import SUPPORTED_SUFFIXES, UnreadableDocument, read_document


@dataclass(frozen=True)
class Item:
    """One thing to ingest: a file, or a URL (given, or an entry of a feed)."""

    label: str
    path: Path | None = None
    url: str | None = None
    published: date | None = None
    title: str = ""


class Command(BaseCommand):
    help = (
        "Ingest .txt/.html files, folders of them, http(s) URLs and RSS/Atom feeds, and extract "
        "their events. A progress bar goes to stderr, a summary to stdout."
    )

    def add_arguments(self, parser):
        parser.add_argument("inputs", nargs="*", help="files, folders or http(s) URLs")
        parser.add_argument(
            "--feed",
            action="append",
            default=[],
            metavar="URL",
            help="an RSS or Atom feed: stored for `poll_feeds`, and its new entries ingested now "
            "(repeatable)",
        )
        parser.add_argument(
            "--published",
            help="publication date YYYY-MM-DD for every file and URL (else taken from the page's "
            "metadata or the feed entry; sources without one are stored as 'needs date')",
        )
        parser.add_argument("--title", help="title (a single file only)")
        parser.add_argument("--url", help="original URL (a single file only)")
        parser.add_argument(
            "--background",
            action="store_true",
            help="queue URLs for the task workers (`manage.py db_worker`) instead of fetching "
            "them here",
        )

    def handle(self, *args, inputs, feed, published, title, url, background, **options):
        if not inputs and not feed:
            raise CommandError("give files, folders, URLs or --feed URL")
        published_on = _parse_date(published) if published else None
        items = [_item(raw) for raw in inputs]
        items = [expanded for item in items for expanded in _expand(item)]
        if (title or url) and (len(items) != 1 or items[0].path is None):
            raise CommandError("--title and --url apply to a single file")
        counts = Counter()
        for feed_url in feed:
            items.extend(self._feed_items(feed_url, counts))
        events = Counter()
        verbose = options["verbosity"] >= 1
        with tqdm(items, desc="ingesting", unit="source", file=sys.stderr, disable=None) as bar:
            for item in bar:
                try:
                    result = self._ingest(item, published_on, title, url, background)
                except (OSError, UnreadableDocument, IngestError) as exc:
                    counts["failed"] += 1
                    with bar.external_write_mode():
                        self.stderr.write(f"failed   {item.label}: {exc}")
                    continue
                outcome, line = _outcome(item, result)
                counts[outcome] += 1
                events["created"] += result.events_created
                events["merged"] += result.events_merged
                if outcome == "failed" or verbose:
                    with bar.external_write_mode():
                        (self.stderr if outcome == "failed" else self.stdout).write(line)
        self.stdout.write(
            f"sources: {counts['new'] + counts['needs_date']} new "
            f"({counts['needs_date']} need a date), "
            f"{counts['queued']} queued, {counts['unchanged']} unchanged, "
            f"{counts['failed']} failed; "
            f"events: {events['created']} created, {events['merged']} merged"
        )

    def _feed_items(self, feed_url: str, counts: Counter) -> list[Item]:
        try:
            feed, _ = add_feed(url=feed_url)
        except IngestError as exc:
            counts["failed"] += 1
            self.stderr.write(f"failed   feed {feed_url}: {exc}")
            return []
        poll = read_feed(feed=feed)
        if poll.error:
            self.stderr.write(f"failed   feed {feed_url}: {poll.error}")
            counts["failed"] += 1
        return [
            Item(label=entry.url, url=entry.url, published=entry.published, title=entry.title)
            for entry in poll.entries
        ]

    def _ingest(self, item: Item, published_on, title, url, background) -> IngestResult:
        if item.url is not None:
            return ingest_url(
                url=item.url,
                published=item.published or published_on,
                title=item.title,
                background=background,
            )
        document = read_document(item.path)
        return ingest_source(
            text=document.text,
            title=title or document.title or item.path.stem,
            published=published_on or document_date(document.published),
            url=url or document.url,
            publisher=document.publisher,
            author=document.author,
        )


def _item(raw: str) -> Item:
    if raw.startswith(("http://", "https://")):
        return Item(label=raw, url=raw)
    return Item(label=raw, path=Path(raw))


def _expand(item: Item):
    if item.path is not None and item.path.is_dir():
        for path in sorted(item.path.rglob("*")):
            if path.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES:
                yield Item(label=str(path), path=path)
    else:
        yield item


def _outcome(item: Item, result: IngestResult) -> tuple[str, str]:
    source = result.source
    if not result.created:
        return "unchanged", f"same     {item.label} (source {source.pk})"
    if source.status == Source.Status.FAILED:
        return "failed", f"failed   {item.label} (source {source.pk}): {source.error}"
    if source.status in (Source.Status.QUEUED, Source.Status.FETCHING):
        return "queued", f"queued   {item.label} (source {source.pk})"
    if source.status == Source.Status.NEEDS_DATE:
        return "needs_date", f"no date  {item.label} (source {source.pk}): stored, needs a date"
    return "new", (
        f"new      {item.label} (source {source.pk}): {result.events_created} events, "
        f"{result.events_merged} merged"
    )


def _parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--published {value!r} is not YYYY-MM-DD") from None
