import datetime

import pytest

from tests.factories import ActorFactory, EventFactory, EvidenceFactory, SourceFactory

pytestmark = pytest.mark.django_db


def test_event_page_shows_facts_and_evidence_with_the_date_expression_marked(client):
    saadi = ActorFactory(name="Abu Baqir al-Saadi")
    event = EventFactory(title="US airstrike kills al-Saadi", actors=[saadi])
    text = "Preamble. He was killed in a US airstrike in eastern Baghdad on 8 February. End."
    source = SourceFactory(title="Militias halt attacks", publisher="The New Arab", text=text)
    quote = "He was killed in a US airstrike in eastern Baghdad on 8 February."
    evidence = EvidenceFactory(
        event=event,
        source=source,
        quote=quote,
        start=text.index(quote),
        end=text.index(quote) + len(quote),
        date_text="on 8 February",
    )

    response = client.get(event.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>US airstrike kills al-Saadi</h1>" in html
    assert "8 Feb 2024" in html
    assert f'href="{saadi.get_absolute_url()}">Abu Baqir al-Saadi</a>' in html
    assert 'eastern Baghdad <mark class="date-text">on 8 February</mark>.' in html
    assert f'href="/sources/{source.pk}/#ev-{evidence.pk}">Militias halt attacks</a>' in html


def test_event_page_escapes_quotes(client):
    evidence = EvidenceFactory(quote="<img src=x onerror=alert(1)> on Monday", date_text="Monday")

    html = client.get(evidence.event.get_absolute_url()).content.decode()

    assert "<img src=x" not in html
    assert '&lt;img src=x onerror=alert(1)&gt; on <mark class="date-text">Monday</mark>' in html


def test_related_events_share_an_actor_within_thirty_days(client):
    kh = ActorFactory(name="Kataib Hezbollah")
    event = EventFactory(date_start=datetime.date(2024, 2, 8), actors=[kh])
    EventFactory(title="Near, same actor", date_start=datetime.date(2024, 1, 20), actors=[kh])
    EventFactory(title="Far, same actor", date_start=datetime.date(2023, 11, 1), actors=[kh])
    EventFactory(title="Near, other actor", date_start=datetime.date(2024, 2, 9))

    html = client.get(event.get_absolute_url()).content.decode()

    assert "Near, same actor" in html
    assert "Far, same actor" not in html
    assert "Near, other actor" not in html
    assert 'href="/?date_from=2024-01-09&amp;date_to=2024-03-09"' in html


def test_missing_event_is_404(client):
    assert client.get("/events/999999/").status_code == 404


def test_event_page_queries_do_not_grow_with_evidence(client, django_assert_num_queries):
    actors = [ActorFactory(), ActorFactory()]
    event = EventFactory(actors=actors)
    EvidenceFactory.create_batch(3, event=event)
    EventFactory(actors=actors[:1])

    # 1. the event with its place
    # 2. its actor links with their actors
    # 3. its evidence with their sources
    # 4. related events
    with django_assert_num_queries(4):
        response = client.get(event.get_absolute_url())

    assert response.content.decode().count('<figure class="quote">') == 3
