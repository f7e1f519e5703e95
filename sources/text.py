"""Turning files and HTML into plain text. HTML is reduced to its main text, never kept as markup."""

from dataclasses import dataclass
from pathlib import Path

import trafilatura

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES


@dataclass(frozen=True)
class Document:
    title: str
    text: str
    published: str | None = None
    author: str = ""
    publisher: str = ""
    url: str | None = None


class UnreadableDocument(ValueError):
    """The file or page holds no text we can use."""


def decode_text(raw: bytes) -> str:
    if not raw.strip():
        raise UnreadableDocument("file is empty")
    if b"\x00" in raw[:8192]:
        raise UnreadableDocument("file is binary, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableDocument("file is not UTF-8 text") from None


def html_to_document(html: str, url: str | None = None) -> Document:
    extracted = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    text = (extracted.text if extracted else "") or ""
    if not text.strip():
        raise UnreadableDocument("no main text found in the HTML")
    return Document(
        title=(extracted.title or "").strip(),
        text=text.strip(),
        published=extracted.date or None,
        author=(extracted.author or "").strip(),
        publisher=(extracted.sitename or "").strip(),
        url=url,
    )


def plain_text_to_document(text: str) -> Document:
    """A .txt file: the first non-empty line is the title, the rest the body."""
    lines = text.strip().splitlines()
    if not lines:
        raise UnreadableDocument("file is empty")
    title = lines[0].strip()
    body = "\n".join(lines[1:]).strip()
    if not body:
        raise UnreadableDocument("file has a title line but no text")
    return Document(title=title, text=body)


def read_document(path: Path) -> Document:
    check_suffix(path.name)
    return file_to_document(path.name, path.read_bytes())


def check_suffix(name: str) -> None:
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnreadableDocument(f"unsupported file type {suffix or '(none)'}; use .txt or .html")


def file_to_document(name: str, raw: bytes) -> Document:
    """A file's content, read or uploaded, by the type its name says."""
    check_suffix(name)
    text = decode_text(raw)
    if Path(name).suffix.lower() in HTML_SUFFIXES:
        return html_to_document(text)
    return plain_text_to_document(text)
