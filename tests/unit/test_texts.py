"""Texts: every key present, every value escaped, overrides without code."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.texts import Safe, TextsError, load_texts

COMMON = {"service_name": "Women & Co", "helplines": "999"}


def test_participant_strings_are_escaped_but_template_html_is_kept() -> None:
    texts = load_texts(COMMON)
    rendered = texts("feedback.review", topic="Groups", body="<b>hi</b> & co")
    assert "&lt;b&gt;hi&lt;/b&gt; &amp; co" in rendered
    assert "<b>Groups</b>" in rendered


def test_safe_values_are_not_escaped_twice() -> None:
    texts = load_texts(COMMON)
    assert "<b>x</b>" in texts(
        "staff.feedback_item", number=1, pseudonym="P", date="d", state=Safe("<b>x</b>"), body="b"
    )


def test_service_name_is_filled_in_and_escaped() -> None:
    assert "Women &amp; Co" in load_texts(COMMON)("consent.screen")


def test_a_service_overrides_a_text_from_its_own_file(tmp_path: Path) -> None:
    override = tmp_path / "ours.ftl"
    override.write_text("consent-agree = Yes, count me in\n", encoding="utf-8")
    assert load_texts(COMMON, override)("consent.agree") == "Yes, count me in"


def test_an_override_for_one_language_sits_beside_the_file(tmp_path: Path) -> None:
    override = tmp_path / "ours.ftl"
    override.write_text("consent-agree = Yes, count me in\n", encoding="utf-8")
    (tmp_path / "ours.pl.ftl").write_text("consent-agree = Tak, dołączam\n", encoding="utf-8")
    texts = load_texts(COMMON, override)
    assert texts("consent.agree", "pl") == "Tak, dołączam"
    assert texts("consent.agree", "en") == "Yes, count me in"


def test_an_override_of_an_unknown_key_is_refused(tmp_path: Path) -> None:
    override = tmp_path / "ours.ftl"
    override.write_text("consent-agre = typo\n", encoding="utf-8")
    with pytest.raises(TextsError, match=r"unknown text: consent-agre"):
        load_texts(COMMON, override)


def test_an_override_filling_in_an_unknown_value_is_refused(tmp_path: Path) -> None:
    override = tmp_path / "ours.ftl"
    override.write_text("consent-agree = Yes { $name }\n", encoding="utf-8")
    with pytest.raises(TextsError, match=r"consent-agree uses unknown \['name'\]"):
        load_texts(COMMON, override)


def test_an_old_toml_override_is_refused_with_the_way_to_convert_it(tmp_path: Path) -> None:
    override = tmp_path / "ours.toml"
    override.write_text('[consent]\nagree = "Yes"\n', encoding="utf-8")
    with pytest.raises(TextsError, match=r"scripts/toml_to_ftl\.py"):
        load_texts(COMMON, override)


def test_broken_fluent_is_refused_with_its_line(tmp_path: Path) -> None:
    override = tmp_path / "ours.ftl"
    override.write_text("consent-agree = Yes\n\nconsent-decline = { $\n", encoding="utf-8")
    with pytest.raises(TextsError, match=r"ours\.ftl line 3 is not valid Fluent"):
        load_texts(COMMON, override)


def test_unset_service_name_and_helplines_come_from_each_language() -> None:
    texts = load_texts({"service_name": None, "helplines": None})
    assert "Have your say" in texts("consent.screen")
    assert "0808 2000 247" in texts("safeguarding.reply")


def test_numbers_choose_the_plural_form_and_keep_no_separators() -> None:
    texts = load_texts(COMMON)
    one = texts("proposals.list_item", number=1234, title="t", level="l", supporters=1)
    many = texts("proposals.list_item", number=1234, title="t", level="l", supporters=3)
    assert "#1234" in one and "1 supporting" in one and "3 supporting" in many


def test_dates_take_month_and_day_names_from_the_language(tmp_path: Path) -> None:
    from zoneinfo import ZoneInfo

    override = tmp_path / "ours.ftl"
    override.write_text("dates-day = d MMMM y\n", encoding="utf-8")
    london = ZoneInfo("Europe/London")
    assert load_texts(COMMON, override).when(1_795_600_000, london) == "25 November 2026"
    assert load_texts(COMMON).when(1_795_600_000, london, "long") == "Wed 25 Nov 2026, 09:46"


def test_each_shipped_text_read_alone_is_the_text_read_with_its_whole_file() -> None:
    from fluent.syntax import FluentParser, ast

    from bot.texts import LOCALES_DIR, index_entries

    for path in sorted(LOCALES_DIR.glob("*.ftl")):
        text = path.read_text(encoding="utf-8")
        whole = {
            entry.id.name: entry
            for entry in FluentParser(with_spans=False).parse(text).body
            if isinstance(entry, ast.Message)
        }
        index = index_entries(text)
        assert set(index) == set(whole), path.name
        for name, (_, lines) in index.items():
            [alone] = FluentParser(with_spans=False).parse(lines).body
            # The same text; only the comment above it, for translators, is not kept.
            assert alone.equals(whole[name], ignored_fields=["span", "comment"]), name


def test_a_service_file_may_lay_out_its_texts_any_way_fluent_allows(tmp_path: Path) -> None:
    override = tmp_path / "ours.ftl"
    # Variants and the closing brace at the start of a line are valid Fluent, and a text may
    # show another text (shipped or the service's own) and a term.
    override.write_text(
        "-us = Our group\n"
        "proposals-list_item = { -us } #{ $number }: { $supporters ->\n"
        "[one] one\n"
        "*[other] { consent-decline }\n"
        "}\n",
        encoding="utf-8",
    )
    texts = load_texts(COMMON, override)
    item = {"number": 12, "title": "t", "level": "l"}
    decline = texts("consent.decline")
    assert texts("proposals.list_item", supporters=2, **item) == f"Our group #12: {decline}"
    assert texts("proposals.list_item", supporters=1, **item) == "Our group #12: one"


def test_a_shipped_text_fluent_cannot_read_is_named_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "en.ftl").write_text(
        "# A comment\ngood = Fine\n    and more\n\nbroken = { $\n", encoding="utf-8"
    )
    texts = load_texts(COMMON, locales_dir=tmp_path)
    # The other texts of the file still work: each is read when it is first used.
    assert texts("good") == "Fine\nand more"
    with pytest.raises(TextsError, match=r"en\.ftl line 5 is not valid Fluent"):
        texts("broken")
    with pytest.raises(TextsError, match=r"en\.ftl line 5 is not valid Fluent"):
        texts.check()


def test_the_check_reads_every_shipped_file_whole() -> None:
    texts = load_texts(COMMON)
    texts.check()


def test_variants_attributes_and_braces_at_the_start_of_a_line_belong_to_their_text(
    tmp_path: Path,
) -> None:
    (tmp_path / "en.ftl").write_text(
        "count = { $n ->\n[one] one\n*[other] many\n}\n"
        "titled = Shown\n.title = Kept\n"
        "spread = { NUMBER(\n$n\n) } items\n",
        encoding="utf-8",
    )
    texts = load_texts(COMMON, locales_dir=tmp_path)
    assert texts("count", n=1) == "one" and texts("count", n=2) == "many"
    assert texts("spread", n=3) == "3 items"
    texts.check()


def test_a_text_given_twice_in_a_file_is_its_later_wording(tmp_path: Path) -> None:
    override = tmp_path / "ours.ftl"
    override.write_text(
        "consent-agree = Old wording\nconsent-agree = New wording\n", encoding="utf-8"
    )
    assert load_texts(COMMON, override)("consent.agree") == "New wording"
    (tmp_path / "en.ftl").write_text("hello = Hi\nhello = Hello\n", encoding="utf-8")
    assert load_texts(COMMON, locales_dir=tmp_path)("hello") == "Hello"
