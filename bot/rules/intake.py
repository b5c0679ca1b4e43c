"""Which queue an update joins, and which updates go ahead of the rest of hers."""

from __future__ import annotations

from telegram import Update

# Leaving quickly and asking for support always get through, however fast she is pressing.
SAFETY_BUTTONS = ("qx", "menu:support")


def is_safety_action(update: Update) -> bool:
    """Quick exit (the command or the button) or "I need support now"."""
    if update.callback_query is not None:
        return update.callback_query.data in SAFETY_BUTTONS
    words = (update.message.text or "").split() if update.message else []
    # Commands match whatever the case (a phone may capitalise the first letter).
    return bool(words) and words[0].split("@")[0].lower() == "/exit"


def person_of(update: Update) -> int:
    """Whose updates these are: one person's are processed in order, different people's at once.

    Conversations follow the person, not the chat, so the user id is the key; an update with no
    user (none are asked for today) falls back to its chat.
    """
    if update.effective_user is not None:
        return update.effective_user.id
    if update.effective_chat is not None:
        return update.effective_chat.id
    return 0
