"""Build the one-folder frozen Lagebild with PyInstaller: `python packaging/build.py`.

The result is dist/lagebild/ (the program is dist/lagebild/lagebild, lagebild.exe on Windows;
on macOS also dist/Lagebild.app). Needs the `build` extra: `pip install '.[build]'`.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "lagebild.spec"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/build.py", description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the build goes (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's working folder (default build/pyinstaller/)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(args.dist), "--workpath", str(args.work), str(SPEC)]
    code = subprocess.call(command, cwd=ROOT)
    if code:
        print(f"build: PyInstaller failed with exit code {code}", file=sys.stderr)
        return code
    folder = args.dist / "lagebild"
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"build: {folder} ({size / 1e6:.0f} MB) in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
