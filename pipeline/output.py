"""Write the output tables atomically, under a lock, so readers never see a half-written file."""

import csv
import os
import re
import secrets
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from filelock import FileLock, Timeout

LOCK_FILE_NAME = ".build.lock"
# Spreadsheets run a cell starting with these as a formula; article text must never do that.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


class BuildLocked(RuntimeError):
    """Another build holds the lock on the output folder."""


Writer = Callable[[IO[str]], object]


def csv_writer(columns: Sequence[str], rows: Iterable[Mapping[str, object]]) -> Writer:
    """A writer of a UTF-8 CSV (header, RFC 4180, '\\n' endings) with formulas neutralised."""

    def write(handle: IO[str]) -> None:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([neutralise(row.get(column)) for column in columns])

    return write


def replace_together(files: Sequence[tuple[Path, Writer]]) -> None:
    """Write every file to a temporary file first; only when all are written, put them in place.

    A failure while writing (a full disk, an exception in a row) leaves every old file as it was.
    """
    temps: list[Path] = []
    try:
        for path, write in files:
            temps.append(_write_temp(Path(path), write))
    except BaseException:
        for temp in temps:
            temp.unlink(missing_ok=True)
        raise
    for temp, (path, _) in zip(temps, files, strict=True):
        os.replace(temp, path)
    for directory in {Path(path).parent for path, _ in files}:
        _fsync_directory(directory)


@contextmanager
def build_lock(out_dir: Path) -> Iterator[None]:
    """Hold the exclusive build lock of out_dir; raise BuildLocked if another build holds it."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    lock_path = out_dir / LOCK_FILE_NAME
    lock = FileLock(str(lock_path), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise BuildLocked(
            f"another build is writing to {out_dir} (lock file {lock_path}); wait for it to finish"
        ) from None
    try:
        yield
    finally:
        lock.release()


def neutralise(value: object) -> object:
    """A cell as spreadsheets should show it: text that would run as a formula gets a leading '."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def restore(cell: str) -> str:
    """The text a neutralised cell stood for, for readers that show it rather than compute it."""
    if cell.startswith("'") and neutralise(cell[1:]) == cell:
        return cell[1:]
    return cell


def _write_temp(path: Path, write: Writer) -> Path:
    """Call write(handle) on a new temporary file next to path, flushed to disk; return its path."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    # os.open with 0o666 lets the umask decide the final permissions, as for any new file.
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with open(descriptor, "w", encoding="utf-8", newline="") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable; not possible on every platform, and not needed for safety."""
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
