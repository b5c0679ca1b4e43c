"""How long each kind of record is kept: from the settings and `now`, the moment before which
each kind is past its time."""

from __future__ import annotations

from dataclasses import dataclass

DAY = 86400


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """Days each kind of record is kept (the KEEP_* and INACTIVE_* settings)."""

    feedback_days: int
    ideas_days: int
    vote_reason_days: int
    alert_days: int
    outbox_days: int
    inactive_days: int
    inactive_notice_days: int


@dataclass(frozen=True, slots=True)
class Cutoffs:
    """Records older than these moments (Unix seconds) are past their time."""

    feedback: int  # feedback written before this goes, with the replies to it
    ideas: int  # ideas declined or closed before this go
    vote_reasons: int  # reasons given in polls closed before this are erased
    alerts: int  # safeguarding alerts raised before this go
    outbox: int  # sent or abandoned messages finished before this go
    inactive: int  # a woman last seen before this is told her record will go
    notice: int  # a woman told before this, and not seen since, is deleted


def cutoffs(policy: RetentionPolicy, now: int) -> Cutoffs:
    return Cutoffs(
        feedback=now - policy.feedback_days * DAY,
        ideas=now - policy.ideas_days * DAY,
        vote_reasons=now - policy.vote_reason_days * DAY,
        alerts=now - policy.alert_days * DAY,
        outbox=now - policy.outbox_days * DAY,
        inactive=now - policy.inactive_days * DAY,
        notice=now - policy.inactive_notice_days * DAY,
    )


def deletion_date(noticed_at: int, policy: RetentionPolicy) -> int:
    """When a woman told at `noticed_at` is deleted unless she comes back."""
    return noticed_at + policy.inactive_notice_days * DAY
