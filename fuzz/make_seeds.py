"""Write the seed inputs of ``fuzz_parsers.py``: real cells of the seed documents.

``python fuzz/make_seeds.py DIR`` writes ``DIR/formula``, ``DIR/scale`` and ``DIR/target``,
one file per text: the formula and target cells of the seed corpus
(``tests/data/seed-indicators.jsonl``), the ranges of the built-in scales written as
documents write them, and the scale texts of the example definition files.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent

EXTRA_SCALES = (
    "25,00 – 43,75 Tidak Baik 43,76 – 62,50 Kurang Baik 62,51 – 81,25 Baik 81,26 – 100,00 Sangat"
    " baik",
    "91 – 100 : Sangat Baik; 76 s.d. 90 : Baik; ≤ 50 Buruk",
    "Nilai Interval IKM :\n91 ke atas Sangat Baik\n50 ke bawah Kurang",
    "di atas 110% Istimewa\n≥ 90 A Sangat Baik\n< 90 Baik (B)",
)
EXTRA_TARGETS = (
    "4 jenis, 12 bulan",
    "75 % dari undangan",
    "29 (dua puluh sembilan) jenis layanan",
    "Rp 1,5 miliar",
    "1000 orang/ tamu, 12 bulan",
    "3 (tiga) dokumen keuangan: 1. DPA 2. LRA 3. CaLK",
)


def _scale_texts() -> list[str]:
    texts = list(EXTRA_SCALES)
    raw = (ROOT / "ikicalc" / "data" / "scales.toml").read_text(encoding="utf-8")
    for table in tomllib.loads(raw).values():
        rows = [f"{c['range']} {c.get('grade', '')} {c['label']}" for c in table["categories"]]
        texts.append("\n".join(rows))
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        texts.extend(_strings_under(yaml.safe_load(path.read_text(encoding="utf-8")), "kategori"))
    return texts


def _strings_under(data: object, key: str) -> list[str]:
    found: list[str] = []
    if isinstance(data, dict):
        for name, value in data.items():
            if name == key and isinstance(value, str):
                found.append(value)
            else:
                found.extend(_strings_under(value, key))
    elif isinstance(data, list):
        for item in data:
            found.extend(_strings_under(item, key))
    return found


def main(argv: list[str]) -> int:
    """Write the seeds into the directory ``argv[1]``."""
    if len(argv) != 2:
        print(f"usage: {argv[0]} DIR", file=sys.stderr)
        return 2
    rows = [
        json.loads(line)
        for line in (ROOT / "tests" / "data" / "seed-indicators.jsonl").open(encoding="utf-8")
        if line.strip()
    ]
    seeds = {
        "formula": [r["formula"] for r in rows if r.get("formula")],
        "target": [r["target"] for r in rows if r.get("target")] + list(EXTRA_TARGETS),
        "scale": _scale_texts(),
    }
    for kind, texts in seeds.items():
        folder = Path(argv[1]) / kind
        folder.mkdir(parents=True, exist_ok=True)
        for text in dict.fromkeys(texts):
            data = text.encode("utf-8")
            (folder / hashlib.sha256(data).hexdigest()[:16]).write_bytes(data)
        print(f"{folder}: {len(set(texts))} seeds")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
