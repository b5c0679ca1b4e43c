"""Entries on a woman's behalf: staff record what she gave on paper, by phone or in a group.

She is a participant like any other, known by a pseudonym printed on a card she keeps, with no
Telegram id; her entries carry their channel and count on the ladder and in polls exactly as
entries from the chat do (one support and one vote per woman still hold).
"""

from __future__ import annotations

import html
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import Enum

from bot.invites import DAY_SECONDS, hash_code
from bot.proposals import evaluate_ladder, queue_new_idea_notice
from bot.pseudonyms import ALPHABET, new_pseudonym
from bot.rules.offline import (
    CHANNELS,
    IN_CHAT,
    LINK_CODE_LENGTH,
    read_link_code,
    show_link_code,
)
from bot.runtime import Runtime
from bot.texts import DEFAULT_LANGUAGE, Safe, Texts
from storage.db import Tx
from storage.participants import Participant
from storage.polls import Poll
from storage.proposals import Proposal

# An offline woman reads nothing from the bot; her entries are in the service's language.
OFFLINE_LANGUAGE = "en"


def by_whom(texts: Texts, pseudonym: str, channel: str, language: str = "en") -> Safe:
    """Her pseudonym, and how she gave it when that was not the chat (paper form, phone...)."""
    if channel == IN_CHAT:
        return Safe(html.escape(pseudonym))
    return texts(
        "offline.who",
        language,
        pseudonym=pseudonym,
        channel=texts(f"offline.channel_{channel}", language),
    )


class Recorded(Enum):
    """What became of an entry staff tried to record on her behalf."""

    DONE = "done"
    UNKNOWN = "unknown"  # no such pseudonym
    IN_CHAT = "in_chat"  # she uses the chat herself: her entries are hers to make
    MISSING = "missing"  # no such idea or poll (or not one she can act on)
    NOT_OPEN = "not_open"  # the idea is closed, or the poll has closed
    OWN = "own"  # her own idea: supporting it would count her twice
    ALREADY = "already"  # she already supports it, or already voted: one per woman
    NOT_ELIGIBLE = "not_eligible"  # she was not among those who could vote when it opened
    INVALID = "invalid"


@dataclass(frozen=True, slots=True)
class Entry:
    """What became of an entry staff made on her behalf, with the pseudonym to write on her card
    and the number of the item it concerns."""

    outcome: Recorded
    pseudonym: str | None = None  # hers, or the new one to write on her card
    new: bool = False  # a new pseudonym was made for her
    number: int | None = None  # the feedback item or idea number


async def offline_woman(rt: Runtime, pseudonym: str) -> tuple[Recorded, Participant | None]:
    """The offline woman with this pseudonym (DONE), or why staff cannot act for her."""
    async with rt.db.read() as tx:
        return _check(await tx.participants.by_pseudonym(pseudonym))


def _check(woman: Participant | None) -> tuple[Recorded, Participant | None]:
    if woman is None:
        return Recorded.UNKNOWN, None
    if not woman.offline:
        return Recorded.IN_CHAT, woman
    return Recorded.DONE, woman


async def _her(tx: Tx, pseudonym: str | None, now: int) -> tuple[Recorded, Participant | None]:
    """Inside the entry's transaction: her (seen now), or a new offline woman when None."""
    if pseudonym is None:
        made = new_pseudonym()
        while await tx.participants.pseudonym_taken(made):
            made = new_pseudonym()
        return Recorded.DONE, await tx.participants.add(None, made, OFFLINE_LANGUAGE, now)
    outcome, woman = _check(await tx.participants.by_pseudonym(pseudonym))
    if woman is not None and outcome is Recorded.DONE:
        # She took part today: she counts as active for the ladder, like a woman in the chat.
        await tx.participants.seen(woman.id, now)
    return outcome, woman


def _valid(channel: str) -> bool:
    return channel in CHANNELS


