"""The export from a prepared database: CSVs that read back whole and name nobody."""

from __future__ import annotations

import csv
import io
import sqlite3
import zipfile
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.export import export_tables, export_zip, safe_text, write_folder
from tests.prepared import HOSTILE, STAFF_TELEGRAM_ID, TELEGRAM_IDS, prepared_database

LONDON = ZoneInfo("Europe/London")
FILES = {
    "participants": "participants",
    "feedback": "feedback",
    "feedback_responses": "feedback_responses",
    "proposals": "proposals",
    "proposal_history": "proposal_history",
    "ladder_suggestions": "ladder_suggestions",
    "supports": "supports",
    "volunteers": "volunteers",
    "polls": "polls",
    "poll_options": "poll_options",
    "recognition": "recognition",
    "erasures": "erasures",
    "feedback_ideas": "feedback_ideas",
    "not_yet": "not_yet",
    "drafts": "item_drafts",
    "draft_comments": "draft_comments",
    "power_records": "power_records",
    "item_roles": "item_roles",
    "reviews": "item_reviews",
    # Only the women who answered (or commented): the prepared database asks nobody.
    "review_answers": "review_answers",
}
# Files made from several tables: every idea's story.
ASSEMBLED = ("item_story",)


def _read_zip(data: bytes) -> dict[str, list[dict[str, str]]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {
            name.removesuffix(".csv"): list(
                csv.DictReader(io.StringIO(archive.read(name).decode("utf-8-sig")))
            )
            for name in archive.namelist()
        }


async def test_the_export_round_trips_every_table_with_its_counts(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    prepared = await prepared_database(path)
    export = await export_zip(prepared.db, LONDON)
    await prepared.db.close()
    files = _read_zip(export.data)

    assert sorted(files) == sorted([*FILES, *ASSEMBLED])
    assert (export.files, export.rows) == (
        len(FILES) + len(ASSEMBLED),
        sum(len(rows) for rows in files.values()),
    )
    with sqlite3.connect(path) as conn:
        for name, table in FILES.items():
            stored = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            assert len(files[name]) == stored, name
        ideas = conn.execute("SELECT count(*) FROM proposals").fetchone()[0]
    # Each idea's story starts where it came from, once.
    assert [row["event"] for row in files["item_story"]].count("origin") == ideas
    moved = [row for row in files["item_story"] if row["event"] == "moved"]
    assert [(r["from_level"], r["level"], r["text"]) for r in moved] == [
        ("1", "2", "Let's design it")
    ]
    assert [row["pseudonym"] for row in files["participants"]] == list(prepared.pseudonyms)
    feedback = {int(row["feedback_id"]): row for row in files["feedback"]}
    assert feedback[prepared.new_feedback[0]]["text"] == HOSTILE
    assert feedback[prepared.new_feedback[0]]["created_at"] == "2026-03-05T04:00:00+00:00"
    assert feedback[prepared.answered_feedback]["responses"] == "1"
    history = [row for row in files["proposal_history"] if row["event"] == "moved"]
    assert [(r["from_level"], r["to_level"], r["reason"]) for r in history] == [
        ("1", "2", "Let's design it")
    ]
    refused = next(r for r in files["proposals"] if r["outcome"] == "not_possible")
    assert (refused["limit_code"], refused["explanation"]) == ("funder", "Funding ends at 5pm")
    closed = next(r for r in files["polls"] if r["poll_id"] == str(prepared.closed_poll))
    assert (closed["turnout"], closed["eligible"], closed["quorum_met"]) == ("3", "4", "yes")
    assert closed["winning_option"] == "Purple"
    options = [
        (r["label"], r["votes"])
        for r in files["poll_options"]
        if r["poll_id"] == closed["poll_id"]
    ]
    assert options == [("Green", "1"), ("Purple", "2")]
    still_open = [r for r in files["poll_options"] if r["poll_id"] == str(prepared.closing_poll)]
    assert {r["votes"] for r in still_open} == {""}  # results stay hidden until the poll closes


async def test_the_export_names_nobody_and_never_says_who_voted_for_what(tmp_path: Path) -> None:
    prepared = await prepared_database(tmp_path / "bot.sqlite3")
    export = await export_zip(prepared.db, LONDON)
    await prepared.db.close()
    files = _read_zip(export.data)
    text = "\n".join(
        ",".join(row.keys()) + "\n" + ",".join(row.values())
        for rows in files.values()
        for row in rows
    )
    for telegram_id in (*TELEGRAM_IDS, STAFF_TELEGRAM_ID):
        assert str(telegram_id) not in text
    assert "Sam" not in text  # the staff member's Telegram first name
    assert "I like purple" not in text  # a vote's reason would tie a woman to her vote
    for columns in (rows[0].keys() for rows in files.values() if rows):
        assert not {"telegram_user_id", "staff_id", "staff_name", "decided_by"} & set(columns)
    assert "votes" not in files and "poll_voters" not in files


def test_free_text_that_a_spreadsheet_would_run_is_neutralised() -> None:
    assert safe_text('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert safe_text("- more groups") == "'- more groups"
    assert safe_text("More groups") == "More groups"
    assert safe_text(None) == ""


async def test_the_folder_export_writes_the_same_files(tmp_path: Path) -> None:
    prepared = await prepared_database(tmp_path / "bot.sqlite3")
    tables = await export_tables(prepared.db, LONDON)
    export = await export_zip(prepared.db, LONDON)
    await prepared.db.close()
    paths = write_folder(tables, tmp_path / "out" / "2026")
    assert sorted(p.name for p in paths) == sorted(f"{name}.csv" for name in [*FILES, *ASSEMBLED])
    with zipfile.ZipFile(io.BytesIO(export.data)) as archive:
        for path in paths:
            assert path.read_bytes() == archive.read(path.name)
