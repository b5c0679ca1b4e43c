"""Pure rules of Telegram's 48-hour deletion window, as quick exit and the tidy-up use it."""

from __future__ import annotations

from bot.rules.chat_window import DELETE_WINDOW_SECONDS, split_by_window, telegram_now

NOW = 1_000_000


def test_young_messages_are_deletable_and_old_ones_are_reported_as_staying() -> None:
    items = [(1, NOW - DELETE_WINDOW_SECONDS - 1), (2, NOW - 3600), (3, NOW), (2, NOW)]
    split = split_by_window(items, NOW)
    assert split.deletable == [2, 3] and split.outlived


def test_a_chat_of_young_messages_has_nothing_that_stays() -> None:
    split = split_by_window([(5, NOW - 10), (4, NOW - 20)], NOW)
    assert split.deletable == [4, 5] and not split.outlived
    assert not split_by_window([], NOW).outlived


def test_telegrams_clock_is_at_least_its_newest_message_date() -> None:
    assert telegram_now(NOW, NOW + 7200) == NOW + 7200
    assert telegram_now(NOW, NOW - 5) == NOW
