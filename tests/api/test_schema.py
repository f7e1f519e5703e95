import pytest
from django.core.management import call_command
from django.urls import reverse
from rest_framework.test import APIClient

from events.api import fields

pytestmark = pytest.mark.django_db


def test_schema_lists_every_endpoint():
    response = APIClient().get("/api/schema/?format=json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    for path in [
        "/api/events/",
        "/api/events/{id}/",
        "/api/events/histogram/",
        "/api/events/export.csv",
        "/api/events/export.json",
        "/api/events/export.geojson",
        "/api/events/export.ics",
        "/api/events/export.timeline.json",
        "/api/sources/",
        "/api/sources/{id}/",
        "/api/actors/",
        "/api/places/",
    ]:
        assert path in paths
    list_parameters = {p["name"] for p in paths["/api/events/"]["get"]["parameters"]}
    assert {"date_from", "date_to", "type", "actor", "place", "source", "q"} <= list_parameters
    export_parameters = {p["name"] for p in paths["/api/events/export.ics"]["get"]["parameters"]}
    assert "date_from" in export_parameters


def test_schema_generates_without_warnings(tmp_path):
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", tmp_path / "s.yml")


def test_docs_page_renders():
    response = APIClient().get("/api/docs/")
    assert response.status_code == 200
    assert b"swagger-ui" in response.content


@pytest.mark.parametrize(
    ("path", "view_name"),
    [
        (fields.EVENT_PAGE, "event-detail"),
        (fields.SOURCE_PAGE, "source-detail"),
        (fields.ACTOR_PAGE, "actor-detail"),
        (fields.PLACE_PAGE, "place-detail"),
    ],
)
def test_page_urls_are_the_pages_routes(path, view_name):
    assert path.format(pk=7) == reverse(view_name, args=[7])
