"""Pure rules of the recognition log: reading amounts and hours, totalling per ladder level."""

from __future__ import annotations

from bot.rules.recognition import (
    Value,
    read_hours,
    read_money,
    read_value,
    show_value,
    total_recognition,
)


def test_amounts_are_read_in_minor_units_with_their_currency() -> None:
    assert read_money("25", "GBP") == Value(2500, "GBP")
    assert read_money("12.5", "GBP") == Value(1250, "GBP")
    assert read_money("£20", "EUR") == Value(2000, "GBP")
    assert read_money("12,50 eur", "GBP") == Value(1250, "EUR")
    assert read_money("$7.05", "GBP") == Value(705, "USD")
    for wrong in ("", "0", "-5", "£5 EUR", "12.345", "twenty", "5 euros", "99999999"):
        assert read_money(wrong, "GBP") is None, wrong


def test_hours_are_read_as_minutes() -> None:
    assert read_hours("2") == Value(minutes=120)
    assert read_hours("1.5h") == Value(minutes=90)
    assert read_hours("1h30") == Value(minutes=90)
    assert read_hours("90 min") == Value(minutes=90)
    assert read_hours("3 hours") == Value(minutes=180)
    for wrong in ("", "0", "0h", "two", "1h75x", "2 days"):
        assert read_hours(wrong) is None, wrong


def test_a_time_credit_is_hours_and_other_may_be_either() -> None:
    assert read_value("time_credit", "2", "GBP") == Value(minutes=120)
    assert read_value("voucher", "2", "GBP") == Value(200, "GBP")
    assert read_value("other", "2h", "GBP") == Value(minutes=120)
    assert read_value("other", "£2", "GBP") == Value(200, "GBP")
    assert read_value("payment", "2h", "GBP") is None
    assert show_value(Value(123456, "GBP")) == "GBP 1,234.56"
    assert show_value(Value(minutes=90)) == "1h30"


def test_totals_per_level_match_a_hand_count() -> None:
    entries = [
        (1, "P-AAAA", Value(1000, "GBP"), 10),
        (1, "P-AAAA", Value(500, "GBP"), 20),
        (3, "P-CCCC", Value(2500, "GBP"), 30),
        (3, "P-AAAA", Value(minutes=150), 40),
        (3, "P-DDDD", Value(1000, "EUR"), 50),
        (2, "P-CCCC", Value(9900, "GBP"), 999),  # outside the period
    ]
    totals = total_recognition(lambda moment: moment <= 100, entries)
    consultation, co_design, co_production = (totals.by_level[n] for n in (1, 2, 3))
    assert consultation.money == {"GBP": 1500} and consultation.records == 2
    assert consultation.women == {"P-AAAA"}
    assert co_design.records == 0 and co_design.money == {}
    assert co_production.money == {"GBP": 2500, "EUR": 1000} and co_production.minutes == 150
    assert totals.overall.money == {"GBP": 4000, "EUR": 1000}
    assert totals.overall.minutes == 150 and totals.overall.records == 5
    assert len(totals.overall.women) == 3
