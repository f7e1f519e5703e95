"""Exports of the filtered timeline: /api/events/export.{csv,json,geojson,ics,timeline.json}.

They take the query parameters of /api/events/ (the pages append their own query string), are
not paginated but stop at EXPORT_LIMIT events (the X-Export-Truncated header says when), and are
streamed, so a large export never sits whole in memory.
"""

import csv
import io
import json
from collections.abc import Iterable, Iterator
from datetime import timedelta
from html import escape

from django.http import StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.generics import GenericAPIView

from events import selectors
from events.models import Event

from .events import EventFilter, EventSerializer
from .fields import EVENT_PAGE

EXPORT_LIMIT = 10_000
CHUNK_SIZE = 500


class EventExport(GenericAPIView):
    filterset_class = EventFilter
    content_type = ""
    extension = ""

    def get_queryset(self):
        return selectors.event_list()

    def events(self) -> Iterable[Event]:
        return self.filter_queryset(self.get_queryset())

    def get(self, request):
        events = self.events()
        truncated = events[EXPORT_LIMIT : EXPORT_LIMIT + 1].exists()
        response = StreamingHttpResponse(
            self.render(events[:EXPORT_LIMIT].iterator(chunk_size=CHUNK_SIZE)),
            content_type=self.content_type,
        )
        response["Content-Disposition"] = (
            f'attachment; filename="chronicle-events.{self.extension}"'
        )
        response["X-Export-Truncated"] = "true" if truncated else "false"
        return response

    def render(self, events: Iterator[Event]) -> Iterator[str]:
        raise NotImplementedError

    def event_serializer(self) -> EventSerializer:
        # One serializer for every row: building one per row (deep-copying its fields) would
        # cost more than everything else in the export.
        return EventSerializer(context=self.get_serializer_context())

    def page_url(self, event: Event) -> str:
        return self.request.build_absolute_uri(EVENT_PAGE.format(pk=event.pk))


def export_schema(media_type: str, description: str):
    return extend_schema(
        filters=True,
        responses={(200, media_type): OpenApiResponse(OpenApiTypes.STR, description=description)},
    )


CSV_COLUMNS = [
    "id",
    "type",
    "title",
    "date_start",
    "date_end",
    "date_precision",
    "open_end",
    "date_display",
    "status",
    "confidence",
    "edited",
    "place",
    "country",
    "latitude",
    "longitude",
    "actors",
    "source_count",
    "summary",
    "page_url",
]


