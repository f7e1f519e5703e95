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

from .casualties import count_killed
from .dates import NUMBER_WORDS, DateMention, find_dates, resolve
from .language import looks_english
from .merging import merge_events
from .names import NameFinder
from .sentences import Sentence, split_sentences
from .triggers import Trigger, find_triggers, is_labour_text
from .types import DateRange, ExtractedEvent, ExtractionError, KnownNames, Passage

EXTRACTOR_VERSION = "1.2.0"

_STRONG_BARRIER = re.compile(
    r"[;:—–]|\s-\s|,\s+(?:when|while|whereas|but|although|though|citing|according)\b"
    # "since George Floyd died": a clause of its own, not a date
    r"|\b(?i:since)\s+(?=[A-Z])(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|"
    r"Thu|Fri|Sat|Sun))",
)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose)\b[^,;]*", re.IGNORECASE)
# ", which had 430,000 inhabitants before the war,": an insert that keeps its own dates
_INSERT = re.compile(r",\s+(?:which|who|whose|where)\b[^;—–]*?(?=,\s|[;—–]|$)", re.IGNORECASE)
_NEW_PREDICATE = re.compile(
    r"\band\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+|then\s+)?[a-z]+ed\b", re.IGNORECASE
)
_LINKED_CLAUSE = re.compile(r",\s+(?:at|during|in)\s+which\b|,\s+when\b", re.IGNORECASE)
_MODIFIER_YEAR_BEFORE = re.compile(r"\b(?:the|his|her|its|their|a|an|this|that)\s+$", re.IGNORECASE)
_WEAK_BARRIER = re.compile(r",")
_FUTURE = re.compile(
    r"\b(?:will|won't|shall|is to|are to|is due|are due|due to|expected|"
    r"scheduled|set to|would|plans?|planned|planning|to be held|upcoming|going to|"
    r"to (?:resume|meet|begin|start|"
    r"hold|visit|sign|travel|vote|return|open|hear|debate|reopen))\b|'ll\b",
    re.IGNORECASE,
)
_TOLD_BEFORE = re.compile(
    r"\b(?:said|told|announced|reported|added|stated|declared|confirmed|warned)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[;—–]|[,:](?=\s)|\bthat\b|\s-\s", re.IGNORECASE)
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
    r"(?:days?|nights?)\s+(?:of|in\s+[\w\s]{0,20}?holding|holding)\s+(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_BEGAN = re.compile(r"^\s*(?:that|which)?\s*(?:began|started|opened|beginning|starting)\b")
_NTH_PERIOD = re.compile(
    r"\b(?:entered|enters|entering|into|on|in)\s+its\s+(second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(day|week|month)\b",
    re.IGNORECASE,
)
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
_ORDINALS.update({"eighth": 8, "ninth": 9, "tenth": 10})
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_NUMBERS.update({"nine": 9, "ten": 10})
_STATE_START = re.compile(
    r"\b(?:took effect|came into force|came into effect|began|started|took hold|has held|"
    r"have been|has been|had been|continu\w+|remains?|still)\b",
    re.IGNORECASE,
)
_OPEN_TYPES = ("pause", "protest")
_TOOK_EFFECT = re.compile(
    r"\b(?:took effect|came into (?:force|effect)|took hold|went into effect|began|started)\b",
    re.IGNORECASE,
)
RECENT_ANCHORS = 200
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
    names: NameFinder
    events: list[ExtractedEvent] = field(default_factory=list)
    # what has been told so far, for anchors: (word stems, type or None, start, single day?)
    told: list[tuple] = field(default_factory=list)
    endings: set[int] = field(default_factory=set)  # indexes of events that end a state
    last_date: date | None = None
    narrative_year: int | None = None  # a feature about 1995: yearless dates are in 1995
    label: DateRange | None = None  # "Saturday: ..." heading a paragraph dates all of it

    def tell(self, words: str, event_type: str | None, start: date, exact: bool) -> None:
        self.told.append((_stems(words), event_type, start, exact))
        del self.told[:-RECENT_ANCHORS]

    def refers_to_told(self, noun_phrase: str) -> bool:
        stems = _stems(noun_phrase)
        return any(told & stems for told, *_ in self.told)

    def anchor_for(self, noun_phrase: str) -> date | None:
        """The date of the latest happening the phrase ("the meeting", "the truce") refers to:
        a single day told with the same word, else one of the same kind, else any telling with
        the word, else the latest date."""
        stems = _stems(noun_phrase)
        triggers = find_triggers(noun_phrase, self.labour)
        wanted = triggers[-1].type if triggers else None
        told = list(reversed(self.told))
        for test in (
            lambda words, kind, exact: exact and words & stems,
            lambda words, kind, exact: exact and wanted is not None and kind == wanted,
            lambda words, kind, exact: words & stems,
            lambda words, kind, exact: wanted is not None and kind == wanted,
        ):
            for words, kind, start, exact in told:
                if test(words, kind, exact):
                    return start
        return self.last_date


