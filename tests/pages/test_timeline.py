import datetime

import pytest

from events import views
from events.models import Event
from events.views import PAGE_SIZE
from tests.factories import (
    ActorFactory,
    EventFactory,
    EvidenceFactory,
    PlaceFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db


def test_chronology_groups_events_by_month_with_their_details(client):
    qaani = ActorFactory(name="Esmail Qaani")
    baghdad = PlaceFactory(name="Baghdad airport")
    meeting = EventFactory(
        type="meeting",
        title="Qaani meets armed groups",
        date_start=datetime.date(2024, 1, 29),
        actors=[qaani],
        place=baghdad,
    )
    EvidenceFactory(event=meeting)
    EvidenceFactory(event=meeting)
    EventFactory(
        type="pause",
        title="No attacks on US forces",
        date_start=datetime.date(2024, 2, 4),
        date_end=datetime.date(2024, 2, 21),
        open_end=True,
    )

    response = client.get("/")

    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("January 2024") < html.index("Qaani meets armed groups")
    assert html.index("Qaani meets armed groups") < html.index("February 2024")
    assert html.index("February 2024") < html.index("No attacks on US forces")
    assert "29 Jan 2024" in html
    assert "since 4 Feb 2024" in html
    assert f'href="{meeting.get_absolute_url()}"' in html
    assert f'href="{qaani.get_absolute_url()}">Esmail Qaani</a>' in html
    assert f'href="{baghdad.get_absolute_url()}">Baghdad airport</a>' in html
    assert "2 sources" in html
    assert 'class="badge type-meeting"' in html


def test_rejected_events_are_not_listed(client):
    EventFactory(title="Kept event")
    EventFactory(title="Rejected event", status=Event.Status.REJECTED)

    html = client.get("/").content.decode()

    assert "Kept event" in html
    assert "Rejected event" not in html


def test_type_filter_narrows_the_list_and_is_kept_in_the_form_and_exports(client):
    EventFactory(type="strike", title="Airstrike in Baghdad")
    EventFactory(type="meeting", title="Summit in Minsk")

    html = client.get("/?type=meeting").content.decode()

    assert "Summit in Minsk" in html
    assert "Airstrike in Baghdad" not in html
    assert 'name="type" value="meeting" checked' in html
    assert 'href="/api/events/export.csv?type=meeting"' in html


def test_unknown_type_is_a_400_naming_the_parameter(client):
    response = client.get("/?type=picnic")

    assert response.status_code == 400
    assert "<code>type</code>" in response.content.decode()


def test_impossible_date_is_a_400_naming_the_parameter_and_kept_in_the_form(client):
    response = client.get("/?date_from=2024-13-45")

    html = response.content.decode()
    assert response.status_code == 400
    assert "<code>date_from</code>" in html
    assert 'value="2024-13-45"' in html
    assert 'aria-invalid="true"' in html


def test_filters_by_date_range_actor_name_place_and_text(client):
    kh = ActorFactory(name="Kataib Hezbollah")
    baghdad = PlaceFactory(name="Baghdad")
    EventFactory(
        title="Airstrike kills commander",
        date_start=datetime.date(2024, 2, 8),
        actors=[kh],
        place=baghdad,
    )
    EventFactory(title="Drone attack in Golan", date_start=datetime.date(2024, 2, 12), actors=[kh])
    EventFactory(title="Summit in Minsk", date_start=datetime.date(2015, 2, 12))

    def titles(query):
        html = client.get("/?" + query).content.decode()
        candidates = ("Airstrike kills commander", "Drone attack in Golan", "Summit in Minsk")
        return {title for title in candidates if title in html}

    assert titles("date_from=2024-02&date_to=2024-02-10") == {"Airstrike kills commander"}
    assert titles("actor=Kataib+Hezbollah") == {
        "Airstrike kills commander",
        "Drone attack in Golan",
    }
    assert titles(f"place={baghdad.pk}") == {"Airstrike kills commander"}
    assert titles("q=minsk") == {"Summit in Minsk"}


def test_malformed_page_is_a_400_naming_the_parameter(client):
    response = client.get("/?page=last")

    assert response.status_code == 400
    assert "<code>page</code>" in response.content.decode()


def test_list_is_paginated_with_links_that_keep_the_filters(client):
    EventFactory.create_batch(PAGE_SIZE + 1, type="strike", date_start=datetime.date(2024, 2, 8))

    first = client.get("/?type=strike").content.decode()
    second = client.get("/?type=strike&page=2").content.decode()

    assert first.count('class="event-row"') == PAGE_SIZE
    assert 'href="?type=strike&amp;page=2"' in first
    assert second.count('class="event-row"') == 1
    assert 'href="?type=strike&amp;page=1"' in second


def test_fragment_request_returns_only_the_list(client):
    EventFactory(title="Airstrike in Baghdad")

    response = client.get("/", headers={"X-Chronicle-Fragment": "list"})

    html = response.content.decode()
    assert html.startswith('<section id="event-list"')
    assert "Airstrike in Baghdad" in html
    assert "<html" not in html
    assert "X-Chronicle-Fragment" in response["Vary"]


def test_list_carries_the_date_extent_of_the_filtered_events(client):
    EventFactory(date_start=datetime.date(2014, 6, 1), date_end=datetime.date(2014, 12, 31))
    EventFactory(date_start=datetime.date(2024, 2, 8))

    html = client.get("/").content.decode()

    assert 'data-first="2014-06-01" data-last="2024-02-08"' in html


def test_chronology_queries_do_not_grow_with_rows(client, django_assert_num_queries):
    actors = [ActorFactory(), ActorFactory()]
    place = PlaceFactory()
    source = SourceFactory()
    for day in (1, 2, 3):
        event = EventFactory(date_start=datetime.date(2024, 2, day), actors=actors, place=place)
        EvidenceFactory(event=event, source=source)

    # 1. the page of events with their place and source counts
    # 2. their actors (prefetch)
    # 3. the first and last date of all matching events
    with django_assert_num_queries(3):
        response = client.get("/")

    assert response.content.decode().count('class="event-row"') == 3


def test_chronology_works_without_the_timeline_library(client, monkeypatch):
    """Before `npm ci && sh scripts/vendor_static.sh` the page is the list, not a broken page."""
    monkeypatch.setattr(views, "_timeline_library_installed", lambda: False)
    EventFactory(title="Airstrike in Baghdad")

    response = client.get("/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "vis-timeline-graph2d" not in html
    assert "Airstrike in Baghdad" in html
    assert "js/chronology.js" in html


def test_newest_first_reverses_the_list_and_its_months(client):
    EventFactory(title="Older strike", date_start=datetime.date(2024, 1, 29))
    EventFactory(title="Newer strike", date_start=datetime.date(2024, 2, 8))

    html = client.get("/?ordering=-date").content.decode()

    assert html.index("February 2024") < html.index("Newer strike") < html.index("January 2024")
    assert html.index("January 2024") < html.index("Older strike")
    assert '<option value="-date" selected>Newest first</option>' in html
    assert 'data-page-first="2024-01-29" data-page-last="2024-02-08"' in html
