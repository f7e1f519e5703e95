import datetime

import pytest

from events.models import Event, Evidence
from events.services import extract_source
from sources.models import Source
from tests.factories import ActorFactory, SourceFactory

pytestmark = pytest.mark.django_db

STRIKE_TEXT = (
    "Officials said on Monday that a US airstrike in eastern Baghdad on 8 February killed "
    "a commander of Kataib Hezbollah and two of his guards."
)


def make_source(text=STRIKE_TEXT, published=datetime.date(2024, 2, 21)):
    return SourceFactory(text=text, published=published, status="queued")


def test_extracting_a_source_stores_events_with_their_evidence():
    source = make_source()

    report = extract_source(source=source)

    assert report.created >= 1
    strike = Event.objects.get(type="strike")
    assert strike.date_start == datetime.date(2024, 2, 8)
    evidence = strike.evidence.get()
    assert source.text[evidence.start : evidence.end] == evidence.quote
    source.refresh_from_db()
    assert source.status == "done"
    assert source.extractor_version


def test_re_extracting_replaces_machine_events_instead_of_duplicating_them():
    source = make_source()
    extract_source(source=source)
    first = set(Event.objects.values_list("type", "date_start"))

    report = extract_source(source=source)

    assert set(Event.objects.values_list("type", "date_start")) == first
    assert Evidence.objects.filter(source=source).count() == Event.objects.count()
    assert report.removed == report.created


def test_re_extracting_never_touches_an_edited_event():
    source = make_source()
    extract_source(source=source)
    strike = Event.objects.get(type="strike")
    Event.objects.filter(pk=strike.pk).update(
        title="Corrected by an editor", date_start=datetime.date(2024, 2, 7), edited=True
    )

    report = extract_source(source=source)

    strike.refresh_from_db()
    assert strike.title == "Corrected by an editor"
    assert strike.date_start == datetime.date(2024, 2, 7)
    assert strike.evidence.filter(source=source).exists()
    assert report.kept == 1


def test_the_same_strike_from_two_sources_becomes_one_event_with_two_evidence_rows():
    ActorFactory(name="Kataib Hezbollah", aliases=["KH"])
    first = make_source()
    second = make_source(
        text="A drone strike on 8 February in Baghdad killed a senior KH commander, "
        "the group said in a statement.",
        published=datetime.date(2024, 2, 9),
    )

    extract_source(source=first)
    report = extract_source(source=second)

    strikes = Event.objects.filter(type="strike")
    assert strikes.count() == 1
    assert report.merged == 1
    assert set(strikes.get().evidence.values_list("source_id", flat=True)) == {
        first.pk,
        second.pk,
    }


def test_a_source_without_publication_date_is_marked_as_needing_one():
    source = make_source(published=None)

    report = extract_source(source=source)

    source.refresh_from_db()
    assert source.status == "needs_date"
    assert report.created == 0
    assert not Event.objects.exists()


def test_an_event_remembers_the_newest_source_that_reported_it():
    ActorFactory(name="Kataib Hezbollah", aliases=["KH"])
    first = make_source()
    second = make_source(
        text="A drone strike on 8 February in Baghdad killed a senior KH commander, "
        "the group said in a statement.",
        published=datetime.date(2024, 2, 9),
    )
    Source.objects.filter(pk=first.pk).update(
        created_at=datetime.datetime(2024, 2, 21, tzinfo=datetime.UTC)
    )
    first.refresh_from_db()

    extract_source(source=first)
    assert Event.objects.get(type="strike").last_reported_at == first.created_at
    extract_source(source=second)

    assert Event.objects.get(type="strike").last_reported_at == second.created_at


def test_a_new_place_gets_its_country_and_coordinates_from_the_gazetteer():
    extract_source(
        source=make_source(
            text="A US airstrike killed two militia commanders in Baghdad on 8 February."
        )
    )

    place = Event.objects.get(type="strike").place
    assert place is not None
    assert place.country == "Iraq"
    assert place.latitude == pytest.approx(33.34, abs=0.1)
