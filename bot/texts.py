"""User-facing text: keyed locale files, service overrides, and HTML-escaping of every value."""

from __future__ import annotations

import html
import string
import tomllib
from collections.abc import Mapping
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

LOCALES_DIR = Path(__file__).parent / "locales"
DEFAULT_LANGUAGE = "en"


class Safe(str):
    """A value that is already HTML (built from texts), so it is not escaped again."""

    __slots__ = ()


class TextsError(ValueError):
    """A locale or override file is malformed."""


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, f"{name}."))
        elif isinstance(value, str):
            flat[name] = value
        else:
            raise TextsError(f"text {name} must be a string")
    return flat


def _read(path: Path) -> dict[str, str]:
    try:
        with path.open("rb") as handle:
            return _flatten(tomllib.load(handle))
    except tomllib.TOMLDecodeError as error:
        raise TextsError(f"{path.name} is not valid TOML ({error})") from None


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


class Texts:
    """Looks up a text by key and language and fills it in, escaping every value."""

    def __init__(self, tables: dict[str, dict[str, str]], common: Mapping[str, str]) -> None:
        self._tables = tables
        self._common = {name: html.escape(value, quote=False) for name, value in common.items()}

    @property
    def languages(self) -> list[str]:
        return sorted(self._tables)

    def language_name(self, language: str) -> str:
        return self._tables[language].get("language.name", language)

    def in_every_language(self, key: str) -> tuple[str, ...]:
        """The text `key` as written (not filled in) in each language, e.g. word lists."""
        base = self._tables[DEFAULT_LANGUAGE][key]
        return tuple(self._tables[language].get(key, base) for language in self.languages)

    def has(self, key: str) -> bool:
        return key in self._tables[DEFAULT_LANGUAGE]

    def when(
        self, timestamp: int, zone: tzinfo, style: str = "day", language: str = DEFAULT_LANGUAGE
    ) -> Safe:
        """A date (and time) in the service's zone, with month and day names from the texts.

        Styles are the `dates.*` texts: day, moment, short, long, short_weekday.
        """
        moment = datetime.fromtimestamp(timestamp, zone)
        months = self("dates.months", language).split()
        weekdays = self("dates.weekdays", language).split()
        return self(
            f"dates.{style}",
            language,
            day=moment.strftime("%d"),
            month=Safe(months[moment.month - 1]),
            year=moment.year,
            time=moment.strftime("%H:%M"),
            weekday=Safe(weekdays[moment.weekday()]),
        )

    def __call__(self, key: str, language: str = DEFAULT_LANGUAGE, /, **values: object) -> Safe:
        table = self._tables.get(language, self._tables[DEFAULT_LANGUAGE])
        template = table.get(key) or self._tables[DEFAULT_LANGUAGE][key]
        escaped = {
            name: value if isinstance(value, Safe) else html.escape(str(value), quote=False)
            for name, value in values.items()
        }
        return Safe(template.format_map({**self._common, **escaped}))


def load_texts(
    common: Mapping[str, str],
    override_file: Path | None = None,
    locales_dir: Path = LOCALES_DIR,
) -> Texts:
    """Read every `<language>.toml`, then lay the service's overrides on top.

    An override file holds plain keys (applied to every language) and optionally
    `[<language>]` tables for one language only.
    """
    tables = {path.stem: _read(path) for path in sorted(locales_dir.glob("*.toml"))}
    if DEFAULT_LANGUAGE not in tables:
        raise TextsError(f"no {DEFAULT_LANGUAGE}.toml in {locales_dir}")
    base = tables[DEFAULT_LANGUAGE]
    if override_file is not None:
        overrides = _read(override_file)
        for key, value in overrides.items():
            language, _, rest = key.partition(".")
            targets = [language] if language in tables and rest in base else list(tables)
            name = rest if language in tables and rest in base else key
            if name not in base:
                raise TextsError(f"{override_file.name} names an unknown text: {key}")
            for target in targets:
                tables[target][name] = value
    for language, table in tables.items():
        for key, template in table.items():
            if key not in base:
                raise TextsError(f"{language}.toml has a text that en.toml lacks: {key}")
            unknown = _fields(template) - _fields(base[key]) - set(common)
            if unknown:
                raise TextsError(f"{language}.toml text {key} uses unknown {sorted(unknown)}")
    return Texts(tables, common)
