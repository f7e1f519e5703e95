from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

# The pages' paths are part of the API's contract (the pages' scripts follow page_url).
EVENT_PAGE = "/events/{pk}/"
SOURCE_PAGE = "/sources/{pk}/"
ACTOR_PAGE = "/actors/{pk}/"
PLACE_PAGE = "/places/{pk}/"


@extend_schema_field(OpenApiTypes.STR)
class PageUrlField(serializers.Field):
    """The path of the object's page, e.g. PageUrlField(EVENT_PAGE) -> "/events/7/"."""

    def __init__(self, path: str, **kwargs):
        self.path = path
        super().__init__(source="pk", read_only=True, **kwargs)

    def to_representation(self, pk):
        return self.path.format(pk=pk)
