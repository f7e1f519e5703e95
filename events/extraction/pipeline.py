"""The extractor: sentences -> date expressions and triggers -> paired, dated events -> merged.

Per sentence: find the date expressions (dates.py) and the triggers (triggers.py), resolve the
expressions (anchored ones against what the article has told so far), pair each trigger with its
date (pairing.py) and build the events; then fold retellings of one happening together
(merging.py). Work is sentence by sentence, so memory stays bounded by the number of events, not
by the length of the text.
"""

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from .casualties import count_killed
from .dates import (
    NUMBER_WORDS,
    ORDINAL_WORDS,
    UNIT_DAYS,
    DateMention,
    find_dates,
    resolve,
    shift_date,
)
from .language import looks_english
from .merging import (
    ANOTHER_KINDS,
    MAX_KEPT,
    SAME_DAY_OTHER,
    TOLD_AS_ANOTHER,
    fold_headline,
    merge_events,
)
from .names import NameFinder
from .pairing import HAPPENINGS, Pairing, fronted_since, own_subject_clause, pair
from .sentences import Sentence, split_sentences
from .triggers import QUIET_SPELL_ENDED, Trigger, find_triggers, is_labour_text
from .types import DateRange, ExtractedEvent, ExtractionError, KnownNames, Passage

EXTRACTOR_VERSION = "1.5.0"

