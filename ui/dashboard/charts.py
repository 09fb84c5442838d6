"""Dashboard chart painters: plain series in, a styled matplotlib ``Axes`` out.

Nothing here imports matplotlib at module level: the functions receive axes created by
the dashboard, which imports matplotlib on first show. Colours come from a
:class:`ChartTheme` built from the Qt palette, and ring colours from the rings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from ui.common import formats
from ui.common.formats import money_short


@dataclass(frozen=True)
class ChartTheme:
    background: str
    foreground: str
    muted: str
    grid: str
    accent: str
    positive: str
    negative: str
    dark: bool

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartTheme:
        bg = palette.color(QPalette.ColorRole.Base)
        fg = palette.color(QPalette.ColorRole.Text)
        dark = bg.lightness() < 128

        def blend(a: QColor, b: QColor, t: float) -> str:
            return QColor(
                round(a.red() * (1 - t) + b.red() * t),
                round(a.green() * (1 - t) + b.green() * t),
                round(a.blue() * (1 - t) + b.blue() * t),
            ).name()

        return cls(
            background=bg.name(),
            foreground=fg.name(),
            muted=blend(bg, fg, 0.62),
            grid=blend(bg, fg, 0.14),
            accent=palette.color(QPalette.ColorRole.Highlight).name(),
            positive="#4ade80" if dark else "#16a34a",
            negative="#f87171" if dark else "#dc2626",
            dark=dark,
        )


def style_axes(ax: Any, theme: ChartTheme, title: str) -> None:
    """Apply the palette: face, spines, ticks, grid and title."""
    ax.clear()
    ax.set_facecolor(theme.background)
    ax.set_title(title, color=theme.foreground, loc="left", fontsize=10.5, fontweight="bold")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(theme.grid)
    ax.tick_params(colors=theme.muted, labelsize=8.5, length=0)
    ax.yaxis.label.set_color(theme.muted)
    ax.xaxis.label.set_color(theme.muted)
    ax.grid(axis="y", color=theme.grid, linewidth=0.8)
    ax.set_axisbelow(True)


def no_data(ax: Any, theme: ChartTheme, text: str = "") -> None:
    text = text or QCoreApplication.translate("charts", "No data in this period")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.text(0.5, 0.5, text, ha="center", va="center", color=theme.muted,
            transform=ax.transAxes, fontsize=9.5)  # fmt: skip


def _short(name: str, limit: int = 13) -> str:
    """A ring name for a tick label: wrapped onto two lines, then shortened."""
    import textwrap

    lines = textwrap.wrap(name, width=limit, max_lines=2, placeholder="…")
    return "\n".join(lines) if lines else name


def draw_revenue(
    ax: Any, theme: ChartTheme, names: Sequence[str], colours: Sequence[str],
    revenue: Sequence[float], shares: Sequence[float],
) -> None:  # fmt: skip
    """One bar per ring, labelled with its share of the period's revenue."""
    style_axes(ax, theme, QCoreApplication.translate("charts", "Revenue per ring"))
    if not names or not any(revenue):
        no_data(ax, theme)
        return
    xs = range(len(names))
    bars = ax.bar(xs, revenue, color=list(colours), width=0.66)
    ax.set_xticks(list(xs), [_short(n, 10) for n in names])
    ax.yaxis.set_major_formatter(_formatter(money_short))
    top = max(revenue) or 1
    for bar, share in zip(bars, shares, strict=False):
        ax.text(bar.get_x() + bar.get_width() / 2, bar.get_height() + top * 0.02,
                f"{share * 100:.0f}%", ha="center", va="bottom", color=theme.foreground,
                fontsize=8.5)  # fmt: skip
    ax.set_ylim(0, top * 1.15)


def draw_pareto(
    ax: Any, theme: ChartTheme, account_share: Sequence[float], revenue_share: Sequence[float],
    mark: float | None, title: str = "",
) -> None:  # fmt: skip
    """Cumulative revenue share against share of accounts, with the 80% mark."""
    style_axes(ax, theme, title or QCoreApplication.translate("charts", "Pareto curve"))
    if len(account_share) < 2:
        no_data(ax, theme)
        return
    xs = (
        [0.0, *[x * 100 for x in account_share]]
        if account_share[0] > 0
        else [x * 100 for x in account_share]
    )
    ys = (
        [0.0, *[y * 100 for y in revenue_share]]
        if account_share[0] > 0
        else [y * 100 for y in revenue_share]
    )
    ax.plot(xs, ys, color=theme.accent, linewidth=2.2)
    ax.fill_between(xs, ys, color=theme.accent, alpha=0.12)
    ax.plot([0, 100], [0, 100], color=theme.grid, linewidth=1, linestyle="--")
    ax.axhline(80, color=theme.muted, linewidth=0.9, linestyle=":")
    if mark is not None:
        mx = mark * 100
        ax.axvline(mx, color=theme.negative, linewidth=1.2, linestyle="--")
        ax.plot([mx], [80], marker="o", color=theme.negative, markersize=6)
        note = QCoreApplication.translate("charts", "{share} of accounts\nmake 80% of revenue")
        ax.annotate(note.format(share=formats.percent(mx / 100)), xy=(mx, 80),
                    xytext=(min(mx + 8, 58), 38), color=theme.foreground, fontsize=8.5,
                    arrowprops=dict(arrowstyle="-", color=theme.muted, lw=0.8))  # fmt: skip
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 102)
    ax.set_xlabel(QCoreApplication.translate("charts", "% of accounts (by revenue)"), fontsize=8.5)
    ax.set_ylabel(QCoreApplication.translate("charts", "% of revenue"), fontsize=8.5)


