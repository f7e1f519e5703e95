import base64
import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from events.api.events import EventFilter
from events.models import Event
from events.selectors import event_list, longest_event_span
from tests.factories import (
    ActorFactory,
    EventFactory,
    EvidenceFactory,
    PlaceFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture
def api():
    return APIClient()


def titles(response):
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["results"]]


def test_list_item_has_the_keys_the_pages_rely_on(api):
    place = PlaceFactory(name="Baghdad", country="Iraq", latitude=33.3, longitude=44.4)
    actor = ActorFactory(name="Kataib Hezbollah", kind="armed_group")
    event = EventFactory(title="Airstrike", place=place, actors=[actor], summary="A strike.")
    source = SourceFactory()
    EvidenceFactory(event=event, source=source, start=0)
    EvidenceFactory(event=event, source=source, start=5)
    EvidenceFactory(event=event)

    item = api.get("/api/events/").json()["results"][0]

    assert item == {
        "id": event.pk,
        "url": f"http://testserver/api/events/{event.pk}/",
        "page_url": f"/events/{event.pk}/",
        "type": "strike",
        "type_label": "Strike (armed attack)",
        "title": "Airstrike",
        "summary": "A strike.",
        "date_start": "2024-02-08",
        "date_end": "2024-02-08",
        "date_precision": "day",
        "open_end": False,
        "date_display": "8 Feb 2024",
        "status": "extracted",
        "confidence": 0.5,
        "edited": False,
        "place": {
            "id": place.pk,
            "name": "Baghdad",
            "country": "Iraq",
            "latitude": 33.3,
            "longitude": 44.4,
        },
        "actors": [{"id": actor.pk, "name": "Kataib Hezbollah", "kind": "armed_group"}],
        "source_count": 2,
    }


def test_list_without_place_or_evidence(api):
    EventFactory()
    item = api.get("/api/events/").json()["results"][0]
    assert item["place"] is None
    assert item["actors"] == []
    assert item["source_count"] == 0


def test_list_is_in_date_order_and_reverses_with_ordering(api):
    EventFactory(title="b", date_start=D(2024, 2, 8))
    EventFactory(title="a", date_start=D(2024, 1, 1))
    EventFactory(title="c-long", date_start=D(2024, 2, 8), date_end=D(2024, 2, 10))

    assert titles(api.get("/api/events/")) == ["a", "b", "c-long"]
    assert titles(api.get("/api/events/?ordering=-date")) == ["c-long", "b", "a"]


def test_bad_ordering_is_a_400_naming_it(api):
    response = api.get("/api/events/?ordering=title")
    assert response.status_code == 400
    assert list(response.json()) == ["ordering"]


def test_cursor_pagination_walks_every_event_once(api):
    for day in range(1, 8):
        EventFactory(title=f"e{day}", date_start=D(2024, 2, day))
    EventFactory(title="e4-bis", date_start=D(2024, 2, 4))

    seen, url, pages = [], "/api/events/?page_size=3", 0
    while url:
        body = api.get(url).json()
        seen += [item["title"] for item in body["results"]]
        url, pages = body["next"], pages + 1

    assert pages == 3
    assert seen == ["e1", "e2", "e3", "e4", "e4-bis", "e5", "e6", "e7"]


def test_cursor_pagination_backwards_in_time(api):
    for day in range(1, 5):
        EventFactory(title=f"e{day}", date_start=D(2024, 2, day))

    first = api.get("/api/events/?page_size=3&ordering=-date").json()
    assert [item["title"] for item in first["results"]] == ["e4", "e3", "e2"]
    assert [item["title"] for item in api.get(first["next"]).json()["results"]] == ["e1"]


def test_page_size_is_capped_at_500(api):
    Event.objects.bulk_create(
        Event(type="strike", title=f"e{n}", date_start=D(2024, 1, 1), date_end=D(2024, 1, 1))
        for n in range(501)
    )
    assert len(api.get("/api/events/?page_size=1000").json()["results"]) == 500
    assert len(api.get("/api/events/").json()["results"]) == 50


@pytest.mark.parametrize("value", ["0", "-3", "ten"])
def test_bad_page_size_is_a_400_naming_it(api, value):
    response = api.get(f"/api/events/?page_size={value}")
    assert response.status_code == 400
    assert list(response.json()) == ["page_size"]