_FUTURE = re.compile(
    r"\b(?:will|won't|shall|must|has to|have to|is to|are to|is due|are due|due to|expected|"
    r"(?:is|are) supposed to|"
    r"scheduled|set to|"
    # "a reform that would have raised VAT": what did not come about, nothing ahead
    r"would(?!\s+have\s+(?:been\b|[a-z]+(?:ed|en)\b))|(?<!\ba )(?<!\bthe )(?<!\bits )(?<!\btheir )plans?"
    # "the truce plan was announced on Saturday": the plan is the subject of a past passive
    r"(?!\s+(?:was|were|had been)\s+(?!due\b|set\b|expected\b|scheduled\b)[a-z]+(?:ed|en)\b)|"
    r"planned|planning|to be held|upcoming|going to|"
    r"to (?-i:resume|meet|begin|start|"
    r"hold|visit|sign|travel|vote|return|open|hear|debate|reopen|strike|walk out|march|protest|"
    r"rally|stage|gather|stop work|close|shut|send|deploy|withdraw|pull out|pull back))\b|\bdue on\b|'ll\b",
    re.IGNORECASE,
)
_TOLD_BEFORE = re.compile(
    r"\b(?:said|told|announced|reported|added|stated|declared|confirmed|warned|threatened|vowed|"
    r"called|urged|demanded|appealed|asked|"
    r"pledged|promised|agreed|decided|voted)\s+(?:(?:\w+\s+)?(?:on|late on|early on|last)\s+|"
    r"\w+\s+)?$",
    re.IGNORECASE,
)
_WENT_AHEAD_BEFORE = re.compile(
    r"\b(?:went ahead|took place|happened|was held|were held|was completed|were completed)\s+$",
    re.IGNORECASE,
)
# "the pause, agreed on 8 March, took effect" (a "pause in its coverage" is no truce)
_TRUCE_NOUN = re.compile(
    r"\b(?:ceasefire|cease-fire|truce|armistice|pause(?!\s+in\b))\b", re.IGNORECASE
)
_CALLED_PROTEST_BEFORE = re.compile(
    r"\b(?:called|calling|calls|call)\s+(?:for\s+)?(?:a|an|fresh|new|more|further|another)?\s*"
    r"(?:[\w-]+\s+){0,2}?(?:march|marches|protests?|rally|rallies|strike|strikes|walkout|"
    r"demonstrations?|stoppage)\s+(?:on|for)\s+$",
    re.IGNORECASE,
)
# "have invited both delegations back to Geneva for a second round on 16 March": the round
# the guests are asked to is ahead
_INVITED_BEFORE = re.compile(
    r"\b(?:invited|invites|inviting|invite)\s+(?:[\w'’-]+\s+){1,8}?(?:to|for)\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:on|from|starting on|beginning on)\s+$",
    re.IGNORECASE,
)
_ACCUSED_OF = re.compile(
    r"\baccus\w*\s+(?:[\w'’-]+\s+){0,5}?of\s+[a-z]+ing\b[^.;]*$", re.IGNORECASE
)
# "blamed the army for Wednesday's attack", "claimed responsibility for Monday's bombing": a
# deed answered for is done, not a date set "for" ahead
_ANSWERED_FOR = re.compile(
    r"\b(?:blamed|blames|blaming|responsibility|responsible|apologi[sz]ed|apologi[sz]es|"
    r"condemned|condemns|punished|arrested|detained|jailed|sentenced|charged|compensation|"
    r"retaliation|revenge|credited)\s+(?:[\w'’-]+\s+){0,4}?for\s+$",
    re.IGNORECASE,
)
_PAST_VERB = (
    r"(?<!\bbe )(?<!\bbeen )(?<!\bwill )(?<!\bto )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )"
    # "is due to discuss it in a closed session on Friday": after an article, an adjective
    r"(?<!\ba )(?<!\ban )(?<!\bthe )"
    r"\b(?:met|held|began|struck|withdrew|fought|took place|broke(?: down| out)?|fell|came|went|"
    r"won|lost|left|sent|took|gave|fled|shot|hit|spoke|sat|flew|drove|ran|saw|led|stood|wrote|"
    r"brought|sought|swept|overran|rode|threw|blew|tore|"
    r"(?!expected|scheduled|planned|slated|proposed|needed|intended|supposed|required|"
    r"designed|timed|poised|prepared|invited|asked|urged|ordered|allowed|called|billed|"
    # "will hand the base over to the armed forces on Saturday": an adjective, not a verb
    r"armed\b)"
    r"[a-z]+ed)"
)
_PAST_VERB_BEFORE = re.compile(
    _PAST_VERB + r"\s+"
    # "held talks with Voss in the capital, Lidz, on Monday": possessives and an apposition
    r"(?:(?!(?:would|will|shall|that)\b)[\w'’-]+,?\s+){0,10}?(?:on|in|last|early on|late on|from|between)\s+$",
    re.IGNORECASE,
)
_PAST_VERB_AFTER = re.compile(_PAST_VERB + r"\b", re.IGNORECASE)
_PAST_VERB_RIGHT_BEFORE = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bwill )(?<!\bto )\b(?:met|held|began|struck|fought|took place|"
    r"withdrew|[a-z]+ed)\s+$",
    re.IGNORECASE,
)
_TOLD_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:said|told|announced|reported|added|stated|declared|confirmed|warned|"
    r"rejected|accused|denied)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r"[;—–]|[,:](?=\s)|\b(?:that|which|who|whom|whose|how)\b|\s-\s", re.IGNORECASE
)
_DATELINE = re.compile(r"^\s*(?:\(|[,A-Za-z .]*\)\s*)?(?:\([^)]*\)\s*)?[—–-]")
_LABEL_BEFORE = re.compile(
    r"^\W*(?:Date|Updated|Published|Posted|Last updated|Ref|Dated)\s*:?\s*$", re.IGNORECASE
)
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:\w+est|most\s+\w+|first|last|only|worst|biggest)\s+(?:[\w'’-]+\s+){0,6}?since\s+$",
    re.IGNORECASE,
)
# "the deadliest attack in the province this year", "their second walkout this year": a tally
_TALLY_BEFORE = re.compile(
    r"\b(?:\w+est|most\s+\w+|first|second|third|fourth|fifth|sixth|only|worst|biggest)\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:so\s+far\s+)?$",
    re.IGNORECASE,
)
_THIS_PERIOD = re.compile(r"(?:this|so far this)\s+(?:year|month)$", re.IGNORECASE)
# "11 days of strikes called so far this year": a count, whatever precedes it
_SO_FAR = re.compile(r"\bso\s+far\s+(?:this\s+(?:year|month)\s*)?$", re.IGNORECASE)
_PAST_DURATION = re.compile(
    r"\b(?:lasted|continued|ran|remained|stayed|went on|held|persisted|raged)\s+(?:[\w-]+\s+){0,2}"
    r"(?:until|till)\s+$",
    re.IGNORECASE,
)
_REACHED_BY_THEN = re.compile(
    r",?\s+(?:[\w'’-]+\s+){0,6}?had\s+(?!to\b|been\s+(?:due|expected|set|told|asked|given)\b)"
    r"(?:\w+ly\s+)?(?:[a-z]+ed|[a-z]+en|met|left|fled|held|sent|won|lost|built|fought|swept|"
    r"begun|come|gone|taken|struck)\b",
    re.IGNORECASE,
)
_HANDOVER = re.compile(
    r"\b(?:hand(?:ed|s|ing)? (?:back|over)|withdraw|pull (?:out|back)|vacate|evacuate|"
    r"leave|return|"
    # an arrival due by a day: "a second brigade is due to arrive in the town by Friday"
    r"arrive|deploy|be deployed|be in place|"
    # a pullback to finish by a day: "to pull heavy weapons back 20 km by Jan. 18", "complete
    # their withdrawal by October 15", "the rest of the battalion will follow by January 31"
    r"withdrawal|(?:pull|move) (?:[\w-]+ ){1,3}back|will follow)\b",
    re.IGNORECASE,
)
_DEADLINE_AFTER = re.compile(r"^\s+as\s+(?:the|a)\s+deadline", re.IGNORECASE)
_NAMES_A_DEADLINE = re.compile(r"^(?:['’]s)?\s+deadline\b", re.IGNORECASE)
_SUBJECT_REFERENCE = re.compile(
    r"^\s*(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s+$"
)
_CLOCK_THEN_DAY = re.compile(r"[\s.,]*(?:local time\s+|GMT\s+)?(?:on\s+)?")
# a clause with no verb of its own: it takes the tense of the clause before
_WITH_PARTICIPLE = re.compile(r"\s*with\s+(?:[\w'’-]+\s+){1,6}?[a-z]+ing\b", re.IGNORECASE)
_PAST_PERFECT_BEFORE = re.compile(
    r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?[a-z]+(?:ed|en|t)\b(?:\s+[\w'’-]+){0,8}?\s+(?:on|in)\s+$",
    re.IGNORECASE,
)
_YEARS_OR_MONTHS = re.compile(r"\b(?:years?|months?)\b", re.IGNORECASE)
# "The truce has largely held since.": the story has come up to now
_HELD_SINCE = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+\s+(?:ever\s+)?since\s*[.,;]", re.IGNORECASE
)
_OPENING_DATE = re.compile(r"\W*(?:on|from|by|next|this|early|late)?\s*", re.IGNORECASE)
# a plan seen from the past, outside reported speech, is a past time: "it was due to run out"
_PLAN_IN_THE_PAST = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:due|scheduled|set|expected)\s+to$", re.IGNORECASE
)
_REPORTING = re.compile(r"\b(?:said|says|told|announced|reported|according to)\b", re.IGNORECASE)
_AROUND_THE_TOLD_DAY = re.compile(r"\bthe\s+(previous|preceding|following|next)\s+$", re.I)
_PRONOUN_SUBJECT = re.compile(r"^\s*(?:It|This|That)\s+(?:came|comes|was|followed|happened)\s+$")
_DEFINITE_NP = re.compile(
    r"\s*(?:the|this|that|its|their)\s+((?:[\w-]+\s+){0,3}?[\w-]+)", re.IGNORECASE
)
_ANCHOR_CLAUSE_REACH = 50
_OPENING_ANCHOR_CLAUSE = re.compile(r"[^,;.—–]{0,60},")
_ANCHOR_NP = re.compile(r"\s*(?:the|this|that|its|their)\s+((?:[\w-]+\s+){0,3}[\w-]+)", re.I)
_NAMED_HAPPENING = re.compile(
    r"\b(?:before|after|during|at|following|since|ahead of)\s+the\s+([a-z]+)\b"
)
_DURATION = re.compile(
    r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:consecutive\s+|straight\s+|full\s+)?"
    r"(?:days?|nights?)\s+(?:of|in\s+[\w\s]{0,20}?holding|holding)\s+(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_NTH_DAY_OF = re.compile(
    r"\b(?:a|the|its|their)\s+(second|third|fourth|fifth|sixth|seventh)\s+"
    r"(?:straight\s+|consecutive\s+|full\s+)?day\s+of\s+(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_FOR_DURATION = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?for\s+(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(hours|days)\b",
    re.IGNORECASE,
)
_BEGAN = re.compile(r"^\s*(?:that|which)?\s*(?:began|started|opened|beginning|starting)\b")
# "the two-day summit, which ended on Monday": the date told is the last day
_ENDED = re.compile(
    r"^(?:[^,.;]{0,40}?\b(?:that|which)|\s*,\s*(?:that|which))?\s*"
    r"(?:ended|closed|concluded|finished|wrapped\s+up|broke\s+up)\b"
)
_NTH_PERIOD = re.compile(
    r"\b(?:(?:entered|enters|entering|into)(?:\s+(?:its|their))?|(?:on|in|beginning)\s+(?:its|their)|"
    r"for\s+(?:a|the))\s+"
    r"(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:(?:straight|consecutive|successive|full)\s+)?(day|week|month)\b",
    re.IGNORECASE,
)
# "Cranes stood idle for a seventh straight day on Monday as a strike ...": told before the state
_NTH_PERIOD_BEFORE = re.compile(_NTH_PERIOD.pattern + r"[^.;—–]{0,100}$", re.IGNORECASE)
_STATE_START = re.compile(
    r"\b(?:took effect|taking effect|came into force|entered into force|came into effect|began|started|took hold|"
    r"has held|has (?:largely|mostly|broadly) held|"
    # "had been detained at a protest last weekend" tells what befell people there, not a state
    r"(?:have|has|had) been(?!\s+(?:\w+ly\s+)?(?:arrested|detained|held|injured|hurt|wounded|killed|"
    r"charged|fined|jailed|questioned|dispersed)\b)|continu\w+|remains?|still)\b",
    re.IGNORECASE,
)
_OPEN_TYPES = ("pause", "protest")
_QUIET_SINCE_THEN = re.compile(
    r"[^.;]{0,80}?\bsince(?:\s+then|\s+that\s+(?:date|day|time))?\s*(?:[.,;]|$)", re.I
)
_EVER_SINCE = re.compile(
    r"\b(?:have|has)\s+(?:[\w-]+\s+){1,4}(?:ever\s+)?since\s*(?:[.,;]|$)", re.I
)
_STATE_BEGAN = re.compile(
    r"\b(?:began|started|took (?:effect|hold)|came into (?:force|effect)|entered into force|"
    r"went into effect)\b",
    re.IGNORECASE,
)
_GONE_ON_SINCE = re.compile(
    r"[^.;]{0,80}?\b(?:has|have)\s+(?:\w+\s+)?(?:continued|gone on|persisted|carried on)\b"
    r"(?:\s+[\w-]+){0,4}?\s+(?:since|ever since)\s*(?:[.,;]|$)",
    re.IGNORECASE,
)
_LONG_AGO = timedelta(days=365)
_STARTING_BEFORE = re.compile(
    r"\b(?:starting|beginning|effective|taking effect|to (?:start|begin|take effect)|"
    r"(?:that|which) (?:would |will )?(?:start|begin|take effect)s?)\s+"
    r"(?:at\s+[\d:.]+\s*(?:[ap]\.?m\.?|GMT|UTC|local time|hours)?\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
_NEXT_DAY_JOIN = re.compile(r"\s*(?:and|to|through|-|–)\s*(?:on\s+)?")
_LASTED = re.compile(
    r"[^;]{0,40}?\blasted\s+(?:only\s+|barely\s+|just\s+|less than\s+|nearly\s+|about\s+|"
    r"almost\s+)?(\d+|two|three|four|five|six|seven|eight|nine|ten|a)\s+(day|week|month)s?\b",
    re.IGNORECASE,
)
_SPAN_BEFORE = re.compile(
    r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten)-(hour|day)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_STILL = re.compile(
    r"\b(?:has|have)\s+(?:\w+\s+)?(?:held|been|continued|remained)\b|\bsince\b|\bstill\b|"
    r"\bremains?\b|\bongoing\b",
    re.IGNORECASE,
)
_PARTICIPLE_ASIDE = re.compile(
    r",\s+(?:agreed|brokered|signed|reached|negotiated|mediated|declared|announced)\b[^;:,—–]{0,120},"
)
_TOOK_EFFECT = re.compile(
    r"\b(?:took effect|taking effect|takes effect|came into (?:force|effect)|entered into force|took hold|"
    r"went into effect|began|started|(?:has|have) (?:largely |mostly |broadly )?held|"
    r"(?:is|are|remains?) (?:still )?(?:holding|in force|in place))\b",
    re.IGNORECASE,
)
_NAME_BEFORE_YEAR = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?!(?:In|Since|By|Until|Till|From|The|Of|During|Before|After|Early|Late|"
    r"Mid|Spring|Summer|Autumn|Fall|Winter|Christmas|Easter|Ramadan|Eid|Lent|Through|Throughout|"
    r"Between|And|Or|To|On|At|For)\s)(?-i:[A-Z][a-z]+)\s+$"
)
# "in Accra, Ghana, on Saturday", "is due in the capital, Tarvos City, on Monday": the commas
# around a name in apposition close no clause
_PLACE_APPOSITION = re.compile(
    r"\b[\w'’.-]+(,)\s+(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){0,2}(,)\s"
)
# "security has been tightened ahead of Wednesday's march": what is prepared for now lies ahead
_PREPARED_AHEAD_OF = re.compile(
    r"\b(?:has|have|is|are)\s+(?:[\w'’-]+\s+){0,10}?ahead of\s+(?:the\s+)?$", re.IGNORECASE
)
_AND_FUTURE = re.compile(
    r"\s(?:and|but)\s+(?:then\s+|also\s+)?(?:will|is due|are due|plans|is expected|is set)\b",
    re.IGNORECASE,
)
_TRUCE_OUTCOME = re.compile(
    r"\b(?:lasted|had held|held (?:only|until|for)|collapsed|broke down|crumbled|unravell?ed|"
    r"(?:was|were) (?:broken|violated|shattered))\b",
    re.IGNORECASE,
)
RECENT_ANCHORS = 200
_ENDING = re.compile(
    r"(?<![\w-])(?:ended(?! up\b)|ends|ending|lapse|lapses|lapsed|expires?|expired|(?:was|were) lifted|"
    r"called off|(?:was|were) suspended|runs? out|ran out|collapsed|broke down|c[oa]mes? to an end|"
    # a told end ahead or missed: "the strike is due to end on Sunday", "had been due to end"
    r"(?:to|will|would|shall)\s+end|(?:due|set|scheduled)\s+to\s+(?:run|last|continue)\s+until|"
    # a new end: "the union extended the walkout until 30 October"
    r"extend(?:s|ed|ing)?\s+(?:the\s+|their\s+|its\s+)?(?=[\w-]+\s+(?:to|until|till)\b))",
    re.IGNORECASE,
)
# the day a visitor left: the visit is dated by its arrival, told earlier in the sentence
_LEFT_FOR_HOME_BEFORE = re.compile(
    r"\b(?:flew|flies|fly|returned|returns|headed|went|travelled|traveled)\s+(?:back\s+)?home\s+"
    r"(?:on|late\s+on|early\s+on)?\s*$|\b(?:left|departed|leaves|departs)\s+(?:\w+\s+)?"
    r"(?:on|late\s+on|early\s+on)?\s*$",
    re.IGNORECASE,
)
_STATE_TYPES = ("pause", "protest")
_ENDED_BEFORE = re.compile(
    r"\bbefore\s+(?:it\s+)?(?:collaps|break|broke|end|crumbl|unravel|fall|fell|fizzl)\w*"
    r"(?:\s+(?:down|apart|out))?\s+(?:on|in|at)?\s*$",
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
    reports: set[int] = field(default_factory=set)  # indexes of events that tell how one goes on
    last_date: date | None = None
    last_day: tuple[date, int] | None = None  # the last single day told, and its sentence
    last_coarse: bool = False  # the last date told was a whole month or year ("in 2007")
    written_year: int | None = None  # the last year written out: "the 2014 protests ... that year"
    narrative_year: int | None = None  # a feature about 1995: yearless dates are in 1995
    label: DateRange | None = None  # "Saturday: ..." heading a paragraph dates all of it
    section: DateRange | None = None  # a line "Last Saturday" heading a live blog's section
    day_section: DateRange | None = None  # the live blog's day under which timestamps fall
    liveblog: bool = False  # entries stamped "15:50 — ...": undated ones are of their day
    stamped: bool = False  # the current label is a live blog entry's time stamp
    timeline: bool = False  # entries under dated headings ("20 July 2015", "October 2012")
    # "In 2019 ... On 12 November, troops fired": the last old year told, and sentences since
    recent_year: int | None = None
    recent_age: int = 0
    in_present: bool = False  # the story has come back to the time of publication
    scene: "_Scene | None" = None  # the dated happening the last sentence told
    sentences: int = 0
    dated: tuple[int, int] | None = None  # (sentence, paragraph) of the last one with a date

    def tell(
        self, words: str, event_type: str | None, start: date, exact: bool, opens: bool = False
    ) -> None:
        self.told.append((_stems(words), event_type, start, exact, opens))
        del self.told[:-RECENT_ANCHORS]

    def refers_to_told(self, noun_phrase: str) -> bool:
        stems = _stems(noun_phrase)
        return any(told & stems for told, *_ in self.told)

    def anchor_for(self, noun_phrase: str, state_start: bool = False) -> date | None:
        """The date of the latest happening the phrase ("the meeting", "the truce") refers to:
        a single day told with the same word, else one of the same kind, else any telling with
        the word, else the latest date. ``state_start`` ("since the truce took effect"): the
        state's own start wins over an earlier deal or a later report naming it."""
        stems = _stems(noun_phrase)
        triggers = find_triggers(noun_phrase, self.labour)
        wanted = triggers[-1].type if triggers else None
        told = list(reversed(self.told))
        tests = [lambda words, kind, exact: exact and words & stems and kind == wanted]
        if state_start and wanted is not None:
            tests.append(lambda words, kind, exact: words & stems and kind == wanted)
            tests.append(lambda words, kind, exact: exact and kind == wanted)
        tests += [
            lambda words, kind, exact: exact and words & stems,
            lambda words, kind, exact: exact and wanted is not None and kind == wanted,
            lambda words, kind, exact: words & stems,
            lambda words, kind, exact: wanted is not None and kind == wanted,
        ]
        for test in tests:
            for words, kind, start, exact, opens in told:
                if test(words, kind, exact or (state_start and opens)):
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
    r"\b((?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ])?\w+)\s+years\s+ago\s+"
    r"(?:today|this week|this month)\b",
    re.IGNORECASE,
)


def narrative_year(text: str, published: date) -> int | None:
    """The year an anniversary piece is about ("Twenty years ago today, ..."), when it is not
    this year. Other old years are told where they are ("In 1995, ..."): see ``_note_years``;
    a year that merely recurs in background ("since October 2006") sets no narrative.
    """
    ago = _YEARS_AGO_TODAY.search(text[:20000])
    if ago:
        # "Twenty-five years ago today": a compound counts whole, not by its last word
        words = re.split(r"[- ]", ago.group(1).lower())
        count = sum(int(w) if w.isdigit() else NUMBER_WORDS.get(w, 0) for w in words)
        if count > 1:
            return published.year - count
    return None


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
    article.liveblog = len(_TIMESTAMP_LINE.findall(text[:20000])) >= 2
    article.timeline = _is_timeline(text)
    paragraph = -1
    for sentence in split_sentences(text):
        if len(sentence.text) > 5000:  # not prose (a table, a dump): nothing to read here
            continue
        if _is_heading(sentence.text) or _is_entry_headline(sentence.text, article):
            article.section = _section_date(sentence.text, article)
            stamp = article.liveblog and bool(_TIMESTAMP.match(sentence.text))
            article.stamped = stamp
            if article.section and not stamp:
                article.day_section = article.section
            if article.section:
                if article.section.precision == "day" or article.timeline:
                    # "a month later" in a chronology counts from the entry's own date
                    article.last_date = article.section.start
                continue
        if sentence.paragraph != paragraph:
            paragraph = sentence.paragraph
            label = _paragraph_label(sentence.text, article)
            if label:
                article.stamped = article.liveblog and bool(_TIMESTAMP.match(sentence.text))
            article.label = label or article.section
        article.sentences += 1
        article.events.extend(_sentence_events(sentence, article))
        article.events.extend(_quiet_spell(sentence, article))
    merged = merge_events(article.events, frozenset(article.endings), frozenset(article.reports))
    headline_end = text.find("\n")
    return fold_headline(merged, headline_end) if headline_end > 0 else merged


_SPELL = (
    r"for\s+(?:(?:about|nearly|almost|more than|some|over|the next)\s+)?(?:a\s+(?=few\b))?(\w+)\s+"
    r"(years?|decades?)"
)
_QUIET = (
    r"(was|were|remained|stayed|had been|had remained|has been|have been|has remained|"
    r"have remained)\s+(?:largely\s+|mostly\s+|relatively\s+|broadly\s+)?(?:quiet|calm|peaceful)\b"
)
_QUIET_SPELL = re.compile(
    rf"\b{_SPELL}\s*,?\s+(?:(?!and\b|but\b)[\w'’-]+\s+){{1,4}}?{_QUIET}|\b{_QUIET}\s+{_SPELL}\b",
    re.IGNORECASE,
)


def _quiet_spell(sentence: Sentence, article: _Article) -> list[ExtractedEvent]:
    """ "For three decades the border was quiet": a pause running from the last date the story
    told (or, "has been quiet for two years", up to now) for about that long."""
    match = _QUIET_SPELL.search(sentence.text)
    if not match:
        return []
    count, unit, verb = (
        match.group(1, 2, 3) if match.group(1) else (match.group(5), match.group(6), match.group(4))
    )
    years = NUMBER_WORDS.get(count.lower()) or (int(count) if count.isdigit() else 0)
    years *= 10 if unit.lower().startswith("decade") else 1
    if not 0 < years <= 100:
        return []
    published = article.published
    if verb.lower().startswith(("has", "have")):
        start = shift_date(published, -years, "year")
        date_range = DateRange(start, published, "approximate", match.group(), True)
    elif article.last_date and article.last_date < published:
        end = min(shift_date(article.last_date, years, "year"), published)
        date_range = DateRange(article.last_date, end, "approximate", match.group())
    else:
        return []
    actors, location = article.names.find(sentence.text)
    return [
        ExtractedEvent(
            type="pause",
            title=_title(sentence.text),
            date=date_range,
            evidence=(Passage(sentence.text, sentence.start, sentence.end),),
            actors=tuple(actors),
            location=location,
            confidence=0.4,
            date_texts=(match.group(),),
        )
    ]


# "There has been no serious violence since.", "no attacks since then": from the last date told
_SINCE_THEN = re.compile(r"\b(?:ever\s+)?since(?:\s+then)?\s*(?:[.;!]|$)", re.IGNORECASE)


def _quiet_since_then(sentence: Sentence, article: _Article) -> list[ExtractedEvent]:
    """A halt told with a bare "since": an open pause from the story's last date until now."""
    since = _SINCE_THEN.search(sentence.text)
    start = article.last_date
    if not since or start is None or start >= article.published:
        return []
    halts = [
        t
        for t in find_triggers(sentence.text, article.labour)
        if t.type == "pause" and not t.blocked and t.end <= since.start()
    ]
    if not halts:
        return []
    actors, location = article.names.find(sentence.text)
    date_range = DateRange(start, article.published, "day", since.group(), True)
    return [
        ExtractedEvent(
            type="pause",
            title=_title(sentence.text, halts[0]),
            date=date_range,
            evidence=(Passage(sentence.text, sentence.start, sentence.end),),
            actors=tuple(actors),
            location=location,
            confidence=0.4,
            date_texts=(since.group(),),
        )
    ]


def _sentence_events(sentence: Sentence, article: _Article) -> list[ExtractedEvent]:
    text = sentence.text
    mentions = [
        _not_until_is_when(text, m) for m in find_dates(text) if not _is_false_mention(text, m)
    ]
    _note_years(article, mentions, text)
    if not mentions:
        # "The trouble began late on Friday. Three guards were killed.": in a live blog's
        # entry, a sentence right after a dated one goes on with it, not with the stamp
        goes_on = article.stamped and article.dated == (article.sentences - 1, sentence.paragraph)
        if article.label and not goes_on:
            article.scene = None
            return _labelled_events(sentence, article)
        return _continued_events(sentence, article) or _quiet_since_then(sentence, article)
    article.dated = (article.sentences, sentence.paragraph)
    previous, article.scene = article.scene, None
    triggers = [
        t
        for t in find_triggers(text, article.labour)
        # "It came into force at noon": the truce the sentence before told, nothing else
        if not t.word.startswith("It ") or (previous and _TRUCE_NOUN.search(previous.text))
    ]
    if all(t.modal for t in triggers):
        told = _remember_dates(article, mentions, text)
        article.scene = _bare_scene(sentence, {}, told, article)
        return []
    ranges, reference_spans, relational, anchor_dates = _resolve_mentions(text, mentions, article)
    triggers = [
        _relational_target(t, mentions, relational)
        for t in triggers
        if not any(begin <= t.start < end for begin, end in reference_spans)
    ]
    triggers = _without_passive_subjects(text, triggers)
    triggers = _without_outbreak_told_by_when(text, triggers)
    pairings = pair(text, triggers, mentions, ranges, relational, article.published)
    pairings = _repair(text, triggers, mentions, pairings)
    pairings = [_outside_anchor_clause(p, mentions, anchor_dates) for p in pairings]
    pairings = _without_dates_owned_by_others(text, triggers, mentions, pairings)
    events: dict[tuple, ExtractedEvent] = {}
    told_by: dict[tuple, tuple[Trigger, int]] = {}
    for pairing in pairings:
        date_range = ranges.get(pairing.mention)
        if date_range is None:
            continue
        trigger = pairing.trigger
        mention = mentions[pairing.mention]
        if trigger.type == "meeting" and _LEFT_FOR_HOME_BEFORE.search(text, 0, mention.start):
            # "arrived on Wednesday for a three-day visit and flew home on Friday": the arrival
            if any(p.trigger == trigger and p.mention < pairing.mention for p in pairings):
                continue
            arrival = [i for i in ranges if mentions[i].end <= trigger.start]
            if arrival:
                date_range, mention = ranges[arrival[-1]], mentions[arrival[-1]]
        if mention.kind == "relative_period" and mention.value[1:] in _NEXT_OR_LAST_YEAR:
            # "Next year's summit will be held in June": the month told within that year
            within = [
                i
                for i, told in ranges.items()
                if told.precision in ("day", "month")
                and date_range.start <= told.start <= told.end <= date_range.end
                and _same_clause_after(text, mention, mentions[i])
            ]
            if within:
                date_range, mention = ranges[within[0]], mentions[within[0]]
        if date_range.open_end and re.match(
            r"\s*,\s+when\b", text[mention.end : trigger.start]
        ):  # "held Tarvel since late last year, when they seized it": the seizure is the start
            date_range = resolve(replace(mention, prep=""), article.published) or date_range
        if (
            mention.prep == "since"
            and text.startswith(("'s", "’s"), mention.end)
            and trigger.type not in ("pause", "statement")
            and 0 <= trigger.start - mention.end <= 3
        ):  # "struggled since December's riots": the riots are December's, the state is not theirs
            date_range = resolve(replace(mention, prep=""), article.published) or date_range
        if _is_deadline(mention) and date_range.end < article.published and _FUTURE.search(text):
            date_range = resolve(mention, article.published, future=True) or date_range
        if _is_deadline(mention) and date_range.start > article.published:
            # "must hand back the district by the 15th": at some point until then
            date_range = DateRange(article.published, date_range.end, "approximate", mention.text)
        if (
            (_is_deadline(mention) or mention.prep == "before")
            and re.match(r"(?:by\s+)?the\s+end\s+of\b", mention.text, re.IGNORECASE)
            and article.published < date_range.end
            and _is_future(text, mention, article.published)
        ):
            # "is to meet before the end of the year": from now until then, not the whole quarter
            date_range = DateRange(article.published, date_range.end, "approximate", mention.text)
        if mention.prep in ("until", "till") and not _is_future(text, mention, article.published):
            date_range = _from_earlier_start(pairing.mention, date_range, ranges, pairings, trigger)
        date_range = _adjust_range(
            text, trigger, date_range, article.published, bool(article.narrative_year)
        )
        if trigger.type in _STATE_TYPES and date_range.open_end:
            # "a truce that began on Christmas Eve held ... before collapsing in mid-January"
            ended = [
                ranges[i]
                for i, later in enumerate(mentions)
                if i in ranges
                and later.start > mention.end
                and _ENDED_BEFORE.search(text[max(0, later.start - 40) : later.start])
                and ranges[i].end > date_range.start
            ]
            if ended:
                both_days = date_range.precision == ended[0].precision == "day"
                precision = "day" if both_days else "approximate"
                date_range = DateRange(date_range.start, ended[0].end, precision, date_range.text)
        if (
            trigger.type == "pause"
            and not date_range.open_end
            and date_range.start < article.published
            and trigger.end <= mention.start
            and re.search(r"\bsince\b", text[trigger.end : mention.start])
            or trigger.type == "pause"
            and not date_range.open_end
            and date_range.start < article.published
            and fronted_since(text, mention, trigger)
        ):
            # "no attack since a ceasefire signed in March 2024": a state from then until now
            date_range = replace(date_range, end=article.published, open_end=True)
        if (
            trigger.type == "pause"
            and not date_range.open_end
            and date_range.start < article.published
            and mention.end <= trigger.start
            and _QUIET_SINCE_THEN.match(text, trigger.end)
        ):
            # "a bomb exploded in May 2017, and no attack has been recorded since then": till now
            date_range = replace(date_range, end=article.published, open_end=True)
        if (
            trigger.type == "pause"
            and date_range.precision == "day"
            and date_range.start < article.published
            and _MIDNIGHT_EFFECT.match(text, mention.end)
        ):
            # "the truce, announced on 24 April, took effect at midnight": from the next day
            start = date_range.start + timedelta(days=1)
            end = date_range.end if date_range.open_end else date_range.end + timedelta(days=1)
            date_range = replace(date_range, start=start, end=max(start, end))
        joined = next(
            (
                k
                for k, (t, m) in told_by.items()
                if t == trigger
                and k in events
                and _NEXT_DAY_JOIN.fullmatch(text, mentions[m].end, mention.start)
                and events[k].date.precision == "day"
                and events[k].date.start
                < date_range.start
                <= events[k].date.end + timedelta(days=1)
            ),
            None,
        )
        if joined:
            # "would strike on Monday and Tuesday": one two-day happening
            event = events.pop(joined)
            # its own day, not a span already counted from the first ("a two-day walkout")
            told_day = ranges[pairing.mention].end
            date_range = replace(event.date, end=max(event.date.end, told_day))
            key = (trigger.type, date_range.start, date_range.end)
            # both days name it: "protesting" told with Thursday alone is the same happening
            date_texts = (*event.date_texts, mention.text)
            events[key] = replace(event, date=date_range, date_texts=date_texts)
            told_by[key] = (trigger, pairing.mention)
            continue
        key = (trigger.type, date_range.start, date_range.end)
        if key in events and key in told_by and own_subject_clause(text, told_by[key][0], trigger):
            key += (trigger.start,)
        told_by[key] = (trigger, pairing.mention)
        if SAME_DAY_OTHER.search(mention.text):
            key += (mention.text,)  # "opened fire on Saturday ... and the same evening shot"
        single_day = date_range.precision == "day" and date_range.start == date_range.end
        # an open state ("took effect on 5 October and has held since") starts on a known day
        opens = date_range.precision == "day" and date_range.open_end
        # "in force since 24 May, will end on 8 June": the day it is in force since is its start
        ends = (
            trigger.type in _OPEN_TYPES + ("strike",)
            and mention.prep != "since"
            and _ENDING.search(text[max(0, trigger.start - 30) : trigger.end + 70])
        )
        if key in events:  # "the debate ... voted": one event, but either word can anchor later
            article.tell(trigger.word, trigger.type, date_range.start, single_day, opens)
            if ends:  # "pickets were stood down yesterday as the strike came to an end"
                article.endings.add(len(article.events) + list(events).index(key))
            continue
        actors, location = article.names.find(text)
        events[key] = ExtractedEvent(
            type=trigger.type,
            title=_title(text, trigger),
            date=date_range,
            evidence=(Passage(text, sentence.start, sentence.end),),
            actors=tuple(actors),
            location=location,
            casualties=count_killed(text) if trigger.type == "strike" else None,
            confidence=_confidence(date_range, pairing, mention),
            date_texts=(mention.text,),
            clause=key[3] if len(key) > 3 and isinstance(key[3], int) else 0,
        )
        article.tell(trigger.word, trigger.type, date_range.start, single_day, opens)
        if ends:
            article.endings.add(len(article.events) + len(events) - 1)
        if mention.is_anchored and mention.value[2] in ("earlier", "before"):
            pass  # "had met the day before": a look back; "48 hours later" counts from the story
        elif date_range.precision == "day" and not date_range.open_end:
            # "held from 18 to 21 December. Three days later": counted from the last day
            article.last_date = date_range.end
            article.last_day = (date_range.end, article.sentences)
            article.last_coarse = False
        elif date_range.precision == "approximate" or date_range.open_end:
            article.last_date = date_range.start
            article.last_coarse = False
        elif date_range.precision == "month":
            # "In July 2018 the firm announced plans. Bargaining began the following month."
            article.last_date = date_range.start
            article.last_coarse = True
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
    strikes = {key[1:3] for key in events if key[0] == "strike"}
    protests = [p for p in pairings if p.trigger.type == "protest"]
    if protests and all(p.trigger.setting for p in protests):
        # "shot in the head at a protest on 9 Feb": the shooting; the protest is its scene
        events = {k: e for k, e in events.items() if not (k[0] == "protest" and k[1:3] in strikes)}
    agreed = {(e.date.start, e.date.end) for e in events.values() if e.type == "agreement"}

    def takes_effect_then(key: tuple) -> bool:
        trigger = told_by[key][0] if key in told_by else None
        if trigger is None:
            return False
        # "A ceasefire, agreed after talks in Moscow, took effect on 10 October": past the aside
        aside = _PARTICIPLE_ASIDE.match(text, trigger.end)
        after = aside.end() if aside else trigger.end
        barrier = re.compile(r"[;:,—–]").search(text, after)
        end = min(after + 80, barrier.start() if barrier else len(text))
        return bool(_TOOK_EFFECT.search(text, trigger.start, end))

    # "agreed a ceasefire on 15 June": the agreement; when the pause starts is told elsewhere
    dropped = {
        k
        for k, e in events.items()
        if e.type == "pause" and k[1:] in agreed and not takes_effect_then(k)
    }
    events = {k: e for k, e in events.items() if k not in dropped}
    if dropped:
        # so "since the truce took effect" later finds the truce's start, not its agreeing
        starts = {k[1] for k in dropped}
        article.told = [
            (words, "agreement" if kind == "pause" and start in starts else kind, start, *rest)
            for words, kind, start, *rest in article.told
        ]
    if agreed and not _TOOK_EFFECT.search(text):
        truce = next((t for t in triggers if t.type == "pause" and not t.blocked), None)
        outcome = truce and _TRUCE_OUTCOME.search(text, truce.end)
        if outcome and not any(
            truce.end <= t.start < outcome.start()
            and t.type != "agreement"
            and not _set_off(text, truce.end, t, outcome.start())
            for t in triggers
        ):
            # "a truce agreed in June collapsed after eleven days": the pause did run, from the
            # agreeing; how long is told only roughly
            events = {k: e for k, e in events.items() if e.type != "pause"}
            for key, event in list(events.items()):
                if event.type == "agreement":
                    title = _title(text, truce)
                    events[("pause", *key[1:])] = replace(event, type="pause", title=title)
    events = _opened_and_closed(text, mentions, ranges, relational, events)
    events = _held_until_collapse(text, mentions, ranges, events)
    # "fired the minister last night, a day after his speech": the night, not the speech
    own_dates = {i: r for i, r in ranges.items() if not mentions[i].is_anchored} or ranges
    article.scene = _scene(sentence, list(events.values()), article) or _bare_scene(
        sentence, events, own_dates, article
    )
    for offset, (key, event) in enumerate(events.items()):
        trigger = told_by[key][0] if key in told_by else None
        if trigger is None:
            continue
        holds = event.type == "pause" and not event.date.open_end
        goes_on = (
            event.type == "protest"
            and event.date.precision == "day"
            and event.date.start >= article.published - timedelta(days=1)
        )
        if (holds and _HOW_IT_HOLDS.match(text, trigger.end)) or (
            goes_on and _STILL_GOING.match(text, trigger.end)
        ):
            article.reports.add(len(article.events) + offset)
    return list(events.values())


# "pickets were back at the gates this morning", "protesters remained camped outside": a
# protest begun before is still going, told on the day of the story
_STILL_GOING = re.compile(
    r"[^.;]{0,30}?\b(?:remained|remain|were still|are still|was still|is still|were back|"
    r"are back|was back|kept up|stayed|carried on)\b",
    re.IGNORECASE,
)
# "a ceasefire ... appeared to be holding on Sunday", "the truce faced its first real test
# today": how a truce that began earlier is going, not a new one
_HOW_IT_HOLDS = re.compile(
    r"[^.;]{0,70}?\b(?:(?:appeared|appears|seemed|seems) to be |was |is |were |are )?"
    r"(?:(?:still|largely|broadly|barely|mostly|just about) )?"
    r"(?:holding|held (?:up|through)|faltering|fraying|wobbling|under (?:strain|pressure)|"
    r"(?:faced|faces|facing) its (?:first |biggest |toughest |sternest )?(?:real |serious )?test)\b",
    re.IGNORECASE,
)


_OPENED_BEFORE = re.compile(
    r"\b(?:opened|began|started|got under way|kicked off)(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w'’-]+)?"
    r"\s+(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
_CLOSING = (
    r"(?:wound up|ended|closed|concluded|broke up|wrapped up|(?:was|were) (?:suspended|called off))"
)
# talks run days; a strike or a sit-in told from its first day to its last may run for a year
_LONGEST_TOLD_SPAN = {"meeting": 14, "protest": 400}
_CLOSED_BEFORE = re.compile(
    rf"\b{_CLOSING}(?:\s+[\w'’-]+){{0,8}}?\s+(?:(?:late|early)\s+)?(?:on\s+)?$", re.IGNORECASE
)
_CLOSED_AFTER = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,5}}?{_CLOSING}\b", re.IGNORECASE)


