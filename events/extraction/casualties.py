"""How many people a strike killed, when the sentence says so ("killing at least six civilians")."""

import re

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozens": 24, "dozen": 12,
    "hundreds": 200, "scores": 40,
}  # fmt: skip
_COUNT = r"(\d[\d,]*|" + "|".join(_WORDS) + r")"
_QUALIFIER = r"(?:at least |about |some |more than |nearly |almost |up to |around |over )?"
_KILLED_AFTER = re.compile(
    rf"\b(?:killed|killing|kills|left)\s+{_QUALIFIER}{_COUNT}\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:people|civilians|soldiers|troops|fighters|militants|members|children|police|officers|"
    r"service members|Afghans|Palestinians|Israelis|men|women|dead)\b",
    re.IGNORECASE,
)
_KILLED_BEFORE = re.compile(
    rf"\b{_QUALIFIER}{_COUNT}\s+(?:[\w-]+\s+){{0,3}}?(?:people|civilians|soldiers|troops|"
    r"fighters|militants|children|police|officers)\s+(?:were|have been|had been)\s+killed\b",
    re.IGNORECASE,
)


def count_killed(sentence: str) -> int | None:
    match = _KILLED_AFTER.search(sentence) or _KILLED_BEFORE.search(sentence)
    if not match:
        return None
    word = match.group(1).lower().replace(",", "")
    return int(word) if word.isdigit() else _WORDS.get(word)
