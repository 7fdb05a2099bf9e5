"""Theme, zoom and the style sheet, chosen per computer (LocalPreferences).

``system`` keeps the platform's style and colours; ``light``, ``dark`` and ``high_contrast``
use the Fusion style with the palettes below. The style sheet (resources/styles/app.qss) is
filled in from the palette in force, so every theme gets the same layout.
"""

from __future__ import annotations

from string import Template

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from makerspace_app.config import resources_dir

THEMES = ("system", "light", "dark", "high_contrast")
MIN_BASE_POINTS = 10.0
ZOOM_RANGE = (50, 200)

_state: dict[str, object] = {}


def _palette(theme: str) -> QPalette | None:
    if theme == "light":
        colours = dict(
            window="#f4f5f7", base="#ffffff", alt="#f0f2f4", text="#1d2430", button="#f7f8f9",
            highlight="#2f6f73", highlighted="#ffffff", link="#1f5f9f", mid="#b9bec6",
            placeholder="#6b7280", tooltip_base="#1d2430", tooltip_text="#ffffff",
        )
    elif theme == "dark":
        colours = dict(
            window="#1e2227", base="#262b31", alt="#2c3138", text="#e7e9ec", button="#2c3138",
            highlight="#5fb3b7", highlighted="#0d1a1b", link="#8cc4ff", mid="#4a525c",
            placeholder="#9aa3ad", tooltip_base="#e7e9ec", tooltip_text="#1e2227",
        )
    elif theme == "high_contrast":
        colours = dict(
            window="#000000", base="#000000", alt="#101010", text="#ffffff", button="#000000",
            highlight="#ffd400", highlighted="#000000", link="#7fd4ff", mid="#ffffff",
            placeholder="#d0d0d0", tooltip_base="#ffffff", tooltip_text="#000000",
        )
    else:
        return None
    p = QPalette()
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    settings = {
        role.Window: colours["window"],
        role.WindowText: colours["text"],
        role.Base: colours["base"],
        role.AlternateBase: colours["alt"],
        role.Text: colours["text"],
        role.Button: colours["button"],
        role.ButtonText: colours["text"],
        role.BrightText: "#ffffff" if theme != "high_contrast" else "#ffd400",
        role.Highlight: colours["highlight"],
        role.HighlightedText: colours["highlighted"],
        role.Link: colours["link"],
        role.LinkVisited: colours["link"],
        role.Mid: colours["mid"],
        role.Dark: colours["mid"],
        role.PlaceholderText: colours["placeholder"],
        role.ToolTipBase: colours["tooltip_base"],
        role.ToolTipText: colours["tooltip_text"],
        role.Accent: colours["highlight"],
    }
    for r, value in settings.items():
        p.setColor(r, QColor(value))
    # Disabled text: dimmer, but still readable.
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor(colours["placeholder"]))
    return p


def blend(a: QColor, b: QColor, amount_of_b: float) -> QColor:
    """``a`` moved ``amount_of_b`` (0–1) of the way towards ``b``."""
    t = max(0.0, min(1.0, amount_of_b))
    return QColor.fromRgbF(
        a.redF() * (1 - t) + b.redF() * t,
        a.greenF() * (1 - t) + b.greenF() * t,
        a.blueF() * (1 - t) + b.blueF() * t,
    )


