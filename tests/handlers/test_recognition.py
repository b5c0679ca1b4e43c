"""The recognition log: staff record what a woman received; she sees it; reports total it."""

from __future__ import annotations

import csv
import io
import sqlite3
import zipfile

from bot.sandbox.loopback import FakeUser
from tests.handlers.test_offline import offline_feedback
from tests.handlers.test_proposals import propose, publish
from tests.harness import Harness


def _rows(bot: Harness, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return conn.execute(sql).fetchall()


async def recognise(
    bot: Harness,
    staff: FakeUser,
    pseudonym: str,
    kind: str,
    value: str,
    purpose: str,
    *,
    idea: int | None = None,
    level: str = "consultation",
) -> str:
    """Record it through the guided conversation; returns the confirmation."""
    kinds = await bot.send(staff, f"/recognise {pseudonym}")
    await bot.press(staff, kinds, kind)
    ask_item = await bot.send(staff, value)
    assert "Was it for one particular idea?" in ask_item.text, ask_item.text
    if idea is None:
        levels = await bot.press(staff, ask_item, "Not for one idea")
        await bot.press(staff, levels, level)
    else:
        await bot.send(staff, f"#{idea}")
    review = await bot.send(staff, purpose)
    assert "Check before saving" in review.text, review.text
    saved = await bot.press(staff, review, "Save")
    return saved.text


async def test_recognition_is_recorded_seen_by_her_exported_and_totalled_per_level(
    bot: Harness, staff: FakeUser
) -> None:
    alice = bot.woman("Alice")
    alice_pseudonym = await bot.join(alice)
    idea = await propose(bot, alice, "Peer mentors", "Women who have been through it")
    await publish(bot, staff, idea)
    offline = await offline_feedback(bot, staff, "I came to the group")

    saved = await recognise(
        bot, staff, alice_pseudonym, "voucher", "£25", "designing the leaflet", idea=idea
    )
    assert f"voucher of GBP 25.00 for {alice_pseudonym}" in saved
    await recognise(bot, staff, alice_pseudonym, "expenses", "7.50", "bus fares")
    await recognise(
        bot, staff, offline, "time credit", "1h30", "co-running the group", level="co-production"
    )
    await recognise(bot, staff, offline, "payment", "40 EUR", "a review panel", level="co-design")
    assert _rows(
        bot, "SELECT kind, amount_minor, currency, minutes, proposal_id, level FROM recognition"
    ) == [
        ("voucher", 2500, "GBP", None, idea, 1),
        ("expenses", 750, "GBP", None, None, 1),
        ("time_credit", None, None, 90, None, 3),
        ("payment", 4000, "EUR", None, None, 2),
    ]

    await bot.send(alice, "/mydata")
    mine = "\n".join(m.text for m in bot.fake.bot_messages(alice.id)[-3:])
    assert "What you received for your time" in mine
    assert "voucher: GBP 25.00 · for designing the leaflet" in mine
    assert "expenses: GBP 7.50 · for bus fares" in mine and "co-running" not in mine

    printed = await bot.send(staff, f"/herdata {offline}")
    assert printed.document_bytes is not None and printed.protect_content
    page = printed.document_bytes.decode("utf-8")
    assert f"Made-up name: {offline}" in page and "I came to the group" in page
    assert "time credit: 1h30 · for co-running the group" in page and "<b>" not in page
    refused = await bot.send(staff, f"/herdata {alice_pseudonym}")
    assert "uses the chat herself" in refused.text

    # By hand: consultation GBP 25.00 + GBP 7.50 from Alice (2 records, 1 woman); co-design
    # EUR 40.00 (1, 1); co-production 1h30 (1, 1); in all GBP 32.50 + EUR 40.00 + 1h30 (4, 2).
    await bot.send(staff, "/report all")
    report = "\n".join(bot.texts_in(staff.id)[-4:])
    assert "consultation: GBP 32.50 (2 records, 1 women)" in report
    assert "co-design: EUR 40.00 (1 records, 1 women)" in report
    assert "co-production: 1h30 (1 records, 1 women)" in report
    assert "All together: EUR 40.00 + GBP 32.50 + 1h30 (4 records, 2 women)" in report

    document = await bot.send(staff, "/export")
    assert document.document_bytes is not None
    with zipfile.ZipFile(io.BytesIO(document.document_bytes)) as archive:
        raw = archive.read("recognition.csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(raw)))
    assert [(r["pseudonym"], r["kind"], r["amount"], r["currency"], r["hours"]) for r in rows] == [
        (alice_pseudonym, "voucher", "25.00", "GBP", ""),
        (alice_pseudonym, "expenses", "7.50", "GBP", ""),
        (offline, "time_credit", "", "", "1.50"),
        (offline, "payment", "40.00", "EUR", ""),
    ]
    assert rows[0]["proposal_id"] == str(idea) and rows[0]["purpose"] == "designing the leaflet"


async def test_what_cannot_be_read_is_asked_again_and_nothing_is_saved_on_cancel(
    bot: Harness, staff: FakeUser
) -> None:
    pseudonym = await offline_feedback(bot, staff, "Hello")
    unknown = await bot.send(staff, "/recognise P-9999")
    assert "There is no participant with that pseudonym" in unknown.text
    kinds = await bot.send(staff, pseudonym)
    await bot.press(staff, kinds, "time credit")
    again = await bot.send(staff, "a while")
    assert "That isn't a time I can read" in again.text
    ask_item = await bot.send(staff, "2")
    again = await bot.send(staff, "#404")
    assert "There is no idea with that number" in again.text
    await bot.press(staff, ask_item, "Not for one idea")
    shown = bot.fake.bot_messages(staff.id)
    levels = next(m for m in shown if m.message_id == ask_item.message_id)
    await bot.press(staff, levels, "co-design")
    review = await bot.send(staff, "a planning day")
    cancelled = await bot.press(staff, review, "Cancel")
    assert cancelled.text == "Stopped. Nothing was saved."
    assert _rows(bot, "SELECT count(*) FROM recognition") == [(0,)]


async def test_only_staff_record_recognition_or_print_her_data(
    bot: Harness, staff: FakeUser
) -> None:
    pseudonym = await offline_feedback(bot, staff, "Hello")
    alice = bot.woman("Alice")
    await bot.join(alice)
    for command in (f"/recognise {pseudonym}", f"/herdata {pseudonym}"):
        answer = await bot.send(alice, command)
        assert "Sorry, I didn't understand that." in answer.text
    assert _rows(bot, "SELECT count(*) FROM recognition") == [(0,)]


async def test_women_read_the_involvement_policy_from_the_menu(
    bot: Harness, staff: FakeUser
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    menu = await bot.send(alice, "/menu")
    policy = await bot.press(alice, menu, "Thanks for your time")
    assert "We have not written down how we thank people" in policy.text


async def test_the_policy_is_the_services_own_text(bot: Harness) -> None:
    settings = bot.runtime.settings.model_copy(
        update={"involvement_policy": "We give a £10 voucher for\nevery group you help run."}
    )
    bot.runtime.settings = settings
    alice = bot.woman("Alice")
    answer = await bot.send(alice, "/policy")
    assert "How we thank you for your time" in answer.text
    assert "We give a £10 voucher for\nevery group you help run." in answer.text
