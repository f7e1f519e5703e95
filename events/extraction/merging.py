"""One event per happening within an article: the same pause told three ways is one event."""

import re
from dataclasses import replace
from datetime import timedelta
from functools import lru_cache

from .triggers import find_triggers
from .types import ExtractedEvent

_PRECISION_RANK = {"day": 0, "week": 1, "approximate": 2, "month": 3, "year": 4}
# types whose coarse mention ("agreed last week") usually retells a precise one ("signed on 12 Feb")
_COARSE_RETELLS = ("agreement", "pause")
RECENT = 200
MAX_KEPT = 12


def merge_events(
    events: list[ExtractedEvent],
    endings: frozenset[int] = frozenset(),
    reports: frozenset[int] = frozenset(),
) -> list[ExtractedEvent]:
    """Fold events that tell the same happening into the first, most precise one.

    ``endings`` are the indexes of events that tell how a state ended ("the strike ended on
    Sept. 27", "the truce will lapse on 2 October"): they close the latest such state instead.
    ``reports`` tell how a state goes on ("the truce appeared to be holding on Sunday"): they
    join the state that began before, told earlier or later.
    """
    merged: list[ExtractedEvent] = []
    by_type: dict[str, list[int]] = {}
    # an end told before its state ("pickets were stood down yesterday as the strike came to an
    # end. Workers walked out on Wednesday"): the state told next takes that end
    unclosed: dict[str, tuple[int, int]] = {}
    for position, event in enumerate(events):
        if (
            position in endings
            and not _LENGTH_TOLD.search(event.evidence[0].quote)
            and _close_state(merged, by_type.get(event.type, []), event)
        ):
            continue
        index, told_at = unclosed.pop(event.type, (None, 0))
        if index is not None and _starts_before(event, merged[index], position - told_at):
            merged[index] = _closed(event, merged[index])
            continue
        # a retelling sits within the same article's recent telling of that kind: looking back
        # a bounded number of events keeps long texts linear
        candidates = [] if event.type == "statement" else by_type.get(event.type, [])[-RECENT:]
        for index in candidates:
            if _same(merged[index], event):
                kept = merged[index]
                merged[index] = _fold(kept, event)
                if (
                    _one_span_told_twice(kept, event)
                    or _went_on_next_day(kept, event)
                    or (kept.type == "meeting" and _into_the_night(kept, event))
                ):
                    # one session into the small hours, or one span, covers both tellings' days
                    start = min(kept.date.start, event.date.start)
                    end = max(kept.date.end, event.date.end)
                    date = replace(merged[index].date, start=start, end=end)
                    merged[index] = replace(merged[index], date=date)
                if _ends_untold_state(event, position, endings):
                    unclosed[event.type] = (index, position)
                break
        else:
            if _ends_untold_state(event, position, endings):
                unclosed[event.type] = (len(merged), position)
            by_type.setdefault(event.type, []).append(len(merged))
            merged.append(event)
    # a report may have taken in other tellings of its day: it is found by its own passage
    told_reports = sorted(
        {
            index
            for position in reports
            for index, kept in enumerate(merged)
            if kept.type == events[position].type
            and kept.date.start == events[position].date.start
            and events[position].evidence[0] in kept.evidence
        }
    )
    return _join_reports(merged, told_reports)


_REPORT_WITHIN = timedelta(days=60)


def _join_reports(merged: list[ExtractedEvent], reports: list[int]) -> list[ExtractedEvent]:
    joined = list(merged)
    gone: set[int] = set()  # reports joined to their state
    for report_index in reports:
        report = merged[report_index]
        began_before = [
            index
            for index, state in enumerate(merged)
            if index not in reports
            and state.type == report.type
            and report.date.start - _REPORT_WITHIN <= state.date.start < report.date.start
        ]
        if not began_before:
            continue
        # the truce that began last before the report is the one it tells of
        state_index = max(began_before, key=lambda index: merged[index].date.start)
        state = joined[state_index]
        end = max(state.date.end, report.date.end)
        joined[state_index] = replace(
            state,
            date=replace(state.date, end=end),
            evidence=_union(state.evidence, report.evidence),
            date_texts=_union(state.date_texts, report.date_texts),
        )
        gone.add(report_index)
    return [event for index, event in enumerate(joined) if index not in gone]


