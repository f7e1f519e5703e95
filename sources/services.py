"""Writes for sources: storing a text once, fetching a URL into a source, polling feeds.

Two ways in, one way to store: pasted or uploaded text goes straight to `ingest_source`; a URL
becomes a queued source (`ingest_url`) that a background task fetches (`fetch_source`). Both end
in the same checks on the text and the same `extract_source`, inside one transaction, so a process
killed half-way leaves either nothing or a complete source with its events.

A URL source moves queued -> fetching -> extracting -> done (or needs_date, or failed with the
reason in `error`). Each step is a conditional update that also stamps `updated_at`; a worker
writes its result only if the stamp is still the one it set, so a source that was given up as
stale and requeued is never written by two workers.
"""

import datetime
import logging
import random
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urldefrag, urlencode, urlsplit, urlunsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, OperationalError, connection, transaction
from django.utils import timezone

from events.services import ExtractionReport, extract_source

from .feeds import FeedEntry, NotAFeed, parse_feed
from .fetching import FEED_TYPES, FetchedPage, FetchError, fetch
from .models import Feed, Source, content_hash
from .text import Document, UnreadableDocument, decode_text, html_to_document

logger = logging.getLogger(__name__)

TRANSIENT_ATTEMPTS = 4

IN_PROGRESS = (Source.Status.QUEUED, Source.Status.FETCHING, Source.Status.EXTRACTING)


class IngestError(ValueError):
    """The input cannot become a source; the message says why."""


class SourceTooLarge(IngestError):
    pass


@dataclass(frozen=True)
class IngestResult:
    source: Source
    created: bool
    report: ExtractionReport = ExtractionReport()

    @property
    def events_created(self) -> int:
        return self.report.created

    @property
    def events_merged(self) -> int:
        return self.report.merged


def ingest_source(
    *,
    text: str,
    title: str = "",
    published: datetime.date | None,
    url: str | None = None,
    publisher: str = "",
    author: str = "",
    kind: str = Source.Kind.ARTICLE,
) -> IngestResult:
    """Store a source and extract its events; the same text (or URL) twice is a no-op.

    A missing or future publication date stores the source as "needs date", without events.
    """
    text = _checked_text(text)
    digest = content_hash(text)
    existing = _existing(digest, url)
    if existing is not None:
        return IngestResult(source=existing, created=False)

    def store():
        with transaction.atomic():
            source = Source.objects.create(
                title=title.strip()[:500],
                text=text,
                content_hash=digest,
                url=url or None,
                publisher=publisher[:200],
                author=author[:200],
                kind=kind,
                published=_not_future(published),
                status=Source.Status.EXTRACTING,
            )
            return source, extract_source(source=source)

    try:
        source, report = _retry_transient(store)
    except IntegrityError:
        # Another worker stored the same text or URL between our look-up and our insert.
        existing = _existing(digest, url)
        if existing is None:
            raise
        return IngestResult(source=existing, created=False)
    return IngestResult(source=source, created=True, report=report)


def ingest_url(
    *,
    url: str,
    published: datetime.date | None = None,
    title: str = "",
    background: bool = True,
) -> IngestResult:
    """Queue a URL for fetching; the same URL twice is one source.

    With `background` the fetch runs as a task (at once on the immediate backend, by a
    `db_worker` on the database one); without it, here and now (the command line).
    `published` and `title` given by the caller win over the page's own metadata.
    """
    url = clean_url(url)
    source, created = Source.objects.get_or_create(
        url=url,
        defaults={
            "title": title.strip()[:500],
            "published": _not_future(published),
            "status": Source.Status.QUEUED,
        },
    )
    if not created:
        return IngestResult(source=source, created=False)
    if background:
        _enqueue_fetch(source)
        source.refresh_from_db()
        return IngestResult(source=source, created=True)
    report = fetch_source(source=source)
    return IngestResult(source=source, created=True, report=report)


def fetch_source(*, source: Source) -> ExtractionReport:
    """Fetch a queued URL source and extract its events; every failure ends in `error`.

    Does nothing when the source is not queued (another worker has it, or it is done), so a
    task enqueued twice does the work once. `source` is refreshed from the database.
    """
    stamp = _advance(source, Source.Status.QUEUED, Source.Status.FETCHING)
    if stamp is None:
        source.refresh_from_db()
        return ExtractionReport()
    try:
        document = page_document(fetch(source.url), url=source.url)
        text = _checked_text(document.text)
    except (FetchError, UnreadableDocument, IngestError) as exc:
        _fail(source, stamp, str(exc))
        return ExtractionReport()
    stamp = _advance(source, Source.Status.FETCHING, Source.Status.EXTRACTING, stamp=stamp)
    if stamp is None:
        source.refresh_from_db()
        return ExtractionReport()
    try:
        report = _store_fetched(source, stamp, document, text)
    except _Duplicate as exc:
        _fail(source, stamp, str(exc))
        return ExtractionReport()
    except Exception as exc:
        # One broken page must not stop a worker's batch: record it and go on.
        logger.exception("extracting source %s failed", source.pk)
        _fail(source, stamp, f"extraction failed: {type(exc).__name__}: {exc}")
        return ExtractionReport()
    source.refresh_from_db()
    return report