_STOP_STEMS = frozenset(
    ["the", "this", "that", "with", "from", "into", "their", "after", "before", "about", "over"]
)


def _stems(words: str) -> frozenset[str]:
    return (
        frozenset(w.lower()[:4] for w in re.findall(r"[A-Za-z]+", words) if len(w) > 3)
        - _STOP_STEMS
    )


_YEARS_AGO_TODAY = re.compile(
    r"\b(\w+)\s+years\s+ago\s+(?:today|this week|this month)\b", re.IGNORECASE
)
_EXPLICIT_YEAR = re.compile(
    r"\b(?:in|of|since|from|until|by|during|spring|summer|autumn|winter|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2},?)?)\s+"
    r"(1[89]\d\d|20\d\d)\b"
)
_PRESENT_ANCHORS = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last week|"
    r"this week|this month|last month|tonight|this morning|this afternoon)\b"
)


def narrative_year(text: str, published: date) -> int | None:
    """The year a feature is about ("Twenty years ago today, ..."), when it is not this year.

    Only a text told mostly in explicit old years, with few dates relative to its publication,
    is a narrative of another year; news that mentions "deployed in 2001" once is not.
    """
    sample = text[:20000]
    ago = _YEARS_AGO_TODAY.search(sample)
    if ago:
        word = ago.group(1).lower()
        count = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)
        if count > 1:
            return published.year - count
    old = [int(y) for y in _EXPLICIT_YEAR.findall(sample) if int(y) <= published.year - 5]
    if len(old) < 3 or len(old) < len(_PRESENT_ANCHORS.findall(sample)):
        return None
    return max(set(old), key=lambda year: (old.count(year), year))


