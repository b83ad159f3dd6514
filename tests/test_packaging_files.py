"""The desktop entry, the icon, the AppStream metainfo and the file types are well formed and agree
with each other, and the file types recognise event files by their content."""

from __future__ import annotations

import configparser
import json
import os
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET  # the files read here are the project's own
from fnmatch import fnmatch
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "lagebild.desktop"
ICON = PACKAGING / "lagebild.svg"
METAINFO = PACKAGING / "org.lagebild.Lagebild.metainfo.xml"
MIME = PACKAGING / "lagebild-mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
SAMPLE = ROOT / "resources" / "samples" / "coalition-guarantees-2025.json"
EVENT_TYPES = ["application/x-lagebild-events+json", "application/x-lagebild-events+yaml",
               "application/x-timeline-project"]
SVG = "{http://www.w3.org/2000/svg}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_has_the_required_keys():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Lagebild"
    assert entry["GenericName"] == "Timeline viewer"
    assert entry["Comment"]
    assert entry["Exec"] == "lagebild %f"
    assert entry["Icon"] == "lagebild"
    assert entry["Terminal"] == "false"
    assert entry["Categories"] == "Office;Viewer;Qt;"
    assert entry["MimeType"] == ";".join(EVENT_TYPES) + ";"
    assert entry["Keywords"].endswith(";")


def test_icon_is_a_self_contained_svg():
    root = ET.parse(ICON).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 256 256"
    for element in root.iter():
        assert element.tag != f"{SVG}image", "the icon must not embed or link images"
        for name in ("href", XLINK_HREF):
            assert element.get(name, "#").startswith("#"), f"external reference in <{element.tag}>"
        for value in element.attrib.values():
            assert "url(" not in value or value.startswith("url(#"), f"external reference: {value}"


def test_window_icon_is_the_packaged_icon():
    assert (ROOT / "resources" / "icons" / "lagebild.svg").read_bytes() == ICON.read_bytes()


def test_metainfo_describes_the_desktop_application():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == "org.lagebild.Lagebild"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("name") == desktop_entry()["Name"]
    assert root.findtext("summary")
    assert root.find("description/p") is not None
    assert root.find("content_rating") is not None
    assert [c.text for c in root.iterfind("categories/category")]
    launchable = root.find("launchable")
    assert launchable.get("type") == "desktop-id" and launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == desktop_entry()["Exec"].split()[0]


def mime_types() -> dict[str, ET.Element]:
    root = ET.parse(MIME).getroot()
    return {element.get("type"): element for element in root.iterfind(f"{MIME_NS}mime-type")}


def magic_values(mime_type: str) -> list[tuple[str, int]]:
    """Each string match of a type's magic with the end of its offset range."""
    element = mime_types()[mime_type]
    return [(match.get("value"), int(match.get("offset").split(":")[-1]))
            for match in element.iterfind(f"{MIME_NS}magic/{MIME_NS}match")]


def sniffed(mime_type: str, data: bytes) -> bool:
    return any(value.encode() in data[:end + len(value)] for value, end in magic_values(mime_type))


def test_every_type_lagebild_opens_is_defined_and_provided():
    types = mime_types()
    assert sorted(types) == sorted(EVENT_TYPES)
    provided = [element.text for element in ET.parse(METAINFO).getroot().iterfind("provides/mediatype")]
    assert sorted(provided) == sorted(EVENT_TYPES)
    for element in types.values():
        assert element.findtext(f"{MIME_NS}comment")
        assert element.find(f"{MIME_NS}sub-class-of") is not None


def test_event_files_are_told_from_other_json_and_yaml_by_their_content():
    sample = SAMPLE.read_bytes()
    assert sniffed("application/x-lagebild-events+json", sample)
    assert sniffed("application/x-lagebild-events+json", json.dumps(json.loads(sample)).encode())
    assert not sniffed("application/x-lagebild-events+json", json.dumps({"format": "geojson"}).encode())
    as_yaml = yaml.safe_dump(json.loads(sample), sort_keys=False, allow_unicode=True).encode()
    assert sniffed("application/x-lagebild-events+yaml", as_yaml)
    assert sniffed("application/x-lagebild-events+yaml", as_yaml.replace(b"lagebild-events", b"'lagebild-events'", 1))
    assert not sniffed("application/x-lagebild-events+yaml", b"format: compose\n")


def test_file_names_lagebild_claims_are_its_own():
    globs = {element.get("type"): [g.get("pattern") for g in element.iterfind(f"{MIME_NS}glob")]
             for element in mime_types().values()}
    assert any(fnmatch("story.lagebild.json", g) for g in globs["application/x-lagebild-events+json"])
    assert any(fnmatch("story.lagebild.yml", g) for g in globs["application/x-lagebild-events+yaml"])
    assert any(fnmatch("example-1.0.timeline", g) for g in globs["application/x-timeline-project"])
    # Plain .json and .yaml stay with the system's types: only the content makes them event files.
    for patterns in globs.values():
        assert not any(fnmatch("data.json", g) or fnmatch("compose.yaml", g) for g in patterns)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_passes_desktop_file_validate():
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_passes_appstreamcli_validate():
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info not installed")
def test_mime_database_accepts_the_file_types(tmp_path):
    database = tmp_path / "mime"
    (database / "packages").mkdir(parents=True)
    shutil.copy(MIME, database / "packages" / "lagebild.xml")
    env = {"PATH": os.environ["PATH"], "XDG_DATA_HOME": str(tmp_path), "XDG_DATA_DIRS": "/usr/share"}
    done = subprocess.run(["update-mime-database", str(database)], capture_output=True, text=True, env=env)
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr
    subclasses = (database / "subclasses").read_text()
    assert "application/x-lagebild-events+json application/json" in subclasses


def test_the_frozen_build_is_an_extra_not_part_of_the_install():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any(re.match(r"pyinstaller\b", d, re.I) for d in project["dependencies"])
    assert any(re.match(r"pyinstaller\b", d, re.I) for d in project["optional-dependencies"]["build"])