def test_many_events_on_one_day_page_without_gaps_or_repeats(api):
    Event.objects.bulk_create(
        Event(
            type="strike",
            title=f"e{n:02}",
            date_start=D(2024, 2, 8),
            date_end=D(2024, 2, 8 + n % 3),
        )
        for n in range(20)
    )
    expected = [event.title for event in Event.objects.order_by("date_start", "date_end", "id")]

    seen, url = [], "/api/events/?page_size=3"
    while url:
        body = api.get(url).json()
        seen += [item["title"] for item in body["results"]]
        url = body["next"]

    assert seen == expected


def test_previous_links_walk_back_to_the_first_page(api):
    for day in range(1, 10):
        EventFactory(title=f"e{day}", date_start=D(2024, 2, day))

    first = api.get("/api/events/?page_size=4").json()
    assert first["previous"] is None
    second = api.get(first["next"]).json()
    third = api.get(second["next"]).json()
    assert [item["title"] for item in third["results"]] == ["e9"]
    assert third["next"] is None

    back = api.get(third["previous"]).json()
    assert [item["title"] for item in back["results"]] == ["e5", "e6", "e7", "e8"]
    back = api.get(back["previous"]).json()
    assert [item["title"] for item in back["results"]] == ["e1", "e2", "e3", "e4"]
    assert back["previous"] is None
    assert [item["title"] for item in api.get(back["next"]).json()["results"]] == [
        "e5",
        "e6",
        "e7",
        "e8",
    ]


@pytest.mark.parametrize(
    "cursor",
    [
        "garbage",
        base64.urlsafe_b64encode(b"not json").decode(),
        base64.urlsafe_b64encode(b'{"k": ["2024-02-08", "1"], "b": false}').decode(),
        base64.urlsafe_b64encode(b'{"k": ["2024-13-45", "2024-02-08", "1"], "b": false}').decode(),
        base64.urlsafe_b64encode(b'{"k": ["2024-02-08", "2024-02-08", "x"], "b": false}').decode(),
        base64.urlsafe_b64encode(
            b'{"k": ["2024-02-08", "2024-02-08", "99999999999999999999"], "b": false}'
        ).decode(),
        base64.urlsafe_b64encode(b"[1, 2]").decode(),
    ],
)
def test_bad_cursor_is_a_400_naming_it(api, cursor):
    response = api.get(f"/api/events/?cursor={cursor}")
    assert response.status_code == 400
    assert list(response.json()) == ["cursor"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ("date_from=2024-02-08", ["feb8", "feb-long", "march"]),
        ("date_from=2024-02-09", ["feb-long", "march"]),
        ("date_from=2024-02", ["feb8", "feb-long", "march"]),
        ("date_from=2024-03", ["feb-long", "march"]),
        ("date_from=2025", []),
        ("date_to=2024-02-08", ["jan", "feb8"]),
        ("date_to=2024-02-07", ["jan"]),
        ("date_to=2024-02", ["jan", "feb8", "feb-long"]),
        ("date_to=2024-01", ["jan"]),
        ("date_to=2024", ["jan", "feb8", "feb-long", "march"]),
        ("date_from=2024-03-02&date_to=2024-03-20", ["feb-long"]),
        ("date_from=2024-02&date_to=2024-02", ["feb8", "feb-long"]),
    ],
)
def test_date_window_matches_overlapping_intervals(api, params, expected):
    EventFactory(title="jan", date_start=D(2024, 1, 31))
    EventFactory(title="feb8", date_start=D(2024, 2, 8))
    EventFactory(title="feb-long", date_start=D(2024, 2, 29), date_end=D(2024, 3, 5))
    EventFactory(title="march", date_start=D(2024, 3, 1))

    assert titles(api.get(f"/api/events/?{params}")) == expected


@pytest.mark.parametrize(
    "params",
    [
        "date_from=2024-13-45",
        "date_from=2024-02-30",
        "date_from=yesterday",
        "date_to=24-02",
        "date_to=2024-2-8",
    ],
)
def test_malformed_date_is_a_400_naming_the_parameter(api, params):
    response = api.get(f"/api/events/?{params}")
    assert response.status_code == 400
    name = params.split("=")[0]
    assert list(response.json()) == [name]
    assert response.json()[name][0]


