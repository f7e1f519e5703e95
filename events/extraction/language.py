"""A cheap check that a text is English: the share of its words that are common English words."""

import re

_STOP_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "that",
        "this",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "as",
        "not",
        "but",
        "after",
        "before",
        "said",
        "will",
        "would",
        "their",
        "they",
        "he",
        "she",
        "his",
        "her",
        "who",
        "which",
    ]
)
_WORD = re.compile(r"[^\W\d_]+")


def looks_english(text: str, sample_chars: int = 5000) -> bool:
    words = [word.lower() for word in _WORD.findall(text[:sample_chars])]
    if len(words) < 8:
        return True  # too short to judge; let the date recogniser decide
    return sum(word in _STOP_WORDS for word in words) / len(words) >= 0.12
