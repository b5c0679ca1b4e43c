"""Database files prepared in bulk, as if a service had used the bot for a long time."""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

from storage.db import Database

FIRST_USER_ID = 10_000_000


async def _migrate(path: Path) -> None:
    db = await Database.open(path)
    await db.close()


async def seed(path: Path, women: int, items: int = 0, now: int | None = None) -> list[int]:
    """`women` who joined, and about `items` records among them; returns their Telegram ids.

    Items are spread as a busy service would have them: 40% feedback (half answered), 20% ideas
    (most published, some waiting for moderation, across the three levels), 30% supports, the
    rest history and suggestions to move up (half undecided).
    """
    await _migrate(path)
    now = int(time.time()) if now is None else now
    rng = random.Random(13)
    user_ids = [FIRST_USER_ID + n for n in range(women)]
    day = 86400
    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO participants (telegram_user_id, pseudonym, language, joined_at,"
            " last_seen_at) VALUES (?, ?, 'en', ?, ?)",
            [(uid, f"P-B{n:06d}", now - 400 * day, now - day) for n, uid in enumerate(user_ids)],
        )
        if items:
            _items(conn, rng, women, items, now)
    return user_ids


def _items(conn: sqlite3.Connection, rng: random.Random, women: int, items: int, now: int) -> None:
    day = 86400

    def someone() -> int:
        return rng.randint(1, women)

    def when() -> int:
        return now - rng.randint(0, 365 * day)

    feedback = int(items * 0.4)
    conn.executemany(
        "INSERT INTO feedback (participant_id, topic, body, created_at) VALUES (?, ?, ?, ?)",
        [
            (someone(), rng.choice(("Groups", "Staff")), f"feedback {n}", when())
            for n in range(feedback)
        ],
    )
    conn.executemany(
        "INSERT INTO feedback_responses (feedback_id, staff_user_id, body, created_at)"
        " VALUES (?, 1, 'thank you', ?)",
        [(n, now) for n in range(1, feedback + 1, 2)],
    )
    ideas = max(1, int(items * 0.2))
    rows = []
    for n in range(ideas):
        created = when()
        status = "published" if n % 10 < 8 else ("pending" if n % 10 == 8 else "declined")
        published = created + day if status == "published" else None
        rows.append((someone(), f"Idea {n}", "details", status, 1 + n % 3, created, published))
    conn.executemany(
        "INSERT INTO proposals (author_id, title, body, status, level, created_at, published_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.executemany(
        "INSERT INTO proposal_history (proposal_id, event, created_at) VALUES (?, 'published', ?)",
        [(n + 1, r[6]) for n, r in enumerate(rows) if r[6] is not None],
    )
    supports = {(rng.randint(1, ideas), someone()) for _ in range(int(items * 0.3))}
    conn.executemany(
        "INSERT OR IGNORE INTO supports (proposal_id, participant_id, created_at)"
        " VALUES (?, ?, ?)",
        [(p, w, when()) for p, w in supports],
    )
    suggestions = [n + 1 for n in range(0, ideas, max(1, ideas // max(1, int(items * 0.02))))]
    conn.executemany(
        "INSERT INTO ladder_suggestions (proposal_id, to_level, evidence, created_at, decision)"
        " VALUES (?, 2, 'supporters', ?, ?)",
        [(p, when(), None if k % 2 else "not_yet") for k, p in enumerate(suggestions)],
    )
