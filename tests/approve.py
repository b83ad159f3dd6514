"""Review and take over approved images: `python -m tests.approve [NAME ... | --all]`.

Without names it lists the pictures that failed their comparison and are waiting in
tests/images/failed/ (see tests/image_approval.py); with names (or --all) it copies
each NAME.actual.png over tests/images/approved/NAME.png and removes its diff. Look
at NAME.actual.png and NAME.diff.png first. To write every approved image from what
the code draws now, run the image tests with `--approve` instead.
"""

from __future__ import annotations

import argparse
import shutil
import sys

from tests.image_approval import approved_folder, failures_folder

SUFFIX = ".actual.png"


def waiting() -> list[str]:
    return sorted(path.name[: -len(SUFFIX)] for path in failures_folder().glob(f"*{SUFFIX}"))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.approve", description=__doc__.split("\n\n")[1])
    parser.add_argument("names", nargs="*", metavar="NAME", help="images to take over (see the list without names)")
    parser.add_argument("--all", action="store_true", help="take over every image waiting for review")
    args = parser.parse_args(argv)
    folder, pending = failures_folder(), waiting()
    if not args.names and not args.all:
        if not pending:
            print(f"No images wait for review in {folder}.")
        for name in pending:
            print(f"{name}: {folder / (name + SUFFIX)}  diff: {folder / (name + '.diff.png')}")
        return 0
    names = pending if args.all else args.names
    unknown = [name for name in names if name not in pending]
    if unknown:
        print(f"not waiting for review in {folder}: {', '.join(unknown)}", file=sys.stderr)
        return 2
    approved = approved_folder()
    approved.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copyfile(folder / (name + SUFFIX), approved / f"{name}.png")
        for path in (folder / (name + SUFFIX), folder / f"{name}.diff.png"):
            path.unlink(missing_ok=True)
        print(f"approved {approved / (name + '.png')}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
