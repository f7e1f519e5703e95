import pytest

from tests.factories import (
    ActorFactory,
    EventFactory,
    EvidenceFactory,
    PlaceFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db


def test_search_finds_events_actors_places_and_sources(client):
    EventFactory(title="Airstrike kills Kataib Hezbollah commander")
    EventFactory(title="Summit in Minsk")
    ActorFactory(name="Kataib Hezbollah")
    ActorFactory(name="Islamic Resistance in Iraq", aliases=["Hezbollah Brigades umbrella"])
    PlaceFactory(name="Hezbollah headquarters, Dahiyeh")
    SourceFactory(title="Kataib Hezbollah suspends operations")

    html = client.get("/search/?q=hezbollah").content.decode()

    assert "Airstrike kills Kataib Hezbollah commander" in html
    assert "Summit in Minsk" not in html
    assert ">Kataib Hezbollah</a>" in html
    assert ">Islamic Resistance in Iraq</a>" in html  # by its alias
    assert ">Hezbollah headquarters, Dahiyeh</a>" in html
    assert "Kataib Hezbollah suspends operations" in html


def test_empty_search_shows_only_the_form(client):
    response = client.get("/search/")

    assert response.status_code == 200
    assert "No events match" not in response.content.decode()


def test_search_queries_do_not_grow_with_results(client, django_assert_num_queries):
    actor = ActorFactory(name="Quds Force")
    for _ in range(3):
        EvidenceFactory(event=EventFactory(title="Quds Force visit", actors=[actor]))
    SourceFactory(title="Quds Force commander in Baghdad")
    SourceFactory(title="Quds Force statement")

    # 1. matching events with place and source counts, 2. their actors,
    # 3. matching actors, 4. matching places, 5. matching sources, each with event counts
    with django_assert_num_queries(5):
        response = client.get("/search/?q=quds")

    assert response.content.decode().count('class="event-row"') == 3