def retry_source(*, source: Source) -> Source:
    """Run a failed source again: fetch its URL anew, or re-extract its stored text."""
    if source.status != Source.Status.FAILED:
        raise IngestError(f"only failed sources can be retried; this one is {source.status}")
    if source.url and not source.text:
        Source.objects.filter(pk=source.pk, status=Source.Status.FAILED).update(
            status=Source.Status.QUEUED, error="", updated_at=timezone.now()
        )
        _enqueue_fetch(source)
    else:
        extract_source(source=source)
    source.refresh_from_db()
    return source


def requeue_stale_sources(*, older_than: datetime.timedelta | None = None) -> int:
    """Requeue URL sources whose worker went away (killed, or its task was lost) mid-way."""
    if older_than is None:
        older_than = datetime.timedelta(minutes=settings.CHRONICLE_STALE_SOURCE_MINUTES)
    cutoff = timezone.now() - older_than
    stale = list(
        Source.objects.filter(
            status__in=IN_PROGRESS, url__isnull=False, updated_at__lt=cutoff
        ).values_list("pk", flat=True)
    )
    requeued = 0
    for pk in stale:
        # Re-checked row by row: a worker may have finished it since the list was read.
        if (
            Source.objects.filter(pk=pk, status__in=IN_PROGRESS, updated_at__lt=cutoff).update(
                status=Source.Status.QUEUED, updated_at=timezone.now()
            )
            == 1
        ):
            _enqueue_fetch(Source(pk=pk))
            requeued += 1
    return requeued


def clean_url(url: str) -> str:
    """The URL as stored: without its #fragment and utm_* tracking parameters (feeds add them),
    so one article is one source. Raises IngestError naming what is wrong."""
    url = urldefrag((url or "").strip()).url
    parts = urlsplit(url)
    if "utm_" in parts.query:
        kept = [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not k.startswith("utm_")
        ]
        url = urlunsplit(parts._replace(query=urlencode(kept)))
    if not url:
        raise IngestError("url is empty")
    if len(url) > 2000:
        raise IngestError("url is longer than 2,000 characters")
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        raise IngestError(f"{url!r} is not an http or https URL") from None
    return url


def page_document(page: FetchedPage, *, url: str) -> Document:
    """The main text and metadata of a fetched page (plain text pages are taken as they are)."""
    if page.content_type == "text/plain":
        return Document(title="", text=_decoded(page) or decode_text(page.body), url=url)
    # Without a declared charset trafilatura guesses it from the bytes and the <meta> tags.
    return html_to_document(_decoded(page) or page.body, url=url)


def _decoded(page: FetchedPage) -> str | None:
    if not page.charset:
        return None
    try:
        return page.body.decode(page.charset)
    except (LookupError, UnicodeDecodeError):
        return None


def document_date(value: str | None) -> datetime.date | None:
    """A date from page metadata (htmldate gives YYYY-MM-DD), or None."""
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


# Feeds


@dataclass
class FeedPoll:
    feed: Feed
    entries: list[FeedEntry] = field(default_factory=list)
    """The feed's entries whose URL is not stored yet."""
    results: list[IngestResult] = field(default_factory=list)
    error: str = ""


def add_feed(*, url: str) -> tuple[Feed, bool]:
    return Feed.objects.get_or_create(url=clean_url(url))


def read_feed(*, feed: Feed) -> FeedPoll:
    """Fetch the feed (conditionally: unchanged feeds cost one 304) and list its new entries."""
    poll = FeedPoll(feed=feed)
    headers = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.modified:
        headers["If-Modified-Since"] = feed.modified
    feed.last_polled_at = timezone.now()
    try:
        page = fetch(feed.url, accept=FEED_TYPES, headers=headers)
        if not page.not_modified:
            parsed = parse_feed(page.body, url=page.url, content_type=page.content_type)
            known = set(
                Source.objects.filter(url__in=[e.url for e in parsed.entries]).values_list(
                    "url", flat=True
                )
            )
            poll.entries = [e for e in parsed.entries if e.url not in known]
            feed.title = feed.title or parsed.title[:500]
            feed.etag = page.etag[:500]
            feed.modified = page.last_modified[:100]
        feed.last_error = ""
    except (FetchError, NotAFeed) as exc:
        feed.last_error = poll.error = str(exc)
    feed.save(update_fields=["title", "etag", "modified", "last_polled_at", "last_error"])
    return poll


