"""Which date expression dates which trigger, within one sentence.

Each trigger takes the nearest date expression in its clause. Statements only ever take a date
from their own clause; other triggers may fall back to a date elsewhere in the sentence that no
statement claimed. A date is out of reach across a strong clause barrier, past another trigger,
inside an infinitive complement or an inserted relative clause the trigger is not in, or in the
scope of an aim ("to seek ... this year").
"""

import re
from dataclasses import dataclass

from .dates import DateMention
from .triggers import Trigger


@dataclass
class Pairing:
    trigger: Trigger
    mention: int  # index into the sentence's date mentions
    fallback: bool  # taken from outside the trigger's clause


_STRONG_BARRIER = re.compile(
    r"[;:—–]|\s-\s|,\s+(?:when|while|whereas|but|although|though|citing|according|"
    # "the truce will be extended from Saturday, ..., even as a drone strike killed three"
    r"even (?:as|though|while))\b"
    # "since George Floyd died": a clause of its own, not a date
    r"|\b(?i:since)\s+(?=[A-Z])(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|"
    r"Thu|Fri|Sat|Sun))",
)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose)\b[^,;]*", re.IGNORECASE)
# a deal or talks that tell who a person is ("the envoy who brokered the truce") are that
# person's past, not the happening of the sentence's date
_IDENTIFYING_DEEDS = frozenset({"agreement", "meeting"})
_WHO_CLAUSE = re.compile(
    r"\bwho\s+(?:had\s+|has\s+|once\s+)?(?-i:[a-z]+ed|led|met|won|struck)\b[^,;—–]*(?=,)"
)
# ", which had 430,000 inhabitants before the war,": an insert that keeps its own dates
_PARTICIPLE_INSERT = re.compile(r",\s+(?-i:[a-z]+ed)\s")
_LIST_INSERT = re.compile(r",\s+(?:among them|among whom|including)\b", re.IGNORECASE)
_NAME = r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))*"
_NAME_APPOSITIVE = re.compile(
    rf"(?<=[a-z]s),\s+{_NAME}(?:(?:,\s+|,?\s+and\s+){_NAME})+,(?=\s+(?-i:[a-z]))"
)
# "the capital, Kadal,": a place named again after its kind
_PLACE_APPOSITIVE = re.compile(
    rf"\b(?:capital|city|town|port|village|province|region|district),\s+{_NAME},(?=\s+(?-i:[a-z]))",
    re.IGNORECASE,
)
_INSERT = re.compile(
    r",\s+(?:which|who|whose|where)\b[^;—–]*?(?=,\s|[;—–]|$)"
    # ", founded in 1964 as a peasant army,": a participle insert keeps its own date
    r"|(?<=[A-Za-z]),\s+(?-i:[a-z]+ed)\s+(?:in|on)\b[^;—–,]*?(?=,\s)"
    # ", among them eleven soldiers captured in August 2012,": the insert's own date
    r"|,\s+(?:among them|among whom|including)\b[^;—–]*?(?=,\s)",
    re.IGNORECASE,
)
_DESCRIPTION = re.compile(r",\s+(?-i:[a-z]+ed|struck|made|won)\s[^,;:—–]*?(?=,\s)")
_NEW_PREDICATE = re.compile(
    r"\band\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+|then\s+)?(?:[a-z]+ed|held|met|took|sent|"
    r"went|began|fought|struck|left|flew|signed|spoke)\b",
    re.IGNORECASE,
)
_LINKED_CLAUSE = re.compile(r",\s+(?:at|during|in)\s+which\b|,\s+when\b", re.IGNORECASE)
_MODIFIER_YEAR_BEFORE = re.compile(
    r"(?:\b(?:the|his|her|its|their|a|an|this|that)|\w['’]s|s['’])\s+$", re.IGNORECASE
)
_WEAK_BARRIER = re.compile(r",")
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
# "strikers plan to march on Saturday", "the party plans to hold a congress in August": a
# gathering announced for a day is scheduled, so its date is the gathering's
_GATHERING_PLANNED = r"(?:plans?|planning) to (?:hold|stage|march|rally|meet|protest|picket|gather|demonstrate|drive|walk out|strike)\b"
_MODAL_SCOPE = re.compile(
    rf"\b(?!{_GATHERING_PLANNED})(?:to seek|to work|to try|aims? to|plans? to|planned to|planning to|intends? to|hopes? to|"
    r"wants? to|seeks? to|could|might|"
    r"would like|in order to)\b",
    re.IGNORECASE,
)
_RELATIVE_PRONOUN = re.compile(r"\b(?:who|which|that)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_OWN_PREDICATE = re.compile(
    r"\s+(?:[\w'-]+\s+){0,5}?(?:broke down|collapsed|ended|began|opened|resumed|started|"
    r"took place|(?:was|were) held|failed|stalled)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "talks on renewing the fishing deal", "negotiations over a truce": what the talks are about
_TALKS_TOPIC = re.compile(
    r"(?:talks|negotiations)\s+"
    # "talks between army commanders and the militia on a permanent ceasefire": who talks first
    r"(?:(?:between|with)\s+(?:[\w'’-]+\s+){1,6}?)?"
    r"(?:on|over|about|for)\s+(?:[\w'-]+\s+){0,3}$",
    re.IGNORECASE,
)
_OWN_VERB_AFTER = re.compile(
    r"\s+(?:[\w'-]+\s+){0,3}?(?:break down|broke down|collapsed?|stall(?:ed)?|fail(?:ed)?)\b",
    re.IGNORECASE,
)
# a happening's own verb telling it is over: "a fourth round of talks with the trust broke up"
_ENDED_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,8}?(?:broke (?:up|down|off)|collapsed|ended|stalled|failed|fell apart)\b",
    re.IGNORECASE,
)
# "the bombing of the central station in March", "the first attack, on a police post in May",
# "the march by rail workers to the ministry on 31 May"
_OF_PLACE = re.compile(
    r"^,?\s+(?:of|on|against|near|at|around|outside|by)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){1,5}"
    r"(?:in|on)\s+$"
)
_COORDINATED = re.compile(
    r"^\s*(?:,|and|,\s*and|or)\s*(?:again\s+|then\s+|also\s+)?(?:in\s+|on\s+)?$"
    # "hit Kharkiv on Monday, Odesa on Tuesday and Kyiv on Wednesday"
    r"|^\s*(?:,|and|,\s*and)\s+(?-i:[A-Z][\w'-]+\s+){1,3}(?:in|on)\s+$"
    # "summits in Wuhan in April 2018 and in Mamallapuram, near Chennai, in October 2019"
    r"|^\s*,?\s*and\s+(?:again\s+)?(?:in|at|from)\s+(?-i:[A-Z])[^.;:]{0,40}?,?\s+(?:in|on)\s+$"
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
    # "walked out on 4 July, then again for two days from July 21": the same kind once more
    r",\s+(?:then\s+)?again\b|,\s+and\b|;|\band\b|[,—–-]\s+(?=(?:a|an|the)?\s*(?:second|third|fourth|another|one|other|"
    r"further|final|last|latest|new)\b)",
    re.IGNORECASE,
)
_PAST_VERB = re.compile(r"\b(?:[a-z]+ed|met|held|took|went|came|left|began|fell|won)\b")
_VERB_BEFORE_OPENING_DATE = re.compile(
    r"^\s*(?-i:[A-Z])[\w-]+\s+(?:[a-z]+ed|began|fell|rose|went|came)\s+(?:on|in|late|early|last)\b"
)
# "no attack since a ceasefire signed in March": the state runs from that happening's date
_SINCE_HAPPENING = re.compile(r"\s+(?:[\w-]+\s+){0,2}?since\s+(?:a|an|the)\s", re.IGNORECASE)
# "Since the signing of the protocol in May 2016, there have been no clashes": a fronted since-
# clause dates the state that follows it, whatever happening it names
_FRONTED_SINCE = re.compile(r"\s*(?:ever\s+)?since\s+[^,;]{0,100}?,", re.IGNORECASE)


