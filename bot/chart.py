"""The report's chart: a ladder funnel and turnout over time, drawn to PNG bytes in memory."""

from __future__ import annotations

import html
import io
from datetime import datetime
from zoneinfo import ZoneInfo

# The Agg canvas renders straight to a buffer: no display, no GUI toolkit, no global backend.
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from bot.report import period_label
from bot.report_rules import ReportSummary
from bot.texts import Texts

FUNNEL_COLOURS = ("#9ecae1", "#4292c6", "#08519c")
SHARED_COLOUR = "#6a3d9a"
ADVISORY_COLOUR = "#ff7f00"


def _plain(text: str) -> str:
    """Texts are HTML; a chart shows the words."""
    return html.unescape(text)


def render_chart(texts: Texts, zone: ZoneInfo, summary: ReportSummary) -> bytes:
    """Two panels side by side, sized to paste into a report; returns PNG bytes."""
    figure = Figure(figsize=(11, 4.5), dpi=110, layout="constrained")
    funnel, turnout = figure.subplots(1, 2, width_ratios=(1, 1.3))
    figure.suptitle(
        _plain(texts("report.chart_title", period=period_label(texts, summary.period))),
        fontsize=13,
    )

    names = [_plain(texts(f"ladder.level_{n}")) for n in (1, 2, 3)]
    counts = list(summary.reached)
    bars = funnel.barh(names[::-1], counts[::-1], color=FUNNEL_COLOURS[::-1])
    funnel.bar_label(bars, padding=3)
    funnel.set_title(_plain(texts("report.chart_funnel")))
    funnel.set_xlabel(_plain(texts("report.chart_funnel_axis")))
    funnel.set_xlim(0, max(1, *counts) * 1.15)
    funnel.xaxis.set_major_locator(MaxNLocator(integer=True))
    funnel.spines[["top", "right"]].set_visible(False)

    turnout.set_title(_plain(texts("report.chart_turnout")))
    turnout.set_ylabel(_plain(texts("report.chart_turnout_axis")))
    turnout.set_ylim(0, 105)
    turnout.spines[["top", "right"]].set_visible(False)
    points = [p for p in summary.polls if p.share is not None]
    if points:
        for shared, colour, marker, key in (
            (True, SHARED_COLOUR, "o", "report.chart_shared"),
            (False, ADVISORY_COLOUR, "s", "report.chart_advisory"),
        ):
            chosen = [p for p in points if p.shared == shared]
            if chosen:
                turnout.plot(
                    [datetime.fromtimestamp(p.closed_at, zone) for p in chosen],
                    [100 * (p.share or 0) for p in chosen],
                    marker=marker,
                    color=colour,
                    label=_plain(texts(key)),
                )
        turnout.legend(loc="lower left")
        # The whole period is shown, so a quiet stretch reads as quiet, not as missing.
        first = summary.period.start if summary.period.start is not None else points[0].closed_at
        margin = max(86400, (summary.period.end - first) // 40)
        turnout.set_xlim(
            datetime.fromtimestamp(first - margin, zone),
            datetime.fromtimestamp(summary.period.end + margin, zone),
        )
        # matplotlib.dates ships without type hints for these two constructors.
        locator = AutoDateLocator(tz=zone)  # type: ignore[no-untyped-call]
        turnout.xaxis.set_major_locator(locator)
        turnout.xaxis.set_major_formatter(
            ConciseDateFormatter(locator, tz=zone)  # type: ignore[no-untyped-call]
        )
    else:
        turnout.text(
            0.5,
            0.5,
            _plain(texts("report.chart_no_polls")),
            ha="center",
            va="center",
            transform=turnout.transAxes,
        )
        turnout.set_xticks([])

    buffer = io.BytesIO()
    FigureCanvasAgg(figure)  # attaches itself to the figure
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
