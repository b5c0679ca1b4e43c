"""The one place that registers handlers. Order matters: read it top to bottom."""

from __future__ import annotations

import warnings
from typing import Any

from telegram import Update
from telegram.ext import (
    Application,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.config import Settings
from handlers import feedback, privacy, safety, staff, start
from handlers.context import Ctx
from handlers.errors import on_error

# Guards run first, each in its own group, for every update: who is writing, then flooding.
GUARDS = -2
FLOOD = -1
# Everything else: within a group the first handler that matches wins.
MAIN = 0

# Conversations keep button presses per chat and user, not per message; that is intended.
warnings.filterwarnings("ignore", message=".*per_message.*", category=PTBUserWarning)

TEXT_ONLY = filters.TEXT & ~filters.COMMAND
NOT_TEXT = ~filters.TEXT & ~filters.COMMAND & ~filters.StatusUpdate.ALL


def register(app: Application[Any, Any, Any, Any, Any, Any], settings: Settings) -> None:
    """Attach every handler to `app`."""
    private = filters.ChatType.PRIVATE
    # Staff are re-checked on every update: the filter reads the allow-list each time.
    is_staff = filters.User(user_id=settings.staff_user_ids) & private

    # Every conversation ends on /cancel and on quick exit, whatever step it is at: pass
    # `always()` as (the start of) each ConversationHandler's fallbacks.
    def always() -> list[BaseHandler[Update, Ctx, object]]:
        return [
            CommandHandler("cancel", feedback.cmd_cancel),
            CommandHandler("exit", safety.cmd_exit, filters=private),
            CallbackQueryHandler(safety.cmd_exit, pattern=r"^qx$"),
        ]

    # 1. Guards: drop edits and group chatter, note her message for quick exit, know who is
    #    writing; then per-woman flood control (time from the runtime's clock).
    app.add_handler(TypeHandler(Update, start.load_participant), group=GUARDS)
    app.add_handler(TypeHandler(Update, safety.limit_flood), group=FLOOD)

    # 2. Conversations first, so their steps win over the general commands while they run.
    app.add_handler(
        ConversationHandler[Ctx](
            entry_points=[
                CommandHandler("share", feedback.ask_topic, filters=private),
                CallbackQueryHandler(feedback.ask_topic, pattern=r"^menu:feedback$"),
            ],
            states={
                feedback.TOPIC: [
                    CallbackQueryHandler(feedback.got_topic, pattern=r"^fbt:\d{1,2}$"),
                    MessageHandler(TEXT_ONLY | NOT_TEXT, feedback.remind_topic),
                ],
                feedback.TEXT: [
                    MessageHandler(TEXT_ONLY, feedback.got_text),
                    MessageHandler(NOT_TEXT, feedback.got_non_text),
                ],
                feedback.CONFIRM: [
                    CallbackQueryHandler(
                        feedback.got_confirmation, pattern=r"^fbc:(send|edit|cancel)$"
                    ),
                    MessageHandler(TEXT_ONLY, feedback.got_text),
                    MessageHandler(NOT_TEXT, feedback.got_non_text),
                ],
            },
            fallbacks=always(),
            name="feedback",
            allow_reentry=True,
        ),
        group=MAIN,
    )
    app.add_handler(
        ConversationHandler[Ctx](
            entry_points=[CommandHandler("respond", staff.ask_reply, filters=is_staff)],
            states={
                staff.REPLY_TEXT: [
                    MessageHandler(TEXT_ONLY & is_staff, staff.got_reply),
                    MessageHandler(NOT_TEXT & is_staff, staff.got_non_text),
                ],
                staff.REPLY_CONFIRM: [
                    CallbackQueryHandler(
                        staff.got_reply_confirmation, pattern=r"^rsp:(send|cancel)$"
                    ),
                    MessageHandler(TEXT_ONLY & is_staff, staff.got_reply),
                ],
            },
            fallbacks=always(),
            name="respond",
            allow_reentry=True,
        ),
        group=MAIN,
    )

    # 3. Participant commands and buttons (private chats only).
    for name, callback in (
        ("start", start.cmd_start),
        ("menu", start.cmd_menu),
        ("help", start.cmd_help),
        ("privacy", privacy.cmd_privacy),
        ("mydata", privacy.cmd_mydata),
        ("forget", privacy.cmd_forget),
        ("settings", privacy.cmd_settings),
        ("cancel", start.cmd_cancel_nothing),
        ("exit", safety.cmd_exit),
    ):
        app.add_handler(CommandHandler(name, callback, filters=private), group=MAIN)
    app.add_handler(CallbackQueryHandler(safety.cmd_exit, pattern=r"^qx$"))
    app.add_handler(CallbackQueryHandler(safety.on_support, pattern=r"^menu:support$"))
    app.add_handler(CallbackQueryHandler(start.on_consent, pattern=r"^consent:(yes|no)$"))
    app.add_handler(CallbackQueryHandler(privacy.on_forget, pattern=r"^forget:(yes|no)$"))
    app.add_handler(CallbackQueryHandler(privacy.on_menu_privacy, pattern=r"^menu:privacy$"))
    app.add_handler(CallbackQueryHandler(privacy.on_menu_settings, pattern=r"^menu:settings$"))
    app.add_handler(
        CallbackQueryHandler(privacy.on_setting, pattern=r"^set:(notify|lang):[a-z_-]{1,10}$")
    )

    # 4. Staff commands: from anyone else they fall through to the unknown-command answer (and
    #    each handler checks the allow-list again). Seen on an alert counts only from a
    #    safeguarding lead in the safeguarding chat.
    app.add_handler(CommandHandler("feedback", staff.cmd_feedback, filters=is_staff))
    app.add_handler(CommandHandler("invite", staff.cmd_invite, filters=is_staff))
    app.add_handler(CallbackQueryHandler(safety.on_alert_seen, pattern=r"^sgs:\d{1,12}$"))

    # 5. Last: whatever nobody else took gets the help, and stale or forged buttons a notice.
    app.add_handler(MessageHandler(filters.ALL, start.on_unknown), group=MAIN)
    app.add_handler(CallbackQueryHandler(start.on_stale_button), group=MAIN)

    app.add_error_handler(on_error)