async def _record_new(
    rt: Runtime,
    pseudonym: str | None,
    write: Callable[[Tx, Participant, int], Awaitable[int]],
) -> Entry:
    """Her new item, written by `write` (which returns its number) in one transaction."""
    now = rt.now()
    async with rt.db.transaction() as tx:
        outcome, woman = await _her(tx, pseudonym, now)
        if woman is None or outcome is not Recorded.DONE:
            return Entry(outcome)
        number = await write(tx, woman, now)
    return Entry(Recorded.DONE, woman.pseudonym, pseudonym is None, number)


async def record_feedback(
    rt: Runtime, pseudonym: str | None, channel: str, topic: str, body: str
) -> Entry:
    """Her feedback as staff took it down; `pseudonym` None makes her a new pseudonym."""
    if not _valid(channel) or topic not in rt.topics(DEFAULT_LANGUAGE):
        return Entry(Recorded.INVALID)

    async def write(tx: Tx, woman: Participant, now: int) -> int:
        return (await tx.feedback.add(woman.id, topic, body, now, channel)).id

    return await _record_new(rt, pseudonym, write)


async def record_idea(
    rt: Runtime, pseudonym: str | None, channel: str, title: str, body: str
) -> Entry:
    """Her idea, waiting for moderation like any other (the staff chat is told)."""
    if not _valid(channel):
        return Entry(Recorded.INVALID)

    async def write(tx: Tx, woman: Participant, now: int) -> int:
        return (await queue_new_idea_notice(rt, tx, woman.id, title, body, channel)).id

    return await _record_new(rt, pseudonym, write)


async def idea_to_support(rt: Runtime, proposal_id: int) -> Proposal | None:
    """A published, open idea that support can be recorded for."""
    async with rt.db.read() as tx:
        proposal = await tx.proposals.by_id(proposal_id)
    if proposal is None or proposal.status != "published" or proposal.outcome != "open":
        return None
    return proposal


async def record_support(
    rt: Runtime, pseudonym: str | None, channel: str, proposal_id: int
) -> Entry:
    """Her support for a published idea; the ladder rules see it at once."""
    if not _valid(channel):
        return Entry(Recorded.INVALID)
    now = rt.now()
    async with rt.db.transaction() as tx:
        proposal = await tx.proposals.by_id(proposal_id)
        if proposal is None or proposal.status != "published":
            return Entry(Recorded.MISSING)
        if proposal.outcome != "open":
            return Entry(Recorded.NOT_OPEN)
        outcome, woman = await _her(tx, pseudonym, now)
        if woman is None or outcome is not Recorded.DONE:
            return Entry(outcome)
        if proposal.author_id == woman.id:
            return Entry(Recorded.OWN, woman.pseudonym)
        if not await tx.proposals.add_support(proposal_id, woman.id, now, channel):
            return Entry(Recorded.ALREADY, woman.pseudonym)
        await evaluate_ladder(rt, tx, proposal_id)
    return Entry(Recorded.DONE, woman.pseudonym, pseudonym is None, proposal_id)


async def poll_to_vote(rt: Runtime, pseudonym: str, poll_id: int) -> tuple[Recorded, Poll | None]:
    """An open poll she can still vote in (DONE), or why her vote cannot be recorded there;
    checked again when the vote is saved."""
    async with rt.db.read() as tx:
        poll = await tx.polls.by_id(poll_id)
        woman = await tx.participants.by_pseudonym(pseudonym)
        if poll is None or not poll.is_open or poll.closes_at <= rt.now():
            return Recorded.MISSING, None
        if woman is None:
            return Recorded.UNKNOWN, None
        if not await tx.polls.is_voter(poll_id, woman.id):
            return Recorded.NOT_ELIGIBLE, poll
        if await tx.polls.my_vote(poll_id, woman.id) is not None:
            return Recorded.ALREADY, poll
    return Recorded.DONE, poll


