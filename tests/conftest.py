from pathlib import Path

import pytest

SHARED_EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"


@pytest.fixture
def dev_gold_dir():
    if not SHARED_EVAL_DIR.is_dir():
        pytest.skip(f"gold articles not found at {SHARED_EVAL_DIR}")
    return SHARED_EVAL_DIR
