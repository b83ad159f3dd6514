"""Colours and type for the light, dark, print-safe greyscale and high-contrast themes.

Panes and exports read colours from the active Theme instead of hard-coding
them, so that one switch changes the window and every picture made from it.

Every distinction a theme draws survives colour-vision deficiency and a black
and white copy: lane colours come in blocks whose colours stay apart from one
another and from the background under protanopia, deuteranopia, tritanopia
and in greyscale; past the first block, each further block of lanes gets its
own pattern over the fill (tests/test_theme_colours.py measures it all).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model.translation import QT_TRANSLATE_NOOP

# Okabe-Ito: a qualitative palette colour-blind readers can tell apart (citations' numbering).
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000")

# Admiralty grades as an ordered ramp, strong to weak: cividis, whose steps differ in lightness,
# so they read in any colour vision and in greyscale. F and 6 ("cannot be judged") are told
# apart from the ramp by their letter, written on every chip.
GRADE_RAMP = ("#00204d", "#414d6b", "#7c7b78", "#bcaf6f", "#ffea46")
GRADE_UNJUDGED = "#b07aa1"

# Lane patterns drawn over the fill of lanes past a theme's first block (0: none). Diagonal
# hatching is left to disputed events.
LANE_PATTERNS = ("none", "horizontal", "vertical", "cross", "dots")


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
    lanes: tuple[str, ...] = ()  # lane colours, in blocks of ``block`` kept apart by colour alone
    block: int = 4
    lane_contrast: float = 3.0  # a lane colour is shaded until it reaches this against the background
    greyscale: bool = False  # print: lanes take the theme's greys whatever colour the file gives

    def lane_colour(self, colour: str | None, index: int) -> str:
        """The colour lane ``index`` is drawn in: its record's own colour (made to stand out from
        the background), else the theme's; in greyscale always the theme's grey for that lane."""
        own = self.lanes[index % len(self.lanes)]
        if self.greyscale:
            return own
        return standing_out(colour or own, self.background, self.lane_contrast)

    @property
    def dark(self) -> bool:
        """Light drawn on dark: edges and text are shaded lighter, not darker."""
        return relative_luminance(self.background) < 0.18

    def text_colour(self, colour: str, ground: str | None = None) -> str:
        """``colour`` shaded until text in it reads on ``ground`` (the background) at WCAG AA."""
        return standing_out(colour, ground or self.background, TEXT_CONTRAST)

    def lane_pattern(self, index: int, colour: str | None = None) -> int:
        """Index into LANE_PATTERNS of lane ``index``: none in the first block of lanes, then one per block.
        A lane in its record's own ``colour`` is drawn as the file chose, without a pattern, except in
        greyscale, where every lane takes the theme's grey and pattern."""
        if colour and not self.greyscale:
            return 0
        block = index // self.block
        return 0 if block == 0 else 1 + (block - 1) % (len(LANE_PATTERNS) - 1)


# -- contrast -------------------------------------------------------------------------------
def _channels(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of an ``#rrggbb`` colour."""
    def linear(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _channels(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio (1 to 21); text needs 4.5 (AA), graphics 3."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)))
    return (lb + 0.05) / (la + 0.05)


def _mix(a: str, b: str, t: float) -> str:
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(_channels(a), _channels(b)))


GRAPHIC_CONTRAST = 3.0  # WCAG 2.1 non-text contrast
TEXT_CONTRAST = 4.5  # WCAG 2 AA for text


def standing_out(colour: str, background: str, ratio: float = GRAPHIC_CONTRAST) -> str:
    """``colour``, or the least lighter (on dark grounds) or darker shade of it that has
    ``ratio`` against ``background``: a dark blue lane stays visible on the dark theme."""
    if contrast_ratio(colour, background) >= ratio:
        return colour
    toward = "#ffffff" if relative_luminance(background) < 0.18 else "#000000"
    for step in range(1, 21):
        shade = _mix(colour, toward, step / 20)
        if contrast_ratio(shade, background) >= ratio:
            return shade
    return toward


def readable_text(background: str) -> str:
    """Black or white, whichever reads better on ``background``: at least 4.5:1 on any colour."""
    return "#000000" if contrast_ratio("#000000", background) >= contrast_ratio("#ffffff", background) else "#ffffff"


def to_grey(colour: str) -> str:
    r, g, b = _channels(colour)
    level = round(0.299 * r + 0.587 * g + 0.114 * b)
    level = min(level, 200)  # keep light hues visible on white paper
    return f"#{level:02x}{level:02x}{level:02x}"


# Lane blocks found by measuring candidates from Okabe-Ito, Paul Tol's and Tableau's palettes,
# each shaded to its theme's lane contrast, for the largest smallest distance under every
# simulation (tests/test_theme_colours.py); on white, three colours per block is what keeps 3:1.
LIGHT = Theme("light", background="#ffffff", foreground="#1d1d1f", muted="#5f6368", grid="#e3e3e3",
              lane_band="#f5f6f8", selection="#d81b60", highlight="#ffb300", today="#d81b60",
              era="#8a8a8a", land="#ececec", border="#b5b5b5", water="#f4f8fb",
              lanes=("#332288", "#117733", "#e65ea2", "#ee6677", "#882255", "#228833"), block=3,
              lane_contrast=2.0)  # a file's colours stay as chosen unless they nearly vanish on white
DARK = Theme("dark", background="#1e1f22", foreground="#e8e8e8", muted="#a0a4a8", grid="#34363a",
             lane_band="#25272b", selection="#ff6fa5", highlight="#ffca28", today="#ff6fa5",
             era="#9a9a9a", land="#2e3034", border="#55585e", water="#1a1d21",
             lanes=("#338ec1", "#edc948", "#56b4e9", "#ffffff", "#439a52", "#ddcc77", "#ff69b4", "#ffff00"),
             lane_contrast=4.5)  # thin dark lines fade on a dark ground sooner than on paper
PRINT = Theme("print", background="#ffffff", foreground="#000000", muted="#444444", grid="#dddddd",
              lane_band="#f3f3f3", selection="#000000", highlight="#666666", today="#000000",
              era="#777777", land="#eeeeee", border="#999999", water="#ffffff",
              lanes=("#000000", "#8c8c8c", "#3a3a3a", "#646464"), greyscale=True)
CONTRAST = Theme("contrast", background="#000000", foreground="#ffffff", muted="#d8d8d8", grid="#5c5c5c",
                 lane_band="#141414", selection="#ff4fd8", highlight="#ffff00", today="#ff4fd8",
                 era="#bdbdbd", land="#262626", border="#9a9a9a", water="#000000",
                 lanes=("#88ccee", "#ffffff", "#59a666", "#ff9da7", "#ffff00", "#61a658"), block=3,
                 lane_contrast=7.0)

THEMES = {t.name: t for t in (LIGHT, DARK, PRINT, CONTRAST)}
THEME_TITLES = {"light": QT_TRANSLATE_NOOP("Themes", "Light"), "dark": QT_TRANSLATE_NOOP("Themes", "Dark"),
                "print": QT_TRANSLATE_NOOP("Themes", "Print (greyscale)"),
                "contrast": QT_TRANSLATE_NOOP("Themes", "High contrast")}


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

    Light and print keep the platform's own look; dark and high contrast recolour everything.
    """
    if app is None:
        return
    standard = app.style().standardPalette()
    app.setPalette(widget_palette(theme, standard) if theme.name in ("dark", "contrast") else standard)
