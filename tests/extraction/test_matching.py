from datetime import date

import pytest

from events.extraction import DateRange, ExtractedEvent, Passage
from events.extraction.matching import Happening, same_happening


def happening(kind="strike", start="2024-02-08", end=None, actors=(), place=None, open_end=False):
    return Happening(
        type=kind,
        start=date.fromisoformat(start),
        end=date.fromisoformat(end or start),
        actors=frozenset(actors),
        place=place,
        open_end=open_end,
    )


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (happening(actors=["United States"]), happening(actors=["united states"]), True),
        (happening(place="eastern Baghdad"), happening(place="Baghdad"), True),
        (happening(actors=["Israel"]), happening(start="2024-02-09", actors=["Israel"]), True),
        (happening(actors=["Israel"]), happening(start="2024-02-12", actors=["Israel"]), False),
        (happening(actors=["Israel"]), happening(kind="meeting", actors=["Israel"]), False),
        (happening(actors=["Israel"]), happening(actors=["Hamas"], place="Gaza"), False),
        (
            happening(start="2024-02-01", end="2024-12-31", actors=["Israel"]),
            happening(actors=["Israel"]),
            False,
        ),
        (
            happening(
                kind="pause", start="2024-02-04", end="2024-02-21", open_end=True, place="Iraq"
            ),
            happening(
                kind="pause", start="2024-02-04", end="2024-02-25", open_end=True, place="Iraq"
            ),
            True,
        ),
        (
            happening(kind="statement", place="Kabul", actors=["Taliban"]),
            happening(kind="statement", place="Kabul", actors=["Pentagon"]),
            False,
        ),
        (
            happening(kind="pause", start="2024-11-27", actors=["Israel"]),
            happening(
                kind="pause", start="2024-11-27", end="2025-01-27", open_end=True, actors=["Israel"]
            ),
            True,
        ),
        (
            happening(kind="pause", start="2024-11-20", actors=["Israel"]),
            happening(
                kind="pause", start="2024-11-27", end="2025-01-27", open_end=True, actors=["Israel"]
            ),
            False,
        ),
        (happening(actors=["Ukraine"]), happening(actors=["Armed Forces of Ukraine"]), True),
        (happening(actors=["Israeli air force"]), happening(actors=["Israel"]), True),
        (
            happening(actors=["Russia"], place="Kharkiv"),
            happening(actors=["Russia"], place="Odesa"),
            False,
        ),
        (happening(actors=["United States"]), happening(actors=["United Nations"]), False),
        (happening(actors=["Iran"]), happening(actors=["Iraq"]), False),
        (
            happening(actors=["Armed Forces of Ukraine"]),
            happening(actors=["Armed Forces of Sudan"]),
            False,
        ),
    ],
)
def test_same_happening_needs_type_dates_and_a_shared_name(a, b, expected):
    assert same_happening(a, b) is expected
    assert same_happening(b, a) is expected


def test_a_happening_can_be_built_from_an_extracted_event():
    extracted = ExtractedEvent(
        type="strike",
        title="t",
        date=DateRange(date(2024, 2, 8), date(2024, 2, 8), "day"),
        evidence=(Passage("q", 0, 1),),
        actors=("United States",),
        location="eastern Baghdad",
    )
    assert same_happening(Happening.of(extracted), happening(actors=["United States"]))
