"""Pure rules for the recognition log: reading amounts and hours, and totalling them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

KINDS = ("voucher", "payment", "expenses", "time_credit", "other")
LEVELS = (1, 2, 3)
MAX_AMOUNT_MINOR = 100_000_000  # a million in the currency: anything more is a typing slip
MAX_MINUTES = 1000 * 60

_SYMBOLS = {"£": "GBP", "€": "EUR", "$": "USD"}
_MONEY = re.compile(r"([£€$])?\s*(\d{1,7}(?:[.,]\d{1,2})?)\s*([A-Za-z]{3})?")
_HOURS = re.compile(r"(\d{1,4}(?:[.,]\d{1,2})?)\s*(h|hr|hrs|hour|hours)?")
_HOURS_MINUTES = re.compile(r"(\d{1,4})\s*h\s*(\d{1,2})\s*(m|min|mins|minutes)?")
_MINUTES = re.compile(r"(\d{1,5})\s*(m|min|mins|minutes)")


@dataclass(frozen=True, slots=True)
class Value:
    """Money (in minor units: pence, cents) with its currency, or time in minutes."""

    amount_minor: int | None = None
    currency: str | None = None
    minutes: int | None = None


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def read_money(text: str, default_currency: str) -> Value | None:
    """ "25", "25.50", "£25", "12,50 EUR": an amount above zero; None if not one."""
    match = _MONEY.fullmatch(text.strip())
    if match is None:
        return None
    symbol, number, code = match.groups()
    if symbol and code:
        return None
    currency = code.upper() if code else _SYMBOLS[symbol] if symbol else default_currency
    amount = _decimal(number)
    if amount is None:
        return None
    minor = int(amount * 100)
    if not 0 < minor <= MAX_AMOUNT_MINOR:
        return None
    return Value(amount_minor=minor, currency=currency)


def read_hours(text: str) -> Value | None:
    """ "2", "2.5h", "1h30", "90 min", "3 hours": a time above zero; None if not one."""
    cleaned = text.strip().lower()
    minutes: int | None = None
    if match := _HOURS_MINUTES.fullmatch(cleaned):
        minutes = int(match.group(1)) * 60 + int(match.group(2))
    elif match := _MINUTES.fullmatch(cleaned):
        minutes = int(match.group(1))
    elif match := _HOURS.fullmatch(cleaned):
        hours = _decimal(match.group(1))
        minutes = int(hours * 60) if hours is not None else None
    if minutes is None or not 0 < minutes <= MAX_MINUTES:
        return None
    return Value(minutes=minutes)


def read_value(kind: str, text: str, default_currency: str) -> Value | None:
    """Hours for a time credit, money for the rest; "other" may be either."""
    if kind == "time_credit":
        return read_hours(text)
    money = read_money(text, default_currency)
    if money is not None or kind != "other":
        return money
    return read_hours(text)


def show_money(amount_minor: int, currency: str) -> str:
    return f"{currency} {amount_minor // 100:,}.{amount_minor % 100:02d}"


def show_hours(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours}h{rest:02d}" if rest else f"{hours}h"


def show_value(value: Value) -> str:
    if value.minutes is not None:
        return show_hours(value.minutes)
    assert value.amount_minor is not None and value.currency is not None
    return show_money(value.amount_minor, value.currency)


@dataclass(slots=True)
class Totals:
    """What was given: money per currency (minor units), time in minutes, how many records,
    and how many different women."""

    money: dict[str, int] = field(default_factory=dict)
    minutes: int = 0
    records: int = 0
    women: set[str] = field(default_factory=set)

    def add(self, value: Value, who: str) -> None:
        if value.minutes is not None:
            self.minutes += value.minutes
        elif value.amount_minor is not None and value.currency is not None:
            self.money[value.currency] = self.money.get(value.currency, 0) + value.amount_minor
        self.records += 1
        self.women.add(who)


@dataclass(frozen=True, slots=True)
class RecognitionTotals:
    """What was given in the period, per ladder level of the work recognised and overall."""

    by_level: dict[int, Totals]
    overall: Totals


def total_recognition(
    holds: Callable[[int], bool], entries: Iterable[tuple[int, str, Value, int]]
) -> RecognitionTotals:
    """Total (level, pseudonym, value, given_at) records whose moment the period `holds`,
    per ladder level (of what was recognised) and overall."""
    by_level = {level: Totals() for level in LEVELS}
    overall = Totals()
    for level, who, value, given_at in entries:
        if holds(given_at):
            by_level[level].add(value, who)
            overall.add(value, who)
    return RecognitionTotals(by_level, overall)
