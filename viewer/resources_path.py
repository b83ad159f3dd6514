"""Where the shipped resources (sample, schema, map outlines, fonts) are.

Installed, they are the package ``viewer.resources``; in a source checkout
they are the top-level ``resources/`` folder beside ``viewer/``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resource_root() -> Path:
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    return installed if installed.is_dir() else package.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def sample_path() -> Path:
    return resource("samples", "coalition-guarantees-2025.json")


def schema_path() -> Path:
    return resource("schema", "lagebild-events-1.schema.json")
