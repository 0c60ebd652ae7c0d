"""``benchmarks/bench_stream.py`` at a tiny size (issue 18): ``report --stream`` and the
hand-written Polars pipeline write the same rows, and the harness runs a case in a child
process and reads its time and peak memory. Also: what ``--stream`` writes back of the
input columns is what they hold, in their own types."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import polars as pl
import pytest

import ikicalc

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_stream.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_stream", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_stream"] = module
    spec.loader.exec_module(module)
    return module


def test_ikicalc_and_the_hand_written_pipeline_write_the_same_rows(
    bench: ModuleType, tmp_path: Path
) -> None:
    data, document = tmp_path / "realisasi.csv", tmp_path / "dokumen.yaml"
    document.write_text(bench.DOCUMENT, encoding="utf-8")
    bench.generate(data, 2000, units=40)
    ours, theirs = tmp_path / "ikicalc.csv", tmp_path / "polars.csv"
    assert min(bench.case_ikicalc(data, ours, document)) > 0
    assert min(bench.case_polars(data, theirs, document)) > 0
    assert bench.same_output(ours, theirs) == []
    written = pl.read_csv(ours, infer_schema=False)
    assert written.height == 2000
    # the data has zero denominators: the errors are there, in both
    assert written["003-004 error"].str.starts_with("division by zero").sum() > 0
    # and a difference is seen
    changed = pl.read_csv(theirs, infer_schema=False).with_columns(
        pl.col("004-001 kategori").str.replace("Baik", "Buruk")
    )
    changed.write_csv(theirs)
    assert bench.same_output(ours, theirs)


def test_the_harness_runs_a_case_in_a_child_and_reads_its_peak_memory(
    bench: ModuleType, tmp_path: Path
) -> None:
    data, document = tmp_path / "realisasi.csv", tmp_path / "dokumen.yaml"
    document.write_text(bench.DOCUMENT, encoding="utf-8")
    bench.generate(data, 500, units=5)
    seconds, peak, cpu = bench.run_case("read", data, tmp_path / "out.csv", document)
    assert 0 < seconds < 60
    assert 0 < cpu < 60
    assert peak > 10  # MiB: a Python process with Polars loaded


def test_stream_writes_input_columns_back_in_their_own_types(tmp_path: Path) -> None:
    frame = pl.DataFrame(
        {
            "nip": ["007", "198001012005011001"],
            "hari": [220, 240],
            "hadir": [209.5, 240.0],
            "aktif": [True, False],
        }
    )
    parquet, csv = tmp_path / "data.parquet", tmp_path / "data.csv"
    frame.write_parquet(parquet)
    csv.write_text("nip,hari,hadir\n007,220,209.50\n198001012005011001,240,240\n")
    for source in (parquet, csv):
        out = tmp_path / f"out-{source.suffix[1:]}.csv"
        ikicalc.evaluate_frame("hadir / hari x 100%", source).write(out)
        lines = out.read_text(encoding="utf-8").splitlines()
        first = lines[1].split(",")
        if source is parquet:
            assert first[:4] == ["007", "220", "209.5", "true"]
        else:  # a CSV file: every input cell exactly as written
            assert first[:3] == ["007", "220", "209.50"]
        assert lines[2].split(",")[:2] == ["198001012005011001", "240"]


@pytest.mark.parametrize("by", ["unit", None])
def test_the_groups_looked_up_are_the_groups_joined(
    bench: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, by: str | None
) -> None:
    """The Σ totals are computed first (a scan of their own) and each row is given its
    group's columns by looking its key up: the same rows as a join of the rows with the
    totals, which a key of several columns still takes."""
    import ikicalc.evaluation.frame as frame_module

    data, document = tmp_path / "realisasi.csv", tmp_path / "dokumen.yaml"
    document.write_text(bench.DOCUMENT, encoding="utf-8")
    bench.generate(data, 1500, units=7)
    loaded = ikicalc.load_document(document)
    looked_up, joined = tmp_path / "looked-up.csv", tmp_path / "joined.csv"
    result = ikicalc.evaluate_frame(loaded, data, by=by)
    plan = result.lazy().explain()
    assert "JOIN" not in plan
    assert "CACHE" not in plan  # nothing held: the rows stream
    result.write(looked_up)
    monkeypatch.setattr(frame_module, "with_groups", lambda *args: None)
    result = ikicalc.evaluate_frame(loaded, data, by=by)
    assert "JOIN" in result.lazy().explain()
    result.write(joined)
    assert looked_up.read_bytes() == joined.read_bytes()
    written = pl.read_csv(looked_up, infer_schema=False)
    assert written["004-001 realisasi"].n_unique() == (7 if by else 1)
