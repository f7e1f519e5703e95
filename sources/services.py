"""Writes for sources: storing a text once and extracting its events."""

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from events.services import ExtractionReport, extract_source

from .models import Source, content_hash


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
    published: date | None,
    url: str | None = None,
    publisher: str = "",
    author: str = "",
    kind: str = Source.Kind.ARTICLE,
) -> IngestResult:
    """Store a source and extract its events; the same text (or URL) twice is a no-op.

    A missing or future publication date stores the source as "needs date", without events.
    """
    text = (text or "").strip()
    if not text:
        raise IngestError("text is empty")
    if len(text) > settings.CHRONICLE_MAX_SOURCE_CHARS:
        raise SourceTooLarge(
            f"text has {len(text):,} characters; the limit is "
            f"{settings.CHRONICLE_MAX_SOURCE_CHARS:,}"
        )
    digest = content_hash(text)
    existing = _existing(digest, url)
    if existing is not None:
        return IngestResult(source=existing, created=False)
    if published is not None and published > timezone.localdate():
        published = None
    try:
        with transaction.atomic():
            source = Source.objects.create(
                title=title.strip()[:500],
                text=text,
                content_hash=digest,
                url=url or None,
                publisher=publisher[:200],
                author=author[:200],
                kind=kind,
                published=published,
                status=Source.Status.EXTRACTING,
            )
            report = extract_source(source=source)
    except IntegrityError:
        # Another worker stored the same text or URL between our look-up and our insert.
        existing = _existing(digest, url)
        if existing is None:
            raise
        return IngestResult(source=existing, created=False)
    return IngestResult(source=source, created=True, report=report)


def _existing(digest: str, url: str | None) -> Source | None:
    match = Source.objects.filter(content_hash=digest).first()
    if match is None and url:
        match = Source.objects.filter(url=url).first()
    return match