def fronted_since(text: str, mention: DateMention, trigger: Trigger) -> bool:
    clause = _FRONTED_SINCE.match(text)
    return clause is not None and mention.end <= clause.end() <= trigger.start


_HELD_PARTICIPLE = re.compile(
    r"^[^;:—–]{0,80}?,\s+(?:held|hosted|convened|signed|staged)\s+(?:[\w'’-]+\s+){0,4}?(?:on|in)\s+$"
    # "since the truce began on 1 March": the named happening's own start
    # (or with no preposition: "since the walkout began at 7am yesterday", "started last week")
    r"|^\s+(?:began|started|took effect|took hold|came into (?:force|effect))\s+"
    r"(?:on\s+|in\s+|at\s+\d[\w:.]*\s+)?$"
    # "under an accord reached in March": the accord's own making
    r"|^\s+(?:reached|signed|agreed|struck|brokered|sealed)\s+(?:[\w'’-]+\s+){0,4}?"
    # "signed in the capital, Kadal, on 20 July": a place named again between commas
    r"(?:[\w'’-]+,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+)?(?:(?:on|in)\s+)?$"
)
_ORDINAL_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))"
    r"\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_COUNTED_IN_PERIOD = re.compile(
    r"(?:the|this)\s+(?:summer|winter|spring|autumn|year|month|week|season)", re.IGNORECASE
)


def _counted_within(text: str, trigger: Trigger, mention: DateMention) -> bool:
    return (
        trigger.end <= mention.start
        and re.fullmatch(r"\s+(?:of\s+)?", text[trigger.end : mention.start]) is not None
        and _COUNTED_IN_PERIOD.fullmatch(mention.text) is not None
        and _ORDINAL_BEFORE.search(text, max(0, trigger.start - 30), trigger.start) is not None
    )


# a happening's noun followed by who made it known and when: that date is the telling's
_TOLD_WHEN_AFTER = re.compile(
    # "walkouts were also reported on Monday": the happening itself told as reported
    r"\s+(?:(?:that|which)\s+(?:[\w'’.-]+\s+){0,4}?|"
    r"(?!(?:was|were|is|are|has|have|had|also|being)\b)(?:[\w'’.-]+\s+){1,4}?)"
    r"(?:(?:was|were|had been|has been)\s+)?"
    r"(?:confirmed|announced|disclosed|revealed|reported|unveiled)\s+(?:(?:on|in|late|early)\s+)?",
    re.IGNORECASE,
)
_WHEN_SUBJECT = re.compile(r",\s+when\s+(?:[\w'’.-]+\s+){0,8}")
_COMPARED_SINCE = re.compile(
    r"\b(?:first|last|only|largest|biggest|worst|heaviest|deadliest|longest)\b[^.;]*\bsince\b",
    re.IGNORECASE,
)


def _compared_since(text: str, low: int, high: int) -> bool:
    """A comparison ("the worst since 1994") stands between; one set off by commas ("the
    fighting, the worst since 1994, broke out on 27 September") closes before the date."""
    compared = _COMPARED_SINCE.search(text, low, high)
    return bool(compared) and not re.search(r",\s", text[compared.end() : high])


# a season or year qualifying the noun ("the first shells of this autumn") yields to a day
_COARSE_KINDS = ("season", "year", "month", "relative_period")
_OPENING_DATE = re.compile(r"\s*(?:On|In|Late on|Early on|By)\s+[^,]{3,30},\s")
_STATEMENT_PREPS = ("for", "from", "until", "till", "since", "between", "by")
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
        if re.match(_GATHERING_PLANNED, match.group(), re.IGNORECASE):
            continue
        begin = match.start(1)
        stops = [p for p in strong + weak if p > begin]
        complements.append((begin, min(stops) if stops else len(text)))
    return strong, weak, complements


