"""Prepares a database file before the bot process starts, as if months of use had happened."""

from __future__ import annotations

from pathlib import Path

from storage.db import Database


async def seed_women(path: Path, telegram_ids: list[int], now: int) -> list[int]:
    """Women who joined earlier; returns their participant ids."""
    db = await Database.open(path)
    try:
        async with db.transaction() as tx:
            return [
                (await tx.participants.add(user_id, f"P-T{n:04d}", "en", now)).id
                for n, user_id in enumerate(telegram_ids)
            ]
    finally:
        await db.close()


async def seed_co_design_idea(path: Path, author: int, volunteers: list[int], now: int) -> int:
    """A published idea already moved to co-design, with its volunteers."""
    db = await Database.open(path)
    try:
        async with db.transaction() as tx:
            proposal = await tx.proposals.add(author, "Peer support group", "Run by women", now)
            await tx.proposals.set_status(proposal.id, "published", now)
            await tx.proposals.set_level(proposal.id, 2)
            await tx.proposals.record(proposal.id, "moved", now, from_level=1, to_level=2)
            for participant_id in volunteers:
                await tx.proposals.toggle_volunteer(proposal.id, participant_id, now)
            return proposal.id
    finally:
        await db.close()
