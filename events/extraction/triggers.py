"""Event triggers: the words that say something happened, typed, with the context that cancels them.

A trigger is cancelled (``blocked``) when the sentence says it did not or may not happen:
modality ("threatened to launch attacks", "could compel"), conditionals ("if talks fail"),
negation ("no vessels were damaged", "without a settlement"), goals that are not events
("voted to escalate the dispute", "met to discuss the stoppage"), and "the first talks since".
Negated attacks become pauses ("no reported attacks since 4 February").
"""

import re
from dataclasses import dataclass

_V = r"(?:s|es|ed|d|ing)?"

# (type, pattern, kind) -- kind: "verb", "noun" or "speech" (a statement verb or noun)
LEXICON: list[tuple[str, str, str]] = [
    # statements
    ("statement", r"said|told|announced|announcing|declared|warned|accused|denied|claimed|condemned|"
     r"welcomed|reported|stated|published|hailed|described|rejected|insisted|confirmed|"
     r"acknowledged|blamed|threatened|vowed|pledged|promised|ordered|urged|called on|called for|"
     r"speaking|spoke to|wrote|tweeted|posted|gave notice|issued|address the nation|"
     r"addressed the nation|added|argued|criticised|criticized|praised|unveiled", "speech"),
    ("statement", r"statement|message|remarks|announcement|speech|interview|press conference|"
     r"news conference|communiqu[ée]|address", "speech_noun"),
    # meetings
    ("meeting", r"met|meet|meets|meeting|meetings|talks|summit|summits|visit" + _V + r"|negotiat" +
     r"(?:ed|ing|ions?)|conference|hosted|consultations|mediation session|round of negotiations|"
     r"discussed by (?:tele)?phone|(?:tele)?phone call|spoke by (?:tele)?phone|held a call|"
     r"sat down with|gathering of leaders", "verb"),
    # armed attacks
    ("strike", r"attack" + _V + r"|airstrikes?|air strikes?|air raids?|air campaign|raid(?:s|ed)?|"
     r"bomb(?:s|ed|ing|ings)?|shell(?:ed|ing)|ambush(?:ed)?|assassinat(?:ed|ion)|killed|killing|"
     r"opened fire|fired (?:on|at|rockets?|missiles?|shells?|mortars?|toward|towards)|"
     r"rockets? (?:was|were) fired|artillery fire|pounded|drone hit|jets hit|offensive|"
     r"clash(?:es|ed)|fighting|invasion|invaded|struck|shot down|massacre|strikes?", "verb"),
    # halts of hostilities
    ("pause", r"cease-?fire|truce|lull|armistice|cessation of (?:hostilities|attacks|fighting)|"
     r"halt(?:ed|s|ing)? (?:all |its |their |the )?(?:attacks|assaults|fighting|hostilities|"
     r"operations|strikes|shelling|offensive|bombing)|"
     r"stop(?:ped|s)? (?:all |its |their )?(?:firing|attacks|fighting|hostilities|\"?all hostile acts)|"
     r"suspend(?:ed|s)? (?:all |its |their )?(?:attacks|operations|hostilities|strikes)|"
     r"humanitarian pause|pause in (?:attacks|fighting|hostilities)|switched off", "verb"),
    # agreements
    ("agreement", r"agreed|agreement|deal|accord|signed|signing|treaty|pact|memorandum|"
     r"reached a (?:tentative )?(?:deal|agreement|settlement)|ratif(?:ied|ication)|"
     r"renewed|renewal|extension|extended|prisoner (?:swap|exchange)|settlement", "verb"),
    # movements of forces
    ("movement", r"deploy(?:ed|ing|ment|s)?|redeploy(?:ed|ment)?|withdr(?:ew|awn|awal|aw|awing)|"
     r"pull(?:ed|ing|s)? (?:out|back)|pull-?out|pull-?back|retreat(?:ed)?|drawdown|"
     r"sent (?:troops|forces|soldiers)|(?:troops|forces|soldiers) (?:were|was) (?:first )?sent|"
     r"crossed into|entered|flew out|moved (?:troops|forces|soldiers)|"
     r"move (?:\w+ ){0,3}(?:troops|soldiers|forces|fighters)|reinforcements|arrived in", "verb"),
    # protests and labour strikes
    ("protest", r"protest(?:s|ed|ers)?|demonstrat(?:ion|ions|ed|ors)|rall(?:y|ied|ies)|march(?:ed|es)|"
     r"marchers|sit-in|walked out|walkout|walked off the job|on strike|stoppages?|picket(?:s|ed)?|"
     r"blockade|day of action|days of action|gathered|boycott|riots?|strike day|general strike|"
     r"hunger strike|warning strike|partial strikes?|full strike|went on strike", "verb"),
    # other dated happenings (kept so their dates are not given to a wrong type)
    ("other", r"vot(?:ed|e|es|ing)|invoked|tabled|approved|adopted|debate|hear|hearing|ruled|"
     r"expired|detained|arrested|freed|released|returned|driving back|commissioned|elected|"
     r"resigned|appointed|flight|left|evacuat(?:ed|ion)|carried|airlift|paying out|lifted|"
     r"reunions|took place|celebrate|fired (?:their )?(?:rifles|guns|weapons)? ?into the air", "verb"),
]  # fmt: skip

