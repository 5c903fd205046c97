"""One run at a time per output folder: a lock file `OUT/.lock` naming its owner.

The lock file holds the owner's pid, host and start time. It is created with all its content
at once (a hard link of a finished temporary file), so a reader never sees it half-written.
A lock whose owner is gone (same host, process no longer running, or its pid now belongs to a
process started later) is stale: it is taken over with a warning. A live owner makes the second
run stop at once, naming the owner. The process that holds the lock may take it again (the CLI
holds it around `runner.extract`, which takes it too); only the outer hold releases it.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

LOCK_FILE = ".lock"


class OutputLocked(RuntimeError):
    """Another run holds the output folder."""


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


def _read_owner(path: Path) -> dict | None:
    try:
        owner = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {}
    return owner if isinstance(owner, dict) else {}


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


def acquire(out_dir: Path, warn=lambda message: print(message, file=sys.stderr)) -> dict:
    """Take the lock of `out_dir` or raise OutputLocked naming the run that holds it."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / LOCK_FILE
    owner = {"pid": os.getpid(), "host": socket.gethostname(), "started": time.time(),
             "process_start": _process_start(os.getpid())}
    for _ in range(3):
        if _try_create(path, owner):
            return owner
        holder = _read_owner(path)
        if holder is None:
            continue  # released meanwhile
        if holder and holder.get("pid") == owner["pid"] and holder.get("host") == owner["host"]:
            return {**owner, "nested": True}  # this process holds it already (extract inside the CLI's lock)
        if holder and _alive(holder):
            raise OutputLocked(f"{out_dir} is in use by another run ({describe(holder)}); wait for it to "
                               f"finish or choose another --out. If no such run exists, delete {path}.")
        warn(f"warning: {path}: removing a stale lock ({describe(holder) if holder else 'unreadable'}; "
             "that run ended without cleaning up)")
        path.unlink(missing_ok=True)
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
