from datetime import date

import pytest

from events.dates import format_event_date


@pytest.mark.parametrize(
    ("start", "end", "precision", "open_end", "expected"),
    [
        (date(2024, 2, 8), date(2024, 2, 8), "day", False, "8 Feb 2024"),
        (date(2024, 2, 11), date(2024, 2, 12), "day", False, "11–12 Feb 2024"),
        (date(2024, 1, 27), date(2024, 1, 29), "approximate", False, "~27–29 Jan 2024"),
        (date(2024, 11, 27), date(2025, 1, 26), "approximate", False, "~27 Nov 2024 – 26 Jan 2025"),
        (date(2024, 2, 4), date(2024, 2, 21), "day", True, "since 4 Feb 2024"),
        (date(2024, 2, 1), date(2024, 2, 29), "month", False, "Feb 2024"),
        (date(2014, 1, 1), date(2014, 12, 31), "year", False, "2014"),
        (date(2024, 2, 12), date(2024, 2, 18), "week", False, "week of 12 Feb 2024"),
        (date(2024, 1, 30), date(2024, 2, 2), "day", False, "30 Jan – 2 Feb 2024"),
    ],
)
def test_event_date_reads_at_its_precision(start, end, precision, open_end, expected):
    assert format_event_date(start, end, precision, open_end) == expected
