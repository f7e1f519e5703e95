"""The extractor scored on gold articles by the shared scorer's own matching logic.

Floors sit a little below what the extractor reaches, so a regression fails here.
"""

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest

from events.extraction import extract

CORPUS_DIR = Path(__file__).parent / "corpus"


def load_scorer(gold_dir: Path):
    spec = importlib.util.spec_from_file_location("score", gold_dir.parent / "score.py")
    if spec is None or not Path(spec.origin).exists():
        pytest.skip("the shared scorer is not available")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(scorer, gold_paths):
    totals = {"headline": [0, 0, 0], "statement": [0, 0, 0]}
    exact = matched = 0
    for path in gold_paths:
        article = json.loads(path.read_text(encoding="utf-8"))
        published = date.fromisoformat(article["published"])
        predictions = [e.as_contract() for e in extract(article["text"], published)]
        pairs = scorer.match(article, predictions)
        for key, types in (("headline", scorer.HEADLINE), ("statement", {"statement"})):
            totals[key][0] += sum(
                1 for g, _, _ in pairs if article["gold_events"][g]["type"] in types
            )
            totals[key][1] += sum(1 for p in predictions if p["type"] in types)
            totals[key][2] += sum(1 for g in article["gold_events"] if g["type"] in types)
        exact += sum(1 for *_, is_exact in pairs if is_exact)
        matched += len(pairs)
    return (
        scorer.prf(*totals["headline"])[0],
        scorer.prf(*totals["statement"])[0],
        exact / matched if matched else 0.0,
    )


def test_dev_set_scores_stay_above_their_floors(dev_gold_dir):
    scorer = load_scorer(dev_gold_dir)
    headline, statements, exact = score(scorer, sorted(dev_gold_dir.glob("*.json")))
    assert headline >= 0.98
    assert statements >= 0.98
    assert exact >= 0.95


def test_own_corpus_scores_stay_above_their_floors(dev_gold_dir):
    scorer = load_scorer(dev_gold_dir)
    headline, statements, exact = score(scorer, sorted(CORPUS_DIR.glob("*.json")))
    assert headline >= 0.95
    assert statements >= 0.98
    assert exact >= 0.95
