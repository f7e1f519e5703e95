"""First version of the extractor: sentence triggers plus explicit day-month dates."""

import re
from datetime import date

from .types import DateRange, ExtractedEvent, ExtractionError, KnownNames, Passage

EXTRACTOR_VERSION = "0.1.0"

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
TRIGGERS = {
    "strike": r"\b(?:airstrikes?|air strikes?|attacks?|attacked|shelled|shelling|ambush(?:ed)?|bomb(?:ed|ing))\b",
    "meeting": r"\b(?:met|meet|meeting|talks|summit|visit(?:ed)?)\b",
    "pause": r"\b(?:ceasefire|truce|pause|halt(?:ed)?)\b",
    "agreement": r"\b(?:agreement|accord|deal|signed)\b",
    "protest": r"\b(?:protests?|marches|demonstrat\w+|walkout|on strike)\b",
    "movement": r"\b(?:deployed|withdr[ae]w\w*|pulled (?:out|back))\b",
}
DAY_MONTH = re.compile(
    r"\b(\d{1,2}) ("
    + "|".join(MONTHS)
    + r")(?:,? (\d{4}))?\b|\b("
    + "|".join(MONTHS)
    + r") (\d{1,2})(?:,? (\d{4}))?\b",
    re.IGNORECASE,
)
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def _resolve(match: re.Match, published: date) -> date | None:
    if match.group(1):
        day, month, year = int(match.group(1)), MONTHS[match.group(2).lower()], match.group(3)
    else:
        month, day, year = MONTHS[match.group(4).lower()], int(match.group(5)), match.group(6)
    try:
        if year:
            return date(int(year), month, day)
        candidate = date(published.year, month, day)
        return candidate if candidate <= published else date(published.year - 1, month, day)
    except ValueError:
        return None


def extract(
    text: str, published: date | None, *, title: str = "", known: KnownNames | None = None
) -> list[ExtractedEvent]:
    if published is None:
        raise ExtractionError("a publication date is required to resolve dates")
    events = []
    for sentence in SENTENCE.finditer(text):
        quote = sentence.group().strip()
        if not quote:
            continue
        start = sentence.start() + sentence.group().index(quote)
        date_match = DAY_MONTH.search(quote)
        if not date_match:
            continue
        day = _resolve(date_match, published)
        if day is None:
            continue
        for event_type, trigger in TRIGGERS.items():
            if re.search(trigger, quote, re.IGNORECASE):
                events.append(
                    ExtractedEvent(
                        type=event_type,
                        title=quote[:120],
                        date=DateRange(day, day, "day", date_match.group()),
                        evidence=(Passage(quote, start, start + len(quote)),),
                        confidence=0.3,
                    )
                )
                break
    return events
