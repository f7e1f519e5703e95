"""The extractor: sentences -> date expressions and triggers -> paired, dated events -> merged.

Each trigger is paired with the nearest date expression in its clause (statements only ever take a
date from their own clause; other triggers may fall back to a date elsewhere in the sentence that
no statement claimed). Anchored expressions ("four days later", "two days after the meeting") are
resolved from the events already found, in text order. Work is sentence by sentence, so memory
stays bounded by the number of events, not the length of the text.
"""

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from .dates import DateMention, find_dates, resolve
from .language import looks_english
from .merging import merge_events
from .names import find_names
from .sentences import Sentence, split_sentences
from .triggers import Trigger, find_triggers, is_labour_text
from .types import DateRange, ExtractedEvent, ExtractionError, KnownNames, Passage

EXTRACTOR_VERSION = "1.0.0"

_STRONG_BARRIER = re.compile(
    r"[;:—–]|\s-\s|,\s+(?:when|where|which|while|whereas|but|although|though|citing|according)\b",
    re.IGNORECASE,
)
_WEAK_BARRIER = re.compile(r",")
_FUTURE = re.compile(
    r"\b(?:will|won't|shall|is to|are to|was to|were to|is due|are due|due to|expected to|"
    r"scheduled|set to|would|plans? to|to be held|upcoming|going to|to (?:resume|meet|begin|start|"
    r"hold|visit|sign|travel|vote|return|open|hear|debate|reopen))\b|'ll\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[;:—–,]|\bthat\b|\s-\s", re.IGNORECASE)
_DATELINE = re.compile(r"^\s*(?:\(|[,A-Za-z .]*\)\s*)?(?:\([^)]*\)\s*)?[—–-]")
_LABEL_BEFORE = re.compile(
    r"^\W*(?:Date|Updated|Published|Posted|Last updated|Ref|Dated)\s*:?\s*$", re.IGNORECASE
)
_DEADLINE_AFTER = re.compile(r"^\s+as\s+(?:the|a)\s+deadline", re.IGNORECASE)
_SUBJECT_REFERENCE = re.compile(
    r"^\s*(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s+$"
)
_DEFINITE_NP = re.compile(
    r"\s*(?:the|this|that|its|their)\s+((?:[\w-]+\s+){0,3}?[\w-]+)", re.IGNORECASE
)
_DURATION = re.compile(
    r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:consecutive\s+|straight\s+|full\s+)?"
    r"days?\s+(?:of|in\s+[\w\s]{0,20}?holding|holding)\s+(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_NTH_DAY = re.compile(
    r"\b(?:entered|enters|entering|into|on|in)\s+its\s+(second|third|fourth|fifth|sixth|seventh)\s+day\b",
    re.IGNORECASE,
)
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_NUMBERS.update({"nine": 9, "ten": 10})
_STATE_START = re.compile(
    r"\b(?:took effect|came into force|came into effect|began|started|took hold|has held|"
    r"have been|has been|had been|continu\w+|remains?|still)\b",
    re.IGNORECASE,
)
_OPEN_TYPES = ("pause", "protest")
_ENDING = re.compile(
    r"(?<![\w-])(?:ended|ends|ending|lapse|lapses|lapsed|expires?|expired|(?:was|were) lifted|"
    r"called off|runs? out|ran out)\b",
    re.IGNORECASE,
)
_CONTINUING = re.compile(
    r"\b(?:continued|continues|continuing|went on|goes on|persisted|ongoing|still)\b", re.IGNORECASE
)


@dataclass
class _Article:
    published: date
    labour: bool
    known: KnownNames | None
    events: list[ExtractedEvent] = field(default_factory=list)
    told: list[tuple] = field(default_factory=list)  # (trigger word, type, start, day-precise)
    endings: set[int] = field(default_factory=set)  # indexes of events that end a state
    last_date: date | None = None

    def anchor_for(self, noun_phrase: str) -> date | None:
        """The date of the latest event the phrase ("the meeting", "the truce") refers to:
        one told with the same word if any, else one of the same type, else the latest date."""
        stem = noun_phrase.split()[-1].lower()[:4] if noun_phrase.split() else ""
        for word, _, start, _ in reversed(self.told):
            if stem and word.lower().startswith(stem):
                return start
        triggers = find_triggers(noun_phrase, self.labour)
        if triggers:
            wanted = triggers[-1].type
            same_type = [
                (start, exact) for _, t, start, exact in reversed(self.told) if t == wanted
            ]
            for start, exact in same_type:
                if exact:  # "the rally" is one day's rally, not a season of strikes
                    return start
            if same_type:
                return same_type[0][0]
        return self.last_date


