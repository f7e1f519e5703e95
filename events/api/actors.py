"""/api/actors/: the people, groups, states and organisations events involve."""

import django_filters
from rest_framework import serializers, viewsets

from events import selectors
from events.models import Actor

from .fields import ACTOR_PAGE, PageUrlField
from .filters import MultipleChoiceCommaFilter
from .pagination import NumberedPagination


class ActorFilter(django_filters.FilterSet):
    name = django_filters.CharFilter(lookup_expr="icontains", label="Part of the name.")
    kind = MultipleChoiceCommaFilter(choices=Actor.Kind.choices)
    parent = django_filters.NumberFilter(field_name="parent_id", label="Id of the parent actor.")

    class Meta:
        model = Actor
        fields = []


class ActorParentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Actor
        fields = ["id", "name"]


class ActorSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:actor-detail")
    page_url = PageUrlField(ACTOR_PAGE)
    parent = ActorParentSerializer(read_only=True, allow_null=True)
    event_count = serializers.IntegerField(
        read_only=True, help_text="Events involving the actor, rejected ones left out."
    )

    class Meta:
        model = Actor
        fields = [
            "id",
            "url",
            "page_url",
            "name",
            "kind",
            "aliases",
            "parent",
            "description",
            "event_count",
        ]


class ActorViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = ActorSerializer
    filterset_class = ActorFilter
    pagination_class = NumberedPagination

    def get_queryset(self):
        return selectors.actor_list()
