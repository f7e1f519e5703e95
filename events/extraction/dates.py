"""Date expressions: a regex recogniser and a resolver against the publication date.

``find_dates(sentence)`` returns the date expressions written in a sentence (``DateMention``);
``resolve(mention, published, future=..., anchor=...)`` turns one into a ``DateRange``.
Numbers that only look like dates (counts, times, ages, article numbers, frequencies) are not
recognised because every pattern needs a month, a weekday, a relative word or a plausible year in
a date-like position.
"""

import calendar
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from .types import DateRange

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "several": 3, "a few": 3, "few": 3,
}  # fmt: skip
ORDINAL_WORDS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
}  # fmt: skip
UNIT_DAYS = {"hour": 0, "day": 1, "week": 7, "month": 30, "year": 365}

_FULL_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# "twenty-five years ago": a compound is one number, never its last word alone
_NUM = (
    rf"(?:\d{{1,3}}|{_TENS}(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?|a|an|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|several|a few|few)"
)
_UNIT = r"(?:hour|day|week|fortnight|month|year)s?"
_PART = r"(?:morning|afternoon|evening|night)"

# Order matters: earlier patterns win when two matches overlap and have the same length.
PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?![\d/-])")),
    ("numeric", re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")),
    # the European dotted form is always day first: "on 14.09.2022"
    ("dotted", re.compile(r"(?<![\d/.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d|[./]\d)")),
    (
        "day_range",
        re.compile(
            rf"\b({_DAY})\s*(?:and|to|-|–|until|through)\s*({_DAY})\s+({_MONTH})(?:,?\s+({_YEAR}))?\b"
        ),
    ),
    (
        "day_month",
        re.compile(
            rf"(?:\b({_WEEKDAY}),?\s+(?:\()?)?\b({_DAY})\s+(?:of\s+)?({_MONTH})(?!\w)(?:,?\s+({_YEAR})\b)?\)?"
        ),
    ),
    (
        "month_day",
        re.compile(
            rf"(?:\b({_WEEKDAY}),?\s+(?:\()?)?\b({_MONTH})\s+({_DAY})\b(?![.,]\d)(?:,?\s+({_YEAR})\b)?\)?"
        ),
    ),
    (
        "ordinal_day",
        re.compile(
            r"\b(?:on|by|until|since|from)\s+the\s+([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
            r"(?:\s+of\s+this\s+month)?"
            r"(?!\s+(?:century|anniversary|round|day|time|floor|of|[A-Z]))"
        ),
    ),
    ("month_or_month", re.compile(rf"\b({_FULL_MONTH})\s+or\s+({_FULL_MONTH})(?:\s+({_YEAR}))?\b")),
    ("month_year", re.compile(rf"\b({_MONTH})\s+(?:of\s+)?({_YEAR})\b")),
    (
        "month_relative_year",
        re.compile(
            rf"\b(?:({_DAY})\s+)?({_MONTH})(?:\s+({_DAY}))?,?\s+(?:of\s+)?(last|this|next)\s+year\b"
        ),
    ),
    (
        "month",
        re.compile(
            rf"\b(?:(?:[Ii]n|[Ss]ince|[Ff]rom|[Bb]etween|[Uu]ntil|[Tt]ill|[Bb]y|[Dd]uring|[Tt]o|[Tt]hrough|[Tt]hroughout|[Ee]arly|[Ll]ate|[Mm]id|and|or|"
            rf"[Ee]nd of|[Bb]eginning of|[Ss]tart of|[Ll]ast|[Tt]his|[Tt]hat|"
            rf"[Nn]ext)[\s-]+)+({_FULL_MONTH})\b(?!\s+\d)"
        ),
    ),
    (
        "season",
        re.compile(
            # "This spring a new channel opened": capitalised at the start of a sentence too
            r"\b(?:(?:[Ii]n|[Dd]uring|[Bb]y)\s+)?(?:the\s+)?"
            r"(?:([Tt]hat|[Tt]his|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate)\s+)?"
            # "the autumn of 2024", "autumn 2024"
            r"(spring|summer|autumn|fall|winter)\b(?:(?:\s+of\s+(?:[a-z]+\s+of\s+)?|\s+)(1[89]\d\d|20\d\d)"
            r"(?:\s*[-–/]\s*(\d\d)(?![\d-]))?)?"
        ),
    ),
    # "the 1988-94 conflict", "from 1992 to 1995": a span of whole years
    (
        "year_range",
        re.compile(
            rf"(?<![\d/.,:$£€#-])\b({_YEAR})\s*[-–/]\s*(\d\d|{_YEAR})\b(?![\d/%-]|[.,]\d)"
            rf"|\b(?:[Ff]rom|[Bb]etween)\s+({_YEAR})\s+(?:to|and|until|till|through)\s+({_YEAR})\b"
            # "the border war of 1998 to 2000" (but "the elections of 1998 and 2002" are two)
            rf"|\bof\s+({_YEAR})\s+(?:to|until|till|through)\s+({_YEAR})\b"
        ),
    ),
    # "in the 1990s", "the early 2000s": a decade or a third of one
    (
        "decade",
        re.compile(r"\b(?:(early|mid|late)[\s-]+)?((?:1[89]|20)\d0)['’]?s\b(?!-)", re.IGNORECASE),
    ),
    # named days: "on Christmas Day", "on Easter Sunday that year"
    (
        "holiday",
        re.compile(
            r"\b(?:(Easter)\s+(Sunday|Day|Monday)|(Good)\s+(Friday)|(Christmas)\s+(Day|Eve)|"
            r"(Boxing)\s+(Day)|(New\s+Year['’]s)\s+(Day|Eve)|(May)\s+(Day)|"
            # "a week before Easter", "at Christmas 1963"; not "the Easter truce"
            r"(Easter|Christmas)(?!\s+(?:Sunday|Day|Monday|Eve)\b)(?!\s+[a-z])(?!['’]s))\b"
            rf"(?:,?\s+({_YEAR})\b(?![\d/%]|[.,]\d))?"
        ),
    ),
    (
        "year",
        re.compile(
            r"(?<![\d/.,:$£€#-])(?<!No\. )(?:\b(?:early|late|mid|the end of|the beginning of|"
            r"the start of|(?:the\s+)?(?:first|opening|final|closing)\s+(?:few\s+)?(?:weeks|months)"
            r"\s+of|(?:the\s+)?(?:first|second)\s+half\s+of)(?:\s+in)?[\s-]+)?"
            rf"\b({_YEAR})\b(?![\d/%]|[.,]\d|-\d|\s*(?:GMT|hours|"
            rf"hrs|local))"
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?:((?i:last|next|this|early|late|early on|late on|overnight|overnight on|"
            rf"overnight into|overnight to|"
            rf"in the early hours of|the early hours of))\s+)?({_WEEKDAY})(?:'s)?(?:\s+({_PART}))?"
            r"(?:\s+(?:of\s+)?((?i:last|next|this))\s+week)?\b"
        ),
    ),
    (
        "relative_day",
        re.compile(
            rf"\b(yesterday|today|tonight|tomorrow|overnight|this\s+{_PART}|last\s+night|earlier\s+today|"
            # "since the weekend": its "since" is the preposition, read as for "since Saturday"
            r"(?:(?:over|at|during|throughout)\s+|(?<=\bsince\s))the\s+weekend|"
            r"before\s+dawn\s+today|the\s+day\s+before\s+yesterday)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "relative_period",
        re.compile(
            r"\b(?:(?:the\s+)?(?:first|opening|final|closing)\s+(?:few\s+)?(?:weeks|months)\s+of\s+)?"
            r"((?:earlier|later|early|late)\s+)?(last|this|next|past|previous)\s+(week|weekend|month|year)\b",
            re.IGNORECASE,
        ),
    ),
    (  # "by the end of the month": the current one, as "the end of this month"
        "relative_period",
        re.compile(
            r"\b(?:the\s+)?((?:end|beginning|start|middle)\s+of)\s+the\s+(week|month|year)\b",
            re.IGNORECASE,
        ),
    ),
    (  # "earlier in the week": as "earlier this week"
        "relative_period",
        re.compile(r"\b(earlier|later)\s+in\s+the\s+(week|month|year)\b", re.IGNORECASE),
    ),
    (  # "the week after next", "the week before last": two weeks on or back
        "relative_period",
        re.compile(r"\bthe\s+(week)\s+(after\s+next|before\s+last)\b", re.IGNORECASE),
    ),
    (
        "week_of_month",
        re.compile(
            rf"\b(?:the\s+)?(first|second|third|fourth|last|final)\s+week\s+of\s+({_FULL_MONTH})"
            rf"(?:,?\s+({_YEAR}))?\b"
        ),
    ),
    (  # "in the first week of this month", "the last week of last month"
        "week_of_relative_month",
        re.compile(
            r"\b(?:the\s+)?(first|second|third|fourth|last|final)\s+week\s+of\s+(this|last)\s+month\b",
            re.IGNORECASE,
        ),
    ),
    (
        "half_of_month",
        re.compile(
            rf"\b(?:the\s+)?(first|second|latter)\s+half\s+of\s+({_FULL_MONTH})(?:,?\s+({_YEAR}))?\b"
        ),
    ),
    (
        "ago",
        re.compile(
            rf"\b({_NUM}|a few)\s+(minutes?|{_UNIT})\s+ago\b(\s+today)?|\bmoments\s+ago\b",
            re.IGNORECASE,
        ),
    ),
    (
        "coming",
        re.compile(
            rf"\b(?:in|within|over|during)\s+the\s+(?:coming|next|following)\s+(?:({_NUM})\s+)?({_UNIT})\b",
            re.IGNORECASE,
        ),
    ),
    ("within", re.compile(rf"\bwithin\s+({_NUM})\s+({_UNIT})\b(?!\s+of\b)", re.IGNORECASE)),
    # "the strike, now in its third week", "enters its second day": running since then
    (
        "running",
        re.compile(
            r"\b(?:now\s+in|enters|is\s+entering|goes\s+into)\s+its\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
            r"\d+(?:st|nd|rd|th))\s+(day|week|month)\b",
            re.IGNORECASE,
        ),
    ),
    # "within five days of the signing": from the signing to five days after it
    ("within_of", re.compile(rf"\bwithin\s+({_NUM})\s+({_UNIT})\s+of\b", re.IGNORECASE)),
    (
        "anchored",
        re.compile(
            rf"\b(?:(less than|more than|about|just|only|some|nearly|almost|"
            rf"barely|exactly)\s+)?({_NUM})\s+({_UNIT})\s+"
            r"(later|earlier|after|before)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "anchored",
        re.compile(
            r"\b(?:(less than|more than|about|just|only|some|nearly|almost|barely)\s+)?(hours|"
            r"days|weeks|months|minutes)\s+"
            r"(later|earlier|after|before)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "anchored_ordinal",
        re.compile(
            r"\bthe\s+(second|third|fourth|fifth)\s+day\s+(after|before)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "anchored_day",
        re.compile(
            rf"\b(?:(?:earlier|later)\s+(?:in\s+)?that\s+(?:same\s+)?(?:week|month|year)|"
            # "that same week", "on the 14th of that month", "earlier in the evening": of the
            # happening just told
            r"the\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\s+of\s+that\s+(?:same\s+)?month\b|"
            r"(?<!\bof\s)(?:in\s+)?that\s+(?:same\s+)?(?:week|month)\b(?!\s+(?:of|before|after)\b)|"
            rf"(?:earlier|later)\s+in\s+the\s+(?:day|{_PART})|"
            # "met a delegation of the families in the afternoon": the day just told
            r"(?<=\s)in\s+the\s+(?:morning|afternoon|evening)\b(?!\s+(?:of|before|after)\b)|"
            rf"the\s+(next|following|previous|same)\s+(day|{_PART})|(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?(day|{_PART})|"
            r"the\s+(?:following|next|previous|preceding)\s+(?:week|month|year)|"
            rf"the\s+day\s+(after|before)|(shortly|soon|hours|minutes|moments|immediately)\s+(after|before)"
            r"(?:\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b\.?|GMT\b|hours\b)|noon|midnight))?|"
            r"afterwards|afterward|later\s+that\s+day|"
            # "gathered to denounce the execution that Saturday": the Saturday of the story told
            rf"that\s+{_WEEKDAY}(?!['’]s)|"
            # "By midday, several hundred people had marched": the day the story is telling
            r"^by\s+(?:midday|noon|nightfall|dusk|mid-?morning|mid-?afternoon|late\s+afternoon)|"
            r"within\s+hours\s+of|(?:came|comes|followed|happened)\s+(?:just\s+|shortly\s+)?(?:after|before)|"
            r"since\s+the\s+(?:[a-z-]+\s+)?(?:call|meeting|talks|summit|visit|vote|election|"
            r"signing|agreement|deal|accord|truce|ceasefire|attack|raid|strike|invasion|coup)\b(?!\s+(?:of|on|in)\b)"
            r"(?!\s+(?:began|started|took effect|came into (?:force|effect)|was (?:signed|agreed))\s+"
            r"(?:on|in|yesterday|today|last|this)\b)|"
            r"since\s+the\s+[a-z-]+\s+(?:truce|ceasefire|pause|halt|moratorium|walkout|strike|blockade)\s+"
            r"(?:began|started|took\s+(?:effect|hold)|came\s+into\s+(?:force|effect)|entered\s+into\s+force|"
            r"went\s+into\s+effect)\b(?!\s+(?:on|in|at|yesterday|today|last|this)\b)|"
            r"since\s+the\s+[a-z-]+\s+(?:began|started|took\s+(?:effect|hold)|came\s+into\s+(?:force|effect)|"
            r"entered\s+into\s+force|went\s+into\s+effect|"
            r"was\s+signed|were\s+signed|arrived|ended|opened|took\s+office)"
            # "since the truce began on 19 January", "since the walkout began at 7am yesterday":
            # the date says when; no anchor needed
            r"(?!\s+(?:at\s+[\d:.apm ]+\s+)?(?:on\s|in\s|(?:yesterday|today|last|this)\b))|"
            # "two days after the talks" is counted: the count's own pattern takes it
            r"(?<!day\s)(?<!days\s)(?<!week\s)(?<!weeks\s)(?<!hours\s)(?<!month\s)(?<!months\s)"
            r"(?:after|following)\s+the\s+(?:meeting|talks|summit|vote|rally|signing|announcement|visit|attack)|"
            r"(?:(?<=told )|(?<=addressed ))the\s+(?:rally|meeting|summit|conference))\b",
            re.IGNORECASE,
        ),
    ),
]

_NAME_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+)")  # "May 18 Democracy Square": a name, not a date
_PREP = re.compile(
    r"\b(on|in|since|from|until|till|through|by|for|between|around|about|before|after|during|"
    r"of|as of)\s+$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    """A date expression as written in one sentence; offsets are relative to that sentence."""

    start: int
    end: int
    text: str
    kind: str
    value: tuple = ()
    prep: str = ""  # the preposition written before it: "since", "from", "until", "for", ...
    fuzzy: bool = False
    parts: tuple = field(default=())  # range ends, each a (year|None, month, day|None) triple

    @property
    def is_anchored(self) -> bool:
        return self.kind in ("anchored", "anchored_day", "anchored_ordinal")


def _in_weeks(count: int | None, unit: str) -> tuple[int | None, str]:
    """ "a fortnight later", "two fortnights ago": a fortnight is two weeks."""
    if unit != "fortnight":
        return count, unit
    return (2 * count if count is not None else 2), "week"


def _number(word: str) -> int:
    word = word.lower()
    if word.isdigit():
        return int(word)
    tens, _, ones = word.replace("-", " ").partition(" ")
    if ones:
        return NUMBER_WORDS.get(tens, 0) + NUMBER_WORDS.get(ones, 0)
    return NUMBER_WORDS.get(word, 1)


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group())


# every pattern needs one of these; most sentences of a long text have none and stop here
_MAYBE_DATE = re.compile(
    r"\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day|night|week|month|year|ago|"
    r"tomorrow|spring|summer|autumn|fall|winter|Easter|Christmas|hours|minutes|after|before|"
    r"following|since|the rally|the meeting|"
    r"the summit|the conference|morning|afternoon|evening",
    re.IGNORECASE,
)


_DIGIT = re.compile(r"\d")
_MONTH_START = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
# Text every pattern of a kind needs (with the pattern's own case rule), so that a sentence
# without it is not scanned by those patterns at all: a cheap search that saves ~20% of date
# finding. Each entry must be a strict necessity of every pattern of that kind in PATTERNS.
_NEEDS: dict[str, re.Pattern] = {
    # a day, a year or digits in the pattern itself
    **dict.fromkeys(
        ["iso", "numeric", "dotted", "day_range", "day_month", "month_day", "ordinal_day"]
        + ["month_year", "year_range", "decade", "year"],
        _DIGIT,
    ),
    # a month's name, written with a capital (these patterns are case-sensitive)
    **dict.fromkeys(
        ["month_or_month", "month_relative_year", "month", "week_of_month", "half_of_month"],
        _MONTH_START,
    ),
    "weekday": re.compile("day"),  # Monday ... Sunday, case-sensitive
    "season": re.compile("spring|summer|autumn|fall|winter"),
    "holiday": re.compile("Easter|Good|Christmas|Boxing|New|May"),
    "ago": re.compile("ago", re.IGNORECASE),
    "within": re.compile("within", re.IGNORECASE),
    "within_of": re.compile("within", re.IGNORECASE),
    "anchored": re.compile("later|earlier|after|before", re.IGNORECASE),
    # yesterday, today, tonight, tomorrow, overnight, this morning, last night, the weekend...
    "relative_day": re.compile("day|night|tomorrow|this|weekend", re.IGNORECASE),
    "relative_period": re.compile("week|month|year", re.IGNORECASE),
    "week_of_relative_month": re.compile("week", re.IGNORECASE),
    "coming": re.compile("coming|next|following", re.IGNORECASE),
    "running": re.compile("its", re.IGNORECASE),
    "anchored_ordinal": re.compile("day", re.IGNORECASE),
}


def find_dates(sentence: str) -> list[DateMention]:
    """Every date expression in ``sentence``, left to right, without overlaps."""
    if not _MAYBE_DATE.search(sentence):
        return []
    found: list[tuple[int, int, int, str, re.Match]] = []
    present: dict[re.Pattern, bool] = {}  # each needed text looked for once per sentence
    for order, (kind, pattern) in enumerate(PATTERNS):
        need = _NEEDS.get(kind)
        if need is not None:
            if need not in present:
                present[need] = bool(need.search(sentence))
            if not present[need]:
                continue
        for match in pattern.finditer(sentence):
            if match.end() > match.start():
                found.append((match.start(), -(match.end() - match.start()), order, kind, match))
    # the longest expression wins an overlap: "late on Sunday (Sept. 24)" is one date
    found.sort(key=lambda item: (item[1], item[2], item[0]))
    mentions: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for start, _, _, kind, match in found:
        if any(start < end and match.end() > begin for begin, end in taken):
            continue
        mention = _mention(kind, match, sentence)
        if mention is None:
            continue
        mentions.append(mention)
        taken.append((start, match.end()))
    mentions.sort(key=lambda mention: mention.start)
    mentions = _with_bare_days(sentence, _split_listed_days(sentence, mentions))
    return _join_ranges(sentence, _as_weeks_from(sentence, _with_shared_week(sentence, mentions)))


# "during the week beginning 13 August", "the week of March 4": the seven days from that day
_WEEK_FROM_DAY = re.compile(r"\bweek\s+(?:beginning|starting|commencing|of)\s+$", re.IGNORECASE)


def _as_weeks_from(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    return [
        replace(mention, fuzzy=True)
        if mention.kind == "date" and _WEEK_FROM_DAY.search(sentence, 0, mention.start)
        else mention
        for mention in mentions
    ]


_SHARED_YEAR_AFTER = re.compile(rf"\s*(?:,\s*)?(?:and|or|to)\s+{_FULL_MONTH}\s+({_YEAR})\b")
_LISTED_DAY_PAIR = re.compile(rf"({_DAY})\s*(?:and|or)\s*({_DAY})\s+{_MONTH}\b")
_DAY_LISTED_BEFORE = re.compile(r"\b([12]\d|3[01]|0?[1-9]),\s*$")


def _split_listed_days(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """ "on 2, 6 and 9 October", "on 3 and 9 February": days listed before their month are each
    a day of their own; only two days running ("on 3 and 4 February") make one span."""
    result: list[DateMention] = []
    for mention in mentions:
        pair = _LISTED_DAY_PAIR.match(mention.text) if mention.kind == "range" else None
        if not pair:
            result.append(mention)
            continue
        (year, month, first), (_, _, second) = mention.parts
        earlier: list[re.Match] = []
        position = mention.start
        while bare := _DAY_LISTED_BEFORE.search(sentence, 0, position):
            earlier.insert(0, bare)
            position = bare.start()
        if not earlier and second == first + 1:
            result.append(mention)
            continue
        prep_match = _PREP.search(sentence, 0, position)
        prep = prep_match.group(1).lower() if prep_match else mention.prep
        days = [(b.start(1), b.end(1), int(b.group(1))) for b in earlier]
        days.append((mention.start, mention.start + pair.end(1), first))
        days.append((mention.start + pair.start(2), mention.end, second))
        result.extend(
            DateMention(begin, end, sentence[begin:end], "date", (year, month, day), prep)
            for begin, end, day in days
        )
    return result


def _with_shared_week(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """ "on Tuesday and Wednesday last week": both days are of last week."""
    shared = list(mentions)
    for index in range(len(shared) - 2, -1, -1):
        first, second = shared[index], shared[index + 1]
        if (
            first.kind == second.kind == "weekday"
            and not first.value[0]
            and second.value[0].endswith(" week")
            and re.fullmatch(r"\s*(?:,|and|or|to|-|–)\s*", sentence[first.end : second.start])
        ):
            shared[index] = replace(first, value=(second.value[0], first.value[1]))
    return shared


_BARE_DAY = re.compile(
    r"(\s*(?:,\s*and|,|and|or|to|until|through|-|–)\s*)([12]\d|3[01]|0?[1-9])\b"
    r"(?!\s*(?:%|per|million|thousand|people|km|kilometres|miles|hours|days|years|[,.]\d|:\d))"
)


def _with_bare_days(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """ "on February 8, 12 and 15", "from August 2 to 4": the bare days after a month-first date
    are days of that month ("from August 2 to 4" is one range). A list must end in "and" or
    "or": "On March 5, 10 protesters were hurt" lists nothing."""
    result: list[DateMention] = []
    for mention in mentions:
        result.append(mention)
        words = mention.text.split()
        if mention.kind != "date" or not words or not re.fullmatch(_MONTH, words[0]):
            continue
        year, month, _ = mention.value
        listed: list[re.Match] = []
        position = mention.end
        while bare := _BARE_DAY.match(sentence, position):
            if any(m.start < bare.end() and m.end > bare.start(2) for m in mentions):
                break
            listed.append(bare)
            position = bare.end()
            if bare.group(1).strip() not in (",",):
                break
        if not listed:
            continue
        last = listed[-1].group(1).strip()
        if last in ("to", "until", "through", "-", "–") and len(listed) == 1:
            end = listed[0]
            result[-1] = DateMention(
                mention.start,
                end.end(),
                sentence[mention.start : end.end()],
                "range",
                (),
                mention.prep,
                parts=(mention.value, (year, month, int(end.group(2)))),
            )
        elif last in ("and", "or", ", and"):
            result.extend(
                DateMention(
                    bare.start(2), bare.end(), bare.group(2), "date",
                    (year, month, int(bare.group(2))), mention.prep,
                )
                for bare in listed
            )  # fmt: skip
    return result


_THAT_AS_CONJUNCTION = re.compile(
    r"\b(?:said|says|say|told|tells|announced|warned|added|stated|claimed|insisted|noted|"
    r"believed|believes|thought|reported|so|now|given|such)\s+$",
    re.IGNORECASE,
)


_LASTING_THROUGH = re.compile(
    r"\b(?:last|lasts|lasted|lasting|survive|survived|outlast(?:ed)?)\s+$"
)


def _mention(kind: str, m: re.Match, sentence: str) -> DateMention | None:
    text = m.group()
    before = sentence[: m.start()]
    prep_match = _PREP.search(before[-12:])
    prep = prep_match.group(1).lower() if prep_match else ""
    make = lambda kind_, value, **kw: DateMention(  # noqa: E731
        m.start(), m.end(), text, kind_, value, prep, **kw
    )
    if kind == "season" and _LASTING_THROUGH.search(before) and text.lower().startswith("the "):
        return None  # "believed it would last the summer": how long, not when
    if kind == "iso":
        y, mo, d = (int(g) for g in m.groups())
        return make("date", (y, mo, d)) if 1 <= mo <= 12 and 1 <= d <= 31 else None
    if kind == "numeric":
        a, b, y = (int(g) for g in m.groups())
        if before.rstrip().endswith(("No.", "Ref:", "No")):
            return None
        if b > 12 and a <= 12:  # unmistakably MM/DD
            a, b = b, a
        return make("date", (y, b, a)) if 1 <= b <= 12 and 1 <= a <= 31 else None
    if kind == "dotted":
        d, mo, y = (int(g) for g in m.groups())
        if re.search(
            r"\b(?:version|v|release|No|clause|article|section|paragraph|point)\.?\s*$",
            before,
            re.IGNORECASE,
        ):
            return None  # "version 1.2.2024": a number, not a day
        return make("date", (y, mo, d)) if 1 <= mo <= 12 and 1 <= d <= 31 else None
    if kind == "day_range":
        d1, d2, mo, y = m.groups()
        year = int(y) if y else None
        if _day(d2) < _day(d1):
            return None
        month = _month(mo)
        return make("range", (), parts=((year, month, _day(d1)), (year, month, _day(d2))))
    if kind in ("day_month", "month_day"):
        if kind == "day_month":
            _, d, mo, y = m.groups()
        else:
            _, mo, d, y = m.groups()
            # "May 18 Democracy Square", "the May 18 Movement": a date inside a proper name
            if (
                not y
                and _NAME_AFTER.match(sentence, m.end())
                and not sentence[m.end() :].startswith((" and", " to"))
            ):
                following = sentence[m.end() :].split()
                if (
                    following
                    and following[0] not in ("Monday", "Tuesday", "Wednesday")
                    and (following[0][0].isupper())
                ):
                    return None
        return make("date", (int(y) if y else None, _month(mo), _day(d)))
    if kind == "ordinal_day":
        # "on the 8th": a day of the publication month (or the one before, for past days)
        own_prep = text.split()[0].lower()
        return DateMention(m.start(), m.end(), text, "ordinal_day", (int(m.group(1)),), own_prep)
    if kind == "month_or_month":
        mo1, mo2, y = m.groups()
        year = int(y) if y else None
        return make("range", (), parts=((year, _month(mo1), None), (year, _month(mo2), None)))
    if kind == "month_relative_year":
        day_before, mo, day_after, which = m.groups()
        # the year is relative to publication; kept as an offset and settled in resolve()
        day = day_before or day_after
        offset = {"last": -1, "this": 0, "next": 1}[which]
        return make("date_relative_year", (offset, _month(mo), _day(day) if day else None))
    if kind == "month_year":
        mo, y = m.groups()
        return make("month", (int(y), _month(mo)))
    if kind == "month":
        mo = m.group(1)
        lowered = text.lower()
        offset = 1 if lowered.startswith("next") else -1 if lowered.startswith("last") else 0
        this = lowered.startswith("this")
        that = lowered.startswith("that")  # "that December": in the year the story is in
        own_prep = lowered.split()[0]
        prep_match = _PREP.search(re.sub(r"\bthe\s+$", "", before[-16:]))  # "since the end of"
        prep = prep_match.group(1).lower() if prep_match else ""
        # "in October and November 1962": the year closing the pair belongs to both months
        shared = _SHARED_YEAR_AFTER.match(sentence, m.end()) if not (offset or this) else None
        return DateMention(
            m.start(),
            m.end(),
            text,
            "month",
            (int(shared.group(1)) if shared else None, _month(mo)),
            own_prep
            if own_prep
            in ("in", "between", "since", "from", "until", "till", "by", "during", "to", "through")
            else prep,
            fuzzy=offset != 0 or this,
            parts=(offset, this, that),
        )
    if kind == "season":
        which, season, y, second = m.groups()
        # "fall" and bare season words are too often something else
        if not (which or y or "the" in text.lower()):
            return None
        if second and int(second) != (int(y) + 1) % 100:
            return None
        return make("season", ((which or "").lower(), season.lower(), int(y) if y else None))
    if kind == "year_range":
        first_text, last_text = next(m.group(g, g + 1) for g in (1, 3, 5) if m.group(g))
        first, last = int(first_text), int(last_text)
        if len(last_text) == 2:  # "1988-94": in the first year's century
            last += first // 100 * 100
        if not first < last <= first + 30:
            return None
        return make("year_range", (first, last))
    if kind == "decade":
        part, decade = m.groups()
        if not re.search(r"\b(?:the|in|of|during|since|by)\s+(?:[\w-]+\s+)?$", before, re.I):
            return None  # "1990s-era kit" without an article is rarely a time
        return make("decade", ((part or "").lower(), int(decade)))
    if kind == "holiday":
        *words, year = m.groups()
        name = " ".join(" ".join(g for g in words if g).split()).replace("’", "'")
        return make("holiday", (name, int(year) if year else None))
    if kind == "year":
        year = int(m.group(1))
        prev_word = re.search(r"(\w+)\W*$", before)
        # "the 2024 quota", "its 2022 level": a year used as a label is still a year; a bare
        # number after a count word ("about 2000 people") is not.
        if prev_word and prev_word.group(1).lower() in (
            "about",
            "some",
            "around",
            "nearly",
            "over",
        ):
            return None
        if re.match(
            r"\s+(?:people|troops|soldiers|men|workers|members|dollars|euros|km|miles)\b",
            sentence[m.end() :],
        ):
            return None
        return make("year", (year,))
    if kind == "weekday":
        which, wd, part, week = m.groups()
        if week:  # "Wednesday last week": that weekday of the calendar week before
            which = f"{week.lower()} week"
        return make("weekday", ((which or "").lower(), WEEKDAYS.index(wd.lower())))
    if kind == "relative_day":
        word = " ".join(m.group(1).lower().split())
        if word == "overnight" and re.search(r"\b(?:an|a|the)\s+$", before):
            return None  # "an overnight summit": how long, not when
        return make("relative_day", (word,), fuzzy=word == "overnight")
    if kind == "relative_period":
        if len(m.groups()) == 2 and m.group(1).lower() == "week":  # "the week after next"
            return make("relative_period", ("", " ".join(m.group(2).lower().split()), "week"))
        if len(m.groups()) == 2:  # "earlier in the week"
            qualifier, unit = (g.lower() for g in m.groups())
            return make("relative_period", (qualifier, "this", unit))
        qualifier, which, unit = (g.lower() if g else "" for g in m.groups())
        return make("relative_period", (qualifier.strip(), which, unit))
    if kind == "half_of_month":
        which, mo, y = m.groups()
        year, month = (int(y) if y else None), _month(mo)
        first, last = (1, 15) if which.lower() == "first" else (16, 31)
        return make("range", (), fuzzy=True, parts=((year, month, first), (year, month, last)))
    if kind == "week_of_month":
        which, mo, y = m.groups()
        first = {"first": 1, "second": 8, "third": 15, "fourth": 22}.get(which.lower(), 22)
        year, month = (int(y) if y else None), _month(mo)
        parts = ((year, month, first), (year, month, first + 6 if first < 22 else 28))
        return make("range", (), fuzzy=True, parts=parts)
    if kind == "week_of_relative_month":
        which, month = (g.lower() for g in m.groups())
        first = {"first": 1, "second": 8, "third": 15, "fourth": 22}.get(which, 22)
        return make("week_of_relative_month", (first, -1 if month == "last" else 0), fuzzy=True)
    if kind == "ago":
        if m.group(1) is None:  # "moments ago"
            return make("ago", (0, "day", False))
        unit = m.group(2).lower().rstrip("s")
        unit = "day" if unit in ("minute", "hour") else unit
        count = 0 if m.group(2).lower().startswith(("minute", "hour")) else _number(m.group(1))
        count, unit = _in_weeks(count, unit)
        # "twenty years ago today": that very day, so many years back
        return make("ago", (count, unit, bool(m.group(3))))
    if kind == "coming":
        number = _number(m.group(1)) if m.group(1) else None
        number, unit = _in_weeks(number, m.group(2).lower().rstrip("s"))
        return make("coming", (number, unit), fuzzy=True)
    if kind == "within":
        count, unit = _in_weeks(_number(m.group(1)), m.group(2).lower().rstrip("s"))
        return make("within", (count, unit), fuzzy=True)
    if kind == "running":
        word = m.group(1).lower()
        count = ORDINAL_WORDS.get(word) or int(re.match(r"\d+", word).group())
        return make("running", (count, m.group(2).lower()), fuzzy=True)
    if kind == "within_of":
        count, unit = _in_weeks(_number(m.group(1)), m.group(2).lower().rstrip("s"))
        return make("anchored", (count, unit, "after", "within"), fuzzy=True)
    if kind == "anchored":
        qualifier, number, unit, direction = (
            m.groups() if len(m.groups()) == 4 else (None, *m.groups())
        )
        if len(m.groups()) == 3:  # "hours after", "days later"
            qualifier, unit, direction = m.groups()
            number = "several"
        count, unit = _in_weeks(_number(number), unit.lower().rstrip("s"))
        if unit == "minute":
            unit = "hour"
        fuzzy = bool(qualifier) or unit == "hour" or number.lower() in ("several", "a few", "few")
        return make(
            "anchored", (count, unit, direction.lower(), (qualifier or "").lower()), fuzzy=fuzzy
        )
    if kind == "anchored_ordinal":
        ordinal, direction = (g.lower() for g in m.groups())
        count = ORDINAL_WORDS[ordinal]
        return make("anchored", (count, "day", direction.lower(), ""))
    if kind == "anchored_day":
        lowered = " ".join(text.lower().split())
        period = re.match(r"the (following|next|previous|preceding) (week|month|year)$", lowered)
        if period:
            direction = "later" if period.group(1) in ("following", "next") else "earlier"
            return make("anchored", (1, period.group(2), direction, "period"))
        # "earlier that month": within the calendar month of the happening just told
        nth = re.match(r"the (\d+)\w* of that (?:same )?month$", lowered)
        if nth:
            return make("anchored", (0, "month", "later", f"day {nth.group(1)}"))
        same = re.match(
            r"(?:(?:earlier|later) )?(?:in )?that (?:same )?(week|month|year)$", lowered
        )
        if same:
            return make("anchored", (0, same.group(1), "later", "period"))
        that_weekday = re.match(r"that (\w+day)$", lowered)
        if that_weekday and _THAT_AS_CONJUNCTION.search(before):
            return None  # "officials said that Saturday was the deadline": 'that' opens a clause
        if that_weekday and that_weekday.group(1) in WEEKDAYS:
            weekday = WEEKDAYS.index(that_weekday.group(1))
            return make("anchored", (0, "day", "later", f"weekday {weekday}"))
        if lowered.startswith(("the next", "the following", "the day after")):
            return make("anchored", (1, "day", "later", ""))
        if lowered.startswith(("the previous", "the day before")):
            return make("anchored", (1, "day", "earlier", ""))
        if lowered.startswith(
            (
                "that",
                "the same",
                "afterward",
                "later that",
                "earlier that",
                "earlier in",
                "later in",
                "by ",
                "in the ",
            )
        ):
            return make("anchored", (0, "day", "later", ""))
        # "since the truce began", "after the meeting", "told the rally": an event told earlier
        if lowered.startswith(("since", "after", "following", "the ")):
            words = lowered.split()
            noun = words[words.index("the") + 1]
            if lowered.startswith("since"):
                # "since the humanitarian pause took effect": the words naming it, up to its verb
                noun = " ".join(words[words.index("the") + 1 : _verb_index(words)])
            direction = "since" if lowered.startswith("since") else "at"
            return make("anchored", (0, "day", direction, noun))
        if re.search(r"\d|noon|midnight", lowered):
            return make("anchored", (0, "day", "later", ""))  # "shortly before 4pm": that day
        direction = "before" if lowered.endswith("before") else "after"
        if lowered.startswith(("came", "comes", "followed", "happened")):
            return make("anchored", (0, "week", direction, "came"), fuzzy=True)
        return make("anchored", (0, "hour", direction, lowered.split()[0]), fuzzy=True)
    return None


_STATE_VERBS = ("began", "started", "took", "came", "entered", "went", "was", "were", "arrived")
_STATE_VERBS += ("ended", "opened")


def _verb_index(words: list[str]) -> int:
    return next((i for i, w in enumerate(words) if w in _STATE_VERBS), len(words))


_RANGE_JOIN = re.compile(r"^\s*(?:and|to|until|till|through|-|–)\s*$")
_MIDNIGHT_BETWEEN = re.compile(r"\bmidnight\s+between\s+$", re.IGNORECASE)


def _join_ranges(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """``between 30 January and 1 February``, ``from January to March``: one range mention."""
    joined: list[DateMention] = []
    i = 0
    while i < len(mentions):
        first = mentions[i]
        midnight = _MIDNIGHT_BETWEEN.search(sentence, 0, first.start)
        if midnight and first.kind == "range" and len(first.parts) == 2:
            # "at midnight between 10 and 11 October": the moment the second day begins
            joined.append(replace(first, kind="date", value=first.parts[1], prep="on", parts=()))
            i += 1
            continue
        if i + 1 < len(mentions):
            second = mentions[i + 1]
            gap = sentence[first.end : second.start]
            if midnight and gap.strip() == "and":
                # "at midnight between Friday and Saturday"
                joined.append(replace(second, prep="on"))
                i += 2
                continue
            # "between September and December 2011": a bare month carries its words with it
            leading = first.text.split()[0].lower()
            opener = leading if leading in ("between", "from") else first.prep
            joiner = second.text.split()[0] if second.text.split()[0] in ("and", "to") else ""
            if (
                first.prep == "between"
                and second.kind == "date_relative_year"
                and gap.strip() in ("", "and")
            ):
                # "between March and May last year": the year is told only with the end month
                joined.append(second)
                i += 2
                continue
            if (
                (
                    _RANGE_JOIN.match(gap)
                    or (not gap.strip() and second.prep in ("to", "until"))
                    or (not gap.strip() and joiner)
                )
                and first.kind in ("date", "month")
                and second.kind in ("date", "month")
                and (
                    opener in ("between", "from")
                    or gap.strip() in ("-", "–", "to", "until")
                    or second.prep in ("to", "until")
                )
            ):
                parts = (_as_part(first), _as_part(second))
                # "in 2000 and 2007", "on 3 and 9 March" stay separate; a range needs between/from
                joined.append(
                    DateMention(
                        first.start,
                        second.end,
                        sentence[first.start : second.end],
                        "range",
                        (),
                        first.prep,
                        parts=parts,
                    )
                )
                i += 2
                continue
        joined.append(first)
        i += 1
    return joined


def _as_part(mention: DateMention) -> tuple:
    if mention.kind == "date":
        return mention.value
    year, month = mention.value
    return (year, month, None)


# --------------------------------------------------------------------------------------------
# Resolution


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _infer_year(month: int, day: int | None, published: date, future: bool) -> int:
    candidate = (month, day or 1)
    here = (published.month, published.day if day else 1)
    if future:
        return published.year if candidate >= here else published.year + 1
    return published.year if candidate <= here else published.year - 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _part_range(part: tuple, published: date, future: bool, year_hint: int | None):
    year, month, day = part
    if year is None:
        year = year_hint if year_hint else _infer_year(month, day, published, future)
    if day is None:
        return date(year, month, 1), _month_end(year, month), "month"
    single = _safe_date(year, month, day)
    return (single, single, "day") if single else None


def _weekday(published: date, weekday: int, future: bool, which: str) -> date:
    if which == "last":
        # "last Friday": the one in the previous week, never today
        back = (published.weekday() - weekday) % 7 or 7
        return published - timedelta(days=back)
    if future or which == "next":
        ahead = (weekday - published.weekday()) % 7
        if which == "next" and ahead == 0:
            ahead = 7
        return published + timedelta(days=ahead)
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def resolve(
    mention: DateMention,
    published: date,
    *,
    future: bool = False,
    anchor: date | None = None,
    year_hint: int | None = None,
) -> DateRange | None:
    """The interval a date expression names, or None when it cannot be pinned down.

    ``future`` says the sentence is about what will happen (year and weekday go forward);
    ``anchor`` is the date of the event an anchored expression ("four days later") counts from.
    """
    resolved = _resolve(mention, published, future, anchor, year_hint)
    if resolved is None:
        return None
    start, end, precision = resolved
    if end < start:
        start, end = end, start
    if mention.kind in ("month", "year", "relative_period") and not mention.text.lower().startswith(
        ("earlier", "later")
    ):
        start, end, precision = _narrow(mention.text, start, end, precision)
    open_end = False
    since_event = mention.kind == "anchored" and mention.value[2] == "since"
    if (
        mention.prep == "since"
        and mention.kind != "anchored"
        or since_event
        or mention.kind == "running"
    ) and start <= published:
        end, open_end = published, True
        if precision in ("month", "year", "week"):
            precision = "approximate" if precision != "month" else "month"
    elif (
        mention.prep in ("until", "till", "through")
        and end >= published
        and mention.kind != "range"
    ):
        start, precision = published, "approximate"
    elif mention.prep in ("around", "about") and precision == "day":
        start, end, precision = start - timedelta(days=7), end + timedelta(days=7), "approximate"
    return DateRange(start, end, precision, mention.text, open_end)


def shift_date(day: date, count: int, unit: str) -> date:
    if unit in ("month", "year"):
        index = day.year * 12 + day.month - 1 + count * (12 if unit == "year" else 1)
        year, month = divmod(index, 12)
        return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
    return day + timedelta(days=count * UNIT_DAYS[unit])


def _calendar_period(day: date, unit: str, step: int):
    if unit == "week":
        monday = day - timedelta(days=day.weekday()) + timedelta(weeks=step)
        return monday, monday + timedelta(days=6), "week"
    if unit == "month":
        index = day.year * 12 + day.month - 1 + step
        year, month = divmod(index, 12)
        return date(year, month + 1, 1), _month_end(year, month + 1), "month"
    return date(day.year + step, 1, 1), date(day.year + step, 12, 31), "year"


_PART_OF_PERIOD = re.compile(
    r"\b(early|beginning of|start of|mid|middle of|late|end of)[\s-]", re.IGNORECASE
)


_WEEKS_OF_YEAR = re.compile(
    r"\b(first|opening|final|closing)\s+(?:few\s+)?(weeks|months)\s+of\b", re.IGNORECASE
)


_HALF_OF = re.compile(r"\b(first|second)\s+half\s+of\b", re.IGNORECASE)


def _narrow(text: str, start: date, end: date, precision: str):
    """ "early March", "late last year", "the end of August": part of the month or year."""
    weeks = _WEEKS_OF_YEAR.search(text)
    if weeks and precision == "year":
        # "in the first weeks of this year": its first two months, not a third of it
        first_month, last_month = (
            (1, 2) if weeks.group(1).lower() in ("first", "opening") else (11, 12)
        )
        if weeks.group(2).lower() == "months":
            first_month, last_month = (1, 3) if first_month == 1 else (10, 12)
        return date(start.year, first_month, 1), _month_end(start.year, last_month), "approximate"
    half = _HALF_OF.search(text)
    if half and precision == "year":
        # "in the first half of 2025": January to June
        first_month = 1 if half.group(1).lower() == "first" else 7
        return (
            date(start.year, first_month, 1),
            _month_end(start.year, first_month + 5),
            "approximate",
        )
    part = _PART_OF_PERIOD.search(text)
    if not part or precision not in ("month", "year"):
        return start, end, precision
    which = part.group(1).lower()
    third = (
        0 if which in ("early", "beginning of", "start of") else 1 if which.startswith("mid") else 2
    )
    if precision == "month":
        first_day = (1, 11, 21)[third]
        last = end if third == 2 else start.replace(day=(10, 20)[third])
        return start.replace(day=first_day), last, "approximate"
    first_month = (1, 5, 10)[third]
    last_month = (3, 8, 12)[third]
    return date(start.year, first_month, 1), _month_end(start.year, last_month), "approximate"


_FIXED_HOLIDAYS = {
    "Christmas Day": (12, 25), "Christmas Eve": (12, 24), "Boxing Day": (12, 26),
    "New Year's Day": (1, 1), "New Year's Eve": (12, 31), "May Day": (5, 1), "Christmas": (12, 25),
}  # fmt: skip
_EASTER_OFFSETS = {
    "Easter Sunday": 0, "Easter Day": 0, "Easter": 0, "Easter Monday": 1, "Good Friday": -2,
}  # fmt: skip


def _holiday(name: str, year: int) -> date:
    if name in _FIXED_HOLIDAYS:
        return date(year, *_FIXED_HOLIDAYS[name])
    return easter(year) + timedelta(days=_EASTER_OFFSETS[name])


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday) // 433
    month = (h + weekday - 7 * m + 90) // 25
    return date(year, month, (h + weekday - 7 * m + 33 * month + 19) % 32)


def _winter(which: str, year: int | None, published: date, future: bool, year_hint: int | None):
    """December of one year to February of the next: "the winter of 1978-79" starts in 1978."""
    if year is None and which in ("that", "") and year_hint:
        year = year_hint
    if year is None:
        ongoing = published.month in (12, 1, 2)
        begun = published.year if published.month == 12 else published.year - 1  # the latest
        if which == "last":
            year = begun - 1 if ongoing else begun
        elif which == "next":
            year = begun + 1 if ongoing else published.year
        elif ongoing or (which != "this" and not future):
            year = begun
        else:  # "this winter" in spring is the one just over, in autumn the one to come
            year = begun if published.month <= 5 and not future else published.year
    return date(year, 12, 1), _month_end(year + 1, 2), "approximate"


_WEEKDAY_NAME = re.compile(rf"\b{_WEEKDAY}\b")


def _year_of_weekday(preferred: list[int], published: date, month: int, day: int, weekday: int):
    nearby = [published.year + 1] + [published.year - back for back in range(12)]
    for year in preferred + nearby:
        candidate = _safe_date(year, month, day)
        if candidate and candidate.weekday() == weekday:
            return year
    return preferred[0]


def _resolve(mention, published, future, anchor, year_hint):
    kind, value = mention.kind, mention.value
    if kind == "week_of_relative_month":
        first, step = value
        month_start, month_end, _ = _calendar_period(published, "month", step)
        end = month_end if first == 22 else month_start.replace(day=first + 6)
        return month_start.replace(day=first), end, "approximate"
    if kind == "date":
        year, month, day = value
        if year is None:
            year = year_hint or _infer_year(month, day, published, future)
            weekday = _WEEKDAY_NAME.search(mention.text)
            if weekday:
                # "Monday 15 May": the year in which the 15th of May is a Monday
                year = _year_of_weekday(
                    [_infer_year(month, day, published, future), year],
                    published,
                    month,
                    day,
                    WEEKDAYS.index(weekday.group().lower()),
                )
        single = _safe_date(year, month, day)
        if single and mention.fuzzy:
            return single, single + timedelta(days=6), "week"  # "the week beginning 13 August"
        return (single, single, "day") if single else None
    if kind == "range":
        first_part, second_part = mention.parts
        if first_part[0] in (None, second_part[0]) and second_part[0] is not None:
            # "between September and December 2011": the year written once holds for both,
            # and "between November and February 2012" begins the year before
            later = (first_part[1], first_part[2] or 1) > (second_part[1], second_part[2] or 31)
            first_part = (second_part[0] - later, first_part[1], first_part[2])
        first = _part_range(first_part, published, future, year_hint)
        if second_part[0] is None and mention.parts[0][0] is None and first:
            second_part = (first[0].year, second_part[1], second_part[2])
            if (second_part[1], second_part[2] or 31) < (first[0].month, first[0].day):
                second_part = (first[0].year + 1, second_part[1], second_part[2])
        elif second_part[0] is None and first:
            second_part = (first[0].year, second_part[1], second_part[2])
        second = _part_range(second_part, published, future, year_hint)
        if not first or not second:
            return None
        precision = "day" if first[2] == second[2] == "day" else "month"
        if mention.text.lower().count(" or "):
            precision = "approximate"
        if mention.fuzzy:
            # "the second week of June" is a known week; "the second half of October" is fuzzy
            precision = "week" if (second[1] - first[0]).days == 6 else "approximate"
        return first[0], second[1], precision
    if kind == "ordinal_day":
        (day,) = value
        year, month = published.year, published.month
        candidate = _safe_date(year, month, day)
        if candidate is None or (candidate > published and not future):
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        elif candidate < published and future:
            year, month = (year, month + 1) if month < 12 else (year + 1, 1)
        single = _safe_date(year, month, day)
        return (single, single, "day") if single else None
    if kind == "date_relative_year":
        offset, month, day = value
        year = published.year + offset
        if day is None:
            return date(year, month, 1), _month_end(year, month), "month"
        single = _safe_date(year, month, day)
        return (single, single, "day") if single else None
    if kind == "month":
        year, month = value
        offset, this, that = mention.parts if mention.parts else (0, False, False)
        if year is None and that and year_hint:
            year = year_hint
        if year is None:
            if this or offset == 0 and year_hint is None:
                year = _infer_year(month, None, published, future) if not this else published.year
            elif year_hint:
                year = year_hint
            if offset == 1:
                year = published.year if month > published.month else published.year + 1
            elif offset == -1:
                year = published.year if month < published.month else published.year - 1
        if year is None:
            year = year_hint
        return date(year, month, 1), _month_end(year, month), "month"
    if kind == "season":
        which, season, year = value
        if season == "winter":
            return _winter(which, year, published, future, year_hint)
        first_month, last_month = SEASONS[season]
        if year is None:
            if which == "that" or (which == "" and year_hint):
                year = year_hint
            if year is None:
                year = published.year
                if which == "last" or (
                    not future and which != "next" and published.month < first_month
                ):
                    year -= 1
                if which == "next" and published.month >= first_month:
                    year += 1
        return date(year, first_month, 1), _month_end(year, last_month), "approximate"
    if kind == "year":
        (year,) = value
        return date(year, 1, 1), date(year, 12, 31), "year"
    if kind == "year_range":
        first, last = value
        return date(first, 1, 1), date(last, 12, 31), "approximate"
    if kind == "decade":
        part, decade = value
        first, last = {"early": (0, 2), "mid": (4, 6), "late": (7, 9)}.get(part, (0, 9))
        return date(decade + first, 1, 1), date(decade + last, 12, 31), "approximate"
    if kind == "holiday":
        name, written_year = value
        year = written_year or year_hint or published.year
        day = _holiday(name, year)
        guessed = not (written_year or year_hint)
        if guessed and day > published and not future:
            day = _holiday(name, year - 1)
        elif guessed and day < published and future:
            day = _holiday(name, year + 1)
        return day, day, "day"
    if kind == "weekday":
        which, weekday = value
        if which in ("last week", "next week", "this week"):
            step = {"last week": -1, "this week": 0, "next week": 1}[which]
            monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
            day = monday + timedelta(days=weekday)
            return day, day, "day"
        day = _weekday(published, weekday, future, which)
        if which in ("overnight into", "overnight to"):  # the night before that day
            return day - timedelta(days=1), day, "approximate"
        return day, day, "day"
    if kind == "relative_day":
        (word,) = value
        if word == "yesterday" or word == "last night":
            day = published - timedelta(days=1)
        elif word == "tomorrow":
            day = published + timedelta(days=1)
        elif word == "the day before yesterday":
            day = published - timedelta(days=2)
        elif word == "overnight":
            return published - timedelta(days=1), published, "approximate"
        elif word.endswith("weekend"):
            saturday = published - timedelta(days=(published.weekday() - 5) % 7)
            if future and saturday < published - timedelta(days=1):
                saturday += timedelta(days=7)
            return saturday, saturday + timedelta(days=1), "approximate"
        else:
            day = published
        return day, day, "day"
    if kind == "relative_period":
        qualifier, which, unit = value
        step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1}.get(which)
        step = step if step is not None else {"after next": 2, "before last": -2}[which]
        if unit in ("week", "weekend"):
            monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
            if unit == "weekend":
                return monday + timedelta(days=5), monday + timedelta(days=6), "day"
            if qualifier == "earlier" and step == 0:  # "earlier this week": up to today
                return monday, published, "week"
            return monday, monday + timedelta(days=6), "week"
        if unit == "month":
            year, month = published.year, published.month + step
            if month == 0:
                year, month = year - 1, 12
            elif month == 13:
                year, month = year + 1, 1
            first, last = date(year, month, 1), _month_end(year, month)
            if qualifier == "earlier" and step == 0:
                last = published
            elif qualifier == "later" and step == 0:
                first = published
            return first, last, "month"
        year = published.year + step
        first, last = date(year, 1, 1), date(year, 12, 31)
        if qualifier == "earlier" and step == 0:
            return first, published, "approximate"
        return first, last, "year"
    if kind == "ago":
        count, unit, same_day = value
        if same_day and unit == "year":
            single = _safe_date(published.year - count, published.month, published.day)
            return (single, single, "day") if single else None
        day = published - timedelta(days=count * UNIT_DAYS[unit])
        if unit == "day" or (unit == "week" and count == 1):  # "a week ago": that very day
            return day, day, "day"
        slack = timedelta(days={"week": 2, "month": 7}.get(unit, UNIT_DAYS[unit] // 2))
        return day - slack, day + slack, "approximate"
    if kind == "running":
        count, unit = value
        if unit == "day":  # "enters its second day": counted in days, it began that day
            return published - timedelta(days=count - 1), published, "day"
        return published - timedelta(days=count * UNIT_DAYS[unit]), published, "approximate"
    if kind in ("coming", "within"):
        count, unit = value
        if count is None:  # "in the coming days": a week or so, as vague as it sounds
            span = {"hour": 1, "day": 7, "week": 21, "month": 90, "year": 365}[unit]
        else:
            span = max(1, count * UNIT_DAYS[unit]) if unit != "hour" else 1
        base = anchor if kind == "within" and anchor is not None else published
        return base, base + timedelta(days=span), "approximate"
    if kind == "anchored":
        if anchor is None:
            return None
        count, unit, direction, qualifier = value
        if direction in ("since", "at"):
            return anchor, anchor, "day"
        if unit == "hour" and count >= 24 and count % 24 == 0 and not qualifier:
            # "48 hours later": two days later, a day as exact as "two days later"
            sign = 1 if direction in ("after", "later") else -1
            target = anchor + timedelta(days=sign * count // 24)
            return target, target, "day"
        if unit == "hour":
            span = timedelta(days=max(1, -(-count // 24)) if count > 3 else 1)
            if direction in ("after", "later"):
                return anchor, anchor + span, "approximate"
            return anchor - span, anchor, "approximate"
        if qualifier == "within":
            return anchor, anchor + timedelta(days=count * UNIT_DAYS[unit]), "approximate"
        if qualifier.startswith("weekday "):  # "that Friday": the one nearest the day told
            offset = (int(qualifier.split()[1]) - anchor.weekday() + 3) % 7 - 3
            day = anchor + timedelta(days=offset)
            return day, day, "day"
        if qualifier.startswith("day "):  # "on the 14th of that month"
            day = _safe_date(anchor.year, anchor.month, int(qualifier.split()[1]))
            return (day, day, "day") if day else None
        if qualifier == "period":  # "the following month": the whole next calendar period
            return _calendar_period(anchor, unit, (1 if direction == "later" else -1) * count)
        sign = 1 if direction in ("after", "later") else -1
        if qualifier == "exactly":  # "exactly a year after": the same day of the calendar
            return (shift_date(anchor, sign * count, unit),) * 2 + ("day",)
        days = count * UNIT_DAYS[unit]
        target = anchor + timedelta(days=sign * days)
        if qualifier == "less than" or unit in ("week", "month", "year") and qualifier:
            return min(anchor, target), max(anchor, target), "approximate"
        if unit == "day":
            return target, target, "day"
        half = timedelta(days=UNIT_DAYS[unit] // 4)
        return target - half, target + half, "approximate"
    return None
