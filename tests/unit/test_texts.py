"""Texts: every key present, every value escaped, overrides without code."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.texts import LOCALES_DIR, Safe, TextsError, load_texts

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
    override = tmp_path / "ours.toml"
    override.write_text('[consent]\nagree = "Yes, count me in"\n', encoding="utf-8")
    assert load_texts(COMMON, override)("consent.agree") == "Yes, count me in"


def test_an_override_of_an_unknown_key_is_refused(tmp_path: Path) -> None:
    override = tmp_path / "ours.toml"
    override.write_text('[consent]\nagre = "typo"\n', encoding="utf-8")
    with pytest.raises(TextsError, match=r"unknown text: consent\.agre"):
        load_texts(COMMON, override)


def test_every_text_renders_with_its_own_placeholders() -> None:
    texts = load_texts(COMMON)
    import string
    import tomllib

    with (LOCALES_DIR / "en.toml").open("rb") as handle:
        table = tomllib.load(handle)
    flat = {}
    for section, values in table.items():
        for key, template in values.items():
            flat[f"{section}.{key}"] = template
    for key, template in flat.items():
        names = {n for _, n, _, _ in string.Formatter().parse(template) if n} - set(COMMON)
        texts(key, **{name: "x" for name in names})


def test_dates_take_month_and_day_names_from_the_texts(tmp_path: Path) -> None:
    from zoneinfo import ZoneInfo

    override = tmp_path / "ours.toml"
    override.write_text('[dates]\nmonths = "I II III IV V VI VII VIII IX X XI XII"\n', "utf-8")
    texts = load_texts(COMMON, override)
    london = ZoneInfo("Europe/London")
    assert texts.when(1_795_600_000, london) == "25 XI 2026"
    assert load_texts(COMMON).when(1_795_600_000, london, "long") == "Wed 25 Nov 2026, 09:46"
