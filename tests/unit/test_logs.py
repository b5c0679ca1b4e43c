"""Repeated warnings are summarised, so an outage never buries the log."""

from __future__ import annotations

import logging

from bot.logs import KEEP, SummariseRepeats


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _record(
    msg: str, *args: object, level: int = logging.WARNING, **extra: object
) -> logging.LogRecord:
    record = logging.LogRecord("bot.outbox", level, __file__, 1, msg, args, None)
    record.__dict__.update(extra)
    return record


def test_a_repeated_warning_is_written_once_a_minute_with_how_many_were_left_out() -> None:
    clock = _Clock()
    summarise = SummariseRepeats(window=60, clock=clock)
    line = "outbox: network trouble; message %s will be retried"
    written = [summarise.filter(_record(line, n)) for n in range(100)]
    assert written == [True] + [False] * 99
    clock.now += 61
    later = _record(line, 101)
    assert summarise.filter(later)
    assert later.getMessage() == (
        "outbox: network trouble; message 101 will be retried"
        " (and 99 more like this in the last 61 s)"
    )
    clock.now += 61
    quiet_again = _record(line, 102)
    assert summarise.filter(quiet_again)
    assert "more like this" not in quiet_again.getMessage()


def test_different_lines_info_and_changes_of_state_are_never_folded() -> None:
    summarise = SummariseRepeats(window=60, clock=_Clock())
    assert summarise.filter(_record("one thing %s", 1))
    assert summarise.filter(_record("another thing %s", 1))
    assert summarise.filter(_record("an error %s", 1, level=logging.ERROR))
    assert all(summarise.filter(_record("sent %s", n, level=logging.INFO)) for n in range(5))
    assert all(summarise.filter(_record("connection lost", **KEEP)) for _ in range(3))
