"""Server-rendered pages: the chronology, events, sources, actors, places and search.

Every page works without JavaScript; static/js/chronology.js enhances the chronology (visual
timeline, density strip, filters without reloads) using the API and the list fragment below.
"""

from datetime import timedelta
from functools import cache
from itertools import groupby

from django.contrib.staticfiles import finders
from django.db.models import Max, Min, Prefetch, Q
from django.http import QueryDict
from django.shortcuts import get_object_or_404, render
from django.utils.cache import patch_vary_headers

from sources.models import Source

from . import selectors
from .api.events import EventFilter
from .highlighting import Span, highlight_phrase, highlight_spans
from .models import Actor, Event, EventActor, EventType, Evidence, Place

PAGE_SIZE = 50
RELATED_WINDOW = timedelta(days=30)
RELATED_LIMIT = 10
SEARCH_LIMIT = 20
TIMELINE_LIBRARY = "vendor/vis-timeline/vis-timeline-graph2d.min.js"
# Sent by chronology.js when it only needs the list to swap in, not the whole page.
FRAGMENT_HEADER = "X-Chronicle-Fragment"
EXPORT_FORMATS = [
    ("csv", "CSV"),
    ("json", "JSON"),
    ("geojson", "GeoJSON"),
    ("ics", "iCalendar"),
    ("timeline.json", "TimelineJS"),
]
# Parameters the chronology form owns; anything else in the query string is ignored.
FILTER_PARAMETERS = ("q", "date_from", "date_to", "type", "actor", "place", "status", "ordering")


@cache
def _timeline_library_installed() -> bool:
    """Whether `npm ci && sh scripts/vendor_static.sh` has put vis-timeline in static/vendor.

    Without it the chronology still works, as a list with filters; referring to a missing file
    would instead break the page once static files are collected with a manifest.
    """
    return finders.find(TIMELINE_LIBRARY) is not None


def _filter_params(query: QueryDict, fixed: dict[str, str]) -> QueryDict:
    params = QueryDict(mutable=True)
    for name in FILTER_PARAMETERS:
        values = [value for value in query.getlist(name) if value.strip()]
        if values:
            params.setlist(name, values)
    for name, value in fixed.items():
        params.setlist(name, [value])
    return params


def _page_number(query: QueryDict) -> tuple[int, str | None]:
    raw = query.get("page", "1")
    if raw.isascii() and raw.isdigit() and 1 <= int(raw) <= 100_000:
        return int(raw), None
    return 1, f"page must be a whole number from 1; got {raw!r}."


def _chronology(request, *, fixed: dict[str, str] | None = None, extra_context=None):
    """The filterable chronology, as a whole page or (for chronology.js) just its list."""
    fixed = fixed or {}
    params = _filter_params(request.GET, fixed)
    page, page_error = _page_number(request.GET)
    filterset = EventFilter(params, queryset=selectors.event_list())
    errors = {} if filterset.is_valid() else dict(filterset.errors)
    if page_error:
        errors["page"] = [page_error]

    months, has_next, extent, page_span = [], False, {"first": None, "last": None}, (None, None)
    if not errors:
        events = filterset.qs
        offset = (page - 1) * PAGE_SIZE
        # In date order, oldest first unless the filter's `ordering=-date` asks otherwise.
        rows = list(events[offset : offset + PAGE_SIZE + 1])
        has_next = len(rows) > PAGE_SIZE
        rows = rows[:PAGE_SIZE]
        if rows:
            page_span = sorted((rows[0].date_start, rows[-1].date_start))
        months = [
            (group_rows[0].date_start.replace(day=1), group_rows)
            for group_rows in (
                list(group)
                for _, group in groupby(rows, key=lambda e: (e.date_start.year, e.date_start.month))
            )
        ]
        extent = events.order_by().aggregate(first=Min("date_start"), last=Max("date_end"))

    shareable = params.copy()
    for name in fixed:
        shareable.pop(name, None)
    context = {
        "months": months,
        "errors": errors,
        "params": params,
        "fixed": fixed,
        "query_string": shareable.urlencode(),
        "filters_in_use": len(shareable),
        "export_query": params.urlencode(),
        "page": page,
        "previous_page": page - 1 if page > 1 else None,
        "next_page": page + 1 if has_next else None,
        "extent": extent,
        "page_span": page_span,
        "event_types": EventType.choices,
        "export_formats": EXPORT_FORMATS,
        "timeline_library": _timeline_library_installed(),
        "selected_types": params.getlist("type"),
        "orderings": [("", "Oldest first"), ("-date", "Newest first")],
        "statuses": [
            (Event.Status.CONFIRMED, "Confirmed"),
            (Event.Status.EXTRACTED, "Not reviewed"),
        ],
        **(extra_context or {}),
    }
    fragment = request.headers.get(FRAGMENT_HEADER) == "list"
    template = "events/_chronology_list.html" if fragment else "events/timeline.html"
    response = render(request, template, context, status=400 if errors else 200)
    patch_vary_headers(response, [FRAGMENT_HEADER])
    return response


