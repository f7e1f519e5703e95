from datetime import date

import pytest

from events.extraction import DateRange, ExtractedEvent, Passage, extract
from events.extraction.merging import merge_events


def event(kind, start, end=None, precision="day", open_end=False, at=0, actors=()):
    quote = f"passage {at}"
    return ExtractedEvent(
        type=kind,
        title=quote,
        date=DateRange(
            date.fromisoformat(start), date.fromisoformat(end or start), precision, "", open_end
        ),
        evidence=(Passage(quote, at, at + len(quote)),),
        actors=actors,
    )


def test_same_type_same_day_is_one_event_with_both_passages():
    (merged,) = merge_events(
        [event("strike", "2024-03-01", at=0), event("strike", "2024-03-01", at=50)]
    )
    assert {p.start for p in merged.evidence} == {0, 50}


def test_a_coarse_retelling_of_an_agreement_keeps_the_precise_date():
    (merged,) = merge_events(
        [
            event("agreement", "2024-02-05", "2024-02-11", "week", at=0),
            event("agreement", "2024-02-08", at=80),
        ]
    )
    assert (merged.date.start, merged.date.precision) == (date(2024, 2, 8), "day")
    assert len(merged.evidence) == 2


def test_two_open_states_since_the_same_time_are_one_pause():
    merged = merge_events(
        [
            event("pause", "2024-02-04", "2024-02-21", open_end=True, at=0),
            event("pause", "2024-02-01", "2024-02-21", "month", open_end=True, at=90),
        ]
    )
    assert len(merged) == 1 and merged[0].date.start == date(2024, 2, 4)


def test_different_days_different_types_and_statements_stay_apart():
    events = [
        event("strike", "2024-03-01", at=0),
        event("strike", "2024-03-02", at=10),
        event("meeting", "2024-03-01", at=20),
        event("statement", "2024-03-01", at=30),
        event("statement", "2024-03-01", at=40),
    ]
    assert len(merge_events(events)) == 5


def test_meetings_a_week_apart_are_not_merged_by_a_coarse_date():
    events = [
        event("meeting", "2024-02-04", "2024-02-10", "week", at=0),
        event("meeting", "2024-02-09", at=10),
    ]
    assert len(merge_events(events)) == 2


def test_an_ending_closes_the_state_it_ends():
    events = [
        event("protest", "2023-05-02", at=0),
        event("protest", "2023-09-27", at=100),
    ]
    (closed,) = merge_events(events, endings=frozenset({1}))
    assert (closed.date.start, closed.date.end) == (date(2023, 5, 2), date(2023, 9, 27))
    assert len(closed.evidence) == 2


def test_an_ending_skips_an_earlier_happening_already_bounded_and_closes_the_state_before_it():
    events = [
        event("protest", "2023-05-02", "2023-06-14", open_end=True, at=0),
        event("protest", "2023-05-01", "2023-05-10", "approximate", at=50),
        event("protest", "2023-06-12", at=100),
    ]
    state, bounded = merge_events(events, endings=frozenset({2}))
    assert (state.date.end, state.date.open_end) == (date(2023, 6, 12), False)
    assert (bounded.date.start, bounded.date.end) == (date(2023, 5, 1), date(2023, 5, 10))


def test_the_first_sentence_telling_a_happening_is_its_main_evidence():
    lede = "Nurses walked out on Thursday."
    later = (
        "Their leader told reporters at a long picket line on Thursday that the strike would go on."
    )
    headline = "Nurses walk out"
    events = [
        ExtractedEvent(
            type="protest",
            title=quote,
            date=DateRange(date(2024, 3, 7), date(2024, 3, 7), "day", ""),
            evidence=(Passage(quote, at, at + len(quote)),),
        )
        for quote, at in ((headline, 0), (lede, 20), (later, 60))
    ]
    (merged,) = merge_events(events)
    assert merged.evidence[0].quote == lede


@pytest.mark.parametrize(
    "text",
    [
        "Rebel gunners shelled the airport on Tuesday, killing two guards. "
        "Government jets also bombed rebel positions in the hills on Tuesday.",
        "Rebel gunners shelled the airport on Tuesday, killing two guards. "
        "Separately, a roadside bomb hit an army truck near the port on Tuesday.",
        "Thousands of farmers marched on the ministry on Monday. "
        "Students also rallied outside the university on Monday.",
        "Both armies traded artillery fire along the front on Monday. "
        "The provincial capital came under rocket fire again on Monday morning.",
        # undated, going on with the scene: still a further attack
        "Rebel gunners shelled the airport on Tuesday. "
        "Government jets also bombed rebel positions in the hills.",
    ],
)
def test_a_same_day_happening_told_as_another_one_stays_apart(text):
    assert len(extract(text, date(2024, 6, 22))) == 2


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (  # a declaration and a memorandum that day are two texts agreed
            "The nine leaders adopted a joint declaration on river traffic on Tuesday. "
            "Kelmar and Osta signed a memorandum on border patrols on Tuesday.",
            2,
        ),
        (  # a truce and a prisoner swap agreed the same day are two deals
            "The two commanders agreed a truce on Sunday. "
            "On Sunday the sides agreed to exchange 30 prisoners each.",
            2,
        ),
        (  # the same treaty told twice that day stays one agreement
            "The two governments signed a border treaty in Vienna on Friday. "
            "The treaty was signed by both foreign ministers on Friday.",
            1,
        ),
    ],
)
def test_agreements_naming_different_texts_stay_apart(text, count):
    assert len([e for e in extract(text, date(2024, 6, 22)) if e.type == "agreement"]) == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a sentence opening on a season that holds the day it tells: one meeting
            "This spring a new channel opened: the two envoys held their first round of talks "
            "in Muscat on 12 April.",
            [("meeting", "2024-04-12")],
        ),
        (  # the same with a month setting the scene
            "In May the rebels' new offensive began with a first strike on the airport on 9 May.",
            [("strike", "2024-05-09")],
        ),
        (  # two days told after the month stay two meetings
            "In March the envoys met in Oslo on 3 March and again in Rome on 17 March.",
            [("meeting", "2024-03-03"), ("meeting", "2024-03-17")],
        ),
    ],
)
def test_a_season_or_month_setting_the_scene_folds_into_its_day(text, expected):
    events = extract(text, date(2024, 6, 22))
    assert [(e.type, e.date.start.isoformat()) for e in events] == expected


def test_a_same_day_retelling_without_such_a_word_is_still_one_event():
    text = (
        "Rebel gunners shelled the airport on Tuesday, killing two guards. "
        "The shelling on Tuesday wrecked the terminal."
    )
    assert len(extract(text, date(2024, 6, 22))) == 1


def test_a_build_up_of_forces_since_last_week_stays_apart_from_a_move_on_one_day():
    text = (
        "The army has moved 1,500 troops to the border since last week. "
        "The first 200 peacekeepers flew home from the capital on Thursday."
    )
    assert [e.type for e in extract(text, date(2024, 6, 22))] == ["movement", "movement"]
