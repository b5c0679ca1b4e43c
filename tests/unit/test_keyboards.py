"""Keyboards: fixed ones are made once and shared; those about particular items never kept."""

from __future__ import annotations

from handlers.common import keyboard


def test_a_keyboard_leading_to_fixed_places_is_made_once() -> None:
    menu = [[("Ideas", "menu:ideas"), ("Vote", "menu:vote")], [("Leave", "qx")]]
    first, again = keyboard(menu), keyboard([list(row) for row in menu])
    assert first is not None and first is again
    assert [[button.callback_data for button in row] for row in first.inline_keyboard] == [
        ["menu:ideas", "menu:vote"],
        ["qx"],
    ]


def test_a_keyboard_about_particular_items_is_made_afresh_each_time() -> None:
    # An idea's title may be her own words: such labels are not kept in memory.
    ideas = [[("My private title", "idea:42")]]
    first, again = keyboard(ideas), keyboard(ideas)
    assert first is not None and again is not None
    assert first is not again
    assert first.inline_keyboard[0][0].text == "My private title"
    assert keyboard([]) is None