def poll_feed(*, feed: Feed, background: bool = True) -> FeedPoll:
    """Ingest the feed's new entries through the URL path; an entry's own date is used."""
    poll = read_feed(feed=feed)
    for entry in poll.entries:
        try:
            poll.results.append(
                ingest_url(
                    url=entry.url,
                    published=entry.published,
                    title=entry.title,
                    background=background,
                )
            )
        except IngestError as exc:
            logger.warning("feed %s: skipped entry %s: %s", feed.url, entry.url, exc)
    return poll


def poll_active_feeds(*, background: bool = True) -> list[FeedPoll]:
    return [
        poll_feed(feed=feed, background=background) for feed in Feed.objects.filter(active=True)
    ]


# Internals


class _Duplicate(Exception):
    pass


def _checked_text(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise IngestError("text is empty")
    if len(text) > settings.CHRONICLE_MAX_SOURCE_CHARS:
        raise SourceTooLarge(
            f"text has {len(text):,} characters; the limit is "
            f"{settings.CHRONICLE_MAX_SOURCE_CHARS:,}"
        )
    return text


def _not_future(published: datetime.date | None) -> datetime.date | None:
    if published is not None and published > timezone.localdate():
        return None
    return published


def _existing(digest: str, url: str | None) -> Source | None:
    match = Source.objects.filter(content_hash=digest).first()
    if match is None and url:
        match = Source.objects.filter(url=url).first()
    return match


def _advance(
    source: Source, current: str, following: str, *, stamp: datetime.datetime | None = None
) -> datetime.datetime | None:
    """Move the source on if it is still where we left it; the new stamp, or None."""
    now = timezone.now()
    rows = Source.objects.filter(pk=source.pk, status=current)
    if stamp is not None:
        rows = rows.filter(updated_at=stamp)
    if rows.update(status=following, error="", updated_at=now) != 1:
        return None
    return now


def _fail(source: Source, stamp: datetime.datetime, error: str) -> None:
    Source.objects.filter(pk=source.pk, updated_at=stamp).update(
        status=Source.Status.FAILED, error=error[:2000], updated_at=timezone.now()
    )
    source.refresh_from_db()


def _retry_transient(write):
    """Run `write` (one transaction) again when the database aborted it for a deadlock or a
    lock timeout: two workers creating the same new actors in a different order deadlock, and
    PostgreSQL rolls one of them back whole, so running it again is safe. Inside a caller's
    transaction the locks it holds stay, so there it is left to the caller."""
    for attempt in range(1, TRANSIENT_ATTEMPTS + 1):
        try:
            return write()
        except OperationalError:
            if connection.in_atomic_block or attempt == TRANSIENT_ATTEMPTS:
                raise
            logger.warning("transaction aborted (attempt %s), running it again", attempt)
            time.sleep(random.uniform(0.05, 0.25) * attempt)


def _store_fetched(
    source: Source, stamp: datetime.datetime, document: Document, text: str
) -> ExtractionReport:
    return _retry_transient(lambda: _store_fetched_once(source, stamp, document, text))


def _store_fetched_once(
    source: Source, stamp: datetime.datetime, document: Document, text: str
) -> ExtractionReport:
    digest = content_hash(text)
    try:
        with transaction.atomic():
            locked = Source.objects.select_for_update().get(pk=source.pk)
            if locked.status != Source.Status.EXTRACTING or locked.updated_at != stamp:
                # Given up as stale and taken by another worker meanwhile: theirs to finish.
                return ExtractionReport()
            same_text = Source.objects.filter(content_hash=digest).exclude(pk=locked.pk).first()
            if same_text is not None:
                raise _Duplicate(_duplicate_message(same_text))
            locked.text = text
            locked.content_hash = digest
            locked.title = locked.title or document.title[:500]
            locked.publisher = locked.publisher or document.publisher[:200]
            locked.author = locked.author or document.author[:200]
            locked.published = locked.published or _not_future(document_date(document.published))
            locked.save()
            return extract_source(source=locked)
    except IntegrityError:
        # The same text was stored by another worker between our check and our write.
        same_text = Source.objects.filter(content_hash=digest).exclude(pk=source.pk).first()
        if same_text is None:
            raise
        raise _Duplicate(_duplicate_message(same_text)) from None


def _duplicate_message(other: Source) -> str:
    where = f" ({other.url})" if other.url else ""
    return f"same text as source {other.pk}{where}; nothing stored twice"


def _enqueue_fetch(source: Source) -> None:
    # Imported here: the tasks module imports this one.
    from .tasks import fetch_source_task

    fetch_source_task.enqueue(source.pk)
