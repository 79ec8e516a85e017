"""Reading a user's file without guessing, and writing it back without ever leaving it half-written.

A file is read as raw bytes and decoded strictly (UTF-8, or the encoding its BOM names); anything else is
refused with a message rather than decoded wrongly. Writes go to a temporary file in the same folder,
are flushed and fsynced, then renamed over the original, so the file is always its old or its new content.
"""

from __future__ import annotations

import codecs
import ctypes
import errno
import hashlib
import os
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class FileRefused(Exception):
    """A file companion will not read or write; the message says why and that nothing was changed."""


@dataclass(frozen=True)
class FileContent:
    """A file's text and everything needed to write it back exactly as it was encoded."""

    text: str
    encoding: str
    bom: bytes
    content_hash: str
    mode: int | None

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.encoding)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_text_file(path: Path, max_bytes: int) -> FileContent:
    """Read ``path`` as text, or raise FileRefused for binary, huge, unreadable or undecodable files."""
    try:
        info = path.stat()
    except FileNotFoundError as error:
        raise FileRefused(f"{path}: no such file.") from error
    except OSError as error:
        raise FileRefused(f"{path}: cannot be read ({error.strerror}).") from error
    if not stat.S_ISREG(info.st_mode):
        raise FileRefused(f"{path}: not a regular file.")
    if not info.st_mode & stat.S_IRUSR:  # honoured even for root: the owner said nobody reads it
        raise FileRefused(f"{path}: the file is not readable (permissions); make it readable to work on it.")
    if info.st_size > max_bytes:
        raise FileRefused(
            f"{path}: {info.st_size:,} bytes is over the {max_bytes:,}-byte limit for editing "
            "(max_file_bytes in the config). Nothing was changed."
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise FileRefused(f"{path}: cannot be read ({error.strerror}).") from error
    return decode_bytes(data, path, stat.S_IMODE(info.st_mode))


def decode_bytes(data: bytes, path: Path, mode: int | None = None) -> FileContent:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data[len(bom):], encoding, bom, data, path, mode)
    if b"\x00" in data[:8192]:
        raise FileRefused(f"{path}: looks like a binary file (it contains NUL bytes); companion edits text only.")
    return _decode(data, "utf-8", b"", data, path, mode)


def _decode(body: bytes, encoding: str, bom: bytes, data: bytes, path: Path, mode: int | None) -> FileContent:
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as error:
        raise FileRefused(
            f"{path}: not valid {encoding.upper()} (byte 0x{body[error.start]:02x} at offset "
            f"{error.start + len(bom)}). companion edits UTF-8 files and files with a UTF-16/32 byte-order mark; "
            "convert the file to UTF-8 first. Nothing was changed."
        ) from error
    return FileContent(text, encoding, bom, content_hash(data), mode)


class ConcurrentEdit(Exception):
    """The file was written by someone else at the very moment companion replaced it; theirs was put back."""


def write_atomic(
    path: Path,
    data: bytes,
    mode: int | None = None,
    precondition: Callable[[], None] | None = None,
    expected_hash: str | None = None,
) -> None:
    """Replace ``path`` with ``data`` so that a crash at any point leaves the old or the new content.

    ``precondition`` runs after the new content is safely on disk and just before the rename; if it
    raises, the rename does not happen. With ``expected_hash`` the rename is an atomic exchange (Linux
    renameat2) and the content it displaced is checked: if another writer saved in the instant between
    the check and the rename, the files are swapped back and ConcurrentEdit is raised, so their save wins.
    """
    directory = path.parent
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".companion-tmp", dir=directory)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        if precondition is not None:
            precondition()
        if expected_hash is not None and _exchange(temporary, path):
            displaced = Path(temporary).read_bytes()
            if content_hash(displaced) != expected_hash:
                _exchange(temporary, path)
                raise ConcurrentEdit(f"{path}: another program saved it while companion was writing; their version was kept.")
            os.unlink(temporary)
        else:
            os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise
    _fsync_directory(directory)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(first: str | Path, second: Path) -> bool:
    """Atomically swap two paths (Linux renameat2); False where the system or file system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE)
    if result == 0:
        return True
    error = ctypes.get_errno()
    if error in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(error, os.strerror(error), str(second))


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable; not every platform can open a directory."""
    try:
        descriptor = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def create_exclusive(path: Path, data: bytes) -> None:
    """Create ``path`` with ``data`` atomically, failing with FileExistsError if anything is already there.

    The content is written and fsynced under a temporary name first, then hard-linked to ``path``:
    linking never replaces an existing file, so a file that appeared meanwhile is never overwritten.
    Where the file system has no hard links, the file is created with O_EXCL and written in place.
    """
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".companion-tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError:
            raise
        except OSError:
            _create_in_place(path, data)
    finally:
        os.unlink(temporary)
    _fsync_directory(path.parent)


def _create_in_place(path: Path, data: bytes) -> None:
    with open(path, "xb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