def _opened_and_closed(text, mentions, ranges, relational, events: dict) -> dict:
    """ "wound up a first round of talks, which had opened on Monday", "the talks, which opened
    on Monday, ended on Wednesday": one happening from its opening day to its closing day
    ("began on 26 November 2020 and was called off in December 2021": to that month's end)."""
    opened = closed = None
    for index, mention in enumerate(mentions):
        told = ranges.get(index)
        if told is None or told.precision not in ("day", "month"):
            continue
        one_day = told.precision == "day" and told.start == told.end
        if one_day and _OPENED_BEFORE.search(text, max(0, mention.start - 40), mention.start):
            opened = told.start
        elif (one_day or told.precision == "month") and (
            _CLOSED_BEFORE.search(text, max(0, mention.start - 80), mention.start)
            or (index in relational and _CLOSED_AFTER.match(text, mention.end))
        ):
            closed = told
    if opened is None or closed is None or closed.start <= opened:
        return events
    ends = [
        key
        for key, event in events.items()
        if (closed.end - opened).days <= _LONGEST_TOLD_SPAN.get(event.type, 0)
        and (
            event.date.precision == "day"
            and (event.date.start == event.date.end or event.date.open_end)
            and event.date.start in (opened, closed.start)
            # "the 2020-21 protest, which began on ...": told first by a coarser span around it
            or event.date.precision != "day"
            and event.date.start <= opened <= event.date.end
        )
    ]
    if not ends:
        return events
    kept = events[ends[0]]
    precision = "day" if closed.precision == "day" else "approximate"
    span = replace(kept.date, start=opened, end=closed.end, precision=precision, open_end=False)
    # the sentence's other days of that kind within the span tell the same happening: its closing
    # month, or a day it ended near ("called off in June, days after the decree was withdrawn")
    events = {
        k: e
        for k, e in events.items()
        if k not in ends and not (e.type == kept.type and opened <= e.date.start <= closed.end)
    }
    events[(kept.type, opened, closed.end)] = replace(kept, date=span)
    return events


# "a truce declared in March collapsed on Aug. 24": the day the pause ended
_COLLAPSED_ON = re.compile(
    r"\b(?:collapsed|broke down|crumbled|unravell?ed|fell apart)\s+(?:(?:on|in)\s+)?$",
    re.IGNORECASE,
)


def _held_until_collapse(text, mentions, ranges, events: dict) -> dict:
    """ "A humanitarian truce declared in March collapsed on Aug. 24": one pause from its
    start to its collapse, not a second pause on the day it broke."""
    collapse = next(
        (
            ranges[index]
            for index, mention in enumerate(mentions)
            if index in ranges
            and _COLLAPSED_ON.search(text, max(0, mention.start - 30), mention.start)
        ),
        None,
    )
    if collapse is None:
        return events
    pauses = sorted(
        (key for key, event in events.items() if event.type == "pause"),
        key=lambda key: events[key].date.start,
    )
    begun = [key for key in pauses if events[key].date.start < collapse.start]
    if not begun:
        return events
    kept = events[begun[0]]
    exact = kept.date.precision == "day" and collapse.precision == "day"
    span = replace(
        kept.date,
        end=collapse.end,
        precision="day" if exact else "approximate",
        open_end=False,
    )
    events = {k: e for k, e in events.items() if k not in pauses}
    events[("pause", span.start, span.end)] = replace(kept, date=span)
    return events


