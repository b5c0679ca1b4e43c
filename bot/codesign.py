"""Co-design: staff share drafts of an item's plan, women comment, revisions say what they took."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from bot.ladder import LIMIT_CODES, Level
from bot.notices import notice
from bot.participants import wants_notice
from bot.proposals import Outcome, StaffMember
from bot.runtime import Runtime
from bot.text_input import excerpt
from bot.texts import Safe
from storage.codesign import Comment, Draft
from storage.db import Tx
from storage.proposals import Proposal

AUDIENCES = ("volunteers", "involved")
COMMENT_KINDS = ("comment", "suggestion")
FILE_KINDS = ("photo", "document")
# Her words quoted back in "what became of your suggestion", so the message stays short.
QUOTE_LENGTH = 200


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a revision did with one open comment."""

    comment_id: int
    taken: bool
    reason: str | None = None
    limit_code: str | None = None


@dataclass(frozen=True, slots=True)
class NewDraft:
    """A draft version as staff wrote it, before it is checked and shared: its text or file, who
    sees it, and what it did with each open comment."""

    body: str
    audience: str
    file_id: str | None = None
    file_kind: str | None = None
    changes: str | None = None  # required for every version after the first
    verdicts: tuple[Verdict, ...] = ()


def draft_is_valid(draft: NewDraft, first: bool, open_ids: frozenset[int]) -> bool:
    """A revision says what changed and decides only open comments; "not taken" has a reason."""
    if draft.audience not in AUDIENCES or (draft.file_kind not in (None, *FILE_KINDS)):
        return False
    if (draft.file_id is None) != (draft.file_kind is None):
        return False
    if not first and not draft.changes:
        return False
    for verdict in draft.verdicts:
        if verdict.comment_id not in open_ids:
            return False
        if not verdict.taken and not verdict.reason:
            return False
        if verdict.limit_code is not None and verdict.limit_code not in LIMIT_CODES:
            return False
    return True


def open_for_co_design(proposal: Proposal) -> bool:
    """Drafts belong to an open, published item at co-design or above."""
    return (
        proposal.status == "published"
        and proposal.outcome == "open"
        and proposal.level >= Level.CO_DESIGN
    )


@dataclass(frozen=True, slots=True)
class CoDesign:
    """An item's co-design so far: every version of its draft and every comment on them."""

    proposal: Proposal
    drafts: list[Draft]
    comments: list[Comment]

    @property
    def open_comments(self) -> list[Comment]:
        return [c for c in self.comments if c.outcome is None]


async def co_design(rt: Runtime, proposal_id: int) -> CoDesign | None:
    async with rt.db.read() as tx:
        proposal = await tx.proposals.by_id(proposal_id)
        if proposal is None:
            return None
        return CoDesign(
            proposal,
            await tx.drafts.for_proposal(proposal_id),
            await tx.drafts.comments(proposal_id),
        )


async def share_draft(
    rt: Runtime, proposal_id: int, new: NewDraft, staff: StaffMember
) -> tuple[Outcome, Draft | None]:
    """Publish the next version to the women it is shared with; a revision also tells each
    woman who commented which of her suggestions it took and, for the others, why not."""
    now = rt.now()
    async with rt.db.transaction() as tx:
        proposal = await tx.proposals.by_id(proposal_id)
        if proposal is None:
            return Outcome.MISSING, None
        if not open_for_co_design(proposal):
            return Outcome.NOT_OPEN, None
        earlier = await tx.drafts.for_proposal(proposal_id)
        comments = await tx.drafts.comments(proposal_id)
        open_ids = frozenset(c.id for c in comments if c.outcome is None)
        if not draft_is_valid(new, not earlier, open_ids):
            return Outcome.INVALID, None
        draft = await tx.drafts.add(
            proposal_id,
            new.body,
            new.file_id,
            new.file_kind,
            new.changes if earlier else None,
            new.audience,
            staff.id,
            staff.name,
            now,
        )
        for verdict in new.verdicts:
            await tx.drafts.decide_comment(
                verdict.comment_id,
                "taken" if verdict.taken else "not_taken",
                verdict.reason,
                verdict.limit_code,
                draft.id,
            )
        await _send_draft(rt, tx, proposal, draft, new.verdicts)
        await _tell_commenters(rt, tx, proposal, draft, comments, new.verdicts)
    return Outcome.DONE, draft


