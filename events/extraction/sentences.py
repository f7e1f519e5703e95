"""Split article text into sentences with their character offsets, one paragraph at a time."""

import re
from collections.abc import Iterator
from dataclasses import dataclass

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "maj", "cpl", "adm", "st", "hon",
    "prof", "sen", "rep", "gov", "pres", "jr", "sr", "vs", "no", "nos", "inc", "co", "corp", "ltd",
    "bros", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "a.m", "p.m", "u.s", "u.n", "u.k", "e.g", "i.e", "tel", "approx", "dept", "est", "fig", "mt",
    "ret", "retd",
}  # fmt: skip
_PARAGRAPH = re.compile(r"[^\n]+")
_BOUNDARY = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_LAST_WORD = re.compile(r"([\w.]+)$")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset of ``text`` in the article
    paragraph: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_sentences(text: str) -> Iterator[Sentence]:
    """Sentences in order; a line break always ends one (headlines, list items, datelines)."""
    for number, paragraph in enumerate(_PARAGRAPH.finditer(text)):
        yield from _split_paragraph(paragraph.group(), paragraph.start(), number)


def _split_paragraph(paragraph: str, offset: int, number: int) -> Iterator[Sentence]:
    begin = 0
    for boundary in _BOUNDARY.finditer(paragraph):
        head = paragraph[begin : boundary.start() + 1]
        last = _LAST_WORD.search(head[:-1])
        word = last.group(1).lower() if last else ""
        if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        yield from _emit(paragraph, begin, boundary.end(), offset, number)
        begin = boundary.end()
    yield from _emit(paragraph, begin, len(paragraph), offset, number)


def _emit(paragraph: str, begin: int, end: int, offset: int, number: int) -> Iterator[Sentence]:
    chunk = paragraph[begin:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        yield Sentence(stripped, offset + begin + lead, number)
