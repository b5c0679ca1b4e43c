"""An item's story: its rows gathered in one read and told as staff or a woman may see them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import AsyncIterator
from dataclasses import replace

from bot.rules.story import StoryEvent, StoryRows, assemble_story
from bot.runtime import Runtime
from storage.codesign import Comment, Draft
from storage.db import Tx
from storage.delivery import RoleHeld
from storage.polls import Poll
from storage.power import NextStep, PowerRecord
from storage.proposals import HistoryEntry, Proposal

Story = tuple[StoryEvent, ...]


async def item_story(
    rt: Runtime, proposal_id: int, participant_id: int | None = None, *, staff: bool = False
) -> tuple[Proposal, Story] | None:
    """The story of one item: for staff any item; for a woman a published one or her own."""
    async with rt.db.read() as tx:
        proposal = await tx.proposals.by_id(proposal_id)
        if proposal is None:
            return None
        if not staff and proposal.status != "published" and proposal.author_id != participant_id:
            return None
        records, steps = await tx.power.for_item(proposal_id)
        delivered = await tx.delivery.record(proposal_id)
        rows = StoryRows(
            proposal,
            await tx.proposals.history(proposal_id),
            await tx.drafts.for_proposal(proposal_id),
            await tx.drafts.comments(proposal_id),
            await tx.polls.for_proposal(proposal_id),
            {record.poll_id: record for record in records},
            {step.poll_id: step for step in steps},
            delivered.roles,
            delivered.review,
        )
    return proposal, assemble_story(rows, staff=staff, reader=participant_id)


# How many items' stories are put together at once for the export and the report: enough to
# keep the reads few, few enough that years of items never sit in memory all at once.
STORY_SLICE = 1000


async def story_slices(tx: Tx, size: int = STORY_SLICE) -> AsyncIterator[dict[int, Story]]:
    """Every item's story, everything told with no staff names (they are never exported), for
    `size` items at a time, oldest item first. A few reads for each slice of items, not a few
    per item; only one slice's rows are in memory at a time."""
    # One of each per poll, not per item: few enough to keep whole.
    records = {record.poll_id: record for record in await tx.power.all()}
    steps = {step.poll_id: step for step in await tx.power.all_next_steps()}
    last = -(2**62)  # below every item's number
    while proposals := await tx.proposals.after(last, size):
        first, last = proposals[0].id, proposals[-1].id
        yield await _stories(tx, proposals, first, last, records, steps)


async def _stories(
    tx: Tx,
    proposals: list[Proposal],
    first: int,
    last: int,
    records: dict[int, PowerRecord],
    steps: dict[int, NextStep],
) -> dict[int, Story]:
    """The stories of `proposals`, the items numbered `first` to `last`."""
    drafts = await tx.drafts.between(first, last)
    reviews = {
        review.proposal_id: review for review in await tx.delivery.reviews_between(first, last)
    }
    roles_of: defaultdict[int, list[RoleHeld]] = defaultdict(list)
    for role in await tx.delivery.roles_between(first, last):
        roles_of[role.proposal_id].append(role)
    item_of_draft = {draft.id: draft.proposal_id for draft in drafts}
    history_of: defaultdict[int, list[HistoryEntry]] = defaultdict(list)
    drafts_of: defaultdict[int, list[Draft]] = defaultdict(list)
    comments_of: defaultdict[int, list[Comment]] = defaultdict(list)
    polls_of: defaultdict[int, list[Poll]] = defaultdict(list)
    for proposal_id, entry in await tx.proposals.history_between(first, last):
        history_of[proposal_id].append(entry)
    for draft in drafts:
        drafts_of[draft.proposal_id].append(draft)
    for comment in await tx.drafts.comments_between(first, last):
        comments_of[item_of_draft.get(comment.draft_id, 0)].append(comment)
    for poll in await tx.polls.about_items_between(first, last):
        polls_of[poll.proposal_id or 0].append(poll)
    stories: dict[int, Story] = {}
    for proposal in proposals:
        rows = StoryRows(
            proposal,
            history_of[proposal.id],
            drafts_of[proposal.id],
            comments_of[proposal.id],
            polls_of[proposal.id],
            records,
            steps,
            roles_of[proposal.id],
            reviews.get(proposal.id),
        )
        story = assemble_story(rows, staff=True)
        stories[proposal.id] = tuple(replace(event, staff_name=None) for event in story)
    return stories
