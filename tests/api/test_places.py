import pytest
from rest_framework.test import APIClient

from tests.factories import EventFactory, PlaceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def api():
    return APIClient()


def names(response):
    assert response.status_code == 200, response.content
    return [item["name"] for item in response.json()["results"]]


def test_detail_with_coordinates_and_visible_event_count(api):
    baghdad = PlaceFactory(name="Baghdad", country="Iraq", latitude=33.3, longitude=44.4)
    EventFactory(place=baghdad)
    EventFactory(place=baghdad, status="rejected")

    body = api.get(f"/api/places/{baghdad.pk}/").json()

    assert body == {
        "id": baghdad.pk,
        "url": f"http://testserver/api/places/{baghdad.pk}/",
        "page_url": f"/places/{baghdad.pk}/",
        "name": "Baghdad",
        "country": "Iraq",
        "latitude": 33.3,
        "longitude": 44.4,
        "aliases": [],
        "event_count": 1,
    }


def test_list_filters_by_name_and_country(api):
    PlaceFactory(name="Baghdad", country="Iraq")
    PlaceFactory(name="Erbil", country="Iraq")
    PlaceFactory(name="Tower 22", country="Jordan")

    assert names(api.get("/api/places/?name=BAG")) == ["Baghdad"]
    assert names(api.get("/api/places/?country=iraq")) == ["Baghdad", "Erbil"]


def test_list_query_count_does_not_grow_with_rows(api, django_assert_num_queries):
    for _ in range(3):
        EventFactory(place=PlaceFactory())

    # 1. COUNT(*) for the page numbers
    # 2. the page of places with their event counts
    with django_assert_num_queries(2):
        assert len(names(api.get("/api/places/"))) == 3
