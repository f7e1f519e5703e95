import pytest

from tests.factories import EventFactory, EvidenceFactory, SourceFactory

pytestmark = pytest.mark.django_db


def test_source_text_containing_markup_is_shown_as_text(client):
    source = SourceFactory(
        title="<script>alert('title')</script>",
        text="Before <script>alert('x')</script> after <b>bold</b>.",
    )

    html = client.get(source.get_absolute_url()).content.decode()

    assert "<script>alert" not in html
    assert (
        "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; after &lt;b&gt;bold&lt;/b&gt;." in html
    )
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in html


def test_each_evidence_span_is_highlighted_in_place_and_listed_beside(client):
    text = "Intro. Qaani met the groups on 29 January. The strike came on 8 February."
    source = SourceFactory(text=text, publisher="The New Arab", url="https://example.org/a")
    meeting = EventFactory(type="meeting", title="Qaani meets the groups")
    strike = EventFactory(type="strike", title="Airstrike")
    first = "Qaani met the groups on 29 January."
    second = "The strike came on 8 February."
    meeting_evidence = EvidenceFactory(
        event=meeting, source=source, quote=first, start=7, end=7 + len(first)
    )
    strike_evidence = EvidenceFactory(
        event=strike,
        source=source,
        quote=second,
        start=text.index(second),
        end=len(text),
        date_text="on 8 February",
    )

    html = client.get(source.get_absolute_url()).content.decode()

    assert f'<mark id="ev-{meeting_evidence.pk}" class="evidence"' in html
    assert f">{first}</mark>" in html
    assert f'<mark id="ev-{strike_evidence.pk}" class="evidence"' in html
    assert f'href="#ev-{strike_evidence.pk}">“on 8 February”</a>' in html
    assert f'href="{meeting.get_absolute_url()}">Qaani meets the groups</a>' in html
    assert 'href="https://example.org/a" rel="noopener noreferrer nofollow"' in html
    assert "The New Arab" in html


def test_source_page_queries_do_not_grow_with_evidence(client, django_assert_num_queries):
    source = SourceFactory(text="One. Two. Three. Four.")
    for start in (0, 5, 10):
        EvidenceFactory(
            source=source, quote=source.text[start : start + 4], start=start, end=start + 4
        )

    # 1. the source
    # 2. its evidence with their events
    with django_assert_num_queries(2):
        response = client.get(source.get_absolute_url())

    assert response.content.decode().count('<mark id="ev-') == 3
