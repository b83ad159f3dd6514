"""Keep the translations in step with the code: `python tools/translations.py [update|release|all]`.

update:  pyside6-lupdate collects every text marked with translate() or QT_TRANSLATE_NOOP() in
         viewer/ into resources/translations/lagebild_de.ts (new texts come in unfinished, texts no
         longer in the code are dropped; no line numbers, so the file changes only with the texts).
release: pyside6-lrelease compiles it into lagebild_de.qm, which is checked in and installed with
         the resources, so an install needs no Qt tools. tests/test_translations.py fails while
         either file is behind the code or a German text is missing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de",)


def tool(name: str) -> str:
    """A Qt tool of the PySide6 installed beside this Python (or on PATH)."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"translations: {name} not found; it comes with PySide6 (pip install '.[test]')")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "viewer").rglob("*.py"))


def update(ts: Path, extra: tuple[str, ...] = ()) -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete",
                    "-source-language", "en", "-target-language", ts.stem.split("_")[-1], *extra, "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def main(argv: list[str]) -> int:
    action = argv[0] if argv else "all"
    if action not in ("update", "release", "all"):
        print(__doc__, file=sys.stderr)
        return 2
    for code in LANGUAGES:
        ts = FOLDER / f"lagebild_{code}.ts"
        if action in ("update", "all"):
            update(ts)
            print(f"updated {ts.relative_to(ROOT)}")
        if action in ("release", "all"):
            release(ts, ts.with_suffix(".qm"))
            print(f"compiled {ts.with_suffix('.qm').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