def _set_off(text: str, begin: int, trigger: Trigger, end: int) -> bool:
    """ "agreed on 10 October, after the ministers talked through the night, ... collapsed": a
    happening set off by commas between two words is an aside to them."""
    return "," in text[begin : trigger.start] and "," in text[trigger.end : end]


_HEADING_WORDS = frozenset(["last", "this", "on", "early", "late", "the", "of"])


def _is_heading(text: str) -> bool:
    """A short line without a sentence's final punctuation ("Wednesday", "How we got here")."""
    stripped = text.strip()
    return 0 < len(stripped) <= 40 and "\n" not in stripped and stripped[-1] not in ".!?\"'”:"


def _is_entry_headline(text: str, article: _Article) -> bool:
    """ "15:30 — Rail stoppage to run until Friday": a live blog entry's headline, told again
    in the entry below it."""
    stripped = text.strip()
    return (
        article.liveblog
        and bool(_TIMESTAMP.match(stripped))
        and len(stripped) <= 120
        and stripped[-1] not in ".!?"
    )


def _liveblog_day(article: _Article) -> DateRange:
    return article.day_section or DateRange(article.published, article.published, "day", "today")


def _section_date(text: str, article: _Article) -> DateRange | None:
    """The date of a line like "Wednesday" or "Last Saturday"; a line with a year is the page's
    own date, unless the article is a chronology whose entries are headed by dates. A live
    blog's "15:50 — Mortar fire near Mirosk" is of the blog's current day."""
    if article.liveblog and _TIMESTAMP.match(text):
        return _liveblog_day(article)
    if article.timeline and (entry := _timeline_heading(text, article.published)):
        return entry
    mentions = find_dates(text)
    if len(mentions) != 1 or mentions[0].is_anchored:
        return None
    rest = (text[: mentions[0].start] + " " + text[mentions[0].end :]).lower().split()
    if any(word not in _HEADING_WORDS for word in rest) or mentions[0].kind == "year":
        return None
    if re.search(r"\b(?:1[89]|20)\d\d\b", text):
        return None
    return resolve(mentions[0], article.published)


_EARLIER_STAGE = re.compile(
    r"\b(?:earlier stage|previously|in the past|ago|last (?:year|month|week)|before the war)\b",
    re.IGNORECASE,
)
_TIMESTAMP = re.compile(
    r"\s*\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?|GMT|BST|CET|EST|UTC|local(?: time)?)?\s*(?:[—–-]|$)",
    re.IGNORECASE,
)
_TIMESTAMP_LINE = re.compile(
    r"^\s*\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?|GMT|BST|CET|EST|UTC|local(?: time)?)?\s*[—–-]",
    re.IGNORECASE | re.MULTILINE,
)
# "Saturday: ...", "• June 2016 — ..." (a bulleted chronology entry)
_LABEL = re.compile(r"^\s*(?:[•·▪*]\s*)?(\w+(?:\s+\w+){0,3})\s*[:—–]\s+")
_YEAR_SPAN = re.compile(r"^\s*(1[89]\d\d|20\d\d)\s*[-–]\s*(1[89]\d\d|20\d\d)\s*$")
_MONTH_SPAN = re.compile(r"^\s*([A-Z][a-z]+)\s*[-–]\s*([A-Z][a-z]+)\s+(1[89]\d\d|20\d\d)\s*$")
TIMELINE_HEADINGS = 3


def _timeline_heading(text: str, published: date) -> DateRange | None:
    """A line that is only a date with its year ("20 July 2015", "October 2012", "1964",
    "1999-2002", "October-November 2016"): the date of the chronology entry it heads."""
    if not _is_heading(text):
        return None
    stripped = text.strip()
    years = _YEAR_SPAN.match(stripped)
    if years and int(years.group(1)) < int(years.group(2)):
        first, last = int(years.group(1)), int(years.group(2))
        return DateRange(date(first, 1, 1), date(last, 12, 31), "approximate", stripped)
    months = _MONTH_SPAN.match(stripped)
    if months:
        first, last = find_dates(f"in {months.group(1)}"), find_dates(f"in {months.group(2)}")
        if first and last and first[0].kind == last[0].kind == "month":
            year = int(months.group(3))
            start = date(year, first[0].value[1], 1)
            end = resolve(replace(last[0], value=(year, last[0].value[1])), published)
            if end and start < end.start:
                return DateRange(start, end.end, "approximate", stripped)
    mentions = find_dates(stripped)
    if len(mentions) != 1 or mentions[0].text != stripped:
        return None
    mention = mentions[0]
    if mention.kind not in ("date", "month", "year", "range") or not _WRITTEN_YEAR.search(stripped):
        return None
    return resolve(mention, published)


def _is_timeline(text: str) -> bool:
    """A chronology: several entries headed by dates ("20 July 2015" on a line of its own,
    "June 23: ...", "2016 — ..."), at least one heading with its year."""
    headings = entries = 0
    for line in text.splitlines():
        if _timeline_heading(line, date.max) is not None:
            headings += 1
        else:
            label = _LABEL.match(line)
            mentions = find_dates(label.group(1)) if label else []
            if (
                len(mentions) == 1
                and mentions[0].text == label.group(1).strip()
                and mentions[0].kind in ("date", "month", "year", "range")
            ):
                entries += 1
        if headings and headings + entries >= TIMELINE_HEADINGS:
            return True
    return False


_MIDNIGHT_EFFECT = re.compile(
    r"[^.;]{0,160}?\b(?:took|came into|went into) (?:effect|force) at midnight\b(?! on\b)",
    re.IGNORECASE,
)
_EFFECT_BEFORE = re.compile(
    r"\b(?:took effect|taking effect|takes effect|came into (?:force|effect)|entered into force|held|holding|"
    r"in force|in place)\s+(?:[\w:.-]+\s+){0,3}$",
    re.IGNORECASE,
)


_MANNER = re.compile(r"(?:by|in|during)\s", re.IGNORECASE)  # "by telephone", "in a call"


_PASSIVE = re.compile(r"\b(?:was|were|has been|had been|have been)\s+(?:\w+ly\s+)?$")


def _without_passive_subjects(text: str, triggers: list[Trigger]) -> list[Trigger]:
    """ "The deal, first proposed in March, was signed on Sunday": the noun is the subject of
    the signing, one happening dated by the verb."""
    passives = [
        t
        for t in triggers
        if t.type == "agreement"
        and t.word.lower().endswith("ed")
        and _PASSIVE.search(text, 0, t.start)
    ]
    return [
        t
        for t in triggers
        if not (
            t.type == "agreement"
            and not t.word.lower().endswith("ed")
            and any(p.start > t.end for p in passives)
        )
    ]


# "fighting erupted" is itself a clash, whatever the when clause adds; a war is named by it
_OUTBREAK = re.compile(
    r"^(?:war|conflict|hostilities)\s+(?:began|started|broke out|erupted)$", re.I
)

_WHEN_CLAUSE = re.compile(r",\s+when\b")


def _without_outbreak_told_by_when(text: str, triggers: list[Trigger]) -> list[Trigger]:
    """ "The war began on 3 March, when troops crossed into the plateau": the crossing is what
    happened that day; the outbreak only names it."""
    kept = []
    for trigger in triggers:
        when = _WHEN_CLAUSE.search(text, trigger.end)
        # "when the prime minister ordered an offensive": the clause tells an order first, so
        # the outbreak still dates the war ("when Abiy sent troops in after accusing" does not)
        first_told = when and next((t for t in triggers if t.start > when.end()), None)
        ordered = bool(first_told and first_told.is_statement)
        told = (
            when
            and not ordered
            and any(t.start > when.end() and not t.is_statement and not t.blocked for t in triggers)
        )
        if not (_OUTBREAK.match(trigger.word) and told):
            kept.append(trigger)
    return kept


def _outside_anchor_clause(pairing: Pairing, mentions, anchor_dates) -> Pairing:
    """ "Three days after the truce took effect on 4 October, rebels shelled the port": the
    shelling is dated by "three days after", 4 October only dates the truce."""
    anchored = anchor_dates.get(pairing.mention)
    if anchored is None:
        return pairing
    if mentions[anchored].start <= pairing.trigger.start < mentions[pairing.mention].end:
        return pairing
    return replace(pairing, mention=anchored)


_OF_DATE = re.compile(r"\s+of\s+")


def _without_dates_owned_by_others(text, triggers, mentions, pairings: list[Pairing]):
    """ "withdrew under the accord of 3 November": a date told as "the accord of DATE" is the
    accord's; what was done under it is not dated by it ("the talks of 12 May produced a deal"
    may well date the deal, so only an accord owns its date)."""
    owners = {
        index: trigger
        for trigger in triggers
        if trigger.type == "agreement"
        for index, mention in enumerate(mentions)
        if _OF_DATE.fullmatch(text, trigger.end, mention.start)
    }
    pairings = [
        p
        for p in pairings
        if p.mention not in owners
        or owners[p.mention] == p.trigger
        or p.trigger.type == "statement"
    ]
    # "the deal the two ministers initialled on the 19th": the noun is the verb's object, and
    # the verb's date is the deal's
    told_by_verb = {
        noun
        for noun in triggers
        for verb in triggers
        if noun.type == verb.type
        and noun.end < verb.start
        and not noun.word.lower().endswith("ed")
        and _OBJECT_OF.fullmatch(text, noun.end, verb.start)
        and not any(noun.end <= m.start < verb.start for m in mentions)
        and any(p.trigger == verb for p in pairings)
    }
    return [p for p in pairings if p.trigger not in told_by_verb]


