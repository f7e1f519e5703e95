"""/api/sources/: the texts events come from; POST ingests one (editors only)."""

import django_filters
from django.core.validators import URLValidator
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.exceptions import APIException
from rest_framework.response import Response
from rest_framework.settings import api_settings

from events import selectors
from events.models import Event
from sources.models import Source
from sources.services import IngestError, SourceTooLarge, ingest_source, ingest_url

from .fields import EVENT_PAGE, SOURCE_PAGE, PageUrlField
from .filters import FlexibleDateFilter, MultipleChoiceCommaFilter
from .pagination import NumberedPagination


class SourceFilter(django_filters.FilterSet):
    status = MultipleChoiceCommaFilter(choices=Source.Status.choices, label="Ingestion status.")
    published_from = FlexibleDateFilter(
        field_name="published", lookup_expr="gte", label="Published on or after (YYYY[-MM[-DD]])."
    )
    published_to = FlexibleDateFilter(
        field_name="published", lookup_expr="lte", label="Published on or before (YYYY[-MM[-DD]])."
    )
    q = django_filters.CharFilter(
        field_name="title", lookup_expr="icontains", label="Words in the title."
    )

    class Meta:
        model = Source
        fields = []


class SourceSerializer(serializers.ModelSerializer):
    """`url` is where the source was published; `api_url` is this resource."""

    api_url = serializers.HyperlinkedIdentityField(view_name="api:source-detail")
    page_url = PageUrlField(SOURCE_PAGE)
    event_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Source
        fields = [
            "id",
            "api_url",
            "page_url",
            "kind",
            "title",
            "url",
            "publisher",
            "author",
            "published",
            "language",
            "status",
            "event_count",
            "created_at",
        ]


class SourceEventSerializer(serializers.ModelSerializer):
    date_display = serializers.CharField(read_only=True)
    page_url = PageUrlField(EVENT_PAGE)

    class Meta:
        model = Event
        fields = ["id", "title", "type", "date_display", "status", "page_url"]


class SourceDetailSerializer(SourceSerializer):
    events = serializers.SerializerMethodField()

    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "text", "error", "extractor_version", "events"]

    @extend_schema_field(SourceEventSerializer(many=True))
    def get_events(self, source):
        return SourceEventSerializer(selectors.source_events(source), many=True).data


class IngestOutcomeSerializer(serializers.Serializer):
    created = serializers.BooleanField(help_text="False when the same text was stored before.")
    events_created = serializers.IntegerField()
    events_merged = serializers.IntegerField(
        help_text="Events already known, now also evidenced here."
    )


class IngestedSourceSerializer(SourceDetailSerializer):
    ingest = IngestOutcomeSerializer(read_only=True)

    class Meta(SourceDetailSerializer.Meta):
        fields = [*SourceDetailSerializer.Meta.fields, "ingest"]


class SourceIngestSerializer(serializers.Serializer):
    """Either the text itself (with its title and publication date), or a URL to fetch."""

    text = serializers.CharField(
        trim_whitespace=False,
        required=False,
        help_text="The full text of the source. Without it, `url` is fetched in the background.",
    )
    title = serializers.CharField(max_length=500, required=False)
    published = serializers.DateField(
        required=False,
        allow_null=True,
        help_text="Publication date (YYYY-MM-DD): relative dates in the text are read from it. "
        "Required with `text`; for a fetched URL the page's own date is used when omitted.",
    )
    url = serializers.URLField(
        max_length=2000,
        required=False,
        allow_blank=True,
        validators=[URLValidator(schemes=["http", "https"])],
        help_text="Where it was published (http or https); fetched when no `text` is given.",
    )
    publisher = serializers.CharField(max_length=200, required=False, allow_blank=True)
    author = serializers.CharField(max_length=200, required=False, allow_blank=True)
    kind = serializers.ChoiceField(choices=Source.Kind.choices, default=Source.Kind.ARTICLE)

    def validate_text(self, text):
        if not text.strip():
            raise serializers.ValidationError("The text is empty.")
        return text

    def validate(self, data):
        if "text" not in data:
            if not data.get("url"):
                raise serializers.ValidationError({"text": ["Give the text, or a url to fetch."]})
            return data
        missing = {
            field: ["This field is required with text."]
            for field in ("title", "published")
            if not data.get(field)
        }
        if missing:
            raise serializers.ValidationError(missing)
        return data


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "too_large"


class SourceViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    filterset_class = SourceFilter
    pagination_class = NumberedPagination
    write_permission = "sources.add_source"

    def get_queryset(self):
        return selectors.source_detail() if self.action == "retrieve" else selectors.source_list()

    def get_serializer_class(self):
        if self.action == "create":
            return SourceIngestSerializer
        return SourceDetailSerializer if self.action == "retrieve" else SourceSerializer

    def filter_queryset(self, queryset):
        if self.action == "retrieve":
            return queryset
        return super().filter_queryset(queryset)

    @extend_schema(
        request=SourceIngestSerializer,
        responses={
            200: IngestedSourceSerializer,
            201: IngestedSourceSerializer,
            202: IngestedSourceSerializer,
            400: None,
            413: None,
        },
    )
    def create(self, request, *args, **kwargs):
        """Ingest a text: store it once and extract its events. The same text again returns the
        stored source with 200."""
        params = SourceIngestSerializer(data=request.data)
        params.is_valid(raise_exception=True)
        data = params.validated_data
        if "text" not in data:
            return self._fetch_url(data)
        try:
            result = ingest_source(
                text=data["text"],
                title=data["title"],
                published=data["published"],
                url=data.get("url") or None,
                publisher=data.get("publisher", ""),
                author=data.get("author", ""),
                kind=data["kind"],
            )
        except SourceTooLarge as error:
            raise PayloadTooLarge({"text": [str(error)]}) from None
        except IngestError as error:
            raise serializers.ValidationError(
                {api_settings.NON_FIELD_ERRORS_KEY: [str(error)]}
            ) from None
        return self._ingested(result, status.HTTP_201_CREATED)

    def _fetch_url(self, data):
        """Queue the URL: 202 while it is fetched in the background, 200 if already known."""
        try:
            result = ingest_url(
                url=data["url"], published=data.get("published"), title=data.get("title", "")
            )
        except IngestError as error:
            raise serializers.ValidationError({"url": [str(error)]}) from None
        return self._ingested(result, status.HTTP_202_ACCEPTED)

    def _ingested(self, result, status_when_created):
        source = selectors.source_detail().get(pk=result.source.pk)
        source.ingest = {
            "created": result.created,
            "events_created": result.events_created,
            "events_merged": result.events_merged,
        }
        body = IngestedSourceSerializer(source, context=self.get_serializer_context()).data
        return Response(body, status=status_when_created if result.created else status.HTTP_200_OK)
