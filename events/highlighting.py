"""Marking passages in text that came from outside: every piece is escaped, only our <mark>s are
markup, so nothing a source contains is ever rendered as HTML."""

import re
from collections.abc import Iterable
from typing import NamedTuple

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


class Span(NamedTuple):
    evidence_id: int
    start: int
    end: int
    label: str = ""


def highlight_phrase(text: str, phrase: str) -> SafeString:
    """`text` with the first occurrence of `phrase` (case-insensitive) in a <mark>."""
    if phrase:
        match = re.search(re.escape(phrase), text, flags=re.IGNORECASE)
        if match:
            return mark_safe(
                f"{escape(text[: match.start()])}"
                f'<mark class="date-text">{escape(match.group())}</mark>'
                f"{escape(text[match.end() :])}"
            )
    return escape(text)


def highlight_spans(text: str, spans: Iterable[Span]) -> SafeString:
    """`text` with each evidence span wrapped in <mark id="ev-<id>" title="<label>">.

    Spans may overlap (one sentence often evidences two events): the text is cut at every span
    boundary and each piece covered by any span becomes one <mark> listing the evidence it belongs
    to. The piece where an evidence starts carries its id, so `#ev-<id>` links land there; when
    several evidence rows start at the same offset the extra ids go on empty anchors before it.
    Spans outside the text or empty are ignored (offsets from an older version of the text).
    """
    valid = sorted(
        (span for span in spans if 0 <= span.start < span.end <= len(text)),
        key=lambda span: (span.start, span.end, span.evidence_id),
    )
    if not valid:
        return escape(text)
    boundaries = sorted({0, len(text), *(s.start for s in valid), *(s.end for s in valid)})
    waiting = iter(valid)  # by start: each joins `covering` once the sweep reaches it
    upcoming = next(waiting, None)
    covering: list[Span] = []
    pieces = []
    for piece_start, piece_end in zip(boundaries, boundaries[1:], strict=False):
        covering = [s for s in covering if s.end > piece_start]
        while upcoming is not None and upcoming.start == piece_start:
            covering.append(upcoming)
            upcoming = next(waiting, None)
        content = escape(text[piece_start:piece_end])
        if not covering:
            pieces.append(content)
            continue
        starting = [s.evidence_id for s in covering if s.start == piece_start]
        pieces.extend(f'<span class="anchor" id="ev-{extra}"></span>' for extra in starting[1:])
        id_attribute = f' id="ev-{starting[0]}"' if starting else ""
        overlap = " overlap" if len(covering) > 1 else ""
        evidence_ids = " ".join(str(s.evidence_id) for s in covering)
        labels = " / ".join(dict.fromkeys(s.label for s in covering if s.label))
        title = f' title="{escape(labels)}"' if labels else ""
        pieces.append(
            f'<mark{id_attribute} class="evidence{overlap}" data-evidence="{evidence_ids}"{title}>'
            f"{content}</mark>"
        )
    return mark_safe("".join(pieces))
