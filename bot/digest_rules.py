"""When a digest is due: pure functions of the schedule, the last digest sent and `now`.

A *slot* is one scheduled moment (a local date at DIGEST_TIME, every day or on DIGEST_WEEKDAY)
and names its *period* (`day 2026-03-05`, `week 2026-W10`). The digest for a slot is due once
the slot has passed and no digest has been sent for it or for a later slot. If the bot was down
across several slots, ONE catch-up digest is due when it comes back, for the latest slot: it
covers everything since the last digest and says how many digests it stands for. Staff who
come back to seven digests at once would read none of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DAY = 86400
# More missed slots than this are still one catch-up; the count just stops growing.
MAX_COUNTED_SLOTS = 400


@dataclass(frozen=True, slots=True)
class DigestSchedule:
    """When digests go out, from the settings: daily, weekly or off, at which local time and on
    which weekday."""

    frequency: str  # daily | weekly | off
    at: time
    weekday: int  # Monday is 0; used when weekly
    zone: ZoneInfo

    @property
    def step_days(self) -> int:
        return 7 if self.frequency == "weekly" else 1


@dataclass(frozen=True, slots=True)
class LastDigest:
    """What the rules need of the last digest sent: its period, its slot, and the end of what it
    covered."""

    period: str
    slot_at: int
    covers_until: int


@dataclass(frozen=True, slots=True)
class DuePeriod:
    """The digest due now: the period it is for, its slot, and where what it covers starts."""

    period: str
    slot_at: int
    covers_from: int
    slots: int  # how many scheduled digests this one stands for (more than 1 after downtime)


def slot_moment(day: date, schedule: DigestSchedule) -> int:
    """The unix time of DIGEST_TIME on local `day` (a time skipped by a clock change moves on)."""
    local = datetime.combine(day, schedule.at, tzinfo=schedule.zone)
    return int(local.timestamp())


def period_name(day: date, schedule: DigestSchedule) -> str:
    if schedule.frequency == "weekly":
        year, week, _ = day.isocalendar()
        return f"week {year}-W{week:02d}"
    return f"day {day.isoformat()}"


def latest_slot_day(schedule: DigestSchedule, now: int) -> date:
    """The local date of the last slot at or before `now`."""
    day = datetime.fromtimestamp(now, schedule.zone).date()
    if schedule.frequency == "weekly":
        day -= timedelta(days=(day.weekday() - schedule.weekday) % 7)
    if slot_moment(day, schedule) > now:
        day -= timedelta(days=schedule.step_days)
    return day


def due_period(
    schedule: DigestSchedule, last: LastDigest | None, now: int, *, started_at: int = 0
) -> DuePeriod | None:
    """The period whose digest should be sent now, or None (off, or already sent).

    The first digest covers only the time since the service started (`started_at`)."""
    if schedule.frequency == "off":
        return None
    day = latest_slot_day(schedule, now)
    slot_at = slot_moment(day, schedule)
    period = period_name(day, schedule)
    step = timedelta(days=schedule.step_days)
    if last is None:
        return DuePeriod(period, slot_at, max(slot_moment(day - step, schedule), started_at), 1)
    if period == last.period or slot_at <= last.slot_at:
        return None
    slots = 1
    earlier = day - step
    while slot_moment(earlier, schedule) > last.slot_at and slots < MAX_COUNTED_SLOTS:
        slots += 1
        earlier -= step
    return DuePeriod(period, slot_at, last.covers_until, slots)


def on_demand_since(
    schedule: DigestSchedule, last: LastDigest | None, now: int, *, started_at: int = 0
) -> int:
    """Where a digest asked for with /digest starts: at the end of the last one sent, or one
    period back (a week when scheduled digests are off), never before the service started."""
    if last is not None and last.covers_until < now:
        return last.covers_until
    days = 1 if schedule.frequency == "daily" else 7
    return max(now - days * DAY, min(started_at, now))
