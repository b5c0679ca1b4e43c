"""Settings: friendly forms accepted, every mistake explained in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import SettingsError, load_settings

TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef012"
_OURS = (
    *("TELEGRAM_", "STAFF_", "DATABASE_", "FEEDBACK_", "SERVICE_", "TIMEZONE", "TEXTS_"),
    *("SAFEGUARDING_", "RISK_", "ENROLMENT", "INVITE_", "SILENT_", "FLOOD_"),
    *("DIGEST_", "RESPONSE_", "WEBHOOK_"),
)


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    import os

    for name in list(os.environ):
        if name.isupper() and name.startswith(_OURS):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # type: ignore[arg-type]


def test_comma_separated_staff_ids_and_topics_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("STAFF_USER_IDS", "111, 222")
    monkeypatch.setenv("FEEDBACK_TOPICS", "Groups,Food")
    monkeypatch.setenv("STAFF_CHAT_ID", "-1001")
    settings = load_settings()
    assert settings.staff_user_ids == {111, 222}
    assert settings.feedback_topics == ("Groups", "Food")
    assert settings.safeguarding_chat_id == -1001


def test_defaults_need_only_a_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    settings = load_settings()
    assert settings.feedback_topics == ()  # each language's own topics
    assert settings.staff_user_ids == frozenset()
    assert str(settings.database_path).startswith("data")
    assert (settings.digest_frequency, settings.digest_time.isoformat()) == ("daily", "09:00:00")
    assert (settings.digest_weekday, settings.response_days) == ("monday", 7)


def test_digest_settings_accept_friendly_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("DIGEST_FREQUENCY", "Weekly")
    monkeypatch.setenv("DIGEST_TIME", "7:45")
    monkeypatch.setenv("DIGEST_WEEKDAY", "Fri")
    monkeypatch.setenv("RESPONSE_DAYS", "14")
    settings = load_settings()
    assert settings.digest_frequency == "weekly"
    assert settings.digest_time.isoformat() == "07:45:00"
    assert (settings.digest_weekday, settings.digest_weekday_number) == ("friday", 4)
    assert settings.response_days == 14


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "Setting TELEGRAM_BOT_TOKEN is missing: create a bot with @BotFather"),
        ({"TELEGRAM_BOT_TOKEN": "not-a-token"}, "TELEGRAM_BOT_TOKEN does not look like"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "STAFF_USER_IDS": "12,abc"}, "Setting STAFF_USER_IDS"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "STAFF_CHAT_ID": "staff"}, "Setting STAFF_CHAT_ID"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "TIMEZONE": "Mars/Base"}, "TIMEZONE is not a known"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "MAX_TEXT_LENGTH": "9"}, "Setting MAX_TEXT_LENGTH"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "TEXTS_FILE": "nope.toml"}, "TEXTS_FILE no file at"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "ENROLMENT": "closed"}, "ENROLMENT is not valid"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "INVITE_DAYS": "0"}, "Setting INVITE_DAYS"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "SILENT_NOTIFICATIONS": "maybe"}, "SILENT_NOTIFICATIONS"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "FLOOD_UPDATES_PER_MINUTE": "2"}, "FLOOD_UPDATES"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "RISK_WORDS": "x" * 61}, "RISK_WORDS each word"),
        (
            {"TELEGRAM_BOT_TOKEN": TOKEN, "DIGEST_FREQUENCY": "hourly"},
            "Setting DIGEST_FREQUENCY is not valid",
        ),
        (
            {"TELEGRAM_BOT_TOKEN": TOKEN, "DIGEST_TIME": "9am"},
            "Setting DIGEST_TIME is not a time of day as HH:MM: a local time as HH:MM",
        ),
        (
            {"TELEGRAM_BOT_TOKEN": TOKEN, "DIGEST_WEEKDAY": "funday"},
            "Setting DIGEST_WEEKDAY is not a day of the week: a day of the week, e.g. monday",
        ),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "RESPONSE_DAYS": "0"}, "Setting RESPONSE_DAYS"),
    ],
)
def test_a_bad_setting_is_named_in_one_line(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as raised:
        load_settings()
    message = str(raised.value)
    assert expected in message
    assert "\n" not in message
    assert TOKEN not in message


def test_safety_defaults_are_open_enrolment_quiet_notifications_and_the_default_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("STAFF_USER_IDS", "111,222")
    monkeypatch.setenv("RISK_WORDS", " , ")
    settings = load_settings()
    assert settings.enrolment == "open" and settings.invite_days == 14
    assert settings.silent_notifications is True
    assert settings.risk_words == ()  # the lists in the locale files apply
    assert settings.safeguarding_lead_ids == {111, 222}
    assert settings.flood_updates_per_minute >= 30  # a person at a steady pace never trips it


def test_risk_words_and_leads_are_read_comma_separated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("RISK_WORDS", "not safe, scared of him")
    monkeypatch.setenv("SAFEGUARDING_LEAD_IDS", "333")
    monkeypatch.setenv("ENROLMENT", "invite")
    settings = load_settings()
    assert settings.risk_words == ("not safe", "scared of him")
    assert settings.safeguarding_lead_ids == {333}
    assert settings.enrolment == "invite"


def test_the_database_key_comes_from_the_setting_or_its_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    assert load_settings().database_secret is None
    monkeypatch.setenv("DATABASE_KEY", "a passphrase of some length")
    assert load_settings().database_secret == "a passphrase of some length"
    monkeypatch.delenv("DATABASE_KEY")
    (tmp_path / "key").write_text("a passphrase from a file\n", encoding="utf-8")
    monkeypatch.setenv("DATABASE_KEY_FILE", str(tmp_path / "key"))
    assert load_settings().database_secret == "a passphrase from a file"


@pytest.mark.parametrize(
    ("key", "key_file", "expected"),
    [
        ("short", None, "Setting DATABASE_KEY is too short: use at least 16 characters"),
        (None, "missing", "Setting DATABASE_KEY_FILE cannot be read at missing"),
        ("a passphrase of some length", "key", "Setting DATABASE_KEY_FILE is set as well as"),
    ],
)
def test_a_bad_database_key_is_named(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    key: str | None,
    key_file: str | None,
    expected: str,
) -> None:
    (tmp_path / "key").write_text("a passphrase from a file\n", encoding="utf-8")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    if key is not None:
        monkeypatch.setenv("DATABASE_KEY", key)
    if key_file is not None:
        monkeypatch.setenv("DATABASE_KEY_FILE", key_file)
    with pytest.raises(SettingsError) as error:
        load_settings()
    assert str(error.value).startswith(expected)


@pytest.mark.parametrize(
    ("url", "secret", "line"),
    [
        ("https://bot.example.org/telegram", None, "Setting WEBHOOK_SECRET is missing"),
        ("http://bot.example.org/telegram", "a", "Setting WEBHOOK_URL must start with https://"),
        ("https://bot.example.org/t", "a b", "Setting WEBHOOK_SECRET is not 1 to 256 letters"),
    ],
)
def test_webhook_mode_needs_an_https_address_and_a_secret_telegram_accepts(
    monkeypatch: pytest.MonkeyPatch, url: str, secret: str | None, line: str
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("WEBHOOK_URL", url)
    if secret is not None:
        monkeypatch.setenv("WEBHOOK_SECRET", secret)
    with pytest.raises(SettingsError) as error:
        load_settings()
    assert str(error.value).startswith(line)


def test_webhook_settings_default_to_a_local_listener(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    assert load_settings().webhook_url is None
    # Plain http is fine for a server on this machine, e.g. a self-hosted Bot API server.
    monkeypatch.setenv("WEBHOOK_URL", "http://127.0.0.1:8080/telegram")
    monkeypatch.setenv("WEBHOOK_SECRET", "abc_DEF-123")
    settings = load_settings()
    assert (settings.webhook_listen, settings.webhook_port) == ("127.0.0.1", 8080)
    assert settings.webhook_secret is not None
    assert settings.webhook_secret.get_secret_value() == "abc_DEF-123"
