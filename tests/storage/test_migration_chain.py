"""Every older schema version, with a row in every table, migrates to the latest intact."""

from __future__ import annotations

from pathlib import Path

import aiosqlite
import pytest

from storage.migrations import LATEST_VERSION, MIGRATIONS, migrate

# table: (the version that created it, its columns at that version, one row).
# Later versions may add columns (with defaults) or rebuild tables, never lose these values.
ROWS: dict[str, tuple[int, str, tuple[object, ...]]] = {
    "participants": (
        1,
        "id, telegram_user_id, pseudonym, language, notify, active, joined_at, last_seen_at",
        (1, 700001, "P-AAAA", "en", "mine", 1, 100, 200),
    ),
    "feedback": (
        1,
        "id, participant_id, topic, body, created_at",
        (1, 1, "Groups", "The room is cold", 300),
    ),
    "feedback_responses": (
        1,
        "id, feedback_id, staff_user_id, body, created_at",
        (1, 1, 900001, "We fixed the heating", 400),
    ),
    "outbox": (
        1,
        "id, chat_id, participant_id, body, markup, protect, silent, created_at, not_before,"
        " status, attempts, sent_at",
        (1, 700001, 1, "Hello", '{"inline_keyboard": []}', 1, 1, 500, 500, "pending", 2, None),
    ),
    "proposals": (
        2,
        "id, author_id, title, body, status, level, outcome, limit_code, explanation,"
        " created_at, published_at",
        (1, 1, "Quiet room", "For when it is loud", "published", 2, "open", None, None, 600, 700),
    ),
    "supports": (2, "proposal_id, participant_id, created_at", (1, 1, 800)),
    "volunteers": (2, "proposal_id, participant_id, created_at", (1, 1, 810)),
    "proposal_history": (
        2,
        "id, proposal_id, event, from_level, to_level, outcome, limit_code, staff_id, staff_name,"
        " evidence, reason, created_at",
        (1, 1, "moved", 1, 2, None, None, 900001, "Sam", "6 supporters", "Popular", 850),
    ),
    "ladder_suggestions": (
        2,
        "id, proposal_id, to_level, evidence, created_at, decision, decided_by, decided_at",
        (1, 1, 2, "6 supporters", 840, "moved", 900001, 850),
    ),
    "polls": (
        3,
        "id, question, kind, limits, audience, proposal_id, quorum_kind, quorum_value,"
        " created_by, opened_at, closes_at, reminded_at, closed_at, eligible, turnout,"
        " quorum_met, winner, closed_by",
        (
            1,
            "Which day?",
            "shared",
            "Budget",
            "all",
            1,
            "count",
            3.0,
            900001,
            1000,
            2000,
            1500,
            2000,
            3,
            1,
            0,
            1,
            900001,
        ),
    ),
    "poll_options": (3, "id, poll_id, position, label, votes", (1, 1, 1, "Monday", 1)),
    "poll_voters": (3, "poll_id, participant_id", (1, 1)),
    "votes": (
        3,
        "poll_id, participant_id, position, reason, voted_at",
        (1, 1, 1, "Works for me", 1100),
    ),
    "chat_messages": (4, "participant_id, message_id, sent_at", (1, 55, 1200)),
    "safeguarding_alerts": (
        4,
        "id, participant_id, words, source, created_at, seen_by, seen_by_name, seen_at",
        (1, 1, "scared", "feedback", 1300, 900001, "Sam", 1400),
    ),
    "invite_codes": (
        4,
        "id, code_hash, created_by, created_at, expires_at, used_at",
        (1, "9f86d081884c7d65", 900001, 1500, 9999, 1550),
    ),
    "digests": (
        5,
        "period, slot_at, covers_from, covers_until, messages, queued_at",
        ("day 2026-03-05", 1600, 1500, 1600, 2, 1601),
    ),
    "erasures": (7, "id, erased_at, staff_id", (1, 1700, 900001)),
    "inbox": (
        10,
        "update_id, person, body, received_at, committed, done_at",
        (9001, 700001, '{"update_id": 9001}', 1900, 1, None),
    ),
    "drafts": (10, "telegram_user_id, data, updated_at", (700001, b"\x80\x04}\x94.", 1910)),
    "conversations": (
        10,
        "name, key, telegram_user_id, state, updated_at",
        ("feedback", "[700001, 700001]", 700001, "2", 1920),
    ),
    "link_codes": (
        11,
        "id, code_hash, participant_id, created_by, created_at, expires_at, used_at",
        (1, "5e884898da28047151d0", 1, 900001, 2000, 2100, None),
    ),
    "recognition": (
        12,
        "id, participant_id, kind, amount_minor, currency, minutes, purpose, proposal_id, level,"
        " given_at, recorded_by",
        (1, 1, "voucher", 1500, "GBP", None, "Design workshop", 1, 2, 2200, 900001),
    ),
    "forget_prompts": (13, "participant_id, expires_at", (1, 1800)),
    "retired_feedback": (
        14,
        "id, channel, created_at, first_response_at, responses",
        (1, "paper", 2300, 2400, 1),
    ),
    "retired_proposals": (
        14,
        "id, proposal_id, status, level, outcome, limit_code, channel, created_at, published_at",
        (1, 7, "published", 1, "not_possible", "funder", "telegram", 2310, 2320),
    ),
    "retired_history": (
        14,
        "id, retired_id, event, from_level, to_level, outcome, limit_code, reason, created_at",
        (1, 1, "closed", 1, None, "not_possible", "funder", "Funding ends", 2330),
    ),
    "retired_suggestions": (
        14,
        "id, retired_id, to_level, created_at, decision, decided_at",
        (1, 1, 2, 2325, "not_possible", 2330),
    ),
    "retired_recognition": (
        14,
        "id, woman, kind, amount_minor, currency, minutes, level, given_at",
        (1, 1, "time_credit", None, None, 90, 2, 2340),
    ),
    "feedback_ideas": (
        15,
        "id, feedback_id, title, staff_id, staff_name, created_at, answer, answered_at,"
        " proposal_id",
        (1, 1, "Warmer room", 900001, "Sam", 2300, "yes", 2310, 1),
    ),
    "not_yet": (
        15,
        "id, proposal_id, to_level, reason, limit_code, supporters, staff_id, staff_name,"
        " created_at, resuggested_at",
        (1, 1, 3, "After the summer", "finance", 6, 900001, "Sam", 2400, None),
    ),
    "item_drafts": (
        16,
        "id, proposal_id, version, body, file_id, file_kind, changes, audience, staff_id,"
        " staff_name, created_at",
        (1, 1, 1, "Draft one", "AgACAgIAAx", "photo", None, "volunteers", 900001, "Sam", 2500),
    ),
    "draft_comments": (
        16,
        "id, draft_id, participant_id, kind, body, created_at, outcome, reason, limit_code,"
        " decided_in",
        (1, 1, 1, "suggestion", "Bigger print", 2510, "not_taken", "Too long", "finance", 1),
    ),
    "power_records": (
        17,
        "poll_id, staff_choice, sealed_by, sealed_at, women_choice, verdict, followed,"
        " limit_code, explanation, decided_by, decided_at",
        (1, 2, "Sam", 2600, 1, "differed", "not_followed", "law", "The law says", "Sam", 2700),
    ),
    "poll_next_steps": (
        18,
        "poll_id, step, new_poll_id, option, reason, decided_by, decided_at",
        (1, "decided", None, 2, "We chose Tuesdays", "Sam", 2800),
    ),
    "service_start": (20, "started_at", (2400,)),
    "poll_domains": (23, "poll_id, domain", (1, "accessibility")),
    "decision_domains": (26, "history_id, not_yet_id, domain", (1, None, "design")),
    "item_roles": (
        27,
        "proposal_id, participant_id, stage, role, taken_at",
        (1, 1, "design", "reviewer", 2900),
    ),
    "item_reviews": (
        27,
        "id, proposal_id, review_at, set_by, set_at, sent_at, closes_at, closed_at, asked, yes,"
        " partly, no, comments",
        (1, 1, 3000, "Sam", 2950, 3000, 4000, 4000, 3, 1, 1, 0, 1),
    ),
    "review_answers": (
        27,
        "review_id, participant_id, answer, comment, answered_at",
        (1, 1, "partly", "Good, but too late in the day", 3100),
    ),
    "outbox_quotes": (28, "outbox_id, participant_id", (1, 1)),
    "staff_copies": (29, "participant_id, chat_id, message_id, sent_at", (1, -100500, 7, 900)),
}
# Columns added to an older table: a row written before the step reads back with them empty.
ADDED = [
    (
        "safeguarding_alerts",
        21,
        "contacted_by, contacted_by_name, contacted_at, closed_by, closed_by_name, closed_at",
    ),
    ("safeguarding_alerts", 25, "item_kind, item_id, outbox_id"),
    ("outbox", 25, "message_id, edit_of"),
    ("proposal_history", 27, "stage"),
    (
        "safeguarding_alerts",
        28,
        "offered_by, offered_by_name, offered_at, answer, answered_at, call_outbox_id,"
        " call_removed_at",
    ),
    ("participants", 29, "staff_copies_outlived"),
]


