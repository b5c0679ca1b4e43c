"""Pure rules for polls: reading staff's answers, quorum, the tally and the reminder time."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.text_input import clean_text

MIN_OPTIONS = 2
MAX_OPTIONS = 10
OPTION_MAX_LENGTH = 60
MIN_DURATION = 15
MAX_DURATION = 90 * 86400
REMINDER_BEFORE = 24 * 3600
# With fewer women able to vote, per-option counts would tell everyone how each one voted.
MIN_VOTERS = 3

_UNIT_WORDS = {
    1: ("s", "sec", "secs", "second", "seconds"),
    60: ("m", "min", "mins", "minute", "minutes"),
    3600: ("h", "hr", "hrs", "hour", "hours"),
    86400: ("d", "day", "days"),
    7 * 86400: ("w", "week", "weeks"),
}
_UNITS = {word: seconds for seconds, words in _UNIT_WORDS.items() for word in words}
_DURATION = re.compile(r"(\d+)\s*([a-z]+)")
_DATE_FORMATS = ("%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M", "%Y-%m-%d", "%d/%m/%Y")


def parse_options(text: str) -> list[str] | None:
    """One option per line, 2 to 10 of them, each short and different; None if not."""
    options = [" ".join(clean_text(line).split()) for line in text.splitlines()]
    options = [option for option in options if option]
    if not MIN_OPTIONS <= len(options) <= MAX_OPTIONS:
        return None
    if any(len(option) > OPTION_MAX_LENGTH for option in options):
        return None
    if len({option.casefold() for option in options}) != len(options):
        return None
    return options


def parse_closing(text: str, now: int, zone: ZoneInfo) -> int | None:
    """A duration ("3d", "2 days 4h", "90m") or a local date and time; None if not sensible."""
    cleaned = text.strip().lower()
    closes_at: int | None = None
    matches = list(_DURATION.finditer(cleaned))
    rest = _DURATION.sub("", cleaned).replace("and", "").strip(" ,")
    if matches and not rest and all(m.group(2) in _UNITS for m in matches):
        closes_at = now + sum(int(m.group(1)) * _UNITS[m.group(2)] for m in matches)
    else:
        for form in _DATE_FORMATS:
            try:
                moment = datetime.strptime(text.strip(), form)
            except ValueError:
                continue
            if "%H" not in form:
                moment += timedelta(hours=23, minutes=59)
            closes_at = int(moment.replace(tzinfo=zone).timestamp())
            break
    if closes_at is None or not MIN_DURATION <= closes_at - now <= MAX_DURATION:
        return None
    return closes_at


@dataclass(frozen=True, slots=True)
class Quorum:
    """How many votes a poll needs: a number of women, or a share of those eligible."""

    kind: str  # count | share
    value: float


def parse_quorum(text: str) -> Quorum | None:
    """A number of women ("12") or a share of those eligible ("30%")."""
    cleaned = text.strip().replace(" ", "")
    if re.fullmatch(r"\d{1,3}(\.\d+)?%", cleaned):
        share = float(cleaned[:-1]) / 100
        return Quorum("share", share) if 0 < share <= 1 else None
    if re.fullmatch(r"\d{1,6}", cleaned) and int(cleaned) > 0:
        return Quorum("count", int(cleaned))
    return None


def votes_needed(quorum: Quorum, eligible: int) -> int:
    if quorum.kind == "share":
        return max(1, math.ceil(quorum.value * eligible - 1e-9))
    return int(quorum.value)


@dataclass(frozen=True, slots=True)
class Tally:
    """A poll's result as counted: votes per option, turnout, the votes quorum needed and whether
    it was met, and the winner."""

    counts: dict[int, int]
    turnout: int
    needed: int
    quorum_met: bool
    winner: int | None  # None for a tie at the top or no votes


def tally(positions: list[int], counts: dict[int, int], quorum: Quorum, eligible: int) -> Tally:
    """Count the result: every option present, the winner only if it is alone at the top."""
    full = {position: counts.get(position, 0) for position in positions}
    turnout = sum(full.values())
    needed = votes_needed(quorum, eligible)
    top = max(full.values(), default=0)
    leaders = [position for position, count in full.items() if count == top]
    winner = leaders[0] if top > 0 and len(leaders) == 1 else None
    return Tally(full, turnout, needed, turnout >= needed, winner)


def reminder_at(opened_at: int, closes_at: int) -> int:
    """24 hours before closing; for polls shorter than two days, halfway through."""
    return closes_at - min(REMINDER_BEFORE, (closes_at - opened_at) // 2)


def reminder_due(opened_at: int, closes_at: int, now: int) -> bool:
    return reminder_at(opened_at, closes_at) <= now < closes_at


def enough_voters(eligible: int) -> bool:
    """Votes stay anonymous only if enough women can vote."""
    return eligible >= MIN_VOTERS


def verdict(quorum_met: bool, winner: int | None, labels: dict[int, str]) -> tuple[str, str]:
    """What a closed poll decided: ("no_quorum", ""), ("tie", "") or ("winner", its label)."""
    if not quorum_met:
        return "no_quorum", ""
    if winner is None:
        return "tie", ""
    return "winner", labels[winner]
