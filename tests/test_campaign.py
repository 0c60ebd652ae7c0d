"""The red-team campaign (issue 12, ``fuzz/campaign.py``) at a small size: hostile inputs
across the public API, the CLI, hostile XLSX/Parquet/DOCX files and the HTTP service give a
result or an ``IkiError`` (the service: a success or a 4xx problem body), never another
exception, none runs past 5 s of CPU and the process stays under 1 GiB."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fuzz"))

import hostile_files
from campaign import run


def test_hostile_inputs_across_the_api_give_a_result_or_an_iki_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(hostile_files, "BOMB_ROWS", 200_000)  # quick to build, still a bomb
    tally = run(int(os.environ.get("IKICALC_CAMPAIGN_INPUTS", "1300")), seed=7)
    assert tally.failures == [], "\n".join(tally.failures[:20])
    assert tally.outcomes["result"] > 0
    assert tally.outcomes["IkiError"] > 0
    families = {kind.split(":")[0] for kind in tally.inputs}
    assert families == {"api", "file", "service"}
    assert any(o.startswith("4") for o in tally.outcomes)  # clean problem responses
