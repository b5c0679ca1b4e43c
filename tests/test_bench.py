"""The benchmark at its smallest size, so it keeps working; it asserts no duration."""

from __future__ import annotations

import asyncio

from bench.__main__ import main


async def test_the_benchmark_runs_every_comparison_and_prints_its_table() -> None:
    report = await asyncio.to_thread(main, ["--size", "smoke"])
    lines = report.splitlines()
    assert lines[0] == "| what | this bot | bare echo bot | ratio |"
    for part in (
        "burst of 4 updates (end to end)",
        "start-up to the first getUpdates",
        "start-up to the answer to a woman who wrote while it was down",
        "against the echo bot reading its settings with pydantic-settings",
        "in-process cost per update",
        "broadcast to 12 women",
        "while one woman floods",
        "her quick exit",
        "mixed run",
        "300 items: digest",
        "300 items: ideas page 50",
        "300 items: export",
        "300 items: report, all time",
        "300 items, the real bot: staff wait for /digest",
        "300 items, the real bot: a woman's reply meanwhile",
        "300 items: peak RSS of the bot process",
    ):
        assert any(part in line for line in lines), part
    # Every comparison finished: no row is missing its measurement.
    assert all(line.split("|")[2].strip() for line in lines[2:] if line.startswith("|"))
