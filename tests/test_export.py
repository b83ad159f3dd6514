"""Briefing exports, headless: every view as PNG, SVG and PDF, read back the way a user's tools would."""

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from viewer.cli.export import main
from viewer.export.page import PageSpec
from viewer.export.page_blocks import banner_colour
from viewer.resources_path import sample_path

SVG = "{http://www.w3.org/2000/svg}"
SAMPLE_TITLE = "Coalition of the willing: US guarantees and the four segments (spring 2025)"
VIEWS = ("timeline", "map", "board", "page")
FIXED_TIME = "1745670000"  # 2025-04-26 12:20 UTC


@pytest.fixture(autouse=True)
def _fixed_footer_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", FIXED_TIME)


def export(tmp_path, name, *options, source=None) -> Path:
    out = tmp_path / name
    assert main([str(source or sample_path()), "--out", str(out), *options]) == 0
    assert out.is_file()
    return out


def pixels(path) -> np.ndarray:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, :image.width() * 3].reshape(image.height(), image.width(), 3).astype(int)


def near(picture: np.ndarray, colour: str, tolerance: int) -> np.ndarray:
    rgb = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)])
    return np.abs(picture - rgb).max(axis=2) <= tolerance


def svg_texts(path) -> list[str]:
    root = ET.parse(path).getroot()
    return [" ".join("".join(t.itertext()).split()) for t in root.iter(f"{SVG}text")]


def pdf_text(path) -> str:
    return " ".join(PdfReader(str(path)).pages[0].extract_text().split())


# -- every view in every format ---------------------------------------------------------
@pytest.mark.parametrize("view", VIEWS)
def test_png_has_the_requested_pixels_and_dpi(tmp_path, view):
    out = export(tmp_path, f"{view}.png", "--view", view, "--size", "1280x720", "--dpi", "150")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)
    assert image.dotsPerMeterX() == image.dotsPerMeterY() == round(150 / 0.0254)


@pytest.mark.parametrize("view", VIEWS)
def test_svg_is_a_vector_drawing_with_text(tmp_path, view):
    out = export(tmp_path, f"{view}.svg", "--view", view)
    assert QSvgRenderer(str(out)).isValid()
    root = ET.parse(out).getroot()
    assert root.get("viewBox") == "0 0 1920 1080"
    texts = svg_texts(out)
    assert SAMPLE_TITLE in texts
    assert any(t.startswith("Sources: The Telegraph, Chas Pravdy, ") for t in texts)
    assert not list(root.iter(f"{SVG}image")), "a raster picture was embedded in the SVG"


@pytest.mark.parametrize("view", VIEWS)
def test_pdf_is_one_page_of_the_right_size_with_selectable_text(tmp_path, view):
    # without quotes and notes (the sample's notes continue on further pages, each of the same size)
    out = export(tmp_path, f"{view}.pdf", "--view", view, "--caveat", "UNCLASSIFIED // FOR TRAINING",
                 "--quotes", "0", "--no-notes")
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((1440, 810), abs=0.5)  # 1920x1080 px at 96 dpi
    longer = PdfReader(str(export(tmp_path, f"{view}-notes.pdf", "--view", view)))
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in longer.pages} == {(1440, 810)}
    text = pdf_text(out)
    assert SAMPLE_TITLE in text
    assert "UNCLASSIFIED // FOR TRAINING" in text
    assert "Sources: The Telegraph, Chas Pravdy, " in text


def test_paper_sizes(tmp_path):
    pdf = export(tmp_path, "a4.pdf", "--view", "page", "--size", "a4")
    box = PdfReader(str(pdf)).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((841.89, 595.28), abs=0.5)
    letter = export(tmp_path, "letter.png", "--view", "map", "--size", "letter", "--dpi", "100")
    assert (QImage(str(letter)).width(), QImage(str(letter)).height()) == (1100, 850)
    for preset, size in (("slide4k", (3840, 2160)), ("4:3", (1600, 1200))):
        image = QImage(str(export(tmp_path, f"{preset.replace(':', '-')}.png", "--view", "timeline",
                                  "--size", preset)))
        assert (image.width(), image.height()) == size