_OBJECT_OF = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:the|its|their|both|two|three)\s+(?:[\w'’-]+\s+){0,6}"
)


def _is_deadline(mention: DateMention) -> bool:
    return mention.prep == "by" or mention.text.lower().startswith("by ")


def _repair(text, triggers, mentions, pairings: list[Pairing]) -> list[Pairing]:
    """Two corrections to nearest-date pairing.

    "agreed a ceasefire in the spring, and it has held since taking effect on 14 April": the
    date after "taking effect" belongs to the truce, the other one to the agreeing.
    "agreed a truce by telephone", "in a call": the call is dated like the verb it is the
    manner of.
    """
    by_type = {p.trigger.type: p for p in pairings}
    pause, agreement = by_type.get("pause"), by_type.get("agreement")
    effect = [i for i, m in enumerate(mentions) if _EFFECT_BEFORE.search(text[: m.start])]
    truces = [t for t in triggers if t.type == "pause" and not t.blocked]
    if agreement and effect and not truces:
        # "the ceasefire agreement signed on 4 March entered into force on 5 March": the truce
        named = _TRUCE_NOUN.search(text, 0, mentions[effect[0]].start)
        if named:
            truces = [Trigger(named.start(), named.end(), "pause", named.group(), "verb")]
    if agreement and effect and truces and (pause is None or pause.mention == agreement.mention):
        # "agreed a ceasefire on Monday that took effect on Tuesday": the truce starts Tuesday
        pairings = [p for p in pairings if p is not pause]
        pairings.append(Pairing(truces[0], effect[0], False))
    elif (
        pause
        and agreement
        and pause.mention != agreement.mention
        and _EFFECT_BEFORE.search(text[: mentions[agreement.mention].start])
        and not _EFFECT_BEFORE.search(text[: mentions[pause.mention].start])
    ):
        pairings = [
            replace(p, mention=agreement.mention)
            if p is pause
            else replace(p, mention=pause.mention)
            if p is agreement
            else p
            for p in pairings
        ]
    for pairing in list(pairings):
        if not _is_deadline(mentions[pairing.mention]):
            continue
        # "hand back Kalbajar by the 15th, Agdam by 20 November and Lachin by 1 December"
        previous = mentions[pairing.mention]
        for index in range(pairing.mention + 1, len(mentions)):
            listed = mentions[index]
            gap = text[previous.end : listed.start]
            if not _is_deadline(listed) or len(gap) > 40 or re.search(r"[.;:]", gap):
                break
            pairings.append(replace(pairing, mention=index))
            previous = listed
    agreed = [p for p in pairings if p.trigger.type == "agreement" and p.mention not in effect]
    in_effect = [p for p in pairings if p.trigger.type == "agreement" and p.mention in effect]
    if agreed and in_effect:
        # "was agreed on 28 April, ..., and took effect at midnight on 1 May": the later date
        # is the truce's start, not a second agreeing
        started = {p.mention for p in pairings if p.trigger.type == "pause"}
        named = truces[0] if truces else None
        if named is None and (noun := _TRUCE_NOUN.search(text)):
            named = Trigger(noun.start(), noun.end(), "pause", noun.group(), "verb")
        pairings = [p for p in pairings if p not in in_effect]
        pairings += [
            replace(p, trigger=named)
            for p in in_effect
            if named is not None and p.mention not in started
        ]
    paired = {p.trigger for p in pairings}
    for trigger in triggers:
        if trigger in paired or trigger.blocked or not _MANNER.match(trigger.word):
            continue
        verbs = [
            p for p in pairings if p.trigger.end <= trigger.start and not p.trigger.is_statement
        ]
        if verbs:
            pairings = [*pairings, replace(verbs[-1], trigger=trigger)]
    return pairings


def _from_earlier_start(index, until, ranges, pairings, trigger) -> DateRange:
    """ "Two days later they launched air strikes that lasted until 20 September": the
    campaign runs from the earlier date, which no other happening took, to the later one."""
    taken = {p.mention for p in pairings if p.trigger is not trigger}
    earlier = [i for i in sorted(ranges) if i < index and i not in taken]
    if not earlier:
        return until
    start = ranges[earlier[-1]]
    if start.open_end or start.precision != "day" or start.start > until.end:
        return until
    return replace(until, start=start.start, precision="day")


_WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _paragraph_label(text: str, article: _Article) -> DateRange | None:
    """A paragraph that opens with a date and a colon ("Saturday: ...") is dated by it, and a
    live blog's entry stamped "15:50 — ..." by the blog's day."""
    if article.liveblog and _TIMESTAMP.match(text):
        return _liveblog_day(article)
    label = _LABEL.match(text)
    if not label:
        return None
    mentions = find_dates(label.group(1))
    if len(mentions) != 1 or mentions[0].text != label.group(1).strip():
        return None
    section = article.section
    hint = None
    if _is_yearless(mentions[0]) and section and _WRITTEN_YEAR.search(section.text):
        hint = section.start.year  # "June 23:" under a chronology's "2016"
    return resolve(mentions[0], article.published, year_hint=hint)


_PRESENT_KINDS = ("weekday", "relative_day", "relative_period", "ago")
RECENT_YEAR_SENTENCES = 10


RECENT_MONTHS = 3


def _months_back(mention: DateMention, published: date) -> float:
    resolved = resolve(mention, published)
    return (published - resolved.start).days / 30 if resolved else 0


_NARRATIVE_OPENING = 25


def _note_years(article: _Article, mentions: list[DateMention], text: str) -> None:
    """Keep the old year the story has gone back to; a date told relative to the publication
    ("on Monday", "last week", "this year") brings it back to the present."""
    old = [
        _stated_year(m)
        for m in mentions
        if _stated_year(m)
        and _stated_year(m) < article.published.year
        # "the calmest period since the war began in March 2015": a comparison
        and not re.search(r"\bsince\b", text[: m.start], re.IGNORECASE)
        # "In 2019 the country ...", "troops landed on 20 July 1974": the story goes back;
        # "dammed the canal in 2014 after Russia annexed Crimea" only recalls a year in passing
        and (
            m.kind in ("date", "season")  # "collapsed in the spring of 2015"
            or (
                m.start <= _NARRATIVE_OPENING
                and (m.kind != "year" or len(text[: m.start].split()) <= 3)
            )
        )
        # "The 2015 Algiers agreement left ...": a year naming a thing, not a time told
        and not (
            m.kind == "year"
            and re.search(r"\b(?:the|a|an|its|their|his|her)\s+$", text[: m.start], re.I)
        )
    ]
    written = [_stated_year(m) for m in mentions if _stated_year(m)]
    if written:
        article.written_year = written[-1]
    if any(_is_present(m) for m in mentions) or _HELD_SINCE.search(text):
        article.in_present = True
    if old:
        article.recent_year, article.recent_age = old[-1], 0
        article.in_present = False
    elif any(_counted_from_now(m) for m in mentions):
        article.recent_year = None
    else:
        article.recent_age += 1
        if article.recent_age > RECENT_YEAR_SENTENCES:
            article.recent_year = None


def _is_present(mention: DateMention) -> bool:
    # "ten years ago today" goes back; "this year", "on Monday" are now
    if mention.kind == "ago":
        return mention.value[1] != "year"
    # "frozen since February last year": counted back from the day of publication
    return _counted_from_now(mention) or mention.kind == "date_relative_year"


def _counted_from_now(mention: DateMention) -> bool:
    # "This spring a new channel opened": a season told from the day of publication
    return mention.kind in _PRESENT_KINDS or (
        mention.kind == "season" and mention.value[0] in ("this", "last", "next")
    )


def _labelled_events(sentence: Sentence, article: _Article) -> list[ExtractedEvent]:
    """Undated sentences under a date heading: each happening takes the heading's date."""
    events: dict[tuple, ExtractedEvent] = {}
    if (
        _FUTURE.search(sentence.text)
        or _EARLIER_STAGE.search(sentence.text)
        or (_TIMESTAMP.match(sentence.text) and len(sentence.text) < 90)
    ):
        return []  # what is still to come or went before; a live blog entry's own headline
    for trigger in find_triggers(sentence.text, article.labour):
        if (
            trigger.blocked
            or trigger.perfect
            or (trigger.is_statement and (article.stamped or trigger.kind == "speech_noun"))
        ):
            continue  # an undated quote in a stamped entry is not dated by the stamp
        key = (trigger.type,)
        if key in events:
            continue
        actors, location = article.names.find(sentence.text)
        events[key] = ExtractedEvent(
            type=trigger.type,
            title=_title(sentence.text, trigger),
            date=article.label,
            evidence=(Passage(sentence.text, sentence.start, sentence.end),),
            actors=tuple(actors),
            location=location,
            confidence=0.5,
            date_texts=(article.label.text,),
        )
    if ("agreement",) in events and not _TOOK_EFFECT.search(sentence.text):
        # "A ceasefire accord is signed in Havana": the signing; the truce starts when told
        events.pop(("pause",), None)
    return list(events.values())


@dataclass(frozen=True)
class _Scene:
    """The dated happening a sentence told, which the next undated sentence may go on with."""

    paragraph: int
    sentence: int  # its number in the article
    date: DateRange
    types: frozenset[str]
    text: str
    events: tuple[ExtractedEvent, ...]  # what it told, for retellings to join


def _scene(sentence: Sentence, events: list[ExtractedEvent], article: _Article) -> _Scene | None:
    """The one past day the sentence's happenings share ("hours later": that day or the next);
    none when they span several days. A vote or an arrest sets the scene only when nothing of
    more weight was told."""
    told = [e for e in events if e.type in HAPPENINGS] or [e for e in events if e.type == "other"]
    ranges = {(e.date.start, e.date.precision, _scene_end(e.date)) for e in told}
    days = {r for r in ranges if r[1] == "day"}
    if len(ranges) > 1 and len(days) == 1:
        day = next(iter(days))[0]
        if all(e.date.start <= day <= e.date.end for e in told):
            # "less than 24 hours after protesters stormed parliament on Tuesday": one day
            ranges = days
    if len(ranges) != 1:
        return None
    start, precision, end = ranges.pop()
    if end is None or end > article.published:
        return None
    if any(e.date.open_end for e in told) and _STILL.search(sentence.text):
        return None  # "has held since Sunday": a state told as it stands, not Sunday's scene
    date_range = DateRange(start, end, precision, told[0].date.text)
    types = frozenset(e.type for e in told)
    return _Scene(
        sentence.paragraph, article.sentences, date_range, types, sentence.text, tuple(told)
    )


def _bare_scene(sentence: Sentence, events: dict, ranges: dict, article: _Article) -> _Scene | None:
    """ "The soldier was freed on Tuesday. The premier met him on the tarmac.": a dated step
    of a story that told no happening still sets the day the next sentence goes on with."""
    if any(e.type in HAPPENINGS for e in events.values()) or _FUTURE.search(sentence.text):
        return None
    # "landed on Sunday afternoon and toured the old city that evening": one day told twice
    days = {(r.start, _scene_end(r)) for r in ranges.values() if r.precision == "day"}
    if len(days) != 1 or len(days) != len({(r.start, r.end) for r in ranges.values()}):
        return None
    start, end = days.pop()
    if end is None or end > article.published or not _PAST_FINITE.search(sentence.text):
        return None
    date_range = DateRange(start, end, "day", next(iter(ranges.values())).text)
    return _Scene(sentence.paragraph, article.sentences, date_range, frozenset(), sentence.text, ())


def _scene_end(date_range: DateRange) -> date | None:
    if date_range.precision == "day" and (
        date_range.open_end or date_range.end == date_range.start
    ):
        return date_range.start
    if date_range.precision == "approximate" and date_range.end - date_range.start <= timedelta(1):
        return date_range.end
    return None


# what is told as it stands now, or as done before the story: not a step in its narrative
_NOT_NARRATIVE = re.compile(
    r"\b(?:is|are|am|has|have|had|says|say|remains|continues|does|do|can|may|might|could|"
    r"would|should|will|usually|often|always|once|originally|repeatedly|first|until|previous|"
    r"prior|earlier|"
    r"years|decades|months|weeks)\b|'s\s+(?:been|had)\b",
    re.IGNORECASE,
)
_PAST_FINITE = re.compile(
    r"\b(?:was|were|[a-z]{3,}ed|began|came|went|took|fell|fought|held|hit|met|shot|struck|broke|"
    r"drove|ran|left|sent|threw|flew|blew|tore|shook|stood|led|won|lost|overran|withdrew)\b",
    re.IGNORECASE,
)
_BEFORE_THE_SCENE = re.compile(
    r"\b(?:after|before|since|until|following|when|whether|if|in (?:response|retaliation|"
    r"reprisal) (?:to|for)|to avenge)\b[^,;]*$",
    re.IGNORECASE,
)
# "by midday", "before nightfall", "at about 7 a.m.", "within hours": a time of the scene's day
# or just after it, told without naming the day again
_LATER_IN_THE_DAY = (
    r"\b(?:by|before|around|towards?|until|from|at\s+(?:about|around))\s+(?:(?:early|late|mid)[- ]?)?"
    r"(?:morning|midday|noon|afternoon|evening|nightfall|dusk|dawn|daybreak|sunset|sundown|"
    r"midnight)\b|"
    r"\b(?:by|at|around|about)\s+(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b|"
    r"\bwithin\s+(?:(?:a|an|the)\s+)?(?:few\s+|several\s+|\w+\s+)?(?:minutes?|hours?|days)\b"
)
# "By midday, ...", not "Within minutes of the deadline" (timed from something else)
_OPENS_WITH_TIME = re.compile(rf"\W*(?:{_LATER_IN_THE_DAY})(?!\s+of\b)", re.IGNORECASE)
# "then", "later", "in the clashes", "They ...": told as the next step
_GOES_ON = re.compile(
    r"\b(?:then|later|afterwards?|subsequently|meanwhile|at one point)\b|"
    r"\bin\s+(?:the|that|those)\s+(?:ensuing\s+)?(?:clash|fight|violen|unrest|attack|raid|"
    r"assault|chaos|melee|confrontation|crackdown|shelling|bombardment|operation)\w*|"
    r"^\W*(?:They|He|She|Both|The two)\s|" + _LATER_IN_THE_DAY,
    re.IGNORECASE,
)
# "during the delay", "amid the clashes": an episode of the scene (not "during the war")
_DURING = re.compile(
    r"\b(?:during|amid|throughout|in the course of)\s+(?:the|that|this|those|these)\s+"
    r"(?:ensuing\s+)?([a-z]{4,})\b",
    re.IGNORECASE,
)
_EPISODES = frozenset(
    ["delay", "advance", "attack", "raid", "assault", "clashes", "fighting", "protest", "march"]
    + ["rally", "talks", "meeting", "summit", "visit", "ceremony", "standoff", "confrontation"]
    + ["chaos", "melee", "unrest", "crackdown", "bombardment", "shelling", "operation", "battle"]
    + ["incursion", "evacuation", "handover", "exchange", "session", "funeral", "vote", "debate"]
)
# a crowd met with force, troops moving under fire: one scene, told in plain steps; a deal
# after talks is told with a link ("They then signed")
_VIOLENT_SCENE = frozenset(["strike", "protest", "movement"])
_ACTIVE_PAST = re.compile(
    r"^(?:[a-z]+ed|fought|struck|shot|hit|met|held|overran|withdrew|shook|fled|tore|blew)\b",
    re.IGNORECASE,
)
_PRONOUN_SUBJECT_BEFORE = re.compile(r"\b(?:he|she|they)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# "that" after a preposition points ("during that delay"); it opens no clause
_INNER_CLAUSE = re.compile(
    r"\b(?:(?<!during )(?<!in )(?<!on )(?<!at )(?<!of )(?<!after )(?<!before )(?<!by )"
    r"(?<!from )that|which|who|whom|whose|where)\b",
    re.IGNORECASE,
)
_BE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _is_narrative(text: str, trigger: Trigger, by_then: bool = False) -> bool:
    """Whether the clause telling the trigger (up to a semicolon or dash) is a plain past; what
    a clause after it says ("agreed that firing would stop", "gas, which is banned") has its own
    tense. ``by_then`` ("By midday, hundreds had marched"): a pluperfect is a step too."""
    begin = max(text.rfind(";", 0, trigger.start), text.rfind(" — ", 0, trigger.start)) + 1
    ends = [i for i in (text.find(";", trigger.end), text.find(" — ", trigger.end)) if i >= 0]
    clause = text[begin : min(ends, default=len(text))]
    inner = _INNER_CLAUSE.search(clause, trigger.end - begin)
    head = clause[: inner.start()] if inner else clause
    background = (m for m in _NOT_NARRATIVE.finditer(head) if not by_then or m.group() != "had")
    return bool(_PAST_FINITE.search(head)) and next(background, None) is None


def _continued_events(sentence: Sentence, article: _Article) -> list[ExtractedEvent]:
    """ "Protesters stormed parliament on Tuesday. Police fired tear gas and live rounds.": an
    undated sentence that goes on with the dated happening just told happened that day.

    Only a plain past told right after it in the same paragraph (or, opening the next one,
    naming it: "shot down aircraft during the advance"); what stands now, went before or is
    told with an auxiliary ("has carried out", "had been", "is backed") is background. A
    happening told as a passive or a noun needs a word that links it to the scene ("then",
    "during the delay"): "The force was deployed to monitor the truce" explains, it does not
    go on."""
    scene, article.scene = article.scene, None
    if scene is None or scene.sentence != article.sentences - 1:
        return []
    text = sentence.text
    during = _DURING.search(text)
    named = during and during.group(1).lower()[:5] in scene.text.lower()
    # "By midday, ..." opening the next paragraph goes on with the scene's day too
    by_then = bool(_OPENS_WITH_TIME.match(text))
    if scene.paragraph != sentence.paragraph and not (named or by_then):
        return []
    if text.startswith(('"', "“", "'", "‘")) or _EARLIER_STAGE.search(text) or _is_heading(text):
        return []
    linked = bool(
        _GOES_ON.search(text) or named or (during and during.group(1).lower() in _EPISODES)
    )
    events: dict[str, ExtractedEvent | None] = {}
    for trigger in find_triggers(text, article.labour):
        if (
            trigger.type not in HAPPENINGS
            or trigger.blocked
            or trigger.perfect
            or trigger.setting
            or trigger.type in events
            or _BEFORE_THE_SCENE.search(text, 0, trigger.start)
            or _FUTURE.search(text, 0, trigger.start)
            or not _is_narrative(text, trigger, by_then)
            or re.search(r"\b(?:wars?|conflicts?)\b", trigger.word, re.IGNORECASE)
        ):
            continue
        if trigger.type == "meeting" and "agreement" in scene.types:
            continue  # "shook hands at the palace" after the signing: the signing's ceremony
        active = _ACTIVE_PAST.match(trigger.word) and not _BE_BEFORE.search(text, 0, trigger.start)
        # "At the cathedral he met the cardinal": the last sentence's actor takes the next step
        by_same_actor = active and _PRONOUN_SUBJECT_BEFORE.search(text, 0, trigger.start)
        same_kind = trigger.type in scene.types or (
            trigger.type in _VIOLENT_SCENE and scene.types & _VIOLENT_SCENE
        )
        # after a scene that told no happening ("was freed on Tuesday"), a plain past step is
        # the story's next happening
        bare = not scene.types & set(HAPPENINGS)
        if not (linked or by_same_actor or active and (same_kind or bare)):
            continue
        passage = Passage(text, sentence.start, sentence.end)
        # "Government jets also bombed rebel positions.": a further one, not the scene again
        further = trigger.type in ANOTHER_KINDS and TOLD_AS_ANOTHER.search(text)
        if trigger.type in scene.types and not further:
            # "Later that day, militants attacked the base. The attack killed three soldiers."
            scene = _retold(scene, trigger.type, passage, text, article)
            events[trigger.type] = None
            continue
        actors, location = article.names.find(text)
        events[trigger.type] = ExtractedEvent(
            type=trigger.type,
            title=_title(text, trigger),
            date=scene.date,
            evidence=(passage,),
            actors=tuple(actors),
            location=location,
            casualties=count_killed(text) if trigger.type == "strike" else None,
            confidence=0.5,
            date_texts=(scene.date.text,),
        )
    told = [event for event in events.values() if event is not None]
    if events:
        article.scene = replace(
            scene, sentence=article.sentences, text=text, events=scene.events + tuple(told)
        )
    return told


def _retold(scene: _Scene, kind: str, passage: Passage, text: str, article: _Article) -> _Scene:
    """The scene's own happening told again: one more passage of it, not a second event (which
    merging could not always fold: "later that day" keeps two happenings of a day apart)."""
    event = next(e for e in scene.events if e.type == kind)
    for index in range(len(article.events) - 1, max(-1, len(article.events) - 20), -1):
        if article.events[index] is event:
            if len(event.evidence) < MAX_KEPT:
                casualties = event.casualties
                if kind == "strike" and casualties is None:
                    casualties = count_killed(text)
                article.events[index] = replace(
                    event, evidence=event.evidence + (passage,), casualties=casualties
                )
                events = tuple(article.events[index] if e is event else e for e in scene.events)
                return replace(scene, events=events)
            break
    return scene


def _relational_target(trigger: Trigger, mentions, relational: set[int]) -> Trigger:
    """In "a day after the Hamas-led attack" the attack is the event being dated."""
    for index in relational:
        if trigger.reference and 0 <= trigger.start - mentions[index].end <= 40:
            return replace(trigger, reference=False)
    return trigger


def _remember_dates(article, mentions, text, ranges=None) -> dict[int, DateRange]:
    """A dated sentence without an event still anchors "that evening", "the next day", "the
    following month" and "hours after the convoy arrived". Returns the dates it told."""
    told = {}
    for index, mention in enumerate(mentions):
        if ranges is not None and index in ranges:
            resolved = ranges[index]
        elif not mention.is_anchored:
            hint = _label_year(article) if _is_yearless(mention) else None
            # "The pause expires on Tuesday night. Leaders meet that day": a timetable as well
            future = _is_future(text, mention, article.published) or _is_scheduled(
                text, mention, article
            )
            if hint is None:
                # "That August, police cleared the camp": the story's year, as for an event
                hint = _year_hint(
                    text, mention, mentions, _context_year(article), article.written_year
                )
            if hint is None and not future:
                hint = _old_year_going_on(mention, article)
            if hint is None and not future:
                hint = _chronicle_year(text, mention, article)
            resolved = resolve(mention, article.published, future=future, year_hint=hint)
        else:
            continue
        if resolved:
            told[index] = resolved
        if resolved and not resolved.open_end:
            article.last_date = resolved.start
            article.last_coarse = resolved.precision in ("month", "year")
            article.tell(
                text[max(0, mention.start - 80) : mention.start],
                None,
                resolved.start,
                resolved.precision == "day",
            )
    return told


_TOLD_FROM_NOW = re.compile(
    r"\b(?:has|have)\s+(?:not\s+|now\s+|already\s+|since\s+)?(?:been|[a-z]+ed)\b", re.IGNORECASE
)


def _old_year_going_on(mention: DateMention, article: _Article) -> int | None:
    """ "took effect on 29 August [2016] ... signed in Cartagena on 26 September": a story told
    in an old year goes on in it while its yearless days and months ("began on 27 September
    2020 ... ceasefires were agreed in October") keep following each other, into the next year
    when the month comes round again ("on November 26, 2020 ... the last of them on January 22").
    """
    if not (
        article.recent_year
        and article.last_date
        # "on November 26, 2020 ... on January 22 ... on Republic Day, January 26": still going
        and article.last_date.year in (article.recent_year, article.recent_year + 1)
        and mention.kind in ("date", "month")
        and mention.value[:1] == (None,)
        and mention.prep != "since"
    ):
        return None
    for year in (article.last_date.year, article.last_date.year + 1):
        then = resolve(mention, article.published, year_hint=year)
        if (
            then
            and then.start < article.published
            and article.last_date <= then.start <= article.last_date + timedelta(days=92)
        ):
            return year
    return None


# "a treaty did not follow until March 17, 1998", "was not signed until 2005": it came then
_NOT_UNTIL_BEFORE = re.compile(
    r"\b(?:not|n['’]t|never)\s+(?:[\w-]+\s+){1,3}?(?:only\s+)?(?:until|till)\s+$", re.IGNORECASE
)


def _not_until_is_when(text: str, mention: DateMention) -> DateMention:
    if mention.prep in ("until", "till") and _NOT_UNTIL_BEFORE.search(text[: mention.start]):
        return replace(mention, prep="")
    if (
        mention.prep in ("until", "till")
        and mention.text.endswith(("'s", "’s"))
        and not _WILL_BEFORE.search(text, 0, mention.start)
    ):
        # "had held until Monday's attack": the attack's day; "will stay until Sunday's vote"
        # still runs till then
        return replace(mention, prep="")
    return mention


_WILL_BEFORE = re.compile(r"\b(?:will|would|shall|is to|are to|is due to|are due to)\b", re.I)


def _is_false_mention(text: str, mention: DateMention) -> bool:
    before, after = text[: mention.start], text[mention.end :]
    if mention.is_anchored and re.search(r"\bfor\s+$", before):
        return True  # "encircled the city for eleven weeks before a surrender": a duration
    if (
        mention.prep == "since"
        and _SUPERLATIVE_BEFORE.search(before)
        and not re.match(r"\s*,\s+when\b", after)
    ):
        return True  # "the bloodiest conflict since 1945": a comparison, not a state since then
    if _THIS_PERIOD.match(mention.text) and (
        _TALLY_BEFORE.search(before[-80:]) or _SO_FAR.search(before[-30:] + mention.text)
    ):
        return True  # "the deadliest attack this year", "strikes called so far this year": a tally
    if re.search(
        r"(?<!later )(?<!earlier )\bthan\s+(?:in\s+|during\s+|on\s+|at\s+)?(?:the\s+)?$", before
    ):
        return True  # "12% fewer than in the previous week": a comparison
    if mention.prep == "since" and re.search(r"\btimes\s+since\s*$", before):
        return True  # "clashed several times since 2016": how often, not a state since then
    if mention.prep in ("to", "until", "till", "through") and re.search(
        r"\b(?:extended|extends|extending|prolonged)\s+$", before, re.IGNORECASE
    ):
        return True  # "truce extended to end of February": the new end, not when it was extended
    if mention.kind == "year" and not mention.prep and _NAME_BEFORE_YEAR.search(before):
        return True  # "the Finance Bill 2024", "Euro 2024": part of a name
    if mention.prep == "by" and mention.kind in ("date", "weekday"):
        # a deadline ("reply by Monday") dates no happening, unless it is a handover's or
        # a past state reached by then ("By Saturday, tens of thousands had filled the square")
        return not _HANDOVER.search(before) and not (
            re.fullmatch(r"\W*by\s+", before, re.IGNORECASE) and _REACHED_BY_THEN.match(after)
        )
    if _LABEL_BEFORE.search(before) or _DEADLINE_AFTER.match(after):
        return True
    if _NAMES_A_DEADLINE.match(after) and not re.search(
        r"\bby\s+(?:the\s+)?$", before, re.IGNORECASE
    ):
        return True  # "a day ahead of the 1 December deadline": the deadline is no happening
    # dateline: "BEIRUT, Nov 27 (Wire) —", "KARVAN, Ardenia, Feb. 7 (Wire) —"
    if mention.start < 60 and re.match(r"^[A-Z][A-Z .'-]+,", before) and _DATELINE.match(after):
        return True
    # a line that is only a date (the page's own date)
    return not before.strip() and not after.strip(" ,.")


# a plan told in the past ("was due to", "were scheduled to") and what then happened
_DUE_BUT_DONE = re.compile(
    r"\b(?:was|were)\s+(?:due|scheduled|set|expected|supposed|meant|planned)\s+to\s+"
    r"(?:[\w'’:.-]+\s+){1,8}?$",
    re.IGNORECASE,
)
_BUT_DONE = re.compile(
    r"[^.;]{0,60}?\bbut\s+(?:only\s+|eventually\s+|finally\s+|instead\s+|actually\s+)?"
    r"(?:(?:was|were)\s+)?"  # "was due to start on Sunday but was held up for three hours"
    r"(?!(?:postponed|delayed|cancel+ed|deferred|suspended|shelved|scrapped|put off)\b)"
    r"(?:took|began|started|came|opened|went|held|[a-z]+ed)\b",
    re.IGNORECASE,
)


def _is_future(text: str, mention: DateMention, published: date | None = None) -> bool:
    if mention.prep == "since":
        return False  # "on strike since 5 April over the planned concession": a past start
    if _CALLED_PROTEST_BEFORE.search(text, 0, mention.start):
        # "have called for fresh marches on Saturday": the marches are ahead; but "called the
        # strike on 24 September", a few days back, is no strike most of a year ahead
        return bool(_FUTURE.search(text)) or not _far_ahead(mention, published)
    if _INVITED_BEFORE.search(text, 0, mention.start):
        return bool(_FUTURE.search(text)) or not _far_ahead(mention, published)
    if _ACCUSED_OF.search(text, 0, mention.start):
        return False  # "accused the army of moving guns on Tuesday": an act told as done
    if mention.text.endswith(("'s", "’s")) and _ANSWERED_FOR.search(text, 0, mention.start):
        return False
    if mention.start < 3 and mention.text.endswith(("'s", "’s")):
        return bool(_FUTURE.search(text))  # "Friday's talks, hosted by ..., will bring together"
    if mention.prep in ("until", "till") and _PAST_DURATION.search(text[: mention.start]):
        return False  # "air strikes that lasted until 20 September": a past end
    if mention.prep in ("for", "until", "till"):
        # "a second truce declared for 18 October", "held until this September": with nothing
        # else pointing ahead, a date most of a year ahead is a past one
        return bool(_FUTURE.search(text)) or not _far_ahead(mention, published)
    if _TOLD_BEFORE.search(text[max(0, mention.start - 30) : mention.start]) or _TOLD_AFTER.match(
        text, mention.end
    ):
        return False  # "NATO said on Tuesday it would move": the saying is past
    lead = text[max(0, mention.start - 70) : mention.start]
    if mention.prep and mention.text.lower().startswith(mention.prep + " "):
        lead += (
            mention.prep + " "
        )  # "announced the automation plan in March": "in" is the mention's
    past_verb = _PAST_VERB_BEFORE.search(lead)
    # "accepted an invitation to meet in Oslo from June 24": the meeting is ahead
    if past_verb and not re.search(r"\bto\s+(?!the\b|a\b|an\b)[a-z]+\b", past_verb.group()):
        return False  # "met on Tuesday to prepare the summit planned for May": met is past
    if not mention.prep and _PAST_VERB_RIGHT_BEFORE.search(text, 0, mention.start):
        return False  # "met early on Tuesday as planned": the mention carries its own "on"
    if _DUE_BUT_DONE.search(text, 0, mention.start) and _BUT_DONE.match(text, mention.end):
        return False  # "was due to start on Sunday but only took effect at noon": it happened
    if _PREPARED_AHEAD_OF.search(text, 0, mention.start):
        return True
    apposed = {m.start(g) for m in _PLACE_APPOSITION.finditer(text) for g in (1, 2)}
    begins = [0]
    for barrier in _CLAUSE_END.finditer(text, 0, mention.start):
        if barrier.start() not in apposed:
            begins.append(barrier.end())
    begin = begins[-1]
    if len(begins) > 1 and _WITH_PARTICIPLE.match(text, begin):
        # "is due to leave in stages, with the last flying home at the end of March"
        begin = begins[-2]
    barrier = next(
        (b for b in _CLAUSE_END.finditer(text, mention.end) if b.start() not in apposed), None
    )
    end = barrier.start() if barrier else len(text)
    if (
        barrier
        and _OPENING_DATE.fullmatch(text, begin, mention.start)
        and barrier.start() == mention.end
    ):
        # "On Tuesday, the president is to address parliament": the date opens the next clause
        following = next(
            (b for b in _CLAUSE_END.finditer(text, barrier.end()) if b.start() not in apposed), None
        )
        end = following.start() if following else len(text)
    # "spoke with him on Sunday and will travel there next week": the future is a new predicate
    coordinated = _AND_FUTURE.search(text, mention.end, end)
    if coordinated and not _FUTURE.search(text, begin, mention.start):
        end = coordinated.start()
    ahead = [
        m
        for m in _FUTURE.finditer(text, begin, end)
        if not _DECIDED.search(text, 0, m.start())
        # "On Sunday, thousands gathered in the square to protest": the purpose of a past deed
        and not (
            m.start() > mention.end
            and m.group().lower().startswith("to ")
            and _PAST_VERB_AFTER.search(text, begin, m.start())
        )
    ]
    if (
        ahead
        and not _REPORTING.search(text)
        and all(_PLAN_IN_THE_PAST.search(text, 0, m.end()) for m in ahead)
    ):
        return False  # "was agreed minutes before it was due to run out on Thursday": gone by
    return bool(ahead)


# "met on Friday and agreed to pull back": what was decided lies ahead, the deciding does not
_DECIDED = re.compile(
    r"\b(?:agreed|decided|voted|pledged|promised|vowed|resolved|refused|offered)\s+$",
    re.IGNORECASE,
)


def _far_ahead(mention: DateMention, published: date | None) -> bool:
    if published is None or mention.kind not in ("date", "month") or not _is_yearless(mention):
        return False
    ahead = resolve(replace(mention, prep=""), published, future=True)
    return bool(ahead) and (ahead.start - published).days > SCHEDULE_DAYS


_SCHEDULED_VERBS = (
    r"meet|resume|reconvene|convene|begin|start|open|reopen|close|end|expire|lapse|"
    r"take effect|come into (?:force|effect)|go into effect|kick off|travel|visit|fly|head|"
    r"return|arrive|leave|depart|vote|hold|host|decide|rule|hear|debate|sit|gather|march|rally|"
    r"walk out|go on strike|strike|launch|sign"
)
_SCHEDULED_THIRD_PERSON = (
    r"meets|resumes|reconvenes|convenes|begins|starts|opens|reopens|closes|ends|expires|lapses|"
    r"takes effect|comes into (?:force|effect)|goes into effect|kicks off|travels|visits|flies|"
    r"heads|returns|arrives|leaves|departs|votes|holds|hosts|decides|rules|hears|debates|sits|"
    r"gathers|marches|rallies|walks out|goes on strike|strikes|launches|signs"
)
# a finite verb between the happening and its date makes the happening word a noun ("US
# strikes began late Tuesday") or the sentence a past one
_FINITE = (
    r"(?:[a-z]+ed|began|came|went|took|hit|struck|met|held|fell|broke|left|sent|fought|won|lost|"
    r"was|were|had|has|have|is|are|will|would|said|told)"
)
_SCHEDULED = (
    rf"(?P<verb>\b(?:{_SCHEDULED_THIRD_PERSON})|(?:(?<=[a-z]s )|(?<=\bthey )|(?<=\bboth ))"
    rf"(?:{_SCHEDULED_VERBS})|"
    # the progressive of an arrangement: "the union is staging a strike on 23 October"
    r"\b(?:is|are)\s+(?:\w+ly\s+)?(?!continuing|remaining|staying|lasting|still)[a-z]+ing)\b"
)
# "the board meets", "talks resume", "the measures take effect": the present simple of a
# happening, then at most a few words before the date
_SCHEDULED_BEFORE = re.compile(
    rf"{_SCHEDULED}(?:\s+(?!{_FINITE}\b)[\w'’-]+){{0,6}}?\s+(?:on|in|from|this|next|at)?\s*$"
)
# a present perfect takes no past day ("has met on Monday" is not English): the day belongs to
# what was set up, ahead ("the union has called a march through the town on Saturday")
_PERFECT_BEFORE = re.compile(
    r"(?P<verb>\b(?:has|have)\s+(?:\w+ly\s+)?(?!been\b)(?:[a-z]+ed|[a-z]+en|set|made|put))\b"
    rf"(?:\s+(?!{_FINITE}\b)[\w'’-]+){{1,8}}?\s+(?:on|for)\s+$"
)
# "On Saturday, the union's executive meets in Port Halvard": the date opens the clause
_SCHEDULED_AFTER = re.compile(rf"\s*,?\s+(?:(?!{_FINITE}\b)[\w'’-]+\s+){{1,6}}?{_SCHEDULED}")
# these are nouns as often as verbs: "calls for fresh marches on Thursday", "Israeli strikes on
# Monday killed twelve people"
_NOUN_TOO = frozenset(
    ["marches", "strikes", "rallies", "votes", "visits", "starts", "ends", "heads", "rules"]
    + ["returns", "debates", "launches", "signs", "leaves", "meets"]
)
_NOUN_BEFORE = re.compile(
    r"\b(?:(?:the|a|an|its|their|his|her|our|these|those|more|fresh|new|further|several|"
    r"latest|first|last|next|\d+|two|three|four|five|many|mass|weekly|daily)\s+|"
    r"(?:of|for|with|against|by|in|at|to|from|after|before|during|and|amid|despite)\s+"
    r"(?:[\w'’-]+\s+)?|"
    # "launched air strikes near the city on Sunday": the object of a past verb
    rf"{_FINITE}\s+(?:[\w'’-]+\s+)?|"
    # "drone strikes on Sunday", "street marches on Saturday": a compound noun
    r"(?:air|drone|missile|rocket|artillery|mortar|hunger|street|protest|peace)\s+)$",
    re.IGNORECASE,
)
_NOT_PLAIN_PRESENT = re.compile(
    r"\b(?:did|does|do|not|never|to|would|could|should|might|may|can|must|will|who|which|that|"
    r"usually|normally|often|always|every|each)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
SCHEDULE_DAYS = 120


def _is_scheduled(text: str, mention: DateMention, article: _Article) -> bool:
    """ "The union's executive meets on Saturday", "the law takes effect on 1 June": the
    present simple of a happening with a date is a timetable, so the date lies ahead.

    Not in a chronology or a feature about another year, where the present tells the past, and
    not when the date would be further ahead than a timetable reaches."""
    # an anniversary piece tells its old year in the present, but not once back in the present
    # ("the former envoy arrives in Sarajevo on Saturday evening")
    past_narrative = article.narrative_year and not article.in_present
    if article.timeline or past_narrative or mention.prep in ("since", "by"):
        return False
    if not text.rstrip().endswith((".", "!", "?", '"', "”", "'", "’")):
        return False  # a headline tells the past in the present: "Thousands march on Saturday"
    if mention.kind not in ("date", "weekday", "ordinal_day", "month") or not (
        mention.kind in ("weekday", "ordinal_day") or _is_yearless(mention)
    ):
        return False
    if mention.kind == "weekday" and mention.value[0] == "last":
        return False
    if _TOLD_BEFORE.search(text[max(0, mention.start - 30) : mention.start]) or _TOLD_AFTER.match(
        text, mention.end
    ):
        return False
    begin = 0
    for barrier in _CLAUSE_END.finditer(text, 0, mention.start):
        begin = barrier.end()
    barrier = _CLAUSE_END.search(text, mention.end + 2)
    end = barrier.start() if barrier else len(text)
    verb = _SCHEDULED_BEFORE.search(text, begin, mention.start)
    if not verb and mention.kind in ("weekday", "date", "ordinal_day"):
        verb = _PERFECT_BEFORE.search(text, begin, mention.start)
    if not verb:
        opening = re.fullmatch(r"\W*(?:on|from|next|this)?\s*", text[begin : mention.start], re.I)
        verb = opening and _SCHEDULED_AFTER.match(text, mention.end, end)
        begin = mention.end
    if not verb or _NOT_PLAIN_PRESENT.search(text, begin, verb.start("verb")):
        return False
    if verb.group("verb").lower() in _NOUN_TOO and (
        _NOUN_BEFORE.search(text, begin, verb.start("verb"))
        or re.match(rf"\s+(?:\w+ly\s+)?{_FINITE}\b", text[mention.end : end])
    ):
        return False
    ahead = resolve(mention, article.published, future=True)
    return bool(ahead and ahead.start <= article.published + timedelta(days=SCHEDULE_DAYS))


def _stated_year(mention: DateMention) -> int | None:
    """The year written in a mention: "1987", "June 1988", "the spring of 1987"."""
    if mention.kind in ("year", "date", "month") and isinstance(mention.value[0], int):
        return mention.value[0]
    if mention.kind == "season" and mention.value[2]:
        return mention.value[2]
    return None


def _year_hint(
    text: str,
    mention: DateMention,
    mentions: list[DateMention],
    context_year: int | None = None,
    written_year: int | None = None,
) -> int | None:
    """A yearless date written as a name ("the Sept. 11 attacks") or followed by "of that year"
    takes the sentence's year; "that December", "on Easter Sunday that year" take the year the
    sentence or, failing that, the story has just told."""
    that_year = re.match(r"\s+(?:of\s+)?that\s+year\b", text[mention.end :])
    if that_year or (mention.kind == "month" and mention.parts[2:3] == (True,)):
        earlier = [_stated_year(m) for m in mentions if m.end <= mention.start and _stated_year(m)]
        if earlier:
            return earlier[-1]
        # "a leader of the 2014 protests ... from late September of that year": the year written
        return (written_year or context_year) if that_year else context_year
    if mention.kind == "date" and mention.value[0] is None:
        told = [
            _stated_year(m)
            for m in mentions
            if m.end <= mention.start
            and m.prep != "since"
            # "the 2014 accord ...", "resolution 2402 (2018)": a year naming something else
            # dates nothing here
            and (
                m.kind != "year"
                or not re.match(r"\s+[a-z]", text[m.end :])
                and not (text[: m.start].endswith("(") and text[m.end :].startswith(")"))
            )
        ]
        told = [y for y in told if y]
        if told:
            # "swept into Mosul on 10 June 2014 ... began bombing on 8 August": that year
            return told[-1]
    if mention.kind == "season" and mention.value[0] == "" and mention.value[2] is None:
        told = [_stated_year(m) for m in mentions if m.end <= mention.start and _stated_year(m)]
        if told:
            # "walked out in September 2015 and stayed out for much of the autumn": that autumn
            return told[-1]
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


def _told_on(text: str, mentions, ranges, index: int) -> date | None:
    """The day a report was made, when a relative day ("overnight", "yesterday") sits in what
    it reports: "the ministry said on Friday that ... overnight"."""
    earlier = [i for i in range(index) if i in ranges]
    if not earlier:
        return None
    told = ranges[earlier[-1]]
    if told.precision != "day" or told.start != told.end:
        return None
    before = text[max(0, mentions[earlier[-1]].start - 40) : mentions[earlier[-1]].start]
    between = text[mentions[earlier[-1]].end : mentions[index].start]
    if _TOLD_BEFORE.search(before) and re.match(r"\s*,?\s*that\b", between):
        return told.start
    return None


def _chronicle_year(
    text: str, mention: DateMention, article: _Article, told_here: date | None = None
) -> int | None:
    """ "That October, a report ... In December, Tutu met the strikers": a bare month right
    after the story told a day or month of a year long gone goes on in that chronology, the
    same year if the month comes later, else the next one. A date told earlier in the same
    sentence ("derailed in November 2014 ... and talks resumed in December") comes first."""
    last = told_here or article.last_date
    if (
        mention.kind != "month"
        or mention.value[0] is not None
        or mention.prep == "since"  # "in place since August": a state running till now
        # within a sentence only a plain past goes on with the chronology
        or (mention.start > 3 and re.search(r"\b(?:has|have|is|are|will)\b", text, re.I))
        or last is None
        or article.in_present
        or last.year >= article.published.year - 1
    ):
        return None
    return last.year if mention.value[1] >= last.month else last.year + 1


def _context_year(article: _Article) -> int | None:
    """The year the story is in: the old year it went back to, else its last date's."""
    if article.recent_year:
        return article.recent_year
    return article.last_date.year if article.last_date else None


def _resolve_mentions(text: str, mentions: list[DateMention], article: _Article):
    """Resolve every mention; anchored ones in text order against what came before them.

    Returns the ranges by mention index, the spans of noun phrases that only name an anchor
    ("after the meeting": not a new meeting) and the indexes of relational mentions, whose range
    belongs to the event told after them ("two days after a drone attack").
    """
    ranges: dict[int, DateRange] = {}
    reference_spans: list[tuple[int, int]] = []
    relational: set[int] = set()
    anchor_dates: dict[int, int] = {}  # the anchor clause's own date -> the anchored mention
    published = article.published
    futures: dict[int, bool] = {}
    for index, mention in enumerate(mentions):
        if mention.is_anchored:
            continue
        future = _is_future(text, mention, published) or _is_scheduled(text, mention, article)
        if mention.text.isdigit() and index - 1 in futures:
            # "gather in Orem on Feb. 2 and 3": a bare listed day shares its month's tense
            future = futures[index - 1]
        futures[index] = future
        year_hint = _year_hint(
            text, mention, mentions, _context_year(article), article.written_year
        )
        years_ago = [
            m.value[0] for m in mentions[:index] if m.kind == "ago" and m.value[1] == "year"
        ]
        if year_hint is None and mention.kind == "holiday" and years_ago:
            # "Twenty-five years ago today, on a Good Friday": the holiday of that year
            year_hint = published.year - years_ago[-1]
        next_or_last = [
            m.value[1]
            for m in mentions[:index]
            if m.kind == "relative_period"
            and m.value[0] == ""
            and m.value[1:] in _NEXT_OR_LAST_YEAR
            and _same_clause_after(text, m, mention)
        ]
        if year_hint is None and _is_yearless(mention) and next_or_last:
            # "Next year's summit will be held in Varos in June": June of next year
            year_hint = published.year + (1 if next_or_last[-1] == "next" else -1)
        if year_hint is None and _is_yearless(mention):
            # "2016 — Santos and Timochenko sign the accord on 26 September": the entry's year
            year_hint = _label_year(article)
        if (
            year_hint is None
            and article.narrative_year
            and mention.kind in ("date", "month", "range", "holiday")
            and not future
            # "This year the mission changed. At a meeting on 26 July": back in the present
            and not article.in_present
        ):
            year_hint = article.narrative_year
        if (
            year_hint is None
            and not future
            # "derailed in November 2014 ... resumed in December": a month goes on from its sentence
            and (mention.kind == "date" or not any(i in ranges for i in range(index)))
            # "voted in June to end its mandate, and the drawdown has been swift": told from now
            and not (mention.kind == "month" and _TOLD_FROM_NOW.search(text))
        ):
            year_hint = _old_year_going_on(mention, article)
        if (
            year_hint is None
            and article.recent_year
            and (
                mention.kind == "holiday"
                or mention.kind in ("date", "range")
                and mention.value[:1] in ((None,), ())
            )
            and mention.prep != "since"  # "have protested every week since April": till now
            and not future
            and (
                _months_back(mention, published) > RECENT_MONTHS
                # "had been signed in Cartagena on 26 September": further back, in that year
                or _PAST_PERFECT_BEFORE.search(text, 0, mention.start)
            )
        ):
            # a yearless day months back, right after the story went back to an old year
            year_hint = article.recent_year
        if mention.kind == "season" and mention.value[0] == "that" and article.last_date:
            year_hint = year_hint or article.last_date.year
        if year_hint is None and not future:
            # a bare year told earlier ("negotiated in 2021, and ... began in March") is too
            # loose to carry on from
            told_here = [i for i in range(index) if i in ranges and ranges[i].precision != "year"]
            # "held for almost two years before it collapsed in February": not that year
            if told_here and _YEARS_OR_MONTHS.search(
                text, mentions[told_here[-1]].end, mention.start
            ):
                told_here = []
            # "a truce declared in March collapsed on Aug. 24": the month goes with the
            # sentence's own yearless day, which the chronology does not carry
            later_day = any(m.kind == "date" and m.value[0] is None for m in mentions[index + 1 :])
            if not later_day:
                year_hint = _chronicle_year(
                    text, mention, article, ranges[told_here[-1]].start if told_here else None
                )
        resolved = resolve(mention, published, future=future, year_hint=year_hint)
        if (
            resolved
            and mention.kind == "coming"
            and mention.value[0] is not None
            and article.last_date
            and (
                article.last_date < published - timedelta(days=30)
                # "drone attacks followed over the next three days": the story's days, told past
                or _PAST_FINITE.search(text, 0, mention.start)
            )
            and article.last_date < published
            and not future
        ):
            # "Over the next 100 days, militias killed ...": counted from the story's last date
            span = resolved.end - resolved.start
            resolved = DateRange(
                article.last_date, article.last_date + span, "approximate", mention.text
            )
        earlier_days = [r for i, r in ranges.items() if i < index and r.precision == "day"]
        told_on = _told_on(text, mentions, ranges, index)
        if resolved and mention.kind == "relative_day" and told_on:
            # "the ministry said on Friday that ... overnight": the night before Friday
            resolved = resolve(mention, told_on, future=future)
        told_from = earlier_days[-1].start if earlier_days else article.last_date
        around = _AROUND_THE_TOLD_DAY.search(text[: mention.start])
        if resolved and mention.kind == "weekday" and around and told_from:
            # "walked out on 15 November after talks broke down the previous Friday": the
            # Friday before that day, not before the publication
            later = around.group(1).lower() in ("following", "next")
            resolved = resolve(
                mention, told_from + timedelta(days=1 if later else -1), future=later
            )
        elif (
            resolved
            and mention.kind == "weekday"
            and mention.value[0] != "last"
            and earlier_days
            and _STARTING_BEFORE.search(text[: mention.start])
        ):
            # "agreed late on Thursday to a truce starting on Saturday": the Saturday after
            resolved = resolve(mention, earlier_days[-1].start, future=True)
        if resolved:
            ranges[index] = resolved
    _overnight_of_the_telling(text, mentions, ranges, published)
    for index, mention in enumerate(mentions):
        if not mention.is_anchored:
            continue
        count, unit, direction, qualifier = mention.value
        earlier_here = [ranges[i] for i in range(index) if i in ranges]
        after_text = text[mention.end :]
        if (
            direction in ("after", "before")
            and qualifier != "within"
            and index + 1 in ranges
            and mentions[index + 1].kind in ("date", "holiday")
            and re.fullmatch(r"\s*", text[mention.end : mentions[index + 1].start])
        ):
            # "Two days after 4 October, rebels shelled the port": counted from that date,
            # which dates nothing itself
            ranges[index] = resolve(mention, published, anchor=ranges.pop(index + 1).start)
            continue
        if direction in ("after", "before") and qualifier != "within":
            subject = _SUBJECT_REFERENCE.match(_strip_verb(text[: mention.start]))
            main_date = None
            noun = _DEFINITE_NP.match(after_text)
            # "It came a year after the previous general strike": that one is an earlier
            # happening, dated back from the one the sentence is about
            earlier_one = noun and re.match(r"(?:previous|last|earlier|prior)\b", noun.group(1))
            if earlier_here:
                main_date = earlier_here[-1].start
            elif _PRONOUN_SUBJECT.match(text[: mention.start]) and (earlier_one or not noun):
                # "It came 11 days after a car bomb exploded": a new happening, dated back from
                # the one the story just told
                main_date = article.last_date
            elif earlier_one and subject:
                main_date = article.anchor_for(subject.group(1))
                reference_spans.append((subject.start(1), subject.end(1)))
            elif noun and article.refers_to_told(noun.group(1)):
                main_date = None  # "came hours after the summit opened": dated from the summit
            elif article.last_date and _WENT_AHEAD_BEFORE.search(text, 0, mention.start):
                # "The swap went ahead five days after negotiators agreed the lists": the swap
                # is the story's last day, the agreeing five days before it
                main_date = article.last_date
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
            phrase = _ANCHOR_NP.match(after_text)  # "the Abuja summit opened": up to its noun
            # "two days after the truce came into force": counted from the truce's start
            state = bool(phrase and _STATE_BEGAN.search(after_text[: phrase.end() + 20]))
            anchor = article.anchor_for(phrase.group(1), state) if phrase else article.last_date
            # "three days after the eighth round of negotiations ended in deadlock on 28
            # October": the anchor clause's own date, told with no break after its noun
            own = [
                i
                for i in range(index + 1, len(mentions))
                if i in ranges
                and noun
                and mentions[i].start - (mention.end + noun.end()) <= _ANCHOR_CLAUSE_REACH
                and not re.search(r"[,;:—–]", text[mention.end + noun.end() : mentions[i].start])
            ]
            if own:
                # "Three days after the truce took effect on 4 October": counted from the
                # anchor's own date, which stays the anchor's
                anchor = ranges[own[0]].start
                anchor_dates[own[0]] = index
            elif noun:
                told = _OPENING_ANCHOR_CLAUSE.match(after_text) if mention.start <= 3 else None
                # "Hours after the convoy left, a bomb struck": the leaving is the anchor, told
                # before; the whole opening clause refers to it
                end = told.end() if told else noun.end()
                reference_spans.append((mention.end, mention.end + end))
        elif direction in ("since", "at"):
            # "since the truce came into force": the verb may lie past the mention's own words
            state = direction == "since" and bool(
                _STATE_BEGAN.search(mention.text + after_text[:20])
            )
            anchor = article.anchor_for(qualifier, state) if qualifier else article.last_date
            reference_spans.append((mention.start, mention.end))
        elif qualifier == "within":
            noun = _DEFINITE_NP.match(after_text)
            anchor = article.anchor_for(noun.group(1)) if noun else article.last_date
            if noun:
                reference_spans.append((mention.end, mention.end + noun.end()))
        elif (
            mention.text.lower().startswith("the day")
            and index - 1 in ranges
            and re.fullmatch(r"\s*,\s*", text[mentions[index - 1].end : mention.start])
            and re.match(r"\s+[a-z]", after_text)
        ):
            # "walked out last Thursday, the day after talks broke down": the talks were the
            # day before that Thursday
            flipped = "earlier" if direction == "later" else "later"
            ranges[index] = resolve(
                replace(mention, value=(count, unit, flipped, qualifier)),
                published,
                anchor=ranges[index - 1].start,
            )
            relational.add(index)
            continue
        else:
            anchor = earlier_here[-1].start if earlier_here else article.last_date
            recent_day = (
                article.last_day
                and article.last_day[1] >= article.sentences - 1
                and article.last_date
                and article.last_date < article.last_day[0]
            )
            if not earlier_here and unit == "day" and count <= 1 and recent_day:
                # "attacked late on Wednesday, the worst since a truce brokered in early August.
                # The following day ...": the day told, not the look back after it
                anchor = article.last_day[0]
            elif (
                not earlier_here
                and unit == "day"
                and count <= 1
                and article.last_coarse
                and article.last_day
            ):
                # "signed on July 16, 2010. Earlier tries, in 2003 and 2007, failed. The truce
                # took effect the next morning": a day is counted from the last day told
                anchor = article.last_day[0]
            clock_day = index + 1 in ranges and _CLOCK_THEN_DAY.fullmatch(
                text, mention.end, mentions[index + 1].start
            )
            if clock_day and re.search(r"\d|noon|midnight", mention.text):
                # "announced the deal shortly after 3 a.m. on Saturday": that Saturday
                anchor = ranges[index + 1].start
            named = _NAMED_HAPPENING.search(text)
            if count == 0 and not earlier_here and named and article.refers_to_told(named.group(1)):
                # "walked out before the vote and protested that same evening": the vote's day
                anchor = article.anchor_for(named.group(1))
            noun = _DEFINITE_NP.match(after_text)
            if mention.text.lower().startswith("the day") and noun:
                # "the day after the attack": counted from the attack, which is not new
                anchor = article.anchor_for(noun.group(1))
                reference_spans.append((mention.end, mention.end + noun.end()))
        resolved = resolve(mention, published, anchor=anchor)
        if resolved:
            ranges[index] = resolved
    for index, mention in enumerate(mentions):
        if mention.kind != "within" or index not in ranges:
            continue
        base = earlier_ranges(ranges, index)[-1].start if earlier_ranges(ranges, index) else None
        if base is None and mention.start <= 3 and article.last_date and _PLUPERFECT.search(text):
            base = article.last_date  # "Within a week, miners at other pits had walked out"
        if base is not None:
            span = ranges[index].end - ranges[index].start
            ranges[index] = DateRange(base, base + span, "approximate", mention.text)
    return ranges, reference_spans, relational, anchor_dates


# the past before a past the story told: "had walked out", "had been stormed"
_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|ne|wn|ck|ut)\b")


_TOLD_THAT = re.compile(
    r"\b(?:said|says|told|reported|announced|claimed|confirmed|stated|added)\b[^.;]*?\bthat\b"
)


def _overnight_of_the_telling(text, mentions, ranges, published) -> None:
    """ "The ministry said on Friday that its guns had hit three positions overnight": the
    night before the telling, not before the publication."""
    for index, mention in enumerate(mentions):
        if mention.kind != "relative_day" or mention.value[0].lower() != "overnight":
            continue
        told = [
            i
            for i in range(index)
            if i in ranges
            and ranges[i].precision == "day"
            and ranges[i].start == ranges[i].end
            and ranges[i].start < published
            and mentions[i].kind != "relative_day"
            and _TOLD_THAT.search(text, max(0, mentions[i].start - 40), mention.start)
        ]
        if told:
            day = ranges[told[-1]].start
            ranges[index] = DateRange(day - timedelta(days=1), day, "approximate", mention.text)


_NEXT_OR_LAST_YEAR = (("next", "year"), ("last", "year"))


def _same_clause_after(text: str, first: DateMention, then: DateMention) -> bool:
    # "the accord signed last year in March"; not "last year the army left, and in March"
    return first.end <= then.start and not re.search(r"[,;:]", text[first.end : then.start])


def _is_yearless(mention: DateMention) -> bool:
    if mention.kind == "date":
        return mention.value[0] is None
    if mention.kind == "month":
        return mention.value[0] is None and mention.parts in ((), (0, False, False))
    if mention.kind == "holiday":
        return True
    if mention.kind == "range":
        return all(part[0] is None for part in mention.parts)
    return False


def _label_year(article: _Article) -> int | None:
    """The year written in the date heading the paragraph ("October 2012", "2016 —"), or in
    the chronology heading above it ("2016" over "June 23: ...")."""
    for label in (article.label, article.section):
        if label and label.start.year == label.end.year and _WRITTEN_YEAR.search(label.text):
            return label.start.year
    return None


def earlier_ranges(ranges: dict[int, DateRange], index: int) -> list[DateRange]:
    return [ranges[i] for i in sorted(ranges) if i < index]


def _strip_verb(text: str) -> str:
    return re.sub(r"(?:came|comes|followed|happened|was|were)\s+$", "", text)


def _phrase_duration(text: str) -> int:
    match = re.search(r"\b(\d+|two|three|four|five|six|seven)\s+days\b", text[:80], re.IGNORECASE)
    if not match:
        return 7
    word = match.group(1).lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, 7)


def _adjust_range(
    text: str, trigger: Trigger, date_range: DateRange, published: date, narrative: bool = False
) -> DateRange:
    """Durations around a trigger: "five days of talks" ending on D, "entered its third day"."""
    before = text[max(0, trigger.start - 60) : trigger.start]
    duration = _DURATION.search(before)
    if duration and date_range.precision == "day":
        word = duration.group(1).lower()
        days = timedelta(days=(int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)) - 1)
        if _BEGAN.search(text[trigger.end : trigger.end + 40]):
            # "three days of talks that began on Sunday": the date is the first day
            return replace(date_range, end=date_range.start + days)
        return replace(date_range, start=date_range.end - days)
    nth_day = _NTH_DAY_OF.search(before)
    if nth_day and date_range.precision == "day" and date_range.start == date_range.end:
        # "held a second day of talks on Sunday": the talks began the day before
        days = timedelta(days=ORDINAL_WORDS[nth_day.group(1).lower()] - 1)
        return replace(date_range, start=date_range.end - days)
    quiet_spell = QUIET_SPELL_ENDED.search(before) if trigger.type == "pause" else None
    if quiet_spell and date_range.precision == "day" and date_range.start == date_range.end:
        hedge, word, unit = (group.lower() if group else "" for group in quiet_spell.groups())
        count = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)
        days = timedelta(days=count * UNIT_DAYS[unit])
        precision = "approximate" if hedge else "day"
        return DateRange(date_range.end - days, date_range.end, precision, date_range.text)
    span = _SPAN_BEFORE.search(before)
    if span and date_range.precision == "day" and date_range.start == date_range.end:
        # "a 72-hour ceasefire starting on Saturday", "a three-day strike from Monday"
        word, unit = span.group(1).lower(), span.group(2).lower()
        count = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)
        days = -(-count // 24) if unit == "hour" else count
        if 1 < days <= 31 and _ENDED.match(text[trigger.end : trigger.end + 40]):
            return replace(date_range, start=date_range.end - timedelta(days=days - 1))
        if 1 < days <= 31:
            return replace(date_range, end=date_range.start + timedelta(days=days - 1))
    lasted = _LASTED.match(text, trigger.end)
    if lasted and date_range.precision == "day":
        # "a ceasefire that took effect on 2 December lasted barely five weeks": it is over
        word, unit = lasted.group(1).lower(), lasted.group(2).lower()
        count = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)
        days = count * {"day": 1, "week": 7, "month": 30}[unit]
        # the first day counts: five weeks from 2 December is 2 December to 5 January
        end = date_range.start + timedelta(days=max(days - 1, 0))
        return DateRange(date_range.start, min(end, published), "approximate", date_range.text)
    lasting = _FOR_DURATION.match(text, trigger.end)
    if lasting and date_range.precision == "day" and date_range.start == date_range.end:
        # "walk out for 48 hours from 3 November": 3 and 4 November
        word, unit = lasting.group(1).lower(), lasting.group(2).lower()
        count = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)
        days = -(-count // 24) if unit.startswith("hour") else count
        if 1 < days <= 31:
            return replace(date_range, end=date_range.start + timedelta(days=days - 1))
    nth = _NTH_PERIOD.search(text[trigger.start : trigger.end + 90])
    if not nth and trigger.type in _OPEN_TYPES:
        nth = _NTH_PERIOD_BEFORE.search(text, max(0, trigger.start - 150), trigger.start)
    # the day it is told of: "on Monday", or "overnight" into the day of the telling
    told_day = date_range.precision in ("day", "approximate") and (
        date_range.end - date_range.start
    ) <= timedelta(days=1)
    if nth and nth.group(2).lower() == "day" and told_day and date_range.end <= published:
        # "entered its third day" (on Monday): began two days before then, still on
        count = ORDINAL_WORDS.get(nth.group(1).lower()) or int(
            re.match(r"\d+", nth.group(1)).group()
        )
        start = date_range.end - timedelta(days=count - 1)
        date_range = replace(date_range, precision="day")
        return replace(date_range, start=start, end=published, open_end=True)
    if nth and date_range.precision == "day" and date_range.start == published:
        word, unit = nth.group(1).lower(), nth.group(2).lower()
        count = ORDINAL_WORDS.get(word) or int(re.match(r"\d+", word).group())
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
        and date_range.precision in ("day", "approximate")
        and date_range.end < published
        and not date_range.open_end
        and _GONE_ON_SINCE.match(text, trigger.end)
    ):
        # "protests broke out within hours of the arrest and have continued every day since"
        return replace(date_range, end=published, open_end=True)
    if (
        trigger.type in _OPEN_TYPES
        and date_range.precision == "day"
        and date_range.end < published
        and not date_range.open_end
        and (
            _STATE_START.search(text[max(0, trigger.start - 40) : trigger.end + 60])
            # "occupied the rectorate on 26 March and have refused to leave since"
            or _EVER_SINCE.search(text, trigger.end)
        )
        # a feature about a past year tells "the ceasefire took effect on 12 October" as history,
        # and so does a look back years later: only "still", "has held" keep it running
        and not (
            (narrative or date_range.start < published - _LONG_AGO) and not _STILL.search(text)
        )
        and not re.search(r"(?<![\w-])(?:ended|lifted|expired|collapsed)\b", text, re.IGNORECASE)
    ):
        return replace(date_range, end=published, open_end=True)
    return date_range


