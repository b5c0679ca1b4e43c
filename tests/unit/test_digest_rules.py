"""When a digest is due: daily and weekly slots, once per period, one catch-up after downtime."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.digest_rules import (
    DAY,
    DigestSchedule,
    DuePeriod,
    LastDigest,
    due_period,
    on_demand_since,
)

LONDON = ZoneInfo("Europe/London")
DAILY = DigestSchedule("daily", time(9, 0), 0, LONDON)
WEEKLY = DigestSchedule("weekly", time(8, 30), 0, LONDON)  # Mondays


def at(day: str, clock: str) -> int:
    return int(datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=LONDON).timestamp())


def sent(due: DuePeriod, now: int) -> LastDigest:
    return LastDigest(due.period, due.slot_at, now)


def test_before_the_send_time_the_first_digest_is_yesterdays() -> None:
    due = due_period(DAILY, None, at("2026-03-05", "08:59"))
    assert due == DuePeriod(
        "day 2026-03-04", at("2026-03-04", "09:00"), at("2026-03-03", "09:00"), 1
    )


def test_todays_digest_is_due_once_its_time_has_passed_and_then_not_again() -> None:
    yesterday = LastDigest("day 2026-03-04", at("2026-03-04", "09:00"), at("2026-03-04", "09:00"))
    assert due_period(DAILY, yesterday, at("2026-03-05", "08:59")) is None
    due = due_period(DAILY, yesterday, at("2026-03-05", "09:00"))
    assert due is not None
    assert due.period == "day 2026-03-05"
    assert due.covers_from == yesterday.covers_until
    assert due.slots == 1
    last = sent(due, at("2026-03-05", "09:00"))
    for later in ("09:00", "12:00", "23:59"):
        assert due_period(DAILY, last, at("2026-03-05", later)) is None


def test_days_missed_while_down_become_one_catch_up_covering_the_gap() -> None:
    last = LastDigest("day 2026-03-01", at("2026-03-01", "09:00"), at("2026-03-01", "09:00"))
    due = due_period(DAILY, last, at("2026-03-05", "14:00"))
    assert due is not None
    assert due.period == "day 2026-03-05"
    assert due.slots == 4  # the 2nd, 3rd, 4th and 5th
    assert due.covers_from == at("2026-03-01", "09:00")
    assert (
        due_period(DAILY, sent(due, at("2026-03-05", "14:00")), at("2026-03-05", "14:01")) is None
    )


def test_weekly_digest_is_due_on_the_chosen_weekday_only() -> None:
    # 2026-03-02 is a Monday; on Wednesday the latest slot is still Monday's.
    due = due_period(WEEKLY, None, at("2026-03-04", "10:00"))
    assert due is not None
    assert due.period == "week 2026-W10"
    assert due.slot_at == at("2026-03-02", "08:30")
    assert due.covers_from == at("2026-02-23", "08:30")
    last = sent(due, at("2026-03-04", "10:00"))
    assert due_period(WEEKLY, last, at("2026-03-09", "08:29")) is None
    following = due_period(WEEKLY, last, at("2026-03-09", "08:30"))
    assert following is not None and following.period == "week 2026-W11"


def test_the_send_time_follows_the_local_clock_across_a_clock_change() -> None:
    # British Summer Time starts on 29 March 2026: 09:00 local is 08:00 UTC from then on.
    assert due_period(DAILY, None, at("2026-03-28", "10:00")).slot_at % DAY == 9 * 3600  # type: ignore[union-attr]
    assert due_period(DAILY, None, at("2026-03-29", "10:00")).slot_at % DAY == 8 * 3600  # type: ignore[union-attr]


def test_switching_from_weekly_to_daily_does_not_repeat_the_same_morning() -> None:
    monday = due_period(WEEKLY, None, at("2026-03-02", "08:30"))
    assert monday is not None
    daily_same_time = DigestSchedule("daily", time(8, 30), 0, LONDON)
    last = sent(monday, at("2026-03-02", "08:30"))
    assert due_period(daily_same_time, last, at("2026-03-02", "12:00")) is None
    assert due_period(daily_same_time, last, at("2026-03-03", "08:30")) is not None


def test_no_digest_is_due_when_digests_are_off() -> None:
    off = DigestSchedule("off", time(9, 0), 0, LONDON)
    assert due_period(off, None, at("2026-03-05", "12:00")) is None


@pytest.mark.parametrize(
    ("schedule", "expected_days"),
    [(DAILY, 1), (WEEKLY, 7), (DigestSchedule("off", time(9), 0, LONDON), 7)],
)
def test_an_asked_for_digest_starts_where_the_last_one_ended_or_one_period_back(
    schedule: DigestSchedule, expected_days: int
) -> None:
    now = at("2026-03-05", "15:00")
    assert on_demand_since(schedule, None, now) == now - expected_days * DAY
    last = LastDigest("day 2026-03-05", at("2026-03-05", "09:00"), at("2026-03-05", "09:00"))
    assert on_demand_since(schedule, last, now) == at("2026-03-05", "09:00")


def test_a_new_installs_first_digest_covers_only_the_time_since_it_started() -> None:
    started = at("2026-03-05", "08:00")
    due = due_period(DAILY, None, at("2026-03-05", "09:30"), started_at=started)
    assert due == DuePeriod("day 2026-03-05", at("2026-03-05", "09:00"), started, 1)
    # An older database (started long ago) still covers the whole period.
    due = due_period(DAILY, None, at("2026-03-05", "09:30"), started_at=at("2025-01-01", "09:00"))
    assert due is not None and due.covers_from == at("2026-03-04", "09:00")
    assert on_demand_since(DAILY, None, at("2026-03-05", "09:30"), started_at=started) == started
