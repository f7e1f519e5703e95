"""/api/events/: the chronology, one event with its evidence, and counts per period."""

from datetime import date

import django_filters
from django.db.models import Q
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from events import selectors
from events.models import Actor, DatePrecision, Event, EventActor, EventType, Evidence, Place
from sources.models import Source

from .fields import EVENT_PAGE, SOURCE_PAGE, PageUrlField
from .filters import FlexibleDateFilter, IdListFilter, IdOrNameFilter, MultipleChoiceCommaFilter
from .pagination import KeysetCursorPagination

DATE_HELP = "YYYY, YYYY-MM or YYYY-MM-DD."
TYPE_LABELS = dict(EventType.choices)


class EventFilter(django_filters.FilterSet):
    """The filters of the timeline, shared by the API, the exports and the pages.

    Usable outside DRF: `EventFilter(request.GET, queryset=selectors.event_list())`, then `.qs`,
    or `.errors` (keyed by parameter) when `.is_valid()` is false.
    """

    date_from = FlexibleDateFilter(
        field_name="date_end",
        lookup_expr="gte",
        label=f"Events still going on at or after this date ({DATE_HELP} 2024-02 means from "
        "1 February 2024).",
    )
    date_to = FlexibleDateFilter(
        field_name="date_start",
        lookup_expr="lte",
        label=f"Events begun at or before this date ({DATE_HELP} 2024-02 means through "
        "29 February 2024).",
    )
    type = MultipleChoiceCommaFilter(
        choices=EventType.choices, label="Event type; repeat or comma-separate for several."
    )
    actor = IdOrNameFilter(
        method="filter_actor", label="Actor id or exact name; repeat for events of any of them."
    )
    place = IdOrNameFilter(method="filter_place", label="Place id or exact name; repeatable.")
    source = IdListFilter(
        method="filter_source", label="Source id: events it evidences; repeatable."
    )
    status = MultipleChoiceCommaFilter(
        choices=Event.Status.choices,
        label="Review status; repeatable. Without it, rejected events are left out.",
    )
    precision = MultipleChoiceCommaFilter(
        field_name="date_precision", choices=DatePrecision.choices, label="Date precision."
    )
    q = django_filters.CharFilter(
        method="filter_search",
        label="Full-text search over titles, summaries, actor names and evidence quotes.",
    )
    ordering = django_filters.ChoiceFilter(
        choices=[("date", "Oldest first"), ("-date", "Newest first")],
        method="order_events",
        label="date (default) or -date.",
    )

    class Meta:
        model = Event
        fields = []

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if not self.form.cleaned_data.get("status"):
            queryset = queryset.exclude(status=Event.Status.REJECTED)
        window = self.form.cleaned_data.get("date_from")
        if window is not None:
            # Implied by date_end >= the first day, this lower bound on date_start lets the
            # database read the date_start index (the list's order) from near the window
            # instead of from the earliest event on record.
            longest = selectors.longest_event_span()
            if window.first - date.min > longest:
                queryset = queryset.filter(date_start__gte=window.first - longest)
        return queryset

    def filter_actor(self, queryset, name, value):
        actors = Actor.objects.filter(Q(pk__in=value.ids) | Q(name__in=value.names))
        return queryset.filter(
            pk__in=EventActor.objects.filter(actor__in=actors).values("event_id")
        )

    def filter_place(self, queryset, name, value):
        places = Place.objects.filter(Q(pk__in=value.ids) | Q(name__in=value.names))
        return queryset.filter(place__in=places)

    def filter_source(self, queryset, name, value):
        return queryset.filter(
            pk__in=Evidence.objects.filter(source_id__in=value).values("event_id")
        )

    def filter_search(self, queryset, name, value):
        return selectors.search_events(queryset, value.strip()) if value.strip() else queryset

    def order_events(self, queryset, name, value):
        fields = ("date_start", "date_end", "id")
        return queryset.order_by(*(f"-{f}" for f in fields) if value == "-date" else fields)


class EventPagination(KeysetCursorPagination):
    """Cursor pages in date order; `ordering=-date` walks backwards in time."""

    ordering = ("date_start", "date_end", "id")
    descending_value = "-date"


class PlaceSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Place
        fields = ["id", "name", "country", "latitude", "longitude"]


class ActorSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Actor
        fields = ["id", "name", "kind"]


class EventSerializer(serializers.ModelSerializer):
    """An event as list rows, exports and the pages' scripts see it (keep the keys stable)."""

    url = serializers.HyperlinkedIdentityField(view_name="api:event-detail")
    page_url = PageUrlField(EVENT_PAGE)
    type_label = serializers.SerializerMethodField()
    date_display = serializers.CharField(read_only=True)
    place = PlaceSummarySerializer(read_only=True, allow_null=True)
    actors = ActorSummarySerializer(many=True, read_only=True)
    source_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Event
        fields = [
            "id",
            "url",
            "page_url",
            "type",
            "type_label",
            "title",
            "summary",
            "date_start",
            "date_end",
            "date_precision",
            "open_end",
            "date_display",
            "status",
            "confidence",
            "edited",
            "place",
            "actors",
            "source_count",
        ]

    def get_type_label(self, event) -> str:
        # A plain look-up: DRF would inspect the signature of get_type_display on every row.
        return TYPE_LABELS.get(event.type, event.type)


class EvidenceSourceSerializer(serializers.ModelSerializer):
    page_url = PageUrlField(SOURCE_PAGE)

    class Meta:
        model = Source
        fields = ["id", "title", "url", "publisher", "published", "page_url"]


class EvidenceSerializer(serializers.ModelSerializer):
    source = EvidenceSourceSerializer(read_only=True)

    class Meta:
        model = Evidence
        fields = ["id", "quote", "start", "end", "date_text", "source"]


class EventDetailSerializer(EventSerializer):
    evidence = EvidenceSerializer(many=True, read_only=True)

    class Meta(EventSerializer.Meta):
        fields = [*EventSerializer.Meta.fields, "evidence"]


class HistogramQuerySerializer(serializers.Serializer):
    interval = serializers.ChoiceField(
        choices=["day", "week", "month"], default="month", help_text="Bucket width."
    )


class HistogramBucketSerializer(serializers.Serializer):
    bucket = serializers.DateField(help_text="First day of the bucket (weeks start on Monday).")
    type = serializers.ChoiceField(choices=EventType.choices)
    count = serializers.IntegerField()


class EventViewSet(viewsets.ReadOnlyModelViewSet):
    filterset_class = EventFilter
    pagination_class = EventPagination

    def get_queryset(self):
        if self.action == "retrieve":
            return selectors.event_detail()
        if self.action == "histogram":
            return Event.objects.all()
        return selectors.event_list()

    def get_serializer_class(self):
        return EventDetailSerializer if self.action == "retrieve" else EventSerializer

    def filter_queryset(self, queryset):
        # An event's own URL works whatever its status or the query string says.
        if self.action == "retrieve":
            return queryset
        return super().filter_queryset(queryset)

    @extend_schema(
        parameters=[HistogramQuerySerializer],
        responses=HistogramBucketSerializer(many=True),
        filters=True,
    )
    @action(detail=False, pagination_class=None)
    def histogram(self, request):
        """Number of events per day, week or month and type, for the same filters as the list."""
        params = HistogramQuerySerializer(data=request.query_params)
        params.is_valid(raise_exception=True)
        buckets = selectors.histogram(
            self.filter_queryset(self.get_queryset()), params.validated_data["interval"]
        )
        return Response(HistogramBucketSerializer(buckets, many=True).data)
