import pytest

from tests.factories import ActorFactory, EventFactory, SourceFactory

pytestmark = pytest.mark.django_db


def test_search_finds_events_actors_and_sources(client):
    EventFactory(title="Airstrike kills Kataib Hezbollah commander")
    EventFactory(title="Summit in Minsk")
    ActorFactory(name="Kataib Hezbollah")
    SourceFactory(title="Kataib Hezbollah suspends operations")

    html = client.get("/search/?q=hezbollah").content.decode()

    assert "Airstrike kills Kataib Hezbollah commander" in html
    assert "Summit in Minsk" not in html
    assert ">Kataib Hezbollah</a>" in html
    assert "Kataib Hezbollah suspends operations" in html


def test_empty_search_shows_only_the_form(client):
    response = client.get("/search/")

    assert response.status_code == 200
    assert "No events match" not in response.content.decode()
