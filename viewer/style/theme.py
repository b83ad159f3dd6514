"""Colours and type for the light, dark and print-safe greyscale themes.

Panes and exports read colours from the active Theme instead of hard-coding
them, so that one switch changes the window and every picture made from it.
"""

from __future__ import annotations

from dataclasses import dataclass

# Okabe-Ito: a qualitative palette colour-blind readers can tell apart; used
# for lanes whose record gives no colour of its own.
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000")

# Admiralty grades as an ordered ramp, strong to weak; F and 6 ("cannot be
# judged") stay a neutral grey apart from the ramp.
GRADE_RAMP = ("#1a9850", "#91cf60", "#fee08b", "#fc8d59", "#d73027")
GRADE_UNJUDGED = "#9e9e9e"


def reliability_colour(letter: str | None) -> str:
    if not letter or letter not in "ABCDE":
        return GRADE_UNJUDGED
    return GRADE_RAMP["ABCDE".index(letter)]


def credibility_colour(value: int | None) -> str:
    if not value or not 1 <= value <= 5:
        return GRADE_UNJUDGED
    return GRADE_RAMP[value - 1]


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    foreground: str
    muted: str  # secondary text, axis labels
    grid: str
    lane_band: str  # alternate lane shading
    selection: str
    highlight: str
    today: str
    era: str
    land: str  # map countries
    border: str  # map outlines
    water: str
    greyscale: bool = False

    def lane_colour(self, colour: str | None, index: int) -> str:
        """The colour a lane is drawn in: its own, or the palette's, in grey for print."""
        chosen = colour or OKABE_ITO[index % len(OKABE_ITO)]
        return to_grey(chosen) if self.greyscale else chosen


def to_grey(colour: str) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    level = round(0.299 * r + 0.587 * g + 0.114 * b)
    level = min(level, 200)  # keep light hues visible on white paper
    return f"#{level:02x}{level:02x}{level:02x}"


LIGHT = Theme("light", background="#ffffff", foreground="#1d1d1f", muted="#5f6368", grid="#e3e3e3",
              lane_band="#f5f6f8", selection="#d81b60", highlight="#ffb300", today="#d81b60",
              era="#8a8a8a", land="#ececec", border="#b5b5b5", water="#f4f8fb")
DARK = Theme("dark", background="#1e1f22", foreground="#e8e8e8", muted="#a0a4a8", grid="#34363a",
             lane_band="#25272b", selection="#ff6fa5", highlight="#ffca28", today="#ff6fa5",
             era="#9a9a9a", land="#2e3034", border="#55585e", water="#1a1d21")
PRINT = Theme("print", background="#ffffff", foreground="#000000", muted="#444444", grid="#dddddd",
              lane_band="#f3f3f3", selection="#000000", highlight="#666666", today="#000000",
              era="#777777", land="#eeeeee", border="#999999", water="#ffffff", greyscale=True)

THEMES = {t.name: t for t in (LIGHT, DARK, PRINT)}


def widget_palette(theme: Theme, base):
    """A QPalette with the theme's colours, for widgets drawn by Qt's style."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette(base)
    role = QPalette.ColorRole
    for name, colour in ((role.Window, theme.lane_band), (role.WindowText, theme.foreground),
                         (role.Base, theme.background), (role.AlternateBase, theme.lane_band),
                         (role.Text, theme.foreground), (role.Button, theme.land),
                         (role.ButtonText, theme.foreground), (role.Highlight, theme.muted),
                         (role.HighlightedText, theme.background), (role.Mid, theme.border),
                         (role.Dark, theme.border), (role.Light, theme.lane_band), (role.Midlight, theme.grid),
                         (role.ToolTipBase, theme.background), (role.ToolTipText, theme.foreground),
                         (role.PlaceholderText, theme.muted)):
        palette.setColor(name, QColor(colour))
    # Disabled controls fade towards the background, so that they do not read as enabled.
    faded = QColor(theme.muted)
    background = QColor(theme.background)
    faded = QColor((faded.red() + background.red()) // 2, (faded.green() + background.green()) // 2,
                   (faded.blue() + background.blue()) // 2)
    for name in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, name, faded)
    palette.setColor(QPalette.ColorGroup.Disabled, role.Button, QColor(theme.lane_band))
    return palette


def apply_palette(app, theme: Theme) -> None:
    """Give the window's own widgets (menus, docks, lists) the theme's colours.

    Light and print keep the platform's own look; dark recolours everything.
    """
    if app is None:
        return
    standard = app.style().standardPalette()
    app.setPalette(widget_palette(theme, standard) if theme.name == "dark" else standard)
