"""The model and the state stay free of Qt, and the shipped schema matches the record types."""

import json
import subprocess
import sys
from pathlib import Path

from viewer.model.schema import build_schema
from viewer.resources_path import schema_path

ROOT = Path(__file__).resolve().parents[1]


def test_model_and_state_import_no_qt():
    modules = sorted(f"viewer.{p.parent.name}.{p.stem}" for package in ("model", "state", "story")
                     for p in (ROOT / "viewer" / package).glob("*.py") if p.stem != "__init__")
    code = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in modules)
        + "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')]\n"
        + "print(','.join(bad))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"viewer.model or viewer.state pulled in Qt: {done.stdout}"
    assert len(modules) >= 12 and "viewer.state.view_state" in modules


def test_shipped_schema_is_generated_from_records():
    shipped = json.loads(schema_path().read_text(encoding="utf-8"))
    assert shipped == build_schema(), "run: python -m viewer.model.schema"


def test_schema_accepts_sample_and_rejects_broken_record():
    from jsonschema import Draft202012Validator

    from viewer.resources_path import sample_path

    validator = Draft202012Validator(build_schema())
    sample = json.loads(sample_path().read_text(encoding="utf-8"))
    assert list(validator.iter_errors(sample)) == []
    sample["events"][0]["status"] = "rumoured"
    assert [e.validator for e in validator.iter_errors(sample)] == ["enum"]


def test_every_package_is_listed_for_the_wheel():
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "viewer").rglob("__init__.py")}
    assert found <= listed, f"add to pyproject.toml packages: {sorted(found - listed)}"


def test_installed_copy_finds_its_resources_from_another_folder(tmp_path):
    target = tmp_path / "site"
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                           "--target", str(target), str(ROOT)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    code = ("from viewer.resources_path import resource_root, sample_path, schema_path, resource\n"
            "import viewer\n"
            "print(viewer.__file__)\n"
            "print(resource_root())\n"
            "print(all(p.is_file() for p in (sample_path(), schema_path(), resource('format.md'),"
            " resource('fonts', 'DejaVuSans.ttf'), resource('map', 'countries.json'),"
            " resource('icons', 'lagebild.svg'))))\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=elsewhere, timeout=120,
                         env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr
    module, root, found = run.stdout.split()
    assert module.startswith(str(target)) and root.startswith(str(target))
    assert found == "True"
