"""One event per happening within an article: the same pause told three ways is one event."""

from dataclasses import replace

from .types import ExtractedEvent

_PRECISION_RANK = {"day": 0, "week": 1, "approximate": 2, "month": 3, "year": 4}
# types whose coarse mention ("agreed last week") usually retells a precise one ("signed on 12 Feb")
_COARSE_RETELLS = ("agreement", "pause")
RECENT = 200


def merge_events(
    events: list[ExtractedEvent], endings: frozenset[int] = frozenset()
) -> list[ExtractedEvent]:
    """Fold events that tell the same happening into the first, most precise one.

    ``endings`` are the indexes of events that tell how a state ended ("the strike ended on
    Sept. 27", "the truce will lapse on 2 October"): they close the latest such state instead.
    """
    merged: list[ExtractedEvent] = []
    by_type: dict[str, list[int]] = {}
    for position, event in enumerate(events):
        if position in endings and _close_state(merged, by_type.get(event.type, []), event):
            continue
        # a retelling sits within the same article's recent telling of that kind: looking back
        # a bounded number of events keeps long texts linear
        for index in by_type.get(event.type, [])[-RECENT:]:
            if _same(merged[index], event):
                merged[index] = _fold(merged[index], event)
                break
        else:
            by_type.setdefault(event.type, []).append(len(merged))
            merged.append(event)
    return merged


def _close_state(merged: list[ExtractedEvent], indexes: list[int], ending: ExtractedEvent) -> bool:
    for index in reversed(indexes[-RECENT:]):
        kept = merged[index]
        if kept.date.start < ending.date.start:
            merged[index] = replace(
                kept,
                date=replace(kept.date, end=ending.date.start, open_end=False),
                evidence=kept.evidence + ending.evidence,
                date_texts=kept.date_texts + ending.date_texts,
            )
            return True
    return False


def _same(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    if a.type != b.type or a.type == "statement":
        return False
    da, db = a.date, b.date
    if da.end < db.start or db.end < da.start:
        return False
    ranks = (_PRECISION_RANK[da.precision], _PRECISION_RANK[db.precision])
    if da.start == db.start and (ranks == (0, 0) or da.end == db.end or da.open_end or db.open_end):
        return True
    if da.open_end and db.open_end:
        # "since 4 February" and "since early February"; or two tellings naming the same parties
        return max(ranks) > 0 or (a.evidence[0] != b.evidence[0] and _share_names(a, b))
    if da.open_end or db.open_end:
        return False
    if "approximate" in (da.precision, db.precision) and a.type != "meeting":
        return True
    return max(ranks) > 0 and a.type in _COARSE_RETELLS


def _share_names(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    names_a = set(a.actors) | {a.location} - {None}
    names_b = set(b.actors) | {b.location} - {None}
    return bool(names_a & names_b)


def _fold(a: ExtractedEvent, b: ExtractedEvent) -> ExtractedEvent:
    finer, other = (a, b) if _rank(a) <= _rank(b) else (b, a)
    passages = finer.evidence + tuple(p for p in other.evidence if p not in finer.evidence)
    actors = finer.actors + tuple(x for x in other.actors if x not in finer.actors)
    date = finer.date
    if other.date.open_end and not date.open_end and other.date.start <= date.start:
        date = replace(date, end=other.date.end, open_end=True)
    elif other.date.open_end and not date.open_end:
        date = replace(date, end=max(date.end, other.date.end), open_end=True)
    return replace(
        finer,
        date=date,
        evidence=passages,
        actors=actors,
        location=finer.location or other.location,
        confidence=max(a.confidence, b.confidence),
        date_texts=finer.date_texts
        + tuple(t for t in other.date_texts if t not in finer.date_texts),
    )


def _rank(event: ExtractedEvent) -> tuple:
    # most precise first; among equals the fuller telling (a sentence, not a headline)
    return (
        _PRECISION_RANK[event.date.precision],
        event.date.end - event.date.start,
        -len(event.evidence[0].quote),
    )
