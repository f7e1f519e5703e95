import datetime

import pytest
from django.test import override_settings

from events.models import Event
from sources.models import Source
from sources.services import IngestError, SourceTooLarge, ingest_source

pytestmark = pytest.mark.django_db

TEXT = "Rebels attacked an army post near the border on 3 March, killing four soldiers."


def test_ingesting_stores_the_source_and_its_events():
    result = ingest_source(text=TEXT, title="Border attack", published=datetime.date(2024, 3, 5))

    assert result.created
    assert result.source.status == Source.Status.DONE
    assert result.events_created == Event.objects.count() >= 1


def test_ingesting_the_same_text_twice_changes_nothing():
    ingest_source(text=TEXT, title="Border attack", published=datetime.date(2024, 3, 5))
    events = Event.objects.count()

    again = ingest_source(
        text=f"  {TEXT}\n", title="Other title", published=datetime.date(2024, 3, 5)
    )

    assert not again.created
    assert Source.objects.count() == 1
    assert Event.objects.count() == events


def test_a_future_publication_date_is_stored_as_needing_a_date():
    result = ingest_source(text=TEXT, published=datetime.date(2999, 1, 1))

    assert result.source.status == Source.Status.NEEDS_DATE
    assert result.source.published is None
    assert not Event.objects.exists()


@pytest.mark.parametrize("text", ["", "   \n\t"])
def test_empty_text_is_refused(text):
    with pytest.raises(IngestError, match="empty"):
        ingest_source(text=text, published=datetime.date(2024, 3, 5))
    assert not Source.objects.exists()


@override_settings(CHRONICLE_MAX_SOURCE_CHARS=20)
def test_oversized_text_is_refused():
    with pytest.raises(SourceTooLarge):
        ingest_source(text=TEXT, published=datetime.date(2024, 3, 5))
    assert not Source.objects.exists()
