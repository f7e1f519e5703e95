"""How an event's date reads at its precision: "8 Feb 2024", "Feb 2024", "~27–29 Jan 2024"."""

from datetime import date, timedelta


def _day(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


def _day_range(start: date, end: date) -> str:
    if start.year != end.year:
        return f"{_day(start)} – {_day(end)}"
    if start.month != end.month:
        return f"{start.day} {start:%b} – {end.day} {end:%b %Y}"
    return f"{start.day}–{end.day} {end:%b %Y}"


def format_event_date(start: date, end: date, precision: str, open_end: bool = False) -> str:
    if open_end:
        since = {"month": f"{start:%b %Y}", "year": f"{start.year}"}.get(precision, _day(start))
        return f"since {since}"
    if precision == "year":
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if precision == "month":
        if (start.year, start.month) == (end.year, end.month):
            return f"{start:%b %Y}"
        return f"{start:%b %Y} – {end:%b %Y}"
    if precision == "week":
        return (
            f"week of {_day(start)}" if end - start == timedelta(days=6) else _day_range(start, end)
        )
    text = _day(start) if start == end else _day_range(start, end)
    return f"~{text}" if precision == "approximate" else text