def draw_nps(
    ax: Any, theme: ChartTheme, names: Sequence[str], colours: Sequence[str],
    nps: Sequence[float | None], overall: float | None,
) -> None:  # fmt: skip
    """NPS (−100…100) per ring; rings without answers show a dash."""
    style_axes(ax, theme, QCoreApplication.translate("charts", "NPS per ring"))
    if not names or all(v is None for v in nps):
        no_data(ax, theme, QCoreApplication.translate("charts", "No feedback in this period"))
        return
    xs = list(range(len(names)))
    values = [v if v is not None else 0.0 for v in nps]
    ax.bar(xs, values, color=list(colours), width=0.66)
    ax.axhline(0, color=theme.muted, linewidth=0.9)
    for x, v in zip(xs, nps, strict=False):
        label = "–" if v is None else f"{v:+.0f}"
        y = 0 if v is None else v
        ax.text(x, y + (4 if y >= 0 else -4), label, ha="center",
                va="bottom" if y >= 0 else "top", color=theme.foreground, fontsize=8.5)  # fmt: skip
    if overall is not None:
        ax.axhline(overall, color=theme.accent, linewidth=1, linestyle="--")
        overall_text = QCoreApplication.translate("charts", " overall {nps}")
        ax.text(len(names) - 0.5, overall, overall_text.format(nps=f"{overall:+.0f}"),
                color=theme.accent,
                fontsize=8, va="bottom", ha="right")  # fmt: skip
    ax.set_xticks(xs, [_short(n, 10) for n in names])
    ax.set_ylim(-105, 112)


def draw_movements(
    ax: Any, theme: ChartTheme, months: Sequence[str], inward: Sequence[int],
    outward: Sequence[int],
) -> None:  # fmt: skip
    """Moves per month: inwards above the line, outwards below it."""
    style_axes(ax, theme, QCoreApplication.translate("charts", "Ring movements per month"))
    if not months or not (any(inward) or any(outward)):
        no_data(ax, theme, QCoreApplication.translate("charts", "No ring changes in this period"))
        return
    xs = list(range(len(months)))
    ax.bar(
        xs,
        list(inward),
        color=theme.positive,
        width=0.7,
        label=QCoreApplication.translate("charts", "inwards"),
    )
    ax.bar(
        xs,
        [-v for v in outward],
        color=theme.negative,
        width=0.7,
        label=QCoreApplication.translate("charts", "outwards"),
    )
    ax.axhline(0, color=theme.muted, linewidth=0.9)
    step = max(1, len(months) // 8)
    ax.set_xticks(xs[::step], [m for m in months][::step])
    ax.yaxis.set_major_formatter(_formatter(lambda v: f"{abs(v):.0f}"))
    from matplotlib.ticker import MaxNLocator

    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    # Headroom above the bars keeps the legend clear of them.
    ax.set_ylim(-(max(outward) * 1.15 + 0.5), max(inward) * 1.5 + 0.5)
    legend = ax.legend(loc="upper left", fontsize=8, frameon=False, ncols=2)
    for text in legend.get_texts():
        text.set_color(theme.foreground)


def draw_engagement(
    ax: Any, theme: ChartTheme, names: Sequence[str], colours: Sequence[str],
    rates: Sequence[float | None],
) -> None:  # fmt: skip
    """Share of each ring's accounts in touch within the ring's cadence at the period's end
    (horizontal bars); a ring without a cadence says so instead of a bar."""
    style_axes(ax, theme, QCoreApplication.translate("charts", "Engagement per ring"))
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", color=theme.grid, linewidth=0.8)
    if not names:
        no_data(ax, theme)
        return
    ys = list(range(len(names)))
    values = [0.0 if r is None else r * 100 for r in rates]
    ax.barh(ys, values, color=list(colours), height=0.62)
    for y, v, rate in zip(ys, values, rates, strict=False):
        label = QCoreApplication.translate("charts", "no cadence") if rate is None else f"{v:.0f}%"
        ax.text(min(v, 100) + 1.5, y, label, va="center", color=theme.foreground,
                fontsize=8.5)  # fmt: skip
    ax.set_yticks(ys, [_short(n, 18) for n in names])
    ax.invert_yaxis()
    ax.set_xlim(0, 112)
    ax.set_xlabel(
        QCoreApplication.translate("charts", "% in touch within the ring's cadence"),
        fontsize=8.5,
    )


def _formatter(fn: Any) -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda v, _pos: fn(v))
