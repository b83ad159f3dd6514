"""An export killed at any moment leaves the old file or the complete new one,
and no temporary file outlives the next export; the umask is never touched."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from viewer.output import atomic
from viewer.output.atomic import OutputError, is_temporary_name, remove_leftovers, write_bytes_atomically

ROOT = Path(__file__).resolve().parent.parent
OLD = b"the previous export, which must survive"

# Writes ever new, self-checking files of a few megabytes over one target, forever.
WRITER = textwrap.dedent("""
    import hashlib, sys
    from viewer.output.atomic import write_bytes_atomically
    target, n = sys.argv[1], 0
    print("ready", flush=True)
    while True:
        n += 1
        body = str(n).encode() * 400_000
        write_bytes_atomically(target, body + hashlib.sha256(body).hexdigest().encode())
""")


def complete(data: bytes) -> bool:
    return data == OLD or (len(data) > 64 and hashlib.sha256(data[:-64]).hexdigest().encode() == data[-64:])


def start(args: list[str], cwd: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)


def kill(process: subprocess.Popen, delay: float) -> None:
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()  # reaped: a later export sees it is gone
    if process.stdout is not None:
        process.stdout.close()


def others(folder: Path, target: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p != target)


def test_killing_a_writer_thirty_times_leaves_one_complete_file(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "export.bin"
    target.write_bytes(OLD)
    chance = random.Random(20250426)  # the same moments on every run
    for _ in range(30):
        process = start([sys.executable, "-c", WRITER, str(target)], tmp_path)
        assert process.stdout.readline() == b"ready\n"
        kill(process, chance.uniform(0.0, 0.25))
        assert complete(target.read_bytes()), "the target is the old file or a complete new one"
        extra = others(folder, target)
        assert all(is_temporary_name(name) for name in extra), extra
        # the next export, whenever it comes, removes what a killed one left
        remove_leftovers(folder)
        assert others(folder, target) == []
    write_bytes_atomically(target, OLD)
    assert others(folder, target) == [] and target.read_bytes() == OLD


def test_killing_a_real_page_export_leaves_the_old_file_or_the_new_one(tmp_path):
    from viewer.model.synthetic import write_synthetic

    events = tmp_path / "events.json"
    write_synthetic(events, 5_000)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "page.pdf"
    target.write_bytes(b"%PDF-old")
    command = [sys.executable, "-m", "viewer", "export", str(events), "--view", "page", "--out", str(target)]
    started = time.monotonic()
    assert subprocess.run(command, cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                          capture_output=True).returncode == 0
    duration = time.monotonic() - started
    complete_export = target.read_bytes()
    assert complete_export.startswith(b"%PDF-") and complete_export.rstrip().endswith(b"%%EOF")
    target.write_bytes(b"%PDF-old")
    chance = random.Random(1995)
    for _ in range(5):
        kill(start(command, tmp_path), chance.uniform(0.3, 1.0) * duration)
        data = target.read_bytes()
        assert data == b"%PDF-old" or data.rstrip().endswith(b"%%EOF")
        assert all(is_temporary_name(name) for name in others(folder, target))
        remove_leftovers(folder)
        assert others(folder, target) == []


def test_a_failed_write_keeps_the_old_file_and_leaves_nothing(tmp_path, monkeypatch):
    target = tmp_path / "export.svg"
    target.write_bytes(OLD)
    for unnamed in (True, False):  # with O_TMPFILE, and the named fallback
        if not unnamed:
            monkeypatch.setattr(atomic, "_unnamed_file", lambda folder: None)

        def fail(*args):
            raise OSError("disk full")

        with monkeypatch.context() as patch:
            patch.setattr(os, "replace", fail)
            with pytest.raises(OSError):
                write_bytes_atomically(target, b"new")
        assert target.read_bytes() == OLD and others(tmp_path, target) == []
        write_bytes_atomically(target, b"new")
        assert target.read_bytes() == b"new" and others(tmp_path, target) == []
        target.write_bytes(OLD)


def test_an_empty_export_is_refused_and_the_old_file_kept(tmp_path):
    target = tmp_path / "export.png"
    target.write_bytes(OLD)
    with pytest.raises(OutputError, match="nothing was written"):
        write_bytes_atomically(target, b"")
    assert target.read_bytes() == OLD and others(tmp_path, target) == []


def test_leftovers_of_running_writers_stay_and_of_dead_ones_go(tmp_path):
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True)
    dead_pid = int(finished.stdout)
    running_pid = os.getppid()
    dead = tmp_path / f".a.png.lagebild-{dead_pid}-0123456789ab.part"
    running = tmp_path / f".b.png.lagebild-{running_pid}-0123456789ab.part"
    ancient = tmp_path / f".c.png.lagebild-{running_pid}-00000000abcd.part"
    unrelated = tmp_path / ".a.png.part"  # not a name this writer makes: never touched
    for path in (dead, running, ancient, unrelated):
        path.write_bytes(b"x")
    os.utime(ancient, (time.time() - 3 * 24 * 3600,) * 2)
    write_bytes_atomically(tmp_path / "a.png", b"new")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["a.png", running.name, unrelated.name])


def test_the_file_gets_the_umask_permissions_and_the_umask_is_never_changed(tmp_path):
    script = textwrap.dedent("""
        import os, stat, sys
        os.umask(0o027)
        def refuse(mask):
            raise AssertionError("the umask was changed")
        os.umask = refuse
        from viewer.output.atomic import write_bytes_atomically
        for unnamed in (True, False):
            if not unnamed:
                import viewer.output.atomic as atomic
                atomic._unnamed_file = lambda folder: None
            path = write_bytes_atomically(sys.argv[1] + str(unnamed), b"data")
            print(oct(stat.S_IMODE(os.stat(path).st_mode)))
    """)
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "out")], capture_output=True, text=True,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0o640", "0o640"]


def test_the_content_is_on_the_disk_before_the_rename_and_the_folder_after(tmp_path, monkeypatch):
    calls = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append(("fsync", os.path.isdir(f"/proc/self/fd/{fd}"))),
                                                 real_fsync(fd)))
    monkeypatch.setattr(os, "replace", lambda a, b: (calls.append(("replace", None)), real_replace(a, b)))
    write_bytes_atomically(tmp_path / "page.pdf", b"%PDF-1.4 ...")
    renamed = calls.index(("replace", None))
    assert calls[:renamed] and all(call == ("fsync", False) for call in calls[:renamed])  # the file
    assert calls[renamed + 1:] == [("fsync", True)]  # then the folder