def extract(
    text: str, published: date | None, *, title: str = "", known: KnownNames | None = None
) -> list[ExtractedEvent]:
    """Dated events told in ``text`` (an article published on ``published``)."""
    if published is None:
        raise ExtractionError("a publication date is required to resolve relative dates")
    if not text or not text.strip() or not looks_english(text):
        return []
    article = _Article(published, is_labour_text(text), known)
    for sentence in split_sentences(text):
        if len(sentence.text) > 5000:  # not prose (a table, a dump): nothing to read here
            continue
        article.events.extend(_sentence_events(sentence, article))
    return merge_events(article.events, frozenset(article.endings))


@dataclass
class _Pairing:
    trigger: Trigger
    mention: int
    fallback: bool


def _sentence_events(sentence: Sentence, article: _Article) -> list[ExtractedEvent]:
    text = sentence.text
    mentions = [m for m in find_dates(text) if not _is_false_mention(text, m)]
    if not mentions:
        return []
    triggers = find_triggers(text, article.labour)
    if not any(not t.blocked for t in triggers):
        _remember_dates(article, mentions, text)
        return []
    ranges, reference_spans, relational = _resolve_mentions(text, mentions, article)
    triggers = [
        _relational_target(t, mentions, relational)
        for t in triggers
        if not any(begin <= t.start < end for begin, end in reference_spans)
    ]
    pairings = _pair(text, triggers, mentions, ranges, relational)
    events: dict[tuple, ExtractedEvent] = {}
    for pairing in pairings:
        date_range = ranges.get(pairing.mention)
        if date_range is None:
            continue
        trigger = pairing.trigger
        date_range = _adjust_range(text, trigger, date_range, article.published)
        key = (trigger.type, date_range.start, date_range.end)
        if key in events:
            continue
        actors, location = find_names(text, article.known)
        mention = mentions[pairing.mention]
        events[key] = ExtractedEvent(
            type=trigger.type,
            title=_title(text),
            date=date_range,
            evidence=(Passage(text, sentence.start, sentence.end),),
            actors=tuple(actors),
            location=location,
            confidence=_confidence(date_range, pairing, mention),
            date_texts=(mention.text,),
        )
        article.told.append(
            (
                trigger.word,
                trigger.type,
                date_range.start,
                date_range.precision == "day" and date_range.start == date_range.end,
            )
        )
        if trigger.type in _OPEN_TYPES + ("strike",) and _ENDING.search(
            text[max(0, trigger.start - 30) : trigger.end + 50]
        ):
            article.endings.add(len(article.events) + len(events) - 1)
        if (
            date_range.precision in ("day", "approximate")
            and not date_range.open_end
            or date_range.open_end
        ):
            article.last_date = date_range.start
    if not events:
        _remember_dates(article, mentions, text, ranges)
    return list(events.values())


def _relational_target(trigger: Trigger, mentions, relational: set[int]) -> Trigger:
    """In "a day after the Hamas-led attack" the attack is the event being dated, not a reference."""
    for index in relational:
        if trigger.reference and 0 <= trigger.start - mentions[index].end <= 40:
            return replace(trigger, reference=False)
    return trigger


def _remember_dates(article, mentions, text, ranges=None):
    """A dated sentence without an event still sets the anchor for "that evening", "the next day"."""
    for index, mention in enumerate(mentions):
        if ranges is not None and index in ranges:
            if ranges[index].precision == "day":
                article.last_date = ranges[index].start
        elif not mention.is_anchored:
            resolved = resolve(mention, article.published, future=_is_future(text, mention))
            if resolved and resolved.precision == "day":
                article.last_date = resolved.start


