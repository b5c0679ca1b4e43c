"""Invite-only enrolment: staff make single-use codes; a code is spent when she joins."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from storage.db import Database, Tx

MAX_PER_REQUEST = 20
DAY_SECONDS = 24 * 3600
# Deep-link payloads allow A-Z, a-z, 0-9, _ and - and up to 64 characters.
CODE_BYTES = 12
_CODE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def new_code() -> str:
    return secrets.token_urlsafe(CODE_BYTES)


def hash_code(code: str) -> str:
    """Only the hash is stored: a copy of the database cannot be used to join."""
    return hashlib.sha256(code.encode()).hexdigest()


def looks_like_code(text: str) -> bool:
    return 1 <= len(text) <= 64 and set(text) <= _CODE_CHARS


def invite_link(bot_username: str, code: str) -> str:
    return f"https://t.me/{bot_username}?start={code}"


def parse_count(args: list[str]) -> int | None:
    """`/invite` makes one code, `/invite 5` five; anything else is a usage mistake."""
    if not args:
        return 1
    if len(args) != 1 or not args[0].isdigit() or not 1 <= int(args[0]) <= MAX_PER_REQUEST:
        return None
    return int(args[0])


@dataclass(frozen=True, slots=True)
class NewInvites:
    """Codes just made, shown to staff once (only their hashes are kept), and their expiry."""

    codes: list[str]
    expires_at: int


async def create_invites(
    db: Database, staff_user_id: int, count: int, now: int, days: int
) -> NewInvites:
    expires_at = now + days * DAY_SECONDS
    codes = [new_code() for _ in range(count)]
    async with db.transaction() as tx:
        for code in codes:
            await tx.invites.add(hash_code(code), staff_user_id, now, expires_at)
    return NewInvites(codes, expires_at)


async def invite_is_valid(db: Database, code: str, now: int) -> bool:
    """Unused and unexpired (checked at /start; spent only when she agrees)."""
    if not looks_like_code(code):
        return False
    async with db.read() as tx:
        invite = await tx.invites.by_hash(hash_code(code))
    return invite is not None and invite.used_at is None and invite.expires_at > now


async def spend_invite(tx: Tx, code: str, now: int) -> bool:
    """Spend the code inside the caller's transaction; False if it cannot be used."""
    if not looks_like_code(code):
        return False
    invite = await tx.invites.by_hash(hash_code(code))
    return invite is not None and await tx.invites.use(invite.id, now)


def code_required(enrolment: str, staff: bool) -> bool:
    """Whether joining needs an invite code: in invite mode, for everyone but staff (who may
    look at the joining screens to see what women see)."""
    return enrolment == "invite" and not staff
