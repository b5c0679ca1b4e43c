"""Which messages of a private chat can still be deleted, and which have outlived the window."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# Telegram lets a bot delete a private-chat message for 48 hours after it was sent.
DELETE_WINDOW_SECONDS = 48 * 3600
# Asking for a message a moment too old only wastes a request; stop a little early.
SAFETY_MARGIN_SECONDS = 60


def telegram_now(own_clock: int, newest_date: int) -> int:
    """Telegram's clock decides what it lets the bot delete, and it is at least as late as the
    newest message date it has shown us: a bot clock running behind must not overclaim."""
    return max(own_clock, newest_date)


def deletable_since(now: int) -> int:
    """The oldest send time a message may have and still be deleted at `now`."""
    return now - DELETE_WINDOW_SECONDS + SAFETY_MARGIN_SECONDS


@dataclass(frozen=True, slots=True)
class ChatSplit:
    """A chat's messages split at Telegram's 48-hour limit: those the bot can still delete, and
    whether any are past it."""

    deletable: list[int]  # ids young enough to delete, oldest first
    outlived: bool  # some known message is too old for the bot to delete


def split_by_window(items: Iterable[tuple[int, int]], now: int) -> ChatSplit:
    """Split (message id, date) pairs into those the bot may still delete and the rest."""
    cutoff = deletable_since(now)
    young: set[int] = set()
    outlived = False
    for message_id, at in items:
        if at >= cutoff:
            young.add(message_id)
        else:
            outlived = True
    return ChatSplit(sorted(young), outlived)