_BEFORE_ASIDE = re.compile(r",\s+(?:after|following)\s+[^,.;]{1,80}?,", re.IGNORECASE)


def pair(text, triggers, mentions, ranges, relational, published) -> list[Pairing]:
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
        # "in the coming weeks" gives no usable date; "over the next 60 days" does
        and not (mentions[i].kind == "coming" and mentions[i].value[0] is None)
    }
    inserts = [m.span() for m in _INSERT.finditer(text)]
    identifying = [m.span() for m in _WHO_CLAUSE.finditer(text)]
    # "abandoned two bases, Tessalit and Aguelhok, earlier that month": commas around the
    # names of what the noun counts do not part the date from its verb
    named = {p for m in _NAME_APPOSITIVE.finditer(text) for p in (m.start(), m.end() - 1)}
    # "signed in the capital, Kadal, on 20 July": the place named again is neither a break
    # nor distance between the verb and its date
    places = [(text.index(",", m.start()), m.end()) for m in _PLACE_APPOSITIVE.finditer(text)]
    named |= {p for begin, end in places for p in (begin, end - 1)}
    opening = len(" ".join(text.split()[:4]))
    if _VERB_BEFORE_OPENING_DATE.search(text[:opening]):
        opening = 0  # "Flights resumed on Sunday, the Pentagon said": a happening, then its teller
    # "On Monday, hours before the deal was announced, a helicopter was shot down": the aside
    # between commas is dated from the opening date; the opening date is the main clause's
    asides = _relational_asides(text, mentions, relational)
    in_aside = lambda pos: any(b <= pos < e for b, e in asides)  # noqa: E731
    # "In the early hours of November 15, after an all-night session, the parties signed":
    # what came before, set off by commas, leaves the opening date to the main clause
    before_asides = [m.span() for m in _BEFORE_ASIDE.finditer(text)]
    occupiers = [
        t
        for t in triggers
        if not t.is_statement
        and not t.reference
        and not t.setting
        and not in_aside(t.start)
        and not any(b <= t.start < e for b, e in before_asides)
    ]

    def cost(trigger: Trigger, index: int) -> float | None:
        mention = mentions[index]
        if index not in usable:
            return None
        backwards = mention.start < trigger.start
        low, high = (mention.end, trigger.start) if backwards else (trigger.end, mention.start)
        if mention.start <= 2 and re.match(r"\s*[:—–]", text[mention.end :]):
            return 12.0  # "Saturday: ..." heads the whole sentence
        if in_aside(trigger.start) != in_aside(mention.start):
            return None
        if trigger.type in _IDENTIFYING_DEEDS and any(
            b <= trigger.start < e and not b <= mention.start < e for b, e in identifying
        ):
            return None  # "Vos, the commander who signed the accord, spoke on Friday"
        if (
            trigger.is_statement
            and backwards
            and mention.end <= opening
            and re.match(r"\s*,", text[mention.end :])
        ):
            return 2.0  # "On Friday, however, the minister said": the opening dates the sentence
        linked = backwards and (
            (trigger.is_statement and _LINKED_CLAUSE.search(text, low, high))
            # "began in April 2014, when fighters attacked police stations": that very time
            or _WHEN_SUBJECT.fullmatch(text, low, high)
        )
        if any(low <= p < high for p in strong) and not linked:
            return None  # "began late last year, when the authority proposed": same time
        if _is_possessive(text, mention) and not 0 <= trigger.start - mention.end <= 3:
            return None  # "Tuesday's strike": the date belongs to the noun it qualifies
        if _is_modifier_year(text, mention) and not _heads(text, mention, trigger):
            return None  # "his 2019 re-election": the year of that noun only
        for begin, end in inserts:
            describes_trigger = 0 <= begin - trigger.end <= 30  # "a halt ..., which took effect"
            if (begin <= mention.start < end) != (begin <= trigger.start < end) and not (
                describes_trigger and begin <= mention.start < end
            ):
                return None
        if (
            backwards
            and _NEW_PREDICATE.search(text, mention.end, trigger.end)
            and any(m.start > trigger.end for m in mentions)
        ):
            return None  # "invaded on 24 February and had encircled ...": a new predicate
        if _counted_within(text, trigger, mention):
            return None  # "the third walkout of the summer": counted within it, not dated by it
        if not backwards and _TOLD_WHEN_AFTER.fullmatch(text, low, high):
            return None  # "a meeting his office confirmed this morning": the confirming's day
        if index in relational and not backwards:
            return None
        if not backwards and _compared_since(text, low, high):
            return None  # "the first visit by a president since Coolidge in 1928": compared
        if backwards and _earlier_clause(text, mention, trigger):
            return None  # "deployed in 2019 after rebels overran the north": not the year's
        if backwards and any(
            other is not trigger
            and 0 <= mention.start - other.end <= 25
            and "," not in text[other.end : mention.start]
            and _RELATIVE_PRONOUN.search(text, max(0, other.start - 30), other.start)
            for other in occupiers
        ):
            return None  # "troops who arrived on 2 October clashed ...": the arrival's date
        description = None if backwards else _DESCRIPTION.match(text, trigger.end)
        if any(
            low <= other.start < high
            and other is not trigger
            # "The deal, reached through Egyptian mediation, was announced on Wednesday": the
            # insert tells how the deal came about; its mediation does not take the date
            and not (description and description.start() <= other.start < description.end())
            and not (not backwards and _SINCE_HAPPENING.match(text, trigger.end))
            and not (
                backwards and trigger.type == "pause" and fronted_since(text, mention, trigger)
            )
            # "On Saturday, commanders, who had met in Nairobi, signed": the insert's own verb
            and not any(
                b <= other.start < e and not b <= trigger.start < e and not b <= mention.start < e
                for b, e in inserts
            )
            and _occupies(other, mention, weak, text)
            and not _is_light_object(text, trigger, other)
            for other in occupiers
        ):
            return None
        if trigger.is_statement and not backwards and _FINITE.search(text, low, high):
            return None  # "said no arrests were made on Saturday": the date is the complement's
        for begin, end in complements:
            if (begin <= mention.start < end) != _in_span(trigger, begin, end):
                return None
        commas = sum(low <= p < high and p not in named for p in weak)
        if (
            trigger.is_statement
            and backwards
            and commas
            and not (_is_participle(text, trigger) and commas == 1)
            and mention.end > opening
            and not _LINKED_CLAUSE.search(text, mention.end, trigger.start)
        ):
            return None  # "X pulled back overnight, an officer told us": not the telling's date
        if not backwards and _TALKS_TOPIC.search(text, max(0, trigger.start - 100), trigger.start):
            return None  # "talks on the fishing deal broke up in February": the talks' date
        if not backwards and _OWN_PREDICATE.match(text, trigger.end, mention.start):
            return 0.5  # "talks with the ministry broke down on Tuesday": the noun's own verb
        if backwards and _OWN_VERB_AFTER.match(text, trigger.end) and index not in relational:
            # "strike from 3 November as pay talks collapse": not the talks' date; "a week
            # after talks broke down" is
            return None
        penalty = 0.0
        if (
            not backwards
            and mention.kind in _COARSE_KINDS
            and re.fullmatch(r"\s+(?:[\w'’-]+\s+){0,2}?of\s+", text[low:high])
        ):
            penalty = 20.0  # "the first shells of this autumn landed ... on 14 September"
        renamed = sum(
            len(text[begin:end].split()) for begin, end in places if low <= begin < end <= high
        )
        distance = len(text[low:high].split()) - renamed
        return distance + 6 * commas + (1.5 if backwards else 0) + penalty

    pairings: list[Pairing] = []
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
        pairings.append(Pairing(trigger, best, False))
    statement_ends = [p.trigger.end for p in pairings]
    for trigger in triggers:
        if trigger.is_statement or trigger.modal:
            continue
        is_object = not trigger.setting and any(
            0 <= trigger.start - end <= 40 for end in statement_ends
        )
        if trigger.type == "agreement" and any(
            _is_light_object(text, p.trigger, trigger) for p in pairings
        ):
            is_object = False  # "announced the deal last Wednesday": the deal has that date too
        if is_object and _PAST_TENSE.match(trigger.word) and _OPENING_DATE.match(text):
            is_object = False  # "On June 9, organisers said a million people marched": that day
        allowed = [
            i
            for i in range(len(mentions))
            if not (
                mentions[i].prep in _STATE_PREPS_ONLY and trigger.type in ("meeting", "agreement")
            )
            # "agreed that talks will resume" takes no "since 2 October": a deal is no state
            and not (
                (
                    mentions[i].prep == "since"
                    or (mentions[i].is_anchored and mentions[i].value[2] == "since")
                )
                and trigger.type in ("meeting", "agreement")
                and not trigger.reference
                # "since 9 September, when the commanders agreed a truce": that day's deal
                and not _WHEN_SUBJECT.fullmatch(text, mentions[i].end, trigger.start)
            )
            and not (is_object and i in claimed_by_statements)
            # "to end the industrial action that has ... since 13 January": a reference that
            # still tells when the state began
            and not (
                trigger.reference
                and mentions[i].prep != "since"
                # "since the 2019 summit": the year of the summit it names
                and not (
                    _is_modifier_year(text, mentions[i]) and _heads(text, mentions[i], trigger)
                )
                # "join the annual march on July 1": the calendar date of the happening named
                and not (mentions[i].kind == "date" and 0 <= mentions[i].start - trigger.end <= 4)
                # "after the bombing of the central station in March 2024": its own date
                and not _OF_PLACE.match(text[trigger.end : mentions[i].start])
                # "since the hospital protests of autumn 2024", "the riots of 1981": named by it
                and not re.fullmatch(r"\s+of\s+", text[trigger.end : mentions[i].start])
                # "the result of the talks, held in Istanbul on May 16": dated by its participle
                and not _HELD_PARTICIPLE.search(text[trigger.end : mentions[i].start])
                # "after the talks ended in deadlock on 28 October": dated by their own verb
                and not _OWN_PREDICATE.fullmatch(text[trigger.end : mentions[i].start])
            )
        ]
        if _PAST_TENSE.match(trigger.word):
            # "when the writers walked out": a past act never takes "in the coming weeks"
            # ("over the next 100 days" counted from a past date is fine)
            allowed = [
                i
                for i in allowed
                if mentions[i].kind != "coming" or (i in ranges and ranges[i].end < published)
            ]
        if _ENDED_AFTER.match(text, trigger.end):
            # "will stay out until next Wednesday, ... after talks broke up": the talks are past
            allowed = [i for i in allowed if not (i in ranges and ranges[i].start > published)]
        own = [(c, i) for c, i in ((cost(trigger, i), i) for i in allowed) if c is not None]
        if own:
            best = min(own)[1]
            if best in relational:
                best = _own_day_within(mentions, ranges, own, best)
            pairings.append(Pairing(trigger, best, False))
            pairings.extend(
                Pairing(trigger, other, False)
                for other in _coordinated(text, mentions, best, triggers)
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
            # "Vos, the commander who signed the accord, spoke on Friday": who a person is
            # tells no date of that deed
            and not any(
                b <= trigger.start < e and not b <= mentions[i].start < e for b, e in identifying
            )
            and not any(  # "The FARC, founded in 1964 ..., fought a war"
                b <= mentions[i].start < e and not b <= trigger.start < e
                for b, e in inserts
                if _PARTICIPLE_INSERT.match(text, b) or _LIST_INSERT.match(text, b)
            )
            and i not in claimed_by_statements
            and i not in relational
            and not (
                mentions[i].start > trigger.end
                and _compared_since(text, trigger.end, mentions[i].start)
            )
            and not _counted_within(text, trigger, mentions[i])
            # "sign wage agreement; full timetable to resume on 9 June": the next clause's plan
            and not (
                mentions[i].start > trigger.end
                and _PLAN_CLAUSE_AFTER.search(text, trigger.end, mentions[i].start)
            )
            and not _is_possessive(text, mentions[i])
            and not _is_modifier_year(text, mentions[i])
            and not (
                mentions[i].start < trigger.start and _earlier_clause(text, mentions[i], trigger)
            )
            and not _occupied_between(trigger, mentions[i], occupiers)
            and not (mentions[i].start < trigger.start and _OWN_VERB_AFTER.match(text, trigger.end))
            and not (
                mentions[i].start > trigger.end
                and _TALKS_TOPIC.search(text, max(0, trigger.start - 100), trigger.start)
            )
            and not any(
                (b <= mentions[i].start < e) != _in_span(trigger, b, e) for b, e in complements
            )
        ]
        if free and not trigger.reference:
            best = min(free)[1]
            pairings.append(Pairing(trigger, best, True))
            # "had met thrice before — on 8, 12 and 15 February —": each listed day its own
            pairings.extend(
                Pairing(trigger, other, True)
                for other in _coordinated(text, mentions, best, triggers)
            )
    pairings.extend(_shared_by_clauses(text, triggers, mentions, pairings))
    pairings.extend(_elliptical(text, triggers, mentions, pairings, usable, relational))
    pairings.extend(_reported(text, triggers, mentions, ranges, pairings))
    return pairings


