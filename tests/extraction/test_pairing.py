from datetime import date

import pytest

from events.extraction import extract

# Thursday 2025-10-16
PUBLISHED = date(2025, 10, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the date is the shelling's; the telling is undated
            "Shelling stopped on Tuesday, the army said.",
            [("pause", "2025-10-14")],
        ),
        (  # the bare opening date dates the telling
            "On Tuesday, however, the army said the shelling had stopped.",
            [("statement", "2025-10-14")],
        ),
    ],
)
def test_a_date_after_the_opening_verb_is_not_the_trailing_tellers(text, expected):
    got = sorted((e.type, e.date.start.isoformat()) for e in extract(text, PUBLISHED))
    assert [g for g in got if g[0] != "other"] == expected
