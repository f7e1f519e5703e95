"""/api/places/: where events happened."""

import django_filters
from rest_framework import serializers, viewsets

from events import selectors
from events.models import Place

from .fields import PLACE_PAGE, PageUrlField
from .pagination import NumberedPagination


class PlaceFilter(django_filters.FilterSet):
    name = django_filters.CharFilter(lookup_expr="icontains", label="Part of the name.")
    country = django_filters.CharFilter(lookup_expr="iexact", label="Country name.")

    class Meta:
        model = Place
        fields = []


class PlaceSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:place-detail")
    page_url = PageUrlField(PLACE_PAGE)
    event_count = serializers.IntegerField(
        read_only=True, help_text="Events at the place, rejected ones left out."
    )

    class Meta:
        model = Place
        fields = [
            "id",
            "url",
            "page_url",
            "name",
            "country",
            "latitude",
            "longitude",
            "aliases",
            "event_count",
        ]


class PlaceViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = PlaceSerializer
    filterset_class = PlaceFilter
    pagination_class = NumberedPagination

    def get_queryset(self):
        return selectors.place_list()