def _spreadsheet_safe(value):
    """Text a spreadsheet would run as a formula (=, +, -, @) is prefixed with a quote."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


class CsvExport(EventExport):
    content_type = "text/csv; charset=utf-8"
    extension = "csv"

    @export_schema("text/csv", "One row per event; actors separated by '; '.")
    def get(self, request):
        return super().get(request)

    def render(self, events):
        buffer = io.StringIO()
        writer = csv.writer(buffer)

        def flush():
            text = buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
            return text

        writer.writerow(CSV_COLUMNS)
        yield flush()
        for event in events:
            place = event.place
            row = [
                event.pk,
                event.type,
                event.title,
                event.date_start.isoformat(),
                event.date_end.isoformat(),
                event.date_precision,
                event.open_end,
                event.date_display,
                event.status,
                event.confidence,
                event.edited,
                place.name if place else "",
                place.country if place else "",
                place.latitude if place else "",
                place.longitude if place else "",
                "; ".join(actor.name for actor in event.actors.all()),
                event.source_count,
                event.summary,
                self.page_url(event),
            ]
            writer.writerow([_spreadsheet_safe(value) for value in row])
            yield flush()


class JsonExport(EventExport):
    content_type = "application/json"
    extension = "json"

    @export_schema("application/json", "A JSON array of events as /api/events/ lists them.")
    def get(self, request):
        return super().get(request)

    def render(self, events):
        serializer = self.event_serializer()
        yield "["
        for index, event in enumerate(events):
            item = serializer.to_representation(event)
            yield ("," if index else "") + json.dumps(item, ensure_ascii=False)
        yield "]"


class GeoJsonExport(EventExport):
    content_type = "application/geo+json"
    extension = "geojson"

    @export_schema(
        "application/geo+json",
        "A FeatureCollection of Points; events whose place has no coordinates are left out.",
    )
    def get(self, request):
        return super().get(request)

    def events(self):
        return (
            super().events().filter(place__latitude__isnull=False, place__longitude__isnull=False)
        )

    def render(self, events):
        serializer = self.event_serializer()
        yield '{"type": "FeatureCollection", "features": ['
        for index, event in enumerate(events):
            properties = serializer.to_representation(event)
            place = properties.pop("place")
            feature = {
                "type": "Feature",
                "id": event.pk,
                "geometry": {
                    "type": "Point",
                    "coordinates": [place["longitude"], place["latitude"]],
                },
                "properties": {**properties, "place": place["name"], "country": place["country"]},
            }
            yield ("," if index else "") + json.dumps(feature, ensure_ascii=False)
        yield "]}"


def _ics_text(value: str) -> str:
    """RFC 5545 TEXT escaping."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _ics_line(line: str) -> str:
    """A content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 character."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line + "\r\n"
    parts, current, limit = [], "", 75
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            parts.append(current)
            current, limit = "", 74  # continuation lines start with a space
        current += char
    parts.append(current)
    return "\r\n ".join(parts) + "\r\n"


ICS_STATUS = {
    Event.Status.EXTRACTED: "TENTATIVE",
    Event.Status.CONFIRMED: "CONFIRMED",
    Event.Status.REJECTED: "CANCELLED",
}


class IcsExport(EventExport):
    content_type = "text/calendar; charset=utf-8"
    extension = "ics"

    @export_schema(
        "text/calendar",
        "iCalendar all-day VEVENTs (DTEND is the day after the last day, as RFC 5545 wants).",
    )
    def get(self, request):
        return super().get(request)

    def render(self, events):
        host = self.request.get_host().split(":")[0]
        yield from map(
            _ics_line,
            [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Chronicle//Event export//EN",
                "CALSCALE:GREGORIAN",
                "X-WR-CALNAME:Chronicle",
            ],
        )
        for event in events:
            description = f"{event.date_display} ({event.get_date_precision_display().lower()})"
            if event.summary:
                description += f"\n\n{event.summary}"
            lines = [
                "BEGIN:VEVENT",
                f"UID:event-{event.pk}@{host}",
                f"DTSTAMP:{event.updated_at:%Y%m%dT%H%M%SZ}",
                f"DTSTART;VALUE=DATE:{event.date_start:%Y%m%d}",
                f"DTEND;VALUE=DATE:{event.date_end + timedelta(days=1):%Y%m%d}",
                f"SUMMARY:{_ics_text(event.title)}",
                f"DESCRIPTION:{_ics_text(description)}",
                f"CATEGORIES:{_ics_text(event.get_type_display())}",
                f"STATUS:{ICS_STATUS[event.status]}",
                f"URL:{self.page_url(event)}",
            ]
            if event.place:
                lines.append(f"LOCATION:{_ics_text(event.place.name)}")
                if event.place.latitude is not None and event.place.longitude is not None:
                    lines.append(f"GEO:{event.place.latitude};{event.place.longitude}")
            lines.append("END:VEVENT")
            yield "".join(map(_ics_line, lines))
        yield _ics_line("END:VCALENDAR")


def _timeline_date(day, precision: str) -> dict:
    if precision == "year":
        return {"year": str(day.year)}
    if precision == "month":
        return {"year": str(day.year), "month": str(day.month)}
    return {"year": str(day.year), "month": str(day.month), "day": str(day.day)}


class TimelineJsExport(EventExport):
    content_type = "application/json"
    extension = "timeline.json"

    @export_schema(
        "application/json",
        "TimelineJS 3 JSON: {events: [{start_date, end_date, text, group, ...}]}.",
    )
    def get(self, request):
        return super().get(request)

    def render(self, events):
        yield '{"events": ['
        for index, event in enumerate(events):
            slide = {
                "unique_id": f"event-{event.pk}",
                "start_date": _timeline_date(event.date_start, event.date_precision),
                "end_date": _timeline_date(event.date_end, event.date_precision),
                "display_date": event.date_display,
                # TimelineJS renders these as HTML; nothing from a source may become markup.
                "text": {
                    "headline": escape(event.title),
                    "text": escape(event.summary),
                },
                "group": event.type,
            }
            yield ("," if index else "") + json.dumps(slide, ensure_ascii=False)
        yield "]}"