# -- what the page shows -------------------------------------------------------------------
def test_caveat_banner_colour_follows_the_marking(tmp_path):
    picture = pixels(export(tmp_path, "secret.png", "--view", "map", "--caveat", "SECRET//NOFORN"))
    for band in (picture[2:20], picture[-20:-2]):
        r, g, b = band.reshape(-1, 3).mean(axis=0)
        assert r > 150 and g < 80 and b < 90, (r, g, b)
    assert banner_colour("TOP SECRET//SI") == "#FF8C00"
    assert banner_colour("UNCLASSIFIED // FOR TRAINING") == "#007A33"
    assert banner_colour("cui") == "#502B85"
    assert banner_colour("CONFIDENTIAL") == "#0033A0"
    assert banner_colour("SECRETARIAT USE") == banner_colour("EXERCISE EXERCISE") == "#6E6E6E"
    plain = pixels(export(tmp_path, "plain.png", "--view", "map"))
    assert near(plain[2:20], "#ffffff", 10).mean() > 0.9, "no caveat, yet a banner was drawn"


def test_subtitle_and_sources_follow_filter_and_range(tmp_path):
    out = export(tmp_path, "sky.svg", "--view", "timeline", "--filter", "segment=sky", "--from", "2025-03",
                 "--to", "2025-06")
    texts = svg_texts(out)
    assert "1 Mar 2025 \u2013 30 Jun 2025 \u00b7 segment: Sky \u00b7 2 of 18 events" in texts
    assert "Sources: Chas Pravdy" in texts
    custom = svg_texts(export(tmp_path, "custom.svg", "--view", "board", "--title", "Lage am Morgen",
                              "--subtitle", "Stand 06:00", "--no-legend", "--no-sources", "--no-footer"))
    assert "Lage am Morgen" in custom and "Stand 06:00" in custom
    assert not [t for t in custom if t.startswith(("Sources:", "Generated ", "Status"))]


def test_legend_explains_only_what_is_drawn(tmp_path):
    texts = svg_texts(export(tmp_path, "legend.svg", "--view", "timeline"))
    assert "How dates are drawn" in texts
    assert any(t.startswith("Arrow to the edge") for t in texts)  # the sample has open ends
    assert not any(t.startswith("Density strip") for t in texts)  # 18 events are never dense
    assert "Sky \u00b7 2" in texts
    bare = svg_texts(export(tmp_path, "bare.svg", "--view", "timeline", "--no-legend"))
    assert "How dates are drawn" not in bare


def test_footer_names_time_and_file(tmp_path):
    texts = svg_texts(export(tmp_path, "footer.svg", "--view", "map"))
    assert "Generated 2025-04-26 12:20 UTC from coalition-guarantees-2025.json with Lagebild" in texts


# -- same input, same picture ------------------------------------------------------------------
@pytest.mark.parametrize("view", ["timeline", "board"])
def test_exporting_twice_gives_identical_png_bytes(tmp_path, view):
    options = ["--view", view, "--caveat", "UNCLASSIFIED", "--filter", "status=planned"]
    first = export(tmp_path, "a.png", *options).read_bytes()
    second = export(tmp_path, "b.png", *options).read_bytes()
    assert first == second


def test_headless_page_export_is_reproducible(tmp_path):
    """The combined page (with the map's names) is byte for byte the same from run to run."""
    outputs = []
    for name in ("first.png", "second.png"):
        out = tmp_path / name
        done = subprocess.run([sys.executable, "-m", "viewer", "export", str(sample_path()), "--view", "page",
                               "--caveat", "SECRET//NOFORN", "--out", str(out)],
                              capture_output=True, text=True, timeout=300, cwd=Path(__file__).resolve().parents[1])
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == str(out)
        assert done.stderr == "", "the command printed more than the path it wrote"
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_only_the_footer_time_differs_between_exports(qapp):
    from viewer.cli.gui import make_application
    from viewer.export.render import render_image
    from viewer.model.loader import load_file

    make_application([])
    document = load_file(sample_path()).document
    images = []
    for hour in (9, 17):
        spec = PageSpec(view="timeline", generated_at=datetime(2025, 4, 26, hour, 0, tzinfo=UTC))
        image = render_image(spec, document).convertToFormat(QImage.Format.Format_RGB888)
        rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
        images.append(rows[:, :image.width() * 3].copy())
    changed_rows, changed_columns = np.nonzero(images[0] != images[1])
    assert len(changed_rows), "the footer time did not change the picture"
    assert changed_rows.min() >= 1080 - 50 and changed_columns.min() // 3 >= 1920 // 2


# -- level of detail ----------------------------------------------------------------------------
def test_hundred_thousand_events_make_a_small_svg(tmp_path):
    from viewer.model.synthetic import write_synthetic

    source = tmp_path / "big.json"
    write_synthetic(source, 100_000)
    out = export(tmp_path, "big.svg", "--view", "timeline", source=source)
    # Measured: about 70 KB, as dense lanes are drawn as density strips. Even one rectangle
    # per pixel column (8 lanes x 1,920 columns) stays under this; one shape per event
    # (100,000 of them) would be far above it.
    assert out.stat().st_size < 2_000_000
    texts = svg_texts(out)
    assert any(t.startswith("Density strip: 1 / 10 / 100") for t in texts)
    assert "Synthetic benchmark, 100,000 events" in texts


