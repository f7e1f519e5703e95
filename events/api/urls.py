from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from . import exports
from .actors import ActorViewSet
from .events import EventViewSet
from .places import PlaceViewSet
from .sources import SourceViewSet

# Namespaced: the pages use the plain names (event-detail, source-detail, ...).
app_name = "api"

router = DefaultRouter()
router.register("events", EventViewSet, basename="event")
router.register("sources", SourceViewSet, basename="source")
router.register("actors", ActorViewSet, basename="actor")
router.register("places", PlaceViewSet, basename="place")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("events/export.csv", exports.CsvExport.as_view(), name="event-export-csv"),
    path("events/export.json", exports.JsonExport.as_view(), name="event-export-json"),
    path("events/export.geojson", exports.GeoJsonExport.as_view(), name="event-export-geojson"),
    path("events/export.ics", exports.IcsExport.as_view(), name="event-export-ics"),
    path(
        "events/export.timeline.json",
        exports.TimelineJsExport.as_view(),
        name="event-export-timeline",
    ),
    *router.urls,
]
