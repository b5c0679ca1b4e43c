"""The pseudonymised export: CSV files of everything, as a zip or into a folder.

Women appear only by pseudonym and staff not at all; polls carry per-option totals and turnout,
never who voted for what. Safeguarding alerts are never exported.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO
from zoneinfo import ZoneInfo

from bot.apart import run_apart
from bot.story import story_slices
from storage.db import Database, Tx

Cell = str | int | float | None
# Story events that belong to a poll (their number is the poll's).
_POLL_EVENTS = ("poll_opened", "poll_closed", "followed", "next_step")

# Spreadsheets run a cell that starts with one of these as a formula; free text is someone's
# words, so it is prefixed with an apostrophe and shown as written.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class Table:
    """One CSV file of the export with all its rows in memory (for `python -m bot export`)."""

    name: str  # the file name without .csv
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class _Stream:
    """A table whose rows are read and put into words one at a time, as they are written out:
    a table with years of rows is never in memory whole."""

    name: str
    columns: tuple[str, ...]
    rows: AsyncIterator[tuple[str, ...]]


def safe_text(value: str | None) -> str:
    if not value:
        return ""
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def _formatter(zone: ZoneInfo) -> Callable[[int | None], str]:
    def moment(timestamp: int | None) -> str:
        if timestamp is None:
            return ""
        return datetime.fromtimestamp(timestamp, zone).isoformat()

    return moment


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def _amount(minor: int | None) -> str:
    """Money as a spreadsheet reads it: 12.50 (the currency in its own column)."""
    return "" if minor is None else f"{minor // 100}.{minor % 100:02d}"


def _hours(minutes: int | None) -> str:
    return "" if minutes is None else f"{minutes / 60:.2f}"


def _cells(values: Sequence[Cell]) -> tuple[str, ...]:
    return tuple("" if value is None else str(value) for value in values)


async def _each_cells(
    rows: Iterable[Sequence[Cell]] | AsyncIterable[Sequence[Cell]],
) -> AsyncIterator[tuple[str, ...]]:
    if isinstance(rows, AsyncIterable):
        async for row in rows:
            yield _cells(row)
    else:
        for row in rows:
            yield _cells(row)


async def _streams(tx: Tx, zone: ZoneInfo) -> AsyncIterator[_Stream]:
    """Every table of the export, one after another, in the order the files are listed in the
    README. The long ones (by women and by items) are read a few rows at a time; the rest
    (by polls, drafts, reviews) whole."""
    at = _formatter(zone)
    records = tx.records
    labels = {(o.poll_id, o.position): o.label for o in await records.options()}
    item_of_poll = {p.id: p.proposal_id for p in await records.polls()}

    def table(
        name: str, columns: str, rows: Iterable[Sequence[Cell]] | AsyncIterable[Sequence[Cell]]
    ) -> _Stream:
        return _Stream(name, tuple(columns.split()), _each_cells(rows))

    yield table(
        "participants",
        "pseudonym language notifications active joined_at last_seen_at offline",
        (
            (
                p.pseudonym,
                p.language,
                p.notify,
                _yes_no(p.active),
                at(p.joined_at),
                at(p.last_seen_at),
                _yes_no(p.offline),
            )
            async for p in records.each_participant()
        ),
    )
    yield table(
        "feedback",
        "feedback_id pseudonym topic text created_at first_response_at responses channel",
        (
            (
                f.id,
                f.pseudonym,
                safe_text(f.topic),
                safe_text(f.body),
                at(f.created_at),
                at(f.first_response_at),
                f.responses,
                f.channel,
            )
            async for f in records.each_feedback()
        ),
    )
    yield table(
        "feedback_responses",
        "response_id feedback_id text created_at",
        (
            (r.id, r.feedback_id, safe_text(r.body), at(r.created_at))
            async for r in records.each_response()
        ),
    )
    yield table(
        "proposals",
        "proposal_id pseudonym title description status level outcome limit_code"
        " explanation created_at published_at supporters volunteers channel origin"
        " feedback_id can_change already_decided decided_limit",
        (
            (
                p.id,
                p.author_pseudonym,
                safe_text(p.title),
                safe_text(p.body),
                p.status,
                p.level,
                p.outcome,
                p.limit_code,
                safe_text(p.explanation),
                at(p.created_at),
                at(p.published_at),
                p.supporters,
                p.volunteers,
                p.channel,
                p.origin,
                p.feedback_id,
                safe_text(p.can_change),
                safe_text(p.already_decided),
                p.decided_limit,
            )
            async for p in tx.proposals.each()
        ),
    )
    yield table(
        "feedback_ideas",
        "request_id feedback_id title answer created_at answered_at proposal_id",
        (
            (
                r.id,
                r.feedback_id,
                safe_text(r.title),
                r.answer,
                at(r.created_at),
                at(r.answered_at),
                r.proposal_id,
            )
            for r in await tx.proposals.all_feedback_ideas()
        ),
    )
    yield table(
        "not_yet",
        "entry_id proposal_id to_level reason limit_code supporters created_at"
        " suggested_again_at domains",
        (
            (
                n.id,
                n.proposal_id,
                n.to_level,
                safe_text(n.reason),
                n.limit_code,
                n.supporters,
                at(n.created_at),
                at(n.resuggested_at),
                " ".join(n.domains),
            )
            for n in await tx.proposals.all_not_yet()
        ),
    )
    yield table(
        "drafts",
        "draft_id proposal_id version text file_kind changes audience created_at comments",
        (
            (
                d.id,
                d.proposal_id,
                d.version,
                safe_text(d.body),
                d.file_kind,
                safe_text(d.changes),
                d.audience,
                at(d.created_at),
                d.comments,
            )
            for d in await tx.drafts.all()
        ),
    )
    yield table(
        "draft_comments",
        "comment_id draft_id version pseudonym kind text created_at outcome reason"
        " limit_code decided_in_version",
        (
            (
                c.id,
                c.draft_id,
                c.version,
                c.pseudonym,
                c.kind,
                safe_text(c.body),
                at(c.created_at),
                c.outcome,
                safe_text(c.reason),
                c.limit_code,
                c.decided_in,
            )
            for c in await tx.drafts.all_comments()
        ),
    )
    yield table(
        "power_records",
        "poll_id staff_preferred_option women_chose_option verdict followed limit_code"
        " explanation sealed_at decided_at proposal_id",
        (
            (
                r.poll_id,
                safe_text(labels.get((r.poll_id, r.staff_choice))),
                safe_text(labels.get((r.poll_id, r.women_choice or 0))),
                r.verdict,
                r.followed,
                r.limit_code,
                safe_text(r.explanation),
                at(r.sealed_at),
                at(r.decided_at),
                item_of_poll.get(r.poll_id),
            )
            for r in await tx.power.all()
        ),
    )
    yield table(
        "item_story",
        "proposal_id position at event level from_level outcome domains power limit_code"
        " poll_id draft_version option staff_preferred verdict followed text evidence",
        (
            (
                number,
                position,
                at(e.at),
                e.kind,
                e.level,
                e.from_level,
                e.outcome,
                " ".join(e.domains),
                e.power,
                e.limit_code,
                e.number if e.kind in _POLL_EVENTS else None,
                e.number if e.kind == "draft" else None,
                safe_text(e.option),
                safe_text(e.preferred),
                e.verdict,
                e.followed,
                safe_text(e.reason or e.text),
                safe_text(e.evidence),
            )
            async for stories in story_slices(tx)
            for number, story in stories.items()
            for position, e in enumerate(story, start=1)
        ),
    )
    yield table(
        "proposal_history",
        "entry_id proposal_id event from_level to_level outcome limit_code evidence reason"
        " created_at domains stage",
        (
            (
                h.id,
                h.proposal_id,
                h.event,
                h.from_level,
                h.to_level,
                h.outcome,
                h.limit_code,
                safe_text(h.evidence),
                safe_text(h.reason),
                at(h.created_at),
                " ".join(h.domains),
                h.stage,
            )
            async for h in records.each_history()
        ),
    )
    yield table(
        "item_roles",
        "proposal_id stage role pseudonym taken_at",
        (
            (r.proposal_id, r.stage, r.role, r.pseudonym, at(r.taken_at))
            for r in await tx.delivery.all_roles()
        ),
    )
    yield table(
        "reviews",
        "review_id proposal_id review_at sent_at closes_at closed_at asked yes partly no comments",
        (
            (
                r.id,
                r.proposal_id,
                at(r.review_at),
                at(r.sent_at),
                at(r.closes_at),
                at(r.closed_at),
                r.asked,
                r.yes,
                r.partly,
                r.no,
                r.comments,
            )
            for r in await tx.delivery.all_reviews()
        ),
    )
    # Like votes, answers name no one: only when, what and the comment.
    yield table(
        "review_answers",
        "review_id proposal_id answer comment answered_at",
        (
            (a.review_id, a.proposal_id, a.answer, safe_text(a.comment), at(a.answered_at))
            for a in await tx.delivery.all_answers()
        ),
    )
    yield table(
        "ladder_suggestions",
        "suggestion_id proposal_id to_level evidence created_at decision decided_at",
        (
            (
                s.id,
                s.proposal_id,
                s.to_level,
                safe_text(s.evidence),
                at(s.created_at),
                s.decision,
                at(s.decided_at),
            )
            for s in await records.suggestions()
        ),
    )
    yield table(
        "supports",
        "proposal_id pseudonym created_at channel",
        (
            (s.proposal_id, s.pseudonym, at(s.created_at), s.channel)
            async for s in records.each_support()
        ),
    )
    yield table(
        "volunteers",
        "proposal_id pseudonym created_at",
        ((v.proposal_id, v.pseudonym, at(v.created_at)) async for v in records.each_volunteer()),
    )
    yield table(
        "polls",
        "poll_id question kind limits audience proposal_id quorum_kind quorum_value"
        " opened_at closes_at closed_at eligible turnout quorum_met winning_option"
        " votes_given_offline domains",
        (
            (
                p.id,
                safe_text(p.question),
                p.kind,
                safe_text(p.limits),
                p.audience,
                p.proposal_id,
                p.quorum_kind,
                p.quorum_value,
                at(p.opened_at),
                at(p.closes_at),
                at(p.closed_at),
                p.eligible,
                p.turnout,
                _yes_no(p.quorum_met),
                safe_text(labels.get((p.id, p.winner or 0))),
                p.offline_votes,
                " ".join(p.domains),
            )
            for p in await records.polls()
        ),
    )
    yield table(
        "poll_options",
        "poll_id position label votes",
        ((o.poll_id, o.position, safe_text(o.label), o.votes) for o in await records.options()),
    )
    yield table(
        "recognition",
        "recognition_id pseudonym kind amount currency hours purpose proposal_id level given_at",
        (
            (
                r.id,
                r.pseudonym,
                r.kind,
                _amount(r.amount_minor),
                r.currency,
                _hours(r.minutes),
                safe_text(r.purpose),
                r.proposal_id,
                r.level,
                at(r.given_at),
            )
            for r in await tx.recognition.all()
        ),
    )
    yield table(
        "erasures",
        "erased_at",
        ((at(moment),) for moment in await tx.participants.erasures()),
    )


def _write_csv(table: Table, stream: IO[bytes]) -> int:
    """The table as CSV into `stream`, in UTF-8 with a byte-order mark (so spreadsheet
    programs show every letter correctly); returns how many rows it has."""
    with io.TextIOWrapper(stream, encoding="utf-8-sig", newline="") as text:
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(table.columns)
        writer.writerows(table.rows)
    return len(table.rows)


async def _stream_csv(table: _Stream, stream: IO[bytes]) -> int:
    """Like `_write_csv`, each row written out as soon as it is read."""
    with io.TextIOWrapper(stream, encoding="utf-8-sig", newline="") as text:
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(table.columns)
        count = 0
        async for row in table.rows:
            writer.writerow(row)
            count += 1
    return count


def export_name(now: int, zone: ZoneInfo) -> str:
    return f"coproduction-export-{datetime.fromtimestamp(now, zone):%Y-%m-%d}.zip"


async def export_tables(db: Database, zone: ZoneInfo) -> list[Table]:
    """One consistent snapshot of every table, all in memory."""
    async with db.read() as tx:
        return [
            Table(stream.name, stream.columns, tuple([row async for row in stream.rows]))
            async for stream in _streams(tx, zone)
        ]


@dataclass(frozen=True, slots=True)
class Export:
    """The export as one zip file of CSV files, and what it holds."""

    data: bytes
    files: int
    rows: int


async def export_zip(db: Database, zone: ZoneInfo) -> Export:
    """The zip of every table, from one consistent snapshot.

    At 100k items reading and compressing take a second or two: it all happens in a worker
    thread, on a read-only connection of its own, so the bot keeps answering everyone
    meanwhile. Each row is compressed as soon as it is read and then let go (the stories a
    slice of items at a time), so no table is ever in memory whole.
    """
    return await run_apart(_zip(db, zone))


async def _zip(db: Database, zone: ZoneInfo) -> Export:
    buffer = io.BytesIO()
    files = rows = 0
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        async with db.snapshot() as tx:
            async for table in _streams(tx, zone):
                rows += await _stream_csv(table, archive.open(f"{table.name}.csv", "w"))
                files += 1
    return Export(buffer.getvalue(), files, rows)


def write_folder(tables: list[Table], folder: Path) -> list[Path]:
    """Write each table as `<name>.csv` into `folder` (created if needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for table in tables:
        path = folder / f"{table.name}.csv"
        _write_csv(table, path.open("wb"))
        paths.append(path)
    return paths