def muted_text(palette: QPalette) -> QColor:
    """Secondary text that still reads (at least 4.5:1 on the window colour)."""
    role = QPalette.ColorRole
    return blend(palette.color(role.WindowText), palette.color(role.Window), 0.33)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def _style_values(palette: QPalette, theme: str, base_points: float) -> dict[str, str]:
    role = QPalette.ColorRole
    window = palette.color(role.Window)
    base = palette.color(role.Base)
    text = palette.color(role.WindowText)
    accent = palette.color(role.Highlight)
    accent_text = palette.color(role.HighlightedText)
    dark = is_dark(palette)
    high = theme == "high_contrast"
    red = QColor("#c62828") if not dark else QColor("#ef7a7a")
    green = QColor("#2e7d32") if not dark else QColor("#7cc47f")
    values = {
        "window": window,
        "base": base,
        "text": text,
        "muted": muted_text(palette),
        "accent": accent,
        "accent_text": accent_text,
        "focus": accent if not high else QColor("#ffd400"),
        "border": text if high else blend(window, text, 0.14),
        "border_strong": text if high else blend(window, text, 0.28),
        "nav_bg": window if high else (blend(window, text, 0.035)),
        "hover": blend(window, accent, 0.14 if not dark else 0.22),
        "msg_bg": blend(base, accent, 0.1),
        "msg_border": text if high else blend(base, accent, 0.45),
        "err_bg": base if high else blend(base, red, 0.1 if not dark else 0.2),
        "err_border": text if high else red,
        "ok_bg": base if high else blend(base, green, 0.1 if not dark else 0.2),
        "ok_border": text if high else green,
    }
    values["accent_border"] = accent.darker(125) if not dark else accent.lighter(115)
    values["accent_hover"] = accent.lighter(112) if not dark else accent.lighter(108)
    values["primary_focus"] = text if not high else QColor("#ffffff")
    out = {k: v.name(QColor.NameFormat.HexRgb) for k, v in values.items()}
    out["base_pt"] = f"{base_points:.1f}"
    out["group_pt"] = f"{base_points * 1.1:.1f}"
    # Pixel sizes that follow the text size (points at 96 dpi: 4/3 px per point).
    px = base_points * 4 / 3
    out["field_height"] = str(round(px * 1.9))
    out["group_margin"] = str(round(px * 2.2))
    return out


def style_sheet(palette: QPalette, theme: str, base_points: float) -> str:
    try:
        template = (resources_dir() / "styles" / "app.qss").read_text(encoding="utf-8")
    except OSError:
        return ""
    return Template(template).safe_substitute(_style_values(palette, theme, base_points))


def heading_font(
    widget: QWidget, factor: float, weight: QFont.Weight = QFont.Weight.DemiBold
) -> QFont:
    """The application font scaled by ``factor`` (titles follow the zoom)."""
    font = QFont(QApplication.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * factor)
    font.setWeight(weight)
    return font


def current_zoom() -> int:
    """The zoom percentage applied last (100 before any)."""
    value = _state.get("zoom", 100)
    return value if isinstance(value, int) else 100


def _follow_system_scheme(app: QApplication) -> None:
    """With the "system" theme, a change of the system's light/dark setting while the app
    runs re-applies the theme, so the style sheet's colours follow the new palette."""
    if _state.get("following"):
        return
    _state["following"] = True
    hints = QGuiApplication.styleHints()

    def changed(*_args: object) -> None:
        if _state.get("theme") == "system" and not _state.get("applying"):
            apply_theme(app, "system", current_zoom())

    if hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(changed)


def apply_theme(app: QApplication, theme: str = "system", zoom_percent: int = 100) -> None:
    """Apply a theme and zoom to the whole application (can be called again at run time)."""
    if "style" not in _state:
        _state["style"] = app.style().name()
        _state["palette"] = QPalette(app.palette())
        _state["font"] = QFont(app.font())
    _state["applying"] = True
    try:
        _apply(app, theme, zoom_percent)
    finally:
        _state["applying"] = False


def _apply(app: QApplication, theme: str, zoom_percent: int) -> None:
    theme = theme if theme in THEMES else "system"
    palette = _palette(theme)
    if palette is None:
        app.setStyle(QStyleFactory.create(str(_state["style"])) or app.style())
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
        # An empty palette resolves to the platform's, and keeps following it (light/dark).
        app.setPalette(QPalette())
        palette = QPalette(app.palette())
    else:
        app.setStyle("Fusion")
        app.setPalette(palette)

    font = QFont(_state["font"])  # type: ignore[arg-type]
    base = font.pointSizeF() if font.pointSizeF() > 0 else MIN_BASE_POINTS
    base = max(base, MIN_BASE_POINTS)
    zoom = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], int(zoom_percent or 100)))
    font.setPointSizeF(base * zoom / 100)
    app.setFont(font)
    app.setStyleSheet(style_sheet(palette, theme, font.pointSizeF()))
    _state["theme"], _state["zoom"] = theme, zoom
    _follow_system_scheme(app)
    for widget in app.allWidgets():
        refresh = getattr(widget, "refresh_theme", None)
        if callable(refresh):
            refresh()