def extract(
    text: str, published: date | None, *, title: str = "", known: KnownNames | None = None
) -> list[ExtractedEvent]:
    """Dated events told in ``text`` (an article published on ``published``)."""
    if published is None:
        raise ExtractionError("a publication date is required to resolve relative dates")
    if not text or not text.strip() or not looks_english(text):
        return []
    article = _Article(published, is_labour_text(text), NameFinder(known))
    article.narrative_year = narrative_year(text, published)
    paragraph = -1
    for sentence in split_sentences(text):
        if len(sentence.text) > 5000:  # not prose (a table, a dump): nothing to read here
            continue
        if sentence.paragraph != paragraph:
            paragraph = sentence.paragraph
            article.label = _paragraph_label(sentence.text, article)
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
        return _labelled_events(sentence, article) if article.label else []
    triggers = find_triggers(text, article.labour)
    if all(t.modal for t in triggers):
        _remember_dates(article, mentions, text)
        return []
    ranges, reference_spans, relational = _resolve_mentions(text, mentions, article)
    triggers = [
        _relational_target(t, mentions, relational)
        for t in triggers
        if not any(begin <= t.start < end for begin, end in reference_spans)
    ]
    pairings = _pair(text, triggers, mentions, ranges, relational, article.published)
    events: dict[tuple, ExtractedEvent] = {}
    for pairing in pairings:
        date_range = ranges.get(pairing.mention)
        if date_range is None:
            continue
        trigger = pairing.trigger
        mention = mentions[pairing.mention]
        if date_range.open_end and re.match(
            r"\s*,\s+when\b", text[mention.end : trigger.start]
        ):  # "held Tarvel since late last year, when they seized it": the seizure is the start
            date_range = resolve(replace(mention, prep=""), article.published) or date_range
        date_range = _adjust_range(text, trigger, date_range, article.published)
        key = (trigger.type, date_range.start, date_range.end)
        if key in events:
            continue
        actors, location = article.names.find(text)
        events[key] = ExtractedEvent(
            type=trigger.type,
            title=_title(text),
            date=date_range,
            evidence=(Passage(text, sentence.start, sentence.end),),
            actors=tuple(actors),
            location=location,
            casualties=count_killed(text) if trigger.type == "strike" else None,
            confidence=_confidence(date_range, pairing, mention),
            date_texts=(mention.text,),
        )
        article.tell(
            trigger.word,
            trigger.type,
            date_range.start,
            date_range.precision == "day" and date_range.start == date_range.end,
        )
        if trigger.type in _OPEN_TYPES + ("strike",) and _ENDING.search(
            text[max(0, trigger.start - 30) : trigger.end + 50]
        ):
            article.endings.add(len(article.events) + len(events) - 1)
        if date_range.precision == "day" and not date_range.open_end:
            # "held from 18 to 21 December. Three days later": counted from the last day
            article.last_date = date_range.end
        elif date_range.precision == "approximate" or date_range.open_end:
            article.last_date = date_range.start
    if not events:
        _remember_dates(article, mentions, text, ranges)
    else:
        used = {p.mention for p in pairings}
        for index, mention in enumerate(mentions):
            if index not in used and index in ranges and not ranges[index].open_end:
                article.tell(
                    text[max(0, mention.start - 80) : mention.start],
                    None,
                    ranges[index].start,
                    ranges[index].precision == "day",
                )
    agreed = {(e.date.start, e.date.end) for e in events.values() if e.type == "agreement"}
    if agreed and not _TOOK_EFFECT.search(text):
        # "agreed a ceasefire on 15 June": the agreement; when the pause starts is told elsewhere
        events = {k: e for k, e in events.items() if not (e.type == "pause" and k[1:] in agreed)}
    return list(events.values())


_LABEL = re.compile(r"^\s*(\w+(?:\s+\w+){0,3})\s*[:—–]\s+")


def _paragraph_label(text: str, article: _Article) -> DateRange | None:
    """A paragraph that opens with a date and a colon ("Saturday: ...") is dated by it."""
    label = _LABEL.match(text)
    if not label:
        return None
    mentions = find_dates(label.group(1))
    if len(mentions) != 1 or mentions[0].text != label.group(1).strip():
        return None
    return resolve(mentions[0], article.published)


def _labelled_events(sentence: Sentence, article: _Article) -> list[ExtractedEvent]:
    """Undated sentences under a date heading: each happening takes the heading's date."""
    events: dict[tuple, ExtractedEvent] = {}
    for trigger in find_triggers(sentence.text, article.labour):
        if trigger.blocked or (trigger.is_statement and trigger.kind == "speech_noun"):
            continue
        key = (trigger.type,)
        if key in events:
            continue
        actors, location = article.names.find(sentence.text)
        events[key] = ExtractedEvent(
            type=trigger.type,
            title=_title(sentence.text),
            date=article.label,
            evidence=(Passage(sentence.text, sentence.start, sentence.end),),
            actors=tuple(actors),
            location=location,
            confidence=0.5,
            date_texts=(article.label.text,),
        )
    return list(events.values())


def _relational_target(trigger: Trigger, mentions, relational: set[int]) -> Trigger:
    """In "a day after the Hamas-led attack" the attack is the event being dated."""
    for index in relational:
        if trigger.reference and 0 <= trigger.start - mentions[index].end <= 40:
            return replace(trigger, reference=False)
    return trigger


def _remember_dates(article, mentions, text, ranges=None):
    """A dated sentence without an event still anchors "that evening", "the next day", "the
    following month" and "hours after the convoy arrived"."""
    for index, mention in enumerate(mentions):
        if ranges is not None and index in ranges:
            resolved = ranges[index]
        elif not mention.is_anchored:
            resolved = resolve(mention, article.published, future=_is_future(text, mention))
        else:
            continue
        if resolved and not resolved.open_end:
            article.last_date = resolved.start
            article.tell(
                text[max(0, mention.start - 80) : mention.start],
                None,
                resolved.start,
                resolved.precision == "day",
            )


