import pytest
from rest_framework.test import APIClient

from tests.factories import ActorFactory, EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def api():
    return APIClient()


def names(response):
    assert response.status_code == 200, response.content
    return [item["name"] for item in response.json()["results"]]


def test_detail_has_aliases_parent_and_visible_event_count(api):
    irgc = ActorFactory(name="IRGC", kind="armed_group")
    quds = ActorFactory(name="Quds Force", kind="armed_group", parent=irgc, aliases=["IRGC-QF"])
    EventFactory(actors=[quds])
    EventFactory(actors=[quds, irgc])
    EventFactory(actors=[quds], status="rejected")

    body = api.get(f"/api/actors/{quds.pk}/").json()

    assert body == {
        "id": quds.pk,
        "url": f"http://testserver/api/actors/{quds.pk}/",
        "page_url": f"/actors/{quds.pk}/",
        "name": "Quds Force",
        "kind": "armed_group",
        "aliases": ["IRGC-QF"],
        "parent": {"id": irgc.pk, "name": "IRGC"},
        "description": "",
        "event_count": 2,
    }


def test_list_filters_by_name_and_kind(api):
    ActorFactory(name="Kataib Hezbollah", kind="armed_group")
    ActorFactory(name="Hezbollah", kind="armed_group")
    ActorFactory(name="United States", kind="state")

    assert names(api.get("/api/actors/")) == ["Hezbollah", "Kataib Hezbollah", "United States"]
    assert names(api.get("/api/actors/?name=hezb")) == ["Hezbollah", "Kataib Hezbollah"]
    assert names(api.get("/api/actors/?kind=state")) == ["United States"]
    assert api.get("/api/actors/?kind=alien").status_code == 400


def test_list_filters_by_parent(api):
    irgc = ActorFactory(name="IRGC")
    ActorFactory(name="Quds Force", parent=irgc)
    ActorFactory(name="Other")

    assert names(api.get(f"/api/actors/?parent={irgc.pk}")) == ["Quds Force"]
    assert list(api.get("/api/actors/?parent=abc").json()) == ["parent"]


def test_list_query_count_does_not_grow_with_rows(api, django_assert_num_queries):
    parent = ActorFactory()
    for _ in range(3):
        EventFactory(actors=[ActorFactory(parent=parent)])

    # 1. COUNT(*) for the page numbers
    # 2. the page of actors joined to their parent, with their event counts
    with django_assert_num_queries(2):
        assert len(names(api.get("/api/actors/"))) == 4
