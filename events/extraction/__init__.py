"""Event extraction: article text and its publication date in, dated events out.

Plain Python with no Django imports, so it can be tested, benchmarked and scored on its own.
"""

from .matching import Happening, same_happening
from .pipeline import EXTRACTOR_VERSION, extract
from .types import DateRange, ExtractedEvent, ExtractionError, KnownNames, Passage

__all__ = [
    "EXTRACTOR_VERSION",
    "DateRange",
    "ExtractedEvent",
    "ExtractionError",
    "Happening",
    "KnownNames",
    "Passage",
    "extract",
    "same_happening",
]
