"""Any text given to the importer ends in a document or an IkiError, never a traceback;
the YAML written for the document reads back as the same document."""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

from ikicalc import IkiError
from ikicalc.documents import loads_document
from ikicalc.importers.assemble import assemble
from ikicalc.importers.flattened import rebuild_flattened
from ikicalc.importers.text import text_items
from ikicalc.importers.yaml_out import dump_document

PIECES = [
    "SASARAN",
    "INDIKATOR KINERJA",
    "FORMULASI",
    "SUMBER DATA",
    "TARGET",
    "Jabatan : Camat",
    "NO SASARAN KINERJA UTAMA INDIKATOR KINERJA UTAMA",
    "1.",
    "2.",
    "<p>a</p>",
    "<p>",
    "$\\frac{a}{b}$",
    "Catatan :",
    "500 surat",
    "x 100%",
    "Jumlah",
    "Realisasi penyusunan",
    "DPA, Renstra, IKU,",
    "  ",
    "\t",
    " | ",
    "|",
    "\n",
    "\n\n",
    "- ",
    "1 2 3 4",
    "TAHUN 2024",
]

documents = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=60).map("".join)


@settings(max_examples=int(os.environ.get("IKICALC_FUZZ_EXAMPLES", "150")), deadline=None)
@given(documents)
def test_text_import_never_crashes(text: str) -> None:
    source = text_items(text, "x.txt")
    rebuilt = rebuild_flattened(source.items)
    if rebuilt is not None:
        source.items = rebuilt
    try:
        result = assemble(source)
    except IkiError:
        return
    # whatever was read, the YAML written for it reads back as the same document
    assert loads_document(dump_document(result)) == result.document