async def _send_draft(
    rt: Runtime, tx: Tx, proposal: Proposal, draft: Draft, verdicts: tuple[Verdict, ...]
) -> None:
    """The version to each woman it is shared with; a revision says what changed and how many
    of the comments on the last version it took (each commenter hears which, separately)."""
    taken = sum(1 for verdict in verdicts if verdict.taken)
    changes_key = "codesign.changes_took_line" if verdicts else "codesign.changes_line"
    for woman in await tx.proposals.involved(proposal.id):
        if draft.audience == "volunteers" and not woman.is_volunteer:
            continue
        if not wants_notice(woman.notify, her_own=woman.is_author or woman.is_volunteer):
            continue
        language = woman.language
        changes = (
            rt.texts(
                changes_key, language, changes=draft.changes, taken=taken, decided=len(verdicts)
            )
            if draft.changes
            else ""
        )
        buttons = [
            [
                (rt.texts("codesign.button_comment", language), f"dcm:{draft.id}:c"),
                (rt.texts("codesign.button_suggest", language), f"dcm:{draft.id}:s"),
            ]
        ]
        if draft.file_id:
            buttons.append([(rt.texts("codesign.button_file", language), f"dfl:{draft.id}")])
        await rt.outbox.queue(
            tx,
            woman.telegram_user_id,
            notice(
                rt.texts,
                "codesign.you_draft",
                language,
                title=proposal.title,
                version=draft.version,
                body=draft.body,
                changes=changes,
            ),
            participant_id=woman.participant_id,
            buttons=buttons,
            protect=True,
        )


async def _tell_commenters(
    rt: Runtime,
    tx: Tx,
    proposal: Proposal,
    draft: Draft,
    comments: list[Comment],
    verdicts: tuple[Verdict, ...],
) -> None:
    """Each woman whose comments this version decided hears about each of them, once."""
    by_id = {c.id: c for c in comments}
    per_woman: dict[int, list[tuple[Comment, Verdict]]] = defaultdict(list)
    for verdict in verdicts:
        comment = by_id[verdict.comment_id]
        per_woman[comment.participant_id].append((comment, verdict))
    for participant_id, decided in per_woman.items():
        woman = await tx.participants.by_id(participant_id)
        if woman is None or not wants_notice(woman.notify, her_own=True):
            continue
        lines = [_verdict_line(rt, woman.language, c, v) for c, v in decided]
        await rt.outbox.queue(
            tx,
            woman.telegram_user_id,
            notice(
                rt.texts,
                "codesign.you_outcome",
                woman.language,
                title=proposal.title,
                version=draft.version,
                lines=Safe("\n".join(lines)),
            ),
            participant_id=woman.id,
            protect=True,
        )


def _verdict_line(rt: Runtime, language: str, comment: Comment, verdict: Verdict) -> Safe:
    said = excerpt(comment.body, QUOTE_LENGTH)
    if verdict.taken:
        return rt.texts("codesign.line_taken", language, said=said)
    if verdict.limit_code:
        limit = rt.texts(f"ladder.limit_{verdict.limit_code}", language)
        return rt.texts(
            "codesign.line_not_taken_limit",
            language,
            said=said,
            reason=verdict.reason,
            limit=limit,
        )
    return rt.texts("codesign.line_not_taken", language, said=said, reason=verdict.reason)


async def draft_for(rt: Runtime, draft_id: int, participant_id: int) -> Draft | None:
    """The draft, if it was shared with her (checked on every press)."""
    async with rt.db.read() as tx:
        draft = await tx.drafts.by_id(draft_id)
        if draft is None or not await tx.drafts.can_comment(draft_id, participant_id):
            return None
        return draft


async def add_comment(
    rt: Runtime, draft_id: int, participant_id: int, kind: str, body: str
) -> Outcome:
    """Her comment or suggested change on the newest version of a draft shared with her."""
    if kind not in COMMENT_KINDS:
        return Outcome.INVALID
    now = rt.now()
    async with rt.db.transaction() as tx:
        draft = await tx.drafts.by_id(draft_id)
        if draft is None or not await tx.drafts.can_comment(draft_id, participant_id):
            return Outcome.MISSING
        proposal = await tx.proposals.by_id(draft.proposal_id)
        newest = await tx.drafts.for_proposal(draft.proposal_id)
        if proposal is None or not open_for_co_design(proposal):
            return Outcome.NOT_OPEN
        if newest[-1].id != draft.id:
            return Outcome.ALREADY
        await tx.drafts.add_comment(draft_id, participant_id, kind, body, now)
        for staff_chat in rt.staff_chats():
            # A count, never her words: staff read them with /comments in a private chat.
            await rt.outbox.queue(
                tx,
                staff_chat,
                rt.texts("codesign.staff_new_comment", number=proposal.id, version=draft.version),
            )
    return Outcome.DONE