# a clause of its own, after a semicolon or dash, telling what is to come
_PLAN_CLAUSE_AFTER = re.compile(
    r"[;—–]\s*[^;—–]*\b(?:will|shall|to|due|expected|set)\b[^;—–]*$", re.IGNORECASE
)


_SUBJECT_CLAUSE = re.compile(
    r"(?:,\s*(?:and|while|whereas)|;|\band|\bwhile)\s+"
    r"(?!(?:then|also|later|again|subsequently|it|they|he|she|we|which|who|that|on|in|at|by|"
    r"from|after|before|during|for|since|until|no|none|not)\b)"
    r"(?P<subject>(?:[\w'’-]+\s+){1,5})$",
    re.IGNORECASE,
)
# "and the strikes killed twelve", "and two more were shot down": the same happening retold
_ANAPHORIC = re.compile(
    r"\b(?:the|these|those|that|this|its|their|his|her|such)\s+$|\b(?:more|others?|rest)\b",
    re.IGNORECASE,
)
# "and bombed", "and had shelled"; "a farmhouse was set ablaze": what was hit is no new attacker
_NO_NEW_AGENT = re.compile(
    r"^(?:(?:[a-z]+ed|had|has|have|was|were|then)\s+)+$|\b(?:was|were|been|being|not|never)\s+$",
    re.IGNORECASE,
)
# kinds whose same-day tellings in one sentence by different hands are different happenings;
# a truce that "held, and the rebels have not attacked since" is one state told twice
_CLAUSED_TYPES = ("strike", "movement", "protest")
_SUBORDINATE = re.compile(
    r",\s+(?:the\s+(?:first|second|last|only)\s+time|when|as|after|before|because|since|which|"
    r"who|where|while)\b",
    re.IGNORECASE,
)
_TO_BEFORE = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:due\s+|set\s+|expected\s+)?to|will|would)\s+$", re.IGNORECASE
)


