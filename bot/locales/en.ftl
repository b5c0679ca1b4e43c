# English texts. Every sentence the bot sends lives here, keyed, in Project Fluent's format
# (https://projectfluent.org/fluent/guide/). A key `consent.agree` in the code is the message
# `consent-agree` here. A service overrides any message from its own file (TEXTS_FILE).
# { $service_name } and { $helplines } are filled in everywhere from the settings, or from the
# common-* messages below when those settings are not set.
# Inserted values are HTML-escaped; the texts themselves are HTML.
# Numbers choose their plural form: { $count -> [one] … *[other] … }.

## common

common-service_name = Have your say
common-helplines =
    999 in an emergency
    National Domestic Abuse Helpline: 0808 2000 247 (free, 24 hours)

## language

# The language's own name, on the button that switches to it.
language-name = English

## profile

# What Telegram shows before the first /start (up to 512 characters), and on the bot's
# profile (up to 120). Keep them neutral: they show on a woman's phone.
profile-description = Tell us what you think. Share your ideas. Help us decide things together. Press Start to read how it works. We keep nothing before you agree.
profile-short_description = Tell us what you think and help decide things together.

## dates

# CLDR date patterns (https://babel.pocoo.org/en/latest/dates.html#pattern-syntax): month and
# day names come in each language by themselves.

dates-day = dd MMM y
dates-moment = dd MMM y HH:mm
dates-short = dd MMM HH:mm
dates-short_weekday = EEE dd MMM HH:mm
dates-long = EEE dd MMM y, HH:mm

## consent

consent-screen =
    <b>Welcome to { $service_name }</b>

    Here you can tell us what you think. You can share ideas. You can help the people who run the service decide things.

    <b>Please read this before you join:</b>
    • If you join, we give you a made-up name, like P-7KQ2.
    • We keep what you choose to send us, and your settings.
    • Staff see only your made-up name. They never see your Telegram name, username or phone number.
    • This chat is <b>not watched all the time</b>. Do not use it to ask for help in a crisis.
    • Urgent help: { $helplines }
    • What you write may show that you are not safe. Then we show you where to get help. We also tell the staff member who looks after safety.
    • /exit quickly deletes the messages in this chat from the last two days. Only you can delete older ones.
    • /mydata shows everything we keep about you. /forget deletes all of it. You can use them at any time.

    We keep nothing about you until you press <b>I agree</b>.
consent-agree = I agree
consent-decline = Not now
consent-declined = That's fine. We have kept nothing about you. Send /start if you change your mind.
consent-joined = Thank you for joining. Your made-up name is <b>{ $pseudonym }</b>.
consent-already = You have already joined.
consent-needed = Please send /start and join first. Then you can use this.

## menu

menu-text = What would you like to do?
menu-feedback = Give feedback
menu-propose = Suggest an idea
menu-ideas = See ideas
menu-mine = My ideas
menu-vote = Vote
menu-privacy = Privacy and my data
menu-settings = Settings
menu-support = I need support now
menu-exit = Leave quickly
menu-back = Back to the menu

menu-policy = Thanks for your time
## help

help-text =
    Here is what you can do:
    /share – give feedback
    /propose – suggest an idea
    /vote – polls you can vote in
    /menu – everything else
    /exit – leave quickly

    Urgent help: { $helplines }
help-unknown = Sorry, I didn't understand that.
help-staff =
    Staff commands:
    /feedback – recent feedback by topic
    /respond &lt;number&gt; – reply to a piece of feedback
    /pending – ideas waiting to be published or declined
    /proposals [level] [page] – ideas by ladder level (1, 2, 3 or all), 20 a page
    /proposal &lt;number&gt; – one idea, its history, and buttons to move it up or close it
    /story &lt;number&gt; – an idea's whole story, from where it came from to now
    /plan – put the service's own plan on the ladder, saying what women can still change
    /toidea &lt;number&gt; – ask a woman whether her feedback may become an idea others can support
    /draft &lt;number&gt; – share a draft or a revision with an idea's volunteers
    /comments &lt;number&gt; – the comments on an idea's drafts, grouped per draft
    /newpoll – create a poll (a guided conversation with a preview)
    /polls – open and recent polls with turnout
    /closepoll &lt;number&gt; – close a poll now
    /prefer &lt;number&gt; – seal the service's preferred option in a poll (shown only after it closes)
    /invite [number] – single-use invitation links
    /voice &lt;number&gt; – play the voice note of a piece of feedback (it cannot be saved or forwarded)
    /voiceidea &lt;number&gt; – play the voice note that describes an idea
    /tell &lt;alert&gt; &lt;message&gt; – (safeguarding leads) write to a woman who chose “message me here” after an alert
    /onbehalf [pseudonym] – record feedback, an idea, a support or a vote a woman gave on paper, by phone or in a group
    /eraseoffline &lt;pseudonym&gt; – erase an offline woman's records at her request
    /linkcode &lt;pseudonym&gt; – a one-time code she sends with /link once she has joined, so her offline entries become part of her chat
    /herdata &lt;pseudonym&gt; – everything held about an offline woman (with what she received), as a file to print for her
    /recognise [pseudonym] – record what a woman received for her time: voucher, payment, expenses, time credit or other
    /stages &lt;number&gt; – an idea's stages, who has which role, and a button to move it on
    /review &lt;number&gt; – set the day women are asked “did it work?”, or read their answers
    /helpers &lt;number&gt; – write to the women helping with an idea

    /digest – the digest now: what is new since the last one and what is waiting
    /report [period] – the co-production report with a chart: /report (last 90 days), /report 30d, /report 2026, /report 2026-Q1 or /report all
    /export – everything, pseudonymised, as a zip of CSV files
help-more_button = More
help-more =
    Here is what you can do:
    /menu – the main menu
    /share – give feedback
    /propose – suggest an idea
    /ideas – see ideas and support them
    /myideas – your own ideas and what happened to them
    /myfeedback – your feedback and our replies
    /vote – polls you can vote in
    /settings – language and messages from us
    /privacy – what we keep and who sees it
    /mydata – everything we keep about you
    /forget – delete everything about you
    /link &lt;code&gt; – add what you told us on paper, by phone or in a group
    /policy – how we thank you for your time (vouchers, expenses, time credits)
    /cancel – stop what you are doing
    /exit – leave quickly

    Urgent help: { $helplines }
## privacy

privacy-text =
    <b>Your privacy</b>

    <b>What we keep:</b>
    • your made-up name ({ $pseudonym })
    • when you joined, and when you last used this chat
    • your settings
    • what you send us: feedback, ideas and votes
    • the ideas you support or help with, and our replies to you
    • the numbers of the messages in this chat, for 48 hours. Then /exit can delete them. We do not keep their words. Telegram lets us delete messages for 48 hours only.
    • when you ask for support. We tell the staff member who looks after safety.
    • when what you write shows you may not be safe. We tell them too.
    • what you got if we thank you for your time, and what it was for. For example, a voucher, a payment, expenses or a time credit. Staff write this down.
    • what you gave us on paper, by phone or in a group. This is only if you used /link.

    <b>Who sees it:</b> the staff of { $service_name }. They see only your made-up name. They never see your Telegram name, username or phone number.
    <b>What we don't do:</b> we don't download photos or files. We don't share anything with anyone else.

    See it all: /mydata
    Delete it all: /forget
privacy-not_joined =
    <b>Your privacy</b>

    You have not joined, so we keep nothing about you. If you join with /start, we give you a made-up name. We keep what you send us and your settings. Staff see only the made-up name.

privacy-retention =
    <b>How long we keep it:</b>
    • your feedback and our replies: { $feedback_days } days
    • an idea: { $ideas_days } days after it was turned down or closed
    • the reason you gave with a vote: { $reason_days } days after the poll closed
    • a note that you might need support: { $alert_days } days
    If you don't use this chat for { $inactive_days } days, we send you one message. { $notice_days } days later we delete everything we keep about you. But we don't if you write to us before then.
    After that, our reports still count that something was sent. They don't show what it said or who sent it.
## mydata

mydata-header =
    <b>Everything we hold about you</b>

    Made-up name: { $pseudonym }
    Joined: { $joined }
    Last active: { $last_seen }
    Language: { $language }
    Messages from us: { $notify }
mydata-feedback_header = <b>Your feedback</b>
mydata-feedback_item =
    #{ $number } · { $date } · { $topic }
    “{ $body }”
mydata-response_item = Our reply ({ $date }): { $body }
mydata-none = You have not sent any feedback yet.
mydata-ideas_header = <b>Your ideas</b>
mydata-idea_item =
    #{ $number } · { $date } · { $status }
    <b>{ $title }</b>
    “{ $body }”
mydata-supported = Ideas you support: { $numbers }
mydata-volunteered = Ideas you offered to help with: { $numbers }
mydata-votes_header = <b>Your votes</b>
mydata-vote_item = Poll #{ $number } “{ $question }”: { $option }
mydata-vote_reason = { " " }(your reason: { $reason })
mydata-safety =
    Times we told the team you might need support: { $alerts }
    Messages in this chat that /exit can still delete: { $messages }. We keep their numbers for 48 hours.
    Messages to the team that show your words: { $staff }. /forget can still delete them. We keep their numbers for 48 hours.
mydata-footer = To delete all of this, send /forget.

mydata-given = (how you gave it: { $channel })
mydata-recognition_header = <b>What you received for your time</b>
mydata-recognition_item = { $date } · { $kind }: { $value } · for { $purpose }
mydata-her_usage = Send /herdata followed by her pseudonym, e.g. /herdata P-7KQ4.
mydata-her_caption = Everything we hold about { $pseudonym }, to print and give her. Please don't keep copies.
mydata-drafts_header =
    <b>Started but not sent</b>
    We delete it { $hours } hours after you last change it. /cancel deletes it now.
mydata-draft_feedback =
    Feedback on { $topic }:
    “{ $body }”
mydata-draft_idea = Idea: <b>{ $title }</b>
mydata-draft_idea_body = “{ $body }”
mydata-draft_comment =
    On a draft ({ $kind }):
    “{ $body }”