def _confidence(date_range: DateRange, pairing: Pairing, mention: DateMention) -> float:
    score = 0.8 if date_range.precision == "day" else 0.6
    if pairing.fallback:
        score -= 0.2
    if mention.is_anchored:
        score -= 0.1
    return max(0.1, score)


TITLE_LENGTH = 90
_TITLE_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .'-]*[A-Z](?:,[^—–\n]{0,50}?)?\s+[—–-]+\s+|^\s*\d{1,2}[:.]\d\d(?:\s*[A-Z]{2,4})?\s*[—–:-]+\s*"
)
_ATTRIBUTION = re.compile(
    r"^(?:[^,;:\"“]{0,80}?\s)?(?:said|says|told\s+(?:[\w-]+\s+){0,3}?|announced|reported|added|"
    r"confirmed|stated|claimed)(?:\s+(?:on|late on|early on|last)?\s*\w+)?,?\s+that\s+",
    re.IGNORECASE,
)
_TRAILING_CLAUSE = re.compile(
    r"[;:(]|\s[—–-]\s|,\s+(?:which|who|whose|while|as|although|though|but|according to|saying|"
    r"citing|after|before|when|where|despite|because|amid|in what)\b|"
    r",\s+(?:and|but|while|whereas)\s+(?:a|an|the|then|later|on|in|at)\b|,\s+[\w\s.'-]{0,40}?\s"
    r"(?:said|told|reported|added)\b"
)