def _is_predicate(text: str, trigger: Trigger) -> bool:
    """The trigger is its clause's verb ("shelled", "are to leave"), not a noun in it."""
    return bool(_PAST_TENSE.match(trigger.word) or _TO_BEFORE.search(text, 0, trigger.start))


def own_subject_clause(text: str, first: Trigger, second: Trigger) -> bool:
    """ "artillery shelled the ridge, and rebel mortar rounds hit the village", "troops are to
    leave the bases and the rebels are to move into camps": a second happening of the same kind
    told with a subject of its own is another happening, though on the same day. Not "shelled
    and bombed the town", "and then raided" or "and the strikes killed twelve"."""
    first, second = sorted((first, second), key=lambda t: t.start)
    return first.type == second.type and _new_subject_clause(text, first, second)


def _new_subject_clause(text: str, first: Trigger, second: Trigger) -> bool:
    """The later trigger is told in a clause with a subject of its own."""
    if (
        first.type not in _CLAUSED_TYPES
        or second.type not in _CLAUSED_TYPES
        or first.is_statement
        or first.end >= second.start
    ):
        return False
    if not _is_predicate(text, first):
        return False  # "reported heavy clashes ..., and army jets struck": one day's fighting
    clause = _SUBJECT_CLAUSE.search(text, first.end, second.start)
    if not clause or clause.start() == first.end:
        return False
    if _SUBORDINATE.search(text, first.end, clause.start()):
        return False  # "..., the first time paramedics and call handlers have walked out"
    subject = clause.group("subject")
    return not (
        _ANAPHORIC.search(subject)
        or _NO_NEW_AGENT.search(subject)
        or _SAME_GROUP.match(subject)
        or _CIRCUMSTANCE.search(subject)
    )


