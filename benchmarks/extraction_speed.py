"""How fast is extraction compared with dateparser's own date search, on the same texts?

    /work/main/.venv/bin/python benchmarks/extraction_speed.py [GOLD_DIR]

Times ``events.extraction.extract`` (the whole extractor: dates, triggers, names, merging) and
``dateparser.search.search_dates`` (dates only, RELATIVE_BASE = the publication date) on the dev
articles and on one larger generated article, and prints characters per second for both and the
ratio. Each is run on the same inputs in the same process.
"""

import json
import sys
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dateparser.search import search_dates  # noqa: E402

from events.extraction import extract  # noqa: E402

DEFAULT_GOLD_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"


def load_articles(gold_dir: Path) -> list[tuple[str, date]]:
    articles = []
    for path in sorted(gold_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        articles.append((data["text"], date.fromisoformat(data["published"])))
    return articles


def generated_article(articles: list[tuple[str, date]], target_chars: int = 200_000):
    """A long article made by repeating the dev texts' paragraphs in turn."""
    paragraphs = [p for text, _ in articles for p in text.split("\n") if p.strip()]
    chunks, size, i = [], 0, 0
    while size < target_chars and paragraphs:
        chunks.append(paragraphs[i % len(paragraphs)])
        size += len(chunks[-1]) + 1
        i += 1
    return "\n".join(chunks), articles[0][1]


def chars_per_second(run, inputs) -> float:
    began = time.perf_counter()
    for text, published in inputs:
        run(text, published)
    seconds = time.perf_counter() - began
    return sum(len(text) for text, _ in inputs) / seconds


def run_extract(text: str, published: date) -> None:
    extract(text, published)


def run_search_dates(text: str, published: date) -> None:
    base = datetime(published.year, published.month, published.day)
    search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})


def main() -> None:
    gold_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_GOLD_DIR
    articles = load_articles(gold_dir)
    if not articles:
        sys.exit(f"no gold articles in {gold_dir}")
    extract(*articles[0])  # warm up: gazetteer and regex compilation are one-off costs
    run_search_dates(*articles[0])
    sets = [("dev articles", articles), ("generated article", [generated_article(articles)])]
    for name, inputs in sets:
        chars = sum(len(text) for text, _ in inputs)
        ours = chars_per_second(run_extract, inputs)
        theirs = chars_per_second(run_search_dates, inputs)
        print(f"{name} ({len(inputs)} texts, {chars:,} chars)")
        print(f"  extract:       {ours:12,.0f} chars/s")
        print(f"  search_dates:  {theirs:12,.0f} chars/s")
        print(f"  ratio:         {ours / theirs:12.1f}x")


if __name__ == "__main__":
    main()