def test_type_filter_is_repeatable_and_comma_separated(api):
    EventFactory(title="strike", type="strike")
    EventFactory(title="pause", type="pause", date_start=D(2024, 2, 9))
    EventFactory(title="meeting", type="meeting", date_start=D(2024, 2, 10))

    assert titles(api.get("/api/events/?type=strike")) == ["strike"]
    assert titles(api.get("/api/events/?type=strike&type=pause")) == ["strike", "pause"]
    assert titles(api.get("/api/events/?type=pause,meeting")) == ["pause", "meeting"]


def test_unknown_type_is_a_400_naming_type(api):
    response = api.get("/api/events/?type=strike,picnic")
    assert response.status_code == 400
    assert list(response.json()) == ["type"]
    assert "picnic" in response.json()["type"][0]


def test_actor_filter_by_id_or_exact_name(api):
    kh = ActorFactory(name="Kataib Hezbollah")
    us = ActorFactory(name="United States")
    EventFactory(title="kh", actors=[kh])
    EventFactory(title="both", actors=[kh, us], date_start=D(2024, 2, 9))
    EventFactory(title="us", actors=[us], date_start=D(2024, 2, 10))
    EventFactory(title="none", date_start=D(2024, 2, 11))

    assert titles(api.get(f"/api/events/?actor={us.pk}")) == ["both", "us"]
    assert titles(api.get("/api/events/?actor=Kataib Hezbollah")) == ["kh", "both"]
    assert titles(api.get(f"/api/events/?actor=Kataib Hezbollah&actor={us.pk}")) == [
        "kh",
        "both",
        "us",
    ]
    assert titles(api.get("/api/events/?actor=Kataib")) == []


def test_place_filter_by_id_or_name(api):
    baghdad = PlaceFactory(name="Baghdad")
    EventFactory(title="in baghdad", place=baghdad)
    EventFactory(title="in jordan", place=PlaceFactory(name="Jordan"))

    assert titles(api.get(f"/api/events/?place={baghdad.pk}")) == ["in baghdad"]
    assert titles(api.get("/api/events/?place=Jordan")) == ["in jordan"]


def test_source_filter(api):
    source = SourceFactory()
    EvidenceFactory(event=EventFactory(title="from source"), source=source)
    EvidenceFactory(event=EventFactory(title="elsewhere"))

    assert titles(api.get(f"/api/events/?source={source.pk}")) == ["from source"]


def test_source_filter_wants_ids(api):
    response = api.get("/api/events/?source=reuters")
    assert response.status_code == 400
    assert list(response.json()) == ["source"]


def test_rejected_events_are_hidden_unless_status_is_asked_for(api):
    EventFactory(title="extracted")
    EventFactory(title="confirmed", status="confirmed", date_start=D(2024, 2, 9))
    EventFactory(title="rejected", status="rejected", date_start=D(2024, 2, 10))

    assert titles(api.get("/api/events/")) == ["extracted", "confirmed"]
    assert titles(api.get("/api/events/?status=rejected")) == ["rejected"]
    assert titles(api.get("/api/events/?status=confirmed,rejected")) == ["confirmed", "rejected"]
    assert api.get("/api/events/?status=maybe").status_code == 400


def test_precision_filter(api):
    EventFactory(title="day")
    EventFactory(title="month", date_precision="month", date_start=D(2024, 2, 1))

    assert titles(api.get("/api/events/?precision=month")) == ["month"]
    assert list(api.get("/api/events/?precision=hour").json()) == ["precision"]


def test_search_over_title_summary_actor_names_and_quotes(api):
    EventFactory(title="Airstrike in Baghdad")
    EventFactory(title="Talks", summary="Negotiators met in Doha.", date_start=D(2024, 2, 9))
    EventFactory(
        title="Attack", actors=[ActorFactory(name="Kataib Hezbollah")], date_start=D(2024, 2, 10)
    )
    EvidenceFactory(
        event=EventFactory(title="Pause", date_start=D(2024, 2, 11)),
        source=SourceFactory(text="The militias announced a suspension of operations."),
        quote="The militias announced a suspension of operations.",
    )
    EventFactory(title="Unrelated", date_start=D(2024, 2, 12))

    assert titles(api.get("/api/events/?q=baghdad")) == ["Airstrike in Baghdad"]
    assert titles(api.get("/api/events/?q=doha")) == ["Talks"]
    assert titles(api.get("/api/events/?q=hezbollah")) == ["Attack"]
    assert titles(api.get("/api/events/?q=suspension")) == ["Pause"]


