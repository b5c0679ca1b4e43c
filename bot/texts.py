"""User-facing text: Fluent locale files, service overrides, escaping and bidi isolation."""

from __future__ import annotations

import functools
import html
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_datetime
from fluent.runtime import FluentBundle
from fluent.runtime.types import fluent_number
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

LOCALES_DIR = Path(__file__).parent / "locales"
DEFAULT_LANGUAGE = "en"
SUFFIX = ".ftl"


class Safe(str):
    """A value that is already HTML (built from texts), so it is not escaped again."""

    __slots__ = ()


class TextsError(ValueError):
    """A locale or override file is malformed."""


def message_id(key: str) -> str:
    """The Fluent message behind a text key: `consent.agree` is `consent-agree`."""
    return key.replace(".", "-")


class _Variables(Visitor):
    """Collects the `$names` a message fills in (in its value, variants and attributes)."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)


def variables(message: ast.Message) -> set[str]:
    visitor = _Variables()
    visitor.visit(message)
    return visitor.names


@dataclass(frozen=True, slots=True)
class _Source:
    """One parsed Fluent file: its messages (for checks) and the tree the runtime formats."""

    name: str
    messages: dict[str, ast.Message]
    resource: ast.Resource


def _parse(path: Path) -> _Source:
    """A locale file, parsed once per version of it: every Application (and every test) that
    loads the texts again reuses the parse, which is most of the cost of loading."""
    stat = path.stat()
    return _parse_version(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=32)
def _parse_version(path: Path, _mtime_ns: int, _size: int) -> _Source:
    text = path.read_text(encoding="utf-8")
    # One parse serves both the checks and the runtime (a FluentBundle takes the same tree).
    # Without source positions it is about twice as fast; they are found only for an error.
    resource = FluentParser(with_spans=False).parse(text)
    messages: dict[str, ast.Message] = {}
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            raise TextsError(_junk_problem(path.name, text))
        if isinstance(entry, ast.Message):
            messages[entry.id.name] = entry
    return _Source(path.name, messages, resource)


def _junk_problem(name: str, text: str) -> str:
    """Where the first unreadable entry of a Fluent file is, and why, in one line."""
    resource = FluentParser(with_spans=True).parse(text)
    entry = next(entry for entry in resource.body if isinstance(entry, ast.Junk))
    line = text.count("\n", 0, entry.span.start) + 1 if entry.span else 0
    problem = entry.annotations[0].message if entry.annotations else "cannot be read"
    return f"{name} line {line} is not valid Fluent ({problem})"


def is_right_to_left(language: str) -> bool:
    try:
        return bool(Locale.parse(language).character_order == "right-to-left")
    except (UnknownLocaleError, ValueError):
        return False


def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return Locale.parse(DEFAULT_LANGUAGE)


@dataclass(frozen=True, slots=True)
class _Language:
    """One language ready to format: its bundle, the keys it has, its common values (HTML)."""

    bundle: FluentBundle
    keys: frozenset[str]
    common: dict[str, str]


def _check(source: _Source, base: Mapping[str, ast.Message], known: set[str]) -> None:
    """A file may only give its own wording of English's texts, with the same values."""
    for name, message in source.messages.items():
        if name not in base:
            raise TextsError(f"{source.name} names an unknown text: {name}")
        unknown = variables(message) - variables(base[name]) - known
        if unknown:
            raise TextsError(f"{source.name} text {name} uses unknown {sorted(unknown)}")


