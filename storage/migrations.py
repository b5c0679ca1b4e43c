"""Numbered, append-only schema migrations keyed by `PRAGMA user_version`."""

from __future__ import annotations

import aiosqlite

# A step that starts with this line rebuilds a table others refer to: it runs with foreign key
# enforcement off (so dropping the old table cascades nowhere) and must pass
# `PRAGMA foreign_key_check` before it commits.
REBUILD = "-- rebuild: foreign keys off"
_CHANNEL = "CHECK (channel IN ('telegram', 'paper', 'phone', 'group', 'other'))"

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
    # 2: peer-led proposals, support and volunteering, the ladder's history and suggestions.
    """
    CREATE TABLE proposals (
        id             INTEGER PRIMARY KEY,
        author_id      INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        title          TEXT    NOT NULL,
        body           TEXT    NOT NULL,
        status         TEXT    NOT NULL DEFAULT 'pending'
                               CHECK (status IN ('pending', 'published', 'declined')),
        level          INTEGER NOT NULL DEFAULT 1 CHECK (level IN (1, 2, 3)),
        outcome        TEXT    NOT NULL DEFAULT 'open'
                               CHECK (outcome IN ('open', 'adopted', 'delivered', 'not_possible')),
        limit_code     TEXT    CHECK (limit_code IN
                               ('law', 'funder', 'finance', 'safeguarding', 'other')),
        explanation    TEXT,
        created_at     INTEGER NOT NULL,
        published_at   INTEGER
    );
    CREATE INDEX proposals_status ON proposals (status, level, published_at);
    CREATE INDEX proposals_author ON proposals (author_id);

    CREATE TABLE supports (
        proposal_id    INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        created_at     INTEGER NOT NULL,
        PRIMARY KEY (proposal_id, participant_id)
    );
    CREATE INDEX supports_participant ON supports (participant_id);

    CREATE TABLE volunteers (
        proposal_id    INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        created_at     INTEGER NOT NULL,
        PRIMARY KEY (proposal_id, participant_id)
    );
    CREATE INDEX volunteers_participant ON volunteers (participant_id);

    -- Every change to a proposal: who (staff name as they chose to be shown), when, why.
    CREATE TABLE proposal_history (
        id           INTEGER PRIMARY KEY,
        proposal_id  INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        event        TEXT    NOT NULL CHECK (event IN
                             ('submitted', 'published', 'declined', 'moved', 'closed')),
        from_level   INTEGER,
        to_level     INTEGER,
        outcome      TEXT,
        limit_code   TEXT,
        staff_id     INTEGER,
        staff_name   TEXT,
        evidence     TEXT,
        reason       TEXT,
        created_at   INTEGER NOT NULL
    );
    CREATE INDEX proposal_history_proposal ON proposal_history (proposal_id, id);

    -- The bot suggests, staff decide: one suggestion per (proposal, level), ever.
    CREATE TABLE ladder_suggestions (
        id          INTEGER PRIMARY KEY,
        proposal_id INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        to_level    INTEGER NOT NULL CHECK (to_level IN (2, 3)),
        evidence    TEXT    NOT NULL,
        created_at  INTEGER NOT NULL,
        decision    TEXT    CHECK (decision IN ('moved', 'not_yet', 'not_possible')),
        decided_by  INTEGER,
        decided_at  INTEGER,
        UNIQUE (proposal_id, to_level)
    );
    """,
    # 3: polls on shared decisions. Who may vote is fixed when the poll opens; per-option counts
    # are frozen when it closes, so results never depend on who later deletes her data.
    """
    CREATE TABLE polls (
        id           INTEGER PRIMARY KEY,
        question     TEXT    NOT NULL,
        kind         TEXT    NOT NULL CHECK (kind IN ('advisory', 'shared')),
        limits       TEXT    NOT NULL DEFAULT '',
        audience     TEXT    NOT NULL CHECK (audience IN ('all', 'proposal')),
        proposal_id  INTEGER REFERENCES proposals (id) ON DELETE SET NULL,
        quorum_kind  TEXT    NOT NULL CHECK (quorum_kind IN ('count', 'share')),
        quorum_value REAL    NOT NULL,
        created_by   INTEGER NOT NULL,
        opened_at    INTEGER NOT NULL,
        closes_at    INTEGER NOT NULL,
        reminded_at  INTEGER,
        closed_at    INTEGER,
        eligible     INTEGER NOT NULL DEFAULT 0,
        turnout      INTEGER,
        quorum_met   INTEGER,
        winner       INTEGER,
        closed_by    INTEGER
    );
    CREATE INDEX polls_open ON polls (closes_at) WHERE closed_at IS NULL;

    CREATE TABLE poll_options (
        id       INTEGER PRIMARY KEY,
        poll_id  INTEGER NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        label    TEXT    NOT NULL,
        votes    INTEGER,
        UNIQUE (poll_id, position)
    );

    CREATE TABLE poll_voters (
        poll_id        INTEGER NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        PRIMARY KEY (poll_id, participant_id)
    );
    CREATE INDEX poll_voters_participant ON poll_voters (participant_id);

    -- One vote per woman per poll, enforced here; changeable until the poll closes.
    CREATE TABLE votes (
        poll_id        INTEGER NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        position       INTEGER NOT NULL,
        reason         TEXT,
        voted_at       INTEGER NOT NULL,
        PRIMARY KEY (poll_id, participant_id)
    );
    """,
    # 4: safety: message ids quick exit may delete, safeguarding alerts, invite codes.
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
    # 5: digests queued to the staff chat, one row per period, written in the same transaction
    # as the digest's messages, so each period's digest is sent exactly once.
    """
    CREATE TABLE digests (
        period       TEXT    PRIMARY KEY,
        slot_at      INTEGER NOT NULL,
        covers_from  INTEGER NOT NULL,
        covers_until INTEGER NOT NULL,
        messages     INTEGER NOT NULL,
        queued_at    INTEGER NOT NULL
    );
    CREATE INDEX digests_slot ON digests (slot_at);
    """,
    # 6: a suggestion made moot because staff closed the idea (adopted or delivered) is recorded
    # as 'closed', not as a move that never happened; earlier such rows are corrected.
    """
    CREATE TABLE ladder_suggestions_v6 (
        id          INTEGER PRIMARY KEY,
        proposal_id INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        to_level    INTEGER NOT NULL CHECK (to_level IN (2, 3)),
        evidence    TEXT    NOT NULL,
        created_at  INTEGER NOT NULL,
        decision    TEXT    CHECK (decision IN ('moved', 'not_yet', 'not_possible', 'closed')),
        decided_by  INTEGER,
        decided_at  INTEGER,
        UNIQUE (proposal_id, to_level)
    );
    INSERT INTO ladder_suggestions_v6 SELECT * FROM ladder_suggestions;
    UPDATE ladder_suggestions_v6 SET decision = 'closed'
    WHERE decision = 'moved'
      AND to_level > (SELECT level FROM proposals WHERE proposals.id = proposal_id);
    DROP TABLE ladder_suggestions;
    ALTER TABLE ladder_suggestions_v6 RENAME TO ladder_suggestions;
    """,
    # 7: women recorded offline (paper form, phone, group session): a participant without a
    # Telegram id, so the column becomes nullable (a table rebuild, with foreign keys off and
    # checked before commit); every entry made on a woman's behalf carries its channel; staff
    # erasing an offline woman leave a record that an erasure happened, and nothing else.
    f"""{REBUILD}
    CREATE TABLE participants_v7 (
        id               INTEGER PRIMARY KEY,
        telegram_user_id INTEGER UNIQUE,
        pseudonym        TEXT    NOT NULL UNIQUE,
        language         TEXT    NOT NULL,
        notify           TEXT    NOT NULL DEFAULT 'all' CHECK (notify IN ('all', 'mine', 'none')),
        active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        joined_at        INTEGER NOT NULL,
        last_seen_at     INTEGER NOT NULL
    );
    INSERT INTO participants_v7 (id, telegram_user_id, pseudonym, language, notify, active,
                                 joined_at, last_seen_at)
    SELECT id, telegram_user_id, pseudonym, language, notify, active, joined_at, last_seen_at
    FROM participants;
    DROP TABLE participants;
    ALTER TABLE participants_v7 RENAME TO participants;
    CREATE INDEX participants_last_seen ON participants (last_seen_at) WHERE active = 1;
    CREATE TRIGGER safeguarding_alerts_forget BEFORE DELETE ON participants
    BEGIN
        UPDATE safeguarding_alerts SET words = '', participant_id = NULL
        WHERE participant_id = OLD.id;
    END;

    ALTER TABLE feedback ADD COLUMN channel TEXT NOT NULL DEFAULT 'telegram' {_CHANNEL};
    ALTER TABLE proposals ADD COLUMN channel TEXT NOT NULL DEFAULT 'telegram' {_CHANNEL};
    ALTER TABLE supports ADD COLUMN channel TEXT NOT NULL DEFAULT 'telegram' {_CHANNEL};
    ALTER TABLE votes ADD COLUMN channel TEXT NOT NULL DEFAULT 'telegram' {_CHANNEL};

    CREATE TABLE erasures (
        id        INTEGER PRIMARY KEY,
        erased_at INTEGER NOT NULL,
        staff_id  INTEGER NOT NULL
    );
    """,
    # 8: the outbox marks a row as being sent before sending it (a crash mid-send is known on
    # the next start), and finds each chat's next message without reading the whole queue.
    """
    ALTER TABLE outbox ADD COLUMN attempted_at INTEGER;
    CREATE INDEX outbox_chat_pending ON outbox (chat_id, id) WHERE status = 'pending';
    """,
    # 9: whether her chat holds messages that outlived Telegram's 48-hour deletion window, so
    # quick exit can say so. Chats older than two days may already hold such messages.
    """
    ALTER TABLE participants ADD COLUMN chat_outlived INTEGER NOT NULL DEFAULT 0
        CHECK (chat_outlived IN (0, 1));
    UPDATE participants SET chat_outlived = 1
    WHERE joined_at < CAST(strftime('%s', 'now') AS INTEGER) - 48 * 3600;
    """,
    # 10: durable intake (each update held until it is processed) and stored conversations with
    # their drafts, so a restart neither loses an update nor ends a half-finished flow.
    """
    CREATE TABLE inbox (
        update_id   INTEGER PRIMARY KEY,
        person      INTEGER NOT NULL DEFAULT 0,
        body        TEXT,
        received_at INTEGER NOT NULL,
        committed   INTEGER NOT NULL DEFAULT 0 CHECK (committed IN (0, 1)),
        done_at     INTEGER
    );
    CREATE INDEX inbox_open ON inbox (update_id) WHERE done_at IS NULL;
    CREATE INDEX inbox_done ON inbox (done_at) WHERE done_at IS NOT NULL;

    CREATE TABLE drafts (
        telegram_user_id INTEGER PRIMARY KEY,
        data             BLOB    NOT NULL,
        updated_at       INTEGER NOT NULL
    );
    CREATE INDEX drafts_updated ON drafts (updated_at);

    CREATE TABLE conversations (
        name             TEXT    NOT NULL,
        key              TEXT    NOT NULL,
        telegram_user_id INTEGER NOT NULL,
        state            TEXT    NOT NULL,
        updated_at       INTEGER NOT NULL,
        PRIMARY KEY (name, key)
    );
    CREATE INDEX conversations_user ON conversations (telegram_user_id);
    CREATE INDEX conversations_updated ON conversations (updated_at);
    """,
    # 11: one-time codes that join an offline woman's history to her chat once she joins;
    # kept as hashes, each for one offline woman, with an expiry.
    """
    CREATE TABLE link_codes (
        id             INTEGER PRIMARY KEY,
        code_hash      TEXT    NOT NULL UNIQUE,
        participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        created_by     INTEGER NOT NULL,
        created_at     INTEGER NOT NULL,
        expires_at     INTEGER NOT NULL,
        used_at        INTEGER
    );
    CREATE INDEX link_codes_participant ON link_codes (participant_id);
    """,
    # 12: the recognition log: what a woman received for her time (money or hours), what for,
    # the idea it was for where there is one, and the ladder level of that work when given.
    """
    CREATE TABLE recognition (
        id             INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        kind           TEXT    NOT NULL CHECK (kind IN
                               ('voucher', 'payment', 'expenses', 'time_credit', 'other')),
        amount_minor   INTEGER CHECK (amount_minor > 0),
        currency       TEXT,
        minutes        INTEGER CHECK (minutes > 0),
        purpose        TEXT    NOT NULL,
        proposal_id    INTEGER REFERENCES proposals (id) ON DELETE SET NULL,
        level          INTEGER NOT NULL CHECK (level IN (1, 2, 3)),
        given_at       INTEGER NOT NULL,
        recorded_by    INTEGER NOT NULL,
        CHECK ((amount_minor IS NOT NULL AND currency IS NOT NULL AND minutes IS NULL)
               OR (amount_minor IS NULL AND currency IS NULL AND minutes IS NOT NULL))
    );
    CREATE INDEX recognition_participant ON recognition (participant_id);
    CREATE INDEX recognition_given ON recognition (given_at);
    """,
    # 13: "Yes, delete everything" acts only on a /forget question the bot really asked her,
    # and only for a while; the question goes with her when she is deleted.
    """
    CREATE TABLE forget_prompts (
        participant_id INTEGER PRIMARY KEY REFERENCES participants (id) ON DELETE CASCADE,
        expires_at     INTEGER NOT NULL
    );
    """,
    # 14: retention. A woman long inactive is told first (inactive_notice_at). What a purge
    # removes leaves only what reports count: no words, no link to any woman.
    """
    ALTER TABLE participants ADD COLUMN inactive_notice_at INTEGER;

    CREATE TABLE retired_feedback (
        id                INTEGER PRIMARY KEY,
        channel           TEXT    NOT NULL,
        created_at        INTEGER NOT NULL,
        first_response_at INTEGER,
        responses         INTEGER NOT NULL
    );
    CREATE TABLE retired_proposals (
        id           INTEGER PRIMARY KEY,
        proposal_id  INTEGER NOT NULL,
        status       TEXT    NOT NULL,
        level        INTEGER NOT NULL,
        outcome      TEXT    NOT NULL,
        limit_code   TEXT,
        channel      TEXT    NOT NULL,
        created_at   INTEGER NOT NULL,
        published_at INTEGER
    );
    CREATE TABLE retired_history (
        id          INTEGER PRIMARY KEY,
        retired_id  INTEGER NOT NULL REFERENCES retired_proposals (id) ON DELETE CASCADE,
        event       TEXT    NOT NULL,
        from_level  INTEGER,
        to_level    INTEGER,
        outcome     TEXT,
        limit_code  TEXT,
        reason      TEXT,
        created_at  INTEGER NOT NULL
    );
    CREATE TABLE retired_suggestions (
        id          INTEGER PRIMARY KEY,
        retired_id  INTEGER NOT NULL REFERENCES retired_proposals (id) ON DELETE CASCADE,
        to_level    INTEGER NOT NULL,
        created_at  INTEGER NOT NULL,
        decision    TEXT,
        decided_at  INTEGER
    );
    -- `woman` only tells one retired woman's records from another's, for the report's count.
    CREATE TABLE retired_recognition (
        id           INTEGER PRIMARY KEY,
        woman        INTEGER NOT NULL,
        kind         TEXT    NOT NULL,
        amount_minor INTEGER,
        currency     TEXT,
        minutes      INTEGER,
        level        INTEGER NOT NULL,
        given_at     INTEGER NOT NULL
    );
    """,
    # 15: where an item came from (a woman's idea, a staff plan, feedback turned into an idea),
    # what a staff plan leaves open and what it has already decided (a staff plan has no
    # author, so the table is rebuilt); an author's agreement to her feedback becoming an idea;
    # "not yet" with its reason and the support at that moment.
    f"""{REBUILD}
    CREATE TABLE proposals_rebuilt (
        id              INTEGER PRIMARY KEY,
        author_id       INTEGER REFERENCES participants (id) ON DELETE CASCADE,
        title           TEXT    NOT NULL,
        body            TEXT    NOT NULL,
        status          TEXT    NOT NULL DEFAULT 'pending'
                                CHECK (status IN ('pending', 'published', 'declined')),
        level           INTEGER NOT NULL DEFAULT 1 CHECK (level IN (1, 2, 3)),
        outcome         TEXT    NOT NULL DEFAULT 'open'
                                CHECK (outcome IN
                                ('open', 'adopted', 'delivered', 'not_possible')),
        limit_code      TEXT    CHECK (limit_code IN
                                ('law', 'funder', 'finance', 'safeguarding', 'other')),
        explanation     TEXT,
        created_at      INTEGER NOT NULL,
        published_at    INTEGER,
        channel         TEXT    NOT NULL DEFAULT 'telegram' {_CHANNEL},
        origin          TEXT    NOT NULL DEFAULT 'idea'
                                CHECK (origin IN ('idea', 'plan', 'feedback')),
        feedback_id     INTEGER REFERENCES feedback (id) ON DELETE SET NULL,
        can_change      TEXT,
        already_decided TEXT,
        decided_limit   TEXT    CHECK (decided_limit IN
                                ('law', 'funder', 'finance', 'safeguarding', 'other')),
        CHECK ((origin = 'plan') = (author_id IS NULL))
    );
    INSERT INTO proposals_rebuilt (id, author_id, title, body, status, level, outcome, limit_code,
                              explanation, created_at, published_at, channel)
        SELECT id, author_id, title, body, status, level, outcome, limit_code, explanation,
               created_at, published_at, channel FROM proposals;
    DROP TABLE proposals;
    ALTER TABLE proposals_rebuilt RENAME TO proposals;
    CREATE INDEX proposals_status ON proposals (status, level, published_at);
    CREATE INDEX proposals_author ON proposals (author_id);

    -- Staff asked a woman whether her feedback may become an idea; she answers yes or no.
    CREATE TABLE feedback_ideas (
        id          INTEGER PRIMARY KEY,
        feedback_id INTEGER NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
        title       TEXT    NOT NULL,
        staff_id    INTEGER NOT NULL,
        staff_name  TEXT    NOT NULL,
        created_at  INTEGER NOT NULL,
        answer      TEXT    CHECK (answer IN ('yes', 'no')),
        answered_at INTEGER,
        proposal_id INTEGER REFERENCES proposals (id) ON DELETE SET NULL
    );
    CREATE INDEX feedback_ideas_feedback ON feedback_ideas (feedback_id);

    -- "Not yet": why, under which limit, and the support at that moment, so the idea can be
    -- suggested again once support has grown enough or enough days have passed.
    CREATE TABLE not_yet (
        id             INTEGER PRIMARY KEY,
        proposal_id    INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        to_level       INTEGER NOT NULL CHECK (to_level IN (2, 3)),
        reason         TEXT    NOT NULL,
        limit_code     TEXT    CHECK (limit_code IN
                               ('law', 'funder', 'finance', 'safeguarding', 'other')),
        supporters     INTEGER NOT NULL,
        staff_id       INTEGER NOT NULL,
        staff_name     TEXT    NOT NULL,
        created_at     INTEGER NOT NULL,
        resuggested_at INTEGER
    );
    CREATE INDEX not_yet_waiting ON not_yet (proposal_id) WHERE resuggested_at IS NULL;
    """,
    # 16: co-design drafts: numbered versions of an item's plan shared with its volunteers (and,
    # if staff chose, everyone involved), append-only; each a text with, optionally, a Telegram
    # file reference (never downloaded). Women's comments and suggested changes per version, and
    # what a later version did with each: taken, or not taken with a reason (and limit).
    """
    CREATE TABLE item_drafts (
        id          INTEGER PRIMARY KEY,
        proposal_id INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        version     INTEGER NOT NULL,
        body        TEXT    NOT NULL,
        file_id     TEXT,
        file_kind   TEXT    CHECK (file_kind IN ('photo', 'document')),
        changes     TEXT,
        audience    TEXT    NOT NULL CHECK (audience IN ('volunteers', 'involved')),
        staff_id    INTEGER NOT NULL,
        staff_name  TEXT    NOT NULL,
        created_at  INTEGER NOT NULL,
        UNIQUE (proposal_id, version)
    );

    CREATE TABLE draft_comments (
        id             INTEGER PRIMARY KEY,
        draft_id       INTEGER NOT NULL REFERENCES item_drafts (id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        kind           TEXT    NOT NULL CHECK (kind IN ('comment', 'suggestion')),
        body           TEXT    NOT NULL,
        created_at     INTEGER NOT NULL,
        outcome        TEXT    CHECK (outcome IN ('taken', 'not_taken')),
        reason         TEXT,
        limit_code     TEXT    CHECK (limit_code IN
                               ('law', 'funder', 'finance', 'safeguarding', 'other')),
        decided_in     INTEGER REFERENCES item_drafts (id) ON DELETE SET NULL
    );
    CREATE INDEX draft_comments_draft ON draft_comments (draft_id);
    CREATE INDEX draft_comments_participant ON draft_comments (participant_id);
    """,
    # 17: the power-sharing record. Before a poll closes staff may seal the service's own
    # preferred option (women never see it before closing); at closing the bot records whether
    # women chose differently; then staff record whether the service followed them, and if
    # not, under which limit and why (the explanation goes to every woman who voted).
    """
    CREATE TABLE power_records (
        poll_id       INTEGER PRIMARY KEY REFERENCES polls (id) ON DELETE CASCADE,
        staff_choice  INTEGER NOT NULL,
        sealed_by     TEXT    NOT NULL,
        sealed_at     INTEGER NOT NULL,
        women_choice  INTEGER,
        verdict       TEXT    CHECK (verdict IN ('agreed', 'differed', 'undecided')),
        followed      TEXT    CHECK (followed IN ('followed', 'not_followed')),
        limit_code    TEXT    CHECK (limit_code IN
                              ('law', 'funder', 'finance', 'safeguarding', 'other')),
        explanation   TEXT,
        decided_by    TEXT,
        decided_at    INTEGER
    );
    """,
    # 18: what staff did after a shared-decision poll decided nothing (a tie or a missed
    # quorum): ran it again (the new poll), or decided themselves (the option and the reason
    # every woman who could vote hears). Once per poll.
    """
    CREATE TABLE poll_next_steps (
        poll_id     INTEGER PRIMARY KEY REFERENCES polls (id) ON DELETE CASCADE,
        step        TEXT    NOT NULL CHECK (step IN ('again', 'decided')),
        new_poll_id INTEGER REFERENCES polls (id) ON DELETE SET NULL,
        option      INTEGER,
        reason      TEXT,
        decided_by  TEXT    NOT NULL,
        decided_at  INTEGER NOT NULL
    );
    """,
    # 19: how long her chat keeps messages before the bot tidies them away, in hours: NULL is
    # the service's TIDY_HOURS, 0 is off.
    """
    ALTER TABLE participants ADD COLUMN tidy_hours INTEGER CHECK (tidy_hours BETWEEN 0 AND 47);
    """,
    # 20: when the service started, so a new install's first digest covers only the time
    # since (set to the moment this step runs: a new database's first start).
    """
    CREATE TABLE service_start (started_at INTEGER NOT NULL);
    INSERT INTO service_start VALUES (CAST(strftime('%s', 'now') AS INTEGER));
    """,
    # 21: what became of a safeguarding alert after Seen: which lead marked it contacted, and
    # closed, and when.
    """
    ALTER TABLE safeguarding_alerts ADD COLUMN contacted_by INTEGER;
    ALTER TABLE safeguarding_alerts ADD COLUMN contacted_by_name TEXT;
    ALTER TABLE safeguarding_alerts ADD COLUMN contacted_at INTEGER;
    ALTER TABLE safeguarding_alerts ADD COLUMN closed_by INTEGER;
    ALTER TABLE safeguarding_alerts ADD COLUMN closed_by_name TEXT;
    ALTER TABLE safeguarding_alerts ADD COLUMN closed_at INTEGER;
    """,
    # 22: indexes for the paths that scanned whole tables: the ideas page (newest published
    # first), undecided suggestions, polls by idea and by period, the latest digest, and a
    # report's period.
    """
    CREATE INDEX proposals_published ON proposals (status, published_at, id);
    CREATE INDEX ladder_suggestions_undecided ON ladder_suggestions (created_at, id)
        WHERE decision IS NULL;
    CREATE INDEX polls_proposal ON polls (proposal_id);
    CREATE INDEX polls_opened ON polls (opened_at);
    CREATE INDEX polls_closed ON polls (closed_at) WHERE closed_at IS NOT NULL;
    DROP INDEX digests_slot;
    CREATE INDEX digests_slot ON digests (slot_at, queued_at);
    CREATE INDEX proposal_history_created ON proposal_history (created_at);
    CREATE INDEX votes_voted ON votes (voted_at);
    """,
    # 23: what a poll decides about: one or more of priorities, design, language,
    # accessibility, delivery (kept in the order staff chose them in).
    """
    CREATE TABLE poll_domains (
        poll_id INTEGER NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
        domain  TEXT    NOT NULL CHECK (domain IN
                    ('priorities', 'design', 'language', 'accessibility', 'delivery')),
        UNIQUE (poll_id, domain)
    );
    """,
    # 24: a voice note given instead of written feedback or an idea's description: only
    # Telegram's reference to the file and its length in seconds, never the sound itself.
    """
    ALTER TABLE feedback ADD COLUMN voice_file_id TEXT;
    ALTER TABLE feedback ADD COLUMN voice_seconds INTEGER;
    ALTER TABLE proposals ADD COLUMN voice_file_id TEXT;
    ALTER TABLE proposals ADD COLUMN voice_seconds INTEGER;
    """,
    # 25: which item a safeguarding alert came from (linked once the item is saved) and the
    # outbox row that posted it; the outbox keeps Telegram's id of each message it sent, and a
    # row may edit the message an earlier row sent (the alert, once its item is known).
    """
    ALTER TABLE safeguarding_alerts ADD COLUMN item_kind TEXT
        CHECK (item_kind IN ('feedback', 'idea', 'poll'));
    ALTER TABLE safeguarding_alerts ADD COLUMN item_id INTEGER;
    ALTER TABLE safeguarding_alerts ADD COLUMN outbox_id INTEGER;
    ALTER TABLE outbox ADD COLUMN message_id INTEGER;
    ALTER TABLE outbox ADD COLUMN edit_of INTEGER;
    """,
    # 26: what each staff decision on an item decides about (priorities, design, language,
    # accessibility, delivery): a move, a close, a decline or what a staff plan has already
    # decided (a history row), or a "not yet" (its own row); in the training module's order.
    """
    CREATE TABLE decision_domains (
        history_id INTEGER REFERENCES proposal_history (id) ON DELETE CASCADE,
        not_yet_id INTEGER REFERENCES not_yet (id) ON DELETE CASCADE,
        domain     TEXT    NOT NULL CHECK (domain IN
                       ('priorities', 'design', 'language', 'accessibility', 'delivery')),
        CHECK ((history_id IS NULL) != (not_yet_id IS NULL))
    );
    CREATE UNIQUE INDEX decision_domains_history ON decision_domains (history_id, domain)
        WHERE history_id IS NOT NULL;
    CREATE UNIQUE INDEX decision_domains_not_yet ON decision_domains (not_yet_id, domain)
        WHERE not_yet_id IS NOT NULL;
    """,
    # 27: co-delivery. An item at co-production moves through stages (named in STAGE_ROLES):
    # each move is a `stage` event on its history (the stage it reached in `stage`), and its
    # review's result a `reviewed` event, so the history table is rebuilt to allow them.
    # Women who volunteered take roles at a stage (one row per woman, stage and role); the
    # review asks the women involved "did it work?".
    f"""{REBUILD}
    CREATE TABLE proposal_history_rebuilt (
        id           INTEGER PRIMARY KEY,
        proposal_id  INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        event        TEXT    NOT NULL CHECK (event IN
                             ('submitted', 'published', 'declined', 'moved', 'closed', 'stage',
                              'reviewed')),
        from_level   INTEGER,
        to_level     INTEGER,
        outcome      TEXT,
        limit_code   TEXT,
        staff_id     INTEGER,
        staff_name   TEXT,
        evidence     TEXT,
        reason       TEXT,
        created_at   INTEGER NOT NULL,
        stage        TEXT
    );
    INSERT INTO proposal_history_rebuilt (id, proposal_id, event, from_level, to_level, outcome,
                                          limit_code, staff_id, staff_name, evidence, reason,
                                          created_at)
        SELECT id, proposal_id, event, from_level, to_level, outcome, limit_code, staff_id,
               staff_name, evidence, reason, created_at FROM proposal_history;
    DROP TABLE proposal_history;
    ALTER TABLE proposal_history_rebuilt RENAME TO proposal_history;
    CREATE INDEX proposal_history_proposal ON proposal_history (proposal_id, id);
    CREATE INDEX proposal_history_created ON proposal_history (created_at);
    CREATE INDEX proposal_history_stage ON proposal_history (proposal_id, id)
        WHERE event = 'stage';

    CREATE TABLE item_roles (
        proposal_id    INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        stage          TEXT    NOT NULL,
        role           TEXT    NOT NULL,
        taken_at       INTEGER NOT NULL,
        PRIMARY KEY (proposal_id, participant_id, stage, role)
    );
    CREATE INDEX item_roles_participant ON item_roles (participant_id);

    -- The review of a delivered item: on `review_at` the women involved are asked "did it
    -- work?"; it closes at `closes_at` and its counts are frozen then (so they stay true after
    -- a woman deletes her data). One review per item.
    CREATE TABLE item_reviews (
        id          INTEGER PRIMARY KEY,
        proposal_id INTEGER NOT NULL UNIQUE REFERENCES proposals (id) ON DELETE CASCADE,
        review_at   INTEGER NOT NULL,
        set_by      TEXT    NOT NULL,
        set_at      INTEGER NOT NULL,
        sent_at     INTEGER,
        closes_at   INTEGER,
        closed_at   INTEGER,
        asked       INTEGER,
        yes         INTEGER,
        partly      INTEGER,
        no          INTEGER,
        comments    INTEGER
    );
    CREATE INDEX item_reviews_due ON item_reviews (review_at) WHERE sent_at IS NULL;
    CREATE INDEX item_reviews_open ON item_reviews (closes_at) WHERE closed_at IS NULL;

    -- Each woman asked, with her answer (none yet: NULL) and her optional comment.
    CREATE TABLE review_answers (
        review_id      INTEGER NOT NULL REFERENCES item_reviews (id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        answer         TEXT    CHECK (answer IN ('yes', 'partly', 'no')),
        comment        TEXT,
        answered_at    INTEGER,
        PRIMARY KEY (review_id, participant_id)
    );
    CREATE INDEX review_answers_participant ON review_answers (participant_id);
    """,
    # 28: a lead's offer of contact after an alert and her answer (message me here, not now,
    # call me); the message that gave the lead her time and number, until it is removed from
    # the chat; and, for outbox rows to staff, whose words they show.
    """
    ALTER TABLE safeguarding_alerts ADD COLUMN offered_by INTEGER;
    ALTER TABLE safeguarding_alerts ADD COLUMN offered_by_name TEXT;
    ALTER TABLE safeguarding_alerts ADD COLUMN offered_at INTEGER;
    ALTER TABLE safeguarding_alerts ADD COLUMN answer TEXT
        CHECK (answer IN ('here', 'not_now', 'call'));
    ALTER TABLE safeguarding_alerts ADD COLUMN answered_at INTEGER;
    ALTER TABLE safeguarding_alerts ADD COLUMN call_outbox_id INTEGER;
    ALTER TABLE safeguarding_alerts ADD COLUMN call_removed_at INTEGER;
    CREATE TABLE outbox_quotes (
        outbox_id      INTEGER NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        PRIMARY KEY (outbox_id, participant_id)
    );
    CREATE INDEX outbox_quotes_participant ON outbox_quotes (participant_id);
    """,
    # 29: the messages in staff chats that show a woman's words, so /forget can delete them
    # while Telegram allows (48 hours); and a mark that some of hers outlived that window.
    """
    CREATE TABLE staff_copies (
        participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        chat_id        INTEGER NOT NULL,
        message_id     INTEGER NOT NULL,
        sent_at        INTEGER NOT NULL,
        PRIMARY KEY (participant_id, chat_id, message_id)
    );
    CREATE INDEX staff_copies_sent ON staff_copies (sent_at);
    ALTER TABLE participants ADD COLUMN staff_copies_outlived INTEGER
        CHECK (staff_copies_outlived IN (0, 1));
    """,
)

LATEST_VERSION = len(MIGRATIONS)


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer release of this bot."""


class MigrationError(RuntimeError):
    """A schema step would break the database; it was rolled back."""


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
        step = migrations[number - 1]
        rebuild = step.lstrip().startswith(REBUILD)
        enforcing = await _foreign_keys(conn)
        if rebuild and enforcing:
            # Only outside a transaction does this pragma take effect.
            await conn.execute("PRAGMA foreign_keys = OFF")
        script = f"BEGIN IMMEDIATE;\n{step}\nPRAGMA user_version = {number};\n"
        try:
            await conn.executescript(script)
            if rebuild:
                async with conn.execute("PRAGMA foreign_key_check") as cursor:
                    broken = list(await cursor.fetchall())
                if broken:
                    raise MigrationError(
                        f"schema step {number} would leave {len(broken)} rows pointing nowhere"
                    )
            await conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                await conn.execute("ROLLBACK")
            raise
        finally:
            if rebuild and enforcing:
                await conn.execute("PRAGMA foreign_keys = ON")
    return len(migrations)


async def _foreign_keys(conn: aiosqlite.Connection) -> bool:
    async with conn.execute("PRAGMA foreign_keys") as cursor:
        row = await cursor.fetchone()
    return bool(row and row[0])
