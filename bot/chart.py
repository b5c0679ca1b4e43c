"""The report's chart: a ladder funnel and turnout over time, drawn to PNG bytes in memory.

Run as `python -m bot.chart` by the bot (bot/chart_data.py): the chart's description as JSON
on standard input, the PNG on standard output.
"""

from __future__ import annotations

import io
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

# The Agg canvas renders straight to a buffer: no display, no GUI toolkit, no global backend.
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from bot.chart_data import ChartData

FUNNEL_COLOURS = ("#9ecae1", "#4292c6", "#08519c")
SHARED_COLOUR = "#6a3d9a"
ADVISORY_COLOUR = "#ff7f00"


def render_chart(chart: ChartData) -> bytes:
    """Two panels side by side, sized to paste into a report; returns PNG bytes."""
    zone = ZoneInfo(chart.zone)
    figure = Figure(figsize=(11, 4.5), dpi=110, layout="constrained")
    funnel, turnout = figure.subplots(1, 2, width_ratios=(1, 1.3))
    figure.suptitle(chart.title, fontsize=13)

    names = list(chart.levels)
    counts = list(chart.reached)
    bars = funnel.barh(names[::-1], counts[::-1], color=FUNNEL_COLOURS[::-1])
    funnel.bar_label(bars, padding=3)
    funnel.set_title(chart.funnel)
    funnel.set_xlabel(chart.funnel_axis)
    funnel.set_xlim(0, max(1, *counts) * 1.15)
    funnel.xaxis.set_major_locator(MaxNLocator(integer=True))
    funnel.spines[["top", "right"]].set_visible(False)

    turnout.set_title(chart.turnout)
    turnout.set_ylabel(chart.turnout_axis)
    turnout.set_ylim(0, 105)
    turnout.spines[["top", "right"]].set_visible(False)
    points = chart.points
    if points:
        for shared, colour, marker, label in (
            (True, SHARED_COLOUR, "o", chart.shared),
            (False, ADVISORY_COLOUR, "s", chart.advisory),
        ):
            chosen = [p for p in points if p.shared == shared]
            if chosen:
                turnout.plot(
                    [datetime.fromtimestamp(p.closed_at, zone) for p in chosen],
                    [p.percent for p in chosen],
                    marker=marker,
                    color=colour,
                    label=label,
                )
        turnout.legend(loc="lower left")
        # The whole period is shown, so a quiet stretch reads as quiet, not as missing.
        first = chart.start if chart.start is not None else points[0].closed_at
        margin = max(86400, (chart.end - first) // 40)
        turnout.set_xlim(
            datetime.fromtimestamp(first - margin, zone),
            datetime.fromtimestamp(chart.end + margin, zone),
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
            chart.no_polls,
            ha="center",
            va="center",
            transform=turnout.transAxes,
        )
        turnout.set_xticks([])

    buffer = io.BytesIO()
    FigureCanvasAgg(figure)  # attaches itself to the figure
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def main() -> None:
    """`python -m bot.chart`: the chart's JSON on standard input, its PNG on standard output."""
    sys.stdout.buffer.write(render_chart(ChartData.from_json(sys.stdin.buffer.read())))


if __name__ == "__main__":
    main()