_CLAUSE_JOINT = re.compile(
    r";\s+|,\s+(?:and|but|while|whereas)\s+(?=(?:a|an|the|then|later|on|in|at)\b)", re.IGNORECASE
)


def _title(text: str, trigger: Trigger | None = None) -> str:
    """A headline-like title: the clause around the trigger, without the dateline, the
    attribution before it ("Officials said on Monday that") or the clauses trailing after it."""
    begin, end = 0, len(text)
    dateline = _TITLE_DATELINE.match(text)
    if dateline and (trigger is None or dateline.end() <= trigger.start):
        begin = dateline.end()
    attribution = _ATTRIBUTION.match(text, begin)
    if attribution and (trigger is None or attribution.end() <= trigger.start):
        begin = attribution.end()
    if trigger is not None:
        for joint in _CLAUSE_JOINT.finditer(text, begin, trigger.start):
            begin = joint.end()  # "..., and a guard was shot dead": the second happening's clause
    after = trigger.end if trigger is not None and trigger.end > begin else begin
    clause = _TRAILING_CLAUSE.search(text, after)
    if clause:
        end = clause.start()
    title = " ".join(text[begin:end].split()).rstrip(" ,.;:")
    if not title:
        title = " ".join(text.split())
    title = title[0].upper() + title[1:]
    if len(title) <= TITLE_LENGTH:
        return title
    return title[: TITLE_LENGTH - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
