"""How long a voice note is, as a woman reads it on a clock: 0:42, 12:05."""

from __future__ import annotations


def parse_number(args: list[str] | None) -> int | None:
    """The one item number after a command (`/voice 12`, `/voice #12`), or None."""
    if not args or len(args) != 1:
        return None
    digits = args[0].removeprefix("#")
    return int(digits) if digits.isdigit() and 0 < len(digits) <= 9 else None


def clock_length(seconds: int) -> str:
    minutes, rest = divmod(max(seconds, 0), 60)
    return f"{minutes}:{rest:02d}"