# "students gathered ..., and some chanted": part of the same crowd, not a new one
_SAME_GROUP = re.compile(
    r"(?:some|many|most|several|a few|few|all|both)(?:\s+of\s+them)?\s+$", re.IGNORECASE
)
# "two civilians were killed and nine wounded when mortar rounds landed": how the first came about
_CIRCUMSTANCE = re.compile(r"\b(?:when|as|after)\b", re.IGNORECASE)


_BOTH_BEFORE = re.compile(r"\b(?:both|all)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "told parliament on Tuesday ..., prompting deputies to walk out": what it set off, that day
_CONSEQUENCE = re.compile(
    r",\s+(?:prompting|forcing|leading|causing|sparking|triggering|provoking|driving)\s+"
    r"(?:[\w'’-]+\s+){1,6}?to\s+$",
    re.IGNORECASE,
)


def _shared_by_clauses(text, triggers, mentions, pairings) -> list[Pairing]:
    """ "On Monday rebels attacked a post and soldiers raided a camp", "troops are to leave and
    the rebels are to move, both by 31 January": a date opening the sentence, or one said to
    hold for both, dates each clause with a subject of its own."""
    paired = {p.trigger for p in pairings}
    extra = []
    for trigger in triggers:
        if trigger in paired or trigger.is_statement or trigger.modal or trigger.reference:
            continue
        for pairing in pairings:
            mention = mentions[pairing.mention]
            first, second = sorted((pairing.trigger, trigger), key=lambda t: t.start)
            opening = mention.start <= 3 and mention.end <= first.start
            both = mention.start >= second.end and _BOTH_BEFORE.search(text, 0, mention.start)
            set_off = second is trigger and _CONSEQUENCE.search(
                text, max(pairing.trigger.end, mention.end), trigger.start
            )
            if set_off or (
                (opening or both) and own_subject_clause(text, pairing.trigger, trigger)
            ):
                extra.append(Pairing(trigger, pairing.mention, True))
                break
            # "In August guards exchanged fire, and both sides rushed reinforcements": one date
            if opening and _new_subject_clause(text, first, second) and second is trigger:
                extra.append(Pairing(trigger, pairing.mention, True))
                break
            if second is trigger and _next_verb_of_subject(text, first, trigger, mention, mentions):
                extra.append(Pairing(trigger, pairing.mention, True))
                break
    return extra


# a verb joined to the one before by "and", an aside allowed: "met ... and, after an hour, signed"
_AND_THEN_VERB = re.compile(
    r"[^,.;:—–]{0,60}?\band(?:\s+(?:then|later))?(?:,[^,.;:]{1,40},)?\s*$", re.IGNORECASE
)


def _next_verb_of_subject(text, first: Trigger, second: Trigger, mention, mentions) -> bool:
    """ "On 16 July the commanders met on the bridge and, within the hour, signed a deal": the
    date told before the first verb dates each verb its subject goes on to, whatever kind of
    happening each tells."""
    return (
        mention.end <= first.start
        and bool(_PAST_TENSE.match(second.word))
        and bool(_AND_THEN_VERB.match(text, first.end, second.start))
        and not any(first.end <= m.start < second.start for m in mentions)
    )


def _own_day_within(mentions, ranges, own, relational_best: int) -> int:
    """ "less than 24 hours after Russia and Ukraine signed ... on Friday": the happening's own
    day, told after it and inside the relational span, is the finer date."""
    span = ranges.get(relational_best)
    days = [
        (c, i)
        for c, i in own
        if i > relational_best
        and mentions[i].kind in ("date", "weekday")
        and span is not None
        and i in ranges
        and span.start <= ranges[i].start <= ranges[i].end <= span.end
    ]
    return min(days)[1] if days else relational_best


def _relational_aside_end(text: str, mention: DateMention) -> int | None:
    if not re.search(r",\s*$", text[: mention.start]):
        return None
    closing = re.compile(r",\s").search(text, mention.end)
    return closing.start() if closing else None


def _relational_asides(text, mentions, relational) -> list[tuple[int, int]]:
    """ "On Monday, hours before the deal was announced, ...": a relational date set off by
    commas after an opening date, up to its closing comma."""
    asides = []
    for index in relational:
        mention = mentions[index]
        earlier = [m for m in mentions if m.end <= mention.start]
        end = _relational_aside_end(text, mention)
        if earlier and end is not None and not re.search(r"[.;:]", text[earlier[-1].end : end]):
            asides.append((mention.start, end))
    return asides


# "met rebel leaders on Tuesday and government ministers in Vell on Friday": the verb told once
_GAPPED_OBJECT = re.compile(r"\s*and\s+(?:[\w'’-]+\s+){1,6}?on\s+$")


def _gapped_object(text: str, previous_end: int, joint_start: int, mention: DateMention) -> bool:
    """A bare "and" right after the first date joins a second object told with its own date."""
    if text[previous_end:joint_start].strip():
        return False
    gap = text[joint_start : mention.start]
    return bool(_GAPPED_OBJECT.fullmatch(gap)) and not _FINITE.search(gap)


# a perfect of its own ("and the air force has flown"), not a relative clause's ("who had joined")
_PERFECT_OF_ITS_OWN = re.compile(
    r"(?<!\bwho )(?<!\bwhich )(?<!\bthat )\b(?:has|have|had)\s+(?:[a-z]+ly\s+)?(?!been\b)[a-z]+(?:ed|en|wn)\b",
    re.IGNORECASE,
)
# the subject's next deed told by its own verb and object ("and balloted members"), not the
# same happening going on ("and moved to Havana", "and resumed again")
_OTHER_DEED = re.compile(
    r",?\s*and\s+(?:then\s+)?(?-i:[a-z]+ed)\s+(?:(?:the|its|their|his|her|a|an)\s+)?"
    r"(?!(?:again|so|once|twice|more|to|in|on|at|into|from|for|with|through|across|until|"
    r"by|via|along|towards?|back|out|off|up|down|over|after|later|there|here)\b)(?-i:[a-z]+)\b"
)

# a new subject with its own verb and object: "and some 9,000 fighters handed in their weapons"
_NEW_SUBJECT_DEED = re.compile(
    r",?\s*and\s+(?:[\w,'’-]+\s+){1,4}?(?-i:[a-z]+ed)\s+(?:(?:in|over|up|out|back|off|down)\s+)?"
    r"(?:the|its|their|his|her|a|an)\s"
)


def _elliptical(text, triggers, mentions, pairings, usable, relational) -> list[Pairing]:
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
            and not _gapped_object(text, offset, offset + joint.start(), mention)
        ):
            continue  # a bare "and" joins a second happening only with its own verb
        clause_start = offset + joint.start()
        if any(
            clause_start <= t.start < mention.end
            # "on 21 July, after members voted": a comma parts the date from what follows
            or mention.end <= t.start < mention.end + 30
            and "," not in text[mention.end : t.start]
            for t in triggers
        ):
            continue
        if _PERFECT_OF_ITS_OWN.search(text, clause_start, mention.start):
            continue  # "and the air force has flown missions since May": another happening
        if _OTHER_DEED.match(text, clause_start):
            continue  # "held stoppages in July and balloted members in August": another deed
        if _NEW_SUBJECT_DEED.match(text, clause_start, mention.start):
            continue  # "withdrew in March, and rebels handed in their weapons in June"
        extra.append(Pairing(previous.trigger, index, True))
        # "the first on October 10 and the others on October 17 and October 26": each listed
        extra.extend(
            Pairing(previous.trigger, other, True)
            for other in _coordinated(text, mentions, index, triggers)
            if other not in used
        )
        used.update(p.mention for p in extra)
    return extra