_COMPILED = [
    (kind_type, re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE), kind)
    for kind_type, pattern, kind in LEXICON
]

# an attack noun preceded by "no" (or "any" under a negation) turns into a pause
_NEGATED_ATTACK = re.compile(
    r"\b(?:no|not any|neither side had reported any|nor any)\s+(?:reported\s+|further\s+|new\s+|major\s+)?"
    r"(?:attacks?|shelling|fighting|strikes|fire|violence|clashes|rocket fire|hostilities)\b",
    re.IGNORECASE,
)
_LABOUR = re.compile(
    r"\b(?:union|unions|workers|employees|wage|wages|pay|picket|walkout|walked out|stoppage|"
    r"guild|labou?r|strikers|collective|contract|ballot|members|staff|drivers|nurses|teachers)\b",
    re.IGNORECASE,
)
_MILITARY = re.compile(
    r"\b(?:air|drone|missile|military|army|troops|forces|coalition|warplanes?|jets?|rockets?|"
    r"militia|militants|bomb|artillery|soldiers|base|outpost|targets?|fire|positions|war|armed|"
    r"rebels|separatists?|insurgents|gunmen|front|cross-border|shelling|weapons)\b",
    re.IGNORECASE,
)
_FORCES = re.compile(
    r"\b(?:troops|forces|soldiers|army|military|fighters|units?|brigade|regiment|contingent|"
    r"militia|vessels|warships|tanks|battalions?|marines|Taliban|peacekeepers)\b",
    re.IGNORECASE,
)
# what makes a trigger's happening unreal: modality, condition, wish
_MODAL_BEFORE = re.compile(
    r"\b(?:could|might|(?-i:may)|can|threaten(?:ed|s|ing)? to|vow(?:ed|s|ing)? to|vowing|"
    r"promised to|pledged to|ready to|prepared to|plans? to|planning to|wants? to|seeks? to|"
    r"aims? to|hopes? to|hoping to|intends? to|demand(?:ed|ing|s)?|call(?:ed|ing)? for|"
    r"urg(?:ed|ing|es)|asked|ask|if|unless|whether|risk of|allowed to|able to|fail to|"
    r"spoken of|spoke of|talk of|a separate|authori[sz]e|lay down|how|why|meant to|backing|backed|"
    r"way for|in favour of|in favor of|"
    r"would not|will not|did not|does not|do not|not|never|no|without|nor|neither|denied)\b",
    re.IGNORECASE,
)
_INFINITIVE_GOAL = re.compile(
    r"\b(?:voted|vote|agreed|decided|asked|urged|ordered|called|met|meeting|gathered|"
    r"hold|held|wants|sought|seeking|demanding|told|deployed|sent|commissioned|in order)\b"
    r"[^,;]{0,60}\bto\s+(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b)[a-z]+(?:\s+[\w'-]+){0,4}\s*$",
    re.IGNORECASE,
)
_FIRST_SINCE = re.compile(r"\b(?:first|last)\s+(?:[\w-]+\s+){0,10}since\b", re.IGNORECASE)
_SETTING_BEFORE = re.compile(
    r"\b(?:at|during|in|on the sidelines of)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_NOT_AN_EVENT_AFTER = re.compile(
    r"\s+(?:centre|center|hall|room|building|site|venue|committee|team|teams|table|position|"
    r"partners?|power|body|order|ballot|fund|notice)\b",
    re.IGNORECASE,
)
_HYPOTHETICAL = re.compile(r"\bin what (?:would|will|could) be\b", re.IGNORECASE)
# "ending the strike", "announced the agreement", "ahead of the summit": a happening told elsewhere
_REFERENCE_BEFORE = re.compile(
    r"\b(?:ending|end|end to|ended|lift|lifting|call off|calling off|settle|resolve|over|about|"
    r"discuss|discussed|monitor|monitored|respected|violating|violation of|observe|accept|"
    r"accepted|endorsed|announced|announce|welcomed|welcome|condemned|hailed|claimed|denied|"
    r"ahead of|after|since|described|rejected|praised|criticised|criticized|during|of)\s+"
    r"(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?$", re.IGNORECASE)
