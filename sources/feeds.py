"""Reading RSS and Atom feeds (feedparser) into the entries worth ingesting."""

import datetime
from dataclasses import dataclass
from urllib.parse import urldefrag

import feedparser


class NotAFeed(ValueError):
    pass


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str
    published: datetime.date | None


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    entries: list[FeedEntry]


def parse_feed(body: bytes, *, url: str, content_type: str = "") -> ParsedFeed:
    """The feed's title and its entries that link to an http(s) page, each once, in feed order."""
    parsed = feedparser.parse(
        body, response_headers={"content-location": url, "content-type": content_type}
    )
    if parsed.bozo and not parsed.entries:
        raise NotAFeed(f"not an RSS or Atom feed: {parsed.get('bozo_exception') or 'no entries'}")
    if not parsed.version and not parsed.entries:
        raise NotAFeed("not an RSS or Atom feed")
    entries = {}
    for entry in parsed.entries:
        link = urldefrag((entry.get("link") or "").strip()).url
        if not link.startswith(("http://", "https://")) or link in entries:
            continue
        entries[link] = FeedEntry(
            url=link,
            title=(entry.get("title") or "").strip(),
            published=_entry_date(entry),
        )
    return ParsedFeed(
        title=(parsed.feed.get("title") or "").strip(), entries=list(entries.values())
    )


def _entry_date(entry) -> datetime.date | None:
    moment = entry.get("published_parsed") or entry.get("updated_parsed")
    if not moment:
        return None
    return datetime.date(moment.tm_year, moment.tm_mon, moment.tm_mday)
