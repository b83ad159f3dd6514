"""The desktop entry, the icon and the AppStream metainfo are well formed and agree with each other."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET  # the files read here are the project's own
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "lagebild.desktop"
ICON = PACKAGING / "lagebild.svg"
METAINFO = PACKAGING / "org.lagebild.Lagebild.metainfo.xml"
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
    assert entry["MimeType"] == "application/x-lagebild-events+json;"
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
