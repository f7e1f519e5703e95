"""Reads for sources: what the ingest page shows."""

from django.db.models import Count, QuerySet

from .models import Feed, Source

RECENT_LIMIT = 50


def recent_sources(*, ids: list[int] | None = None) -> QuerySet[Source]:
    """The most recently touched sources (or the given ones), with their event counts.

    The text is left out: a page of statuses must not load fifty article bodies.
    """
    sources = Source.objects.defer("text").annotate(
        event_count=Count("evidence__event", distinct=True)
    )
    if ids is not None:
        sources = sources.filter(pk__in=ids)
    return sources.order_by("-updated_at", "-pk")[:RECENT_LIMIT]


def feeds() -> QuerySet[Feed]:
    return Feed.objects.order_by("url")


def status_row(source: Source) -> dict:
    return {
        "id": source.pk,
        "title": source.title,
        "url": source.url or "",
        "page_url": source.get_absolute_url(),
        "status": source.status,
        "status_label": source.get_status_display(),
        "error": source.error,
        "published": source.published.isoformat() if source.published else None,
        "events": source.event_count,
        "updated_at": source.updated_at.isoformat(),
        "in_progress": source.status
        in (Source.Status.QUEUED, Source.Status.FETCHING, Source.Status.EXTRACTING),
    }
