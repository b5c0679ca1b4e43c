"""Settings read from the environment and `.env`, with one clear line for each mistake."""

from __future__ import annotations

import re
import zoneinfo
from datetime import time
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    Field,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import ErrorDetails
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.ladder import LadderRules
from bot.rules.resuggest import Resuggest
from bot.rules.retention import RetentionPolicy
from bot.rules.stages import DEFAULT_STAGE_ROLES, StagePlan, parse_stage_roles

TOKEN_SHAPE = re.compile(r"^\d{3,12}:[A-Za-z0-9_-]{30,}$")
# What Telegram accepts as a webhook's secret_token.
WEBHOOK_SECRET_SHAPE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _split_list(value: Any) -> Any:
    """Accept `a,b,c` (the friendly form) as well as a real list."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


class Settings(BaseSettings):
    """Everything a service can set without touching code (documented in .env.example)."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,
        extra="ignore",
        frozen=True,
    )

    telegram_bot_token: SecretStr = Field(
        description="create a bot with @BotFather and put its token in .env"
    )
    telegram_api_base_url: str | None = Field(
        default=None,
        description="leave empty for Telegram, or give a self-hosted Bot API server such as "
        "http://127.0.0.1:8081",
    )
    database_path: Path = Field(
        default=Path("data/coproduction.sqlite3"), description="a file path for the database"
    )
    database_key: SecretStr | None = Field(
        default=None,
        description="a long passphrase; with it the database and its backups are encrypted",
    )
    database_key_file: Path | None = Field(
        default=None,
        description="a file holding the database passphrase (instead of DATABASE_KEY)",
    )
    staff_user_ids: Annotated[frozenset[int], NoDecode] = Field(
        default=frozenset(),
        description="comma-separated numeric Telegram user ids, e.g. 11111111,22222222",
    )
    staff_chat_id: int | None = Field(
        default=None, description="the numeric id of the staff group chat, e.g. -1001234567890"
    )
    safeguarding_chat_id: int | None = Field(
        default=None,
        description="the numeric id of the safeguarding lead's chat (defaults to STAFF_CHAT_ID)",
    )
    safeguarding_lead_ids: Annotated[frozenset[int], NoDecode] = Field(
        default=frozenset(),
        description="comma-separated numeric Telegram user ids of the staff who may mark "
        "safeguarding alerts seen, contacted and closed (defaults to STAFF_USER_IDS)",
    )
    safeguarding_hours: str = Field(
        default="",
        max_length=120,
        description="when safeguarding alerts are read, in plain words women will see, e.g. "
        "'on weekdays from 9:00 to 17:00' (empty: women are told the chat is not watched all "
        "the time)",
    )
    # Empty: the built-in lists of every shipped language (safeguarding-risk_words).
    risk_words: Annotated[tuple[str, ...], NoDecode] = Field(
        default=(),
        description="comma-separated words and phrases, each up to 60 characters "
        "(leave empty for the lists in the locale files)",
    )
    enrolment: Literal["open", "invite"] = Field(
        default="open", description="open (anyone may join) or invite (only with a staff code)"
    )
    invite_days: int = Field(
        default=14, ge=1, le=365, description="how many days an invite code works, 1 to 365"
    )
    silent_notifications: bool = Field(
        default=True, description="true (notifications make no sound) or false"
    )
    tidy_hours: int = Field(
        default=24,
        ge=0,
        le=47,
        description="hours after which the bot deletes the messages in a woman's chat, 1 to "
        "47 (Telegram allows 48), or 0 for off; each woman can change it in /settings",
    )
    flood_updates_per_minute: int = Field(
        default=40, ge=10, le=600, description="a whole number between 10 and 600"
    )
    flood_submissions_per_10_minutes: int = Field(
        default=5, ge=1, le=100, description="a whole number between 1 and 100"
    )
    outbox_messages_per_second: float = Field(
        default=25.0,
        ge=1.0,
        le=30.0,
        description="a number between 1 and 30 (Telegram takes about 30 a second from a bot)",
    )
    draft_hours: int = Field(
        default=24,
        ge=1,
        le=720,
        description="how many hours an unfinished draft is kept, a whole number from 1 to 720",
    )
    # Empty: each language's own topics (feedback-topics).
    feedback_topics: Annotated[tuple[str, ...], NoDecode] = Field(
        default=(), description="comma-separated topic names"
    )
    # Unset, these two come from each language's texts (common-service_name, common-helplines).
    service_name: str | None = Field(
        default=None, min_length=1, max_length=60, description="a short name"
    )
    helplines: str | None = Field(
        default=None,
        min_length=1,
        description="the urgent help numbers to show, lines separated by \\n",
    )
    # At most 3000, so a reply quoting an excerpt of her words still fits one Telegram message.
    max_text_length: int = Field(
        default=2000, ge=100, le=3000, description="a whole number between 100 and 3000"
    )
    title_max_length: int = Field(
        default=80, ge=20, le=200, description="a whole number between 20 and 200"
    )
    ladder_min_supporters: int = Field(
        default=5, ge=1, description="a whole number of supporters, at least 1"
    )
    ladder_supporter_share: float = Field(
        default=0.2, ge=0, le=1, description="a share between 0 and 1, e.g. 0.2 for 20%"
    )
    ladder_active_days: int = Field(
        default=90, ge=1, description="a whole number of days, at least 1"
    )
    ladder_min_volunteers: int = Field(
        default=3, ge=1, description="a whole number of volunteers, at least 1"
    )
    ladder_resuggest_margin: int = Field(
        default=3, ge=1, description="a whole number of new supporters, at least 1"
    )
    ladder_resuggest_days: int = Field(
        default=60, ge=1, description="a whole number of days, at least 1"
    )
    # Names are keys; women read them as the `stages-*` and `roles-*` texts.
    stage_roles: str = Field(
        default=DEFAULT_STAGE_ROLES,
        description="stages in order, `;` between them, each with its roles after `:`, e.g."
        " plan: reviewer; delivery: co_facilitator",
    )
    review_days: int = Field(
        default=14, ge=1, le=90, description="a whole number of days from 1 to 90"
    )
    digest_frequency: Literal["daily", "weekly", "off"] = Field(
        default="daily", description="one of daily, weekly, off"
    )
    digest_time: time = Field(default=time(9, 0), description="a local time as HH:MM, e.g. 09:00")
    digest_weekday: str = Field(
        default="monday", description="a day of the week, e.g. monday (used when weekly)"
    )
    response_days: int = Field(
        default=7,
        ge=1,
        le=365,
        description="a whole number of days between 1 and 365",
    )
    keep_feedback_days: int = Field(
        default=730, ge=1, description="a whole number of days, at least 1 (730 is two years)"
    )
    keep_ideas_days: int = Field(
        default=730, ge=1, description="a whole number of days, at least 1 (730 is two years)"
    )
    keep_vote_reasons_days: int = Field(
        default=90, ge=1, description="a whole number of days, at least 1"
    )
    keep_alerts_days: int = Field(
        default=365, ge=1, description="a whole number of days, at least 1"
    )
    keep_outbox_days: int = Field(
        default=7, ge=1, le=90, description="a whole number of days, 1 to 90"
    )
    inactive_days: int = Field(
        default=730, ge=30, description="a whole number of days, at least 30"
    )
    inactive_notice_days: int = Field(
        default=30, ge=7, le=365, description="a whole number of days, 7 to 365"
    )
    backup_dir: Path | None = Field(
        default=None,
        description="a folder for the daily backups (made private to the bot's user)",
    )
    backup_keep: int = Field(
        default=7, ge=1, le=365, description="how many daily backups to keep, 1 to 365"
    )
    texts_file: Path | None = Field(
        default=None,
        description="a Fluent (.ftl) file whose messages override the built-in texts",
    )
    recognition_currency: str = Field(
        default="GBP",
        pattern=r"^[A-Z]{3}$",
        description="a three-letter currency code such as GBP or EUR",
    )
    involvement_policy: str = Field(
        default="",
        max_length=3000,
        description="plain text (up to 3000 characters, lines separated by \\n)",
    )
    timezone: str = Field(default="Europe/London", description="an IANA time zone name")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        default="INFO", description="one of DEBUG, INFO, WARNING, ERROR"
    )
    webhook_url: str | None = Field(
        default=None,
        description="leave empty for long polling, or give the public https address Telegram "
        "sends updates to, e.g. https://bot.example.org/telegram",
    )
    webhook_listen: str = Field(
        default="127.0.0.1",
        min_length=1,
        description="the address the webhook server listens on, e.g. 127.0.0.1 behind a proxy",
    )
    webhook_port: int = Field(
        default=8080, ge=1, le=65535, description="a port number between 1 and 65535"
    )
    webhook_secret: SecretStr | None = Field(
        default=None,
        validate_default=True,
        description="1 to 256 characters, letters, digits, _ and - only, e.g. from "
        "`openssl rand -hex 32` (needed with WEBHOOK_URL)",
    )

    @field_validator("telegram_bot_token")
    @classmethod
    def _token_has_telegram_shape(cls, value: SecretStr) -> SecretStr:
        if not TOKEN_SHAPE.match(value.get_secret_value()):
            raise ValueError("does not look like a Telegram token (digits, a colon, then letters)")
        return value

    @field_validator(
        "staff_user_ids", "safeguarding_lead_ids", "feedback_topics", "risk_words", mode="before"
    )
    @classmethod
    def _comma_separated(cls, value: Any) -> Any:
        return _split_list(value)

    @field_validator("staff_user_ids", "safeguarding_lead_ids")
    @classmethod
    def _positive_ids(cls, value: frozenset[int]) -> frozenset[int]:
        if any(user_id <= 0 for user_id in value):
            raise ValueError("user ids are positive numbers")
        return value

    @field_validator("risk_words")
    @classmethod
    def _risk_words_short(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(len(word) > 60 for word in value):
            raise ValueError("each word or phrase must be 60 characters or fewer")
        return value

    @field_validator("feedback_topics")
    @classmethod
    def _short_topics(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(len(topic) > 40 for topic in value):
            raise ValueError("each topic must be 40 characters or fewer")
        return value

    @field_validator("helplines", "involvement_policy")
    @classmethod
    def _line_breaks(cls, value: str | None) -> str | None:
        return value.replace("\\n", "\n") if value is not None else None

    @field_validator("stage_roles")
    @classmethod
    def _stages_readable(cls, value: str) -> str:
        parse_stage_roles(value)
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            zoneinfo.ZoneInfo(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ValueError("is not a known time zone") from None
        return value

    @field_validator("digest_frequency", mode="before")
    @classmethod
    def _lower_frequency(cls, value: Any) -> Any:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("digest_time", mode="before")
    @classmethod
    def _clock_time(cls, value: Any) -> Any:
        if isinstance(value, str):
            match = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", value.strip())
            if match is None:
                raise ValueError("is not a time of day as HH:MM")
            return time(int(match.group(1)), int(match.group(2)))
        return value

    @field_validator("digest_weekday", mode="before")
    @classmethod
    def _known_weekday(cls, value: Any) -> Any:
        if isinstance(value, str):
            cleaned = value.strip().lower()
            found = [day for day in WEEKDAYS if len(cleaned) >= 3 and day.startswith(cleaned)]
            if len(found) != 1:
                raise ValueError("is not a day of the week")
            return found[0]
        return value

    @field_validator("telegram_api_base_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if not value:
            return None
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @field_validator("webhook_url")
    @classmethod
    def _public_https_url(cls, value: str | None) -> str | None:
        if not value:
            return None
        parts = urlsplit(value)
        local = parts.hostname in ("127.0.0.1", "localhost", "::1")
        # Telegram sends updates only to https; plain http is for a server on this machine.
        if parts.scheme != "https" and not (parts.scheme == "http" and local):
            raise ValueError("must start with https://")
        if not parts.hostname:
            raise ValueError("needs a host name, e.g. https://bot.example.org/telegram")
        return value

    @field_validator("webhook_secret")
    @classmethod
    def _secret_shape(cls, value: SecretStr | None, info: ValidationInfo) -> SecretStr | None:
        if value is None or not value.get_secret_value():
            if info.data.get("webhook_url"):
                raise ValueError("is missing (WEBHOOK_URL is set)")
            return None
        if not WEBHOOK_SECRET_SHAPE.match(value.get_secret_value()):
            raise ValueError("is not 1 to 256 letters, digits, _ or -")
        return value

    @field_validator("texts_file")
    @classmethod
    def _texts_file_exists(cls, value: Path | None) -> Path | None:
        if value is not None and not value.is_file():
            raise ValueError(f"no file at {value}")
        return value

    @field_validator("database_key")
    @classmethod
    def _long_enough(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value()) < 16:
            raise ValueError("is too short: use at least 16 characters")
        return value

    @field_validator("database_key_file")
    @classmethod
    def _key_file_readable(cls, value: Path | None, info: ValidationInfo) -> Path | None:
        if value is None:
            return None
        if info.data.get("database_key") is not None:
            raise ValueError("is set as well as DATABASE_KEY: keep one of them")
        try:
            key = value.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            raise ValueError(f"cannot be read at {value}") from None
        if len(key) < 16:
            raise ValueError(f"holds too short a key at {value}: use at least 16 characters")
        return value

    @property
    def database_secret(self) -> str | None:
        """The database key, from DATABASE_KEY or DATABASE_KEY_FILE; None when unencrypted."""
        if self.database_key is not None:
            return self.database_key.get_secret_value()
        if self.database_key_file is not None:
            return self.database_key_file.read_text(encoding="utf-8").strip()
        return None

    @model_validator(mode="after")
    def _safeguarding_defaults_to_staff(self) -> Settings:
        if self.safeguarding_chat_id is None and self.staff_chat_id is not None:
            object.__setattr__(self, "safeguarding_chat_id", self.staff_chat_id)
        if not self.safeguarding_lead_ids:
            object.__setattr__(self, "safeguarding_lead_ids", self.staff_user_ids)
        return self

    @property
    def ladder_rules(self) -> LadderRules:
        return LadderRules(
            min_supporters=self.ladder_min_supporters,
            supporter_share=self.ladder_supporter_share,
            active_days=self.ladder_active_days,
            min_volunteers=self.ladder_min_volunteers,
        )

    @property
    def retention(self) -> RetentionPolicy:
        return RetentionPolicy(
            feedback_days=self.keep_feedback_days,
            ideas_days=self.keep_ideas_days,
            vote_reason_days=self.keep_vote_reasons_days,
            alert_days=self.keep_alerts_days,
            outbox_days=self.keep_outbox_days,
            inactive_days=self.inactive_days,
            inactive_notice_days=self.inactive_notice_days,
        )

    @property
    def resuggest_rules(self) -> Resuggest:
        return Resuggest(margin=self.ladder_resuggest_margin, days=self.ladder_resuggest_days)

    @property
    def stage_plan(self) -> StagePlan:
        return parse_stage_roles(self.stage_roles)

    @property
    def digest_weekday_number(self) -> int:
        """Monday is 0, as `date.weekday()` counts."""
        return WEEKDAYS.index(self.digest_weekday)

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)


class SettingsError(Exception):
    """A setting is missing or malformed; the message is one line fit for a person."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems[0])
        self.problems = problems


def describe_errors(error: ValidationError) -> list[str]:
    """One line per setting that is missing or malformed, naming it and how to fix it."""
    return [_describe(detail) for detail in error.errors()]


_PLAIN_STARTS = ("is ", "does ", "must ", "needs ", "no ", "user ", "each ", "cannot ", "holds ")


def _describe(first: ErrorDetails) -> str:
    field = str(first["loc"][0]) if first["loc"] else ""
    name = field.upper() or "a setting"
    info = Settings.model_fields.get(field)
    hint = info.description if info is not None and info.description else ""
    if first["type"] == "missing":
        problem = "is missing"
    else:
        problem = str(first["msg"]).removeprefix("Value error, ")
        problem = problem[0].lower() + problem[1:] if problem else "is not valid"
        if not problem.startswith(_PLAIN_STARTS):
            problem = f"is not valid ({problem})"
    return f"Setting {name} {problem}: {hint}." if hint else f"Setting {name} {problem}."


def load_settings(**overrides: Any) -> Settings:
    """Read the settings, raising SettingsError with a one-line explanation."""
    try:
        return Settings(**overrides)
    except ValidationError as error:
        raise SettingsError(describe_errors(error)) from None
