"""Poll rules: reading staff's answers, quorum, the tally and when to remind."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from bot.poll_rules import (
    Quorum,
    parse_closing,
    parse_options,
    parse_quorum,
    reminder_at,
    reminder_due,
    tally,
    verdict,
    votes_needed,
)

LONDON = ZoneInfo("Europe/London")
NOW = 1_795_600_000  # 2026-11-26 06:26:40 UTC
DAY = 86400


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("3d", 3 * DAY),
        ("36h", 36 * 3600),
        ("2 days 4h", 2 * DAY + 4 * 3600),
        ("90m", 5400),
        ("1 week", 7 * DAY),
        ("30s", 30),
    ],
)
def test_durations_are_read(text: str, seconds: int) -> None:
    assert parse_closing(text, NOW, LONDON) == NOW + seconds


def test_a_local_date_and_time_is_read_in_the_service_zone() -> None:
    assert parse_closing("2026-12-01 18:00", NOW, LONDON) == 1_796_148_000
    assert parse_closing("01/12/2026 18:00", NOW, LONDON) == 1_796_148_000


@pytest.mark.parametrize("text", ["soon", "5", "3 dogs", "2020-01-01 10:00", "200d", "5s", ""])
def test_unreadable_past_or_far_closing_times_are_refused(text: str) -> None:
    assert parse_closing(text, NOW, LONDON) is None


def test_options_are_one_per_line_two_to_ten_and_distinct() -> None:
    assert parse_options("Tuesday\n  Thursday  \n\n") == ["Tuesday", "Thursday"]
    assert parse_options("Only one") is None
    assert parse_options("\n".join(str(n) for n in range(11))) is None
    assert parse_options("Same\nsame") is None
    assert parse_options("ok\n" + "x" * 61) is None


@pytest.mark.parametrize(
    ("text", "quorum"),
    [
        ("10", Quorum("count", 10)),
        ("30%", Quorum("share", 0.3)),
        (" 12.5 % ", Quorum("share", 0.125)),
        ("0", None),
        ("150%", None),
        ("ten", None),
        ("-3", None),
    ],
)
def test_quorum_is_a_count_or_a_share(text: str, quorum: Quorum | None) -> None:
    assert parse_quorum(text) == quorum


def test_a_share_quorum_rounds_up() -> None:
    assert votes_needed(Quorum("share", 0.3), 10) == 3
    assert votes_needed(Quorum("share", 0.3), 11) == 4
    assert votes_needed(Quorum("share", 0.01), 0) == 1
    assert votes_needed(Quorum("count", 5), 100) == 5


def test_the_tally_names_a_winner_only_when_alone_at_the_top() -> None:
    result = tally([1, 2, 3], {1: 3, 3: 1}, Quorum("count", 4), 10)
    assert result.counts == {1: 3, 2: 0, 3: 1}
    assert (result.turnout, result.quorum_met, result.winner) == (4, True, 1)
    tie = tally([1, 2], {1: 2, 2: 2}, Quorum("count", 1), 10)
    assert tie.winner is None and tie.quorum_met
    empty = tally([1, 2], {}, Quorum("count", 1), 10)
    assert (empty.turnout, empty.quorum_met, empty.winner) == (0, False, None)


def test_quorum_exactly_met_counts_as_met() -> None:
    assert tally([1, 2], {1: 2, 2: 1}, Quorum("share", 0.3), 10).quorum_met
    assert not tally([1, 2], {1: 2}, Quorum("share", 0.3), 10).quorum_met


def test_the_reminder_is_24_hours_before_closing_or_halfway_for_short_polls() -> None:
    assert reminder_at(NOW, NOW + 5 * DAY) == NOW + 4 * DAY
    assert reminder_at(NOW, NOW + 12 * 3600) == NOW + 6 * 3600
    assert not reminder_due(NOW, NOW + 5 * DAY, NOW + 4 * DAY - 1)
    assert reminder_due(NOW, NOW + 5 * DAY, NOW + 4 * DAY)
    assert not reminder_due(NOW, NOW + 5 * DAY, NOW + 5 * DAY)  # closed already


def test_the_verdict_names_the_winner_only_with_quorum_and_no_tie() -> None:
    labels = {1: "Tuesday", 2: "Saturday"}
    assert verdict(False, 1, labels) == ("no_quorum", "")
    assert verdict(True, None, labels) == ("tie", "")
    assert verdict(True, 2, labels) == ("winner", "Saturday")