def test_search_matches_an_event_once_however_many_places_match(api):
    event = EventFactory(
        title="Baghdad strike", actors=[ActorFactory(name="Baghdad Operations Command")]
    )
    EvidenceFactory(event=event, quote="in Baghdad")
    EvidenceFactory(event=event, quote="Baghdad again")

    assert titles(api.get("/api/events/?q=baghdad")) == ["Baghdad strike"]


def test_list_query_count_does_not_grow_with_rows(api, django_assert_num_queries):
    for day in (1, 2, 3):
        event = EventFactory(
            date_start=D(2024, 2, day),
            place=PlaceFactory(),
            actors=[ActorFactory(), ActorFactory()],
        )
        EvidenceFactory(event=event)

    # 1. the page of events, joined to their place, with the source count as a subquery
    # 2. the actors of those events (prefetch)
    with django_assert_num_queries(2):
        response = api.get("/api/events/")
    assert len(response.json()["results"]) == 3


def test_event_filter_works_in_a_plain_django_view():
    EventFactory(title="strike", type="strike")
    EventFactory(title="pause", type="pause")

    good = EventFilter({"type": ["pause"]}, queryset=event_list())
    assert [event.title for event in good.qs] == ["pause"]

    bad = EventFilter({"date_from": "2024-13-45"}, queryset=event_list())
    assert not bad.is_valid()
    assert list(bad.errors) == ["date_from"]


def test_detail_has_the_evidence_with_its_source(api):
    event = EventFactory(title="Airstrike")
    source = SourceFactory(
        title="Militias halt attacks",
        url="https://example.org/a",
        publisher="The New Arab",
        text="On 8 February a US drone struck a car in Baghdad.",
    )
    evidence = EvidenceFactory(
        event=event,
        source=source,
        quote="On 8 February a US drone struck a car",
        start=0,
        end=37,
        date_text="On 8 February",
    )

    body = api.get(f"/api/events/{event.pk}/").json()

    assert body["title"] == "Airstrike"
    assert body["source_count"] == 1
    assert body["evidence"] == [
        {
            "id": evidence.pk,
            "quote": "On 8 February a US drone struck a car",
            "start": 0,
            "end": 37,
            "date_text": "On 8 February",
            "source": {
                "id": source.pk,
                "title": "Militias halt attacks",
                "url": "https://example.org/a",
                "publisher": "The New Arab",
                "published": "2024-02-21",
                "page_url": f"/sources/{source.pk}/",
            },
        }
    ]


def test_detail_of_a_rejected_event_is_still_reachable(api):
    event = EventFactory(status="rejected")
    response = api.get(f"/api/events/{event.pk}/")
    assert response.status_code == 200
    assert response.json()["status"] == "rejected"


def test_detail_of_a_missing_event_is_a_404(api):
    assert api.get("/api/events/999999/").status_code == 404


def test_detail_query_count(api, django_assert_num_queries):
    event = EventFactory(actors=[ActorFactory(), ActorFactory()], place=PlaceFactory())
    EvidenceFactory(event=event)
    EvidenceFactory(event=event)

    # 1. the event with its place and source count
    # 2. its actors
    # 3. its evidence joined to their sources
    with django_assert_num_queries(3):
        assert api.get(f"/api/events/{event.pk}/").status_code == 200


def test_histogram_counts_per_bucket_and_type(api):
    EventFactory(type="strike", date_start=D(2024, 2, 5))  # Monday
    EventFactory(type="strike", date_start=D(2024, 2, 8))
    EventFactory(type="pause", date_start=D(2024, 2, 8))
    EventFactory(type="strike", date_start=D(2024, 2, 12))
    EventFactory(type="strike", date_start=D(2024, 3, 1))
    EventFactory(type="strike", date_start=D(2024, 3, 2), status="rejected")

    day = api.get("/api/events/histogram/?interval=day").json()
    week = api.get("/api/events/histogram/?interval=week").json()
    month = api.get("/api/events/histogram/?interval=month").json()

    assert day == [
        {"bucket": "2024-02-05", "type": "strike", "count": 1},
        {"bucket": "2024-02-08", "type": "pause", "count": 1},
        {"bucket": "2024-02-08", "type": "strike", "count": 1},
        {"bucket": "2024-02-12", "type": "strike", "count": 1},
        {"bucket": "2024-03-01", "type": "strike", "count": 1},
    ]
    assert week == [
        {"bucket": "2024-02-05", "type": "pause", "count": 1},
        {"bucket": "2024-02-05", "type": "strike", "count": 2},
        {"bucket": "2024-02-12", "type": "strike", "count": 1},
        {"bucket": "2024-02-26", "type": "strike", "count": 1},
    ]
    assert month == [
        {"bucket": "2024-02-01", "type": "pause", "count": 1},
        {"bucket": "2024-02-01", "type": "strike", "count": 3},
        {"bucket": "2024-03-01", "type": "strike", "count": 1},
    ]