def _is_false_mention(text: str, mention: DateMention) -> bool:
    before, after = text[: mention.start], text[mention.end :]
    if mention.prep == "by" and mention.kind in ("date", "weekday"):
        return True  # a deadline ("return by Monday"), not the date of a happening
    if _LABEL_BEFORE.search(before) or _DEADLINE_AFTER.match(after):
        return True
    # dateline: "BEIRUT, Nov 27 (Wire) —", "KARVAN, Ardenia, Feb. 7 (Wire) —"
    if mention.start < 60 and re.match(r"^[A-Z][A-Z .'-]+,", before) and _DATELINE.match(after):
        return True
    # a line that is only a date (the page's own date)
    return not before.strip() and not after.strip(" ,.")


def _is_future(text: str, mention: DateMention) -> bool:
    if mention.prep in ("for", "until", "till"):
        return True
    begin = 0
    for barrier in _CLAUSE_END.finditer(text, 0, mention.start):
        begin = barrier.end()
    barrier = _CLAUSE_END.search(text, mention.end)
    end = barrier.start() if barrier else len(text)
    return bool(_FUTURE.search(text[begin:end]))


def _year_hint(text: str, mention: DateMention, mentions: list[DateMention]) -> int | None:
    """A yearless date written as a name ("the Sept. 11 attacks") takes the sentence's year."""
    years = [m.value[0] for m in mentions if m.kind == "year" and m is not mention]
    if not years:
        return None
    if mention.kind == "date" and mention.value[0] is None:
        if re.search(r"\bthe\s+$", text[: mention.start]) and re.match(
            r"\s+[a-z]", text[mention.end :]
        ):
            return years[0]
        return None
    if mention.kind == "season":
        return years[-1]
    return None


def _resolve_mentions(text: str, mentions: list[DateMention], article: _Article):
    """Resolve every mention; anchored ones in text order against what came before them.

    Returns the ranges by mention index, the spans of noun phrases that only name an anchor
    ("after the meeting": not a new meeting) and the indexes of relational mentions, whose range
    belongs to the event told after them ("two days after a drone attack").
    """
    ranges: dict[int, DateRange] = {}
    reference_spans: list[tuple[int, int]] = []
    relational: set[int] = set()
    published = article.published
    for index, mention in enumerate(mentions):
        if mention.is_anchored:
            continue
        year_hint = _year_hint(text, mention, mentions)
        if mention.kind == "season" and mention.value[0] == "that" and article.last_date:
            year_hint = year_hint or article.last_date.year
        resolved = resolve(
            mention, published, future=_is_future(text, mention), year_hint=year_hint
        )
        if resolved:
            ranges[index] = resolved
    for index, mention in enumerate(mentions):
        if not mention.is_anchored:
            continue
        count, unit, direction, qualifier = mention.value
        earlier_here = [ranges[i] for i in range(index) if i in ranges]
        after_text = text[mention.end :]
        if direction in ("after", "before") and (unit != "hour" or qualifier != "within"):
            subject = _SUBJECT_REFERENCE.match(_strip_verb(text[: mention.start]))
            main_date = None
            if earlier_here:
                main_date = earlier_here[-1].start
            elif subject:
                main_date = article.anchor_for(subject.group(1))
            if main_date is not None:
                # "X on Tuesday, two days after Y": Y is two days before Tuesday
                flipped = "before" if direction == "after" else "after"
                value = (count, unit, flipped, qualifier)
                if qualifier == "came":
                    span = _phrase_duration(after_text)
                    if flipped == "before":
                        ranges[index] = DateRange(
                            main_date - timedelta(days=span), main_date, "approximate", mention.text
                        )
                    else:
                        ranges[index] = DateRange(
                            main_date, main_date + timedelta(days=span), "approximate", mention.text
                        )
                else:
                    ranges[index] = resolve(
                        replace(mention, value=value), published, anchor=main_date
                    )
                relational.add(index)
                continue
            noun = _DEFINITE_NP.match(after_text)
            anchor = article.anchor_for(noun.group(1)) if noun else article.last_date
            if noun:
                reference_spans.append((mention.end, mention.end + noun.end()))
        elif direction in ("since", "at"):
            anchor = article.anchor_for(qualifier) if qualifier else article.last_date
            reference_spans.append((mention.start, mention.end))
        elif qualifier == "within":
            noun = _DEFINITE_NP.match(after_text)
            anchor = article.anchor_for(noun.group(1)) if noun else article.last_date
            if noun:
                reference_spans.append((mention.end, mention.end + noun.end()))
        else:
            anchor = earlier_here[-1].start if earlier_here else article.last_date
        resolved = resolve(mention, published, anchor=anchor)
        if resolved:
            ranges[index] = resolved
    for index, mention in enumerate(mentions):
        if mention.kind == "within" and index in ranges and earlier_ranges(ranges, index):
            base = earlier_ranges(ranges, index)[-1].start
            span = ranges[index].end - ranges[index].start
            ranges[index] = DateRange(base, base + span, "approximate", mention.text)
    return ranges, reference_spans, relational


