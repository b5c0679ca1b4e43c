"""Every shipped language: complete, the same values, every plural form, no English left,
right-to-left text isolated around what is filled in; and every key the code uses exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel import Locale
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from bot.app import PARTICIPANT_COMMANDS, STAFF_COMMANDS
from bot.rules.risk_words import find_risk_words, merge_word_lists, parse_word_list
from bot.texts import DEFAULT_LANGUAGE, LOCALES_DIR, is_right_to_left, load_texts, variables

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = sorted(path.stem for path in LOCALES_DIR.glob("*.ftl"))
TRANSLATED = [language for language in LANGUAGES if language != DEFAULT_LANGUAGE]
FSI, PDI = "\u2068", "\u2069"

# Words that stay as they are in every language: names, commands' examples, formats.
NAMES = {
    "Telegram",
    "iPhone",
    "README",
    "EUR",
    "h",
    "min",
    "MN",
    "X",
    "CSV",
    "zip",
    "P",
    "KQ",
    "Q",
    "d",
    "days",
    "all",
    "code",
    "b",
    "i",
    "lt",
    "gt",
    "MMM",
    "EEE",
    "y",
    "dd",
    "HH",
    "mm",
}
# Everyday English words: none may appear in a translation outside commands and markup.
ENGLISH = {
    "the",
    "and",
    "you",
    "your",
    "is",
    "are",
    "of",
    "with",
    "this",
    "that",
    "for",
    "not",
    "our",
    "it",
    "be",
    "has",
    "have",
    "was",
    "will",
    "can",
    "send",
    "idea",
    "ideas",
    "poll",
    "vote",
    "feedback",
    "staff",
    "women",
    "please",
    "thank",
    "what",
    "who",
    "when",
    "here",
    "there",
    "about",
    "yes",
    "back",
    "help",
    "settings",
}


def _messages(language: str) -> dict[str, ast.Message]:
    resource = FluentParser().parse((LOCALES_DIR / f"{language}.ftl").read_text("utf-8"))
    assert not [entry for entry in resource.body if isinstance(entry, ast.Junk)], language
    return {entry.id.name: entry for entry in resource.body if isinstance(entry, ast.Message)}


class _Selectors(Visitor):
    """The variables each select expression chooses on, with the variant keys it offers."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, set[str]]] = []

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        if isinstance(node.selector, ast.VariableReference):
            keys = {
                variant.key.name if isinstance(variant.key, ast.Identifier) else variant.key.value
                for variant in node.variants
            }
            self.found.append((node.selector.id.name, keys))
        self.generic_visit(node)


def _selectors(message: ast.Message) -> list[tuple[str, set[str]]]:
    visitor = _Selectors()
    visitor.visit(message)
    return visitor.found


class _Words(Visitor):
    """The text a message shows (in every variant), without what is filled in."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def visit_TextElement(self, node: ast.TextElement) -> None:
        self.parts.append(node.value)


def _plain_text(message: ast.Message) -> str:
    """The words of a message without placeables, commands, markup or examples."""
    visitor = _Words()
    visitor.visit(message)
    text = "".join(visitor.parts)
    return re.sub(r"<code>.*?</code>|<[^>]+>|&\w+;|/\w+|\[\w+\]", " ", text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_help_lists_every_command_in_every_language(language: str) -> None:
    messages = _messages(language)

    def listed(key: str) -> set[str]:
        return set(re.findall(r"^\s*/(\w+)", _raw_text(messages[key]), re.MULTILINE))

    assert sorted(set(STAFF_COMMANDS) - listed("help-staff")) == []
    hers = set(PARTICIPANT_COMMANDS) - {"start", "help"}
    assert sorted(hers - listed("help-more")) == []


def _raw_text(message: ast.Message) -> str:
    visitor = _Words()
    visitor.visit(message)
    return "".join(visitor.parts)


def test_there_are_translations_beside_english() -> None:
    assert {"en", "pl", "ar"} <= set(LANGUAGES)


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_is_translated_with_the_same_values(language: str) -> None:
    english = _messages(DEFAULT_LANGUAGE)
    translated = _messages(language)
    assert sorted(set(english) - set(translated)) == []
    assert sorted(set(translated) - set(english)) == []
    for name, message in english.items():
        assert variables(translated[name]) == variables(message), name


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_plural_form_the_language_needs_is_written(language: str) -> None:
    needed = set(Locale.parse(language).plural_form.tags) | {"other"}
    english = _messages(DEFAULT_LANGUAGE)
    translated = _messages(language)
    checked = 0
    for name, message in english.items():
        for variable, _ in _selectors(message):
            chosen = [
                keys for selector, keys in _selectors(translated[name]) if selector == variable
            ]
            assert chosen, f"{language} {name} does not choose a form by ${variable}"
            for keys in chosen:
                assert needed <= keys, f"{language} {name} lacks {sorted(needed - keys)}"
            checked += 1
    assert checked >= 5


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_english_is_left_in_a_translation(language: str) -> None:
    english = _messages(DEFAULT_LANGUAGE)
    translated = _messages(language)
    for name, message in translated.items():
        words = set(re.findall(r"[^\W\d_]+", _plain_text(message)))
        if language == "ar":
            latin = {word for word in words if re.fullmatch("[A-Za-z]+", word)}
            assert latin <= NAMES, f"{name}: {sorted(latin - NAMES)}"
        else:
            lowered = {word.lower() for word in words}
            assert not lowered & ENGLISH, f"{name}: {sorted(lowered & ENGLISH)}"
            same = _plain_text(message).strip() == _plain_text(english[name]).strip()
            assert not same or not (lowered - {n.lower() for n in NAMES}), name


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if is_right_to_left(lang)])
def test_right_to_left_text_isolates_numbers_and_made_up_names(language: str) -> None:
    texts = load_texts({"service_name": None, "helplines": None})
    joined = texts("consent.joined", language, pseudonym="P-7KQ2")
    assert f"{FSI}P-7KQ2{PDI}" in joined
    thanks = texts("feedback.thanks", language, number=1234)
    assert f"{FSI}1234{PDI}" in thanks
    item = texts("proposals.list_item", language, number=7, title="Yoga", level="x", supporters=3)
    assert f"{FSI}Yoga{PDI}" in item and f"{FSI}7{PDI}" in item
    assert FSI not in texts("consent.joined", DEFAULT_LANGUAGE, pseudonym="P-7KQ2")


class _Shown(Visitor):
    """The variables a message shows as they are (not only chooses a plural form by)."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_Placeable(self, node: ast.Placeable) -> None:
        if isinstance(node.expression, ast.VariableReference):
            self.names.add(node.expression.id.name)
        self.generic_visit(node)


