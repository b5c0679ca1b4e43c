"""What handlers and jobs share: settings, database, texts, outbox, safety state and the clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from bot.config import Settings
from bot.flood import FloodControl
from bot.outbox import Outbox
from bot.quick_exit import ChatTrail
from bot.rules.risk_words import merge_word_lists
from bot.texts import Texts
from storage.db import Database
from storage.feedback import Voice


@dataclass(slots=True)
class Runtime:
    """What every handler and job shares, made once the database is open (post_init) and reached
    through the application, never a module global."""

    settings: Settings
    db: Database
    texts: Texts
    outbox: Outbox
    clock: Callable[[], float]
    trail: ChatTrail
    flood: FloodControl
    # Text (or a voice note's reference) a woman sent outside any flow, held in memory only
    # until she says whether to send it as feedback (never stored unless she has joined and
    # says yes).
    held: dict[int, str | Voice] = field(default_factory=dict)
    # When staff were last told that something failed (errors are reported at most so often).
    last_error_alert: float = field(default=-1e9)

    def now(self) -> int:
        return int(self.clock())

    @property
    def risk_words(self) -> tuple[str, ...]:
        """RISK_WORDS if the service set it, else every language's `risk.words` list."""
        return self.settings.risk_words or merge_word_lists(
            self.texts.in_every_language("risk.words")
        )

    def topics(self, language: str) -> tuple[str, ...]:
        """Feedback topics as she reads them: the service's own, else her language's."""
        return self.settings.feedback_topics or self.texts.lines("feedback.topics", language)

    def staff_chats(self) -> list[int]:
        """Where staff are told what they must act on (a new idea, a ladder suggestion, the
        digest, a poll's result...): the staff chat; without one (STAFF_CHAT_ID unset), each
        staff member in private, so none of it goes nowhere."""
        if self.settings.staff_chat_id is not None:
            return [self.settings.staff_chat_id]
        return sorted(self.settings.staff_user_ids)

    def is_staff(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.settings.staff_user_ids

    def is_safeguarding_lead(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.settings.safeguarding_lead_ids
