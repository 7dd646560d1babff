"""Shared test fixtures. Add a module of your own fixtures to pytest_plugins below."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check what a function returns, not how fast: a loaded CI machine (or the first call
# that loads dateparser's data) must not fail one on hypothesis's 200 ms deadline. Speed lives in
# scripts/bench.py.
settings.register_profile("frontwatch", deadline=None)
settings.load_profile("frontwatch")

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


@pytest.fixture
def scaled_outlet_case(tmp_path):
    """A user's data folder whose outlets.csv gives 'Valley Courier' the scale Subnational, and an
    input folder holding one of its reports (a police post attacked in Tumaco): (folder, inputs)."""
    import json

    folder, inputs = tmp_path / "mine", tmp_path / "in"
    folder.mkdir()
    inputs.mkdir()
    (folder / "outlets.csv").write_text("canonical,alias,domain,scale,home_country\n"
                                        "Valley Courier,Valley Courier,,Subnational,CO\n", encoding="utf-8")
    report = {"id": "valley-1", "outlet": "Valley Courier", "published": "2019-08-14",
              "text": "Rebels attack police post\nDissident fighters attacked a police post in Tumaco on "
                      "Tuesday, killing two officers, the army said.\n"}
    (inputs / "valley.jsonl").write_text(json.dumps(report) + "\n", encoding="utf-8")
    return folder, inputs
