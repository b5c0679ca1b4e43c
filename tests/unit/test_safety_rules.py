"""Pure safety rules: risk words, flood windows, the 48-hour window, invite codes, neutrality."""

from __future__ import annotations

import logging

from fluent.syntax import FluentParser, FluentSerializer, ast
from hypothesis import given
from hypothesis import strategies as st

from bot.flood import FloodControl, SlidingWindow, Verdict
from bot.invites import hash_code, invite_link, looks_like_code, new_code, parse_count
from bot.logs import RedactSecrets
from bot.quick_exit import DELETE_WINDOW_SECONDS, batches, still_deletable
from bot.rules.risk_words import find_risk_words, parse_word_list
from bot.text_input import clean_text
from bot.texts import LOCALES_DIR, load_texts

WORDS = ("hits me", "self harm", "can't go home", "rape")


def _english_list() -> tuple[str, ...]:
    texts = load_texts({"service_name": "S", "helplines": "9"})
    return parse_word_list(texts.in_every_language("risk.words")[texts.languages.index("en")])


EN_WORDS = _english_list()


def test_risk_phrases_match_whatever_the_case_spacing_or_apostrophes() -> None:
    assert find_risk_words("He HITS\n  me often", WORDS) == ["hits me"]
    assert find_risk_words("thinking about self-harm", WORDS) == ["self harm"]
    assert find_risk_words("I can\u2019t go home tonight", WORDS) == ["can't go home"]


def test_risk_words_match_whole_words_only() -> None:
    assert find_risk_words("grapes and drapes", WORDS) == []
    assert find_risk_words("he hits meat", WORDS) == []
    assert find_risk_words("rape.", WORDS) == ["rape"]


def test_every_match_is_listed_once_in_the_services_order() -> None:
    text = "rape, hits me, and again hits me"
    assert find_risk_words(text, WORDS) == ["hits me", "rape"]


def test_hidden_characters_cannot_hide_a_risk_word_once_text_is_cleaned() -> None:
    assert find_risk_words(clean_text("sui\u200bcidal"), EN_WORDS) == ["suicidal"]


def test_ordinary_feedback_does_not_raise_alerts() -> None:
    for text in (
        "The Tuesday group is too early",
        "Could the building have a ramp?",
        "Staff were kind to me",
        "I'd like more evening sessions",
    ):
        assert find_risk_words(text, EN_WORDS) == []


@given(st.text(max_size=300))
def test_any_text_is_screened_without_error(text: str) -> None:
    found = find_risk_words(text, EN_WORDS)
    assert len(found) == len(set(found))


def test_a_window_allows_the_limit_then_warns_once_then_drops() -> None:
    window = SlidingWindow(limit=3, seconds=60)
    verdicts = [window.check(1, float(second)) for second in range(6)]
    assert verdicts == [Verdict.ALLOW] * 3 + [Verdict.WARN, Verdict.DROP, Verdict.DROP]
    assert window.check(1, 60.5) is Verdict.ALLOW  # the first one left the window
    assert window.check(2, 6.0) is Verdict.ALLOW  # someone else is not affected


def test_after_room_frees_up_a_new_flood_is_warned_again() -> None:
    window = SlidingWindow(limit=1, seconds=10)
    assert [window.check(1, t) for t in (0, 1, 2)] == [Verdict.ALLOW, Verdict.WARN, Verdict.DROP]
    assert [window.check(1, t) for t in (11, 12)] == [Verdict.ALLOW, Verdict.WARN]


def test_idle_counters_are_forgotten() -> None:
    flood = FloodControl(updates_per_minute=5, submissions_per_10_minutes=2)
    flood.update(1, 0.0)
    flood.submission(1, 0.0)
    flood.forget_idle(601.0)
    assert len(flood.updates) == 0 and len(flood.submissions) == 0


def test_only_messages_younger_than_48_hours_are_deletable() -> None:
    now = 1_000_000
    items = [(1, now - DELETE_WINDOW_SECONDS - 1), (2, now - 3600), (3, now), (2, now)]
    assert still_deletable(items, now) == [2, 3]


def test_deletions_go_in_batches_of_at_most_100() -> None:
    assert [len(batch) for batch in batches(list(range(250)))] == [100, 100, 50]
    assert batches([]) == []


def test_invite_codes_fit_a_deep_link_and_only_their_hash_is_kept() -> None:
    code = new_code()
    assert looks_like_code(code) and len(code) >= 16
    assert hash_code(code) != code and len(hash_code(code)) == 64
    assert new_code() != code
    assert invite_link("our_bot", code) == f"https://t.me/our_bot?start={code}"
    assert not looks_like_code("<b>") and not looks_like_code("x" * 65)


def test_invite_counts_are_between_1_and_20() -> None:
    assert parse_count([]) == 1
    assert parse_count(["20"]) == 20
    for wrong in (["0"], ["21"], ["-1"], ["two"], ["1", "2"]):
        assert parse_count(wrong) is None


# Words that would tell someone glancing at her phone what kind of service this is.
REVEALING = (
    "abuse",
    "abusive",
    "domestic",
    "violence",
    "refuge",
    "survivor",
    "victim",
    "perpetrator",
    "offender",
    "prison",
    "probation",
)


def test_no_built_in_text_names_abuse_or_the_kind_of_service() -> None:
    # The default helplines are the one documented exception (README: Neutral by default), and
    # the risk words are never shown to a woman: only which of them matched, to the lead.
    resource = FluentParser().parse((LOCALES_DIR / "en.ftl").read_text(encoding="utf-8"))
    messages = [entry for entry in resource.body if isinstance(entry, ast.Message)]
    assert len(messages) > 100
    lowered = "\n".join(
        FluentSerializer().serialize_entry(message).lower()
        for message in messages
        if message.id.name not in ("common-helplines", "risk-words")
    )
    assert [word for word in REVEALING if word in lowered] == []


def test_the_token_is_redacted_from_messages_and_tracebacks() -> None:
    secret = "123456:SECRET-token-abcdefghijklmnopqrstuvwxyz"
    redact = RedactSecrets([secret])
    try:
        raise ConnectionError(f"could not reach https://bot-api.invalid/bot{secret}/getMe")
    except ConnectionError as error:
        record = logging.LogRecord(
            "x", logging.ERROR, __file__, 1, "failed %s", (secret,), (type(error), error, None)
        )
    assert redact.filter(record)
    formatted = logging.Formatter().format(record)
    assert secret not in formatted and "[redacted]" in formatted
    assert "could not reach" in formatted