def timeline(request):
    return _chronology(request)


def actor_detail(request, pk):
    actor = get_object_or_404(Actor.objects.select_related("parent"), pk=pk)
    children = list(actor.children.order_by("name"))
    return _chronology(
        request,
        fixed={"actor": str(actor.pk)},
        extra_context={"actor": actor, "children": children, "subject": actor},
    )


def place_detail(request, pk):
    place = get_object_or_404(Place, pk=pk)
    return _chronology(
        request, fixed={"place": str(place.pk)}, extra_context={"place": place, "subject": place}
    )


def event_detail(request, pk):
    event = get_object_or_404(
        Event.objects.select_related("place").prefetch_related(
            Prefetch(
                "event_actors",
                queryset=EventActor.objects.select_related("actor").order_by("actor__name"),
            ),
            Prefetch(
                "evidence",
                queryset=Evidence.objects.select_related("source")
                .defer("source__text")
                .order_by("source__published", "source_id", "start"),
            ),
        ),
        pk=pk,
    )
    evidence = [
        (item, highlight_phrase(item.quote, item.date_text)) for item in event.evidence.all()
    ]
    around = QueryDict(mutable=True)
    around["date_from"] = f"{event.date_start - RELATED_WINDOW:%Y-%m-%d}"
    around["date_to"] = f"{event.date_end + RELATED_WINDOW:%Y-%m-%d}"
    return render(
        request,
        "events/event_detail.html",
        {
            "event": event,
            "evidence": evidence,
            "related": _related_events(event),
            "around_query": around.urlencode(),
        },
    )


def _related_events(event: Event) -> list[Event]:
    """Visible events sharing an actor with `event` and within 30 days of it."""
    actor_ids = [link.actor_id for link in event.event_actors.all()]
    if not actor_ids:
        return []
    return list(
        Event.objects.visible()
        .filter(pk__in=EventActor.objects.filter(actor_id__in=actor_ids).values("event"))
        .exclude(pk=event.pk)
        .overlapping(event.date_start - RELATED_WINDOW, event.date_end + RELATED_WINDOW)
        .select_related("place")
        .chronological()[:RELATED_LIMIT]
    )


def source_detail(request, pk):
    source = get_object_or_404(Source, pk=pk)
    evidence = list(
        Evidence.objects.filter(source=source).select_related("event").order_by("start", "end")
    )
    highlighted = highlight_spans(
        source.text,
        (
            Span(item.pk, item.start, item.end, f"{item.event.date_display}: {item.event.title}")
            for item in evidence
        ),
    )
    events = {}
    for item in sorted(evidence, key=lambda e: (e.event.date_start, e.event.pk, e.start)):
        events.setdefault(item.event, []).append(item)
    return render(
        request,
        "sources/source_detail.html",
        {"source": source, "highlighted_text": highlighted, "events": events.items()},
    )


def search(request):
    q = request.GET.get("q", "").strip()
    context = {"q": q, "limit": SEARCH_LIMIT}
    if q:
        params = QueryDict(mutable=True)
        params["q"] = q
        context["events"] = list(
            EventFilter(params, queryset=selectors.event_list()).qs.chronological()[:SEARCH_LIMIT]
        )
        context["actors"] = list(
            selectors.actor_list()
            .filter(Q(name__icontains=q) | Q(aliases__icontains=q))
            .order_by("name")[:SEARCH_LIMIT]
        )
        context["places"] = list(
            selectors.place_list()
            .filter(Q(name__icontains=q) | Q(aliases__icontains=q) | Q(country__iexact=q))
            .order_by("name")[:SEARCH_LIMIT]
        )
        context["sources"] = list(
            selectors.source_list()
            .filter(Q(title__icontains=q) | Q(publisher__icontains=q))
            .order_by("-published", "-pk")[:SEARCH_LIMIT]
        )
    return render(request, "events/search.html", context)
