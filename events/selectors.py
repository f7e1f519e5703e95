"""Read queries shared by the API and the pages."""

from datetime import timedelta

from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import (
    BooleanField,
    Count,
    DateField,
    DateTimeField,
    DurationField,
    ExpressionWrapper,
    F,
    Func,
    IntegerField,
    Max,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, Trunc

from sources.models import Source

from .models import Actor, Event, EventActor, Evidence, Place

# The text search configuration of the GIN expression indexes (migration 0002); a query uses
# an index only when its expression matches the index's exactly.
SEARCH_CONFIG = "english"


def _count_subquery(queryset: QuerySet, group_by: str, counted: str) -> Coalesce:
    """A correlated COUNT(DISTINCT counted) per row: evaluated only for the rows returned, so a
    page of 50 costs 50 index lookups however large the table, and joins made by filters never
    inflate it."""
    counts = (
        queryset.order_by().values(group_by).annotate(n=Count(counted, distinct=True)).values("n")
    )
    return Coalesce(Subquery(counts, output_field=IntegerField()), 0)


def event_list() -> QuerySet[Event]:
    """Events with what a list row shows: place, actors and the number of distinct sources."""
    return (
        Event.objects.select_related("place")
        .prefetch_related(Prefetch("actors", queryset=Actor.objects.order_by("name")))
        .annotate(
            source_count=_count_subquery(
                Evidence.objects.filter(event=OuterRef("pk")), "event", "source"
            )
        )
        .chronological()
    )


# How long an event lasts, as the span index of migration 0002 spells it.
EVENT_SPAN = ExpressionWrapper(F("date_end") - F("date_start"), output_field=DurationField())


def longest_event_span() -> timedelta:
    """The longest date_end - date_start of any event (one index probe on PostgreSQL)."""
    return Event.objects.aggregate(longest=Max(EVENT_SPAN))["longest"] or timedelta(0)


def event_detail() -> QuerySet[Event]:
    """event_list() plus each evidence passage with its source."""
    return event_list().prefetch_related(
        Prefetch(
            "evidence",
            queryset=Evidence.objects.select_related("source").order_by("source_id", "start"),
        )
    )


class _EqualsAny(Func):
    """`value = ANY(array)`, a condition for filter()."""

    template = "(%(expressions)s))"
    arg_joiner = " = ANY("
    output_field = BooleanField()


def search_events(events: QuerySet[Event], text: str) -> QuerySet[Event]:
    """Events whose title, summary, actor names or evidence quotes match `text`.

    PostgreSQL: full-text search (web-search syntax: words, "phrases", -exclusions) served by the
    GIN expression indexes of migration 0002. SQLite: a case-insensitive substring match.
    """
    if connection.vendor == "postgresql":
        query = SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
        in_events = Event.objects.alias(
            document=SearchVector("title", "summary", config=SEARCH_CONFIG)
        ).filter(document=query)
        in_actors = Actor.objects.alias(document=SearchVector("name", config=SEARCH_CONFIG)).filter(
            document=query
        )
        in_quotes = Evidence.objects.alias(
            document=SearchVector("quote", config=SEARCH_CONFIG)
        ).filter(document=query)
    else:
        in_events = Event.objects.filter(Q(title__icontains=text) | Q(summary__icontains=text))
        in_actors = Actor.objects.filter(name__icontains=text)
        in_quotes = Evidence.objects.filter(quote__icontains=text)
    # A UNION of ids rather than an OR: each part is answered by its own index, and the events
    # are then joined once.
    matching_ids = (
        in_events.order_by()
        .values("pk")
        .union(
            EventActor.objects.filter(actor__in=in_actors).values("event_id"),
            in_quotes.order_by().values("event_id"),
        )
    )
    if connection.vendor == "postgresql":
        # id = ANY(ARRAY(...)) rather than id IN (...): the planner cannot tell how many ids
        # the text matches and, for IN, guesses thousands and reads the whole events table
        # (130 ms at a million events for a word in 100 titles); for an array it looks each
        # id up in the primary key (2 ms), and it is no slower when the word is common.
        return events.filter(_EqualsAny(F("pk"), ArraySubquery(matching_ids)))
    return events.filter(pk__in=matching_ids)


class _DateTrunc(Func):
    """PostgreSQL's DATE_TRUNC of a date read as a timestamp without time zone, back to a date.

    Trunc hands DATE_TRUNC the date as a timestamp with time zone, a conversion per row that
    costs as much as the rest of a histogram of a million events; the buckets are the same.
    """

    function = "DATE_TRUNC"
    template = "%(function)s(%(expressions)s)::date"
    output_field = DateField()

    def __init__(self, interval: str, field: str):
        timestamp = Func(
            F(field), template="%(expressions)s::timestamp", output_field=DateTimeField()
        )
        super().__init__(Value(interval), timestamp)


def histogram(events: QuerySet[Event], interval: str) -> QuerySet:
    """Event counts per (bucket, type), bucket = date_start truncated to day, week or month.

    On PostgreSQL the default filter (not rejected) is answered from the event_histogram_idx
    partial index of migration 0005 alone: COUNT(*) rather than COUNT(id), which is not in it.
    """
    if connection.vendor == "postgresql":
        bucket = _DateTrunc(interval, "date_start")
    else:
        bucket = Trunc("date_start", interval)
    return (
        events.order_by()
        .values("type", bucket=bucket)
        .annotate(count=Count("*"))
        .order_by("bucket", "type")
    )


def source_list() -> QuerySet[Source]:
    """Sources without their text (it can run to megabytes), with their number of events."""
    return Source.objects.defer("text").annotate(
        event_count=_count_subquery(
            Evidence.objects.filter(source=OuterRef("pk")), "source", "event"
        )
    )


def source_detail() -> QuerySet[Source]:
    return source_list().defer(None)


def source_events(source: Source) -> QuerySet[Event]:
    """The events a source evidences, in date order (rejected ones included: the source did say
    them, and the status shows what an editor decided)."""
    return Event.objects.filter(
        pk__in=Evidence.objects.filter(source=source).values("event_id")
    ).chronological()


def actor_list() -> QuerySet[Actor]:
    return Actor.objects.select_related("parent").annotate(
        event_count=_count_subquery(
            EventActor.objects.filter(actor=OuterRef("pk")).exclude(
                event__status=Event.Status.REJECTED
            ),
            "actor",
            "event",
        )
    )


def place_list() -> QuerySet[Place]:
    return Place.objects.annotate(
        event_count=_count_subquery(
            Event.objects.visible().filter(place=OuterRef("pk")), "place", "pk"
        )
    )
