import csv
import datetime
import io
import json

import pytest
from rest_framework.test import APIClient

from events.api import exports
from tests.factories import ActorFactory, EventFactory, EvidenceFactory, PlaceFactory

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def events():
    baghdad = PlaceFactory(name="Baghdad", country="Iraq", latitude=33.31, longitude=44.36)
    strike = EventFactory(
        title="US airstrike kills commander",
        summary="A drone struck a car, killing two.",
        place=baghdad,
        actors=[ActorFactory(name="United States"), ActorFactory(name="Kataib Hezbollah")],
    )
    EvidenceFactory(event=strike)
    pause = EventFactory(
        type="pause",
        title="No attacks, reported",
        date_start=D(2024, 2, 4),
        date_end=D(2024, 2, 18),
        open_end=True,
        place=PlaceFactory(name="Iraq and Syria"),
    )
    yearly = EventFactory(
        type="movement",
        title="Coalition deployed",
        date_start=D(2014, 1, 1),
        date_end=D(2014, 12, 31),
        date_precision="year",
    )
    return {"strike": strike, "pause": pause, "yearly": yearly}


def content(response) -> str:
    assert response.status_code == 200
    return b"".join(response.streaming_content).decode("utf-8")


def test_csv_export_parses_back_with_every_event(api, events):
    response = api.get("/api/events/export.csv")
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(content(response))))

    assert [row["title"] for row in rows] == [
        "Coalition deployed",
        "No attacks, reported",
        "US airstrike kills commander",
    ]
    strike = rows[2]
    assert strike["place"] == "Baghdad"
    assert strike["latitude"] == "33.31"
    assert strike["actors"] == "Kataib Hezbollah; United States"
    assert strike["source_count"] == "1"
    assert strike["date_display"] == "8 Feb 2024"
    assert strike["page_url"] == f"http://testserver/events/{events['strike'].pk}/"
    assert response["X-Export-Truncated"] == "false"


def test_csv_export_defuses_spreadsheet_formulas(api):
    EventFactory(title='=HYPERLINK("http://evil")')
    rows = list(csv.DictReader(io.StringIO(content(api.get("/api/events/export.csv")))))
    assert rows[0]["title"] == '\'=HYPERLINK("http://evil")'


def test_exports_take_the_list_filters(api, events):
    rows = list(
        csv.DictReader(io.StringIO(content(api.get("/api/events/export.csv?type=pause,movement"))))
    )
    assert [row["title"] for row in rows] == ["Coalition deployed", "No attacks, reported"]


def test_exports_reject_bad_filters_naming_the_parameter(api):
    response = api.get("/api/events/export.ics?date_from=2024-13-45")
    assert response.status_code == 400
    assert list(response.json()) == ["date_from"]


def test_json_export_is_the_list_items(api, events):
    items = json.loads(content(api.get("/api/events/export.json?ordering=-date")))
    list_items = api.get("/api/events/?ordering=-date").json()["results"]
    assert items == list_items
    assert len(items) == 3


def test_json_export_of_nothing_is_an_empty_array(api):
    assert json.loads(content(api.get("/api/events/export.json"))) == []


def test_geojson_export_has_points_for_placed_events_only(api, events):
    response = api.get("/api/events/export.geojson")
    assert response["Content-Type"] == "application/geo+json"
    collection = json.loads(content(response))

    assert collection["type"] == "FeatureCollection"
    [feature] = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [44.36, 33.31]}
    assert feature["id"] == events["strike"].pk
    assert feature["properties"]["title"] == "US airstrike kills commander"
    assert feature["properties"]["place"] == "Baghdad"


def unfold(ics: str) -> list[str]:
    return ics.replace("\r\n ", "").split("\r\n")


def test_ics_export_is_all_day_events_with_exclusive_end(api, events):
    response = api.get("/api/events/export.ics")
    assert response["Content-Type"].startswith("text/calendar")
    text = content(response)
    lines = unfold(text)

    assert lines[0] == "BEGIN:VCALENDAR"
    assert lines[-2:] == ["END:VCALENDAR", ""]
    assert lines.count("BEGIN:VEVENT") == 3
    assert "DTSTART;VALUE=DATE:20240208" in lines
    assert "DTEND;VALUE=DATE:20240209" in lines  # the one-day strike ends the next day
    assert "DTSTART;VALUE=DATE:20240204" in lines
    assert "DTEND;VALUE=DATE:20240219" in lines  # the pause's last day is 18 Feb
    assert "DTEND;VALUE=DATE:20150101" in lines
    assert "SUMMARY:No attacks\\, reported" in lines
    assert "GEO:33.31;44.36" in lines
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_ics_folds_long_lines_without_splitting_characters(api):
    EventFactory(title="Überfall " * 30)
    text = content(api.get("/api/events/export.ics"))

    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert f"SUMMARY:{'Überfall ' * 30}" in unfold(text)


def test_ics_escapes_text(api):
    EventFactory(title="a;b,c\\d", summary="line one\nline two")
    lines = unfold(content(api.get("/api/events/export.ics")))

    assert "SUMMARY:a\\;b\\,c\\\\d" in lines
    [description] = [line for line in lines if line.startswith("DESCRIPTION:")]
    assert description.endswith("\\n\\nline one\\nline two")


def test_timelinejs_export(api, events):
    body = json.loads(content(api.get("/api/events/export.timeline.json")))

    yearly, pause, strike = body["events"]
    assert yearly["start_date"] == {"year": "2014"}
    assert yearly["end_date"] == {"year": "2014"}
    assert pause["start_date"] == {"year": "2024", "month": "2", "day": "4"}
    assert pause["end_date"] == {"year": "2024", "month": "2", "day": "18"}
    assert pause["display_date"] == "since 4 Feb 2024"
    assert strike["text"] == {
        "headline": "US airstrike kills commander",
        "text": "A drone struck a car, killing two.",
    }
    assert strike["group"] == "strike"


def test_timelinejs_export_escapes_markup(api):
    EventFactory(title="<script>alert(1)</script>")
    body = json.loads(content(api.get("/api/events/export.timeline.json")))
    assert body["events"][0]["text"]["headline"] == "&lt;script&gt;alert(1)&lt;/script&gt;"


def test_exports_stop_at_the_limit_and_say_so(api, monkeypatch):
    monkeypatch.setattr(exports, "EXPORT_LIMIT", 2)
    for day in (1, 2, 3):
        EventFactory(date_start=D(2024, 2, day))

    response = api.get("/api/events/export.json")
    assert len(json.loads(content(response))) == 2
    assert response["X-Export-Truncated"] == "true"


@pytest.mark.parametrize("extension", ["csv", "json", "geojson", "ics", "timeline.json"])
def test_export_query_count_does_not_grow_with_rows(api, django_assert_num_queries, extension):
    for day in (1, 2, 3):
        event = EventFactory(
            date_start=D(2024, 2, day),
            place=PlaceFactory(latitude=1.0, longitude=2.0),
            actors=[ActorFactory(), ActorFactory()],
        )
        EvidenceFactory(event=event)

    # 1. is there more than the limit?
    # 2. the events with their place and source count
    # 3. their actors (prefetch)
    with django_assert_num_queries(3):
        content(api.get(f"/api/events/export.{extension}"))
