"""The report's chart is a real PNG, with or without polls."""

from __future__ import annotations

import io
from zoneinfo import ZoneInfo

from PIL import Image

from bot.chart import render_chart
from bot.chart_data import ChartData, draw
from bot.report import chart_data
from bot.report_rules import ReportPeriod, ReportSummary, summarise
from bot.texts import load_texts
from storage.records import HistoryRecord, PollRecord

TEXTS = load_texts({"service_name": "Our Service", "helplines": "999"})
LONDON = ZoneInfo("Europe/London")
NOW = 1772701200
DAY = 86400
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _poll(number: int, kind: str, closed: int, turnout: int) -> PollRecord:
    return PollRecord(
        number, "Q", kind, "", "all", None, "count", 2, closed - DAY, closed, closed, 10,
        turnout, turnout >= 2, 1,
    )  # fmt: skip


def _png(data: bytes) -> Image.Image:
    assert data.startswith(PNG_SIGNATURE)
    image = Image.open(io.BytesIO(data))
    image.load()
    assert image.format == "PNG"
    return image


def test_the_chart_is_a_png_with_a_funnel_and_turnout() -> None:
    history = [
        HistoryRecord(1, 1, "published", None, None, None, None, None, None, NOW - 20 * DAY),
        HistoryRecord(2, 1, "moved", 1, 2, None, None, None, None, NOW - 10 * DAY),
    ]
    polls = [_poll(n, "shared" if n % 2 else "advisory", NOW - n * DAY, n) for n in range(1, 6)]
    summary = summarise(
        ReportPeriod(NOW - 30 * DAY, NOW, "days", 30),
        feedback=[],
        proposals=[],
        history=history,
        suggestions=[],
        polls=polls,
    )
    image = _png(render_chart(chart_data(TEXTS, LONDON, summary)))
    assert image.width > image.height > 300


def _all_time(polls: list[PollRecord]) -> ReportSummary:
    return summarise(
        ReportPeriod(None, NOW, "all"),
        feedback=[],
        proposals=[],
        history=[],
        suggestions=[],
        polls=polls,
    )


def test_a_period_without_anything_still_draws_a_valid_chart() -> None:
    _png(render_chart(chart_data(TEXTS, LONDON, _all_time([]))))


async def test_the_bot_has_its_chart_drawn_by_a_process_of_its_own() -> None:
    chart = chart_data(TEXTS, LONDON, _all_time([_poll(1, "shared", NOW - DAY, 7)]))
    assert ChartData.from_json(chart.to_json()) == chart
    assert chart.points[0].percent == 70.0 and "all time" in chart.title
    drawn = await draw(chart)
    assert drawn == render_chart(chart)