mydata-shared_header = <b>Sharing your feedback as an idea</b>
mydata-shared_open = Feedback #{ $number }: we asked if we may share it as the idea “{ $title }”. You have not answered yet.
mydata-shared_yes = Feedback #{ $number }: you said yes to sharing it as the idea “{ $title }”.
mydata-shared_no = Feedback #{ $number }: you said no to sharing it as the idea “{ $title }”. It stays private.
mydata-comments_header = <b>Your comments on drafts</b>
mydata-comment_item = { $date } · draft version { $version } · { $kind }: “{ $body }” · { $state }
mydata-comment_open = not decided yet
mydata-comment_taken = taken
mydata-comment_not_taken = not taken
mydata-comment_reason = { " " }(why: { $reason })
mydata-roles_header = <b>Your roles</b>
mydata-role_item = #{ $number }: { $role } ({ $stage })
mydata-reviews_header = <b>Your answers to “Did it work?”</b>
mydata-review_item = #{ $number }: { $answer }
mydata-review_comment = { " " }(your comment: { $comment })
## forget

forget-ask =
    This deletes everything we keep about you. It is for good:
    • your made-up name and your settings
    • your feedback and our replies to it
    • your ideas
    • your support for other ideas, and your offers to help with them
    • your votes and the reasons you gave with them
    • anything you had started to write here
    • the numbers of the messages in this chat that /exit uses

    What stays:
    • Messages in the team's chats that show your words and are over 48 hours old. We delete newer ones.
    • Files the team saved, like an export or a report. Voice notes they played. Lists of comments on plans.
    • We may have told the team you might need support. Then a note of when stays. It has no name and none of your words.
    • The messages in this chat stay on your phone until you delete them. We offer to do that straight after.

    You can't undo this. Delete everything?
forget-confirm = Yes, delete everything
forget-keep = No, keep it
forget-done = Done. We have deleted everything we kept about you. The messages in this chat are still on your phone. Press the button to delete all the ones we still can. If you ever want to come back, send /start.
forget-kept = OK, nothing has been deleted.
forget-nothing = We don't keep anything about you.

forget-not_asked = Nothing has been deleted. To delete everything we keep about you, send /forget. Then answer its question.
forget-clear_now = Delete this chat's messages now
forget-staff_deleted = We also deleted the messages in the team's chats that showed your words.
forget-staff_some_deleted = We also deleted the newer messages in the team's chats that showed your words. Telegram lets us delete messages only for 48 hours. Older ones are too old for us to delete. They stay in the team's chats.
forget-staff_none_deleted = Some messages in the team's chats showed your words. They are too old for us to delete. Telegram lets us do that only for 48 hours. So they stay there.
## settings

settings-text =
    <b>Settings</b>

    Language: { $language }
    Messages from us: { $notify }
    Messages in this chat are deleted: { $tidy }

    Choose what to change:
settings-notify_all = About everything
settings-notify_mine = Only about my own things
settings-notify_none = Nothing
settings-notify_label_all = about everything
settings-notify_label_mine = only about your own things
settings-notify_label_none = none
settings-saved = Saved.

settings-tidy_label_off = only when you use /exit
settings-tidy_label_hours = after { $hours } hours
settings-tidy_button_off = Keep messages
settings-tidy_button_hours = Delete after { $hours } hours
## feedback

# The topics she chooses from, one a line (FEEDBACK_TOPICS replaces them in every language).
feedback-topics =
    Sessions and groups
    Staff and volunteers
    Building and getting here
    Information and resources
    Something else
feedback-choose_topic = What is your feedback about?
feedback-ask_text =
    Topic: <b>{ $topic }</b>

    Please write your feedback in one message (up to { $limit } characters). Send /cancel to stop.
feedback-review =
    Please check your feedback:

    <b>{ $topic }</b>
    “{ $body }”

    Send it?
