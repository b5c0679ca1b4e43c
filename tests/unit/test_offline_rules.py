"""Pure rules for entries on a woman's behalf: reading her card's pseudonym, counting them."""

from __future__ import annotations

from bot.rules.offline import count_offline, read_number, read_pseudonym


def test_a_pseudonym_is_read_however_staff_type_it_from_her_card() -> None:
    for typed in ("P-7KQ4", "p-7kq4", " P 7KQ4 ", "7kq4", "P7KQ4"):
        assert read_pseudonym(typed) == "P-7KQ4", typed
    # P is also a letter of the alphabet: "PKQ4" is P-PKQ4's short form.
    assert read_pseudonym("PKQ4") == "P-PKQ4"


def test_anything_that_is_not_a_pseudonym_is_refused() -> None:
    # 0, 1, 2, 5, 8 and the letters they look like are never used in pseudonyms.
    for typed in ("", "P-7KQ", "P-7KQ44", "P-0KQ4", "P-7KQ2", "hello", "P--7KQ4X"):
        assert read_pseudonym(typed) is None, typed


def test_numbers_are_read_with_or_without_a_hash() -> None:
    assert read_number("#12") == 12 and read_number(" 7 ") == 7
    assert read_number("twelve") is None and read_number("1234567890") is None


def test_only_offline_entries_in_the_period_are_counted_by_kind_and_channel() -> None:
    entries = [
        ("feedback", "paper", 10),
        ("feedback", "telegram", 11),
        ("idea", "group", 12),
        ("support", "phone", 13),
        ("vote", "phone", 14),
        ("vote", "paper", 99),  # after the period
    ]
    counts = count_offline(lambda moment: moment <= 50, entries, erasures=[20, 60])
    assert counts.by_kind == {"feedback": 1, "idea": 1, "support": 1, "vote": 1}
    assert counts.by_channel == {"paper": 1, "phone": 2, "group": 1, "other": 0}
    assert counts.total == 4 and counts.erasures == 1