# -- failures ---------------------------------------------------------------------------------
def test_folder_that_does_not_exist_fails_cleanly(tmp_path, capsys):
    out = tmp_path / "missing" / "page.png"
    assert main([str(sample_path()), "--view", "page", "--out", str(out)]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not out.parent.exists()


def test_folder_replaced_by_a_file_fails_cleanly(tmp_path, capsys):
    blocker = tmp_path / "reports"
    blocker.write_text("not a folder")
    assert main([str(sample_path()), "--view", "map", "--out", str(blocker / "map.pdf")]) == 1
    assert str(blocker) in capsys.readouterr().err
    assert blocker.read_text() == "not a folder"


def test_failure_while_writing_keeps_the_previous_file(tmp_path, monkeypatch, capsys):
    out = tmp_path / "page.svg"
    out.write_text("previous export")

    from viewer.output import atomic

    def broken(handle, data):
        os.write(handle, data[: len(data) // 2])
        raise OSError("No space left on device")

    monkeypatch.setattr(atomic, "_write_all", broken)
    assert main([str(sample_path()), "--view", "page", "--out", str(out)]) == 1
    assert "No space left on device" in capsys.readouterr().err
    assert out.read_text() == "previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.svg"]


def test_refuses_to_overwrite_the_event_file(tmp_path, capsys):
    source = tmp_path / "events.svg"  # an event file with an unlucky name
    shutil.copy(sample_path(), source)
    before = source.read_bytes()
    assert main([str(source), "--view", "timeline", "--out", str(source)]) == 1
    assert "refusing to overwrite the input event file" in capsys.readouterr().err
    assert source.read_bytes() == before


def test_broken_event_file_and_unknown_filter_value_exit_1(tmp_path, write_file, capsys):
    broken = write_file('{"format": "lagebild-events", "events": [', "broken.json")
    assert main([str(broken), "--view", "map", "--out", str(tmp_path / "m.png")]) == 1
    assert str(broken) in capsys.readouterr().err
    assert main([str(sample_path()), "--view", "map", "--out", str(tmp_path / "m.png"),
                 "--filter", "segment=air"]) == 1
    err = capsys.readouterr().err
    assert "unknown segment 'air'" in err and str(sample_path()) in err
    assert not (tmp_path / "m.png").exists()


@pytest.mark.parametrize("options", [
    [],  # no --view
    ["--view", "chart"],
    ["--view", "map", "--size", "huge"],
    ["--view", "map", "--from", "2025-13"],
    ["--view", "map", "--from", "2025-05", "--to", "2025-03"],
    ["--view", "map", "--filter", "colour=red"],
    ["--view", "map", "--dpi", "5"],
])
def test_usage_errors_exit_2(tmp_path, options, capsys):
    assert main([str(sample_path()), "--out", str(tmp_path / "x.png"), *options]) == 2
    assert "usage:" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_format_must_match_the_view(tmp_path, capsys):
    assert main([str(sample_path()), "--view", "map", "--out", str(tmp_path / "x.html")]) == 2
    assert main([str(sample_path()), "--view", "annex", "--out", str(tmp_path / "x.png")]) == 2
    capsys.readouterr()


def test_annex_view_writes_the_sources_annex(tmp_path, capsys):
    out = tmp_path / "annex.md"
    assert main([str(sample_path()), "--view", "annex", "--out", str(out), "--filter", "segment=sky"]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Sources annex")
    assert len(re.findall(r"^## ", text, re.MULTILINE)) == 2 + 1  # two events and the sources table
    capsys.readouterr()


def test_the_source_line_names_every_source_the_shown_events_cite_or_how_many_more(tmp_path):
    every = ("The Telegraph", "Chas Pravdy", "Unnamed sources", "US diplomatic representatives (unnamed)",
             "British diplomats (unnamed)", "British military experts and politicians (unnamed)",
             "Experts (unnamed)")
    wide = [t for t in svg_texts(export(tmp_path, "wide.svg", "--view", "page")) if t.startswith("Sources:")]
    assert wide == ["Sources: " + ", ".join(every)]
    narrow = [t for t in svg_texts(export(tmp_path, "narrow.svg", "--view", "page", "--size", "4:3"))
              if t.startswith("Sources:")]
    (line,) = narrow
    named = line.removeprefix("Sources: ").rsplit(" and ", 1)[0].split(", ")
    assert named == list(every[:len(named)]) and len(named) < len(every)
    assert line.endswith(f" and {len(every) - len(named)} more")
