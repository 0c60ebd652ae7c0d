"""Realisasi data: the measured values that the formulas of a document are evaluated on.

:func:`read_realisasi` reads CSV, XLSX, JSON and YAML files in one of two layouts:

* **long** form, one value per row, with the columns ``indikator`` (the indicator id, e.g.
  ``003-004``), ``variabel`` (the variable name as the formula writes it) and ``nilai``;
  any other column (``keterangan``, ``nip`` …) is kept as a label of the value;
* **wide** form, one row per employee, kelurahan … : one or more identifying columns
  (``nip``, ``nama``, ``kelurahan``, ``jabatan``, ``no``, ``indikator`` …, see
  :data:`ID_COLUMNS`) and one column per variable.

CSV files may use ``,``, ``;`` or tab (sniffed from the header, or given by an Excel
``sep=;`` first line), decimal comma or dot (read with :func:`ikicalc.numbers.parse_number`,
so ``81,35`` and ``1.250,5`` work), and UTF-8 with or without BOM (or UTF-16 with its BOM),
as Indonesian Excel exports them. The file decides its number style as a whole
(:func:`ikicalc.numbers.data_style`, :attr:`CsvDialect.style`): in a ``;`` file, or one
whose cells show a decimal comma, ``1.000`` is a thousand, the same in
:func:`ikicalc.evaluate_frame`. Values stay exact (:class:`fractions.Fraction`) and keep
their row, so an error can name the file, the row and the column::

    data/kehadiran.csv:7: column 'hari tidak masuk kerja': 'tiga' is not a number

Names are matched as formulas match them (:func:`ikicalc.names.name_key`: case, runs of
white space and the abbreviations ``yg``, ``jml`` … do not matter), so two columns
``Jumlah PNS yg hadir`` and ``jumlah PNS yang hadir`` are one name written twice: an error.

Bad data is an error, never a wrong number: text, NaN, infinities, yes/no values, dates and
numbers of more than :data:`~ikicalc.numbers.MAX_DIGITS` digits in a value cell, an empty
value cell, a row separated differently from the header. **Counts are not negative**: a
variable whose name starts with a counting word (``Jumlah``, ``Jenis``, ``Banyaknya``,
``Total``, ``Volume``: the ``[counting]`` words of ``ikicalc/data/names.toml``) counts
something, so a negative value for it is an error unless ``allow_negative=True``.

**A file that cannot decide says so**: where nothing in it shows how it writes decimals,
``1.206`` is read as thousands by the rule and :attr:`RealisasiData.warnings` holds a
``W113`` warning naming the file, the row and the column of each such cell
(:mod:`ikicalc.realisasi.undecided`).

Nothing is dropped: every non-empty cell ends up in the result or in an error. Only rows and
columns that are completely empty (as Excel leaves them at the end of a sheet) are skipped.
"""


from ikicalc.errors import DataError
from ikicalc.realisasi.dialect import CsvDialect, sniff_csv, sniff_delimiter
from ikicalc.realisasi.model import (
    ID_COLUMNS,
    LONG_COLUMNS,
    RealisasiData,
    RealisasiRow,
    RealisasiValue,
)
from ikicalc.realisasi.readers import check_workbook_size, read_realisasi, text_table
from ikicalc.realisasi.undecided import DataWarning, NumberPlace

__all__ = [
    "ID_COLUMNS",
    "LONG_COLUMNS",
    "CsvDialect",
    "DataError",
    "DataWarning",
    "NumberPlace",
    "RealisasiData",
    "RealisasiRow",
    "RealisasiValue",
    "check_workbook_size",
    "read_realisasi",
    "sniff_csv",
    "sniff_delimiter",
    "text_table",
]