feedback-send = Send
feedback-rewrite = Write it again
feedback-cancel = Cancel
feedback-thanks = Thank you. Your feedback has been sent to the team (number #{ $number }). We will tell you when they reply.
feedback-cancelled = OK, nothing was sent.
feedback-you_said_we_did =
    <b>You said, we did</b>

    You said (feedback #{ $number }, { $topic }):
    “{ $body }”

    The team replied:
    { $response }

feedback-offer = Would you like to send this as feedback?
feedback-offer_yes = Yes, send it
feedback-offer_no = No
feedback-offer_dropped = OK. It was not sent, and nothing was kept.
feedback-mine_header = <b>Your feedback and our replies</b>
feedback-no_reply_yet = No reply yet.
## input

input-text_only = Please send your answer as a text message. Photos, stickers, voice notes and files can't be used here. Nothing was saved.
input-too_long = That is { $length } characters. The most you can send is { $limit }. Please make it shorter and send it again.
input-empty = That message was empty. Please write some text.
input-cancelled = Stopped. Nothing was saved.
input-nothing_to_cancel = There is nothing to stop.
input-stale_button = This button is no longer active.

## exit

exit-done = OK.
exit-some_stay = OK. Only you can remove older messages here. In your chat list, press and hold this chat. On iPhone, swipe it left. Then choose Delete.
## safeguarding

safeguarding-reply =
    If you need help now, you can call:
    { $helplines }

    We have told the staff member who looks after safety. This chat is not watched all the time. So they may not see it straight away.
safeguarding-alert_words =
    <b>Safeguarding alert</b>
    From: { $pseudonym }
    Words: { $words }
    Where: { $source }
    Time: { $time }
safeguarding-alert_button =
    <b>Safeguarding alert</b>
    { $pseudonym } pressed “I need support now”.
    Time: { $time }
safeguarding-not_joined = someone who has not joined (no made-up name)
safeguarding-source_feedback = while writing feedback
safeguarding-source_message = in a message to the bot
safeguarding-source_proposal = while suggesting an idea
safeguarding-source_vote_reason = while giving a reason for a vote
safeguarding-seen_button = Seen
safeguarding-seen_line = Seen by { $who } at { $time }
safeguarding-reply_hours =
    If you need help now, you can call:
    { $helplines }

    We have told the staff member who looks after safety. They read these messages { $hours }. They don't read them at other times.
safeguarding-reply_untold =
    If you need help now, you can call:
    { $helplines }

    This chat is not watched, so please use the numbers above.
safeguarding-contacted_button = Contacted
safeguarding-contacted_line = Contacted by { $who } at { $time }
safeguarding-closed_button = Closed
safeguarding-closed_line = Closed by { $who } at { $time }
safeguarding-already_marked = Already marked, or not possible yet: the message shows where this alert stands.
safeguarding-item_feedback = Sent as: feedback #{ $number }
safeguarding-item_idea = Sent as: idea #{ $number }
safeguarding-item_poll = Sent as: a reason for her vote in poll #{ $number }
safeguarding-offered_button = Offer contact
safeguarding-offered_line = Contact offered by { $who } at { $time }
safeguarding-answer_line = Her answer: { $answer } ({ $time })
safeguarding-source_contact = while answering an offer of contact
## invite

invite-needed = Hello. You need an invitation link to use this chat. If someone gave you a link, please open it again.
invite-invalid = Sorry, this invitation link can't be used. It may be too old, or someone used it already. Please ask the person who gave it to you for a new one.
invite-usage = Send /invite for one invitation link, or /invite 5 for five (up to 20).
invite-made =
    <b>Invitation links: { $count }</b>
    Each works for one person, until { $expires }:

    { $links }

    Send each link privately to one person. A used or expired link stops working.

## flood

flood-slow_down = You are sending a lot very quickly. Please wait a minute, then carry on.
flood-submissions = You have sent a lot in the last few minutes. Please wait a little. Then press Send again. Nothing has been lost.

## staff

staff-feedback_topic = <b>{ $topic }</b> ({ $count })
staff-feedback_item =
    #{ $number } · { $pseudonym } · { $date } · { $state }
    { $body }
staff-state_answered = answered
staff-state_open = awaiting reply
staff-feedback_none = There is no feedback yet.
staff-respond_usage = Send /respond followed by the feedback number, e.g. /respond 12.
staff-respond_missing = There is no feedback #{ $number }.
staff-respond_ask =
    Replying to feedback #{ $number } from { $pseudonym } ({ $topic }):
    { $body }

    Write your reply in one message. { $pseudonym } will receive it as “you said, we did”. Send /cancel to stop.
staff-respond_review =
    This reply to #{ $number } will be sent to { $pseudonym }:

    { $body }

    Send it?
staff-respond_sent = Sent. Feedback #{ $number } is marked as answered.
staff-respond_gone = Feedback #{ $number } no longer exists (the author may have deleted her data). Nothing was sent.
staff-error_alert = Something went wrong while handling an update ({ $error }). The details are in the log.

staff-respond_ask_offline =
    Replying to feedback #{ $number } from { $pseudonym } ({ $topic }):
    { $body }

    She gave it offline and has no chat with the bot. Your reply is recorded, and she sees it in her data. Pass it on to her the way she gave it. Write it in one message. Send /cancel to stop.
staff-respond_review_offline =
    This reply to #{ $number } from { $pseudonym } will be recorded (she has no chat, so nothing is sent):

    { $body }

    Save it?
staff-respond_saved_offline = Saved. Feedback #{ $number } is marked as answered. Please pass the reply on to her.
staff-respond_saved_quietly = Saved, not sent. The author of feedback #{ $number } chose to get no messages. She will see your reply only when she looks in /myfeedback. It is marked as answered.
staff-feedback_header_page = <b>Recent feedback</b> · { $first } to { $last } of { $count }, newest first
staff-feedback_more = { $count } older: /feedback { $page }
staff-feedback_page_empty = There is no such page: /feedback shows the newest.
## commands

commands-start = Join or see the main menu
commands-menu = Main menu
commands-share = Give feedback
commands-propose = Suggest an idea
commands-ideas = See ideas and support them
commands-myideas = Your own ideas
commands-vote = Polls you can vote in
commands-settings = Language and messages
commands-privacy = What we keep and who sees it
commands-mydata = Everything we keep about you
commands-forget = Delete everything about you
commands-help = What you can do here
commands-cancel = Stop what you are doing
commands-exit = Leave quickly
commands-feedback = Staff: recent feedback
commands-respond = Staff: reply to feedback
commands-pending = Staff: ideas awaiting moderation
commands-proposals = Staff: ideas by ladder level
commands-proposal = Staff: one idea and its history
commands-newpoll = Staff: create a poll
commands-polls = Staff: open and recent polls
commands-closepoll = Staff: close a poll now
commands-invite = Staff: invitation links
commands-digest = Staff: the digest now
commands-report = Staff: the co-production report
commands-export = Staff: export everything (CSV)

commands-onbehalf = Staff: record an entry for a woman offline
commands-eraseoffline = Staff: erase an offline woman's records
commands-linkcode = Staff: a code that joins her offline entries to her chat
commands-herdata = Staff: an offline woman's data, to print for her
commands-recognise = Staff: record what a woman received for her time
commands-policy = How we thank you for your time
commands-link = Add what you gave us offline to your data here
commands-voice = Staff: play a feedback's voice note
commands-voiceidea = Staff: play an idea's voice note
commands-tell = Staff: write to a woman after an alert (leads)
commands-plan = Staff: put the service's own plan on the ladder
commands-toidea = Staff: ask whether feedback may become an idea
commands-draft = Staff: share a draft or a revision with an idea's volunteers
commands-comments = Staff: the comments on an idea's drafts
commands-prefer = Staff: seal the service's preferred option in a poll
commands-stages = Staff: an idea's stages and who holds which role
commands-review = Staff: set an idea's review date, or read its answers
commands-helpers = Staff: write to the women helping with an idea
commands-myfeedback = Your feedback and our replies
## error

error-general = Sorry, something went wrong on our side. Please try again in a moment. If it happens again, /mydata shows what was saved.

## proposals

proposals-ask_title = What is your idea? Give it a short title (up to { $limit } characters). Send /cancel to stop.
proposals-ask_body =
    Title: <b>{ $title }</b>

    Now tell us about your idea in one message (up to { $limit } characters). What would change? Who would it help?
proposals-review =
    Please check your idea:

    <b>{ $title }</b>
    “{ $body }”

    Staff read every idea before other women can see it. Send it?
proposals-thanks = Thank you. Your idea has been sent (number #{ $number }). Staff will read it first. You can follow what happens to it with /myideas.
proposals-cancelled = OK, your idea was not sent.
proposals-you_published = Your idea “{ $title }” has been published. Other women can now see it. They can support it and offer to help.
proposals-you_declined =
    Your idea “{ $title }” was not published.

    Why: { $reason }
proposals-staff_new = New idea #{ $number } is waiting for moderation: “{ $title }”. Use /pending to publish or decline it.
proposals-browse_header = <b>Ideas</b> · { $filter } · page { $page } of { $pages }
proposals-browse_empty = There are no published ideas here yet. You can suggest one with /propose.
proposals-filter_all = all levels
proposals-button_all = All
proposals-button_level_1 = { ladder-plain_1 }
proposals-button_level_2 = { ladder-plain_2 }
proposals-button_level_3 = { ladder-plain_3 }
proposals-mine_button = #{ $number } { $title }
proposals-button_newer = ◀ Newer
proposals-button_older = Older ▶
proposals-button_back = ◀ Back to ideas
proposals-list_item = #{ $number } · { $title } ({ $level }) · { $supporters } supporting
proposals-detail =
    <b>#{ $number } { $title }</b>
    { $body }

    Stage: <b>{ $level }</b> – { $meaning }
    { $status }
    Supporting: { $supporters } · Helping to shape it: { $volunteers }
proposals-detail_history = <b>What happened so far</b>
proposals-status_open = Open for support
proposals-status_adopted = Taken up
proposals-status_delivered = Done
proposals-status_not_possible = Not possible
proposals-status_pending = Waiting for staff to read it
proposals-status_declined = Not published
proposals-button_support = Support this idea
proposals-button_unsupport = Take back my support
proposals-button_volunteer = I'd like to help design this
proposals-button_unvolunteer = Stop helping
proposals-supported = Thank you for your support.
proposals-unsupported = You no longer support this idea.
proposals-volunteered = Thank you. You will hear when there is something to help with.
proposals-volunteered_quiet = Thank you. You chose no messages from us, so we will not write. Look at the idea in /ideas to see how it goes.
proposals-unvolunteered = You are no longer helping with this idea.
proposals-own = This is your own idea. It already counts as yours.
proposals-not_open = This idea is closed. It can't be changed now.
proposals-missing = This idea is not available.
proposals-mine_header = <b>Your ideas</b>
proposals-mine_item = #{ $number } · { $title } · { $status } · { $level }
proposals-mine_none = You have not suggested any ideas yet. You can with /propose.
proposals-history_submitted = { $date }: suggested
proposals-history_published = { $date }: published
proposals-history_declined = { $date }: not published – { $reason }
proposals-history_moved = { $date }: moved up to { $level } – { $reason }
proposals-history_closed = { $date }: closed as { $outcome } – { $reason }
proposals-history_not_possible = { $date }: not possible ({ $limit }) – { $reason }
proposals-history_stage = { $date }: now at the stage “{ $stage }”
proposals-history_reviewed = { $date }: the women involved said if it worked

proposals-you_declined_limit =
    Your idea “{ $title }” was not published, because of { $limit }.

    Why: { $reason }
proposals-origin_plan = A plan from the service.
proposals-origin_feedback = This began as feedback. The woman who wrote it agreed to share it as an idea.
proposals-can_change = What women can still change: { $change }
proposals-from_service = from the service (a staff plan)
proposals-from_idea = from { $pseudonym }
proposals-from_feedback = from { $pseudonym } (from feedback)
## ladder

# The ladder's levels as staff, reports and the digest name them.
ladder-level_1 = consultation
ladder-level_2 = co-design
ladder-level_3 = co-production
# The same levels as women read them, in everyday words (on buttons and in her messages).
ladder-plain_1 = Listening
ladder-plain_2 = Shaping it together
ladder-plain_3 = Deciding together
ladder-meaning_1 = we listen to what women think about it
ladder-meaning_2 = women shape the plan with staff while it can still change
ladder-meaning_3 = women and staff decide together
ladder-outcome_adopted = adopted
ladder-outcome_delivered = delivered
ladder-outcome_not_possible = not possible
ladder-limit_law = the law
ladder-limit_funder = the rules of the people who fund us
ladder-limit_finance = our finances
ladder-limit_safeguarding = keeping people safe
ladder-limit_other = another reason
ladder-evidence_co_design =
    { $supporters ->
        [one] 1 supporter
       *[other] { $supporters } supporters
    } of { $active } active participants (needed: { $threshold })
ladder-evidence_co_production =
    { $volunteers ->
        [one] 1 volunteer
       *[other] { $volunteers } volunteers
    } and shared-decision poll #{ $poll } decided: { $winner }
ladder-staff_suggestion =
    <b>Ladder suggestion</b>
    Idea #{ $number } “{ $title }” is at { $level } and could move up to <b>{ $to_level }</b>.
    Evidence: { $evidence }
ladder-button_move = Move up
ladder-button_wait = Not yet
ladder-button_no = Not possible
ladder-you_moved =
    <b>You said, we did</b>
    The idea “{ $title }” has moved up to <b>{ $level }</b>: { $meaning }.

    Why: { $reason }
ladder-you_closed =
    <b>You said, we did</b>
    The idea “{ $title }” has been <b>{ $outcome }</b>.

    { $reason }
ladder-you_not_possible =
    <b>You said, we did</b>
    The idea “{ $title }” can't go ahead, because of { $limit }.

    { $reason }

ladder-you_not_yet =
    <b>You said, we did</b>
    The idea “{ $title }” is not moving up to { $level } yet.

    Why: { $reason }

    We will look at it again as more women support it.
ladder-you_not_yet_limit =
    <b>You said, we did</b>
    The idea “{ $title }” is not moving up to { $level } yet, because of { $limit }.

    Why: { $reason }

    We will look at it again as more women support it.
ladder-evidence_now = at that moment: { $supporters } supporters of { $active } active participants (needed: { $threshold }), { $volunteers } volunteers{ $poll }
ladder-evidence_poll = , shared-decision poll #{ $poll } decided: { $winner }
## moderation

moderation-none = No ideas are waiting for moderation.
moderation-item =
    <b>Idea #{ $number }</b> from { $pseudonym } · { $date }
    <b>{ $title }</b>
    { $body }
moderation-publish = Publish
moderation-decline = Decline
moderation-published = Idea #{ $number } is published. Its author has been told.
moderation-published_quietly = Idea #{ $number } is published. Its author chose to get no messages, so she will find it in /myideas.
moderation-declined = Idea #{ $number } was declined. Its author has been told why.
moderation-declined_quietly = Idea #{ $number } was declined. Its author chose to get no messages; she can read the reason with the idea in /myideas.
moderation-already = Idea #{ $number } was already moderated.
moderation-missing = There is no idea #{ $number }.

moderation-published_offline = Idea #{ $number } is published. Its author gave it offline and has no chat with the bot. Please tell her the way she gave it.
moderation-declined_offline = Idea #{ $number } was declined. Its author gave it offline and has no chat with the bot. Please tell her, and why, the way she gave it.
moderation-ask_decline_limit = Idea #{ $number } “{ $title }” will not be published. Does one of these limits apply?
moderation-more = { $count } more waiting: /pending { $page }
moderation-page_empty = There is no such page: /pending shows the first.
## staffladder

staffladder-list_header = <b>Ideas at { $level }</b> · { $first } to { $last } of { $count }, newest first
staffladder-list_header_all = <b>Published ideas</b> · { $first } to { $last } of { $count }, newest first
staffladder-list_item = #{ $number } · { $title } · { $level } · { $status } · { $supporters } supporting, { $volunteers } helping
staffladder-list_none = No published ideas here.
staffladder-list_more = { $count } more: { $command }
staffladder-list_page_empty = There is no such page: /proposals shows the first.
staffladder-usage = Send /proposal followed by the idea's number, e.g. /proposal 12.
staffladder-list_usage = Send /proposals, or /proposals 1, 2 or 3 for one level. A page number comes after the level: /proposals 1 2, or /proposals all 2 for every level.
staffladder-detail =
    <b>Idea #{ $number }</b> { $pseudonym } · { $state }
    <b>{ $title }</b>
    { $body }

    Level: <b>{ $level }</b> · Outcome: { $outcome }
    Supporting: { $supporters } · Volunteers: { $volunteers }
staffladder-history_header = <b>History</b>
staffladder-history_item = { $date } · { $event }{ $who }{ $detail }
staffladder-who = { " " }· by { $name }
staffladder-event_submitted = submitted
staffladder-event_published = published
staffladder-event_declined = declined
staffladder-event_moved = moved { $from_level } → { $to_level }
staffladder-event_closed = closed: { $outcome }
staffladder-event_stage = stage: { $stage }
staffladder-event_reviewed = reviewed with the women involved
staffladder-detail_evidence =
    { "" }
    { "  " }evidence: { $evidence }
staffladder-detail_reason =
    { "" }
    { "  " }reason: { $reason }
staffladder-detail_limit =
    { "" }
    { "  " }limit: { $limit }
staffladder-button_move = Move up to { $level }
staffladder-button_adopted = Close: adopted
staffladder-button_delivered = Close: delivered
staffladder-button_not_possible = Close: not possible
staffladder-ask_limit = Idea #{ $number } “{ $title }”: which limit makes it not possible?
staffladder-ask_move_reason = Moving idea #{ $number } “{ $title }” up to { $level }. In one message, tell the women involved why (they will read it). Send /cancel to stop.
staffladder-ask_close_reason = Closing idea #{ $number } “{ $title }” as { $outcome }. In one message, tell the women involved what happens now. Send /cancel to stop.
staffladder-ask_limit_reason = Limit: { $limit }. Explain in plain words why idea #{ $number } is not possible (the women involved will read it). Send /cancel to stop.
staffladder-review =
    This goes to everyone involved in idea #{ $number }:

    { $preview }

    Send it?
staffladder-confirm = Send
staffladder-cancel = Cancel
staffladder-done = Done. Idea #{ $number } is updated and everyone involved will be told.
staffladder-waiting = Noted: idea #{ $number } stays at { $level } for now, and the women involved will be told why. It will be suggested again if support grows or time passes (see README).
staffladder-already = That has already been decided.
staffladder-invalid = That can't be done to idea #{ $number } now (it may have moved or closed meanwhile).
staffladder-missing = There is no idea #{ $number }.
staffladder-check_private = I've sent you the next step in our private chat.
staffladder-start_private = Please open a private chat with me and send /start first, then press the button again.

staffladder-ask_wait_limit = Idea #{ $number } “{ $title }” is not moving up yet. Does one of these limits apply?
staffladder-ask_not_yet_reason = Idea #{ $number } “{ $title }” is not moving up yet.{ $limit } In one message, tell the women involved why (they will read it). Send /cancel to stop.
staffladder-ask_decline_reason = Why is idea #{ $number } “{ $title }” not being published?{ $limit } Write the reason in one message: its author will read it. Send /cancel to stop.
staffladder-limit_line = { " " }Limit: { $limit }.
staffladder-decided_line = <b>Decided:</b> { $what } · by { $name } · { $time }
staffladder-decided_wait = not yet: it stays at { $level }
staffladder-decided_move = moved up to { $level }
staffladder-decided_no = not possible
## polls

polls-card =
    <b>Poll #{ $number }: { $question }</b>

    { $kind }
    Closes: { $closes }. You can change your vote until then. You will see the results when it closes.
polls-card_limits = Limits we named before the vote: { $limits }
polls-card_choice = Your vote: <b>{ $option }</b>
polls-kind_shared = This is a <b>shared decision</b>. We will do what you choose together. Only one of the limits below could stop us.
polls-kind_advisory = This poll <b>helps staff decide</b>. Staff will think about the result when they decide.
polls-button_reason = Add a reason (if you want)
polls-voted = Thank you, your vote is saved.
polls-changed = Your vote has been changed.
polls-same = That is already your vote.
polls-closed = This poll has closed, so votes can't be changed.
polls-not_eligible = This poll is not open to you.
polls-invalid = This poll is not available.
polls-ask_reason = Why did you choose this? Write one short message (up to { $limit } characters). Send /cancel to skip.
polls-reason_saved = Thank you, your reason is saved with your vote.
polls-vote_first = Choose an option first. Then you can add a reason.
polls-reason_closed = The poll has closed, so the reason was not saved.
polls-none_open = There are no polls for you to vote in right now.
polls-open_header = <b>Polls you can vote in</b>
polls-reminder =
    <b>Reminder: poll #{ $number } closes soon</b> ({ $closes })
    { $question }

    You haven't voted yet. Choose below.
polls-result =
    <b>Result of poll #{ $number }: { $question }</b>

    { $options }

    Voted: { $turnout } of { $eligible }.
    { $verdict }
polls-result_option = { $option }: { $votes }
polls-verdict_shared = Decision: <b>{ $option }</b>. We decided this together. We will do it, unless one of the limits we named stops us.
polls-verdict_advisory = Most people chose <b>{ $option }</b>. Staff will think about this when they decide.
polls-verdict_tie = It was a tie, so there is no winning option. Staff will explain what happens next.
polls-verdict_tie_advisory = It was a tie, so there is no winning option. Staff will think about all the answers when they decide.
polls-verdict_no_quorum = Not enough people voted, so this poll did not decide anything. The number needed was { $needed }.
polls-staff_opened = Poll #{ $number } “{ $question }” is open to { $eligible } women until { $closes }.

## newpoll

newpoll-ask_question = What is the question? Send /cancel to stop.
newpoll-ask_options = Send the options, one per line (2 to 10, each up to 60 characters).
newpoll-bad_options = Please send between 2 and 10 different options, one per line, each up to 60 characters.
newpoll-ask_closing = When does it close? Send a duration (e.g. <code>3d</code>, <code>36h</code>, <code>2 days 4h</code>) or a date and time in { $zone } (e.g. <code>2026-12-01 18:00</code>).
newpoll-bad_closing = I couldn't read that as a time between now and 90 days from now. Try <code>3d</code> or <code>2026-12-01 18:00</code>.
newpoll-ask_quorum = What is the quorum? A number of voters (e.g. <code>10</code>) or a share of the women who can vote (e.g. <code>30%</code>).
newpoll-bad_quorum = Please send a whole number like <code>10</code> or a percentage like <code>30%</code>.
newpoll-ask_audience = Who can vote?
newpoll-audience_all = All active women
newpoll-audience_proposal = The women involved in one idea
newpoll-ask_proposal = Which idea? Send its number; its author, supporters and volunteers can vote.
newpoll-ask_link = Does this poll decide a particular idea? Send its number, or press the button if not.
newpoll-no_link = It doesn't decide a particular idea
newpoll-bad_proposal = There is no published idea #{ $number }. Send another number.
newpoll-ask_kind = What kind of decision is it?
newpoll-kind_advisory = Advisory
newpoll-kind_shared = Shared decision
newpoll-ask_limits = Name any limits on the decision now: the law, the rules of the people who fund us, our finances. Write them in plain words: women will read them. Or press the button if there are none.
newpoll-no_limits = No limits to declare
newpoll-preview =
    <b>Preview</b> (this is what each woman will receive)

    { $card }

    Options: { $options }
    Quorum: { $quorum } · Voters: { $audience }{ $link }
    Decides about: { $domains }
newpoll-preview_link = { " " }· Decides idea #{ $number }
newpoll-quorum_count =
    { $count ->
        [one] 1 vote
       *[other] { $count } votes
    }
newpoll-quorum_share = { $percent }% of those who can vote
newpoll-send = Open the poll
newpoll-cancel = Cancel
newpoll-sent = Poll #{ $number } is open to { $eligible } women. They will receive it shortly.
newpoll-gone = The idea this poll was about no longer exists. Nothing was sent.
newpoll-too_few = Fewer than { $minimum } women could vote in this poll, so its result would show how each one voted. Nothing was sent; choose a wider group of voters.

## staffpolls

staffpolls-none = There are no open or recent polls.
staffpolls-header = <b>Polls</b>
staffpolls-open_item = #{ $number } · { $question } · { $domains } · open until { $closes } · turnout { $turnout } of { $eligible } (quorum { $needed })
staffpolls-closed_item = #{ $number } · { $question } · { $domains } · closed · turnout { $turnout } of { $eligible } · { $verdict }
staffpolls-verdict_winner = result: { $option }
staffpolls-verdict_tie = tie
staffpolls-verdict_no_quorum = quorum not met
staffpolls-close_usage = Send /closepoll followed by the poll number, e.g. /closepoll 3.
staffpolls-closed = Poll #{ $number } is closed. The result goes to everyone who could vote and to the staff chat.
staffpolls-not_open = Poll #{ $number } is not open.

## digest

digest-header = <b>Digest</b> · { $since } to { $until }
digest-catch_up = This digest stands for { $count } scheduled digests: the bot was not running when some of them were due.
digest-quiet = Nothing new, and nothing waiting for staff.
digest-feedback_header = <b>New feedback</b> ({ $count })
digest-feedback_topic = <b>{ $topic }</b> ({ $count })
digest-feedback_item =
    #{ $number } · { $pseudonym } · { $date }
    { $body }
digest-moderation_header = <b>Ideas awaiting moderation</b> ({ $count }) · /pending
digest-moderation_item = #{ $number } · { $pseudonym } · { $date } · “{ $title }”
digest-suggestions_header = <b>Suggestions to move up, not yet decided</b> ({ $count })
digest-suggestion_item =
    #{ $number } “{ $title }” · { $level } → { $to_level } · suggested { $date }
    { $evidence }
digest-polls_opened_header = <b>Polls opened</b> ({ $count })
digest-poll_opened_item = #{ $number } · { $question } · { $eligible } can vote · closes { $closes }
digest-polls_closing_header = <b>Polls closing in the next 48 hours</b> ({ $count })
digest-poll_closing_item = #{ $number } · { $question } · closes { $closes } · turnout { $turnout } of { $eligible } (quorum { $needed })
digest-polls_closed_header = <b>Polls closed</b> ({ $count })
digest-poll_closed_item =
    #{ $number } · { $question } · turnout { $turnout } of { $eligible }
    { $options }
    { $verdict }
digest-poll_option = { $option }: { $votes }
digest-verdict_winner = Result: <b>{ $option }</b>
digest-verdict_tie = A tie: no winning option.
digest-verdict_no_quorum =
    { $needed ->
        [one] Quorum not met (1 vote was needed).
       *[other] Quorum not met ({ $needed } votes were needed).
    }
digest-overdue_header =
    { $days ->
        [one] <b>Waiting more than a day for staff</b> ({ $count })
       *[other] <b>Waiting more than { $days } days for staff</b> ({ $count })
    }
digest-overdue_feedback =
    { $days ->
        [one] Feedback #{ $number } ({ $topic }) from { $pseudonym }: no reply for 1 day · /respond { $number }
       *[other] Feedback #{ $number } ({ $topic }) from { $pseudonym }: no reply for { $days } days · /respond { $number }
    }
digest-overdue_proposal =
    { $days ->
        [one] Idea #{ $number } “{ $title }”: awaiting moderation for 1 day
       *[other] Idea #{ $number } “{ $title }”: awaiting moderation for { $days } days
    }
digest-overdue_suggestion =
    { $days ->
        [one] Idea #{ $number } “{ $title }”: suggestion to move up to { $to_level } undecided for 1 day
       *[other] Idea #{ $number } “{ $title }”: suggestion to move up to { $to_level } undecided for { $days } days
    }
digest-safeguarding = <b>Safeguarding alerts</b>: { $count } ({ $open } open, { $contacted } contacted, { $closed } closed). Their details are in the alerts themselves, never in a digest.
digest-turnout_offline = { $turnout } ({ $offline } given offline)
digest-more = …and { $count } more: { $command }
## report

report-usage =
    Send /report for the last 90 days, or name a period:
    /report 30d – the last 30 days (any number of days)
    /report 2026 – a calendar year
    /report 2026-Q1 – a quarter
    /report all – everything so far
report-period_days =
    { $days ->
        [one] the last day
       *[other] the last { $days } days
    }
report-period_year = { $year }
report-period_quarter = { $year } Q{ $quarter }
report-period_all = all time
report-beginning = the beginning
report-header = <b>Co-production report</b> · { $period } ({ $since } to { $until })
report-activity = Feedback received: { $feedback } · Ideas suggested: { $ideas }
report-ladder =
    <b>The ladder</b>
    Reached { $level_1 } (published): { $reached_1 }
    Reached { $level_2 }: { $reached_2 }
    Reached { $level_3 }: { $reached_3 }
    Moves up: { $moves } ({ $level_1 } → { $level_2 }: { $moves_2 }, median time { $took_2 }; { $level_2 } → { $level_3 }: { $moves_3 }, median time { $took_3 })
    Closed: { $adopted } adopted, { $delivered } delivered, { $not_possible } not possible
report-decisions_header = <b>Decisions</b>
report-decisions_shared = Shared decisions: { $count } · turnout { $turnout } of { $eligible } ({ $percent }; median { $median }) · quorum met in { $met }
report-decisions_advisory = Advisory polls: { $count } · turnout { $turnout } of { $eligible } ({ $percent }; median { $median }) · quorum met in { $met }
report-not_possible_header = <b>Not possible, by limit</b> ({ $count })
report-not_possible_none = <b>Not possible</b>: none in this period.
report-limit = <i>{ $limit }</i> ({ $count })
report-not_possible_item = #{ $number } “{ $title }” · { $date }: { $explanation }
report-response =
    <b>Staff response time</b> (median, for items raised in the period)
    All together: { $overall } ({ $answered } answered, { $waiting } still waiting)
    Feedback answered: { $feedback }
    Ideas moderated: { $moderation }
    Suggestions decided: { $suggestions }
report-hours = { $value } hours
report-days = { $value } days
report-no_data = –
report-chart_caption = Co-production report chart · { $period }
report-chart_title = Co-production · { $period }
report-chart_funnel = Ideas reaching each level
report-chart_funnel_axis = ideas
report-chart_turnout = Poll turnout over time
report-chart_turnout_axis = turnout (% of women who could vote)
report-chart_shared = shared decisions
report-chart_advisory = advisory polls
report-chart_no_polls = No polls closed in this period

report-offline =
    <b>Given offline</b> (recorded by staff on women's behalf): { $total }
    Feedback { $feedback } · ideas { $idea } · supports { $support } · votes { $vote }
    By paper form { $by_paper } · phone { $by_phone } · group session { $by_group } · other { $by_other }
    Erasures at an offline woman's request: { $erasures }
report-offline_none = <b>Given offline</b>: nothing recorded on women's behalf in this period.
report-recognition_header = <b>Recognition</b>: what women received for their time, by the ladder level of the work
report-recognition_line = { $given } ({ $records } records, { $women } women)
report-recognition_nothing = nothing
report-recognition_total = All together
report-recognition_none = <b>Recognition</b>: nothing recorded in this period.
report-title_removed = title removed after its time
report-power_none = Power-sharing record: no poll with a sealed staff preference closed in this period.
report-power_header = <b>Power-sharing record</b> · polls with a sealed staff preference: { $count }
report-power_lines = Women chose differently: { $differed } · the service followed them: { $followed } · did not: { $not_followed } · not yet recorded: { $awaiting }
report-power_limit = { "  " }not followed because of { $limit }: { $count }
report-domains_header = <b>Shared decisions by domain</b> (a decision about several domains counts in each)
report-domains_line = { $domain }: { $count } · service-wide { $service } · { $level_1 } { $at_1 } · { $level_2 } { $at_2 } · { $level_3 } { $at_3 }
## export

export-caption = Everything, pseudonymised: { $files } CSV files ({ $rows } rows). Women appear only by made-up name; votes only as totals. Keep this file safe.
offline-channel_telegram = in the chat
offline-channel_paper = paper form
offline-channel_phone = phone
offline-channel_group = group session
offline-channel_other = other
offline-who = { $pseudonym } · { $channel }
offline-ask_who =
    <b>Record an entry on a woman's behalf</b>
    Send the pseudonym on her card (e.g. P-7KQ4), or press <b>New woman</b> if this is the first time we record something for her. Send /cancel to stop.
offline-button_new = New woman
offline-who_new = a new pseudonym (made when you save)
offline-bad_pseudonym = That doesn't look like a pseudonym. It is P- and four letters or digits, e.g. P-7KQ4. Try again, or /cancel.
offline-refused_unknown = There is no participant { $pseudonym }. Check her card and try again, or /cancel.
offline-refused_in_chat = { $pseudonym } uses the chat herself, so her entries are hers to make. Try another pseudonym, or /cancel.
offline-refused_missing = That idea or poll no longer exists. Nothing was saved.
offline-refused_not_open = That idea or poll is closed now. Nothing was saved.
offline-refused_own = That is { $pseudonym }'s own idea: it already counts as hers. Nothing was saved.
offline-refused_already = { $pseudonym } already gave her one support or vote there. One per woman: nothing was saved.
offline-refused_not_eligible = { $pseudonym } was not among the women who could vote when this poll opened. Nothing was saved.
offline-refused_invalid = Something in the entry was not valid. Nothing was saved.
offline-ask_channel = For { $who }. How did she give it?
offline-ask_kind = For { $who } ({ $channel }). What is it?
offline-kind_feedback = Feedback
offline-kind_idea = An idea
offline-kind_support = Support for an idea
offline-kind_vote = A vote in a poll
offline-ask_topic = Which topic is her feedback about?
offline-ask_text = Topic: <b>{ $topic }</b>. Type her feedback as she gave it (up to { $limit } characters).
offline-ask_title = Type her idea's title (up to { $limit } characters).
offline-ask_body = Now its description, as she gave it (up to { $limit } characters).
offline-ask_support_number = Which idea does she support? Send its number (see /proposals).
offline-ask_vote_number = Which poll did she vote in? Send its number (see /polls).
offline-no_such_idea = There is no published, open idea with that number. Send another number, or /cancel.
offline-no_such_poll = There is no open poll with that number. Send another number, or /cancel.
offline-ask_option =
    Poll #{ $number }: { $question }
    Which option did she choose?
offline-what_feedback =
    Feedback · { $topic }
    { $body }
offline-what_idea =
    Idea: <b>{ $title }</b>
    { $body }
    (It waits for moderation like every idea.)
offline-what_support = Support for idea #{ $number } “{ $title }”
offline-what_vote =
    Vote in poll #{ $number } “{ $question }”: <b>{ $option }</b>
    A vote given offline is final: it cannot be changed or cast again.
offline-review =
    <b>Check before saving</b>
    For: { $who }
    How she gave it: { $channel }

    { $what }
offline-button_save = Save
offline-saved_feedback = Saved: feedback #{ $number } for { $pseudonym } ({ $channel }).
offline-saved_idea = Saved: idea #{ $number } for { $pseudonym } ({ $channel }). It is waiting for moderation (/pending).
offline-saved_support = Saved: { $pseudonym } supports idea #{ $number } ({ $channel }).
offline-saved_vote = Saved: { $pseudonym }'s vote in poll #{ $number } ({ $channel }).
offline-new_card = Her pseudonym is <b>{ $pseudonym }</b>. Write it on her card: give it next time so everything stays hers.
offline-erase_usage = Send /eraseoffline followed by her pseudonym, e.g. /eraseoffline P-7KQ4.
offline-erase_ask =
    Erase everything recorded for <b>{ $pseudonym }</b>: her feedback, ideas, supports, votes and anything else?
    Only a note that an erasure happened (when, and by whom) is kept, never whose or what. This cannot be undone.
offline-button_erase = Yes, erase everything
offline-erase_kept = Nothing was erased.
offline-erased = Erased. Nothing about her is left; a note records only that an erasure happened.
offline-erase_gone = There is no offline woman with that record any more. Nothing was erased.
offline-link_usage = Send /linkcode followed by her pseudonym, e.g. /linkcode P-7KQ4.
offline-link_ask =
    Make a one-time code for <b>{ $pseudonym }</b>?
    Once she has joined the bot in Telegram, she sends /link and the code. Everything recorded for her offline then becomes part of her chat record, and she keeps the pseudonym { $pseudonym }. A new code replaces any earlier one.
offline-button_link = Make the code
offline-link_made =
    Her one-time code: <b>{ $code }</b>
    Give it to her in person (it is shown only now). She joins with /start, then sends: /link { $code }
    It works once, until { $expires }.
link-usage = Send /link followed by the code staff gave you, e.g. /link 7KQ4-MN3X.
link-invalid = That code doesn't work. It may have a typo, or be used already, or be too old. Please ask staff for a new one.
link-done = Done. We added what you told us on paper, by phone or in a group. See /mydata. Your made-up name is now <b>{ $pseudonym }</b>, the one on your card.
recognition-kind_voucher = voucher
recognition-kind_payment = payment
recognition-kind_expenses = expenses
recognition-kind_time_credit = time credit
recognition-kind_other = other
recognition-ask_who =
    <b>Record what a woman received for her time</b>
    Send her pseudonym (e.g. P-7KQ4). Send /cancel to stop.
recognition-unknown = There is no participant with that pseudonym. Check it and send it again, or /cancel.
recognition-ask_kind = For { $pseudonym }. What did she receive?
recognition-ask_amount = How much? e.g. 25, 12.50, £20 or 15 EUR (without a currency it is { $currency }).
recognition-ask_hours = How many hours? e.g. 2, 1.5, 1h30 or 90 min.
recognition-ask_amount_or_hours = How much, or how many hours? e.g. 25, £20, 15 EUR, or 2h, 90 min (without a currency an amount is { $currency }).
recognition-bad_amount = That isn't an amount I can read. Try e.g. 25, 12.50, £20 or 15 EUR.
recognition-bad_hours = That isn't a time I can read. Try e.g. 2, 1.5, 1h30 or 90 min.
recognition-ask_item = Was it for one particular idea? Send its number (e.g. 12), or press the button.
recognition-button_no_item = Not for one idea
recognition-no_such_idea = There is no idea with that number. Send another number, or press the button.
recognition-ask_level = At which level of the ladder was the work it recognises?
recognition-ask_purpose = What was it for, in a few words? e.g. “co-facilitating the March group” (up to { $limit } characters).
recognition-for_idea = idea #{ $number } “{ $title }”
recognition-for_no_idea = not for one idea
recognition-review =
    <b>Check before saving</b>
    For: { $pseudonym }
    What: { $kind }, { $value }
    For what: { $purpose }
    Idea: { $item }
    Ladder level: { $level }
recognition-saved = Saved: record #{ $number }, { $kind } of { $value } for { $pseudonym }. She sees it in her data (/mydata, or /herdata for a woman offline).
recognition-refused_gone = She, or that idea, no longer exists (deleted meanwhile). Nothing was saved.
recognition-refused_invalid = Something in the record was not valid. Nothing was saved.
recognition-policy =
    <b>How we thank you for your time</b>

    { $policy }
recognition-policy_unset = We have not written down how we thank people for their time yet. Please ask a member of staff.

## intake

intake-received_before_restart = The bot restarted while it was answering you. We got what you sent just before, and saved it. Send /menu to carry on.

## risk

# Phrases that suggest someone may be in danger now: a match brings her the helplines and
# alerts the safeguarding lead. Never shown to women. One phrase per line; a word written
# hit/hits/hitting matches any of those forms (list word forms and common misspellings that
# way). Case, apostrophes (typed or not), hyphens and extra spaces are ignored. Deliberately
# specific: every match pages a person, so everyday words on their own ("hit", "scared")
# are left out. Each language's file has its own list; a text is checked against them all.
risk-words =
    kill/kil/killing/killin myself
    end/ending my life
    end it all
    want/wanted to die
    wanna die
    wish i was dead
    better off dead
    suicide/suicidal/sucide/suicde/suiside/sucidal/suicidel/suacide
    self harm/harming/harmed
    hurt/hurting/harm/harming/cut/cutting myself
    overdose/overdosed/overdosing/overdoze
    kill me
    going/gonna/goin/gunna to kill
    will kill me
    threatened/threatens/threatening/threaten to kill
    threatened/threatens/threatening/threatnin/threatning me
    threatening/threatning
    hit/hits/hitting/hitted/hurt/hurts/hurting/beat/beats/beating/beaten/beated me
    punch/punches/punched/punching/kick/kicks/kicked/kicking me
    slap/slaps/slapped/slapping/push/pushes/pushed/pushing/shove/shoved me
    choke/chokes/choked/choking/choaked/strangle/strangles/strangled/strangling/strangeled me
    strangled/strangling
    raped/rape/raping/rapes
    sexually assaulted
    scared/afraid/frightened/terrified/scard/frightend/terrifed of him/her
    scared/afraid/frightened/terrified/scard/frightend/terrifed of my partner/husband/boyfriend/girlfriend/wife/ex/dad/father/son
    scared/afraid/frightened/terrified/scard for my life
    not safe at home
    i dont feel safe
    i do not feel safe
    i am not safe
    im not safe
    cant/cannot go home
    in danger
    wont/doesnt/wouldnt let me leave
    will not let me leave
    locked me in
retention-notice = You have not used this chat for { $days } days. We keep as little about you as we can. So we will delete everything we keep about you after { $date }. Do you want us to keep it? Then send /menu before then.


## voice

voice-stored = (voice note, { $length })
voice-shown = 🎤 Voice note ({ $length })
voice-feedback_review =
    Please check your feedback:

    <b>{ $topic }</b>
    🎤 Your voice note ({ $length })

    We don't keep a copy. We keep only Telegram's link to it. Staff will listen to it.
    We can't check a voice note for words that show you may not be safe. If you need help now, press <b>I need support now</b>.

    Send it?
voice-idea_review =
    Please check your idea:

    <b>{ $title }</b>
    🎤 Your voice note ({ $length })

    We don't keep a copy. We keep only Telegram's link to it. Staff listen to every idea before other women can see it.
    We can't check a voice note for words that show you may not be safe. If you need help now, press <b>I need support now</b>.

    Send it?
voice-text_or_voice = Please write your answer, or send a voice note. Photos, stickers and files can't be used here. Nothing was saved.
voice-offer =
    Would you like to send this voice note ({ $length }) as feedback?
    If you say yes, we keep only Telegram's link to it. We don't keep a copy.
    We can't check a voice note for words that show you may not be safe. If you need help now, press <b>I need support now</b>.
voice-staff_usage = Send /voice followed by the feedback number (e.g. /voice 12), or /voiceidea followed by the idea's number.
voice-staff_none_feedback = Feedback #{ $number } has no voice note.
voice-staff_none_idea = Idea #{ $number } has no voice note.
voice-staff_caption_feedback = Voice note: feedback #{ $number } from { $pseudonym } ({ $length })
voice-staff_caption_idea = Voice note: idea #{ $number } from { $pseudonym } ({ $length })
notice-first_line = <b>New message</b>
plans-ask_title = A plan from the service. Give it a short title (up to { $limit } characters). Send /cancel to stop.
plans-ask_body = Describe the plan in one message: what would change, and for whom.
plans-ask_level = Where does it start? At consultation women give their views; at co-design they shape it with you while it can still change.
plans-ask_change = What can women still change about this plan? Write it in one message: they will read it with the plan.
plans-ask_decided = What has the service already decided, and why? Write it in one message, or press the button if nothing is decided yet.
plans-button_nothing_decided = Nothing is decided yet
plans-ask_limit = Does one of these limits explain what is already decided?
plans-button_no_limit = No limit applies
plans-decided_line = Already decided: { $decided }
plans-decided_line_limit = Already decided ({ $limit }): { $decided }
plans-decided_nothing = Nothing is decided yet.
plans-review =
    <b>{ $title }</b>
    { $body }

    Starts at: <b>{ $level }</b>
    Women can still change: { $change }
    { $decided }

    Publish this plan? Women can then see it, support it and offer to help.
plans-published = Plan #{ $number } is published. Women can find it under /ideas.
plans-toidea_usage = Send /toidea followed by the feedback's number, e.g. /toidea 12.
plans-toidea_ask_title =
    Feedback #{ $number }:
    “{ $body }”

    If its author agrees, it becomes an idea others can support, with her as its author. Give it a short title (up to { $limit } characters). Send /cancel to stop.
plans-toidea_review = Ask the author of feedback #{ $number } whether it may become the idea “{ $title }”? She gets a neutral message with Yes / No, and nothing is shared unless she says yes.
plans-toidea_asked = The author of feedback #{ $number } has been asked. The staff chat will hear her answer.
plans-toidea_offline = The author of feedback #{ $number } gave it offline and has no chat with the bot. She can't be asked here. Ask her the way she gave it. Nothing was shared.
plans-toidea_quiet = The author of feedback #{ $number } chose to get no messages, so she can't be asked. Nothing was shared.
plans-ask_author =
    The team would like to share something you wrote. It would become an idea that others can support. Its title would be “{ $title }”. Only your made-up name would show as its author.

    What you wrote:
    “{ $body }”

    Is that all right?
plans-button_yes = Yes, share it
plans-button_no = No, thank you
plans-you_agreed = Thank you. It is now idea #{ $number }. You can follow it with /myideas.
plans-you_refused = OK, it will not be shared. Thank you for letting us know.
plans-already_answered = You have already answered this.
plans-staff_agreed = The author of feedback #{ $feedback } agreed: it is now idea #{ $number } “{ $title }”.
plans-staff_refused = The author of feedback #{ $feedback } would rather not share it as an idea (“{ $title }”). Nothing was shared.
codesign-draft_usage = Send /draft followed by the idea's number, e.g. /draft 12.
codesign-not_co_design = Idea #{ $number } is not open at co-design or co-production, so it has no drafts to share.
codesign-ask_body = Draft { $version } of #{ $number } “{ $title }”. Send its text in one message (up to { $limit } characters), or a picture or document with the text as its caption. Send /cancel to stop.
codesign-caption_needed = Please send the picture or document with the draft's text as its caption (up to the usual length).
codesign-ask_changes = What changed since the last version? Write it in one message: the women will read it first.
codesign-ask_take =
    Comment { $position } of { $count } (#{ $number }, { $kind } from { $pseudonym }):
    “{ $body }”

    Did this version take it?
codesign-button_taken = Taken
codesign-button_not_taken = Not taken
codesign-ask_limit = Comment #{ $number } was not taken. Does one of these limits apply?
codesign-ask_reason = Why was comment #{ $number } not taken? Write it in one message: she will read it.
codesign-ask_audience = Who gets this draft?
codesign-audience_volunteers = The volunteers
codesign-audience_involved = Volunteers, supporters and the author
codesign-with_photo =
    With a picture.
    { "" }
codesign-with_document =
    With a document.
    { "" }
codesign-review =
    <b>Draft { $version } of #{ $number } “{ $title }”</b>
    { $changes }{ $body }

    { $file }For: { $audience }
    Comments taken: { $taken } · not taken: { $not_taken } (each woman hears about hers)

    Send it?
codesign-changes_line =
    <b>What changed:</b> { $changes }

    { "" }
codesign-changes_took_line =
    <b>What changed:</b> { $changes }
    We took { $taken } of the { $decided } comments on the last version.

    { "" }
codesign-shared = Draft { $version } of #{ $number } is shared. Comments come to /comments { $number }.
codesign-not_shared = Nothing was shared: idea #{ $number } has changed meanwhile (closed, or a comment was already decided). Start again with /draft { $number }.
codesign-comments_usage = Send /comments followed by the idea's number, e.g. /comments 12.
codesign-no_drafts = Idea #{ $number } has no drafts yet. Share one with /draft { $number }.
codesign-comments_header = <b>Comments on #{ $number } “{ $title }”</b>
codesign-comments_draft = <b>Draft { $version }</b> · { $date } · { $count } comments
codesign-comments_item = #{ $number } · { $pseudonym } · { $kind }: “{ $body }” · { $state }
codesign-state_open = open
codesign-state_taken = taken in draft { $version }
codesign-state_not_taken = not taken in draft { $version }
codesign-kind_comment = comment
codesign-kind_suggestion = suggested change
codesign-button_comment = Comment
codesign-button_suggest = Suggest a change
codesign-button_file = See the picture or document
codesign-you_draft =
    A plan to shape together: “{ $title }” (version { $version })

    { $changes }{ $body }

    You can comment or suggest a change below. You will hear if we take your suggested changes, and if not, why not.
codesign-you_outcome =
    What happened to what you said about “{ $title }” (now version { $version }):
    { $lines }
codesign-line_taken = ✓ “{ $said }” was taken.
codesign-line_not_taken = ✗ “{ $said }” was not taken: { $reason }
codesign-line_not_taken_limit = ✗ “{ $said }” was not taken, because of { $limit }: { $reason }
codesign-ask_comment = Write your comment on version { $version } in one message (up to { $limit } characters). Send /cancel to stop.
codesign-ask_suggestion = Write the change you want to version { $version } in one message (up to { $limit } characters). Send /cancel to stop.
codesign-comment_review =
    Please check:
    “{ $body }”

    Send it?
codesign-comment_thanks = Thank you. Staff will read it. You will hear if they take it.
codesign-comment_thanks_quiet = Thank you. Staff will read it. You chose no messages from us. Look in /mydata to see if they take it.
codesign-comment_newer = There is a newer version of this draft now. Please comment on that one.
codesign-comment_cancelled = OK, nothing was sent.
codesign-staff_new_comment = A new comment on draft { $version } of idea #{ $number }. Read it with /comments { $number }.
power-usage = Send /prefer followed by the poll's number, e.g. /prefer 4.
power-not_open = Poll #{ $number } is not open, so no preference can be sealed for it.
power-ask_preference =
    Poll #{ $number }: { $question }
    Which option does the service itself prefer? It is sealed: women never see it before the poll closes, so it cannot steer them. At closing the bot records whether they chose differently.{ $current }
power-current =
    { "" }
    Sealed now: { $option } (you can change it until closing).
power-sealed = Sealed for poll #{ $number }. Women will not see it; it is compared with their choice at closing.
power-staff_agreed = Poll #{ $number } “{ $question }”: women chose { $women }, the option the service preferred too.
power-staff_differed =
    <b>Women chose differently</b>
    Poll #{ $number } “{ $question }”: women chose <b>{ $women }</b>; the service preferred { $staff }.
    What will the service do? Everyone who voted will hear it, with your explanation.
power-staff_undecided = Poll #{ $number } “{ $question }” decided nothing (a tie or quorum missed). So it is not compared with the service's preference ({ $staff }).
power-button_follow = Follow women's choice
power-button_not_follow = Not follow (a limit applies)
power-ask_follow_reason = Poll #{ $number }: the service follows women's choice. In one message, tell everyone who voted what happens now. Send /cancel to stop.
power-ask_limit = Poll #{ $number }: which limit stops the service from following women's choice?
power-ask_not_follow_reason = Poll #{ $number }: explain in plain words why the service cannot follow women's choice. Everyone who voted will read it. Send /cancel to stop.
power-review =
    This goes to everyone who voted:

    { $preview }

    Send it?
power-recorded = Recorded for poll #{ $number }, and everyone who voted will be told.
power-you_followed =
    Poll #{ $number } “{ $question }”: you chose <b>{ $women }</b>. The service will do what you chose.

    { $explanation }
power-you_not_followed =
    Poll #{ $number } “{ $question }”: you chose <b>{ $women }</b>. But the service can't do that, because of { $limit }.

    { $explanation }
power-staff_next_step =
    <b>No decision</b>
    Shared-decision poll #{ $number } “{ $question }” decided nothing (a tie, no votes, or quorum missed). What next? Women will hear it.
power-button_again = Run it again
power-button_decide = Decide, with a reason
power-ran_again = Poll #{ $number } runs again as poll #{ $again }; the women who can vote have received it.
power-cannot_run_again = It can't run again now: too few women could vote, or the idea is gone.
power-ask_option = Poll #{ $number }: which option does the service decide on?
power-ask_decided_reason = Poll #{ $number }: the service decides “{ $option }”. In one message, tell the women who could vote why. Send /cancel to stop.
power-review_decided =
    This goes to every woman who could vote:

    { $preview }

    Send it?
power-decided = Recorded for poll #{ $number }; the women who could vote will be told.
power-you_decided =
    Poll #{ $number } “{ $question }” did not decide anything. So the service has decided: <b>{ $option }</b>.

    Why: { $reason }
domains-priorities = Priorities
domains-design = Design
domains-language = Language
domains-accessibility = Accessibility
domains-delivery = Delivery
domains-done = Done
domains-ask = What does this decide about? Choose one or more, then press Done. Chosen: { $chosen }
domains-none_yet = none yet
domains-pick_one = Choose at least one.
domains-chosen = Decides about: { $domains }
domains-none = not recorded
## decision domains on staff decisions
staffladder-event_not_yet = not yet: { $from_level } → { $to_level }
staffladder-detail_domains =
    { "" }
    { "  " }about: { $domains }
proposals-history_not_yet = { $date }: not moving up to { $level } yet – { $reason }
proposals-history_not_yet_limit = { $date }: not moving up to { $level } yet ({ $limit }) – { $reason }
proposals-history_about = { $line } · about: { $domains }
report-staff_domains_header = <b>Decisions staff made alone, by what they were about</b> (moving up, not yet, closing, declining, what a plan had decided)
report-staff_domains_line = { $domain }: { $count } · { $level_1 } { $at_1 } · { $level_2 } { $at_2 } · { $level_3 } { $at_3 }

## delivery

# The stages an idea at co-production goes through, and the roles women take at each. Their
# names in STAGE_ROLES are keys: stages-<name> and roles-<name> are what people read.
stages-plan = Plan
stages-design = Design
stages-access = Language and accessibility
stages-delivery = Delivery
stages-review = Review
stages-finished = All stages done
roles-reviewer = Reviewer
roles-designer = Designer
roles-co_facilitator = Co-facilitator
delivery-stages_usage = Send /stages and the idea's number, for example /stages 12.
delivery-no_stages = Idea #{ $number } is not at co-production, so it has no stages.
delivery-no_stages_now = This idea has no stages now. It is not at co-production, or it was closed as not possible.
delivery-not_started = not started yet
delivery-stages_header = <b>Stages of #{ $number } “{ $title }”</b>
    Now: { $stage }
delivery-stage_line =
    { $marker }<b>{ $stage }</b>{ $moved }
    { $roles }
delivery-moved_on = { " " }· reached { $date }
delivery-role_holders = { $role }: { $who }
delivery-nobody = nobody yet
delivery-finished_on = All stages done on { $date }.
delivery-button_move = Move on to: { $stage }
delivery-button_finish = Finish the stages
delivery-moved = Moved on to: { $stage }
delivery-moved_already = It has moved already. Open /stages again to see where it is now.
delivery-review_first = The review is not done yet. It can move on when the women have said if it worked.
delivery-review_none = Review: no date yet. Set one with /review { $number }.
delivery-review_set = Review: women will be asked on { $date }.
delivery-review_open = Review: women are answering now, until { $date }.
delivery-review_result = Review done on { $date }. Asked: { $asked }. Yes: { $yes }. Partly: { $partly }. No: { $no }.
delivery-review_usage = Send /review and the idea's number, for example /review 12.
delivery-review_current = { " " }The date now is { $date }.
delivery-ask_review_date = When should we ask the women if #{ $number } “{ $title }” worked?{ $current } Send a date like <code>2026-06-30</code>, or a number of days like <code>30d</code>. They will have { $days } days to answer. Send /cancel to stop.
delivery-bad_review_date = I could not read that. Send a date in the next year, like <code>2026-06-30</code>, or days like <code>30d</code>.
delivery-review_saved = Done. On { $date } the women who took part in #{ $number } will be asked: did it work?
delivery-review_already_sent = The review of #{ $number } has gone out already, so its date can't change.
delivery-review_header = <b>Review of #{ $number } “{ $title }”</b>
delivery-review_so_far = Answers so far: { $count } of { $asked }. You see what they said after { $date }.
delivery-comments_header = Comments: { $count }
delivery-comment_item = { $answer }: “{ $comment }”
delivery-no_answer = no answer
delivery-button_roles = Roles you can take
delivery-roles_screen =
    <b>Roles for #{ $number } “{ $title }”</b>
    Stage now: { $stage }

    Your roles:
    { $mine }

    Press a role to take it. Press it again to leave it.
delivery-my_role = { $role } ({ $stage })
delivery-no_roles_yet = none yet
delivery-button_take = Take: { $role } ({ $stage })
delivery-button_leave = ✓ Leave: { $role } ({ $stage })
delivery-button_back = Back
delivery-roles_closed = You can't take roles here now.
delivery-role_already = Nothing changed: it is already so.
delivery-volunteer_first = First press “I'd like to help design this” on the idea.
delivery-role_taken = You are now { $role } ({ $stage }). Thank you!
delivery-role_left = You left the role { $role } ({ $stage }).
delivery-review_ask =
    Did it work? You took part in #{ $number } “{ $title }”. Now we want to know if it worked for you.

    Please answer by { $closes }. You can add a comment too.
delivery-review_yours = Your answer: <b>{ $answer }</b>. You can change it until the end.
delivery-answer_yes = Yes
delivery-answer_partly = Partly
delivery-answer_no = No
delivery-button_comment = Add a comment
delivery-answer_thanks = Thank you. Your answer is saved.
delivery-review_closed = This question is closed now.
delivery-ask_comment = Your comment on “{ $title }”, in one message (up to { $limit } characters). Send /cancel to stop.
delivery-comment_thanks = Thank you. Your comment is saved. Staff read it without your name.
delivery-staff_review_sent = The review of #{ $number } “{ $title }” has gone out. Women asked: { $count }. { $quiet } chose to get no messages, so they were not asked. It closes on { $closes }.
delivery-evidence_review = asked { $asked }: yes { $yes }, partly { $partly }, no { $no }; comments { $comments }
delivery-staff_review_closed = The review of #{ $number } is done. Asked: { $asked }. Yes: { $yes }. Partly: { $partly }. No: { $no }. Comments: { $comments }. Read them with /review { $number }.
delivery-helpers_usage = Send /helpers and the idea's number, for example /helpers 12.
delivery-no_helpers = No one has offered to help with idea #{ $number } yet, so there is no one to write to.
delivery-ask_helpers_audience = Who should get your message about #{ $number } “{ $title }”?
delivery-audience_volunteers = Everyone helping ({ $count })
delivery-audience_roles = Only women with a role ({ $count })
delivery-to_volunteers = everyone helping
delivery-to_roles = only women with a role
delivery-ask_helpers_text = Write your message in one message (up to { $limit } characters). It starts with a neutral line, never with your words. Send /cancel to stop.
delivery-helpers_review =
    This goes to { $audience }:

    { $preview }

    Send it?
delivery-you_helpers =
    About #{ $number } “{ $title }”, which you help with:

    { $body }
delivery-helpers_sent = Sent. It goes to { $count } of them. { $quiet } chose to get no messages, so they do not get it.
report-delivery_none = Co-delivery and review: no roles taken and no reviews done in this period.
report-delivery_header = <b>Co-delivery and review</b>
report-roles = Roles women took: { $count } (by { $women } women). By stage:
report-roles_stage = { $stage }: { $count }
report-reviews = Reviews done: { $count }. Women asked: { $asked }. Did it work? Yes: { $yes }. Partly: { $partly }. No: { $no }. Comments: { $comments }.
## story
story-header = <b>The story of idea #{ $number }</b> “{ $title }” · page { $page } of { $pages }
story-origin_plan = { $date } · The service put up its own plan.
story-origin_idea = { $date } · A woman suggested this idea.
story-origin_idea_yours = { $date } · You suggested this idea.
story-origin_idea_staff = { $date } · { $pseudonym } suggested this idea.
story-origin_feedback = { $date } · A woman's feedback became this idea. She said yes to sharing it.
story-origin_feedback_yours = { $date } · Your feedback became this idea. You said yes to sharing it.
story-origin_feedback_staff = { $date } · Feedback #{ $feedback } from { $pseudonym } became this idea. She said yes to sharing it.
story-decided_before = Already decided by the service: { $decided }
story-published = { $date } · Published at { $level }.
story-declined = { $date } · Not published.
story-moved = { $date } · Moved up to { $level }.
story-not_yet = { $date } · Not moving up yet. It stays at { $level }.
story-closed = { $date } · Closed: { $outcome }.
story-evidence = What counted: { $evidence }
story-by = { " " }({ $name })
story-power_staff = Who decided: staff{ $who }
story-about = About: { $domains }
story-limit = Limit: { $limit }
story-reason = Why: { $reason }
story-power_shared = a shared decision
story-power_advisory = advice for staff
story-poll_opened = { $date } · Poll #{ $number } opened, { $kind }: “{ $question }”. Open until { $closes }.
story-sealed = The service's own choice, sealed until it closes: { $option }
story-poll_closed = { $date } · Poll #{ $number } closed. { $turnout } of { $eligible } voted. Women chose: { $option }.
story-poll_undecided = { $date } · Poll #{ $number } closed without a decision (a tie, or too few votes).
story-power_agreed = The service had chosen { $preferred } too.
story-power_differed = The service had chosen { $preferred }. Women chose differently.
story-followed = { $date } · The service followed what women chose in poll #{ $number }.
story-not_followed = { $date } · The service did not follow what women chose in poll #{ $number }.
story-again = { $date } · The poll ran again as poll #{ $number }.
story-decided_after = { $date } · Poll #{ $number } decided nothing, so staff chose: { $option }.
story-draft_first = { $date } · Draft { $version } shared. Comments: { $comments }.
story-draft = { $date } · Draft { $version } shared. What changed: { $changes } Comments: { $comments }.
story-draft_answers = Suggestions taken: { $taken } · not taken: { $not_taken }
story-draft_limits = Not taken because of: { $limits }
story-earlier = ◀ Earlier
story-later = Later ▶
story-back = ◀ Back to the idea
story-button = The story so far
story-usage = Send /story followed by the idea's number, e.g. /story 12.
commands-story = Staff: an idea's whole story, from where it came from to now
report-power_item = { "  " }idea #{ $number }, poll #{ $poll }: { $verdict }{ $did }
report-power_verdict_agreed = women chose what the service preferred
report-power_verdict_differed = women chose differently
report-power_verdict_undecided = no decision
report-power_item_followed = { " " }· the service followed them
report-power_item_not_followed = { " " }· the service did not follow them ({ $limit })
report-stories =
    <b>What happened to ideas</b> (from each idea's story, see /story)
    Drafts shared: { $draft } · moved up: { $moved } · not yet: { $not_yet } · closed: { $closed } · declined: { $declined }
    Polls about an idea opened: { $poll_opened } · closed: { $poll_closed }
    After women chose differently, the service followed them: { $followed } · did not: { $not_followed }
    After a poll decided nothing, it ran again: { $next_again } · staff decided: { $next_decided }
proposals-history_earlier = Earlier steps: { $count }. Press “The story so far” to read them all.
story-stage = { $date } · Stage reached: { $stage }{ $who }.
story-role = { $date } · A woman took a role: { $role } ({ $stage }).
story-role_yours = { $date } · You took a role: { $role } ({ $stage }).
story-role_staff = { $date } · { $pseudonym } took a role: { $role } ({ $stage }).
story-review_planned = { $date } · The review: women will be asked if it worked.
story-review_asked = { $date } · The review: the women involved were asked if it worked.
story-review_closed = { $date } · The review is done. Asked: { $asked }. Yes: { $yes }. Partly: { $partly }. No: { $no }. Comments: { $comments }.
## contact

contact-offer = Is now a good time for us to get in touch?
contact-answer_button_h = Message me here
contact-answer_button_n = Not now
contact-answer_button_c = Call me
contact-answer_here = message me here
contact-answer_not_now = not now
contact-answer_call = call me
contact-reply_here = Thank you. We have passed this on. When someone writes back, it will be in this chat.
contact-reply_not_now = OK. We won't get in touch now. You can press “I need support now” in the menu at any time.
contact-reply_call = Thank you. We have passed on your time and number. We keep them only until the person who will call you has them.
contact-ask_call = Please type a safe time to call you, and the number to call. Use one message of up to { $limit } characters. We keep them only until the person who will call you has them. Send /cancel to stop.
contact-already = This question has already been answered, or it is closed.
contact-told_here =
    <b>Answer to your offer</b>
    { $pseudonym } (alert #{ $alert }): message me here.
    Write to her with /tell { $alert } and your message.
contact-told_not_now =
    <b>Answer to your offer</b>
    { $pseudonym } (alert #{ $alert }): not now.
contact-told_call =
    <b>Answer to your offer</b>
    { $pseudonym } (alert #{ $alert }): call me.
    Safe time and number: { $details }
    Press Noted when you have written them down. They are then removed from this chat.
contact-told_call_removed =
    <b>Answer to your offer</b>
    { $pseudonym } (alert #{ $alert }): call me.
    The time and number have been removed from this chat.
contact-noted_button = Noted
contact-already_removed = They were already removed from this chat.
contact-message =
    A message for you:

    { $body }
contact-tell_usage = Send /tell, the alert number and your message, e.g. /tell 12 Hello, it's Sam. It works only for a woman who chose “message me here” on an open alert.
contact-tell_queued = Your message is on its way to her.
contact-tell_refused = Not sent. She has not chosen “message me here” on that alert, or the alert is closed, or she is no longer here.
