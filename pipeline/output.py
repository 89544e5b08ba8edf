"""Publish the output tables as one unit, under a lock: readers see the old tables or the new."""

import csv
import os
import secrets
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from filelock import FileLock, Timeout

from pipeline.schema import CURRENT, GENERATIONS, QUOTING, encode_row

LOCK_FILE_NAME = ".build.lock"


class BuildLocked(RuntimeError):
    """Another build holds the lock on the output folder."""


Writer = Callable[[IO[str]], object]


def csv_writer(columns: Sequence[str], rows: Iterable[Mapping[str, object]]) -> Writer:
    """A writer of a UTF-8 CSV (header, every field quoted, '\\n' endings), cells encoded."""

    def write(handle: IO[str]) -> None:
        writer = csv.writer(handle, lineterminator="\n", quoting=QUOTING)
        writer.writerow(columns)
        for row in rows:
            writer.writerow(encode_row(columns, row))

    return write


def publish_tables(
    out_dir: Path,
    files: Sequence[tuple[str, Writer]],
    checkpoint: Callable[[str], None] = lambda step: None,
) -> Path:
    """Write every file into a new generation folder, then make it current with one rename.

    `out_dir/<name>` is a symbolic link to `.current/<name>` and `.current` to the generation:
    a reader sees the old tables or the new ones, never a mix, and a failure or a kill at any
    step leaves the old ones current. `checkpoint(step)` is called after each step (tests kill
    the build there). Returns the new generation folder.
    """
    out_dir = Path(out_dir)
    generations = out_dir / GENERATIONS
    generations.mkdir(parents=True, exist_ok=True)
    clean_stale(out_dir)
    name = f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{secrets.token_hex(4)}"
    temp = generations / f"{name}.tmp"
    temp.mkdir()
    try:
        for file_name, write in files:
            _write_new(temp / file_name, write)
        _fsync_directory(temp)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    generation = generations / name
    os.replace(temp, generation)
    _fsync_directory(generations)
    checkpoint("written")
    _link_names(out_dir, [file_name for file_name, _ in files], checkpoint)
    # a reader may still be reading the generation that was current until now: keep it
    previous = Path(os.readlink(out_dir / CURRENT)).name if (out_dir / CURRENT).is_symlink() else ""
    _point_current(out_dir, generation)
    checkpoint("swapped")
    _prune(generations, keep={generation.name, previous})
    checkpoint("pruned")
    return generation


def replace_together(files: Sequence[tuple[Path, Writer]]) -> None:
    """Write small files (corrections, feed state) each to a temporary file, then rename them all.

    A failure while writing leaves every old file as it was. The tables use publish_tables.
    """
    temps: list[Path] = []
    try:
        for path, write in files:
            temp = Path(path).with_name(f".{Path(path).name}.{secrets.token_hex(4)}.tmp")
            temps.append(temp)
            _write_new(temp, write)
    except BaseException:
        for temp in temps:
            temp.unlink(missing_ok=True)
        raise
    for temp, (path, _) in zip(temps, files, strict=True):
        os.replace(temp, path)
    for directory in {Path(path).parent for path, _ in files}:
        _fsync_directory(directory)


def clean_stale(out_dir: Path) -> None:
    """Remove what a build killed midway left behind: half-written folders and temporary files."""
    for stale in Path(out_dir).glob(".*.tmp"):
        stale.unlink(missing_ok=True)
    generations = Path(out_dir) / GENERATIONS
    for stale in generations.glob("*.tmp"):
        if stale.is_dir() and not stale.is_symlink():
            shutil.rmtree(stale, ignore_errors=True)
        else:
            stale.unlink(missing_ok=True)


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


def _write_new(path: Path, write: Writer) -> None:
    """Call write(handle) on a new file, flushed to disk."""
    # os.open with 0o666 lets the umask decide the final permissions, as for any new file.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    with open(descriptor, "w", encoding="utf-8", newline="") as handle:
        write(handle)
        handle.flush()
        os.fsync(handle.fileno())


def _link_names(out_dir: Path, names: list[str], checkpoint: Callable[[str], None]) -> None:
    """Make each out_dir/<name> a link through .current; tables of an older layout move first.

    Plain files left by an older build are hard-linked into a generation of their own, made
    current, and only then replaced by links: each path keeps its content at every step.
    """
    plain = [n for n in names if (out_dir / n).exists() and not (out_dir / n).is_symlink()]
    if plain and not (out_dir / CURRENT).is_symlink():
        old = out_dir / GENERATIONS / f"{time.strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(4)}-old"
        old.mkdir()
        for name in plain:
            try:
                os.link(out_dir / name, old / name)
            except OSError:
                shutil.copy2(out_dir / name, old / name)
        _point_current(out_dir, old)
        checkpoint("moved")
    for name in names:
        path = out_dir / name
        target = f"{CURRENT}/{name}"
        if path.is_symlink() and os.readlink(path) == target:
            continue
        temp = out_dir / f".{name}.{secrets.token_hex(4)}.tmp"
        os.symlink(target, temp)
        os.replace(temp, path)
        checkpoint("linked")
    _fsync_directory(out_dir)


def _point_current(out_dir: Path, generation: Path) -> None:
    """Make out_dir/.current point to the generation: one atomic rename of a new link."""
    temp = out_dir / f".{CURRENT.lstrip('.')}.{secrets.token_hex(4)}.tmp"
    os.symlink(f"{GENERATIONS}/{generation.name}", temp)
    os.replace(temp, out_dir / CURRENT)
    _fsync_directory(out_dir)


def _prune(generations: Path, keep: set[str]) -> None:
    for folder in generations.iterdir():
        if folder.name not in keep and not folder.name.endswith(".tmp"):
            shutil.rmtree(folder, ignore_errors=True)


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