async def record_vote(
    rt: Runtime, pseudonym: str, channel: str, poll_id: int, position: int
) -> Entry:
    """Her one vote, if she could vote in the poll and has not voted yet.

    A vote given offline is final: staff cannot cast a second one for the same pseudonym.
    """
    if not _valid(channel):
        return Entry(Recorded.INVALID)
    now = rt.now()
    async with rt.db.transaction() as tx:
        poll = await tx.polls.by_id(poll_id)
        if poll is None or position not in poll.labels:
            return Entry(Recorded.MISSING)
        if not poll.is_open or poll.closes_at <= now:
            return Entry(Recorded.NOT_OPEN)
        outcome, woman = await _her(tx, pseudonym, now)
        if woman is None or outcome is not Recorded.DONE:
            return Entry(outcome)
        if not await tx.polls.is_voter(poll_id, woman.id):
            return Entry(Recorded.NOT_ELIGIBLE, woman.pseudonym)
        if not await tx.polls.add_offline_vote(poll_id, woman.id, position, now, channel):
            return Entry(Recorded.ALREADY, woman.pseudonym)
    return Entry(Recorded.DONE, woman.pseudonym, False, poll_id)


async def erase_offline_woman(rt: Runtime, participant_id: int, staff_id: int) -> bool:
    """Delete an offline woman and everything recorded for her, at her request.

    What remains is one row saying that an erasure happened, when and by which staff member;
    never whose it was or what it held. False when there is no such offline woman.
    """
    async with rt.db.transaction() as tx:
        woman = await tx.participants.by_id(participant_id)
        if woman is None or not woman.offline:
            return False
        await tx.participants.delete(woman.id)
        await tx.participants.record_erasure(staff_id, rt.now())
    # As after /forget: no copy of her rows may stay in the WAL.
    await rt.db.erase_traces()
    return True


@dataclass(frozen=True, slots=True)
class NewLinkCode:
    """A one-time code for staff to give an offline woman, as she will type it, and its expiry."""

    code: str  # as shown: two groups of four characters joined by a dash
    expires_at: int


async def make_link_code(rt: Runtime, participant_id: int, staff_id: int) -> NewLinkCode | None:
    """A one-time code for an offline woman to claim her history in the chat; it replaces any
    earlier unused one. None when there is no such offline woman any more."""
    now = rt.now()
    code = "".join(secrets.choice(ALPHABET) for _ in range(LINK_CODE_LENGTH))
    expires_at = now + rt.settings.invite_days * DAY_SECONDS
    async with rt.db.transaction() as tx:
        woman = await tx.participants.by_id(participant_id)
        if woman is None or not woman.offline:
            return None
        await tx.link_codes.replace(woman.id, hash_code(code), staff_id, now, expires_at)
    return NewLinkCode(show_link_code(code), expires_at)


class Linked(Enum):
    DONE = "done"
    INVALID = "invalid"  # unknown, used or expired code
    NOT_JOINED = "not_joined"


async def link_history(rt: Runtime, telegram_user_id: int, typed: str) -> tuple[Linked, str]:
    """Make the offline woman's history hers: every entry staff recorded for her moves to her
    chat record, she takes the pseudonym on her card, and the offline record goes.

    Returns the outcome and her pseudonym afterwards.
    """
    code = read_link_code(typed)
    now = rt.now()
    async with rt.db.transaction() as tx:
        her = await tx.participants.by_telegram_user(telegram_user_id)
        if her is None:
            return Linked.NOT_JOINED, ""
        found = await tx.link_codes.by_hash(hash_code(code)) if code else None
        if found is None or not await tx.link_codes.use(found.id, now):
            return Linked.INVALID, her.pseudonym
        offline = await tx.participants.by_id(found.participant_id)
        if offline is None or not offline.offline:
            return Linked.INVALID, her.pseudonym
        await tx.polls.count_once(her.id, offline.id)
        await tx.participants.merge(offline.id, her.id)
        await tx.participants.take_over(her.id, offline.pseudonym, offline.joined_at)
    return Linked.DONE, offline.pseudonym