def _shown(message: ast.Message) -> set[str]:
    visitor = _Shown()
    visitor.visit(message)
    return visitor.names


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if is_right_to_left(lang)])
def test_every_value_a_right_to_left_text_shows_is_isolated(language: str) -> None:
    texts = load_texts({"service_name": None, "helplines": None})
    checked = 0
    for name, message in _messages(language).items():
        shown = _shown(message)
        if not shown or message.value is None or len(message.value.elements) == 1:
            continue  # a value alone is the whole text: it is isolated where it is put
        values = {variable: f"V{variable}" for variable in variables(message)}
        text = texts(name.replace("-", "."), language, **values)
        for variable in shown:
            assert f"{FSI}V{variable}{PDI}" in text, f"{name}: ${variable} is not isolated"
            checked += 1
    assert checked > 300


@pytest.mark.parametrize("language", LANGUAGES)
def test_built_in_lists_fit_their_settings(language: str) -> None:
    texts = load_texts({"service_name": None, "helplines": None})
    topics = texts.lines("feedback.topics", language)
    assert len(topics) == len(texts.lines("feedback.topics")) and all(len(t) <= 40 for t in topics)
    words = parse_word_list(texts.in_every_language("risk.words")[texts.languages.index(language)])
    assert len(words) >= 20 and not any("{" in word or "\u2068" in word for word in words)
    assert len(texts("profile.description", language)) <= 512
    assert len(texts("profile.short_description", language)) <= 120
    for name in texts.languages:
        assert 1 <= len(texts(f"commands.{name}", language)) <= 256 if texts.has(name) else True


def test_every_key_the_code_uses_exists_in_english() -> None:
    english = set(_messages(DEFAULT_LANGUAGE))
    sections = {name.split("-", 1)[0] for name in english}
    used: set[str] = set()
    prefixes: set[str] = set()
    for path in [*(ROOT / "bot").rglob("*.py"), *(ROOT / "handlers").rglob("*.py")]:
        source = path.read_text("utf-8")
        for match in re.finditer(r"""(f?)["']([a-z_]+)\.([a-z_0-9]*)(\{?)""", source):
            fstring, section, rest, brace = match.groups()
            if section not in sections:
                continue
            if fstring and brace:
                prefixes.add(f"{section}-{rest}")
            elif rest:
                used.add(f"{section}-{rest}")
    assert len(used) > 200
    assert sorted(used - english) == []
    for prefix in prefixes:
        assert any(name.startswith(prefix) for name in english), prefix


def test_risk_words_in_polish_and_arabic_are_found_whatever_language_she_chose() -> None:
    texts = load_texts({"service_name": None, "helplines": None})
    words = merge_word_lists(texts.in_every_language("risk.words"))
    assert find_risk_words("Wczoraj znowu bije mnie, boję się", words) == ["bije mnie"]
    assert find_risk_words("زوجي يضربني كل يوم", words) == ["يضربني"]
    assert find_risk_words("He hits me", words) == ["hits me"]
    assert find_risk_words("Zajęcia jogi są super / الجلسات جميلة", words) == []
