"""Shared test fixtures. Add a module of your own fixtures to pytest_plugins below."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "aleppo-2016"
# The seed articles and their gold live beside the project (../shared), for developers and CI;
# users do not have them, so tests that read them exist only where the folder does (never skipped).
SHARED = ROOT.parent / "shared"
HAS_SHARED = (SHARED / "corpus" / "seeds").is_dir()

pytest_plugins: list[str] = ["fixtures_pg", "fixtures_browser"]


@pytest.fixture(scope="session")
def nlp():
    """The project's spaCy pipeline, loaded once per test session."""
    from frontwatch.nlp import load_nlp
    from frontwatch.settings import Settings

    return load_nlp(Settings())
