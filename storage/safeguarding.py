"""Safeguarding alerts: what was flagged, when, and which lead saw, contacted and closed it."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite


@dataclass(frozen=True, slots=True)
class Alert:
    """A safeguarding alert: the risk words that raised it (none for the support button), the item
    it came from, and each step a lead took on it since."""

    id: int
    participant_id: int | None
    pseudonym: str | None
    words: tuple[str, ...]  # empty when she pressed the support button
    source: str
    created_at: int
    seen_by: int | None
    seen_by_name: str | None
    seen_at: int | None
    contacted_by_name: str | None = None
    contacted_at: int | None = None
    closed_by_name: str | None = None
    closed_at: int | None = None
    item_kind: str | None = None  # 'feedback', 'idea' or 'poll', once the item is saved
    item_id: int | None = None
    outbox_id: int | None = None  # the outbox row that posts it to the safeguarding chat
    offered_by_name: str | None = None  # the lead who offered her contact, and when
    offered_at: int | None = None
    answer: str | None = None  # her answer to the offer: 'here', 'not_now' or 'call'
    answered_at: int | None = None
    call_outbox_id: int | None = None  # the row that gave the lead her time and number
    call_removed_at: int | None = None  # when they were taken out of that message again


@dataclass(frozen=True, slots=True)
class AlertCounts:
    """Alerts raised in a period, by where each stands now: numbers only, never her words."""

    open: int = 0  # not yet marked contacted or closed
    contacted: int = 0  # contacted, not closed
    closed: int = 0

    @property
    def total(self) -> int:
        return self.open + self.contacted + self.closed


_SELECT = """
    SELECT a.id, a.participant_id, p.pseudonym, a.words, a.source, a.created_at,
           a.seen_by, a.seen_by_name, a.seen_at,
           a.contacted_by_name, a.contacted_at, a.closed_by_name, a.closed_at,
           a.item_kind, a.item_id, a.outbox_id, a.offered_by_name, a.offered_at,
           a.answer, a.answered_at, a.call_outbox_id, a.call_removed_at
    FROM safeguarding_alerts a LEFT JOIN participants p ON p.id = a.participant_id
