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


class _References(Visitor):
    """The other messages and terms (`-name`) an entry shows inside itself."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def visit_MessageReference(self, node: ast.MessageReference) -> None:
        self.names.append(node.id.name)

    def visit_TermReference(self, node: ast.TermReference) -> None:
        self.names.append(f"-{node.id.name}")


# A line that starts an entry: a message or a term (`-name`), at the start of the line. What
# belongs to an entry is indented or blank, or starts with what no entry can start with (a
# variant `[one]` or `*[other]`, an attribute `.name`, a closing brace); comments start `#`.
_ENTRY_START = re.compile(r"(-?[a-zA-Z][a-zA-Z0-9_-]*) *=")
_GOES_ON = (" ", "[", "*", ".", "}")

Entry = ast.Message | ast.Term


def index_entries(text: str) -> dict[str, tuple[int, str]]:
    """Each message (and term, as `-name`) of a Fluent file: the line it starts on and its
    lines, found without parsing them. Of two entries with one name the last is kept, as the
    bot has always laid them on each other."""
    found: dict[str, tuple[int, str]] = {}
    name: str | None = None
    start = 0
    lines: list[str] = []

    def close() -> None:
        if name is not None:
            found[name] = (start, "".join(lines))

    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        if name is not None and (line.startswith(_GOES_ON) or not line.strip()):
            lines.append(line)
            continue
        close()
        match = _ENTRY_START.match(line)
        name, start, lines = (match.group(1), number, [line]) if match else (None, 0, [])
    close()
    return found


@dataclass(frozen=True, slots=True)
class _Source:
    """One Fluent file. A shipped file is indexed by entry, and an entry is parsed the first
    time it is used; a service's file is read `whole` (it is checked whole as the bot starts,
    and its author may lay entries out in ways the index does not follow).

    Parsing a whole shipped file took a fifth of a second or more here, where a woman's first
    replies need a handful of messages, each parsed in well under a millisecond. Every version
    of a file is read once per process (`_read`), so every Application and every test that
    loads the texts again shares what was parsed.
    """

    name: str
    text: str
    whole: bool
    # name (`-name` for a term) -> the line it starts on and its lines (none when whole)
    entries: dict[str, tuple[int, str]]
    parsed: dict[str, Entry]

    def entry(self, name: str) -> Entry | None:
        """The message or term `name`, parsed now if it is not yet."""
        parsed = self.parsed.get(name)
        if parsed is None and name in self.entries:
            body = _PARSER.parse(self.entries[name][1]).body
            if len(body) == 1 and isinstance(body[0], ast.Message | ast.Term):
                parsed = body[0]
            else:
                # Laid out in a way the index does not follow (or not valid Fluent): the
                # whole file says what it is, or which line is wrong.
                parsed = _whole(self.name, self.text).get(name)
            # Two threads may parse the same entry; either result is the same.
            if parsed is not None:
                self.parsed[name] = parsed
        return parsed

    def check_index(self) -> None:
        """Every entry, read alone as the running bot reads it, is what the whole file says
        (for `python -m bot check`)."""
        whole = _whole(self.name, self.text)
        for name in whole.keys() | self.entries.keys():
            alone, read = self.entry(name), whole.get(name)
            if alone is None or read is None or not alone.equals(read, ["span", "comment"]):
                line = self.entries[name][0] if name in self.entries else 0
                raise TextsError(
                    f"{self.name} line {line}: {name} reads differently on its own than in "
                    "the whole file (indent the lines that belong to it)"
                )

    def messages(self) -> dict[str, ast.Message]:
        """Every message, from a parse of the whole file: for the checks."""
        entries = self.parsed if self.whole else _whole(self.name, self.text)
        return {name: entry for name, entry in entries.items() if isinstance(entry, ast.Message)}


# Without source positions the parser is about twice as fast; they are found only for an error.
_PARSER = FluentParser(with_spans=False)


def _whole(name: str, text: str) -> dict[str, Entry]:
    """Every entry of a file, by name: an entry Fluent cannot read stops it, with its line."""
    entries: dict[str, Entry] = {}
    for entry in _PARSER.parse(text).body:
        if isinstance(entry, ast.Junk):
            raise TextsError(_junk_problem(name, text))
        # Of two entries with one name, the later one.
        if isinstance(entry, ast.Message):
            entries[entry.id.name] = entry
        elif isinstance(entry, ast.Term):
            entries[f"-{entry.id.name}"] = entry
    return entries


def _read(path: Path, whole: bool = False) -> _Source:
    """A locale file, read once per version of it."""
    stat = path.stat()
    return _read_version(path, stat.st_mtime_ns, stat.st_size, whole)


@functools.lru_cache(maxsize=32)
def _read_version(path: Path, _mtime_ns: int, _size: int, whole: bool) -> _Source:
    text = path.read_text(encoding="utf-8")
    if whole:
        return _Source(path.name, text, True, {}, _whole(path.name, text))
    return _Source(path.name, text, False, index_entries(text), {})


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
    """One language ready to format: its files (the shipped one first, then the service's),
    the keys they have, its common values (HTML), and a bundle that gets each entry they hold
    the first time it is used."""

    sources: tuple[_Source, ...]
    bundle: FluentBundle
    keys: frozenset[str]
    common: dict[str, str]
    added: set[str]


def _check(source: _Source, base: _Source, known: set[str]) -> None:
    """A file may only give its own wording of English's texts, with the same values."""
    for name, message in source.messages().items():
        english = base.entry(name)
        if not isinstance(english, ast.Message):
            raise TextsError(f"{source.name} names an unknown text: {name}")
        unknown = variables(message) - variables(english) - known
        if unknown:
            raise TextsError(f"{source.name} text {name} uses unknown {sorted(unknown)}")


class Texts:
    """Looks up a text by key and language and fills it in, escaping every value.

    Numbers stay numbers, so a text can choose its plural form (`{ $count -> [one] … }`). In a
    right-to-left language every inserted value is wrapped in Unicode isolates, so a number, a
    made-up name or an English title keeps its own direction inside the sentence.

    Each text is read from its file the first time it is used (in any language, by any
    Application in the process): parsing every file, which the bot once did as it started,
    took longer than the rest of the start. The service's own files are read and checked
    whole at once (`load_texts`), the shipped ones by the tests and by `python -m bot check`.
    """

    def __init__(self, files: Mapping[str, list[Path]], common: Mapping[str, str | None]) -> None:
        # language -> its shipped file, then the service's overrides (English's comes first)
        self._files = dict(files)
        self._given = dict(common)
        self._loaded: dict[str, _Language] = {}
        self._made: dict[tuple[str, str], Safe] = {}
        # A text may be formatted in a worker thread while a handler formats one too; adding
        # a language or an entry to it happens under this lock (re-entered: a language's
        # common values are texts of its own).
        self._lock = threading.RLock()

    def _language(self, language: str) -> _Language:
        loaded = self._loaded.get(language)
        if loaded is None:
            with self._lock:
                loaded = self._loaded.get(language)
                if loaded is None:
                    loaded = self._load(language)
                    self._loaded[language] = loaded
        return loaded

    def _load(self, language: str) -> _Language:
        shipped, *services = self._files[language]
        sources = (_read(shipped), *(_read(path, whole=True) for path in services))
        names = {
            name
            for source in sources
            for name in (*source.entries, *source.parsed)
            if not name.startswith("-")
        }
        common = {
            name: html.escape(value, quote=False)
            for name, value in self._given.items()
            if value is not None
        }
        bundle = FluentBundle([language], use_isolating=is_right_to_left(language))
        loaded = _Language(sources, bundle, frozenset(names), common, set())
        # A value the service left unset is each language's own `common-<name>` text.
        for name, value in self._given.items():
            if value is None:
                shown = html.unescape(self._format(loaded, f"common.{name}", {}))
                common[name] = html.escape(shown, quote=False)
        return loaded

    def _add(self, loaded: _Language, name: str) -> None:
        """Give the bundle the entry `name` and every entry it shows, parsed as needed: the
        service's wording where it has one (its files come after the shipped one). They are
        marked added only once all of them are in the bundle, so a text formatted in another
        thread meanwhile waits, and one that could not be read fails the same way again."""
        with self._lock:
            entries: dict[str, Entry] = {}
            wanted = [name]
            while wanted:
                entry_name = wanted.pop()
                if entry_name in loaded.added or entry_name in entries:
                    continue
                for source in reversed(loaded.sources):
                    entry = source.entry(entry_name)
                    if entry is not None:
                        entries[entry_name] = entry
                        references = _References()
                        references.visit(entry)
                        wanted += references.names
                        break
            loaded.bundle.add_resource(ast.Resource(list(entries.values())), allow_overrides=True)
            loaded.added.update(entries)
            loaded.added.add(name)

    def check(self) -> None:
        """Read every file whole and check it, as `load_texts` checks the service's files:
        for `python -m bot check`, which also vouches for the shipped files."""
        english = self._files[DEFAULT_LANGUAGE][0]
        base = _read(english)
        for shipped, *services in self._files.values():
            # Each file read whole (an unreadable line is named), and each text in it alone.
            _read(shipped).check_index()
            if shipped != english:
                _check(_read(shipped), base, set(self._given))
            for path in services:
                _check(_read(path, whole=True), base, set(self._given))

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

    def _format(self, loaded: _Language, key: str, values: Mapping[str, object]) -> Safe:
        name = message_id(key)
        if name not in loaded.keys:
            raise KeyError(key)
        if name not in loaded.added:
            self._add(loaded, name)
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
        base = _read(shipped[DEFAULT_LANGUAGE])
        for path in dict.fromkeys(path for paths in files.values() for path in paths[1:]):
            _check(_read(path, whole=True), base, set(common))
    return Texts(files, common)
