"""What the report's chart shows, in plain words and numbers; drawn in a process of its own.

matplotlib and numpy take about 50 MB once loaded, and a process never gives that back: the
bot would hold it for good after the first report. So the bot builds this small description
and a short-lived `python -m bot.chart` (bot/chart.py) draws it and exits.
"""

from __future__ import annotations

import asyncio
import json
import sys
from dataclasses import asdict, dataclass

DRAW_TIMEOUT_SECONDS = 120.0


class ChartError(RuntimeError):
    """The chart could not be drawn."""


@dataclass(frozen=True, slots=True)
class ChartPoint:
    """One closed poll: when, its turnout in percent, and whether the decision was shared."""

    closed_at: int
    percent: float
    shared: bool


@dataclass(frozen=True, slots=True)
class ChartData:
    """The whole chart as plain data for the process that draws it: every label already in words,
    the items that reached each level, and each closed poll's turnout."""

    zone: str  # the service's time zone, e.g. Europe/London
    title: str
    levels: tuple[str, str, str]
    reached: tuple[int, int, int]
    funnel: str
    funnel_axis: str
    turnout: str
    turnout_axis: str
    shared: str
    advisory: str
    no_polls: str
    points: tuple[ChartPoint, ...]
    start: int | None  # the period; None from the beginning
    end: int

    def to_json(self) -> bytes:
        return json.dumps(asdict(self)).encode()

    @classmethod
    def from_json(cls, raw: bytes) -> ChartData:
        data = json.loads(raw)
        return cls(
            **{
                **data,
                "levels": tuple(data["levels"]),
                "reached": tuple(data["reached"]),
                "points": tuple(ChartPoint(**point) for point in data["points"]),
            }
        )


async def draw(chart: ChartData) -> bytes:
    """The chart as PNG bytes, drawn by `python -m bot.chart` with the same interpreter."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.chart",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        png, error = await asyncio.wait_for(
            process.communicate(chart.to_json()), DRAW_TIMEOUT_SECONDS
        )
    except TimeoutError:
        process.kill()
        await process.wait()
        raise ChartError("drawing the chart took too long") from None
    if process.returncode != 0:
        last = error.decode(errors="replace").strip().splitlines()[-1:] or ["no message"]
        raise ChartError(f"drawing the chart failed ({last[0]})")
    return png