def _is_false_mention(text: str, mention: DateMention) -> bool:
    before, after = text[: mention.start], text[mention.end :]
    if mention.is_anchored and re.search(r"\bfor\s+$", before):
        return True  # "encircled the city for eleven weeks before a surrender": a duration
    if mention.prep == "since" and re.search(r"\btimes\s+since\s*$", before):
        return True  # "clashed several times since 2016": how often, not a state since then
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
    if _TOLD_BEFORE.search(text[max(0, mention.start - 30) : mention.start]):
        return False  # "NATO said on Tuesday it would move": the saying is past
    begin = 0
    for barrier in _CLAUSE_END.finditer(text, 0, mention.start):
        begin = barrier.end()
    barrier = _CLAUSE_END.search(text, mention.end)
    end = barrier.start() if barrier else len(text)
    return bool(_FUTURE.search(text[begin:end]))


def _year_hint(text: str, mention: DateMention, mentions: list[DateMention]) -> int | None:
    """A yearless date written as a name ("the Sept. 11 attacks") or followed by "of that year"
    takes the sentence's year."""
    years = [m.value[0] for m in mentions if m.kind == "year" and m is not mention]
    if not years:
        return None
    if re.match(r"\s+(?:of\s+)?that\s+year\b", text[mention.end :]):
        earlier = [m.value[0] for m in mentions if m.kind == "year" and m.end <= mention.start]
        return earlier[-1] if earlier else None
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
        if (
            year_hint is None
            and article.narrative_year
            and mention.kind in ("date", "month", "range")
            and not _is_future(text, mention)
        ):
            year_hint = article.narrative_year
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
            noun = _DEFINITE_NP.match(after_text)
            if earlier_here:
                main_date = earlier_here[-1].start
            elif noun and article.refers_to_told(noun.group(1)):
                main_date = None  # "came hours after the summit opened": dated from the summit
            elif subject:
                main_date = article.anchor_for(subject.group(1))
                reference_spans.append((subject.start(1), subject.end(1)))
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
            noun = _DEFINITE_NP.match(after_text)
            if mention.text.lower().startswith("the day") and noun:
                # "the day after the attack": counted from the attack, which is not new
                anchor = article.anchor_for(noun.group(1))
                reference_spans.append((mention.end, mention.end + noun.end()))
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
    r"(?:\s+[\w'’,-]+){0,8}?\s+(that)\b",
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
_COORDINATED = re.compile(
    r"^\s*(?:,|and|,\s*and|or)\s*(?:again\s+|then\s+|also\s+)?(?:in\s+|on\s+)?$"
)
_PAST_TENSE = re.compile(
    r"^(?:\w+ed|met|sent|struck|fought|left|began|held|took|came|went|walked out|"
    r"opened fire|shot down|withdrew|flew out)\b",
    re.IGNORECASE,
)
_FINITE = re.compile(r"\b(?:was|were|is|are|had|has|have|will|would|did|been)\b", re.IGNORECASE)
_LIST_ITEM = re.compile(
    r"\s+(?:a|an|the)?\s*(?:second|third|fourth|another|other|further|final|last|latest|new)\b",
    re.IGNORECASE,
)
# how a second happening of the same kind is joined on: "and ...", "; ...", ", a second ..."
_JOINT = re.compile(
    r",\s+and\b|;|\band\b|[,—–-]\s+(?=(?:a|an|the)?\s*(?:second|third|fourth|another|one|other|"
    r"further|final|last|latest|new)\b)",
    re.IGNORECASE,
)
_PAST_VERB = re.compile(r"\b(?:[a-z]+ed|met|held|took|went|came|left|began|fell|won)\b")
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


