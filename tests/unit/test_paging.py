"""Long messages are split under Telegram's limit at block boundaries."""

from __future__ import annotations

from bot.paging import level_and_page, page_number, split_blocks, visible_length


def test_short_blocks_stay_in_one_message() -> None:
    assert split_blocks(["<b>a</b>", "b"]) == ["<b>a</b>\n\nb"]


def test_many_blocks_are_split_without_cutting_a_tag() -> None:
    blocks = [f"<b>Item {n}</b>\n" + "word " * 60 for n in range(100)]
    chunks = split_blocks(blocks)
    assert len(chunks) > 1
    assert all(visible_length(chunk) <= 4096 for chunk in chunks)
    assert all(chunk.count("<b>") == chunk.count("</b>") for chunk in chunks)
    assert "\n\n".join(chunks) == "\n\n".join(blocks)


def test_entities_count_as_one_character() -> None:
    assert visible_length("&lt;b&gt; &amp;") == 5


def test_one_huge_line_is_cut_outside_entities() -> None:
    chunks = split_blocks(["&amp;" * 5000])
    assert all(visible_length(chunk) <= 4096 for chunk in chunks)
    assert all(chunk.count("&") == chunk.count(";") for chunk in chunks)
    assert "".join(chunks) == "&amp;" * 5000


def test_a_staff_list_page_comes_from_its_number_and_anything_else_is_the_first() -> None:
    assert page_number([]) == 0
    assert page_number(["1"]) == 0
    assert page_number(["3"]) == 2
    for nonsense in (["0"], ["-2"], ["two"], ["2", "3"], ["99999999999"]):
        assert page_number(nonsense) == 0


def test_a_list_by_level_reads_a_level_then_a_page() -> None:
    levels = ("1", "2", "3")
    assert level_and_page([], levels) == (None, 0)
    assert level_and_page(["2"], levels) == ("2", 0)
    assert level_and_page(["2", "3"], levels) == ("2", 2)
    assert level_and_page(["all", "3"], levels) == (None, 2)
    assert level_and_page(["all"], levels) == (None, 0)
    for wrong in (["9"], ["2", "0"], ["2", "x"], ["all", "2", "3"], ["x", "2"]):
        assert level_and_page(wrong, levels) is None, wrong
