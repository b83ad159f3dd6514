"""Check a frozen build: `python packaging/smoke.py [dist/lagebild]`.

Runs the frozen program headless, away from the source tree and without the system's fonts,
on the sample it carries: validate, inspect, a page as PNG and PDF, the sources annex as HTML
and Markdown, the main window as a picture, an import. Then it checks that the bundle holds
every module of the `viewer` package, every resource file and the Qt plugins a desktop needs.
Any missing module, plugin, font or data file, any non-zero exit or traceback fails it (exit 1).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV_ONLY = {"viewer.bench", "viewer.bench_import"}  # measuring tools, left out of the build on purpose
SAMPLE = Path("samples", "coalition-guarantees-2025.json")
IMPORTED = ROOT / "tests" / "data" / "import" / "timeline" / "example-1.0.timeline"
# The platforms of Linux desktops and of headless use, SVG for the icon, compose keys for umlauts.
QT_PLUGINS = ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
              "imageformats/libqsvg.so", "iconengines/libqsvgicon.so",
              "platforminputcontexts/libcomposeplatforminputcontextplugin.so")
TROUBLE = ("Traceback", "ModuleNotFoundError", "ImportError", "Could not load the Qt platform plugin",
           "Could not find the Qt platform plugin", "QFont::", "QFontDatabase", "Cannot find font",
           "No such file or directory")
# No system fonts: what the pictures are drawn with must come from the bundle.
NO_SYSTEM_FONTS = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


class Smoke:
    def __init__(self, folder: Path) -> None:
        self.folder = folder.resolve()
        self.program = self.folder / ("lagebild.exe" if os.name == "nt" else "lagebild")
        self.internal = self.folder / "_internal"
        self.failures: list[str] = []
        self.work = Path(tempfile.mkdtemp(prefix="lagebild-smoke-"))
        fonts_conf = self.work / "fonts.conf"
        fonts_conf.write_text(NO_SYSTEM_FONTS.format(cache=self.work / "fontcache"), encoding="utf-8")
        self.env = {key: value for key, value in os.environ.items()
                    if not key.startswith(("PYTHON", "QT_", "VIRTUAL_ENV"))}
        self.env.update(QT_QPA_PLATFORM="offscreen", FONTCONFIG_FILE=str(fonts_conf),
                        LAGEBILD_CONFIG_DIR=str(self.work / "config"), HOME=str(self.work),
                        SOURCE_DATE_EPOCH="1745634660")

    def fail(self, message: str) -> None:
        self.failures.append(message)
        print(f"FAIL {message}")

    def run(self, *args: str) -> str:
        """Run the frozen program in the work folder; its output, or a failure."""
        shown = " ".join(args)
        try:
            done = subprocess.run([str(self.program), *args], cwd=self.work, env=self.env,
                                  capture_output=True, text=True, timeout=300)
        except (OSError, subprocess.TimeoutExpired) as exc:
            self.fail(f"lagebild {shown}: {exc}")
            return ""
        output = done.stdout + done.stderr
        trouble = [word for word in TROUBLE if word in output]
        if done.returncode != 0 or trouble:
            self.fail(f"lagebild {shown}: exit {done.returncode}, {', '.join(trouble) or 'no message'}\n{output}")
        else:
            print(f"ok   lagebild {shown}")
        return output

    def expect_file(self, name: str, starts: bytes, contains: bytes = b"") -> None:
        path = self.work / name
        data = path.read_bytes() if path.is_file() else b""
        if not data.startswith(starts):
            self.fail(f"{name}: not written, or not a {starts!r} file")
        elif contains and contains not in data:
            self.fail(f"{name}: does not contain {contains!r}")

    def commands(self) -> None:
        sample = str(self.internal / "viewer" / "resources" / SAMPLE)
        self.run("--version")
        self.run("validate", sample)
        if '"events"' not in self.run("inspect", sample, "--json"):
            self.fail("inspect --json printed no event document")
        self.run("export", sample, "--view", "page", "--out", "page.png")
        self.expect_file("page.png", b"\x89PNG")
        self.run("export", sample, "--view", "page", "--size", "a4", "--out", "page.pdf")
        # Subset fonts are named in the PDF: the bundled DejaVu Sans, the only font there is.
        self.expect_file("page.pdf", b"%PDF", contains=b"DejaVuSans")
        self.run("export", sample, "--view", "annex", "--out", "annex.html")
        self.expect_file("annex.html", b"<!DOCTYPE html>", contains=b"The Telegraph")
        self.run("export", sample, "--view", "annex", "--out", "annex.md")
        self.expect_file("annex.md", b"#", contains=b"The Telegraph")
        self.run("screenshot", sample, "-o", "window.png")
        self.expect_file("window.png", b"\x89PNG")
        if IMPORTED.is_file():
            self.run("import", str(IMPORTED), "--out", "imported.json")
            self.expect_file("imported.json", b"{", contains=b"lagebild-events")

    def contents(self) -> None:
        from PyInstaller.archive.readers import CArchiveReader

        archive = CArchiveReader(str(self.program))
        pyz = next(name for name in archive.toc if name.endswith(".pyz"))
        bundled = set(archive.open_embedded_archive(pyz).toc)
        for path in sorted((ROOT / "viewer").rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            module = ".".join(parts)
            if module not in bundled and module not in DEV_ONLY:
                self.fail(f"module {module} is not in the build")
        resources = ROOT / "resources"
        for path in sorted(p for p in resources.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            relative = path.relative_to(resources)
            if not (self.internal / "viewer" / "resources" / relative).is_file():
                self.fail(f"resource {relative} is not in the build")
        plugins = self.internal / "PySide6" / "Qt" / "plugins"
        for plugin in QT_PLUGINS if sys.platform.startswith("linux") else ():
            if not (plugins / plugin).is_file():
                self.fail(f"Qt plugin {plugin} is not in the build")
        print(f"ok   {len(bundled)} modules and the resources are in the build")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else ROOT / "dist" / "lagebild"
    smoke = Smoke(folder)
    if not smoke.program.is_file():
        print(f"smoke: no frozen program at {smoke.program}; build it with python packaging/build.py",
              file=sys.stderr)
        return 2
    smoke.commands()
    smoke.contents()
    if smoke.failures:
        print(f"smoke: {len(smoke.failures)} failed, work folder kept: {smoke.work}", file=sys.stderr)
        return 1
    print(f"smoke: the frozen build at {smoke.folder} works")
    return 0


if __name__ == "__main__":
    sys.exit(main())