def fold_headline(events: list[ExtractedEvent], headline_end: int) -> list[ExtractedEvent]:
    """ "Rail strike: what you need to know about next week's walkout": a headline's week or
    month sums up the happening the story then dates exactly; fold it into that one."""
    kept = list(events)
    for head in events:
        if head.evidence[0].end > headline_end or head.date.precision not in _HEADLINE_COARSE:
            continue
        told = next(
            (
                index
                for index, event in enumerate(kept)
                if event.type == head.type
                and event.evidence[0].start > headline_end
                and _PRECISION_RANK[event.date.precision] < _PRECISION_RANK[head.date.precision]
                and head.date.start <= event.date.start <= event.date.end <= head.date.end
            ),
            None,
        )
        if told is not None and head in kept:
            kept[told] = _fold(kept[told], head)
            kept.remove(head)
    return kept


_HEADLINE_COARSE = ("week", "month")


# "ended a 72-hour walkout": a happening told whole, with its length, ends no state told before
# ("the five-week strike ended" is the one told)
_LENGTH_TOLD = re.compile(
    r"\ban?\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)-(?:hour|day|week)\b", re.I
)


def _close_state(merged: list[ExtractedEvent], indexes: list[int], ending: ExtractedEvent) -> bool:
    for index in reversed(indexes[-RECENT:]):
        kept = merged[index]
        if kept.date.start < ending.date.start and not _already_ended(kept, ending):
            merged[index] = _closed(kept, ending)
            return True
    return False


_STATES = ("protest", "pause")
# how far (in events told) and how long before its told end a state's start may come
_START_TOLD_WITHIN = 3
_START_BEFORE_END = timedelta(days=31)


def _ends_untold_state(event: ExtractedEvent, position: int, endings: frozenset[int]) -> bool:
    return position in endings and event.type in _STATES and event.date.precision == "day"


def _starts_before(state: ExtractedEvent, ending: ExtractedEvent, events_apart: int) -> bool:
    return (
        events_apart <= _START_TOLD_WITHIN
        and state.date.precision == "day"
        and ending.date.start - _START_BEFORE_END <= state.date.start < ending.date.start
    )


def _closed(state: ExtractedEvent, ending: ExtractedEvent) -> ExtractedEvent:
    # "is due to run until 17 March" is told as the span from now until then
    end = ending.date.end if ending.date.precision == "approximate" else ending.date.start
    return replace(
        state,
        date=replace(state.date, end=end, open_end=False),
        evidence=_union(state.evidence, ending.evidence),
        date_texts=_union(state.date_texts, ending.date_texts),
    )


def _already_ended(state: ExtractedEvent, ending: ExtractedEvent) -> bool:
    """ "A three-day strike early last month": a span told with its end, long before the ending
    told now, is another happening than the one that ended ("went on strike in March" is only
    a start: a month or a year tells when it began, not a span)."""
    if not state.date.open_end and state.date.end < ending.date.start - _HISTORY:
        return True  # "nurses last struck in March 2019" is not the strike that ends tonight
    return (
        not state.date.open_end
        and state.date.precision not in ("month", "year")
        and state.date.start < state.date.end
        and state.date.end < ending.date.start
    )


# a state told as over by more than this before an ending belongs to an earlier round
_HISTORY = timedelta(days=366)


_RELATIVE = re.compile(r"\b(?:after|before|later|earlier|ago)\b", re.IGNORECASE)
# "moved a brigade in January, and Meskara answered two weeks later": counted on from the other
_COUNTED_ON = re.compile(r"\b(?:later|earlier)$", re.IGNORECASE)
SAME_DAY_OTHER = re.compile(
    r"\b(?:earlier|later) that\b|\bthat same\b|\bthe same (?:day|morning|afternoon|evening|night)\b",
    re.IGNORECASE,
)


