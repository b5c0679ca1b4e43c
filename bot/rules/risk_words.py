"""Risk words: a service's list of phrases, and which of them occur in a piece of free text.

A list is one phrase per line. A word written `hit/hits/hitting` matches any of its forms, so
one line covers word forms and common misspellings; case, apostrophes (typed or not),
hyphens and runs of spaces never change what a phrase says.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

_APOSTROPHES = re.compile(r"['\u2019\u2018\u02bc`\u00b4]")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_]+")


def normalise(text: str) -> str:
    """Lower case, no apostrophes ("can't" is "cant"), one space between words."""
    return _SEPARATORS.sub(" ", _APOSTROPHES.sub("", text.casefold())).strip()


def parse_word_list(raw: str) -> tuple[str, ...]:
    """The phrases of a list written one per line; blank lines are skipped."""
    return tuple(line.strip() for line in raw.splitlines() if line.strip())


@functools.lru_cache(maxsize=8)
def merge_word_lists(raws: tuple[str, ...]) -> tuple[str, ...]:
    """Every phrase of several lists (one per language), each once, in order."""
    merged: dict[str, None] = {}
    for raw in raws:
        merged.update(dict.fromkeys(parse_word_list(raw)))
    return tuple(merged)


@dataclass(frozen=True, slots=True)
class _Phrase:
    """One line of a risk-word list as a pattern, with each word's listed forms to name the one
    that matched."""

    slots: tuple[tuple[str, ...], ...]  # each word's forms as written in the list
    pattern: re.Pattern[str]

    def label(self, match: re.Match[str]) -> str:
        """The phrase in the form that matched, as the list spells it (e.g. "hits me")."""
        words = []
        for index, forms in enumerate(self.slots):
            found = match.group(f"w{index}")
            words.append(next((f for f in forms if normalise(f) == found), forms[0]))
        return " ".join(words)


def _compile(phrase: str) -> _Phrase | None:
    slots = tuple(
        tuple(form for form in word.split("/") if normalise(form)) for word in phrase.split()
    )
    slots = tuple(forms for forms in slots if forms)
    if not slots:
        return None
    body = r"\s".join(
        f"(?P<w{index}>"
        + "|".join(sorted({re.escape(normalise(f)) for f in forms}, key=len, reverse=True))
        + ")"
        for index, forms in enumerate(slots)
    )
    return _Phrase(slots, re.compile(rf"(?<!\w){body}(?!\w)"))


@functools.lru_cache(maxsize=8)
def _phrases(words: tuple[str, ...]) -> tuple[_Phrase, ...]:
    return tuple(phrase for phrase in map(_compile, words) if phrase is not None)


def find_risk_words(text: str, words: Sequence[str]) -> list[str]:
    """The phrases of `words` found in `text` as whole words, in list order, each once, in
    the form that matched."""
    haystack = normalise(text)
    if not haystack:
        return []
    found: dict[str, None] = {}
    for phrase in _phrases(tuple(words)):
        match = phrase.pattern.search(haystack)
        if match is not None:
            found[phrase.label(match)] = None
    return list(found)
