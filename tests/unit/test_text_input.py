"""Free text is cleaned before it is checked or stored."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.text_input import check_text, clean_text


def test_invisible_and_direction_characters_are_removed() -> None:
    assert clean_text("he\u200bllo \u202eevil\u202c\x00 there") == "hello evil there"


def test_text_is_nfc_normalised() -> None:
    assert clean_text("cafe\u0301") == "caf\u00e9"


def test_blank_edges_are_trimmed_but_inner_lines_kept() -> None:
    assert clean_text("  \n first\r\n\nsecond  \n ") == "first\n\nsecond"


def test_over_the_limit_is_refused_and_exactly_the_limit_is_accepted() -> None:
    assert check_text("x" * 10, 10).problem is None
    assert check_text("x" * 11, 10).problem == "too_long"


def test_only_invisible_characters_count_as_empty() -> None:
    assert check_text("\u200b \u200d\n", 10).problem == "empty"


@given(st.text())
def test_cleaning_is_idempotent_and_leaves_no_controls(raw: str) -> None:
    once = clean_text(raw)
    assert clean_text(once) == once
    assert not any(ord(char) < 32 and char not in "\n\t" for char in once)