def earlier_ranges(ranges: dict[int, DateRange], index: int) -> list[DateRange]:
    return [ranges[i] for i in sorted(ranges) if i < index]


def _strip_verb(text: str) -> str:
    return re.sub(r"(?:came|comes|followed|happened|was|were)\s+$", "", text)


def _phrase_duration(text: str) -> int:
    match = re.search(r"\b(\d+|two|three|four|five|six|seven)\s+days\b", text[:80], re.IGNORECASE)
    if not match:
        return 7
    word = match.group(1).lower()
    return int(word) if word.isdigit() else _NUMBERS.get(word, 7)


_SPEECH_THAT = re.compile(
    r"\b(?:said|says|told|announced|reported|warned|claimed|denied|insisted|argued|added|"
    r"confirmed|stated|noted|acknowledged|believes?|believed|showed|shows|ruled|decided|concluded|"
    r"estimated|accused|feared|fears|hoped|hopes|thinks?|thought|knows?|knew|agreed)"
    r"(?:\s+[\w'’,-]+){0,5}?\s+(that)\b",
    re.IGNORECASE,
)
_COMPLEMENT = re.compile(
    r"\b(?:agreed|voted|decided|pledged|promised|vowed|threatened|asked|urged|ordered|plans?|"
    r"planned|wants?|wanted|seeks?|sought|aims?|hopes?|refused|ready)\s+(?:[\w-]+\s+){0,2}?"
    r"(to)\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z]+",
    re.IGNORECASE,
)
_MODAL_SCOPE = re.compile(
    r"\b(?:to seek|to work|to try|aims? to|plans? to|hopes? to|wants? to|seeks? to|could|might|"
    r"would like|in order to)\b",
    re.IGNORECASE,
)
_COORDINATED = re.compile(r"^\s*(?:,|and|,\s*and|or)\s*(?:in\s+|on\s+)?$")
_PAST_TENSE = re.compile(
    r"^(?:\w+ed|met|sent|struck|fought|left|began|held|took|came|went|walked out|"
    r"opened fire|shot down|withdrew|flew out)\b",
    re.IGNORECASE,
)
_STATEMENT_PREPS = ("for", "from", "until", "till", "since", "between")
_STATE_PREPS_ONLY = ("until", "till")


def _barriers(text: str, mentions: list[DateMention]) -> tuple[list[int], list[int], list[tuple]]:
    """Strong barrier positions, comma positions, and infinitive complements (start, end)."""
    strong = [m.start() for m in _STRONG_BARRIER.finditer(text)]
    strong += [m.start(1) for m in _SPEECH_THAT.finditer(text)]
    inside = lambda pos: any(m.start <= pos < m.end for m in mentions)  # noqa: E731
    strong = sorted(p for p in strong if not inside(p))
    weak = [m.start() for m in _WEAK_BARRIER.finditer(text) if not inside(m.start())]
    complements = []
    for match in _COMPLEMENT.finditer(text):
        begin = match.start(1)
        stops = [p for p in strong + weak if p > begin]
        complements.append((begin, min(stops) if stops else len(text)))
    return strong, weak, complements


