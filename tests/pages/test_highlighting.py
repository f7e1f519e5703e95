import html
import random
import re

from events.highlighting import Span, highlight_phrase, highlight_spans


def test_phrase_is_marked_case_insensitively_and_the_rest_escaped():
    html = highlight_phrase("<b>Talks</b> were held On 8 February.", "on 8 February")
    assert html == (
        '&lt;b&gt;Talks&lt;/b&gt; were held <mark class="date-text">On 8 February</mark>.'
    )


def test_missing_phrase_leaves_escaped_text():
    assert highlight_phrase("a < b", "tomorrow") == "a &lt; b"
    assert highlight_phrase("a < b", "") == "a &lt; b"


def test_spans_are_wrapped_with_their_evidence_id_and_text_escaped():
    text = "Intro <script>x</script>. Strike on 8 Feb. End."
    start = text.index("Strike")
    html = highlight_spans(text, [Span(7, start, start + len("Strike on 8 Feb."))])
    assert html == (
        "Intro &lt;script&gt;x&lt;/script&gt;. "
        '<mark id="ev-7" class="evidence" data-evidence="7">Strike on 8 Feb.</mark> End.'
    )


def test_overlapping_spans_split_into_pieces_each_start_keeps_its_anchor():
    text = "abcdefghij"
    html = highlight_spans(text, [Span(1, 0, 6), Span(2, 4, 10)])
    assert html == (
        '<mark id="ev-1" class="evidence" data-evidence="1">abcd</mark>'
        '<mark id="ev-2" class="evidence overlap" data-evidence="1 2">ef</mark>'
        '<mark class="evidence" data-evidence="2">ghij</mark>'
    )


def test_identical_spans_get_one_mark_and_an_anchor_for_the_second_id():
    html = highlight_spans("one sentence.", [Span(5, 0, 3), Span(4, 0, 3)])
    assert html == (
        '<span class="anchor" id="ev-5"></span>'
        '<mark id="ev-4" class="evidence overlap" data-evidence="4 5">one</mark> sentence.'
    )


def test_spans_outside_the_text_are_ignored():
    assert highlight_spans("short & sweet", [Span(1, 5, 400), Span(2, 3, 3)]) == (
        "short &amp; sweet"
    )


def test_labels_become_escaped_titles_joined_where_spans_overlap():
    html = highlight_spans("ab", [Span(1, 0, 2, 'Strike "A"'), Span(2, 0, 2, "Pause <B>")])
    assert 'title="Strike &quot;A&quot; / Pause &lt;B&gt;"' in html


def test_random_overlapping_spans_keep_the_text_and_every_anchor():
    rng = random.Random(7)
    text = "".join(rng.choice("ab <&>\n") for _ in range(500))
    spans = []
    for evidence_id in range(60):
        start = rng.randrange(0, 480)
        spans.append(Span(evidence_id, start, start + rng.randint(1, 60)))

    marked = highlight_spans(text, spans)

    assert html.unescape(re.sub(r"<[^>]+>", "", marked)) == text
    for span in spans:
        if span.end <= len(text):
            assert marked.count(f'id="ev-{span.evidence_id}"') == 1
    assert "<script" not in marked and "< " not in marked
