"""Office files are zip archives: refuse a zip bomb, an encrypted or a corrupt file before
opening it.

The members' uncompressed sizes are read from the zip directory (no byte is inflated) and
checked against :data:`~ikicalc.importers.limits.MAX_XLSX_UNCOMPRESSED_BYTES`, the
compression ratio of each member against
:data:`~ikicalc.importers.limits.MAX_XLSX_COMPRESSION_RATIO`, and the member count against
:data:`~ikicalc.importers.limits.MAX_ZIP_MEMBERS`.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ikicalc.errors import IkiError
from ikicalc.i18n import _
from ikicalc.importers.limits import (
    MAX_XLSX_COMPRESSION_RATIO,
    MAX_XLSX_UNCOMPRESSED_BYTES,
    MAX_ZIP_MEMBERS,
)

__all__ = ["check_archive", "missing_extra"]

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_RATIO_FLOOR = 1_000_000  # small members may compress well (repeated XML): ratio from 1 MB


def missing_extra(path: Path, library: str) -> IkiError:
    """The error for a reader whose optional library is not installed."""
    return IkiError(
        f"{path}: reading {path.suffix} files needs {library}: pip install 'ikicalc[documents]'"
    )


def check_archive(path: Path, expected: str) -> None:
    """Raise :class:`IkiError` unless ``path`` is a sane zip archive (``expected``: 'XLSX')."""
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as error:
        raise IkiError(
            _("{path}: cannot read the file ({reason})").format(path=path, reason=error.strerror)
        ) from None
    if head == _OLE_MAGIC:
        raise IkiError(
            _(
                "{path}: the file is password-protected (encrypted) or an old binary Office file; "
                "expected an unprotected {expected}: open it, remove the password and save it as "
                "{expected}"
            ).format(path=path, expected=expected)
        )
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        raise IkiError(
            _("{path}: the file is corrupt or not an {expected} file (not a zip archive)").format(
                path=path, expected=expected
            )
        ) from None
    if len(members) > MAX_ZIP_MEMBERS:
        raise IkiError(
            _("{path}: {count} parts in the archive; an {expected} is read up to {limit}").format(
                path=path,
                count=f"{len(members):,}",
                expected=expected,
                limit=f"{MAX_ZIP_MEMBERS:,}",
            )
        )
    total = sum(m.file_size for m in members)
    if total > MAX_XLSX_UNCOMPRESSED_BYTES:
        raise IkiError(
            _(
                "{path}: unpacks to {total} bytes; refused (an {expected} is read up to {limit} "
                "bytes unpacked: a zip bomb?)"
            ).format(
                path=path,
                total=f"{total:,}",
                expected=expected,
                limit=f"{MAX_XLSX_UNCOMPRESSED_BYTES:,}",
            )
        )
    for member in members:
        if member.file_size > _RATIO_FLOOR and (
            member.file_size > MAX_XLSX_COMPRESSION_RATIO * max(member.compress_size, 1)
        ):
            raise IkiError(
                _(
                    "{path}: the part {filename} unpacks {size} bytes from {packed}; refused "
                    "(more than {ratio}× compression: a zip bomb?)"
                ).format(
                    path=path,
                    filename=member.filename,
                    size=f"{member.file_size:,}",
                    packed=f"{member.compress_size:,}",
                    ratio=MAX_XLSX_COMPRESSION_RATIO,
                )
            )