def _pair(text, triggers, mentions, ranges, relational) -> list[_Pairing]:
    """Give each trigger its date expression: nearest in its clause, statements first.

    A date is out of a trigger's reach when a strong clause barrier or another (non-statement)
    trigger stands between them, when it sits in an infinitive complement the trigger is outside
    of ("agreed to hold reunions around Aug. 15"), or in the scope of an aim ("to seek ... this
    year"). A relational date ("two days after a drone attack") only dates what follows it.
    """
    strong, weak, complements = _barriers(text, mentions)
    usable = {
        i
        for i in ranges
        if not _MODAL_SCOPE.search(_segment_before(text, mentions[i], strong, weak))
    }
    first_comma = weak[0] if weak else len(text)
    occupiers = [t for t in triggers if not t.is_statement and not t.reference and not t.setting]

    def cost(trigger: Trigger, index: int) -> float | None:
        mention = mentions[index]
        if index not in usable:
            return None
        backwards = mention.start < trigger.start
        low, high = (mention.end, trigger.start) if backwards else (trigger.end, mention.start)
        if any(low <= p < high for p in strong):
            return None
        if mention.text.endswith("'s") and not 0 <= trigger.start - mention.end <= 3:
            return None  # "Tuesday's strike": the date belongs to the noun it qualifies
        if index in relational and not backwards:
            return None
        if any(
            low <= other.start < high and other is not trigger and _occupies(other, mention, weak)
            for other in occupiers
        ):
            return None
        for begin, end in complements:
            if (begin <= mention.start < end) != (begin <= trigger.start < end):
                return None
        commas = sum(low <= p < high for p in weak)
        if (
            trigger.is_statement
            and backwards
            and commas
            and (
                mention.end > first_comma
                or any(t.start < mention.start for t in triggers if t is not trigger)
            )
        ):
            return None  # "X pulled back overnight, an officer told us": not the telling's date
        return len(text[low:high].split()) + 6 * commas + (1.5 if backwards else 0)

    pairings: list[_Pairing] = []
    claimed_by_statements: set[int] = set()
    for trigger in triggers:
        if not trigger.is_statement or trigger.blocked:
            continue
        options = [(cost(trigger, i), i) for i in range(len(mentions))]
        options = [
            (c, i)
            for c, i in options
            if c is not None
            and c <= 14
            and i not in relational
            and mentions[i].prep not in _STATEMENT_PREPS
            and mentions[i].kind not in ("coming", "within")
        ]
        if trigger.perfect:
            options = [(c, i) for c, i in options if c <= 2]
        if not options:
            continue
        best = min(options)[1]
        claimed_by_statements.add(best)
        pairings.append(_Pairing(trigger, best, False))
    statement_ends = [p.trigger.end for p in pairings]
    for trigger in triggers:
        if trigger.is_statement or trigger.blocked:
            continue
        is_object = not trigger.setting and any(
            0 <= trigger.start - end <= 40 for end in statement_ends
        )
        allowed = [
            i
            for i in range(len(mentions))
            if not (
                mentions[i].prep in _STATE_PREPS_ONLY and trigger.type in ("meeting", "agreement")
            )
            and not (is_object and i in claimed_by_statements)
        ]
        if _PAST_TENSE.match(trigger.word):
            # "when the writers walked out": a past act never takes "in the coming weeks"
            allowed = [i for i in allowed if mentions[i].kind not in ("coming",)]
        own = [(c, i) for c, i in ((cost(trigger, i), i) for i in allowed) if c is not None]
        if own:
            best = min(own)[1]
            pairings.append(_Pairing(trigger, best, False))
            pairings.extend(
                _Pairing(trigger, other, False) for other in _coordinated(text, mentions, best)
            )
            continue
        if is_object:
            continue
        free = [
            (abs(mentions[i].start - trigger.start), i)
            for i in allowed
            if i in usable
            and i not in claimed_by_statements
            and i not in relational
            and not mentions[i].text.endswith("'s")
            and not _occupied_between(trigger, mentions[i], occupiers)
            and not any(
                (b <= mentions[i].start < e) != (b <= trigger.start < e) for b, e in complements
            )
        ]
        if free:
            pairings.append(_Pairing(trigger, min(free)[1], True))
    pairings.extend(_elliptical(text, triggers, mentions, pairings, usable, weak))
    return pairings