async def _tables(conn: aiosqlite.Connection) -> set[str]:
    async with conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ) as cursor:
        return {str(row[0]) for row in await cursor.fetchall()}


async def test_every_table_of_the_latest_schema_has_a_row_here(tmp_path: Path) -> None:
    async with aiosqlite.connect(tmp_path / "latest.sqlite3") as conn:
        await migrate(conn)
        missing = await _tables(conn) - set(ROWS)
    assert not missing, f"add a row for {sorted(missing)} to ROWS, with the version that made it"


@pytest.mark.parametrize("start", range(1, LATEST_VERSION))
async def test_a_database_at_an_older_version_keeps_every_row(tmp_path: Path, start: int) -> None:
    async with aiosqlite.connect(tmp_path / f"v{start}.sqlite3", isolation_level=None) as conn:
        await conn.execute("PRAGMA foreign_keys = ON")
        assert await migrate(conn, MIGRATIONS[:start]) == start
        present = {
            table: (columns, row)
            for table, (since, columns, row) in ROWS.items()
            if since <= start
        }
        assert set(present) == await _tables(conn)
        for table, (columns, row) in present.items():
            # Exactly one known row per table (a step may have written one of its own).
            await conn.execute(f"DELETE FROM {table}")
            marks = ", ".join("?" * len(row))
            # A step may fill its own table (service_start): the test's row replaces it.
            await conn.execute(f"DELETE FROM {table}")
            await conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", row)

        assert await migrate(conn) == LATEST_VERSION

        for table, (columns, row) in present.items():
            async with conn.execute(f"SELECT {columns} FROM {table}") as cursor:
                assert [tuple(found) for found in await cursor.fetchall()] == [row], table
        for table, since, columns in ADDED:
            if table in present and since > start:
                async with conn.execute(f"SELECT {columns} FROM {table}") as cursor:
                    rows = [tuple(found) for found in await cursor.fetchall()]
                assert rows == [(None,) * len(columns.split(","))], table
        async with conn.execute("PRAGMA integrity_check") as cursor:
            assert [tuple(found) for found in await cursor.fetchall()] == [("ok",)]
        async with conn.execute("PRAGMA foreign_key_check") as cursor:
            assert list(await cursor.fetchall()) == []
