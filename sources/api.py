"""/api/feeds/: the RSS and Atom feeds polled for new sources; POST follows one (editors only)."""

from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Feed
from .services import IngestError, add_feed
from .tasks import poll_feed_task


class FeedSerializer(serializers.ModelSerializer):
    class Meta:
        model = Feed
        fields = ["id", "url", "title", "active", "last_polled_at", "last_error", "created_at"]


class FeedCreateSerializer(serializers.Serializer):
    url = serializers.CharField(max_length=2000, help_text="The feed's http(s) URL.")
    poll = serializers.BooleanField(
        default=True, help_text="Poll it now: its new entries are queued for ingestion."
    )


class FeedViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = FeedSerializer
    write_permission = "sources.add_feed"

    def get_queryset(self):
        return Feed.objects.order_by("url")

    @extend_schema(
        request=FeedCreateSerializer, responses={200: FeedSerializer, 201: FeedSerializer}
    )
    def create(self, request, *args, **kwargs):
        """Follow a feed and queue its entries; a feed already followed returns 200."""
        params = FeedCreateSerializer(data=request.data)
        params.is_valid(raise_exception=True)
        try:
            feed, created = add_feed(url=params.validated_data["url"])
        except IngestError as error:
            raise serializers.ValidationError({"url": [str(error)]}) from None
        if params.validated_data["poll"]:
            poll_feed_task.enqueue(feed.pk)
            feed.refresh_from_db()
        return Response(
            FeedSerializer(feed).data, status=status.HTTP_201_CREATED if created else 200
        )

    @extend_schema(request=None, responses={202: FeedSerializer})
    @action(detail=True, methods=["post"])
    def poll(self, request, pk=None):
        """Poll the feed now; its new entries are queued for ingestion."""
        feed = self.get_object()
        poll_feed_task.enqueue(feed.pk)
        feed.refresh_from_db()
        return Response(FeedSerializer(feed).data, status=status.HTTP_202_ACCEPTED)