_CLAUSE_START = re.compile(
    r"[;:—–(]|,\s+(?:when|where|which|while|but|although|though|and|after|before|citing|"
    r"according|as|if|unless)\b|\bthat\b|\b(?:if|unless|when|while|after|before)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    type: str
    word: str
    kind: str  # "verb", "speech", "speech_noun"
    modal: bool = False  # did not, may not or will only conditionally happen
    perfect: bool = False  # "has said": an undated act unless a date sits right beside it
    reference: bool = False  # names a happening told elsewhere ("after the meeting")
    setting: bool = False  # "at a rally", "during the talks": where something else happened

    @property
    def blocked(self) -> bool:
        return self.modal or self.reference

    @property
    def is_statement(self) -> bool:
        return self.type == "statement"


def find_triggers(sentence: str, document_is_labour: bool = False) -> list[Trigger]:
    """Typed triggers in ``sentence``, left to right, overlaps resolved longest first."""
    found = []
    for event_type, pattern, kind in _COMPILED:
        for match in pattern.finditer(sentence):
            found.append((match.start(), match.end(), event_type, kind, match.group()))
    negated_attacks = [(m.start(), m.end()) for m in _NEGATED_ATTACK.finditer(sentence)]
    found.sort(key=lambda item: (-(item[1] - item[0]), item[0]))
    taken: list[tuple[int, int]] = []
    triggers = []
    for start, end, event_type, kind, word in found:
        if any(start < stop and end > begin for begin, stop in taken):
            continue
        taken.append((start, end))
        event_type = _retype(sentence, start, end, event_type, word, document_is_labour)
        if event_type is None:
            continue
        before = sentence[max(0, start - 60) : start]
        reference = kind != "speech" and bool(_REFERENCE_BEFORE.search(before))
        modal = _is_blocked(sentence, start, event_type)
        if event_type == "strike" and any(b <= start < e for b, e in negated_attacks):
            event_type, modal, reference = "pause", False, False
        perfect = bool(_PERFECT.search(sentence[max(0, start - 20) : start]))
        setting = bool(_SETTING_BEFORE.search(before))
        triggers.append(
            Trigger(start, end, event_type, word, kind, modal, perfect, reference, setting)
        )
    triggers.sort(key=lambda trigger: trigger.start)
    return triggers


def is_labour_text(text: str) -> bool:
    """Whether "strike" in this document means a labour strike rather than an attack."""
    sample = text[:20000]
    return len(_LABOUR.findall(sample)) > 2 * len(_MILITARY.findall(sample))


def _retype(sentence, start, end, event_type, word, document_is_labour):
    if _NOT_AN_EVENT_AFTER.match(sentence, end):
        return None  # "conference centre", "negotiating committee", "strike order"
    lowered = word.lower()
    window = sentence[max(0, start - 80) : end + 80]
    if event_type == "strike" and lowered in ("strike", "strikes"):
        before = sentence[max(0, start - 25) : start].lower()
        if (
            re.search(r"\b(?:air|drone|missile|rocket|military|'s)\s*$", before)
            or "tuesday" in before
        ):
            return "strike"
        labour = len(_LABOUR.findall(window)) + (1 if document_is_labour else 0)
        military = len(_MILITARY.findall(window)) + (0 if document_is_labour else 1)
        if re.match(r"\s+(?:order|ballot|fund|pay|notice|action)\b", sentence[end:]):
            return None
        return "protest" if labour >= military else "strike"
    if event_type == "strike" and lowered in ("killed", "killing", "fighting", "struck"):
        return "strike" if _MILITARY.search(window) else None
    if event_type == "movement" and lowered.split()[0] in (
        "entered", "crossed", "flew", "arrived", "retreat", "retreated", "withdrew", "reinforcements"
    ):  # fmt: skip
        clause = sentence[max(0, start - 60) : end + 40]
        if lowered == "entered" and not re.match(r"\s+[A-Z]", sentence[end:]):
            return None
        return "movement" if _FORCES.search(clause) else None
    if event_type == "agreement" and lowered in ("extended", "extension", "renewed", "renewal"):
        return (
            "agreement"
            if re.search(
                r"truce|ceasefire|cease-fire|deal|agreement|accord|mandate|contract", sentence, re.I
            )
            else None
        )
    if (
        event_type == "agreement"
        and lowered == "settlement"
        and not re.search(r"reached|agreed|signed", window, re.I)
    ):
        return None
    if (
        event_type == "protest"
        and lowered == "gathered"
        and not re.search(
            r"people|protesters|demonstrators|crowds?|thousands|hundreds", window, re.I
        )
    ):
        return None
    if event_type == "protest" and lowered == "blockade" and _MILITARY.search(window):
        return (
            "strike"
            if not re.search(r"protest|fishers|farmers|workers", window, re.I)
            else "protest"
        )
    if (
        event_type == "pause"
        and lowered == "switched off"
        and not re.search(r"loudspeakers|broadcasts|guns|weapons", window, re.I)
    ):
        return None
    if event_type == "other" and lowered in ("left", "carried", "hear", "flight", "lifted"):
        return "other"
    return event_type


def _is_blocked(sentence: str, start: int, event_type: str) -> bool:
    clause_start = 0
    opener = ""
    for match in _CLAUSE_START.finditer(sentence, 0, start):
        clause_start, opener = match.start(), match.group().lower()
    if opener in ("if", "unless") or _HYPOTHETICAL.search(sentence[max(0, start - 60) : start]):
        return True
    before = sentence[clause_start:start]
    tail = " ".join(before.split()[-7:])
    if _MODAL_BEFORE.search(tail):
        return True
    if _FIRST_SINCE.search(sentence[max(0, start - 40) : start + 60]) and event_type == "meeting":
        return (
            "since" in sentence[start : start + 60]
            or "in what would be" in sentence[max(0, start - 40) : start]
        )
    return bool(_INFINITIVE_GOAL.search(sentence[max(0, start - 80) : start]))