def test_histogram_takes_the_list_filters(api):
    EventFactory(type="strike", date_start=D(2024, 2, 8))
    EventFactory(type="pause", date_start=D(2024, 2, 8))
    EventFactory(type="strike", date_start=D(2024, 3, 8))

    body = api.get("/api/events/histogram/?interval=month&type=strike&date_to=2024-02").json()

    assert body == [{"bucket": "2024-02-01", "type": "strike", "count": 1}]


def test_histogram_is_one_query(api, django_assert_num_queries):
    EventFactory(date_start=D(2024, 2, 8))
    EventFactory(date_start=D(2024, 3, 8))
    # 1. the grouped counts
    with django_assert_num_queries(1):
        assert len(api.get("/api/events/histogram/?interval=month").json()) == 2


@pytest.mark.parametrize(
    ("params", "name"),
    [("interval=year", "interval"), ("interval=day&date_from=2024-13-45", "date_from")],
)
def test_histogram_bad_input_is_a_400_naming_the_parameter(api, params, name):
    response = api.get(f"/api/events/histogram/?{params}")
    assert response.status_code == 400
    assert name in response.json()


def test_date_from_finds_an_event_that_began_long_before_the_window(api):
    EventFactory(title="short", date_start=D(2024, 2, 8))
    EventFactory(
        title="deployment",
        date_start=D(2014, 1, 1),
        date_end=D(2024, 2, 21),
        date_precision="year",
    )

    assert titles(api.get("/api/events/?date_from=2024-02-20")) == ["deployment"]
    assert titles(api.get("/api/events/?date_from=0001")) == ["deployment", "short"]


def test_list_with_date_from_query_count(api, django_assert_num_queries):
    for day in (1, 2, 3):
        EventFactory(date_start=D(2024, 2, day), actors=[ActorFactory()])

    # 1. the longest event span, bounding the scan of the date index
    # 2. the page of events with place and source count
    # 3. their actors
    with django_assert_num_queries(3):
        assert len(titles(api.get("/api/events/?date_from=2024-02-02"))) == 2


def test_filters_do_not_make_the_list_distinct():
    # DISTINCT over the page's columns would make the database sort every match first.
    events = EventFilter(
        {"type": "strike,pause", "status": "extracted", "precision": "day", "actor": "1"},
        queryset=event_list(),
    ).qs
    assert not events.query.distinct


postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="full-text search is PostgreSQL's"
)


@postgresql_only
def test_search_stems_words_and_takes_web_search_syntax(api):
    EventFactory(title="US airstrike in eastern Baghdad")
    EventFactory(title="Airstrikes near Erbil", date_start=D(2024, 2, 9))

    assert titles(api.get("/api/events/?q=airstrikes")) == [
        "US airstrike in eastern Baghdad",
        "Airstrikes near Erbil",
    ]
    assert titles(api.get('/api/events/?q="eastern baghdad"')) == [
        "US airstrike in eastern Baghdad"
    ]
    assert titles(api.get("/api/events/?q=airstrike -erbil")) == ["US airstrike in eastern Baghdad"]


@postgresql_only
def test_search_uses_the_gin_indexes():
    EventFactory()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
    plan = EventFilter({"q": "baghdad"}, queryset=event_list()).qs.explain()
    for index in ("event_search_idx", "actor_search_idx", "evidence_search_idx"):
        assert index in plan


@postgresql_only
def test_longest_event_span_is_an_index_probe():
    EventFactory(date_start=D(2024, 2, 1), date_end=D(2024, 2, 29))
    with CaptureQueriesContext(connection) as queries:
        assert longest_event_span() == datetime.timedelta(days=28)
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {queries[0]['sql']}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "event_span_idx" in plan
