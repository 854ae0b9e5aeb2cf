"""SVG drawing helpers shared by the build-time diagrams (comparison diagrams, decision flowcharts).

Text is measured by estimate (no font files are read at build time): Hangul and other wide characters count as
full width, Latin letters by case. Everything is drawn in ``currentColor`` so it follows the light, dark and
print palettes; every piece of text is escaped.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from msa_guide.render.text import html_text

FONT = 13
LINE = 17


# -- text measurement ------------------------------------------------------------------------------


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Estimated advance width of ``text`` in a proportional sans font (Hangul and CJK are full width)."""
    return _ems(text) * size * (1.06 if bold else 1.0)


@functools.lru_cache(maxsize=8192)
def _ems(text: str) -> float:
    """The width of ``text`` in ems (the same names are measured again on every page that draws them)."""
    width = 0.0
    for char in text:
        if unicodedata.east_asian_width(char) in ("W", "F"):
            width += 0.95
        elif char == " ":
            width += 0.28
        elif char.isupper() or char.isdigit():
            width += 0.64
        elif char.isalpha():
            width += 0.54
        else:
            width += 0.4
    return width


def wrap(text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
    """Break ``text`` at spaces into lines no wider than ``width`` (a single long word stays whole)."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size, bold=bold) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def widest(lines: Sequence[str], size: float, *, bold: bool = False) -> float:
    return max((text_width(line, size, bold=bold) for line in lines), default=0.0)


# -- SVG primitives --------------------------------------------------------------------------------


@dataclass
class Canvas:
    """SVG elements in drawing order, with the translation applied by :meth:`shifted`."""

    parts: list[str] = field(default_factory=list)

    def rect(self, x: float, y: float, w: float, h: float, style: str | None, *, rx: float = 5) -> None:
        fill = 'fill="none"' if style is None else f'class="dg-{style}" fill="currentColor" fill-opacity="0.15"'
        self.parts.append(
            f'<rect {fill} x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" rx="{rx:g}" '
            f'stroke="currentColor" stroke-width="1.2"/>'
        )

    def backdrop(self, x: float, y: float, w: float, h: float) -> None:
        """An opaque patch in the page's background colour (stylesheet class), so lines behind a box vanish."""
        self.parts.append(f'<rect class="dg-bg" fill="none" x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}"/>')

    def polygon(self, points: Sequence[tuple[float, float]], style: str) -> None:
        """A filled polygon over an opaque backdrop, so nested shapes keep their own colour."""
        coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        self.parts.append(f'<polygon class="dg-bg" fill="none" points="{coords}"/>')
        self.parts.append(
            f'<polygon class="dg-{style}" fill="currentColor" fill-opacity="0.15" points="{coords}" '
            f'stroke="currentColor" stroke-width="1.2"/>'
        )

    def line(
        self, x1: float, y1: float, x2: float, y2: float, *, dash: str = "", arrow: str = "", width: float = 1.4
    ) -> None:
        extra = f' stroke-dasharray="{dash}"' if dash else ""
        if arrow:
            extra += f' marker-end="url(#{arrow})"'
        self.parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="currentColor" '
            f'stroke-width="{width:g}"{extra}/>'
        )

    def text(
        self,
        x: float,
        y: float,
        lines: Sequence[str],
        *,
        size: float = FONT,
        anchor: str = "middle",
        bold: bool = False,
        halo: bool = False,
        line_height: float = LINE,
    ) -> None:
        """One ``<text>`` per label; ``y`` is the baseline of the first line."""
        weight = ' font-weight="bold"' if bold else ""
        css = ' class="dg-halo"' if halo else ""
        spans = "".join(
            f'<tspan x="{x:.1f}" dy="{0 if index == 0 else line_height:g}">{html_text(line)}</tspan>'
            for index, line in enumerate(lines)
        )
        self.parts.append(
            f'<text{css} x="{x:.1f}" y="{y:.1f}" font-size="{size:g}" text-anchor="{anchor}" '
            f'fill="currentColor"{weight}>{spans}</text>'
        )

    def centred_text(
        self, cx: float, cy: float, lines: Sequence[str], *, size: float = FONT, bold: bool = False
    ) -> None:
        """Lines centred as a block on ``(cx, cy)``."""
        first = cy - (len(lines) - 1) * LINE / 2 + size * 0.36
        self.text(cx, first, lines, size=size, bold=bold)

    def shifted(self, dx: float, dy: float) -> str:
        return f'<g transform="translate({dx:.1f},{dy:.1f})">' + "".join(self.parts) + "</g>"


def arrow_marker(marker_id: str) -> str:
    """The ``<defs>`` of the arrowhead that lines and paths reference with ``marker-end="url(#marker_id)"``."""
    return (
        f'<defs><marker id="{marker_id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
        f'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="currentColor"/></marker></defs>'
    )
