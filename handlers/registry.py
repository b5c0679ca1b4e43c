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
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.config import Settings
from bot.stored_flows import StoredFlows
from handlers import (
    codesign,
    contact,
    delivery,
    feedback,
    ladder_staff,
    offline,
    plans,
    polls,
    polls_staff,
    power,
    privacy,
    proposals,
    recognition,
    reports,
    safety,
    staff,
    start,
    story,
)
from handlers.context import Ctx
from handlers.errors import on_error
from handlers.flow import Flow

# Guards run first, each in its own group, for every update: who is writing, then flooding,
# then what is noted about an update that is let in.
GUARDS = -3
FLOOD = -2
SEEN = -1
# Everything else: within a group the first handler that matches wins.
MAIN = 0

# Conversations keep button presses per chat and user, not per message; that is intended.
warnings.filterwarnings("ignore", message=".*per_message.*", category=PTBUserWarning)

TEXT_ONLY = filters.TEXT & ~filters.COMMAND
# Buttons that take her somewhere else (another flow, a menu screen, deleting her data), as
# opposed to buttons used inside a flow or beside it (support, a vote, "I need support now").
LEAVING_BUTTONS = (
    r"^(menu:(feedback|propose|ideas|mine|vote|settings|privacy|policy)|forget:yes|held:yes|vrs:\d{1,9}"
    r"|(mv|cl|sg):\d{1,9}:[a-z_0-9]{1,20}|dec:\d{1,9}|ca:c:\d{1,12})$"
)
NOT_TEXT = ~filters.TEXT & ~filters.COMMAND & ~filters.StatusUpdate.ALL


