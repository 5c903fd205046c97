"""One run at a time per output folder: a lock file `OUT/.lock` naming its owner.

The lock file holds the owner's pid, host and start time. It is created with all its content
at once (a hard link of a finished temporary file), so a reader never sees it half-written.
A lock whose owner is gone (same host, process no longer running, or its pid now belongs to a
process started later) is stale: it is taken over with a warning. Two runs that both find the
same stale lock cannot both go ahead: the lock is removed only while its file is held with
`flock` and after it has been judged stale again (see `_take_over`), so a run that finds a fresh
lock there instead stops like any other. A live owner makes the second run stop at once, naming
the owner. The process that holds the lock may take it again (the CLI
holds it around `runner.extract`, which takes it too); only the outer hold releases it.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import time
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Callable, Iterator

try:
    import fcntl
except ImportError:  # not on POSIX
    fcntl = None  # type: ignore[assignment]

LOCK_FILE = ".lock"


class OutputError(RuntimeError):
    """The output folder cannot be used."""


class OutputLocked(OutputError):
    """Another run holds the output folder."""


class OutputUnwritable(OutputError):
    """The output folder cannot be made or written to (a file of that name, a read-only file system)."""


def unwritable(out_dir: Path, error: OSError) -> OutputUnwritable:
    """The error that names `out_dir` and why it cannot be written to."""
    if out_dir.exists() and not out_dir.is_dir():
        reason = "a file of that name exists, not a folder"
    else:
        reason = error.strerror or str(error)
        if error.filename and Path(error.filename) != out_dir:
            reason += f": {error.filename}"
    return OutputUnwritable(f"{out_dir}: cannot write there ({reason}); choose another --out")


def _process_start(pid: int) -> str | None:
    """The process's start time in clock ticks since boot (Linux), '' for a zombie, None if unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2:].split()
    return "" if fields[0] == "Z" else fields[19]


def _alive(owner: dict) -> bool:
    """Whether the process that wrote `owner` still runs (on another host: assumed so)."""
    if owner.get("host") != socket.gethostname():
        return True
    pid = owner.get("pid")
    if not isinstance(pid, int) or pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # another user's process
    started = _process_start(pid)
    if started == "":
        return False  # a zombie: finished, not yet reaped
    return started is None or owner.get("process_start") in (None, started)


def _parse_owner(text: str) -> dict:
    """The owner recorded in a lock file's text ({} when it is not a JSON object)."""
    try:
        owner = json.loads(text)
    except ValueError:
        return {}
    return owner if isinstance(owner, dict) else {}


def _read_owner(path: Path) -> dict | None:
    try:
        return _parse_owner(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        return {}


def _try_create(path: Path, owner: dict) -> bool:
    """Create the lock file with `owner` in it, atomically; False if it exists."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(owner), encoding="utf-8")
    try:
        os.link(tmp, path)
        return True
    except FileExistsError:
        return False
    finally:
        tmp.unlink(missing_ok=True)


def describe(owner: dict) -> str:
    since = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(owner["started"])) if "started" in owner else "?"
    return f"pid {owner.get('pid', '?')} on {owner.get('host', '?')}, since {since}"


def _take_over(path: Path, warn: Callable[[str], None]) -> None:
    """Remove the lock file at `path` if its owner is gone, judged again while the file is held.

    A run that judged the lock stale may be overtaken before it removes it: another run removes it
    too and creates its own, fresh lock. So the file is opened and locked with `flock` (two takers
    of one stale file take turns), checked to be still the file at `path` (while it is open its
    inode cannot be reused) and its owner judged again; only then is it removed. A taker that finds
    a fresh lock leaves it alone, and the caller's next round names its owner."""
    try:
        fd = os.open(path, os.O_RDWR)  # written-to descriptor: NFS emulates flock by fcntl locks
    except PermissionError:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return  # removed meanwhile: the caller tries to create it
    with os.fdopen(fd, "rb") as handle:
        if fcntl is not None:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            except OSError as error:
                raise OutputLocked(f"{path.parent}: {path} looks stale but could not be locked to take it "
                                   f"over ({error}); if no run uses this folder, delete {path}.") from error
        try:
            same = os.path.samestat(os.stat(path), os.fstat(handle.fileno()))
        except FileNotFoundError:
            return  # removed meanwhile
        if not same:
            return  # replaced meanwhile by another run's lock: the caller judges that one
        try:
            holder = _parse_owner(handle.read().decode("utf-8"))
        except (OSError, UnicodeDecodeError):
            holder = {}
        if holder and _alive(holder):
            return
        warn(f"warning: {path}: removing a stale lock ({describe(holder) if holder else 'unreadable'}; "
             "that run ended without cleaning up)")
        with suppress(FileNotFoundError):
            path.unlink()


def acquire(out_dir: Path, warn=lambda message: print(message, file=sys.stderr)) -> dict:
    """Take the lock of `out_dir` or raise OutputLocked naming the run that holds it (OutputUnwritable
    where the folder cannot be made or written to)."""
    path = out_dir / LOCK_FILE
    owner = {"pid": os.getpid(), "host": socket.gethostname(), "started": time.time(),
             "process_start": _process_start(os.getpid())}
    for _ in range(3):
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            created = _try_create(path, owner)
        except OSError as error:
            raise unwritable(out_dir, error) from error
        if created:
            return owner
        holder = _read_owner(path)
        if holder is None:
            continue  # released meanwhile
        if holder and holder.get("pid") == owner["pid"] and holder.get("host") == owner["host"]:
            return {**owner, "nested": True}  # this process holds it already (extract inside the CLI's lock)
        if holder and _alive(holder):
            raise OutputLocked(f"{out_dir} is in use by another run ({describe(holder)}); wait for it to "
                               f"finish or choose another --out. If no such run exists, delete {path}.")
        _take_over(path, warn)
    raise OutputLocked(f"{out_dir}: could not take the lock {path}; another run keeps taking it")


def release(out_dir: Path, owner: dict) -> None:
    """Remove the lock if it is still ours (and not taken again inside our own hold)."""
    if owner.get("nested"):
        return
    path = out_dir / LOCK_FILE
    holder = _read_owner(path)
    if holder and holder.get("pid") == owner["pid"] and holder.get("host") == owner["host"]:
        path.unlink(missing_ok=True)


@contextmanager
def output_lock(out_dir: Path) -> Iterator[None]:
    """Hold the lock of `out_dir` for the duration of the block."""
    out_dir = Path(out_dir)
    owner = acquire(out_dir)
    try:
        yield
    finally:
        release(out_dir, owner)