"""


def _words(stored: str) -> tuple[str, ...]:
    return tuple(word for word in stored.split("\n") if word)


def _alert(row: aiosqlite.Row) -> Alert:
    return Alert(
        row[0],
        row[1],
        row[2],
        _words(row[3]),
        row[4],
        row[5],
        row[6],
        row[7],
        row[8],
        *row[9:22],
    )


class SafeguardingRepo:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def add(
        self, participant_id: int | None, words: tuple[str, ...], source: str, now: int
    ) -> Alert:
        cursor = await self._conn.execute(
            "INSERT INTO safeguarding_alerts (participant_id, words, source, created_at)"
            " VALUES (?, ?, ?, ?)",
            (participant_id, "\n".join(words), source, now),
        )
        alert = await self.by_id(int(cursor.lastrowid or 0))
        assert alert is not None
        return alert

    async def set_outbox(self, alert_id: int, outbox_id: int) -> None:
        await self._conn.execute(
            "UPDATE safeguarding_alerts SET outbox_id = ? WHERE id = ?", (outbox_id, alert_id)
        )

    async def link_item(
        self, alert_id: int, participant_id: int, kind: str, item_id: int
    ) -> Alert | None:
        """Note the item an alert of hers came from, once; the alert, or None if it is not
        hers or already linked."""
        cursor = await self._conn.execute(
            "UPDATE safeguarding_alerts SET item_kind = ?, item_id = ?"
            " WHERE id = ? AND participant_id = ? AND item_id IS NULL",
            (kind, item_id, alert_id, participant_id),
        )
        return await self.by_id(alert_id) if cursor.rowcount == 1 else None

    async def by_id(self, alert_id: int) -> Alert | None:
        async with self._conn.execute(f"{_SELECT} WHERE a.id = ?", (alert_id,)) as cursor:
            row = await cursor.fetchone()
        return _alert(row) if row else None

    async def by_participant(self, participant_id: int) -> list[Alert]:
        async with self._conn.execute(
            f"{_SELECT} WHERE a.participant_id = ? ORDER BY a.id", (participant_id,)
        ) as cursor:
            return [_alert(row) for row in await cursor.fetchall()]

    async def has_recent_unseen(
        self, participant_id: int | None, source: str, words: tuple[str, ...], since: int
    ) -> bool:
        async with self._conn.execute(
            "SELECT 1 FROM safeguarding_alerts WHERE participant_id IS ? AND source = ?"
            " AND words = ? AND created_at >= ? AND seen_at IS NULL LIMIT 1",
            (participant_id, source, "\n".join(words), since),
        ) as cursor:
            return await cursor.fetchone() is not None

    async def mark_seen(self, alert_id: int, staff_user_id: int, name: str, now: int) -> bool:
        """Mark it seen unless someone already did; True if this call marked it."""
        cursor = await self._conn.execute(
            "UPDATE safeguarding_alerts SET seen_by = ?, seen_by_name = ?, seen_at = ?"
            " WHERE id = ? AND seen_at IS NULL",
            (staff_user_id, name, now, alert_id),
        )
        return cursor.rowcount == 1

    async def mark_contacted(self, alert_id: int, staff_user_id: int, name: str, now: int) -> bool:
        """Record that a lead contacted her: only after Seen, once, and not once closed."""
        cursor = await self._conn.execute(
            "UPDATE safeguarding_alerts"
            " SET contacted_by = ?, contacted_by_name = ?, contacted_at = ?"
            " WHERE id = ? AND seen_at IS NOT NULL AND contacted_at IS NULL"
            " AND closed_at IS NULL",
            (staff_user_id, name, now, alert_id),
        )
        return cursor.rowcount == 1

    async def mark_closed(self, alert_id: int, staff_user_id: int, name: str, now: int) -> bool:
        """Close the alert: only after Seen, once."""
        cursor = await self._conn.execute(
            "UPDATE safeguarding_alerts SET closed_by = ?, closed_by_name = ?, closed_at = ?"
            " WHERE id = ? AND seen_at IS NOT NULL AND closed_at IS NULL",
            (staff_user_id, name, now, alert_id),
        )
        return cursor.rowcount == 1

    async def mark_offered(self, alert_id: int, staff_user_id: int, name: str, now: int) -> bool:
        """A lead offers her contact: only after Seen, before Closed, once, and only while
        she is still here (not forgotten). It counts as Contacted if nobody marked that yet."""
        cursor = await self._conn.execute(
            "UPDATE safeguarding_alerts SET offered_by = ?, offered_by_name = ?, offered_at = ?,"
            " contacted_by = coalesce(contacted_by, ?),"
            " contacted_by_name = coalesce(contacted_by_name, ?),"
            " contacted_at = coalesce(contacted_at, ?)"
            " WHERE id = ? AND seen_at IS NOT NULL AND closed_at IS NULL AND offered_at IS NULL"
            " AND participant_id IN (SELECT id FROM participants"
            "   WHERE telegram_user_id IS NOT NULL)",
            (staff_user_id, name, now, staff_user_id, name, now, alert_id),
        )
        return cursor.rowcount == 1

    async def record_answer(
        self, alert_id: int, participant_id: int, answer: str, now: int
    ) -> bool:
        """Her answer to the offer: only hers, only once, only while the alert is open."""
        cursor = await self._conn.execute(
            "UPDATE safeguarding_alerts SET answer = ?, answered_at = ?"
            " WHERE id = ? AND participant_id = ? AND offered_at IS NOT NULL"
            " AND answer IS NULL AND closed_at IS NULL",
            (answer, now, alert_id, participant_id),
        )
        return cursor.rowcount == 1

    async def can_answer(self, alert_id: int, participant_id: int) -> bool:
        async with self._conn.execute(
            "SELECT 1 FROM safeguarding_alerts WHERE id = ? AND participant_id = ?"
            " AND offered_at IS NOT NULL AND answer IS NULL AND closed_at IS NULL",
            (alert_id, participant_id),
        ) as cursor:
            return await cursor.fetchone() is not None

    async def set_call_outbox(self, alert_id: int, outbox_id: int) -> None:
        await self._conn.execute(
            "UPDATE safeguarding_alerts SET call_outbox_id = ? WHERE id = ?",
            (outbox_id, alert_id),
        )

    async def remove_call(self, alert_id: int, now: int) -> bool:
        """Her time and number are to go from the lead's chat; True if they were still there."""
        cursor = await self._conn.execute(
            "UPDATE safeguarding_alerts SET call_removed_at = ?"
            " WHERE id = ? AND answer = 'call' AND call_removed_at IS NULL",
            (now, alert_id),
        )
        return cursor.rowcount == 1

    async def calls_shown(self, participant_id: int) -> list[Alert]:
        """Her alerts whose call-me message still shows her time and number to the lead."""
        async with self._conn.execute(
            f"{_SELECT} WHERE a.participant_id = ? AND a.answer = 'call'"
            " AND a.call_removed_at IS NULL AND a.call_outbox_id IS NOT NULL ORDER BY a.id",
            (participant_id,),
        ) as cursor:
            return [_alert(row) for row in await cursor.fetchall()]

    async def counts_between(self, since: int, until: int) -> AlertCounts:
        """Alerts raised in [since, until), by where each stands now."""
        async with self._conn.execute(
            "SELECT count(*) FILTER (WHERE closed_at IS NULL AND contacted_at IS NULL),"
            " count(*) FILTER (WHERE closed_at IS NULL AND contacted_at IS NOT NULL),"
            " count(*) FILTER (WHERE closed_at IS NOT NULL)"
            " FROM safeguarding_alerts WHERE created_at >= ? AND created_at < ?",
            (since, until),
        ) as cursor:
            row = await cursor.fetchone()
        return AlertCounts(*(int(n) for n in row)) if row else AlertCounts()

    async def count_between(self, since: int, until: int) -> int:
        async with self._conn.execute(
            "SELECT count(*) FROM safeguarding_alerts WHERE created_at >= ? AND created_at < ?",
            (since, until),
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0