# a telling in the past whose complement is a report of what happened, not an opinion or a charge
_REPORTING_VERB = re.compile(r"(?:said|told|announced|reported|confirmed|stated|added)\b", re.I)
# "said on Tuesday that rebels had shelled", "told reporters troops had withdrawn", "reported an
# exchange of fire": the reported happening's subject, at most eight words, then a past verb
_REPORTED_OPENING = re.compile(
    r"^(?:\s+(?-i:[a-z]+))?(?:\s+that)?\s+(?:[\w'’\",.-]+\s+){0,8}?"
    r"(?:(?:had|has|have|was|were)\s+(?:\w+ly\s+)?(?:been\s+)?)?$",
    re.IGNORECASE,
)
# "fierce fighting was under way": a happening noun with a predicate that tells it took place
_TOOK_PLACE_AFTER = re.compile(
    r"\s+(?:was|were|had been)\s+(?:under way|underway|raging|continuing)\b"
    r"|\s+(?:raged|erupted|broke out|flared|continued)\b",
    re.IGNORECASE,
)
# "reported an exchange of fire", "reported heavy shelling": the object is the happening itself
_REPORTED_OBJECT = re.compile(r"\s+(?:(?:an?|some|heavy|fresh|new|sporadic)\s+)?")
_CLAUSE_AFTER = re.compile(r"[;:—–]|,\s+(?:and|but|while|whereas)\b", re.IGNORECASE)
# the kinds of happening, as against what is only told (statement) or unclassed (other)
HAPPENINGS = ("meeting", "strike", "pause", "agreement", "movement", "protest")
_HIT = re.compile(r"\b(?:hit|shot|set off)$", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:had|has|have|was|were)\s+(?:\w+ly\s+)?(?:been\s+)?$", re.I)
_UNREAL = re.compile(
    # "said troops would withdraw", "said no shells had landed"; ", but ...": another clause
    r"\b(?:would|will|could|can|might|may|should|must|to|not|no|never|if|whether|any)\b"
    r"|,\s+(?:and|but|while|as|after|before|when)\b",
    re.I,
)
# "had shelled nothing": the happening itself is not told as done
_UNREAL_AFTER = re.compile(r"\s+(?:not|never|nothing)\b", re.I)
# "had agreed to deploy a joint force": what was agreed is still to come ("deployed to support
# the police" is done, its aim follows)
_AGREED_TO = re.compile(r"\s+to\s", re.I)
# "had captured more villages, a claim Kyiv did not confirm": the writer keeps it a claim
_UNVERIFIED = re.compile(
    r",\s+(?:a|an)\s+(?:claim|assertion|allegation)\b|\b(?:could not|cannot|can't) be "
    r"(?:independently )?(?:verified|confirmed)\b",
    re.IGNORECASE,
)
# "announced it was pulling out": a decision told in the progressive, not a done withdrawal
_DECIDED = re.compile(r"announced$", re.I)
_PROGRESSIVE = re.compile(r"\b(?:was|were)\s+\w+ing\b", re.I)


def _told_as_done(text: str, trigger: Trigger) -> bool:
    """ "had shelled", "troops withdrew", "fighting was under way": the happening took place."""
    return bool(
        _PAST_TENSE.match(trigger.word)
        or _PAST_TENSE.match(trigger.word.split()[-1])  # "rocket had been fired"
        or _HIT.search(trigger.word)  # "artillery hit its positions"
        or _PASSIVE_BEFORE.search(text, 0, trigger.start)
        or _TOOK_PLACE_AFTER.match(text, trigger.end)
    )