def _elliptical(text, triggers, mentions, pairings, usable, weak) -> list[_Pairing]:
    """ "The first day of action, on 19 January, ..., and the largest, on 7 March, ...": a second
    happening of the same kind told without its own trigger, in a clause joined by "and"."""
    used = {p.mention for p in pairings}
    extra = []
    for index, mention in enumerate(mentions):
        if index in used or index not in usable or mention.is_anchored:
            continue
        earlier = [p for p in pairings if not p.trigger.is_statement and p.mention < index]
        if not earlier:
            continue
        previous = max(earlier, key=lambda p: mentions[p.mention].start)
        between = text[mentions[previous.mention].end : mention.start]
        clause_start = max([p for p in weak if p < mention.start], default=0)
        if not re.search(r",\s+and\b|;", between) or any(
            clause_start - 60 <= t.start < mention.end + 30 for t in triggers
        ):
            continue
        extra.append(_Pairing(previous.trigger, index, True))
    return extra


def _occupies(other: Trigger, mention: DateMention, weak: list[int]) -> bool:
    """An unreal happening ("threatened to launch attacks") keeps only the dates of its own phrase."""
    if not other.modal:
        return True
    low, high = sorted((other.start, mention.start))
    return not any(low <= p < high for p in weak)


def _segment_before(text: str, mention: DateMention, strong: list[int], weak: list[int]) -> str:
    begin = max([p for p in strong + weak if p < mention.start], default=0)
    return text[begin : mention.start]


def _occupied_between(trigger: Trigger, mention: DateMention, occupiers: list[Trigger]) -> bool:
    low, high = sorted((trigger.start, mention.start))
    return any(low < other.start < high and other is not trigger for other in occupiers)


def _coordinated(text: str, mentions: list[DateMention], index: int) -> list[int]:
    """Mentions joined to ``index`` by "and"/"or" ("summits in 2000 and 2007")."""
    joined = []
    current = index
    while current + 1 < len(mentions) and mentions[current + 1].kind == mentions[index].kind:
        gap = text[mentions[current].end : mentions[current + 1].start]
        if not _COORDINATED.match(gap):
            break
        current += 1
        joined.append(current)
    return joined


def _adjust_range(text: str, trigger: Trigger, date_range: DateRange, published: date) -> DateRange:
    """Durations around a trigger: "five days of talks" ending on D, "entered its third day"."""
    before = text[max(0, trigger.start - 60) : trigger.start]
    duration = _DURATION.search(before)
    if duration and date_range.precision == "day":
        word = duration.group(1).lower()
        days = int(word) if word.isdigit() else _NUMBERS.get(word, 1)
        return replace(date_range, start=date_range.end - timedelta(days=days - 1))
    nth = _NTH_DAY.search(text[trigger.start : trigger.end + 60])
    if nth and date_range.precision == "day" and date_range.start == published:
        days = _ORDINALS[nth.group(1).lower()]
        return replace(date_range, start=published - timedelta(days=days - 1), open_end=True)
    if (
        date_range.end == published
        and not date_range.open_end
        and _CONTINUING.search(text[max(0, trigger.start - 25) : trigger.end + 25])
    ):
        return replace(date_range, open_end=True)
    if (
        trigger.type in _OPEN_TYPES
        and date_range.precision == "day"
        and date_range.end < published
        and not date_range.open_end
        and _STATE_START.search(text[max(0, trigger.start - 40) : trigger.end + 60])
        and not re.search(r"(?<![\w-])(?:ended|lifted|expired|collapsed)\b", text, re.IGNORECASE)
    ):
        return replace(date_range, end=published, open_end=True)
    return date_range


def _confidence(date_range: DateRange, pairing: _Pairing, mention: DateMention) -> float:
    score = 0.8 if date_range.precision == "day" else 0.6
    if pairing.fallback:
        score -= 0.2
    if mention.is_anchored:
        score -= 0.1
    return max(0.1, score)


def _title(text: str) -> str:
    if len(text) <= 120:
        return text
    cut = text[:117].rsplit(" ", 1)[0]
    return cut + "..."