class Texts:
    """Looks up a text by key and language and fills it in, escaping every value.

    Numbers stay numbers, so a text can choose its plural form (`{ $count -> [one] … }`). In a
    right-to-left language every inserted value is wrapped in Unicode isolates, so a number, a
    made-up name or an English title keeps its own direction inside the sentence.

    Each language is read from its file when it is first used, or by `load`, which the bot
    calls in a worker thread as it starts: parsing every file before the first getUpdates was
    most of the time the bot took to start. The service's own files are checked at once.
    """

    def __init__(self, files: Mapping[str, list[Path]], common: Mapping[str, str | None]) -> None:
        # language -> its shipped file, then the service's overrides (English's comes first)
        self._files = dict(files)
        self._given = dict(common)
        self._loaded: dict[str, _Language] = {}
        self._made: dict[tuple[str, str], Safe] = {}
        # Loading may run in a worker thread while a handler asks for the same language.
        self._lock = threading.Lock()

    def _language(self, language: str) -> _Language:
        loaded = self._loaded.get(language)
        if loaded is None:
            with self._lock:
                loaded = self._loaded.get(language)
                if loaded is None:
                    loaded = self._load(language)
                    self._loaded[language] = loaded
        return loaded

    def base(self) -> dict[str, ast.Message]:
        """English's messages: every other file gives its own wording of these."""
        return _parse(self._files[DEFAULT_LANGUAGE][0]).messages

    def _load(self, language: str) -> _Language:
        known = set(self._given)
        base = self.base()
        bundle = FluentBundle([language], use_isolating=is_right_to_left(language))
        names: set[str] = set()
        for path in self._files[language]:
            source = _parse(path)
            _check(source, base, known)
            names.update(source.messages)
            bundle.add_resource(source.resource, allow_overrides=True)
        common = {
            name: html.escape(value, quote=False)
            for name, value in self._given.items()
            if value is not None
        }
        loaded = _Language(bundle, frozenset(names), common)
        # A value the service left unset is each language's own `common-<name>` text.
        for name, value in self._given.items():
            if value is None:
                shown = html.unescape(self._format(loaded, f"common.{name}", {}))
                common[name] = html.escape(shown, quote=False)
        return loaded

    def load(self, *languages: str) -> None:
        """Read these languages now, or every language (each file is checked as it is read)."""
        for language in languages or tuple(self._files):
            self._language(language)

    @property
    def languages(self) -> list[str]:
        return sorted(self._files)

    def language_name(self, language: str) -> str:
        return self("language.name", language) if language in self._files else language

    def in_every_language(self, key: str) -> tuple[str, ...]:
        """The text `key` as each language writes it (a word list, not filled in), in plain
        characters: no HTML escapes, no isolates."""
        return tuple(
            html.unescape(self(key, language)).replace("\u2068", "").replace("\u2069", "")
            for language in self.languages
        )

    def has(self, key: str, language: str = DEFAULT_LANGUAGE) -> bool:
        return language in self._files and message_id(key) in self._language(language).keys

    def right_to_left(self, language: str) -> bool:
        return is_right_to_left(language)

    def when(
        self, timestamp: int, zone: tzinfo, style: str = "day", language: str = DEFAULT_LANGUAGE
    ) -> Safe:
        """A date (and time) in the service's zone, with month and day names in her language.

        Styles are the `dates.*` texts, each a CLDR date pattern: day, moment, short, long,
        short_weekday.
        """
        moment = datetime.fromtimestamp(timestamp, zone)
        pattern = html.unescape(self(f"dates.{style}", language))
        shown = format_datetime(moment, pattern, tzinfo=zone, locale=_locale(language))
        return Safe(html.escape(shown, quote=False))

    def lines(self, key: str, language: str = DEFAULT_LANGUAGE) -> tuple[str, ...]:
        """A text that lists one item a line (topics, risk words), as plain strings."""
        shown = html.unescape(self(key, language))
        return tuple(line.strip() for line in shown.splitlines() if line.strip())

    def __call__(self, key: str, language: str = DEFAULT_LANGUAGE, /, **values: object) -> Safe:
        if values:
            return self._fill(key, language, values)
        # A text with nothing to fill in is the same every time: made once.
        made = self._made.get((key, language))
        if made is None:
            made = self._made[(key, language)] = self._fill(key, language, values)
        return made

    def _fill(self, key: str, language: str, values: Mapping[str, object]) -> Safe:
        if not self.has(key, language):
            language = DEFAULT_LANGUAGE
        return self._format(self._language(language), key, values)

    @staticmethod
    def _format(loaded: _Language, key: str, values: Mapping[str, object]) -> Safe:
        name = message_id(key)
        if name not in loaded.keys:
            raise KeyError(key)
        pattern = loaded.bundle.get_message(name).value
        if pattern is None:
            raise KeyError(key)
        # Strings go in as short markers, swapped for the escaped value afterwards: Fluent
        # refuses long values (a guard against runaway messages), and her words may be long.
        strings: list[str] = []
        arguments: dict[str, object] = {}
        common = [(name, value, True) for name, value in loaded.common.items()]
        given = [(name, value, False) for name, value in values.items()]
        for value_name, value, ready in common + given:
            if isinstance(value, int) and not isinstance(value, bool):
                # Numbers stay numbers, for plural forms; no separators, so #1234 stays as is.
                arguments[value_name] = fluent_number(value, useGrouping=False)
            else:
                arguments[value_name] = f"\ue000{len(strings)}\ue001"
                strings.append(_escaped(value, ready))
        result, errors = loaded.bundle.format_pattern(pattern, arguments)
        if errors or not isinstance(result, str):
            raise KeyError(f"{key}: {errors[0] if errors else 'no text'}")
        return Safe(_MARKER.sub(lambda match: strings[int(match.group(1))], result))


_MARKER = re.compile("\ue000(\\d+)\ue001")


def _escaped(value: object, ready: bool) -> str:
    """Everything is escaped unless it is already HTML (Safe, or a common value escaped once)."""
    if ready or isinstance(value, Safe):
        return str(value)
    return html.escape(str(value), quote=False)


def override_files(override_file: Path, languages: Iterable[str]) -> dict[str, list[Path]]:
    """The files a service's TEXTS_FILE stands for: `texts.ftl` for every language, and
    `texts.<language>.ftl` beside it for that language only."""
    found: dict[str, list[Path]] = {}
    for language in languages:
        paths = [override_file]
        own = override_file.with_name(f"{override_file.stem}.{language}{override_file.suffix}")
        if own.is_file() and own != override_file:
            paths.append(own)
        found[language] = paths
    return found


def load_texts(
    common: Mapping[str, str | None],
    override_file: Path | None = None,
    locales_dir: Path = LOCALES_DIR,
) -> Texts:
    """Every `<language>.ftl`, with the service's overrides laid on top (read when used).

    `common` values (service_name, helplines) are filled in everywhere; a value of None is
    taken from each language's own `common-<name>` text instead.
    """
    shipped = {
        path.stem: path for path in sorted(locales_dir.glob(f"*{SUFFIX}")) if "." not in path.stem
    }
    if override_file is not None and override_file.suffix == ".toml":
        raise TextsError(
            f"{override_file.name} is in the old TOML format: convert it with "
            f"scripts/toml_to_ftl.py {override_file.name} --override "
            f"{override_file.with_suffix(SUFFIX).name}, then set TEXTS_FILE to the .ftl file"
        )
    if DEFAULT_LANGUAGE not in shipped:
        raise TextsError(f"no {DEFAULT_LANGUAGE}{SUFFIX} in {locales_dir}")
    files = {language: [path] for language, path in shipped.items()}
    if override_file is not None:
        for language, paths in override_files(override_file, shipped).items():
            files[language] += paths
        # The service's own files are checked now: a mistake in them stops the bot before it
        # starts, whichever language they are for.
        base = _parse(shipped[DEFAULT_LANGUAGE]).messages
        for path in dict.fromkeys(path for paths in files.values() for path in paths[1:]):
            _check(_parse(path), base, set(common))
    return Texts(files, common)