def register(app: Application[Any, Any, Any, Any, Any, Any], settings: Settings) -> None:
    """Attach every handler to `app`."""
    private = filters.ChatType.PRIVATE
    # Staff are re-checked on every update: the filter reads the allow-list each time.
    is_staff = filters.User(user_id=settings.staff_user_ids) & private

    # Every conversation ends on /cancel and on quick exit, whatever step it is at; a flow's
    # own start re-enters it, and anything that leads elsewhere ends it first.
    def always() -> list[BaseHandler[Update, Ctx, object]]:
        return [
            CommandHandler("cancel", start.cmd_cancel),
            # Seeing what is held about her (her draft too) does not end the flow.
            CommandHandler("mydata", privacy.cmd_mydata, filters=private),
            CommandHandler("exit", safety.cmd_exit, filters=private),
            CallbackQueryHandler(safety.cmd_exit, pattern=r"^qx$"),
            # Any other command, or a button that leads elsewhere, leaves the flow first.
            MessageHandler(filters.COMMAND, start.switch_flow),
            CallbackQueryHandler(start.switch_flow, pattern=LEAVING_BUTTONS),
        ]

    def expired_draft(user_id: int) -> bool:
        flows = app.persistence
        return isinstance(flows, StoredFlows) and flows.expired(user_id)

    expired = start.FlowExpired(expired_draft)

    def add_flow(
        name: str,
        *,
        entry_points: list[BaseHandler[Update, Ctx, object]],
        states: dict[object, list[BaseHandler[Update, Ctx, object]]],
    ) -> None:
        """A conversation as every flow here is one: it follows the person, not the chat (a
        staff decision pressed in the group goes on in private), its own start re-enters it,
        and `always()` ends it. Its step and drafts are stored (a restart does not end it)
        and it ends, drafts deleted, when she leaves it untouched for DRAFT_HOURS."""
        app.add_handler(
            Flow(
                entry_points=entry_points,
                # A flow left unchanged for DRAFT_HOURS ends at her next update, whatever step.
                states={step: [expired, *handlers] for step, handlers in states.items()},
                fallbacks=always(),
                name=name,
                per_chat=False,
                allow_reentry=True,
                persistent=True,
            ),
            group=MAIN,
        )

    # 1. Guards: drop edits and group chatter, know who is writing (a read); then per-woman
    #    flood control (time from the runtime's clock); then, for what it lets in, note her
    #    message for quick exit and when she was last seen.
    app.add_handler(TypeHandler(Update, start.load_participant), group=GUARDS)
    app.add_handler(TypeHandler(Update, safety.limit_flood), group=FLOOD)
    # What an update writes for itself (her message noted, last seen) only once it is let in,
    # so an update flood control drops costs no write.
    app.add_handler(TypeHandler(Update, start.note_seen), group=SEEN)

    # 2. Conversations first, so their steps win over the general commands while they run.
    add_flow(
        "feedback",
        entry_points=[
            CommandHandler("share", feedback.ask_topic, filters=private),
            # "Yes" to sending as feedback what she typed outside any flow.
            CallbackQueryHandler(feedback.ask_topic_for_held, pattern=r"^held:yes$"),
            CallbackQueryHandler(feedback.ask_topic, pattern=r"^menu:feedback$"),
        ],
        states={
            feedback.TOPIC: [
                CallbackQueryHandler(feedback.got_topic, pattern=r"^fbt:\d{1,2}$"),
                MessageHandler(TEXT_ONLY | NOT_TEXT, feedback.remind_topic),
            ],
            feedback.TEXT: [
                MessageHandler(TEXT_ONLY, feedback.got_text),
                MessageHandler(filters.VOICE, feedback.got_voice),
                MessageHandler(NOT_TEXT, safety.got_other_media),
            ],
            feedback.CONFIRM: [
                CallbackQueryHandler(
                    feedback.got_confirmation, pattern=r"^fbc:(send|edit|cancel)$"
                ),
                MessageHandler(TEXT_ONLY, feedback.got_text),
                MessageHandler(filters.VOICE, feedback.got_voice),
                MessageHandler(NOT_TEXT, safety.got_other_media),
            ],
        },
    )
    add_flow(
        "respond",
        entry_points=[CommandHandler("respond", staff.ask_reply, filters=is_staff)],
        states={
            staff.REPLY_TEXT: [
                MessageHandler(TEXT_ONLY & is_staff, staff.got_reply),
                MessageHandler(NOT_TEXT & is_staff, staff.got_non_text),
            ],
            staff.REPLY_CONFIRM: [
                CallbackQueryHandler(staff.got_reply_confirmation, pattern=r"^rsp:(send|cancel)$"),
                MessageHandler(TEXT_ONLY & is_staff, staff.got_reply),
            ],
        },
    )

    add_flow(
        "propose",
        entry_points=[
            CommandHandler("propose", proposals.ask_title, filters=private),
            CallbackQueryHandler(proposals.ask_title, pattern=r"^menu:propose$"),
        ],
        states={
            proposals.TITLE: [
                MessageHandler(TEXT_ONLY, proposals.got_title),
                MessageHandler(NOT_TEXT, safety.got_non_text),
            ],
            proposals.BODY: [
                MessageHandler(TEXT_ONLY, proposals.got_body),
                MessageHandler(filters.VOICE, proposals.got_voice),
                MessageHandler(NOT_TEXT, safety.got_other_media),
            ],
            proposals.CONFIRM: [
                CallbackQueryHandler(
                    proposals.got_confirmation, pattern=r"^prc:(send|edit|cancel)$"
                ),
                MessageHandler(NOT_TEXT, safety.got_non_text),
            ],
        },
    )
    # Staff decisions start from a button (in the staff group or a private chat) and continue
    # in the staff member's private chat.
    add_flow(
        "decisions",
        entry_points=[
            CallbackQueryHandler(ladder_staff.ask_decision, pattern=r"^mv:\d+:[23]$"),
            CallbackQueryHandler(
                ladder_staff.ask_decision,
                pattern=r"^cl:\d+:(adopted|delivered|not_possible)$",
            ),
            CallbackQueryHandler(ladder_staff.ask_decision, pattern=r"^sg:\d+:(move|wait|no)$"),
            CallbackQueryHandler(ladder_staff.ask_decline_reason, pattern=r"^dec:\d+$"),
        ],
        states={
            ladder_staff.LIMIT: [
                CallbackQueryHandler(ladder_staff.got_limit, pattern=r"^lim:[a-z]{1,20}$")
            ],
            ladder_staff.REASON: [
                MessageHandler(TEXT_ONLY & is_staff, ladder_staff.got_reason),
                MessageHandler(NOT_TEXT & is_staff, staff.got_non_text),
            ],
            # What the decision is about: domains toggled, then Done (at least one).
            ladder_staff.DOMAINS: [
                CallbackQueryHandler(
                    ladder_staff.got_decision_domain, pattern=r"^dcd:[a-z]{1,20}$"
                ),
                MessageHandler(TEXT_ONLY & is_staff, ladder_staff.got_reason),
            ],
            ladder_staff.CONFIRM: [
                CallbackQueryHandler(
                    ladder_staff.got_decision_confirmation, pattern=r"^dcs:(send|cancel)$"
                ),
                MessageHandler(TEXT_ONLY & is_staff, ladder_staff.got_reason),
            ],
        },
    )

    # A staff plan, and feedback turned into an idea (its author is asked first).
    add_flow(
        "plan",
        entry_points=[CommandHandler("plan", plans.ask_plan_title, filters=is_staff)],
        states={
            plans.TITLE: [MessageHandler(TEXT_ONLY & is_staff, plans.got_plan_title)],
            plans.BODY: [MessageHandler(TEXT_ONLY & is_staff, plans.got_plan_body)],
            plans.LEVEL: [CallbackQueryHandler(plans.got_plan_level, pattern=r"^pll:[12]$")],
            plans.CHANGE: [MessageHandler(TEXT_ONLY & is_staff, plans.got_plan_change)],
            plans.DECIDED: [
                MessageHandler(TEXT_ONLY & is_staff, plans.got_plan_decided),
                CallbackQueryHandler(plans.got_plan_decided, pattern=r"^pld:none$"),
            ],
            plans.LIMIT: [
                CallbackQueryHandler(plans.got_plan_limit, pattern=r"^lim:[a-z]{1,20}$")
            ],
            plans.DOMAINS: [
                CallbackQueryHandler(plans.got_plan_domain, pattern=r"^dcd:[a-z]{1,20}$")
            ],
            plans.CONFIRM: [
                CallbackQueryHandler(plans.got_plan_confirmation, pattern=r"^plc:(send|cancel)$")
            ],
        },
    )
    add_flow(
        "toidea",
        entry_points=[CommandHandler("toidea", plans.ask_idea_title, filters=is_staff)],
        states={
            plans.IDEA_TITLE: [MessageHandler(TEXT_ONLY & is_staff, plans.got_idea_title)],
            plans.IDEA_CONFIRM: [
                CallbackQueryHandler(plans.got_idea_confirmation, pattern=r"^fic:(send|cancel)$")
            ],
        },
    )

    # Co-design: staff share a draft or revision; women comment on one shared with them.
    media = filters.PHOTO | filters.Document.ALL
    add_flow(
        "draft",
        entry_points=[CommandHandler("draft", codesign.ask_draft, filters=is_staff)],
        states={
            codesign.BODY: [
                MessageHandler((TEXT_ONLY | media) & is_staff, codesign.got_draft_body)
            ],
            codesign.CHANGES: [MessageHandler(TEXT_ONLY & is_staff, codesign.got_changes)],
            codesign.TAKE: [CallbackQueryHandler(codesign.got_take, pattern=r"^dtk:(yes|no)$")],
            codesign.LIMIT: [
                CallbackQueryHandler(codesign.got_comment_limit, pattern=r"^lim:[a-z]{1,20}$")
            ],
            codesign.REASON: [MessageHandler(TEXT_ONLY & is_staff, codesign.got_comment_reason)],
            codesign.AUDIENCE: [
                CallbackQueryHandler(codesign.got_audience, pattern=r"^dra:(volunteers|involved)$")
            ],
            codesign.CONFIRM: [
                CallbackQueryHandler(
                    codesign.got_draft_confirmation, pattern=r"^drc:(send|cancel)$"
                )
            ],
        },
    )
    add_flow(
        "draft-comment",
        entry_points=[CallbackQueryHandler(codesign.ask_comment, pattern=r"^dcm:\d{1,9}:[cs]$")],
        states={
            codesign.COMMENT: [
                MessageHandler(TEXT_ONLY, codesign.got_comment),
                MessageHandler(NOT_TEXT, safety.got_non_text),
            ],
            codesign.COMMENT_CONFIRM: [
                CallbackQueryHandler(
                    codesign.got_comment_confirmation, pattern=r"^dcc:(send|cancel)$"
                ),
                MessageHandler(TEXT_ONLY, codesign.got_comment),
            ],
        },
    )

    # Co-delivery: staff set an item's review date and write to its helpers; women add a
    # comment to their review answer.
    add_flow(
        "review",
        entry_points=[CommandHandler("review", delivery.ask_review_date, filters=is_staff)],
        states={
            delivery.REVIEW_DATE: [MessageHandler(TEXT_ONLY & is_staff, delivery.got_review_date)]
        },
    )
    add_flow(
        "helpers",
        entry_points=[CommandHandler("helpers", delivery.ask_helpers, filters=is_staff)],
        states={
            delivery.HELPERS_AUDIENCE: [
                CallbackQueryHandler(
                    delivery.got_helpers_audience, pattern=r"^hla:(volunteers|roles)$"
                )
            ],
            delivery.HELPERS_TEXT: [
                MessageHandler(TEXT_ONLY & is_staff, delivery.got_helpers_text)
            ],
            delivery.HELPERS_CONFIRM: [
                CallbackQueryHandler(
                    delivery.got_helpers_confirmation, pattern=r"^hlc:(send|cancel)$"
                )
            ],
        },
    )
    add_flow(
        "review-comment",
        entry_points=[CallbackQueryHandler(delivery.ask_review_comment, pattern=r"^rvc:\d{1,9}$")],
        states={
            delivery.REVIEW_COMMENT: [
                MessageHandler(TEXT_ONLY, delivery.got_review_comment),
                MessageHandler(NOT_TEXT, safety.got_non_text),
            ]
        },
    )

    # The power-sharing record: after women chose differently, what the service did.
    add_flow(
        "follow",
        entry_points=[CallbackQueryHandler(power.ask_follow, pattern=r"^fol:\d{1,9}:(yes|no)$")],
        states={
            power.LIMIT: [
                CallbackQueryHandler(power.got_follow_limit, pattern=r"^lim:[a-z]{1,20}$")
            ],
            power.EXPLAIN: [MessageHandler(TEXT_ONLY & is_staff, power.got_explanation)],
            power.CONFIRM: [
                CallbackQueryHandler(power.got_follow_confirmation, pattern=r"^fsc:(send|cancel)$")
            ],
        },
    )

    # A shared decision that decided nothing: staff decide, with a reason women hear.
    add_flow(
        "decide-after-poll",
        entry_points=[
            CallbackQueryHandler(power.ask_decision_option, pattern=r"^nxt:\d{1,9}:decide$")
        ],
        states={
            power.OPTION: [
                CallbackQueryHandler(power.got_decision_option, pattern=r"^nxo:\d{1,2}$")
            ],
            power.WHY: [MessageHandler(TEXT_ONLY & is_staff, power.got_decision_reason)],
            power.SURE: [
                CallbackQueryHandler(
                    power.got_decision_confirmation, pattern=r"^nxs:(send|cancel)$"
                )
            ],
        },
    )

    add_flow(
        "contact-call",
        entry_points=[CallbackQueryHandler(contact.ask_call_details, pattern=r"^ca:c:\d{1,12}$")],
        states={
            contact.CALL_DETAILS: [
                MessageHandler(TEXT_ONLY, contact.got_call_details),
                MessageHandler(NOT_TEXT, safety.got_non_text),
            ]
        },
    )
    add_flow(
        "vote-reason",
        entry_points=[CallbackQueryHandler(polls.ask_reason, pattern=r"^vrs:\d{1,9}$")],
        states={
            polls.REASON: [
                MessageHandler(TEXT_ONLY, polls.got_reason),
                MessageHandler(NOT_TEXT, safety.got_non_text),
            ]
        },
    )
    staff_text = TEXT_ONLY & is_staff
    add_flow(
        "newpoll",
        entry_points=[CommandHandler("newpoll", polls_staff.ask_question, filters=is_staff)],
        states={
            polls_staff.QUESTION: [MessageHandler(staff_text, polls_staff.got_question)],
            polls_staff.OPTIONS: [MessageHandler(staff_text, polls_staff.got_options)],
            polls_staff.CLOSING: [MessageHandler(staff_text, polls_staff.got_closing)],
            polls_staff.QUORUM: [MessageHandler(staff_text, polls_staff.got_quorum)],
            polls_staff.AUDIENCE: [
                CallbackQueryHandler(polls_staff.got_audience, pattern=r"^npa:(all|proposal)$")
            ],
            polls_staff.PROPOSAL: [MessageHandler(staff_text, polls_staff.got_proposal)],
            polls_staff.KIND: [
                CallbackQueryHandler(polls_staff.got_kind, pattern=r"^npk:(advisory|shared)$")
            ],
            polls_staff.LIMITS: [
                MessageHandler(staff_text, polls_staff.got_limits),
                CallbackQueryHandler(polls_staff.got_limits, pattern=r"^npl:none$"),
            ],
            polls_staff.LINK: [
                MessageHandler(staff_text, polls_staff.got_link),
                CallbackQueryHandler(polls_staff.got_link, pattern=r"^npn:none$"),
            ],
            polls_staff.DOMAINS: [
                CallbackQueryHandler(polls_staff.got_domain, pattern=r"^npd:[a-z]{1,20}$")
            ],
            polls_staff.PREVIEW: [
                CallbackQueryHandler(
                    polls_staff.got_preview_answer, pattern=r"^nps:(send|cancel)$"
                )
            ],
        },
    )

    # Staff record what a woman gave offline (paper form, phone, group session).
    add_flow(
        "onbehalf",
        entry_points=[CommandHandler("onbehalf", offline.ask_who, filters=is_staff)],
        states={
            offline.WHO: [
                MessageHandler(staff_text, offline.got_who),
                CallbackQueryHandler(offline.got_new, pattern=r"^obw:new$"),
            ],
            offline.CHANNEL: [
                CallbackQueryHandler(
                    offline.got_channel, pattern=r"^obc:(paper|phone|group|other)$"
                )
            ],
            offline.KIND: [
                CallbackQueryHandler(
                    offline.got_kind, pattern=r"^obk:(feedback|idea|support|vote)$"
                )
            ],
            offline.TOPIC: [CallbackQueryHandler(offline.got_topic, pattern=r"^obt:\d{1,2}$")],
            offline.TEXT: [MessageHandler(staff_text, offline.got_text)],
            offline.TITLE: [MessageHandler(staff_text, offline.got_title)],
            offline.BODY: [MessageHandler(staff_text, offline.got_body)],
            offline.NUMBER: [MessageHandler(staff_text, offline.got_number)],
            offline.OPTION: [CallbackQueryHandler(offline.got_option, pattern=r"^obo:\d{1,2}$")],
            offline.CONFIRM: [
                CallbackQueryHandler(offline.got_confirmation, pattern=r"^obs:(send|cancel)$")
            ],
        },
    )

    # Staff record what a woman received for her time.
    add_flow(
        "recognise",
        entry_points=[CommandHandler("recognise", recognition.ask_who, filters=is_staff)],
        states={
            recognition.WHO: [MessageHandler(staff_text, recognition.got_who)],
            recognition.KIND: [
                CallbackQueryHandler(
                    recognition.got_kind,
                    pattern=r"^rck:(voucher|payment|expenses|time_credit|other)$",
                )
            ],
            recognition.VALUE: [MessageHandler(staff_text, recognition.got_value)],
            recognition.ITEM: [
                MessageHandler(staff_text, recognition.got_item),
                CallbackQueryHandler(recognition.got_item, pattern=r"^rci:none$"),
            ],
            recognition.LEVEL: [
                CallbackQueryHandler(recognition.got_level, pattern=r"^rcl:[123]$")
            ],
            recognition.PURPOSE: [MessageHandler(staff_text, recognition.got_purpose)],
            recognition.CONFIRM: [
                CallbackQueryHandler(recognition.got_confirmation, pattern=r"^rcs:(send|cancel)$")
            ],
        },
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
        ("ideas", proposals.cmd_ideas),
        ("myideas", proposals.cmd_my_ideas),
        ("myfeedback", feedback.cmd_my_feedback),
        ("vote", polls.cmd_vote),
        ("link", offline.cmd_link),
        ("policy", recognition.cmd_policy),
        ("cancel", start.cmd_cancel_nothing),
        ("exit", safety.cmd_exit),
    ):
        app.add_handler(CommandHandler(name, callback, filters=private), group=MAIN)
    app.add_handler(CallbackQueryHandler(safety.cmd_exit, pattern=r"^qx$"))
    app.add_handler(CallbackQueryHandler(safety.on_support, pattern=r"^menu:support$"))
    app.add_handler(CallbackQueryHandler(start.on_menu_back, pattern=r"^menu:back$"))
    app.add_handler(CallbackQueryHandler(contact.on_answer, pattern=r"^ca:[hn]:\d{1,12}$"))
    app.add_handler(CallbackQueryHandler(start.on_consent, pattern=r"^consent:(yes|no)$"))
    app.add_handler(CallbackQueryHandler(start.on_consent_language, pattern=r"^cl:\w{2,3}$"))
    app.add_handler(CallbackQueryHandler(privacy.on_forget, pattern=r"^forget:(yes|no)$"))
    app.add_handler(CallbackQueryHandler(privacy.on_menu_privacy, pattern=r"^menu:privacy$"))
    app.add_handler(CallbackQueryHandler(privacy.on_menu_settings, pattern=r"^menu:settings$"))
    app.add_handler(CallbackQueryHandler(proposals.cmd_ideas, pattern=r"^menu:ideas$"))
    app.add_handler(CallbackQueryHandler(proposals.cmd_my_ideas, pattern=r"^menu:mine$"))
    app.add_handler(
        CallbackQueryHandler(proposals.on_ideas_page, pattern=r"^ideas:[0-3]:\d{1,4}$")
    )
    app.add_handler(CallbackQueryHandler(proposals.on_open_idea, pattern=r"^idea:\d{1,9}$"))
    # An item's story, a page at a time: staff see the staff page, a woman hers.
    app.add_handler(CallbackQueryHandler(story.on_story_page, pattern=r"^sty:\d{1,9}:\d{1,4}$"))
    app.add_handler(CallbackQueryHandler(polls.cmd_vote, pattern=r"^menu:vote$"))
    app.add_handler(CallbackQueryHandler(recognition.cmd_policy, pattern=r"^menu:policy$"))
    app.add_handler(CallbackQueryHandler(polls.on_vote, pattern=r"^vote:\d{1,9}:\d{1,2}$"))
    app.add_handler(CallbackQueryHandler(proposals.on_toggle, pattern=r"^(sup|vol):\d{1,9}$"))
    app.add_handler(CallbackQueryHandler(codesign.on_draft_file, pattern=r"^dfl:\d{1,9}$"))
    app.add_handler(CallbackQueryHandler(delivery.on_roles, pattern=r"^rls:\d{1,9}$"))
    app.add_handler(
        CallbackQueryHandler(
            delivery.on_role, pattern=r"^rl[tl]:\d{1,9}:[a-z][a-z0-9_]{0,19}:[a-z][a-z0-9_]{0,19}$"
        )
    )
    app.add_handler(
        CallbackQueryHandler(delivery.on_review_answer, pattern=r"^rva:\d{1,9}:(yes|partly|no)$")
    )
    app.add_handler(CallbackQueryHandler(plans.on_share_answer, pattern=r"^fia:\d{1,9}:(yes|no)$"))
    app.add_handler(
        CallbackQueryHandler(
            privacy.on_setting, pattern=r"^set:(notify|lang|tidy):[a-z0-9_-]{1,10}$"
        )
    )

    # 4. Staff commands: from anyone else they fall through to the unknown-command answer (and
    #    each handler checks the allow-list again). Seen on an alert counts only from a
    #    safeguarding lead in the safeguarding chat.
    app.add_handler(CommandHandler("feedback", staff.cmd_feedback, filters=is_staff))
    app.add_handler(CommandHandler("pending", ladder_staff.cmd_pending, filters=is_staff))
    app.add_handler(CommandHandler("proposals", ladder_staff.cmd_proposals, filters=is_staff))
    app.add_handler(CommandHandler("proposal", ladder_staff.cmd_proposal, filters=is_staff))
    app.add_handler(CommandHandler("story", story.cmd_story, filters=is_staff))
    app.add_handler(CommandHandler("comments", codesign.cmd_comments, filters=is_staff))
    app.add_handler(CommandHandler("prefer", power.cmd_prefer, filters=is_staff))
    app.add_handler(CommandHandler("stages", delivery.cmd_stages, filters=is_staff))
    app.add_handler(
        CallbackQueryHandler(delivery.on_stage_move, pattern=r"^stg:\d{1,9}:[a-z][a-z0-9_]{0,19}$")
    )
    app.add_handler(CallbackQueryHandler(power.on_prefer, pattern=r"^prf:\d{1,9}:\d{1,2}$"))
    app.add_handler(CallbackQueryHandler(power.on_run_again, pattern=r"^nxt:\d{1,9}:again$"))
    app.add_handler(CommandHandler("polls", polls_staff.cmd_polls, filters=is_staff))
    app.add_handler(CommandHandler("closepoll", polls_staff.cmd_close_poll, filters=is_staff))
    app.add_handler(CommandHandler("digest", reports.cmd_digest, filters=is_staff))
    app.add_handler(CommandHandler("report", reports.cmd_report, filters=is_staff))
    app.add_handler(CommandHandler("export", reports.cmd_export, filters=is_staff))
    app.add_handler(CallbackQueryHandler(ladder_staff.on_publish, pattern=r"^pub:\d{1,9}$"))
    app.add_handler(CommandHandler("invite", staff.cmd_invite, filters=is_staff))
    app.add_handler(CommandHandler("voice", staff.cmd_voice, filters=is_staff))
    app.add_handler(CommandHandler("voiceidea", staff.cmd_voice_idea, filters=is_staff))
    app.add_handler(CallbackQueryHandler(safety.on_alert_step, pattern=r"^sg[scxon]:\d{1,12}$"))
    app.add_handler(CommandHandler("tell", contact.cmd_tell, filters=private))
    app.add_handler(CommandHandler("eraseoffline", offline.cmd_erase, filters=is_staff))
    app.add_handler(CommandHandler("linkcode", offline.cmd_link_code, filters=is_staff))
    app.add_handler(CommandHandler("herdata", privacy.cmd_her_data, filters=is_staff))
    app.add_handler(CallbackQueryHandler(offline.on_link_code, pattern=r"^olc:(\d{1,9}|no)$"))
    app.add_handler(CallbackQueryHandler(offline.on_erase, pattern=r"^oex:(\d{1,9}|no)$"))

    # 5. Last: whatever nobody else took gets the help, and stale or forged buttons a notice.
    app.add_handler(CallbackQueryHandler(start.on_held_no, pattern=r"^held:no$"), group=MAIN)
    app.add_handler(CallbackQueryHandler(start.on_help_more, pattern=r"^help:more$"), group=MAIN)
    app.add_handler(MessageHandler(filters.ALL, start.on_unknown), group=MAIN)
    app.add_handler(CallbackQueryHandler(start.on_stale_button), group=MAIN)

    app.add_error_handler(on_error)
