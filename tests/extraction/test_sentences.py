import pytest

from events.extraction.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops left. Talks began.", ["Troops left.", "Talks began."]),
        (
            "Gen. Ilves met Mr. Kader on Jan. 31. They agreed.",
            ["Gen. Ilves met Mr. Kader on Jan. 31.", "They agreed."],
        ),
        (
            "The U.S. envoy arrived at 9 a.m. Talks began.",
            ["The U.S. envoy arrived at 9 a.m. Talks began."],
        ),
        (
            "Headline without a stop\nBody sentence one. Body two.",
            ["Headline without a stop", "Body sentence one.", "Body two."],
        ),
        ('"We will return," she said. He nodded.', ['"We will return," she said.', "He nodded."]),
        (  # a retired officer's rank: "Maj Gen (retd.)", "Lt Gen (ret.)"
            "The chair, Maj Gen (ret.) Anna Berg, met both commanders. They agreed.",
            ["The chair, Maj Gen (ret.) Anna Berg, met both commanders.", "They agreed."],
        ),
        (  # a retired officer's "(ret.)" does not end the sentence
            "On 3 May, Maj Gen (ret.) Olav Berg met both commanders. They agreed.",
            ["On 3 May, Maj Gen (ret.) Olav Berg met both commanders.", "They agreed."],
        ),
        (
            "Warner Bros. Discovery took part. Others did not.",
            ["Warner Bros. Discovery took part.", "Others did not."],
        ),
    ],
)
def test_sentences_split_at_stops_but_not_abbreviations(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_sentence_offsets_point_into_the_text():
    text = "Title\n\n  First one here.  Second one.\nThird."
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
