"""Co-delivery: the stages a co-produced item goes through, the roles women take at each, and
when an item may move on. Pure functions of the facts, no I/O."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from zoneinfo import ZoneInfo

# The stage an item reaches after its last one; never a stage's own name.
FINISHED = "finished"
# Moving on from this stage waits for the item's review ("did it work?") to be done.
REVIEW = "review"
DEFAULT_STAGE_ROLES = (
    "plan: reviewer; design: designer, reviewer; access: reviewer; "
    "delivery: co_facilitator; review: reviewer"
)
NAME = re.compile(r"^[a-z][a-z0-9_]{0,19}$")
MAX_STAGES = 10
MAX_ROLES = 5
# Items with stages: published, at co-production, and not closed as "not possible".
LEVEL = 3
DAY = 86400
REVIEW_HOUR = 10
MAX_REVIEW_DAYS = 366


@dataclass(frozen=True, slots=True)
class StagePlan:
    """The stages in order, each with the roles women can take there."""

    stages: tuple[tuple[str, tuple[str, ...]], ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(stage for stage, _ in self.stages)

    def roles(self, stage: str) -> tuple[str, ...]:
        return next((roles for name, roles in self.stages if name == stage), ())


def parse_stage_roles(value: str) -> StagePlan:
    """`plan: reviewer; design: designer, reviewer` (stages in order, `;` between them, each
    with its roles after `:`); ValueError saying what is wrong."""
    stages: list[tuple[str, tuple[str, ...]]] = []
    for part in value.split(";"):
        if not part.strip():
            continue
        stage, _, roles_text = part.partition(":")
        stage = stage.strip().lower()
        roles = tuple(role.strip().lower() for role in roles_text.split(",") if role.strip())
        for name in (stage, *roles):
            if not NAME.match(name) or name == FINISHED:
                raise ValueError(
                    f"{name!r} is not a usable name: lower-case letters, digits and _, "
                    f"up to 20, starting with a letter (and not {FINISHED!r})"
                )
        if stage in {name for name, _ in stages}:
            raise ValueError(f"the stage {stage!r} is named twice")
        if len(set(roles)) != len(roles) or len(roles) > MAX_ROLES:
            raise ValueError(f"the stage {stage!r} needs up to {MAX_ROLES} different roles")
        stages.append((stage, roles))
    if not 1 <= len(stages) <= MAX_STAGES:
        raise ValueError(f"name between 1 and {MAX_STAGES} stages")
    return StagePlan(tuple(stages))


def has_stages(status: str, level: int, outcome: str) -> bool:
    """Only a published item at co-production goes through stages (not one closed as not
    possible: nothing is delivered)."""
    return status == "published" and level == LEVEL and outcome != "not_possible"


def next_stage(stages: tuple[str, ...], current: str | None) -> str | None:
    """The stage after `current`: the first one before any, FINISHED after the last, None once
    finished. A stage the service has since removed from its list moves on to the first."""
    if current == FINISHED:
        return None
    if current is None or current not in stages:
        return stages[0]
    position = stages.index(current)
    return stages[position + 1] if position + 1 < len(stages) else FINISHED


class Move(Enum):
    ALLOWED = "allowed"
    NOT_NEXT = "not_next"  # a stage skipped, gone back to, or already reached (a double press)
    REVIEW_FIRST = "review_first"  # not past the review stage before the review is done
    NO_STAGES = "no_stages"  # the item is not at co-production (or was closed as not possible)


def may_move(
    stages: tuple[str, ...],
    current: str | None,
    target: str,
    *,
    item_has_stages: bool,
    review_done: bool,
) -> Move:
    """Whether staff may move an item from `current` to `target`: one stage on at a time, and
    never past the review stage before its review is done."""
    if not item_has_stages:
        return Move.NO_STAGES
    if target != next_stage(stages, current):
        return Move.NOT_NEXT
    if current == REVIEW and not review_done:
        return Move.REVIEW_FIRST
    return Move.ALLOWED


def role_open(plan: StagePlan, current: str | None, stage: str, role: str) -> bool:
    """A woman can take (or leave) a role at the current stage or one still to come, while the
    item has not finished."""
    if role not in plan.roles(stage) or current == FINISHED:
        return False
    if current is None or current not in plan.names:
        return True
    return plan.names.index(stage) >= plan.names.index(current)


def parse_review_date(text: str, now: int, zone: ZoneInfo) -> int | None:
    """A review date: a number of days from now ("30d", "30") or a date (2026-03-01), at
    10:00 in the service's time zone; None unless it is after now and within a year."""
    cleaned = text.strip().lower().removesuffix("days").removesuffix("d").strip()
    start = datetime.fromtimestamp(now, zone)
    if cleaned.isdigit():
        day = (start + timedelta(days=int(cleaned))).date()
    else:
        try:
            day = datetime.strptime(text.strip(), "%Y-%m-%d").date()
        except ValueError:
            return None
    moment = int(datetime(day.year, day.month, day.day, REVIEW_HOUR, tzinfo=zone).timestamp())
    if not now < moment <= now + MAX_REVIEW_DAYS * DAY:
        return None
    return moment


# The review: "did it work?".

ANSWERS = ("yes", "partly", "no")


@dataclass(frozen=True, slots=True)
class ReviewCount:
    """A review's answers counted: women asked, how many said yes, partly or no, and how many
    commented."""

    asked: int
    yes: int
    partly: int
    no: int
    comments: int

    @property
    def answered(self) -> int:
        return self.yes + self.partly + self.no


def count_review(answers: Iterable[tuple[str | None, str | None]]) -> ReviewCount:
    """(answer, comment) for each woman asked: how many answered each way, how many
    commented (a comment without an answer counts too)."""
    given = list(answers)
    return ReviewCount(
        asked=len(given),
        yes=sum(1 for answer, _ in given if answer == "yes"),
        partly=sum(1 for answer, _ in given if answer == "partly"),
        no=sum(1 for answer, _ in given if answer == "no"),
        comments=sum(1 for _, comment in given if comment),
    )


def review_figures(
    closed: Iterable[tuple[int | None, ReviewCount]], holds: Callable[[int | None], bool]
) -> tuple[int, ReviewCount]:
    """Reviews that closed in the period (`holds`): how many, and their counts added up."""
    counts = [count for closed_at, count in closed if closed_at is not None and holds(closed_at)]
    return len(counts), ReviewCount(
        asked=sum(c.asked for c in counts),
        yes=sum(c.yes for c in counts),
        partly=sum(c.partly for c in counts),
        no=sum(c.no for c in counts),
        comments=sum(c.comments for c in counts),
    )


def roles_taken(
    roles: Iterable[tuple[str, str, int]], stages: tuple[str, ...], holds: Callable[[int], bool]
) -> tuple[dict[str, int], int]:
    """(stage, woman, taken_at) of every role held: per stage (in the service's order, then any
    stage since removed), how many were taken in the period, and by how many women."""
    counts: dict[str, int] = dict.fromkeys(stages, 0)
    women: set[str] = set()
    for stage, woman, taken_at in roles:
        if holds(taken_at):
            counts[stage] = counts.get(stage, 0) + 1
            women.add(woman)
    return counts, len(women)
