"""The English risk list against a corpus: everyday phrasing that must alert, and ordinary
feedback that must not."""

from __future__ import annotations

import pytest

from bot.rules.risk_words import find_risk_words, parse_word_list
from bot.text_input import clean_text
from bot.texts import load_texts

_TEXTS = load_texts({"service_name": "S", "helplines": "9"})
EN_WORDS = parse_word_list(_TEXTS.in_every_language("risk.words")[_TEXTS.languages.index("en")])

MUST_ALERT = (
    "he hurt me again last night",
    "He punched me",
    "he kicked me in the stomach",
    "my partner slapped me",
    "I'm scared of him",
    "Im scared of him when he drinks",
    "im scard of my husband",
    "I'm terrified of my ex",
    "he keeps threatening me",
    "my ex is threatening to take the kids",
    "he threatning me",
    "I dont feel safe",
    "I don\u2019t feel safe at all",
    "I want to kill myself",
    "i wanna die",
    "thinking about sucide",
    "feeling suicidal",
    "he says he's gonna kill me",
    "he said he will kill me",
    "she strangled me",
    "he choaked me",
    "I can't go home tonight",
    "cant go home",
    "he wont let me leave the house",
    "he beat me up",
    "I've been hurting myself",
    "I have been self-harming",
    "I am in danger",
    "i'm afraid for my life",
    "HE HITS ME",
    "he hitting me",
    "I took an overdose",
)

MUST_NOT_ALERT = (
    "The Tuesday group is too early",
    "Could the building have a ramp?",
    "Staff were kind to me",
    "I'd like more evening sessions",
    "The new timetable is a real hit with me",
    "I kicked off the meeting with a question",
    "The cake at the coffee morning was to die for",
    "I'm scared of spiders in the basement",
    "My son hit his head at the playground last week",
    "She punched the numbers into the form for me",
    "The stairs are not safe for buggies",
    "I can't go to the group on Monday",
    "We pushed for a ramp for years",
    "Please don't end the evening sessions",
    "Beat the rush: come early",
    "My back is killing me after the chairs in the hall",
    "The leaflet's phone number is wrong",
    "I'd love to help design the garden",
    "The heating in the hall is off again",
    "It was a scary film night but fun",
)


@pytest.mark.parametrize("phrase", MUST_ALERT)
def test_everyday_phrasing_of_danger_raises_an_alert(phrase: str) -> None:
    assert find_risk_words(clean_text(phrase), EN_WORDS) != []


@pytest.mark.parametrize("sentence", MUST_NOT_ALERT)
def test_ordinary_sentences_raise_no_alert(sentence: str) -> None:
    assert find_risk_words(clean_text(sentence), EN_WORDS) == []


def test_the_alert_names_the_form_that_matched_not_the_whole_list_line() -> None:
    assert find_risk_words("he punched me", EN_WORDS) == ["punched me"]
    assert find_risk_words("im scard of him", EN_WORDS) == ["scard of him"]


def test_one_line_per_phrase_and_blank_lines_are_skipped() -> None:
    assert parse_word_list("\n  hit/hits me \n\nin danger\n") == ("hit/hits me", "in danger")
