"""Numbered, append-only schema migrations keyed by `PRAGMA user_version`."""

from __future__ import annotations

import aiosqlite

# Append only: a released entry is never edited, because databases in the field already ran it.
# Entry N (counting from 1) moves a database from user_version N-1 to N in one transaction.
MIGRATIONS: tuple[str, ...] = (
    # 1: participants who consented, their feedback and staff replies, and the outbox.
    """
    CREATE TABLE participants (
        id               INTEGER PRIMARY KEY,
        telegram_user_id INTEGER NOT NULL UNIQUE,
        pseudonym        TEXT    NOT NULL UNIQUE,
        language         TEXT    NOT NULL,
        notify           TEXT    NOT NULL DEFAULT 'all' CHECK (notify IN ('all', 'mine', 'none')),
        active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        joined_at        INTEGER NOT NULL,
        last_seen_at     INTEGER NOT NULL
    );
    CREATE INDEX participants_last_seen ON participants (last_seen_at) WHERE active = 1;

    CREATE TABLE feedback (
        id             INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        topic          TEXT    NOT NULL,
        body           TEXT    NOT NULL,
        created_at     INTEGER NOT NULL
    );
    CREATE INDEX feedback_participant ON feedback (participant_id);
    CREATE INDEX feedback_created ON feedback (created_at);

    CREATE TABLE feedback_responses (
        id            INTEGER PRIMARY KEY,
        feedback_id   INTEGER NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
        staff_user_id INTEGER NOT NULL,
        body          TEXT    NOT NULL,
        created_at    INTEGER NOT NULL
    );
    CREATE INDEX feedback_responses_feedback ON feedback_responses (feedback_id);

    CREATE TABLE outbox (
        id             INTEGER PRIMARY KEY,
        chat_id        INTEGER NOT NULL,
        participant_id INTEGER REFERENCES participants (id) ON DELETE CASCADE,
        body           TEXT    NOT NULL,
        markup         TEXT,
        protect        INTEGER NOT NULL DEFAULT 0,
        silent         INTEGER NOT NULL DEFAULT 0,
        created_at     INTEGER NOT NULL,
        not_before     INTEGER NOT NULL,
        status         TEXT    NOT NULL DEFAULT 'pending'
                               CHECK (status IN ('pending', 'sent', 'failed')),
        attempts       INTEGER NOT NULL DEFAULT 0,
        sent_at        INTEGER
    );
    CREATE INDEX outbox_pending ON outbox (not_before, id) WHERE status = 'pending';
    """,
    # 2: safety: message ids quick exit may delete, safeguarding alerts, invite codes.
    """
    CREATE TABLE chat_messages (
        participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        message_id     INTEGER NOT NULL,
        sent_at        INTEGER NOT NULL,
        PRIMARY KEY (participant_id, message_id)
    ) WITHOUT ROWID;
    CREATE INDEX chat_messages_sent ON chat_messages (sent_at);

    -- An alert outlives /forget only as a count: the link to her and the words go with her.
    CREATE TABLE safeguarding_alerts (
        id             INTEGER PRIMARY KEY,
        participant_id INTEGER REFERENCES participants (id) ON DELETE SET NULL,
        words          TEXT    NOT NULL,
        source         TEXT    NOT NULL,
        created_at     INTEGER NOT NULL,
        seen_by        INTEGER,
        seen_by_name   TEXT,
        seen_at        INTEGER
    );
    CREATE INDEX safeguarding_alerts_created ON safeguarding_alerts (created_at);
    CREATE INDEX safeguarding_alerts_participant ON safeguarding_alerts (participant_id);
    CREATE TRIGGER safeguarding_alerts_forget BEFORE DELETE ON participants
    BEGIN
        UPDATE safeguarding_alerts SET words = '', participant_id = NULL
        WHERE participant_id = OLD.id;
    END;

    -- Codes are stored as hashes and never linked to the woman who used one.
    CREATE TABLE invite_codes (
        id         INTEGER PRIMARY KEY,
        code_hash  TEXT    NOT NULL UNIQUE,
        created_by INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at    INTEGER
    );
    """,
)

LATEST_VERSION = len(MIGRATIONS)


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer release of this bot."""


async def schema_version(conn: aiosqlite.Connection) -> int:
    async with conn.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row else 0


async def migrate(conn: aiosqlite.Connection, migrations: tuple[str, ...] = MIGRATIONS) -> int:
    """Bring the schema up to date, one transaction per step; return the final version."""
    version = await schema_version(conn)
    if version > len(migrations):
        raise SchemaTooNewError(
            f"the database is at schema version {version} but this release knows only "
            f"{len(migrations)}: upgrade the bot, or restore a backup"
        )
    for number in range(version + 1, len(migrations) + 1):
        script = f"BEGIN IMMEDIATE;\n{migrations[number - 1]}\nPRAGMA user_version = {number};\n"
        try:
            await conn.executescript(script)
            await conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                await conn.execute("ROLLBACK")
            raise
    return len(migrations)