def _same(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    if a.type != b.type or a.type == "statement":
        return False
    if SAME_DAY_OTHER.search(a.date.text) or SAME_DAY_OTHER.search(b.date.text):
        return False  # "earlier that day a vessel rammed the tug": another happening that day
    if _told_apart_by_time_of_day(a, b):
        return False  # "in the early hours of Sunday" and "on Sunday evening": two that day
    if b.evidence[0] not in a.evidence and _told_as_another(a, b):
        return False  # "Warplanes also pounded districts of Aleppo that day": one more
    if b.evidence[0] in a.evidence and a.clause != b.clause:
        return False
    if a.type == "meeting" and b.evidence[0] not in a.evidence and _call_and_sitting(a, b):
        return False  # "spoke by telephone over the weekend" and "met at the border on Sunday"
    if a.type == "meeting" and _into_the_night(a, b):
        return True  # "met for 14 hours on Saturday; the talks ended in the early hours of Sunday"
    if _went_on_next_day(a, b):
        return True
    if b.evidence[0] in a.evidence and _scene_holds_the_day(a, b):
        return True  # "This spring a new channel opened: ... talks in Muscat on April 12"
    if (
        b.evidence[0] in a.evidence
        and not set(b.date_texts) & set(a.date_texts)
        and any(_COUNTED_ON.search(t) for t in a.date_texts + b.date_texts)
    ):
        return False  # one sentence, a second happening counted on from the first one's date
    if (
        b.evidence[0] in a.evidence
        and not set(b.date_texts) & set(a.date_texts)
        and not _RELATIVE.search(" ".join(a.date_texts + b.date_texts))
    ):
        return False  # one sentence, two dates: "Agdam by 20 November and Lachin by 1 December"
    if a.type == "strike" and _hits_back(b) and not _hits_back(a):
        return False  # "Pakistan retaliated with heavy shelling ... that day": the other side's
    da, db = a.date, b.date
    if _one_span_told_twice(a, b):
        return True
    if a.type == "agreement" and _announced_within_a_day(a, b):
        return True  # "signed late on Monday" and "announced the deal shortly after midnight"
    if da.end < db.start or db.end < da.start:
        return False
    ranks = (_PRECISION_RANK[da.precision], _PRECISION_RANK[db.precision])
    if a.type == "movement" and any(_PATROLLING.search(e.evidence[0].quote) for e in (a, b)):
        return True  # "units were sent in overnight ... soldiers patrolled the centre on Monday"
    if a.type == "protest" and _is_counter_protest(a) != _is_counter_protest(b):
        return False  # "government supporters held a counter-rally": the other side's own protest
    if (
        ranks == (0, 0)
        and a.type in _GATHERINGS
        and (_named_apart(a, b) or _told_apart(a, b) or _introduced_as_another(a, b))
    ):
        return False  # "talks with Abbas in Ramallah" and "talks with Morsi in Cairo" that day
    if a.type == "agreement" and _instruments_apart(a, b):
        return False  # "adopted the declaration" and "signed a memorandum" that day: two texts
    if da.start == db.start and (ranks == (0, 0) or da.end == db.end or da.open_end or db.open_end):
        return True
    if da.open_end and db.open_end:
        # "since 4 February" and "since early February"; or two tellings naming the same parties
        return max(ranks) > 0 or (a.evidence[0] != b.evidence[0] and _share_names(a, b))
    if da.open_end or db.open_end:
        # "entered its eighth week" (fuzzy start, still on) and "walked out on Feb 20"
        state, day = (a, b) if da.open_end else (b, a)
        return (
            # "has moved 1,500 troops to the border since last week": a build-up, not one move
            a.type != "movement"
            and state.date.precision == "approximate"
            and day.date.precision == "day"
            and state.date.start <= day.date.start <= state.date.start + timedelta(days=14)
        )
    if "approximate" in (da.precision, db.precision) and b.evidence[0] in a.evidence:
        return True  # "less than 24 hours after protesters overran ... and stormed it on Tuesday"
    if a.type == "strike" and _answers(a) != _answers(b):
        return False  # "said its fighters had shelled an army base overnight in response"
    if "approximate" in (da.precision, db.precision):
        # a fuzzy retelling ("three weeks after the previous round") of a told span of days
        precise = da if ranks[0] == 0 else db
        spans_days = ranks.count(0) == 1 and precise.end > precise.start
        fuzzy = db if ranks[0] == 0 else da
        if a.type == "meeting":
            # "overnight talks", "talks at the weekend": the night or weekend of the told day
            return spans_days or (
                ranks.count(0) == 1
                and fuzzy.end - fuzzy.start <= timedelta(days=1)
                and bool(_NIGHT.search(fuzzy.text) or _WEEKEND.search(fuzzy.text))
            )
        return spans_days or a.type in _COARSE_RETELLS or _share_names(a, b)
    coarse = a if ranks[0] > 0 else b
    if (
        a.type in _GATHERINGS
        and ranks.count(0) == 1
        and _PERIOD_POSSESSIVE.search(coarse.evidence[0].quote)
    ):
        return True  # "agreed the agenda for this week's summit": the summit told on its days
    return max(ranks) > 0 and a.type in _COARSE_RETELLS


# "this week's summit", "last month's talks": a happening named by its period, told elsewhere
_PERIOD_POSSESSIVE = re.compile(r"\b(?:this|last|next) (?:week|month)['’]s\b", re.IGNORECASE)


def _scene_holds_the_day(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """A sentence opening on a season or month that holds the day it then tells."""
    coarse, day = (a, b) if _rank(a) > _rank(b) else (b, a)
    opening = coarse.date.text.lower()
    return (
        day.date.precision == "day"
        and coarse.date.precision in ("approximate", "month")
        and coarse.date.start <= day.date.start <= day.date.end <= coarse.date.end
        and bool(opening)
        and re.match(rf"\W*(?:in\s+)?{re.escape(opening)}\b", coarse.evidence[0].quote.lower())
        is not None
    )


# happenings that come in several on one day, a further one told with "also", "again"
ANOTHER_KINDS = ("strike", "movement", "protest")
TOLD_AS_ANOTHER = re.compile(r"\b(?:also|again|separately|elsewhere)\b", re.IGNORECASE)


_NIGHT = re.compile(
    r"\b(?:early|small) hours\b|\bovernight\b|\bafter midnight\b|\bbefore dawn\b|"
    r"\b[1-5](?:[:.]\d\d)?\s*a\.?m\b",
    re.IGNORECASE,
)
# the part of a day a date names: "before dawn on Monday", "this afternoon", "Sunday night"
_DAY_PARTS = (
    ("small hours", re.compile(r"\b(?:early hours|dawn|daybreak|overnight)\b", re.IGNORECASE)),
    ("morning", re.compile(r"\bmorning\b", re.IGNORECASE)),
    ("afternoon", re.compile(r"\b(?:afternoon|midday|noon)\b", re.IGNORECASE)),
    ("evening", re.compile(r"\b(?:evening|tonight|night|late on)\b", re.IGNORECASE)),
)


# a time of day told just before the date it belongs to: "before dawn on Wednesday"
_PART_BEFORE = re.compile(
    r"\b(?:(?:before|at) (?:dawn|daybreak)|(?:around|at|about) (?:noon|midday))\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# the date of the telling, not of the happening: "the colonel told a news conference on Monday"
_TELLING_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|reported|confirmed|added|statement|conference|briefing)\b"
    r"[^.;:]{0,50}$",
    re.IGNORECASE,
)


_NEXT_DAY = re.compile(
    r"^(?:the\s+)?(?:following|next)\s+(?:day|morning|afternoon|evening)$|^a\s+day\s+later$",
    re.IGNORECASE,
)
# kinds whose next-day telling in the same sentence goes on with the first ("landed on 14 March
# and moved by road to the capital the following day"); a strike the next day is another strike,
# and so are talks with someone else ("met X on Tuesday and Y the next morning")
_GOES_ON_NEXT_DAY = ("movement", "protest", "pause")


def _went_on_next_day(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    if a.type not in _GOES_ON_NEXT_DAY or b.evidence[0] not in a.evidence:
        return False
    if a.date.precision != "day" or b.date.precision != "day":
        return False
    earlier, later = (a, b) if a.date.start <= b.date.start else (b, a)
    return later.date.start == earlier.date.end + timedelta(days=1) and any(
        _NEXT_DAY.match(text.strip()) for text in later.date_texts
    )


def _one_span_told_twice(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """ "drove tractors onto motorways on Monday and Tuesday, protesting ...": one sentence, a
    shared date, one telling's days within the other's."""
    da, db = a.date, b.date
    return (
        b.evidence[0] in a.evidence
        and bool(set(b.date_texts) & set(a.date_texts))
        and (da.start <= db.start <= db.end <= da.end or db.start <= da.start <= da.end <= db.end)
    )


_WEEKEND = re.compile(r"\bweekend\b", re.IGNORECASE)


def _into_the_night(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """Talks of one day told again by their end after midnight, on the next day."""
    if a.date.precision != "day" or b.date.precision != "day" or a.date.open_end or b.date.open_end:
        return False
    earlier, later = (a, b) if a.date.start <= b.date.start else (b, a)
    return later.date.start == earlier.date.end + timedelta(days=1) and bool(
        _NIGHT.search(later.evidence[0].quote)
    )


@lru_cache(maxsize=4096)  # asked once per earlier event of the kind: a long text asks often
def _day_parts(event: ExtractedEvent) -> frozenset[str]:
    told = []
    for text in event.date_texts:
        lead_ins = [
            passage.quote[max(0, at - 60) : at]
            for passage in event.evidence
            if (at := passage.quote.find(text)) >= 0
        ]
        if any(_TELLING_BEFORE.search(lead_in) for lead_in in lead_ins):
            continue
        told.append(text)
        told += [m.group() for lead_in in lead_ins if (m := _PART_BEFORE.search(lead_in))]
    parts = {part for text in told for part, pattern in _DAY_PARTS if pattern.search(text)}
    if not parts:
        # "exploded on a bus around noon", "fired after 21:00": the clock of the first telling
        quote = event.evidence[0].quote
        # "shook the capital on Monday, hours before a truce took effect at 9:45 p.m.": that
        # clock is the other happening's
        other = _HOURS_APART.search(quote)
        clock = _CLOCK.search(quote, 0, other.start() if other else len(quote))
        if clock:
            parts.add(_part_of_clock(clock))
    return frozenset(parts)


# a time told on the clock: "around noon", "at 9:04am", "after 21:00", "at 3 p.m."
_CLOCK = re.compile(
    r"\b(?:at|around|about|after|before|until)\s+(?:(noon|midday|midnight)\b|"
    r"(\d{1,2})(?:[:.](\d\d)\s*(a\.?m\.?|p\.?m\.?)?|\s*(a\.?m\.?|p\.?m\.?))(?![\w%]))",
    re.IGNORECASE,
)


_HOURS_APART = re.compile(
    r"\b(?:hours?|minutes?|shortly|just|moments?|soon)\s+(?:before|after)\b", re.IGNORECASE
)


def _part_of_clock(clock: re.Match) -> str:
    word, hour, _minutes, meridiem, bare_meridiem = clock.groups()
    if word:
        return "small hours" if word.lower() == "midnight" else "afternoon"
    meridiem = meridiem or bare_meridiem
    value = (
        int(hour) % 12 + (12 if meridiem.lower().startswith("p") else 0) if meridiem else int(hour)
    )
    return ("small hours", "morning", "afternoon", "evening")[
        (value >= 5) + (value >= 12) + (value >= 17)
    ]


def _told_apart_by_time_of_day(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """Two tellings of one day whose times of day differ ("this morning", "tonight") are two
    happenings of that day; a state or a deal told twice spans them, so only single acts count."""
    if a.type in _COARSE_RETELLS or a.date.precision != "day" or b.date.precision != "day":
        return False
    if not (a.date.start == a.date.end == b.date.start == b.date.end):
        return False
    parts_a, parts_b = _day_parts(a), _day_parts(b)
    return bool(parts_a and parts_b) and not parts_a & parts_b


# "Warplanes also pounded ...", "Walkouts were also reported ...": one more of the kind
_ALSO_OPENING = re.compile(r"\W*((?:[\w'’-]+,?\s+){1,4})also\b")
_DEFINITE = re.compile(r"\b(?:the|this|that|these|those|its|their|it|they)\b", re.IGNORECASE)


def _told_as_another(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """ "Warplanes also pounded ...", "a second rocket attack", "the city came under fire again":
    one more happening of the kind, unless "also" tells more of the one already told ("The raid
    also destroyed two trucks")."""
    if _names_another(b):
        return True
    quote = b.evidence[0].quote
    if _tells_more_of_the_one_told(quote):
        return False
    # attacks, moves and protests come in several a day: "also" or "again" anywhere tells another
    return bool(_ALSO_OPENING.match(quote)) or (
        a.type in ANOTHER_KINDS and bool(TOLD_AS_ANOTHER.search(quote))
    )


@lru_cache(maxsize=4096)
def _tells_more_of_the_one_told(quote: str) -> bool:
    opening = _ALSO_OPENING.match(quote)
    if not opening:
        return False
    subject = opening.group(1)
    return bool(_DEFINITE.search(subject) and find_triggers(subject, False))


# "a second rocket attack", "another walkout": one more of the kind, said in so many words
_ANOTHER = re.compile(
    r"\b(?:an?\s+(?:second|third|fourth|fifth|further|fresh)|another)\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _names_another(event: ExtractedEvent) -> bool:
    return any(
        trigger.type == event.type
        for match in _ANOTHER.finditer(event.evidence[0].quote)
        for trigger in find_triggers(match.group(1), False)
    )


_ANNOUNCED = re.compile(
    r"\bannounc\w*\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord)"
)


def _announced_within_a_day(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    if a.date.precision != "day" or b.date.precision != "day":
        return False
    if abs((a.date.start - b.date.start).days) > 1:
        return False
    return any(_ANNOUNCED.search(e.evidence[0].quote) for e in (a, b))


_IN_RESPONSE = re.compile(
    r"\bin (?:response|retaliation|reprisal|revenge)\b|\bretaliat\w+|\bhit back\b", re.IGNORECASE
)


# troops on patrol are the deployment told that day, not a second one
_PATROLLING = re.compile(r"\bpatroll(?:ed|ing)\b", re.IGNORECASE)
# the answering side's own attack: "Pakistan retaliated with shelling", "the militia hit back"
_HIT_BACK = re.compile(
    r"\b(?:retaliated|retaliates|hit back|hits back|struck back|strikes back)\b", re.I
)


def _hits_back(event: ExtractedEvent) -> bool:
    return bool(_HIT_BACK.search(event.evidence[0].quote))


def _answers(event: ExtractedEvent) -> bool:
    """A strike told as an answer to another is a happening of its own, not a retelling."""
    return any(_IN_RESPONSE.search(p.quote) for p in event.evidence)


_GATHERINGS = ("meeting",)
_COUNTER = re.compile(
    r"\bcounter-?(?:protests?|rall(?:y|ies)|demonstrations?|march(?:es)?)\b|"
    # the government's own crowd: "several thousand government supporters are gathering"
    r"\b(?:pro-government|government supporters|supporters of the (?:government|president|"
    r"prime minister|ruling party)|(?-i:[A-Z]\w+) supporters(?=,? (?:[\w,'’-]+ ){0,12}?(?:rallied|gathered|"
    r"are gathering|marched)))",
    re.I,
)


def _is_counter_protest(event: ExtractedEvent) -> bool:
    return any(_COUNTER.search(passage.quote) for passage in event.evidence)


def _named_apart(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """Two tellings set in different named places, with no name in common."""
    names_a = set(a.actors) | {a.location} - {None}
    names_b = set(b.actors) | {b.location} - {None}
    return bool(a.location and b.location) and not names_a & names_b


# "met union leaders on Thursday", "sat down for three hours on Thursday": a meeting told by
# what its people did, not a retelling of one already told ("Thursday's meeting", "the talks")
_MET_AS_VERB = re.compile(
    r"\b(?:met|meets|meet|sat down|held talks|will hold (?:a|an) (?:[\w-]+ )?meeting)\b",
    re.IGNORECASE,
)
_RETOLD_MEETING = re.compile(
    r"(?:['’]s|\b(?:the|that|this|their|its))\s+(?:[\w-]+\s+)?(?:meeting|talks|summit|session|visit)\b"
    r"|\b(?:again|also|later|first|earlier)\b",
    re.IGNORECASE,
)


def _told_apart(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """Two meetings each told by what its people did, with no name in common."""
    quotes = (a.evidence[0].quote, b.evidence[0].quote)
    return (
        not _share_names(a, b)
        and all(_MET_AS_VERB.search(quote) for quote in quotes)
        and not any(_RETOLD_MEETING.search(quote) for quote in quotes)
    )


# kinds of text agreed that are never the same one ("deal", "accord" can be any of them)
_INSTRUMENTS = {
    "declaration": re.compile(r"\bdeclarations?\b", re.IGNORECASE),
    "memorandum": re.compile(r"\bmemorand(?:um|a)\b|\bMoUs?\b"),
    "treaty": re.compile(r"\btreat(?:y|ies)\b", re.IGNORECASE),
    "truce": re.compile(r"\b(?:cease-?fires?|truces?|armistice)\b", re.IGNORECASE),
    "swap": re.compile(r"\b(?:swaps?|exchanges?|prisoners|hostages|detainees)\b", re.IGNORECASE),
}


def _instruments(event: ExtractedEvent) -> frozenset[str]:
    quote = event.evidence[0].quote
    return frozenset(kind for kind, named in _INSTRUMENTS.items() if named.search(quote))


def _instruments_apart(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """Two agreements each naming the kind of text agreed, with no kind in common."""
    kinds_a, kinds_b = _instruments(a), _instruments(b)
    return bool(kinds_a and kinds_b) and not kinds_a & kinds_b


# a meeting brought in with "a"/"an": "held an emergency meeting", "in a phone call" (not "it
# was a useful meeting", which retells, nor "asked for an urgent meeting", which is the one held)
_A_MEETING = re.compile(
    r"(?<!\bwas )(?<!\bis )(?<!\bwere )(?<!\bbeen )(?<!\bfor )\b(?:an?|another)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:meeting|(?:tele)?phone call|video call|summit|visit|round of talks)\b",
    re.IGNORECASE,
)


def _introduced_as_another(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """A later sentence brings in a meeting of its own between people not named before."""
    return (
        b.evidence[0] not in a.evidence
        and bool(b.actors or b.location)
        and not _share_names(a, b)
        and bool(_A_MEETING.search(b.evidence[0].quote))
    )


_CALL = re.compile(
    r"\b(?:by (?:tele)?phone|(?:tele)?phone call|video ?(?:call|link|conference)|"
    r"(?:tele)?phoned|rang)\b",
    re.IGNORECASE,
)


# a meeting in person told as done: "met at the border", "sat down in Geneva"
_SAT = re.compile(r"\b(?:met|sat down|held talks)\b", re.IGNORECASE)


def _call_and_sitting(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """A call and a meeting in person are two meetings, whatever their days."""
    first, second = a.evidence[0].quote, b.evidence[0].quote
    return any(
        bool(_CALL.search(call)) and not _CALL.search(sitting) and bool(_SAT.search(sitting))
        for call, sitting in ((first, second), (second, first))
    )


def _share_names(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    names_a = set(a.actors) | {a.location} - {None}
    names_b = set(b.actors) | {b.location} - {None}
    return bool(names_a & names_b)


def _fold(a: ExtractedEvent, b: ExtractedEvent) -> ExtractedEvent:
    finer, other = (a, b) if _rank(a) <= _rank(b) else (b, a)
    passages = _union(finer.evidence, other.evidence)
    actors = _union(finer.actors, other.actors)
    date = finer.date
    if other.date.open_end and not date.open_end and other.date.start <= date.start:
        date = replace(date, end=other.date.end, open_end=True)
    elif other.date.open_end and not date.open_end:
        date = replace(date, end=max(date.end, other.date.end), open_end=True)
    return replace(
        finer,
        date=date,
        evidence=passages,
        actors=actors,
        location=finer.location or other.location,
        confidence=max(a.confidence, b.confidence),
        date_texts=_union(finer.date_texts, other.date_texts),
    )


def _union(first: tuple, second: tuple) -> tuple:
    """Both, without repeats, capped: a happening retold a thousand times keeps a few tellings."""
    if len(first) >= MAX_KEPT:
        return first
    return tuple(dict.fromkeys(first + second))[:MAX_KEPT]


def _rank(event: ExtractedEvent) -> tuple:
    # most precise first; among equals the first telling that is a sentence, not a headline
    quote = event.evidence[0].quote.rstrip()
    return (
        _PRECISION_RANK[event.date.precision],
        event.date.end - event.date.start,
        not quote.endswith((".", "!", "?", '"', "”", "'")),
        event.evidence[0].start,
    )