def _pair(text, triggers, mentions, ranges, relational, published) -> list[_Pairing]:
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
    inserts = [m.span() for m in _INSERT.finditer(text)]
    opening = len(" ".join(text.split()[:4]))
    occupiers = [t for t in triggers if not t.is_statement and not t.reference and not t.setting]

    def cost(trigger: Trigger, index: int) -> float | None:
        mention = mentions[index]
        if index not in usable:
            return None
        backwards = mention.start < trigger.start
        low, high = (mention.end, trigger.start) if backwards else (trigger.end, mention.start)
        if mention.start <= 2 and re.match(r"\s*[:—–]", text[mention.end :]):
            return 12.0  # "Saturday: ..." heads the whole sentence
        linked = trigger.is_statement and backwards and _LINKED_CLAUSE.search(text, low, high)
        if any(low <= p < high for p in strong) and not linked:
            return None  # "began late last year, when the authority proposed": same time
        if _is_possessive(text, mention) and not 0 <= trigger.start - mention.end <= 3:
            return None  # "Tuesday's strike": the date belongs to the noun it qualifies
        if _is_modifier_year(text, mention) and not 0 <= trigger.start - mention.end <= 3:
            return None  # "his 2019 re-election": the year of that noun only
        for begin, end in inserts:
            if (begin <= mention.start < end) != (begin <= trigger.start < end):
                return None
        if (
            backwards
            and _NEW_PREDICATE.search(text, mention.end, trigger.end)
            and any(m.start > trigger.end for m in mentions)
        ):
            return None  # "invaded on 24 February and had encircled ...": a new predicate
        if index in relational and not backwards:
            return None
        if any(
            low <= other.start < high
            and other is not trigger
            and _occupies(other, mention, weak, text)
            and not _is_light_object(text, trigger, other)
            for other in occupiers
        ):
            return None
        if trigger.is_statement and not backwards and _FINITE.search(text, low, high):
            return None  # "said no arrests were made on Saturday": the date is the complement's
        for begin, end in complements:
            if (begin <= mention.start < end) != (begin <= trigger.start < end):
                return None
        commas = sum(low <= p < high for p in weak)
        if (
            trigger.is_statement
            and backwards
            and commas
            and not (_is_participle(text, trigger) and commas == 1)
            and mention.end > opening
            and not _LINKED_CLAUSE.search(text, mention.end, trigger.start)
        ):
            return None  # "X pulled back overnight, an officer told us": not the telling's date
        return len(text[low:high].split()) + 6 * commas + (1.5 if backwards else 0)

    pairings: list[_Pairing] = []
    claimed_by_statements: set[int] = set()
    for trigger in triggers:
        if not trigger.is_statement or trigger.blocked:
            continue
        options = [(cost(trigger, i), i) for i in range(len(mentions))]
        told_in_past = _PAST_TENSE.match(trigger.word) or trigger.word.lower() in ("said", "told")
        options = [
            (c, i)
            for c, i in options
            if c is not None
            and c <= 14
            and not (told_in_past and ranges[i].start > published)
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
        if trigger.is_statement or trigger.modal:
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
            # "to end the industrial action that has ... since 13 January": a reference that
            # still tells when the state began
            and not (
                trigger.reference
                and mentions[i].prep != "since"
                # "since the 2019 summit": the year of the summit it names
                and not (
                    _is_modifier_year(text, mentions[i]) and trigger.start - mentions[i].end <= 3
                )
            )
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
        relative = [m.span() for m in _RELATIVE_CLAUSE.finditer(text)]
        free = [
            (abs(mentions[i].start - trigger.start), i)
            for i in allowed
            if i in usable
            and not any(  # "the memorandum was inked ..., who had flown in on Monday"
                b <= mentions[i].start < e and not b <= trigger.start < e for b, e in relative
            )
            and i not in claimed_by_statements
            and i not in relational
            and not _is_possessive(text, mentions[i])
            and not _is_modifier_year(text, mentions[i])
            and not _occupied_between(trigger, mentions[i], occupiers)
            and not any(
                (b <= mentions[i].start < e) != (b <= trigger.start < e) for b, e in complements
            )
        ]
        if free and not trigger.reference:
            pairings.append(_Pairing(trigger, min(free)[1], True))
    pairings.extend(_elliptical(text, triggers, mentions, pairings, usable, relational))
    return pairings


def _elliptical(text, triggers, mentions, pairings, usable, relational) -> list[_Pairing]:
    """ "The first day of action, on 19 January, ..., and the largest, on 7 March, ...": a second
    happening of the same kind told without its own trigger, in a clause joined by "and"."""
    used = {p.mention for p in pairings}
    extra = []
    for index, mention in enumerate(mentions):
        if index in used or index not in usable or (mention.is_anchored and index in relational):
            continue
        earlier = [p for p in pairings if not p.trigger.is_statement and p.mention < index]
        if not earlier:
            continue
        previous = max(earlier, key=lambda p: mentions[p.mention].start)
        offset = mentions[previous.mention].end
        joints = list(re.finditer(_JOINT, text[offset : mention.start]))
        if not joints or _is_possessive(text, mention):
            continue
        joint = joints[-1]
        if (
            joint.group() == "and"
            and not _PAST_VERB.search(text, offset + joint.end(), mention.start)
            and not _LIST_ITEM.match(text, offset + joint.end())
        ):
            continue  # a bare "and" joins a second happening only with its own verb
        clause_start = offset + joint.start()
        if any(clause_start <= t.start < mention.end + 30 for t in triggers):
            continue
        extra.append(_Pairing(previous.trigger, index, True))
    return extra


def _is_possessive(text: str, mention: DateMention) -> bool:
    return mention.text.endswith(("'s", "’s")) or text.startswith(("'s", "’s"), mention.end)


def _is_modifier_year(text: str, mention: DateMention) -> bool:
    return (
        mention.kind == "year"
        and bool(_MODIFIER_YEAR_BEFORE.search(text, 0, mention.start))
        and re.match(r"\s+[a-z]", text[mention.end :]) is not None
    )


def _is_participle(text: str, trigger: Trigger) -> bool:
    """ "left on Wednesday, accusing the rebels": the telling shares the clause's date."""
    return trigger.word.endswith("ing") and text[: trigger.start].rstrip().endswith(",")


def _is_light_object(text: str, trigger: Trigger, other: Trigger) -> bool:
    """ "agreed a ceasefire", "launched an offensive": the object names the same happening."""
    if trigger.is_statement or other.start < trigger.end:
        return False
    if other.word.endswith("ed") and not text[trigger.end : other.start].strip():
        return True  # "a ceasefire agreed in Minsk": the participle tells the same happening
    if not _PAST_TENSE.match(trigger.word):
        return False
    return len(text[trigger.end : other.start].split()) <= 3


def _occupies(other: Trigger, mention: DateMention, weak: list[int], text: str) -> bool:
    """An unreal happening ("threatened to launch attacks") keeps only its own phrase's dates;
    a negated one ("ended without agreement late on Tuesday") keeps none."""
    if not other.modal:
        return True
    if re.search(
        r"\b(?:without|no|not|never)\s+(?:\w+\s+)?$", text[max(0, other.start - 20) : other.start]
    ):
        return False
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
        following = mentions[current + 1]
        gap = text[mentions[current].end : following.start]
        joined_inside = not gap.strip() and following.text.startswith(("and ", "or "))
        if not (_COORDINATED.match(gap) or joined_inside):
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
        days = timedelta(days=(int(word) if word.isdigit() else _NUMBERS.get(word, 1)) - 1)
        if _BEGAN.search(text[trigger.end : trigger.end + 40]):
            # "three days of talks that began on Sunday": the date is the first day
            return replace(date_range, end=date_range.start + days)
        return replace(date_range, start=date_range.end - days)
    nth = _NTH_PERIOD.search(text[trigger.start : trigger.end + 60])
    if nth and date_range.precision == "day" and date_range.start == published:
        word, unit = nth.group(1).lower(), nth.group(2).lower()
        count = _ORDINALS.get(word) or int(re.match(r"\d+", word).group())
        if unit == "day":  # "entered its third day": began two days ago, still on
            return replace(date_range, start=published - timedelta(days=count - 1), open_end=True)
        # "entered its eighth week": began seven to eight weeks ago
        span = timedelta(days=count * (7 if unit == "week" else 30))
        return DateRange(published - span, published, "approximate", date_range.text, True)
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
