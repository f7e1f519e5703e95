"""What extraction produces: frozen, Django-free values."""

from dataclasses import dataclass, field
from datetime import date

EVENT_TYPES = (
    "meeting",
    "strike",
    "pause",
    "agreement",
    "movement",
    "protest",
    "statement",
    "other",
)
PRECISIONS = ("day", "week", "month", "year", "approximate")


@dataclass(frozen=True)
class DateRange:
    start: date
    end: date
    precision: str
    text: str = ""
    open_end: bool = False

    def __post_init__(self):
        if self.end < self.start:
            raise ValueError(f"date range ends before it starts: {self.start}..{self.end}")
        if self.precision not in PRECISIONS:
            raise ValueError(f"unknown precision {self.precision!r}")

    def as_contract(self) -> dict:
        out = {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "precision": self.precision,
            "text": self.text,
        }
        if self.open_end:
            out["open_end"] = True
        return out


@dataclass(frozen=True)
class Passage:
    """A span of the article text: ``text[start:end] == quote``."""

    quote: str
    start: int
    end: int

    def as_contract(self) -> dict:
        return {"quote": self.quote, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class ExtractedEvent:
    type: str
    title: str
    date: DateRange
    evidence: tuple[Passage, ...]
    actors: tuple[str, ...] = ()
    location: str | None = None
    casualties: int | None = None
    confidence: float = 0.5
    date_texts: tuple[str, ...] = field(default=())
    # a clause of its own within the sentence ("artillery shelled the ridge, and mortar rounds
    # hit the village"): another happening, though told in the same sentence with the same date
    clause: int = 0

    def __post_init__(self):
        if self.type not in EVENT_TYPES:
            raise ValueError(f"unknown event type {self.type!r}")
        if not self.evidence:
            raise ValueError("an event needs at least one evidence passage")

    def as_contract(self) -> dict:
        return {
            "type": self.type,
            "title": self.title,
            "date": self.date.as_contract(),
            "actors": list(self.actors),
            "location": self.location,
            "casualties": self.casualties,
            "evidence": self.evidence[0].as_contract(),
            "passages": [p.as_contract() for p in self.evidence],
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True)
class KnownNames:
    """Names curated by editors that extraction should recognise.

    ``actors`` and ``places`` map every name and alias (as written) to the canonical name.
    """

    actors: dict[str, str] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)


class ExtractionError(ValueError):
    """The input cannot be extracted (e.g. no or a future publication date)."""