def _reported(text, triggers, mentions, ranges, pairings) -> list[Pairing]:
    """ "The army said on Tuesday that rebels had shelled its positions", "shepherds reported an
    exchange of fire on Friday": a happening reported as done, without a date of its own,
    happened by the day it was told."""
    paired = {id(p.trigger) for p in pairings}
    tellings = [
        p
        for p in pairings
        if p.trigger.is_statement
        and _REPORTING_VERB.match(p.trigger.word)
        and mentions[p.mention].start < p.trigger.end + 40
    ]
    extra = []
    for trigger in triggers:
        if id(trigger) in paired or trigger.type not in HAPPENINGS or trigger.modal:
            continue
        if trigger.reference:
            continue  # "said the strike was regrettable": an opinion of a known happening
        for telling in tellings:
            told = mentions[telling.mention]
            if told.end > trigger.start:
                continue
            between = text[telling.trigger.end : trigger.start]
            if told.start > telling.trigger.end:  # "said on Tuesday that": the date is no subject
                between = text[telling.trigger.end : told.start] + text[told.end : trigger.start]
            reported_object = telling.trigger.word.lower() == "reported" and bool(
                _REPORTED_OBJECT.fullmatch(between)
            )
            if not reported_object and not (
                _told_as_done(text, trigger) and _REPORTED_OPENING.match(between)
            ):
                continue
            if _UNREAL.search(between) or _UNREAL_AFTER.match(text, trigger.end):
                continue
            if trigger.type == "agreement" and _AGREED_TO.match(text, trigger.end):
                continue
            if _UNVERIFIED.search(text, trigger.end):
                continue
            if _DECIDED.match(telling.trigger.word) and _PROGRESSIVE.search(
                text, telling.trigger.end, trigger.end
            ):
                continue
            # "said troops would withdraw in March": a complement with a date of its own keeps it
            clause = _CLAUSE_AFTER.search(text, trigger.end)
            clause_end = clause.start() if clause else len(text)
            if any(
                i != telling.mention and telling.trigger.end < mention.start < clause_end
                for i, mention in enumerate(mentions)
                if i in ranges
            ):
                continue
            extra.append(Pairing(trigger, telling.mention, True))
            break
    return extra


def _in_span(trigger: Trigger, begin: int, end: int) -> bool:
    # "refused to leave the plant": a trigger that takes in the "to" is inside its complement
    return begin <= trigger.start < end or trigger.start <= begin < trigger.end


def _is_possessive(text: str, mention: DateMention) -> bool:
    return mention.text.endswith(("'s", "’s")) or text.startswith(("'s", "’s"), mention.end)


_AFTER_SUBJECT = re.compile(r"\b(?:after|before)\s+(?:(?!a\b|an\b|the\b)[\w'’-]+\s+){1,3}$", re.I)


def _earlier_clause(text: str, mention: DateMention, trigger: Trigger) -> bool:
    """A year, then "after rebels overran ...": the clause tells what came before, in that year
    or earlier; a day ("on Monday after protesters stormed it") is shared."""
    return (
        mention.kind in ("year", "year_range", "decade")
        and bool(_PAST_TENSE.match(trigger.word) or trigger.word.lower() == "overran")
        and bool(_AFTER_SUBJECT.search(text, mention.end, trigger.start))
    )


def _heads(text: str, mention: DateMention, trigger: Trigger) -> bool:
    """ "the 2011 budget protests", "the 1988-94 conflict": the trigger heads the noun phrase
    the year qualifies."""
    return trigger.start >= mention.end and bool(
        re.fullmatch(
            r"\s+(?:(?!(?:and|or|but|of|in|on|at|to|for|with|by|from|that|which|was|"
            r"were|is|are|has|have|had)\s)[\w-]+\s+){0,2}",
            text[mention.end : trigger.start],
        )
    )


def _is_modifier_year(text: str, mention: DateMention) -> bool:
    return (
        mention.kind in ("year", "year_range")
        and bool(_MODIFIER_YEAR_BEFORE.search(text, 0, mention.start))
        and re.match(r"\s+[a-z]", text[mention.end :]) is not None
    )


def _is_participle(text: str, trigger: Trigger) -> bool:
    """ "left on Wednesday, accusing the rebels": the telling shares the clause's date."""
    return trigger.word.endswith("ing") and text[: trigger.start].rstrip().endswith(",")


def _is_light_object(text: str, trigger: Trigger, other: Trigger) -> bool:
    """ "agreed a ceasefire", "launched an offensive": the object names the same happening."""
    if other.start < trigger.end:
        return False
    if _TALKS_TOPIC.match(text, trigger.start, other.start):
        return True  # "talks on renewing the fishing deal broke up": the deal is their topic
    if trigger.is_statement:
        # "announced the deal last Wednesday": the telling and the deal share the date
        return trigger.word.lower().startswith("announc") and (
            len(text[trigger.end : other.start].split()) <= 2
        )
    if other.word.endswith("ed") and not text[trigger.end : other.start].strip():
        return True  # "a ceasefire agreed in Minsk": the participle tells the same happening
    if not _PAST_TENSE.match(trigger.word):
        return False
    return len(text[trigger.end : other.start].split()) <= 5


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


_CALENDAR_KINDS = frozenset(["date", "month", "month_year", "iso", "day_month"])


def _coordinated(text: str, mentions: list[DateMention], index: int, triggers=()) -> list[int]:
    """Mentions joined to ``index`` by "and"/"or" ("summits in 2000 and 2007"), not the date
    opening a clause with its own happening ("met on Monday, and on Tuesday they signed")."""
    joined = []
    current = index
    while current + 1 < len(mentions) and (
        mentions[current + 1].kind == mentions[index].kind
        # "two swaps, in October and on 3 January": a month and a day are listed alike
        or {mentions[current + 1].kind, mentions[index].kind} <= _CALENDAR_KINDS
    ):
        following = mentions[current + 1]
        gap = text[mentions[current].end : following.start]
        joined_inside = not gap.strip() and following.text.startswith(("and ", "or "))
        if not (_COORDINATED.match(gap) or joined_inside):
            break
        if "," in gap and any(
            # "without a deal" after the list opens no happening of its own
            0 <= t.start - following.end <= 30 and not t.is_statement and not t.modal
            for t in triggers
        ):
            break
        current += 1
        joined.append(current)
    return joined
