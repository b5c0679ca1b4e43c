# Arabic texts (العربية), right to left. The same messages as en.ftl, in Fluent's format.
# Written for easy reading: short sentences, one idea each, speaking to a woman.
# Every value filled in is wrapped in Unicode isolates, so numbers and made-up names keep
# their own direction. A native speaker at the service should review these texts before use.

## common

common-service_name = رأيكِ يهمّ
common-helplines =
    999 في حالة الطوارئ
    الخط الوطني للمساعدة من العنف المنزلي: 0808 2000 247 (مجاني، على مدار 24 ساعة)

## language

language-name = العربية

## profile

profile-description = هنا يمكنكِ أن تخبرينا برأيكِ. يمكنكِ أن تقترحي أفكارًا. يمكنكِ أن تقرّري معنا. اضغطي «ابدأ». ستقرئين أولًا كيف يعمل هذا. لا نحفظ شيئًا قبل موافقتكِ.
profile-short_description = أخبرينا برأيكِ، ولنقرّر معًا.

## dates

dates-day = dd MMM y
dates-moment = dd MMM y HH:mm
dates-short = dd MMM HH:mm
dates-short_weekday = EEE dd MMM HH:mm
dates-long = EEE dd MMM y، HH:mm

## consent

consent-screen =
    <b>أهلًا بكِ في { $service_name }</b>

    هنا يمكنكِ أن تخبرينا برأيكِ. يمكنكِ أن تقترحي أفكارًا. يمكنكِ أن تقرّري أمورًا مع الأشخاص الذين يديرون المكان.

    <b>قبل أن تنضمّي، اقرئي هذا:</b>
    • إذا انضممتِ، نحفظ لكِ اسمًا مستعارًا (مثل P-7KQ2). نحفظ أيضًا ما ترسلينه إلينا وإعداداتكِ. يرى الفريق الاسم المستعار فقط. لا يرى اسمكِ في Telegram ولا اسم المستخدمة ولا رقم هاتفكِ.
    • هذه المحادثة <b>لا يراقبها أحد طوال الوقت</b>. لا تطلبي هنا المساعدة في حالة طارئة.
    • مساعدة عاجلة: { $helplines }
    • إذا بدا من كلامكِ أنكِ قد لا تكونين في أمان، سنريكِ أين تجدين المساعدة. وسنخبر المسؤولة عن الحماية في الفريق.
    • الأمر /exit يحذف بسرعة رسائل هذه المحادثة من آخر يومين. الرسائل الأقدم تحذفينها أنتِ فقط. في أي وقت، ترين كل ما لدينا عبر /mydata، وتحذفينه كله عبر /forget.

    لن نحفظ عنكِ أي شيء إلا إذا ضغطتِ <b>أوافق</b>.
consent-agree = أوافق
consent-decline = ليس الآن
consent-declined = لا بأس. لم نحفظ عنكِ أي شيء. أرسلي /start إذا غيّرتِ رأيكِ.
consent-joined = شكرًا لانضمامكِ. اسمكِ المستعار هو <b>{ $pseudonym }</b>.
consent-already = لقد انضممتِ من قبل.
consent-needed = أرسلي /start أولًا ووافقي، ثم يمكنكِ استخدام هذا.

## menu

menu-text = ماذا تريدين أن تفعلي؟
menu-feedback = أعطي رأيكِ
menu-propose = اقترحي فكرة
menu-ideas = شاهدي الأفكار
menu-mine = أفكاري
menu-vote = صوّتي
menu-privacy = الخصوصية وبياناتي
menu-settings = الإعدادات
menu-support = أحتاج إلى دعم الآن
menu-exit = اخرجي بسرعة
menu-back = العودة إلى القائمة

menu-policy = شكرًا على وقتكِ
## help

help-text =
    هذا ما يمكنكِ فعله:
    /share – أعطي رأيكِ
    /propose – اقترحي فكرة
    /vote – تصويتات يمكنكِ المشاركة فيها
    /menu – كل شيء آخر
    /exit – اخرجي بسرعة

    مساعدة عاجلة: { $helplines }
help-unknown = عذرًا، لم أفهم ذلك.
help-staff =
    أوامر الفريق:
    /feedback – آخر الآراء حسب الموضوع
    /respond &lt;رقم&gt; – الرد على رأي
    /pending – أفكار تنتظر النشر أو الرفض
    /proposals [مستوى] [صفحة] – الأفكار حسب مستوى السلّم (1 أو 2 أو 3 أو all)، 20 في كل صفحة
    /proposal &lt;رقم&gt; – فكرة واحدة وتاريخها، مع أزرار لرفعها أو إغلاقها
    /story &lt;رقم&gt; – قصة فكرة كاملة، من بدايتها حتى الآن
    /plan – وضع خطة الفريق على السلّم، مع ما يمكن للنساء تغييره بعد
    /toidea &lt;رقم&gt; – سؤال امرأة هل يصبح رأيها فكرة يمكن للأخريات دعمها
    /draft &lt;رقم&gt; – مشاركة مسودة أو تعديل مع متطوعات الفكرة
    /comments &lt;رقم&gt; – التعليقات على مسودات فكرة، مجمّعة حسب المسودة
    /newpoll – إنشاء تصويت (محادثة خطوة بخطوة مع معاينة)
    /polls – التصويتات المفتوحة والحديثة مع نسبة المشاركة
    /closepoll &lt;رقم&gt; – إغلاق تصويت الآن
    /prefer &lt;رقم&gt; – ختم الخيار المفضّل للفريق في تصويت (لا يظهر إلا بعد إغلاقه)
    /invite [عدد] – روابط دعوة لمرة واحدة
    /voice &lt;رقم&gt; – تشغيل الرسالة الصوتية لرأي (لا يمكن حفظها أو إعادة توجيهها)
    /voiceidea &lt;رقم&gt; – تشغيل الرسالة الصوتية التي تصف فكرة
    /tell &lt;تنبيه&gt; &lt;رسالة&gt; – (مسؤولو الحماية) اكتب لامرأة اختارت «راسلوني هنا» بعد تنبيه
    /onbehalf [اسم مستعار] – تسجيل رأي أو فكرة أو دعم أو صوت قدّمته امرأة على ورق أو بالهاتف أو في مجموعة
    /eraseoffline &lt;اسم مستعار&gt; – محو سجلات امرأة خارج المحادثة بطلب منها
    /linkcode &lt;اسم مستعار&gt; – رمز لمرة واحدة ترسله مع /link بعد انضمامها، لتصبح سجلاتها خارج المحادثة جزءًا من محادثتها
    /herdata &lt;اسم مستعار&gt; – كل ما لدينا عن امرأة خارج المحادثة (مع ما تلقّته)، كملف يُطبع لها
    /recognise [اسم مستعار] – تسجيل ما تلقّته امرأة مقابل وقتها: قسيمة أو دفعة أو مصاريف أو ساعات أو غير ذلك
    /stages &lt;رقم&gt; – مراحل الفكرة، ومن تتولى كل دور، وزر للانتقال
    /review &lt;رقم&gt; – تحديد يوم سؤال النساء «هل نجحت؟»، أو قراءة الإجابات
    /helpers &lt;رقم&gt; – الكتابة إلى النساء اللواتي يساعدن في فكرة

    /digest – الملخّص الآن: ما الجديد منذ الملخّص الأخير وما ينتظر
    /report [فترة] – تقرير المشاركة في الإنتاج مع رسم بياني: /report (آخر 90 يومًا)، /report 30d، /report 2026، /report 2026-Q1 أو /report all
    /export – كل شيء بأسماء مستعارة، كملف zip فيه ملفات CSV
help-more_button = المزيد
help-more =
    هذا ما يمكنكِ فعله:
    /menu – القائمة الرئيسية
    /share – أعطي رأيكِ
    /propose – اقترحي فكرة
    /ideas – شاهدي الأفكار وادعميها
    /myideas – أفكاركِ وما حدث لها
    /myfeedback – آراؤكِ وردودنا
    /vote – تصويتات يمكنكِ المشاركة فيها
    /settings – اللغة والرسائل منا
    /privacy – ماذا نحفظ ومن يراه
    /mydata – كل ما لدينا عنكِ
    /forget – احذفي كل شيء عنكِ
    /link &lt;رمز&gt; – أضيفي إلى بياناتكِ هنا ما قدّمتِه لنا على ورق أو بالهاتف أو في مجموعة
    /policy – كيف نشكركِ على وقتكِ (قسائم، مصاريف، ساعات)
    /cancel – أوقفي ما تفعلينه
    /exit – اخرجي بسرعة

    مساعدة عاجلة: { $helplines }
## privacy

privacy-text =
    <b>خصوصيتكِ</b>

    <b>ماذا نحفظ:</b> اسمًا مستعارًا ({ $pseudonym }). متى انضممتِ ومتى استخدمتِ المحادثة آخر مرة. إعداداتكِ. وما ترسلينه إلينا: الآراء، والأفكار، والأفكار التي تدعمينها أو تساعدين فيها، وأصواتكِ، وردودنا. نحفظ أرقام رسائل هذه المحادثة لمدة 48 ساعة حتى يستطيع /exit حذفها. هذه أطول مدة يسمح فيها Telegram بحذفها. لا نحفظ كلماتها. إذا طلبتِ الدعم، أو بدا من كلامكِ أنكِ قد لا تكونين في أمان، نسجّل الوقت ونخبر المسؤولة عن الحماية في الفريق. إذا شكرناكِ على وقتكِ (قسيمة، دفعة، مصاريف، ساعات)، يسجّل الفريق ما تلقّيتِه ولماذا. إذا قدّمتِ رأيكِ على ورق أو بالهاتف أو في مجموعة وأضفتِه هنا عبر /link، فهو جزء من بياناتكِ أيضًا.
    <b>من يراه:</b> فريق { $service_name } يرى ما ترسلينه مع اسمكِ المستعار فقط. لا يرى أبدًا اسمكِ في Telegram ولا اسم المستخدمة ولا رقم هاتفكِ.
    <b>ما لا نفعله:</b> لا نحمّل الصور أو الملفات. ولا نشارك أي شيء مع أي أحد.

    شاهدي كل شيء: /mydata
    احذفي كل شيء: /forget
privacy-not_joined =
    <b>خصوصيتكِ</b>

    لم تنضمّي، لذلك لا نحفظ عنكِ أي شيء. إذا انضممتِ عبر /start، نحفظ لكِ اسمًا مستعارًا وما ترسلينه وإعداداتكِ. ولن يرى الفريق إلا الاسم المستعار.

privacy-retention = <b>كم من الوقت نحتفظ به:</b> آراؤكِ وردودنا: { $feedback_days } يومًا. الفكرة: { $ideas_days } يومًا بعد رفضها أو إغلاقها. السبب الذي كتبتِه مع صوتكِ: { $reason_days } يومًا بعد انتهاء التصويت. ملاحظة أنكِ قد تحتاجين إلى دعم: { $alert_days } يومًا. إذا لم تستخدمي هذه المحادثة مدة { $inactive_days } يومًا، نرسل لكِ رسالة واحدة، وبعد { $notice_days } يومًا نحذف كل ما لدينا عنكِ إلا إذا كتبتِ لنا مرة أخرى. بعد ذلك، تعدّ تقاريرنا فقط أن شيئًا أُرسل، دون ما قاله أو من أرسله.
## mydata

mydata-header =
    <b>كل ما لدينا عنكِ</b>

    الاسم المستعار: { $pseudonym }
    انضممتِ: { $joined }
    آخر نشاط: { $last_seen }
    اللغة: { $language }
    الرسائل منا: { $notify }
mydata-feedback_header = <b>آراؤكِ</b>
mydata-feedback_item =
    #{ $number } · { $date } · { $topic }
    «{ $body }»
mydata-response_item = ردّنا ({ $date }): { $body }
mydata-none = لم ترسلي أي رأي بعد.
mydata-ideas_header = <b>أفكاركِ</b>
mydata-idea_item =
    #{ $number } · { $date } · { $status }
    <b>{ $title }</b>
    «{ $body }»
mydata-supported = أفكار تدعمينها: { $numbers }
mydata-volunteered = أفكار عرضتِ المساعدة فيها: { $numbers }
mydata-votes_header = <b>أصواتكِ</b>
mydata-vote_item = التصويت #{ $number } «{ $question }»: { $option }
mydata-vote_reason = { " " }(سببكِ: { $reason })
mydata-safety =
    عدد المرات التي أخبرنا فيها الفريق أنكِ قد تحتاجين إلى دعم: { $alerts }
    رسائل في هذه المحادثة يستطيع /exit حذفها بعد: { $messages } (نحفظها 48 ساعة)
    رسائل إلى الفريق تُظهر كلماتكِ: { $staff }. يستطيع /forget حذفها بعد. نحفظ أرقامها 48 ساعة.
mydata-footer = لحذف كل هذا، أرسلي /forget.

mydata-given = (قدّمتِ هذا خارج المحادثة: { $channel })
mydata-recognition_header = <b>ما تلقّيتِه مقابل وقتكِ</b>
mydata-recognition_item = { $date } · { $kind }: { $value } · مقابل { $purpose }
mydata-her_usage = أرسلي /herdata ثم اسمها المستعار، مثلًا /herdata P-7KQ4.
mydata-her_caption = كل ما لدينا عن { $pseudonym }، للطباعة وتسليمه لها. لا تحتفظي بنسخ.
mydata-drafts_header = <b>بدأتِه ولم ترسليه</b> (يُحذف بعد { $hours } ساعة دون تغيير، أو الآن عبر /cancel)
mydata-draft_feedback =
    رأي عن { $topic }:
    «{ $body }»
mydata-draft_idea = فكرة: <b>{ $title }</b>
mydata-draft_idea_body = «{ $body }»
mydata-draft_comment =
    على مسودة ({ $kind }):
    «{ $body }»
mydata-shared_header = <b>مشاركة رأيكِ كفكرة</b>
mydata-shared_open = الرأي #{ $number }: سألناكِ إن كان يمكن مشاركته كفكرة «{ $title }». لم تجيبي بعد.
mydata-shared_yes = الرأي #{ $number }: وافقتِ على مشاركته كفكرة «{ $title }».
mydata-shared_no = الرأي #{ $number }: لم توافقي على مشاركته كفكرة «{ $title }». يبقى خاصًا.
mydata-comments_header = <b>تعليقاتكِ على المسودات</b>
mydata-comment_item = { $date } · المسودة النسخة { $version } · { $kind }: «{ $body }» · { $state }
mydata-comment_open = لم يُقرَّر بعد
mydata-comment_taken = أُخذ به
mydata-comment_not_taken = لم يُؤخذ به
mydata-comment_reason = { " " }(لماذا: { $reason })
mydata-roles_header = <b>أدواركِ</b>
mydata-role_item = #{ $number }: { $role } ({ $stage })
mydata-reviews_header = <b>إجاباتكِ على «هل نجحت؟»</b>
mydata-review_item = #{ $number }: { $answer }
mydata-review_comment = { " " }(تعليقكِ: { $comment })
## forget

forget-ask =
    هذا يحذف نهائيًا كل ما لدينا عنكِ:
    • اسمكِ المستعار وإعداداتكِ
    • آراءكِ وردودنا عليها
    • أفكاركِ، ودعمكِ وعروض مساعدتكِ لأفكار أخرى
    • أصواتكِ والأسباب التي كتبتِها معها
    • أي شيء بدأتِ كتابته هنا
    • أرقام رسائل هذه المحادثة التي يستخدمها /exit

    ما يبقى: الرسائل في محادثات الفريق التي تُظهر كلماتكِ، إذا مرّ عليها أكثر من 48 ساعة (الأحدث منها نحذفه). وتبقى أيضًا الملفات التي حفظها الفريق (تصدير أو تقرير)، والرسائل الصوتية التي استمع إليها، وقوائم التعليقات على الخطط. وإذا أخبرنا يومًا المسؤولة عن الحماية أنكِ قد تحتاجين إلى دعم، تبقى ملاحظة بالوقت فقط، دون اسمكِ أو كلماتكِ. رسائل هذه المحادثة تبقى على هاتفكِ حتى تحذفيها، وسنعرض عليكِ حذفها مباشرة بعد ذلك.

    لا يمكن التراجع عن ذلك. هل نحذف كل شيء؟
forget-confirm = نعم، احذفوا كل شيء
forget-keep = لا، أبقوه
forget-done = تمّ. حذفنا كل ما حفظناه عنكِ. رسائل هذه المحادثة ما زالت على هاتفكِ: اضغطي الزر لنحذف كل ما نستطيع حذفه الآن. إذا أردتِ العودة يومًا، أرسلي /start.
forget-kept = حسنًا، لم نحذف أي شيء.
forget-nothing = ليس لدينا أي شيء عنكِ.

forget-not_asked = لم نحذف أي شيء. لحذف كل ما لدينا عنكِ، أرسلي /forget وأجيبي عن سؤاله.
forget-clear_now = احذفي رسائل هذه المحادثة الآن
forget-staff_deleted = حذفنا أيضًا الرسائل في محادثات الفريق التي كانت تُظهر كلماتكِ.
forget-staff_some_deleted = حذفنا أيضًا الرسائل الأحدث في محادثات الفريق التي كانت تُظهر كلماتكِ. يسمح Telegram بحذف الرسائل لمدة 48 ساعة فقط. الأقدم منها لا نستطيع حذفه، لذلك يبقى في محادثات الفريق.
forget-staff_none_deleted = بعض الرسائل في محادثات الفريق التي كانت تُظهر كلماتكِ قديمة جدًا ولا نستطيع حذفها (يسمح Telegram بذلك لمدة 48 ساعة فقط)، لذلك تبقى هناك.
## settings

settings-text =
    <b>الإعدادات</b>

    اللغة: { $language }
    الرسائل منا: { $notify }
    تُحذف رسائل هذه المحادثة: { $tidy }

    اختاري ما تريدين تغييره:
settings-notify_all = عن كل شيء
settings-notify_mine = عن أموري فقط
settings-notify_none = لا شيء
settings-notify_label_all = عن كل شيء
settings-notify_label_mine = عن أموركِ فقط
settings-notify_label_none = لا شيء
settings-saved = تمّ الحفظ.

settings-tidy_label_off = فقط عندما تستخدمين /exit
settings-tidy_label_hours = بعد { $hours } ساعة
settings-tidy_button_off = أبقي الرسائل
settings-tidy_button_hours = احذفي بعد { $hours } ساعة
## feedback

feedback-topics =
    الجلسات والمجموعات
    الفريق والمتطوعات
    المبنى والوصول إليه
    المعلومات والموارد
    شيء آخر
feedback-choose_topic = عن أي شيء رأيكِ؟
feedback-ask_text =
    الموضوع: <b>{ $topic }</b>

    اكتبي رأيكِ في رسالة واحدة (حتى { $limit } حرف). أرسلي /cancel للتوقف.
feedback-review =
    راجعي رأيكِ:

    <b>{ $topic }</b>
    «{ $body }»

    هل نرسله؟
feedback-send = أرسلي
feedback-rewrite = اكتبيه من جديد
feedback-cancel = إلغاء
feedback-thanks = شكرًا لكِ. وصل رأيكِ إلى الفريق (رقم #{ $number }). سنخبركِ عندما يردّون.
feedback-cancelled = حسنًا، لم نرسل أي شيء.
feedback-you_said_we_did =
    <b>قلتِ، ففعلنا</b>

    قلتِ (الرأي #{ $number }، { $topic }):
    «{ $body }»

    ردّ الفريق:
    { $response }

feedback-offer = هل تريدين إرسال هذا كرأي؟
feedback-offer_yes = نعم، أرسليه
feedback-offer_no = لا
feedback-offer_dropped = حسنًا. لم يُرسل، ولم نحتفظ بشيء.
feedback-mine_header = <b>آراؤكِ وردودنا</b>
feedback-no_reply_yet = لا رد بعد.
## input

input-text_only = أرسلي جوابكِ كرسالة نصية. لا يمكن استخدام الصور أو الملصقات أو الرسائل الصوتية أو الملفات هنا. لم نحفظ أي شيء.
input-too_long = طول النص { $length } حرفًا، والحد هو { $limit }. اختصريه وأرسليه مرة أخرى.
input-empty = كانت الرسالة فارغة. اكتبي نصًا من فضلكِ.
input-cancelled = توقفنا. لم نحفظ أي شيء.
input-nothing_to_cancel = لا يوجد شيء لإيقافه.
input-stale_button = هذا الزر لم يعد يعمل.

## exit

exit-done = حسنًا.
exit-some_stay = حسنًا. الرسائل الأقدم هنا تحذفينها أنتِ فقط: في قائمة المحادثات، اضغطي مطولًا على هذه المحادثة (في iPhone اسحبيها إلى اليسار) واختاري «حذف».
## safeguarding

safeguarding-reply =
    إذا كنتِ تحتاجين إلى مساعدة الآن، يمكنكِ الاتصال بـ:
    { $helplines }

    أخبرنا المسؤولة عن الحماية في الفريق. هذه المحادثة لا يراقبها أحد طوال الوقت، فقد لا ترى ذلك فورًا.
safeguarding-alert_words =
    <b>تنبيه حماية</b>
    من: { $pseudonym }
    الكلمات: { $words }
    أين: { $source }
    الوقت: { $time }
safeguarding-alert_button =
    <b>تنبيه حماية</b>
    ضغطت { $pseudonym } على «أحتاج إلى دعم الآن».
    الوقت: { $time }
safeguarding-not_joined = شخص لم ينضم (بلا اسم مستعار)
safeguarding-source_feedback = أثناء كتابة رأي
safeguarding-source_message = في رسالة إلى البوت
safeguarding-source_proposal = أثناء اقتراح فكرة
safeguarding-source_vote_reason = أثناء كتابة سبب للتصويت
safeguarding-seen_button = تمّت الرؤية
safeguarding-seen_line = رأته { $who } في { $time }

safeguarding-reply_hours =
    إذا كنتِ تحتاجين إلى مساعدة الآن، يمكنكِ الاتصال بـ:
    { $helplines }

    أخبرنا المسؤولة عن الحماية في الفريق. تقرأ هذه التنبيهات { $hours }، وليس في أوقات أخرى.
safeguarding-reply_untold =
    إذا كنتِ تحتاجين إلى مساعدة الآن، يمكنكِ الاتصال بـ:
    { $helplines }

    هذه المحادثة لا يراقبها أحد، فاستخدمي الأرقام أعلاه من فضلكِ.
safeguarding-contacted_button = تمّ التواصل
safeguarding-contacted_line = تواصلت { $who } في { $time }
safeguarding-closed_button = أُغلق
safeguarding-closed_line = أغلقته { $who } في { $time }
safeguarding-already_marked = معلَّم من قبل، أو غير ممكن بعد: الرسالة تُظهر أين وصل هذا التنبيه.
safeguarding-item_feedback = أُرسل كـ: رأي رقم { $number }
safeguarding-item_idea = أُرسل كـ: فكرة رقم { $number }
safeguarding-item_poll = أُرسل كـ: سبب لصوتها في التصويت رقم { $number }
safeguarding-offered_button = اعرض التواصل
safeguarding-offered_line = عرض التواصل { $who } في { $time }
safeguarding-answer_line = جوابها: { $answer } ({ $time })
safeguarding-source_contact = أثناء الرد على عرض للتواصل
## invite

invite-needed = أهلًا. هذه المحادثة بالدعوة فقط. إذا أُعطيتِ رابطًا، افتحيه مرة أخرى.
invite-invalid = عذرًا، لا يمكن استخدام رابط الدعوة هذا. ربما انتهت مدته أو استُخدم من قبل. اطلبي رابطًا جديدًا من الشخص الذي أعطاكِ إياه.
invite-usage = أرسلي /invite لرابط دعوة واحد، أو /invite 5 لخمسة روابط (حتى 20).
invite-made =
    <b>روابط الدعوة: { $count }</b>
    كل رابط يعمل لشخص واحد، حتى { $expires }:

    { $links }

    أرسلي كل رابط بشكل خاص إلى شخص واحد. الرابط المستخدم أو المنتهي يتوقف عن العمل.

## flood

flood-slow_down = أنتِ ترسلين كثيرًا وبسرعة. انتظري دقيقة، ثم تابعي.
flood-submissions = أرسلتِ كثيرًا في الدقائق الأخيرة. انتظري قليلًا، ثم اضغطي «أرسلي» مرة أخرى. لم يضِع شيء.

## staff

staff-feedback_topic = <b>{ $topic }</b> ({ $count })
staff-feedback_item =
    #{ $number } · { $pseudonym } · { $date } · { $state }
    { $body }
staff-state_answered = تمّ الرد
staff-state_open = ينتظر الرد
staff-feedback_none = لا توجد آراء بعد.
staff-respond_usage = أرسلي /respond ثم رقم الرأي، مثلًا /respond 12.
staff-respond_missing = لا يوجد رأي #{ $number }.
staff-respond_ask =
    الرد على الرأي #{ $number } من { $pseudonym } ({ $topic }):
    { $body }

    اكتبي ردّكِ في رسالة واحدة. ستستلمه { $pseudonym } بعنوان «قلتِ، ففعلنا». أرسلي /cancel للتوقف.
staff-respond_review =
    هذا الرد على #{ $number } سيصل إلى { $pseudonym }:

    { $body }

    هل نرسله؟
staff-respond_sent = أُرسل. الرأي #{ $number } معلَّم الآن كمردود عليه.
staff-respond_gone = الرأي #{ $number } لم يعد موجودًا (ربما حذفت صاحبته بياناتها). لم نرسل شيئًا.
staff-error_alert = حدث خطأ أثناء معالجة تحديث ({ $error }). التفاصيل في السجل.

staff-respond_ask_offline =
    الرد على الرأي #{ $number } من { $pseudonym } ({ $topic }):
    { $body }

    قدّمته خارج المحادثة وليس لديها محادثة مع البوت. سيُسجَّل ردّكِ (وتراه في بياناتها)، وأنتِ توصلينه إليها بالطريقة التي قدّمت بها رأيها. اكتبيه في رسالة واحدة. أرسلي /cancel للتوقف.
staff-respond_review_offline =
    هذا الرد على #{ $number } من { $pseudonym } سيُسجَّل (ليس لديها محادثة، فلن يُرسل شيء):

    { $body }

    هل نحفظه؟
staff-respond_saved_offline = حُفظ. الرأي #{ $number } معلَّم كمردود عليه. أوصلي الرد إليها من فضلكِ.
staff-respond_saved_quietly = حُفظ ولم يُرسل: صاحبة الرأي #{ $number } اختارت ألا تصلها رسائل، فسترى ردّكِ فقط عندما تنظر (في /myfeedback). الرأي معلَّم كمردود عليه.
staff-feedback_header_page = <b>آخر الآراء</b> · من { $first } إلى { $last } من { $count }، الأحدث أولًا
staff-feedback_more = الأقدم: { $count }: /feedback { $page }
staff-feedback_page_empty = لا توجد صفحة كهذه: /feedback يعرض الأحدث.
## commands

commands-start = انضمّي أو شاهدي القائمة الرئيسية
commands-menu = القائمة الرئيسية
commands-share = أعطي رأيكِ
commands-propose = اقترحي فكرة
commands-ideas = شاهدي الأفكار وادعميها
commands-myideas = أفكاركِ
commands-vote = تصويتات يمكنكِ المشاركة فيها
commands-settings = اللغة والرسائل
commands-privacy = ماذا نحفظ ومن يراه
commands-mydata = كل ما لدينا عنكِ
commands-forget = احذفي كل شيء عنكِ
commands-help = ما يمكنكِ فعله هنا
commands-cancel = أوقفي ما تفعلينه
commands-exit = اخرجي بسرعة
commands-feedback = الفريق: آخر الآراء
commands-respond = الفريق: الرد على رأي
commands-pending = الفريق: أفكار تنتظر المراجعة
commands-proposals = الفريق: الأفكار حسب المستوى
commands-proposal = الفريق: فكرة واحدة وتاريخها
commands-newpoll = الفريق: إنشاء تصويت
commands-polls = الفريق: التصويتات المفتوحة والحديثة
commands-closepoll = الفريق: إغلاق تصويت الآن
commands-invite = الفريق: روابط الدعوة
commands-digest = الفريق: الملخّص الآن
commands-report = الفريق: تقرير المشاركة في الإنتاج
commands-export = الفريق: تصدير كل شيء (CSV)

commands-onbehalf = الفريق: تسجيل شيء عن امرأة خارج المحادثة
commands-eraseoffline = الفريق: محو سجلات امرأة خارج المحادثة
commands-linkcode = الفريق: رمز يربط سجلاتها خارج المحادثة بمحادثتها
commands-herdata = الفريق: بيانات امرأة خارج المحادثة، للطباعة لها
commands-recognise = الفريق: تسجيل ما تلقّته امرأة مقابل وقتها
commands-policy = كيف نشكركِ على وقتكِ
commands-link = أضيفي إلى بياناتكِ هنا ما قدّمتِه خارج المحادثة
commands-voice = الفريق: تشغيل الرسالة الصوتية لرأي
commands-voiceidea = الفريق: تشغيل الرسالة الصوتية لفكرة
commands-tell = الفريق: اكتب لامرأة بعد تنبيه (مسؤولو الحماية)
commands-plan = الفريق: وضع خطة الفريق على السلّم
commands-toidea = الفريق: السؤال هل يصبح رأي فكرة
commands-draft = الفريق: مشاركة مسودة أو تعديل مع متطوعات الفكرة
commands-comments = الفريق: التعليقات على مسودات فكرة
commands-prefer = الفريق: ختم الخيار المفضّل للفريق في تصويت
commands-stages = الفريق: مراحل الفكرة ومن تتولى كل دور
commands-review = الفريق: تحديد تاريخ تقييم الفكرة أو قراءة الإجابات
commands-helpers = الفريق: الكتابة إلى النساء اللواتي يساعدن في فكرة
commands-myfeedback = آراؤكِ وردودنا
## error

error-general = عذرًا، حدث خطأ من جهتنا. حاولي مرة أخرى بعد قليل. إذا تكرّر ذلك، يُظهر /mydata ما تمّ حفظه.

## proposals

proposals-ask_title = ما فكرتكِ؟ أعطيها عنوانًا قصيرًا (حتى { $limit } حرف). أرسلي /cancel للتوقف.
proposals-ask_body =
    العنوان: <b>{ $title }</b>

    الآن صفي فكرتكِ في رسالة واحدة (حتى { $limit } حرف). ماذا سيتغيّر؟ ومن سيستفيد؟
proposals-review =
    راجعي فكرتكِ:

    <b>{ $title }</b>
    «{ $body }»

    يقرأ الفريق كل فكرة قبل أن تراها النساء الأخريات. هل نرسلها؟
proposals-thanks = شكرًا لكِ. أُرسلت فكرتكِ (رقم #{ $number }). سيقرؤها الفريق أولًا. يمكنكِ متابعة ما يحدث لها عبر /myideas.
proposals-cancelled = حسنًا، لم نرسل فكرتكِ.
proposals-you_published = نُشرت فكرتكِ «{ $title }». الآن تستطيع النساء الأخريات رؤيتها ودعمها وعرض المساعدة.
proposals-you_declined =
    لم تُنشر فكرتكِ «{ $title }».

    السبب: { $reason }
proposals-staff_new = فكرة جديدة #{ $number } تنتظر المراجعة: «{ $title }». استخدمي /pending لنشرها أو رفضها.
proposals-browse_header = <b>الأفكار</b> · { $filter } · صفحة { $page } من { $pages }
proposals-browse_empty = لا توجد أفكار منشورة هنا بعد. يمكنكِ اقتراح فكرة عبر /propose.
proposals-filter_all = كل المراحل
proposals-button_all = الكل
proposals-button_level_1 = { ladder-plain_1 }
proposals-button_level_2 = { ladder-plain_2 }
proposals-button_level_3 = { ladder-plain_3 }
proposals-mine_button = #{ $number } { $title }
proposals-button_newer = الأحدث ▶
proposals-button_older = ◀ الأقدم
proposals-button_back = ▶ العودة إلى الأفكار
proposals-list_item = #{ $number } · { $title } ({ $level }) · الداعمات: { $supporters }
proposals-detail =
    <b>#{ $number } { $title }</b>
    { $body }

    المرحلة: <b>{ $level }</b> – { $meaning }
    { $status }
    الداعمات: { $supporters } · يساعدن في تشكيلها: { $volunteers }
proposals-detail_history = <b>ما حدث حتى الآن</b>
proposals-status_open = مفتوحة للدعم
proposals-status_adopted = مقبولة
proposals-status_delivered = تمّ تنفيذها
proposals-status_not_possible = غير ممكنة
proposals-status_pending = تنتظر أن يقرأها الفريق
proposals-status_declined = لم تُنشر
proposals-button_support = أدعم هذه الفكرة
proposals-button_unsupport = أسحب دعمي
proposals-button_volunteer = أريد المساعدة في تصميمها
proposals-button_unvolunteer = أتوقف عن المساعدة
proposals-supported = شكرًا على دعمكِ.
proposals-unsupported = سُحب دعمكِ.
proposals-volunteered = شكرًا لكِ. سنخبركِ عندما يوجد ما تساعدين فيه.
proposals-volunteered_quiet = شكرًا لكِ. اخترتِ ألّا تصلكِ رسائل منّا، لذلك لن نكتب لكِ. انظري إلى الفكرة في /ideas لتعرفي ما يحدث.
proposals-unvolunteered = لم تعودي في قائمة المساعدات.
proposals-own = هذه فكرتكِ، فهي محسوبة لكِ أصلًا.
proposals-not_open = هذه الفكرة مغلقة، فلا يمكن تغييرها الآن.
proposals-missing = هذه الفكرة غير متاحة.
proposals-mine_header = <b>أفكاركِ</b>
proposals-mine_item = #{ $number } · { $title } · { $status } · { $level }
proposals-mine_none = لم تقترحي أي فكرة بعد. يمكنكِ ذلك عبر /propose.
proposals-history_submitted = { $date }: اقتُرحت
proposals-history_published = { $date }: نُشرت
proposals-history_declined = { $date }: لم تُنشر – { $reason }
proposals-history_moved = { $date }: انتقلت إلى مرحلة { $level } – { $reason }
proposals-history_closed = { $date }: أُغلقت: { $outcome } – { $reason }
proposals-history_not_possible = { $date }: غير ممكنة ({ $limit }) – { $reason }
proposals-history_stage = { $date }: الآن في مرحلة «{ $stage }»
proposals-history_reviewed = { $date }: قالت النساء المشاركات إن كانت قد نجحت

proposals-you_declined_limit =
    لم تُنشر فكرتكِ «{ $title }» بسبب { $limit }.

    التوضيح: { $reason }
proposals-origin_plan = خطة من الفريق.
proposals-origin_feedback = بدأ هذا كرأي، ووافقت صاحبته على مشاركته كفكرة.
proposals-can_change = ما تستطيع النساء تغييره بعد: { $change }
proposals-from_service = من الفريق (خطة الفريق)
proposals-from_idea = من { $pseudonym }
proposals-from_feedback = من { $pseudonym } (من رأي)
## ladder

ladder-level_1 = التشاور
ladder-level_2 = التصميم المشترك
ladder-level_3 = الإنتاج المشترك
ladder-plain_1 = نستمع
ladder-plain_2 = نصمّم معًا
ladder-plain_3 = نقرّر معًا
ladder-meaning_1 = نستمع ونجمع الآراء
ladder-meaning_2 = النساء يضعن الخطة مع الفريق ما دام تغييرها ممكنًا
ladder-meaning_3 = النساء والفريق يقرّرن معًا
ladder-outcome_adopted = مقبولة
ladder-outcome_delivered = منفَّذة
ladder-outcome_not_possible = غير ممكنة
ladder-limit_law = القانون
ladder-limit_funder = شروط الجهات الممولة
ladder-limit_finance = ميزانيتنا
ladder-limit_safeguarding = سلامة الناس
ladder-limit_other = سبب آخر
ladder-evidence_co_design =
    { $supporters ->
        [zero] لا داعمات
        [one] داعمة واحدة
        [two] داعمتان
        [few] { $supporters } داعمات
        [many] { $supporters } داعمة
       *[other] { $supporters } داعمة
    } من { $active } مشاركة نشطة (المطلوب: { $threshold })
ladder-evidence_co_production =
    { $volunteers ->
        [zero] لا متطوعات
        [one] متطوعة واحدة
        [two] متطوعتان
        [few] { $volunteers } متطوعات
        [many] { $volunteers } متطوعة
       *[other] { $volunteers } متطوعة
    }، وقرّر تصويت القرار المشترك #{ $poll }: { $winner }
ladder-staff_suggestion =
    <b>اقتراح على السلّم</b>
    الفكرة #{ $number } «{ $title }» في مرحلة { $level }، ويمكن أن تنتقل إلى <b>{ $to_level }</b>.
    الدليل: { $evidence }
ladder-button_move = انقليها أعلى
ladder-button_wait = ليس بعد
ladder-button_no = غير ممكنة
ladder-you_moved =
    <b>قلتِ، ففعلنا</b>
    انتقلت الفكرة «{ $title }» إلى مرحلة <b>{ $level }</b>: { $meaning }.

    لماذا: { $reason }
ladder-you_closed =
    <b>قلتِ، ففعلنا</b>
    الفكرة «{ $title }» الآن: <b>{ $outcome }</b>.

    { $reason }
ladder-you_not_possible =
    <b>قلتِ، ففعلنا</b>
    لا يمكن تنفيذ الفكرة «{ $title }» بسبب { $limit }.

    { $reason }

ladder-you_not_yet =
    <b>قلتِ، ففعلنا</b>
    الفكرة «{ $title }» لن تنتقل إلى { $level } الآن.

    لماذا: { $reason }

    سننظر فيها مرة أخرى عندما يزيد الدعم.
ladder-you_not_yet_limit =
    <b>قلتِ، ففعلنا</b>
    الفكرة «{ $title }» لن تنتقل إلى { $level } الآن، بسبب { $limit }.

    لماذا: { $reason }

    سننظر فيها مرة أخرى عندما يزيد الدعم.
ladder-evidence_now = في تلك اللحظة: الداعمات { $supporters } من { $active } مشاركة نشطة (المطلوب: { $threshold })، المتطوعات: { $volunteers }{ $poll }
ladder-evidence_poll = ، وقرّر تصويت القرار المشترك #{ $poll }: { $winner }
## moderation

moderation-none = لا توجد أفكار تنتظر المراجعة.
moderation-item =
    <b>الفكرة #{ $number }</b> من { $pseudonym } · { $date }
    <b>{ $title }</b>
    { $body }
moderation-publish = انشري
moderation-decline = ارفضي
moderation-published = نُشرت الفكرة #{ $number }. أُخبرت صاحبتها.
moderation-published_quietly = نُشرت الفكرة #{ $number }. اختارت صاحبتها ألا تصلها رسائل، فستجدها في /myideas.
moderation-declined = رُفضت الفكرة #{ $number }. أُخبرت صاحبتها بالسبب.
moderation-declined_quietly = رُفضت الفكرة #{ $number }. اختارت صاحبتها ألا تصلها رسائل. يمكنها قراءة السبب مع الفكرة في /myideas.
moderation-already = الفكرة #{ $number } رُوجعت من قبل.
moderation-missing = لا توجد فكرة #{ $number }.

moderation-published_offline = نُشرت الفكرة #{ $number }. قدّمتها صاحبتها خارج المحادثة وليس لديها محادثة مع البوت: أخبريها بالطريقة التي قدّمتها بها.
moderation-declined_offline = رُفضت الفكرة #{ $number }. قدّمتها صاحبتها خارج المحادثة وليس لديها محادثة مع البوت: أخبريها بذلك وبالسبب، بالطريقة التي قدّمتها بها.
moderation-ask_decline_limit = الفكرة #{ $number } «{ $title }» لن تُنشر. هل ينطبق أحد هذه القيود؟
moderation-more = ما زال ينتظر: { $count }: /pending { $page }
moderation-page_empty = لا توجد صفحة كهذه: /pending يعرض الأولى.
## staffladder

staffladder-list_header = <b>أفكار في مرحلة { $level }</b> · من { $first } إلى { $last } من { $count }، الأحدث أولًا
staffladder-list_header_all = <b>الأفكار المنشورة</b> · من { $first } إلى { $last } من { $count }، الأحدث أولًا
staffladder-list_item = #{ $number } · { $title } · { $level } · { $status } · الداعمات: { $supporters }، المساعدات: { $volunteers }
staffladder-list_none = لا توجد أفكار منشورة هنا.
staffladder-list_more = المزيد: { $count }: { $command }
staffladder-list_page_empty = لا توجد صفحة كهذه: /proposals يعرض الأولى.
staffladder-usage = أرسلي /proposal ثم رقم الفكرة، مثلًا /proposal 12.
staffladder-list_usage = أرسلي /proposals، أو /proposals 1 أو 2 أو 3 لمستوى واحد. رقم الصفحة يأتي بعد المستوى: /proposals 1 2، أو /proposals all 2 لكل المستويات.
staffladder-detail =
    <b>الفكرة #{ $number }</b> { $pseudonym } · { $state }
    <b>{ $title }</b>
    { $body }

    المستوى: <b>{ $level }</b> · النتيجة: { $outcome }
    الداعمات: { $supporters } · المتطوعات: { $volunteers }
staffladder-history_header = <b>التاريخ</b>
staffladder-history_item = { $date } · { $event }{ $who }{ $detail }
staffladder-who = { " " }· بواسطة { $name }
staffladder-event_submitted = قُدّمت
staffladder-event_published = نُشرت
staffladder-event_declined = رُفضت
staffladder-event_moved = انتقلت { $from_level } ← { $to_level }
staffladder-event_closed = أُغلقت: { $outcome }
staffladder-event_stage = المرحلة: { $stage }
staffladder-event_reviewed = قُيّمت مع النساء المشاركات
staffladder-detail_evidence =
    { "" }
    { "  " }الدليل: { $evidence }
staffladder-detail_reason =
    { "" }
    { "  " }السبب: { $reason }
staffladder-detail_limit =
    { "" }
    { "  " }القيد: { $limit }
staffladder-button_move = انقليها إلى { $level }
staffladder-button_adopted = إغلاق: مقبولة
staffladder-button_delivered = إغلاق: منفَّذة
staffladder-button_not_possible = إغلاق: غير ممكنة
staffladder-ask_limit = الفكرة #{ $number } «{ $title }»: ما القيد الذي يجعلها غير ممكنة؟
staffladder-ask_move_reason = تنقلين الفكرة #{ $number } «{ $title }» إلى { $level }. في رسالة واحدة، أخبري النساء المعنيات لماذا (سيقرأن ذلك). أرسلي /cancel للتوقف.
staffladder-ask_close_reason = تغلقين الفكرة #{ $number } «{ $title }» بنتيجة: { $outcome }. في رسالة واحدة، أخبري النساء المعنيات ماذا سيحدث الآن. أرسلي /cancel للتوقف.
staffladder-ask_limit_reason = القيد: { $limit }. اشرحي بكلمات بسيطة لماذا الفكرة #{ $number } غير ممكنة (ستقرؤه النساء المعنيات). أرسلي /cancel للتوقف.
staffladder-review =
    هذا سيصل إلى كل المعنيات بالفكرة #{ $number }:

    { $preview }

    هل نرسله؟
staffladder-confirm = أرسلي
staffladder-cancel = إلغاء
staffladder-done = تمّ. حُدّثت الفكرة #{ $number } وستُخبَر كل المعنيات.
staffladder-waiting = سُجّل: الفكرة #{ $number } تبقى في مرحلة { $level } الآن، وستعرف النساء المعنيات السبب. سيُقترح نقلها مرة أخرى إذا زاد الدعم أو مرّ الوقت (انظري README).
staffladder-already = تمّ اتخاذ القرار في هذا من قبل.
staffladder-invalid = لا يمكن فعل ذلك بالفكرة #{ $number } الآن (ربما انتقلت أو أُغلقت في هذه الأثناء).
staffladder-missing = لا توجد فكرة #{ $number }.
staffladder-check_private = أرسلت لكِ الخطوة التالية في محادثتنا الخاصة.
staffladder-start_private = افتحي محادثة خاصة معي وأرسلي /start أولًا، ثم اضغطي الزر مرة أخرى.

staffladder-ask_wait_limit = الفكرة #{ $number } «{ $title }» لن تنتقل إلى أعلى الآن. هل ينطبق أحد هذه القيود؟
staffladder-ask_not_yet_reason = الفكرة #{ $number } «{ $title }» لن تنتقل إلى أعلى الآن.{ $limit } في رسالة واحدة، أخبري النساء المعنيات لماذا (سيقرأن ذلك). أرسلي /cancel للتوقف.
staffladder-ask_decline_reason = لماذا لن تُنشر الفكرة #{ $number } «{ $title }»؟{ $limit } اكتبي السبب في رسالة واحدة. ستقرؤه صاحبتها. أرسلي /cancel للتوقف.
staffladder-limit_line = { " " }القيد: { $limit }.
staffladder-decided_line = <b>تقرّر:</b> { $what } · بواسطة { $name } · { $time }
staffladder-decided_wait = ليس بعد: تبقى في { $level }
staffladder-decided_move = انتقلت إلى { $level }
staffladder-decided_no = غير ممكنة
## polls

polls-card =
    <b>التصويت #{ $number }: { $question }</b>

    { $kind }
    ينتهي: { $closes }. يمكنكِ تغيير صوتكِ حتى ذلك الوقت. تظهر النتائج عند الانتهاء.
polls-card_limits = قيود أُعلنت قبل التصويت: { $limits }
polls-card_choice = صوتكِ: <b>{ $option }</b>
polls-kind_shared = هذا <b>قرار مشترك</b>. سنتبع النتيجة، إلا إذا منعها أحد القيود أدناه.
polls-kind_advisory = هذا تصويت <b>استشاري</b>. سيأخذ الفريق النتيجة في الحسبان عندما يقرّر.
polls-button_reason = أضيفي سببًا (إن أردتِ)
polls-voted = شكرًا لكِ، حُفظ صوتكِ.
polls-changed = تغيّر صوتكِ.
polls-same = هذا صوتكِ أصلًا.
polls-closed = انتهى هذا التصويت، فلا يمكن تغيير الأصوات.
polls-not_eligible = هذا التصويت ليس مفتوحًا لكِ.
polls-invalid = هذا التصويت غير متاح.
polls-ask_reason = لماذا اخترتِ هذا؟ رسالة قصيرة واحدة (حتى { $limit } حرف). أرسلي /cancel للتخطي.
polls-reason_saved = شكرًا لكِ، حُفظ سببكِ مع صوتكِ.
polls-vote_first = اختاري جوابًا أولًا، ثم يمكنكِ إضافة سبب.
polls-reason_closed = انتهى التصويت، فلم يُحفظ السبب.
polls-none_open = لا توجد تصويتات لكِ الآن.
polls-open_header = <b>تصويتات يمكنكِ المشاركة فيها</b>
polls-reminder =
    <b>تذكير: التصويت #{ $number } ينتهي قريبًا</b> ({ $closes })
    { $question }

    لم تصوّتي بعد. اختاري أدناه.
polls-result =
    <b>نتيجة التصويت #{ $number }: { $question }</b>

    { $options }

    المشاركة: { $turnout } من { $eligible }.
    { $verdict }
polls-result_option = { $option }: { $votes }
polls-verdict_shared = القرار: <b>{ $option }</b>. هذا قرار مشترك، وسنتبعه إلا إذا منعه قيد معلن.
polls-verdict_advisory = اختارت الأغلبية <b>{ $option }</b>. سيأخذ الفريق ذلك في الحسبان.
polls-verdict_tie = تعادلت الأجوبة، فلا يوجد جواب فائز. سيشرح الفريق ما سيحدث بعد ذلك.
polls-verdict_tie_advisory = تعادلت الأجوبة، فلا يوجد جواب فائز. سيأخذ الفريق كل الأجوبة بعين الاعتبار عندما يقرر.
polls-verdict_no_quorum = لم يصوّت عدد كافٍ (كان المطلوب { $needed } على الأقل)، فلم يتخذ هذا التصويت قرارًا.
polls-staff_opened = التصويت #{ $number } «{ $question }» مفتوح لـ { $eligible } امرأة حتى { $closes }.

## newpoll

newpoll-ask_question = ما السؤال؟ أرسلي /cancel للتوقف.
newpoll-ask_options = أرسلي الأجوبة، كل جواب في سطر (من 2 إلى 10، كل جواب حتى 60 حرفًا).
newpoll-bad_options = أرسلي من 2 إلى 10 أجوبة مختلفة، كل جواب في سطر، وكل جواب حتى 60 حرفًا.
newpoll-ask_closing = متى ينتهي؟ أرسلي مدة (مثلًا <code>3d</code>، <code>36h</code>، <code>2 days 4h</code>) أو تاريخًا ووقتًا بتوقيت { $zone } (مثلًا <code>2026-12-01 18:00</code>).
newpoll-bad_closing = لم أفهم هذا كوقت بين الآن و90 يومًا من الآن. جرّبي <code>3d</code> أو <code>2026-12-01 18:00</code>.
newpoll-ask_quorum = ما النصاب؟ عدد من المصوّتات (مثلًا <code>10</code>) أو نسبة من النساء اللواتي يمكنهن التصويت (مثلًا <code>30%</code>).
newpoll-bad_quorum = أرسلي عددًا صحيحًا مثل <code>10</code> أو نسبة مئوية مثل <code>30%</code>.
newpoll-ask_audience = من يمكنها التصويت؟
newpoll-audience_all = كل النساء النشطات
newpoll-audience_proposal = النساء المعنيات بفكرة واحدة
newpoll-ask_proposal = أي فكرة؟ أرسلي رقمها. يمكن لصاحبتها وداعماتها ومتطوعاتها التصويت.
newpoll-ask_link = هل يقرّر هذا التصويت فكرة معيّنة؟ أرسلي رقمها، أو اضغطي الزر إن لم يكن كذلك.
newpoll-no_link = لا يقرّر فكرة معيّنة
newpoll-bad_proposal = لا توجد فكرة منشورة #{ $number }. أرسلي رقمًا آخر.
newpoll-ask_kind = ما نوع القرار؟
newpoll-kind_advisory = استشاري
newpoll-kind_shared = قرار مشترك
newpoll-ask_limits = أعلني مسبقًا أي قيود على القرار (القانون، شروط الجهات الممولة، الميزانية)، بكلمات بسيطة ستقرؤها النساء. أو اضغطي الزر إن لم توجد قيود.
newpoll-no_limits = لا قيود لإعلانها
newpoll-preview =
    <b>معاينة</b> (هذا ما ستستلمه كل امرأة)

    { $card }

    الأجوبة: { $options }
    النصاب: { $quorum } · المصوّتات: { $audience }{ $link }
    يقرّر في: { $domains }
newpoll-preview_link = { " " }· يقرّر الفكرة #{ $number }
newpoll-quorum_count =
    { $count ->
        [zero] لا أصوات
        [one] صوت واحد
        [two] صوتان
        [few] { $count } أصوات
        [many] { $count } صوتًا
       *[other] { $count } صوت
    }
newpoll-quorum_share = { $percent }% ممن يمكنهن التصويت
newpoll-send = افتحي التصويت
newpoll-cancel = إلغاء
newpoll-sent = التصويت #{ $number } مفتوح لـ { $eligible } امرأة. سيصلهن قريبًا.
newpoll-gone = الفكرة التي يخصها هذا التصويت لم تعد موجودة. لم نرسل شيئًا.
newpoll-too_few = أقل من { $minimum } نساء يمكنهن التصويت في هذا التصويت، فستكشف النتيجة كيف صوّتت كل واحدة. لم نرسل شيئًا. اختاري مجموعة أوسع.

## staffpolls

staffpolls-none = لا توجد تصويتات مفتوحة أو حديثة.
staffpolls-header = <b>التصويتات</b>
staffpolls-open_item = #{ $number } · { $question } · { $domains } · مفتوح حتى { $closes } · المشاركة { $turnout } من { $eligible } (النصاب { $needed })
staffpolls-closed_item = #{ $number } · { $question } · { $domains } · مغلق · المشاركة { $turnout } من { $eligible } · { $verdict }
staffpolls-verdict_winner = النتيجة: { $option }
staffpolls-verdict_tie = تعادل
staffpolls-verdict_no_quorum = لم يكتمل النصاب
staffpolls-close_usage = أرسلي /closepoll ثم رقم التصويت، مثلًا /closepoll 3.
staffpolls-closed = أُغلق التصويت #{ $number }. تصل النتيجة إلى كل من أمكنها التصويت وإلى محادثة الفريق.
staffpolls-not_open = التصويت #{ $number } ليس مفتوحًا.

## digest

digest-header = <b>الملخّص</b> · من { $since } إلى { $until }
digest-catch_up = هذا الملخّص يحلّ محلّ { $count } ملخّصات مجدولة: لم يكن البوت يعمل عندما حان وقت بعضها.
digest-quiet = لا جديد، ولا شيء ينتظر الفريق.
digest-feedback_header = <b>آراء جديدة</b> ({ $count })
digest-feedback_topic = <b>{ $topic }</b> ({ $count })
digest-feedback_item =
    #{ $number } · { $pseudonym } · { $date }
    { $body }
digest-moderation_header = <b>أفكار تنتظر المراجعة</b> ({ $count }) · /pending
digest-moderation_item = #{ $number } · { $pseudonym } · { $date } · «{ $title }»
digest-suggestions_header = <b>اقتراحات بالانتقال إلى أعلى، لم يُقرَّر فيها بعد</b> ({ $count })
digest-suggestion_item =
    #{ $number } «{ $title }» · { $level } ← { $to_level } · اقتُرح { $date }
    { $evidence }
digest-polls_opened_header = <b>تصويتات فُتحت</b> ({ $count })
digest-poll_opened_item = #{ $number } · { $question } · يمكن أن تصوّت { $eligible } · ينتهي { $closes }
digest-polls_closing_header = <b>تصويتات تنتهي خلال 48 ساعة</b> ({ $count })
digest-poll_closing_item = #{ $number } · { $question } · ينتهي { $closes } · المشاركة { $turnout } من { $eligible } (النصاب { $needed })
digest-polls_closed_header = <b>تصويتات أُغلقت</b> ({ $count })
digest-poll_closed_item =
    #{ $number } · { $question } · المشاركة { $turnout } من { $eligible }
    { $options }
    { $verdict }
digest-poll_option = { $option }: { $votes }
digest-verdict_winner = النتيجة: <b>{ $option }</b>
digest-verdict_tie = تعادل: لا يوجد جواب فائز.
digest-verdict_no_quorum =
    { $needed ->
        [zero] لم يكتمل النصاب.
        [one] لم يكتمل النصاب (كان المطلوب صوتًا واحدًا).
        [two] لم يكتمل النصاب (كان المطلوب صوتين).
        [few] لم يكتمل النصاب (كان المطلوب { $needed } أصوات).
        [many] لم يكتمل النصاب (كان المطلوب { $needed } صوتًا).
       *[other] لم يكتمل النصاب (كان المطلوب { $needed } صوت).
    }
digest-overdue_header =
    { $days ->
        [zero] <b>ينتظر الفريق</b> ({ $count })
        [one] <b>ينتظر الفريق أكثر من يوم</b> ({ $count })
        [two] <b>ينتظر الفريق أكثر من يومين</b> ({ $count })
        [few] <b>ينتظر الفريق أكثر من { $days } أيام</b> ({ $count })
        [many] <b>ينتظر الفريق أكثر من { $days } يومًا</b> ({ $count })
       *[other] <b>ينتظر الفريق أكثر من { $days } يوم</b> ({ $count })
    }
digest-overdue_feedback =
    { $days ->
        [zero] الرأي #{ $number } ({ $topic }) من { $pseudonym }: بلا رد · /respond { $number }
        [one] الرأي #{ $number } ({ $topic }) من { $pseudonym }: بلا رد منذ يوم · /respond { $number }
        [two] الرأي #{ $number } ({ $topic }) من { $pseudonym }: بلا رد منذ يومين · /respond { $number }
        [few] الرأي #{ $number } ({ $topic }) من { $pseudonym }: بلا رد منذ { $days } أيام · /respond { $number }
        [many] الرأي #{ $number } ({ $topic }) من { $pseudonym }: بلا رد منذ { $days } يومًا · /respond { $number }
       *[other] الرأي #{ $number } ({ $topic }) من { $pseudonym }: بلا رد منذ { $days } يوم · /respond { $number }
    }
digest-overdue_proposal =
    { $days ->
        [zero] الفكرة #{ $number } «{ $title }»: تنتظر المراجعة
        [one] الفكرة #{ $number } «{ $title }»: تنتظر المراجعة منذ يوم
        [two] الفكرة #{ $number } «{ $title }»: تنتظر المراجعة منذ يومين
        [few] الفكرة #{ $number } «{ $title }»: تنتظر المراجعة منذ { $days } أيام
        [many] الفكرة #{ $number } «{ $title }»: تنتظر المراجعة منذ { $days } يومًا
       *[other] الفكرة #{ $number } «{ $title }»: تنتظر المراجعة منذ { $days } يوم
    }
digest-overdue_suggestion =
    { $days ->
        [zero] الفكرة #{ $number } «{ $title }»: اقتراح الانتقال إلى { $to_level } بلا قرار
        [one] الفكرة #{ $number } «{ $title }»: اقتراح الانتقال إلى { $to_level } بلا قرار منذ يوم
        [two] الفكرة #{ $number } «{ $title }»: اقتراح الانتقال إلى { $to_level } بلا قرار منذ يومين
        [few] الفكرة #{ $number } «{ $title }»: اقتراح الانتقال إلى { $to_level } بلا قرار منذ { $days } أيام
        [many] الفكرة #{ $number } «{ $title }»: اقتراح الانتقال إلى { $to_level } بلا قرار منذ { $days } يومًا
       *[other] الفكرة #{ $number } «{ $title }»: اقتراح الانتقال إلى { $to_level } بلا قرار منذ { $days } يوم
    }
digest-safeguarding = <b>تنبيهات الحماية</b>: { $count } (مفتوحة: { $open }، تمّ التواصل: { $contacted }، مغلقة: { $closed }). تفاصيلها في التنبيهات نفسها، وليست في الملخّص أبدًا.
digest-turnout_offline = { $turnout } (منها خارج المحادثة: { $offline })
digest-more = …و{ $count } أخرى: { $command }
## report

report-usage =
    أرسلي /report لآخر 90 يومًا، أو اذكري فترة:
    /report 30d – آخر 30 يومًا (أي عدد من الأيام)
    /report 2026 – سنة كاملة
    /report 2026-Q1 – ربع سنة
    /report all – كل شيء حتى الآن
report-period_days =
    { $days ->
        [zero] اليوم
        [one] آخر يوم
        [two] آخر يومين
        [few] آخر { $days } أيام
        [many] آخر { $days } يومًا
       *[other] آخر { $days } يوم
    }
report-period_year = { $year }
report-period_quarter = { $year }، الربع { $quarter }
report-period_all = كل الوقت
report-beginning = البداية
report-header = <b>تقرير المشاركة في الإنتاج</b> · { $period } (من { $since } إلى { $until })
report-activity = آراء وصلت: { $feedback } · أفكار اقتُرحت: { $ideas }
report-ladder =
    <b>السلّم</b>
    وصلت إلى { $level_1 } (منشورة): { $reached_1 }
    وصلت إلى { $level_2 }: { $reached_2 }
    وصلت إلى { $level_3 }: { $reached_3 }
    انتقالات إلى أعلى: { $moves } ({ $level_1 } ← { $level_2 }: { $moves_2 }، الوسيط { $took_2 }؛ { $level_2 } ← { $level_3 }: { $moves_3 }، الوسيط { $took_3 })
    أُغلقت: مقبولة { $adopted }، منفَّذة { $delivered }، غير ممكنة { $not_possible }
report-decisions_header = <b>القرارات</b>
report-decisions_shared = قرارات مشتركة: { $count } · المشاركة { $turnout } من { $eligible } ({ $percent }؛ الوسيط { $median }) · اكتمل النصاب في { $met }
report-decisions_advisory = تصويتات استشارية: { $count } · المشاركة { $turnout } من { $eligible } ({ $percent }؛ الوسيط { $median }) · اكتمل النصاب في { $met }
report-not_possible_header = <b>غير ممكنة، حسب القيد</b> ({ $count })
report-not_possible_none = <b>غير ممكنة</b>: لا شيء في هذه الفترة.
report-limit = <i>{ $limit }</i> ({ $count })
report-not_possible_item = #{ $number } «{ $title }» · { $date }: { $explanation }
report-response =
    <b>وقت رد الفريق</b> (الوسيط، للأمور التي طُرحت في الفترة)
    الكل معًا: { $overall } (تمّ الرد: { $answered }، ما زال ينتظر: { $waiting })
    آراء تمّ الرد عليها: { $feedback }
    أفكار رُوجعت: { $moderation }
    اقتراحات قُرّرت: { $suggestions }
report-hours = { $value } ساعة
report-days = { $value } يوم
report-no_data = –
report-chart_caption = رسم تقرير المشاركة في الإنتاج · { $period }
report-chart_title = المشاركة في الإنتاج · { $period }
report-chart_funnel = الأفكار التي وصلت إلى كل مستوى
report-chart_funnel_axis = الأفكار
report-chart_turnout = المشاركة في التصويتات عبر الوقت
report-chart_turnout_axis = المشاركة (% من النساء اللواتي أمكنهن التصويت)
report-chart_shared = قرارات مشتركة
report-chart_advisory = تصويتات استشارية
report-chart_no_polls = لم يُغلق أي تصويت في هذه الفترة

report-offline =
    <b>ما قُدّم خارج المحادثة</b> (سجّله الفريق نيابة عن النساء): { $total }
    آراء { $feedback } · أفكار { $idea } · دعم { $support } · أصوات { $vote }
    استمارة ورقية { $by_paper } · هاتف { $by_phone } · جلسة جماعية { $by_group } · غير ذلك { $by_other }
    محو بطلب امرأة خارج المحادثة: { $erasures }
report-offline_none = <b>ما قُدّم خارج المحادثة</b>: لم يُسجَّل شيء نيابة عن النساء في هذه الفترة.
report-recognition_header = <b>التقدير</b>: ما تلقّته النساء مقابل وقتهن، حسب مستوى السلّم للعمل
report-recognition_line = { $given } (السجلات: { $records }، النساء: { $women })
report-recognition_nothing = لا شيء
report-recognition_total = الكل معًا
report-recognition_none = <b>التقدير</b>: لم يُسجَّل شيء في هذه الفترة.
report-title_removed = حُذف العنوان بعد انتهاء مدته
report-power_none = سجل تقاسم السلطة: لم يُغلق في هذه الفترة أي تصويت فيه خيار مفضّل مختوم للفريق.
report-power_header = <b>سجل تقاسم السلطة</b> · تصويتات فيها خيار مفضّل مختوم للفريق: { $count }
report-power_lines = اختارت النساء خيارًا مختلفًا: { $differed } · اتبعهن الفريق: { $followed } · لم يتبعهن: { $not_followed } · لم يُسجَّل بعد: { $awaiting }
report-power_limit = { "  " }لم يتبعهن بسبب { $limit }: { $count }
report-domains_header = <b>القرارات المشتركة حسب المجال</b> (القرار الذي يخصّ عدة مجالات يُحسب في كل منها)
report-domains_line = { $domain }: { $count } · على مستوى الخدمة { $service } · { $level_1 } { $at_1 } · { $level_2 } { $at_2 } · { $level_3 } { $at_3 }
## export

export-caption = كل شيء بأسماء مستعارة: { $files } ملفات CSV ({ $rows } صفًا). تظهر النساء بأسماء مستعارة فقط، والأصوات كمجاميع فقط. احفظي هذا الملف بأمان.

## offline

offline-channel_telegram = في المحادثة
offline-channel_paper = استمارة ورقية
offline-channel_phone = هاتف
offline-channel_group = جلسة جماعية
offline-channel_other = غير ذلك
offline-who = { $pseudonym } · { $channel }
offline-ask_who =
    <b>تسجيل شيء نيابة عن امرأة</b>
    أرسلي الاسم المستعار المكتوب على بطاقتها (مثلًا P-7KQ4)، أو اضغطي <b>امرأة جديدة</b> إذا كانت هذه أول مرة نسجّل لها شيئًا. أرسلي /cancel للتوقف.
offline-button_new = امرأة جديدة
offline-who_new = اسم مستعار جديد (يُنشأ عند الحفظ)
offline-bad_pseudonym = هذا لا يبدو اسمًا مستعارًا. الاسم المستعار هو P- ثم أربعة أحرف أو أرقام، مثل P-7KQ4. حاولي مرة أخرى، أو أرسلي /cancel.
offline-refused_unknown = لا توجد مشاركة باسم { $pseudonym }. تحقّقي من بطاقتها وحاولي مرة أخرى، أو أرسلي /cancel.
offline-refused_in_chat = { $pseudonym } تستخدم المحادثة بنفسها، فهي التي تسجّل ما يخصّها. جرّبي اسمًا مستعارًا آخر، أو أرسلي /cancel.
offline-refused_missing = هذه الفكرة أو هذا التصويت لم يعد موجودًا. لم نحفظ شيئًا.
offline-refused_not_open = هذه الفكرة أو هذا التصويت مغلق الآن. لم نحفظ شيئًا.
offline-refused_own = هذه فكرة { $pseudonym } نفسها، فهي محسوبة لها أصلًا. لم نحفظ شيئًا.
offline-refused_already = قدّمت { $pseudonym } دعمها أو صوتها هناك من قبل. مرة واحدة لكل امرأة: لم نحفظ شيئًا.
offline-refused_not_eligible = لم تكن { $pseudonym } بين النساء اللواتي أمكنهن التصويت عندما فُتح هذا التصويت. لم نحفظ شيئًا.
offline-refused_invalid = شيء ما في هذا التسجيل غير صالح. لم نحفظ شيئًا.
offline-ask_channel = لـ { $who }. كيف قدّمته؟
offline-ask_kind = لـ { $who } ({ $channel }). ما هو؟
offline-kind_feedback = رأي
offline-kind_idea = فكرة
offline-kind_support = دعم لفكرة
offline-kind_vote = صوت في تصويت
offline-ask_topic = عن أي موضوع رأيها؟
offline-ask_text = الموضوع: <b>{ $topic }</b>. اكتبي رأيها كما قدّمته (حتى { $limit } حرف).
offline-ask_title = اكتبي عنوان فكرتها (حتى { $limit } حرف).
offline-ask_body = الآن وصف الفكرة كما قدّمته (حتى { $limit } حرف).
offline-ask_support_number = أي فكرة تدعم؟ أرسلي رقمها (انظري /proposals).
offline-ask_vote_number = في أي تصويت صوّتت؟ أرسلي رقمه (انظري /polls).
offline-no_such_idea = لا توجد فكرة منشورة ومفتوحة بهذا الرقم. أرسلي رقمًا آخر، أو /cancel.
offline-no_such_poll = لا يوجد تصويت مفتوح بهذا الرقم. أرسلي رقمًا آخر، أو /cancel.
offline-ask_option =
    التصويت #{ $number }: { $question }
    أي جواب اختارت؟
offline-what_feedback =
    رأي · { $topic }
    { $body }
offline-what_idea =
    فكرة: <b>{ $title }</b>
    { $body }
    (تنتظر المراجعة مثل كل فكرة.)
offline-what_support = دعم للفكرة #{ $number } «{ $title }»
offline-what_vote =
    صوت في التصويت #{ $number } «{ $question }»: <b>{ $option }</b>
    الصوت المقدَّم خارج المحادثة نهائي: لا يمكن تغييره ولا التصويت مرة أخرى.
offline-review =
    <b>راجعي قبل الحفظ</b>
    لـ: { $who }
    كيف قدّمته: { $channel }

    { $what }
offline-button_save = احفظي
offline-saved_feedback = حُفظ: الرأي #{ $number } لـ { $pseudonym } ({ $channel }).
offline-saved_idea = حُفظت: الفكرة #{ $number } لـ { $pseudonym } ({ $channel }). تنتظر المراجعة (/pending).
offline-saved_support = حُفظ: { $pseudonym } تدعم الفكرة #{ $number } ({ $channel }).
offline-saved_vote = حُفظ: صوت { $pseudonym } في التصويت #{ $number } ({ $channel }).
offline-new_card = اسمها المستعار هو <b>{ $pseudonym }</b>. اكتبيه على بطاقتها: لتذكره في المرة القادمة فيبقى كل شيء لها.
offline-erase_usage = أرسلي /eraseoffline ثم اسمها المستعار، مثلًا /eraseoffline P-7KQ4.
offline-erase_ask =
    هل نمحو كل ما سُجّل لـ <b>{ $pseudonym }</b>: آراءها وأفكارها ودعمها وأصواتها وكل شيء آخر؟
    تبقى فقط ملاحظة بأن محوًا حدث (متى ومن قام به)، وليس لمن ولا ماذا أبدًا. لا يمكن التراجع عن ذلك.
offline-button_erase = نعم، امحي كل شيء
offline-erase_kept = لم يُمحَ شيء.
offline-erased = مُحي. لم يبقَ عنها شيء، وملاحظة تسجّل فقط أن محوًا حدث.
offline-erase_gone = لم تعد هناك امرأة خارج المحادثة بهذا السجل. لم يُمحَ شيء.
offline-link_usage = أرسلي /linkcode ثم اسمها المستعار، مثلًا /linkcode P-7KQ4.
offline-link_ask =
    هل ننشئ رمزًا لمرة واحدة لـ <b>{ $pseudonym }</b>؟
    بعد أن تنضم إلى البوت في Telegram، ترسل /link والرمز. عندها يصبح كل ما سُجّل لها خارج المحادثة جزءًا من سجل محادثتها، وتحتفظ بالاسم المستعار { $pseudonym }. الرمز الجديد يحلّ محلّ أي رمز سابق.
offline-button_link = أنشئي الرمز
offline-link_made =
    رمزها لمرة واحدة: <b>{ $code }</b>
    أعطيها إياه شخصيًا (يظهر الآن فقط). تنضم عبر /start، ثم ترسل: /link { $code }
    يعمل مرة واحدة، حتى { $expires }.

## link

link-usage = أرسلي /link ثم الرمز الذي أعطاكِ إياه الفريق، مثلًا /link 7KQ4-MN3X.
link-invalid = هذا الرمز لا يعمل: ربما كُتب خطأ، أو استُخدم من قبل، أو قديم جدًا. اطلبي رمزًا جديدًا من الفريق.
link-done = تمّ. ما قدّمتِه لنا على ورق أو بالهاتف أو في مجموعة أصبح الآن جزءًا من بياناتكِ هنا (انظري /mydata). اسمكِ المستعار الآن <b>{ $pseudonym }</b>، المكتوب على بطاقتكِ.

## recognition

recognition-kind_voucher = قسيمة
recognition-kind_payment = دفعة
recognition-kind_expenses = مصاريف
recognition-kind_time_credit = رصيد ساعات
recognition-kind_other = غير ذلك
recognition-ask_who =
    <b>تسجيل ما تلقّته امرأة مقابل وقتها</b>
    أرسلي اسمها المستعار (مثلًا P-7KQ4). أرسلي /cancel للتوقف.
recognition-unknown = لا توجد مشاركة بهذا الاسم المستعار. تحقّقي منه وأرسليه مرة أخرى، أو /cancel.
recognition-ask_kind = لـ { $pseudonym }. ماذا تلقّت؟
recognition-ask_amount = كم؟ مثلًا 25، 12.50، £20 أو 15 EUR (دون عملة يكون { $currency }).
recognition-ask_hours = كم ساعة؟ مثلًا 2، 1.5، 1h30 أو 90 min.
recognition-ask_amount_or_hours = كم، أو كم ساعة؟ مثلًا 25، £20، 15 EUR، أو 2h، 90 min (المبلغ دون عملة يكون { $currency }).
recognition-bad_amount = لا أستطيع قراءة هذا المبلغ. جرّبي مثلًا 25، 12.50، £20 أو 15 EUR.
recognition-bad_hours = لا أستطيع قراءة هذا الوقت. جرّبي مثلًا 2، 1.5، 1h30 أو 90 min.
recognition-ask_item = هل كان لفكرة معيّنة؟ أرسلي رقمها (مثلًا 12)، أو اضغطي الزر.
recognition-button_no_item = ليس لفكرة واحدة
recognition-no_such_idea = لا توجد فكرة بهذا الرقم. أرسلي رقمًا آخر، أو اضغطي الزر.
recognition-ask_level = في أي مستوى من السلّم كان العمل الذي يقدّره هذا؟
recognition-ask_purpose = مقابل ماذا، في كلمات قليلة؟ مثلًا «المشاركة في إدارة مجموعة مارس» (حتى { $limit } حرف).
recognition-for_idea = الفكرة #{ $number } «{ $title }»
recognition-for_no_idea = ليس لفكرة واحدة
recognition-review =
    <b>راجعي قبل الحفظ</b>
    لـ: { $pseudonym }
    ماذا: { $kind }، { $value }
    مقابل: { $purpose }
    الفكرة: { $item }
    مستوى السلّم: { $level }
recognition-saved = حُفظ: السجل #{ $number }، { $kind } بقيمة { $value } لـ { $pseudonym }. تراه في بياناتها (/mydata، أو /herdata لامرأة خارج المحادثة).
recognition-refused_gone = هي، أو تلك الفكرة، لم تعد موجودة (حُذفت في هذه الأثناء). لم نحفظ شيئًا.
recognition-refused_invalid = شيء ما في السجل غير صالح. لم نحفظ شيئًا.
recognition-policy =
    <b>كيف نشكركِ على وقتكِ</b>

    { $policy }
recognition-policy_unset = لم نكتب بعد سياستنا في شكر الناس على وقتهم. اسألي أحدًا من الفريق.

## intake

intake-received_before_restart = أُعيد تشغيل البوت بينما كان يردّ عليكِ. ما أرسلتِه قبل ذلك مباشرة وصل وحُفظ. أرسلي /menu للمتابعة.

## risk

# Never shown to women. One phrase per line; أقتل/اقتل matches either form.
risk-words =
    سأقتل/أقتل/اقتل/سأنهي نفسي
    أنهي/انهي/إنهاء/انهاء حياتي
    أريد/اريد أن/ان أموت/اموت
    أتمنى/اتمنى الموت
    انتحار/الانتحار/أنتحر/انتحر/سأنتحر/سانتحر
    إيذاء/ايذاء/أؤذي/اؤذي نفسي
    أجرح/اجرح نفسي
    جرعة زائدة
    سيقتلني/يقتلني/قتلني
    هددني/يهددني/يهدد بالقتل
    هددني/يهددني
    يضربني/ضربني/يركلني/ركلني/يصفعني/صفعني/يدفعني/دفعني
    يؤذيني/آذاني/اذاني
    خنقني/يخنقني
    اغتصبني/يغتصبني/اغتصاب/اغتصبت
    اعتداء جنسي
    خائفة/خايفة منه
    خائفة/خايفة من زوجي/شريكي/طليقي/أبي/ابي
    خائفة/خايفة على حياتي
    لست/لسْت آمنة في البيت/المنزل
    لا أشعر/اشعر بالأمان/بالامان
    لا أستطيع/استطيع العودة إلى/الى البيت/المنزل
    أنا/انا في خطر
    لا يسمح لي بالخروج
    حبسني/يحبسني

## retention

retention-notice = مرّ وقت طويل منذ استخدمتِ هذه المحادثة ({ $days } يومًا). لنحتفظ بأقل ما يمكن عنكِ، سنحذف كل ما لدينا عنكِ بعد { $date }. إذا أردتِ أن نحتفظ به، أرسلي /menu قبل ذلك.

## voice

voice-stored = (رسالة صوتية، { $length })
voice-shown = 🎤 رسالة صوتية ({ $length })
voice-feedback_review =
    راجعي رأيكِ:

    <b>{ $topic }</b>
    🎤 رسالتكِ الصوتية ({ $length })

    نحفظ فقط رابط Telegram إليها، وليس نسخة منها. سيستمع إليها الفريق.
    لا نستطيع أن نبحث في رسالة صوتية عن كلمات تعني أنكِ قد لا تكونين في أمان. إذا كنتِ تحتاجين إلى مساعدة الآن، اضغطي <b>أحتاج إلى دعم الآن</b>.

    هل نرسله؟
voice-idea_review =
    راجعي فكرتكِ:

    <b>{ $title }</b>
    🎤 رسالتكِ الصوتية ({ $length })

    نحفظ فقط رابط Telegram إليها، وليس نسخة منها. يستمع الفريق إلى كل فكرة قبل أن تراها النساء الأخريات.
    لا نستطيع أن نبحث في رسالة صوتية عن كلمات تعني أنكِ قد لا تكونين في أمان. إذا كنتِ تحتاجين إلى مساعدة الآن، اضغطي <b>أحتاج إلى دعم الآن</b>.

    هل نرسلها؟
voice-text_or_voice = اكتبي جوابكِ، أو أرسلي رسالة صوتية. لا يمكن استخدام الصور أو الملصقات أو الملفات هنا. لم نحفظ أي شيء.
voice-offer =
    هل تريدين إرسال هذه الرسالة الصوتية ({ $length }) كرأي؟
    إذا قلتِ نعم، نحفظ فقط رابط Telegram إليها، وليس نسخة منها.
    لا نستطيع أن نبحث في رسالة صوتية عن كلمات تعني أنكِ قد لا تكونين في أمان. إذا كنتِ تحتاجين إلى مساعدة الآن، اضغطي <b>أحتاج إلى دعم الآن</b>.
voice-staff_usage = أرسلي /voice ثم رقم الرأي (مثلًا /voice 12)، أو /voiceidea ثم رقم الفكرة.
voice-staff_none_feedback = الرأي #{ $number } ليس معه رسالة صوتية.
voice-staff_none_idea = الفكرة #{ $number } ليس معها رسالة صوتية.
voice-staff_caption_feedback = رسالة صوتية: الرأي #{ $number } من { $pseudonym } ({ $length })
voice-staff_caption_idea = رسالة صوتية: الفكرة #{ $number } من { $pseudonym } ({ $length })

## notice

notice-first_line = <b>رسالة جديدة</b>

## plans

plans-ask_title = خطة من الفريق. أعطيها عنوانًا قصيرًا (حتى { $limit } حرف). أرسلي /cancel للتوقف.
plans-ask_body = صفي الخطة في رسالة واحدة: ماذا سيتغيّر، ولمن.
plans-ask_level = من أين تبدأ؟ في التشاور تعطي النساء آراءهن. في التصميم المشترك يشكّلنها معكم ما دام تغييرها ممكنًا.
plans-ask_change = ماذا تستطيع النساء أن يغيّرن في هذه الخطة بعد؟ اكتبيه في رسالة واحدة، وسيقرأنه مع الخطة.
plans-ask_decided = ماذا قرّر الفريق من قبل، ولماذا؟ اكتبيه في رسالة واحدة، أو اضغطي الزر إن لم يُقرَّر شيء بعد.
plans-button_nothing_decided = لم يُقرَّر شيء بعد
plans-ask_limit = هل يفسّر أحد هذه القيود ما تقرّر من قبل؟
plans-button_no_limit = لا ينطبق أي قيد
plans-decided_line = تقرّر من قبل: { $decided }
plans-decided_line_limit = تقرّر من قبل ({ $limit }): { $decided }
plans-decided_nothing = لم يُقرَّر شيء بعد.
plans-review =
    <b>{ $title }</b>
    { $body }

    تبدأ في: <b>{ $level }</b>
    تستطيع النساء أن يغيّرن: { $change }
    { $decided }

    هل ننشر هذه الخطة؟ عندها تستطيع النساء رؤيتها ودعمها وعرض المساعدة.
plans-published = نُشرت الخطة #{ $number }. تجدها النساء في /ideas.
plans-toidea_usage = أرسلي /toidea ثم رقم الرأي، مثلًا /toidea 12.
plans-toidea_ask_title =
    الرأي #{ $number }:
    «{ $body }»

    إذا وافقت صاحبته، يصبح فكرة تستطيع الأخريات دعمها، وتكون هي صاحبتها. أعطيها عنوانًا قصيرًا (حتى { $limit } حرف). أرسلي /cancel للتوقف.
plans-toidea_review = هل نسأل صاحبة الرأي #{ $number } إن كان يمكن أن يصبح الفكرة «{ $title }»؟ ستصلها رسالة محايدة فيها نعم / لا، ولن يُشارك شيء إلا إذا قالت نعم.
plans-toidea_asked = سُئلت صاحبة الرأي #{ $number }. ستعرف محادثة الفريق جوابها.
plans-toidea_offline = صاحبة الرأي #{ $number } قدّمته خارج المحادثة وليس لديها محادثة مع البوت، فلا يمكن سؤالها هنا. اسأليها بالطريقة التي قدّمته بها. لم يُشارك شيء.
plans-toidea_quiet = صاحبة الرأي #{ $number } اختارت ألا تصلها رسائل، فلا يمكن سؤالها. لم يُشارك شيء.
plans-ask_author =
    يودّ الفريق أن يشارك شيئًا كتبتِه كفكرة تستطيع الأخريات دعمها، بعنوان «{ $title }». ستُذكرين كصاحبتها باسمكِ المستعار فقط.

    ما كتبتِه:
    «{ $body }»

    هل توافقين؟
plans-button_yes = نعم، شاركوه
plans-button_no = لا، شكرًا
plans-you_agreed = شكرًا لكِ. أصبح الآن الفكرة #{ $number }، ويمكنكِ متابعتها عبر /myideas.
plans-you_refused = حسنًا، لن نشاركه. شكرًا لإخبارنا.
plans-already_answered = لقد أجبتِ عن هذا من قبل.
plans-staff_agreed = وافقت صاحبة الرأي #{ $feedback }: أصبح الآن الفكرة #{ $number } «{ $title }».
plans-staff_refused = صاحبة الرأي #{ $feedback } تفضّل ألا تشاركه كفكرة («{ $title }»). لم يُشارك شيء.

## codesign

codesign-draft_usage = أرسلي /draft ثم رقم الفكرة، مثلًا /draft 12.
codesign-not_co_design = الفكرة #{ $number } ليست مفتوحة في مرحلة التصميم المشترك أو الإنتاج المشترك، فليس لها مسودات للمشاركة.
codesign-ask_body = المسودة { $version } للفكرة #{ $number } «{ $title }». أرسلي نصها في رسالة واحدة (حتى { $limit } حرف)، أو صورة أو مستندًا مع النص كتعليق. أرسلي /cancel للتوقف.
codesign-caption_needed = أرسلي الصورة أو المستند مع نص المسودة كتعليق (بالطول المعتاد).
codesign-ask_changes = ما الذي تغيّر منذ النسخة السابقة؟ اكتبيه في رسالة واحدة، وستقرؤه النساء أولًا.
codesign-ask_take =
    التعليق { $position } من { $count } (#{ $number }، { $kind } من { $pseudonym }):
    «{ $body }»

    هل أخذت هذه النسخة به؟
codesign-button_taken = أُخذ به
codesign-button_not_taken = لم يُؤخذ به
codesign-ask_limit = التعليق #{ $number } لم يُؤخذ به. هل ينطبق أحد هذه القيود؟
codesign-ask_reason = لماذا لم يُؤخذ بالتعليق #{ $number }؟ اكتبي ذلك في رسالة واحدة، وستقرؤه صاحبته.
codesign-ask_audience = من تصلها هذه المسودة؟
codesign-audience_volunteers = المتطوعات
codesign-audience_involved = المتطوعات والداعمات وصاحبة الفكرة
codesign-with_photo =
    مع صورة.
    { "" }
codesign-with_document =
    مع مستند.
    { "" }
codesign-review =
    <b>المسودة { $version } للفكرة #{ $number } «{ $title }»</b>
    { $changes }{ $body }

    { $file }لـ: { $audience }
    تعليقات أُخذ بها: { $taken } · لم يُؤخذ بها: { $not_taken } (تعرف كل امرأة ما حدث لتعليقاتها)

    هل نرسلها؟
codesign-changes_line =
    <b>ما الذي تغيّر:</b> { $changes }

    { "" }
codesign-changes_took_line =
    <b>ما الذي تغيّر:</b> { $changes }
    أخذنا { $taken } من { $decided } تعليقات على النسخة السابقة.

    { "" }
codesign-shared = شوركت المسودة { $version } للفكرة #{ $number }. تصل التعليقات إلى /comments { $number }.
codesign-not_shared = لم يُشارك شيء: الفكرة #{ $number } تغيّرت في هذه الأثناء (أُغلقت، أو تقرّر في تعليق من قبل). ابدئي من جديد عبر /draft { $number }.
codesign-comments_usage = أرسلي /comments ثم رقم الفكرة، مثلًا /comments 12.
codesign-no_drafts = الفكرة #{ $number } ليس لها مسودات بعد. شاركي واحدة عبر /draft { $number }.
codesign-comments_header = <b>التعليقات على #{ $number } «{ $title }»</b>
codesign-comments_draft = <b>المسودة { $version }</b> · { $date } · التعليقات: { $count }
codesign-comments_item = #{ $number } · { $pseudonym } · { $kind }: «{ $body }» · { $state }
codesign-state_open = مفتوح
codesign-state_taken = أُخذ به في المسودة { $version }
codesign-state_not_taken = لم يُؤخذ به في المسودة { $version }
codesign-kind_comment = تعليق
codesign-kind_suggestion = تغيير مقترح
codesign-button_comment = علّقي
codesign-button_suggest = اقترحي تغييرًا
codesign-button_file = شاهدي الصورة أو المستند
codesign-you_draft =
    مسودة نشكّلها معًا: «{ $title }» (النسخة { $version })

    { $changes }{ $body }

    يمكنكِ أن تعلّقي أو تقترحي تغييرًا أدناه. ستعرفين هل أُخذ باقتراحاتكِ، ولماذا لا إن لم يُؤخذ بها.
codesign-you_outcome =
    ما حدث لما قلتِه عن «{ $title }» (الآن النسخة { $version }):
    { $lines }
codesign-line_taken = ✓ «{ $said }» أُخذ به.
codesign-line_not_taken = ✗ «{ $said }» لم يُؤخذ به: { $reason }
codesign-line_not_taken_limit = ✗ «{ $said }» لم يُؤخذ به بسبب { $limit }: { $reason }
codesign-ask_comment = تعليقكِ على النسخة { $version }، في رسالة واحدة (حتى { $limit } حرف). أرسلي /cancel للتوقف.
codesign-ask_suggestion = التغيير الذي تقترحينه على النسخة { $version }، في رسالة واحدة (حتى { $limit } حرف). أرسلي /cancel للتوقف.
codesign-comment_review =
    راجعي:
    «{ $body }»

    هل نرسله؟
codesign-comment_thanks = شكرًا لكِ. سيقرؤه الفريق، وستعرفين هل أُخذ به.
codesign-comment_thanks_quiet = شكرًا لكِ. سيقرؤه الفريق. اخترتِ ألّا تصلكِ رسائل منّا. انظري في /mydata لتعرفي هل أُخذ به.
codesign-comment_newer = توجد الآن نسخة أحدث من هذه المسودة. علّقي عليها من فضلكِ.
codesign-comment_cancelled = حسنًا، لم نرسل أي شيء.
codesign-staff_new_comment = تعليق جديد على المسودة { $version } للفكرة #{ $number }. اقرئيه عبر /comments { $number }.

## power

power-usage = أرسلي /prefer ثم رقم التصويت، مثلًا /prefer 4.
power-not_open = التصويت #{ $number } ليس مفتوحًا، فلا يمكن ختم خيار مفضّل له.
power-ask_preference =
    التصويت #{ $number }: { $question }
    أي جواب يفضّله الفريق نفسه؟ يُختم الخيار: لا تراه النساء قبل انتهاء التصويت، فلا يؤثر عليهن. عند الانتهاء يسجّل البوت هل اخترن خيارًا مختلفًا.{ $current }
power-current =
    { "" }
    المختوم الآن: { $option } (يمكنكِ تغييره حتى انتهاء التصويت).
power-sealed = خُتم للتصويت #{ $number }. لن تراه النساء، ويُقارن باختيارهن عند الانتهاء.
power-staff_agreed = التصويت #{ $number } «{ $question }»: اختارت النساء { $women }، وهو الخيار الذي فضّله الفريق أيضًا.
power-staff_differed =
    <b>اختارت النساء خيارًا مختلفًا</b>
    التصويت #{ $number } «{ $question }»: اختارت النساء <b>{ $women }</b>، وفضّل الفريق { $staff }.
    ماذا سيفعل الفريق؟ ستعرف كل من صوّتت، مع توضيحكِ.
power-staff_undecided = التصويت #{ $number } «{ $question }» لم يقرّر شيئًا (تعادل أو لم يكتمل النصاب)، فلا يُقارن بالخيار المفضّل للفريق ({ $staff }).
power-button_follow = اتباع اختيار النساء
power-button_not_follow = عدم الاتباع (ينطبق قيد)
power-ask_follow_reason = التصويت #{ $number }: يتبع الفريق اختيار النساء. في رسالة واحدة، أخبري كل من صوّتت بما سيحدث الآن. أرسلي /cancel للتوقف.
power-ask_limit = التصويت #{ $number }: ما القيد الذي يمنع الفريق من اتباع اختيار النساء؟
power-ask_not_follow_reason = التصويت #{ $number }: اشرحي بكلمات بسيطة لماذا لا يستطيع الفريق اتباع اختيار النساء. ستقرؤه كل من صوّتت. أرسلي /cancel للتوقف.
power-review =
    هذا سيصل إلى كل من صوّتت:

    { $preview }

    هل نرسله؟
power-recorded = سُجّل للتصويت #{ $number }، وستعرف كل من صوّتت.
power-you_followed =
    التصويت #{ $number } «{ $question }»: اخترتنّ <b>{ $women }</b>، وسيتبع الفريق اختياركنّ.

    { $explanation }
power-you_not_followed =
    التصويت #{ $number } «{ $question }»: اخترتنّ <b>{ $women }</b>، لكن الفريق لا يستطيع اتباع ذلك بسبب { $limit }.

    { $explanation }
power-staff_next_step =
    <b>لا قرار</b>
    تصويت القرار المشترك #{ $number } «{ $question }» لم يقرّر شيئًا (تعادل، أو لا أصوات، أو لم يكتمل النصاب). ما الخطوة التالية؟ ستعرف النساء ذلك.
power-button_again = إعادة التصويت
power-button_decide = القرار، مع السبب
power-ran_again = يُعاد التصويت #{ $number } كتصويت #{ $again }، وقد وصل إلى النساء اللواتي يمكنهن التصويت.
power-cannot_run_again = لا يمكن إعادته الآن: عدد النساء اللواتي يمكنهن التصويت قليل جدًا، أو الفكرة لم تعد موجودة.
power-ask_option = التصويت #{ $number }: أي جواب يقرّره الفريق؟
power-ask_decided_reason = التصويت #{ $number }: يقرّر الفريق «{ $option }». في رسالة واحدة، أخبري النساء اللواتي أمكنهن التصويت لماذا. أرسلي /cancel للتوقف.
power-review_decided =
    هذا سيصل إلى كل امرأة أمكنها التصويت:

    { $preview }

    هل نرسله؟
power-decided = سُجّل للتصويت #{ $number }، وستعرف النساء اللواتي أمكنهن التصويت.
power-you_decided =
    التصويت #{ $number } «{ $question }» لم يحسم الأمر، فقرّر الفريق: <b>{ $option }</b>.

    لماذا: { $reason }
domains-priorities = الأولويات
domains-design = التصميم
domains-language = اللغة
domains-accessibility = سهولة الوصول
domains-delivery = التنفيذ
domains-done = تمّ
domains-ask = بماذا يتعلّق هذا القرار؟ اختاري واحدًا أو أكثر، ثم اضغطي «تمّ». المختار: { $chosen }
domains-none_yet = لا شيء بعد
domains-pick_one = اختاري واحدًا على الأقل.
domains-chosen = يقرّر في: { $domains }
domains-none = غير مسجّل
## decision domains on staff decisions
staffladder-event_not_yet = ليس الآن: { $from_level } ← { $to_level }
staffladder-detail_domains =
    { "" }
    { "  " }يخصّ: { $domains }
proposals-history_not_yet = { $date }: لن تنتقل إلى { $level } الآن – { $reason }
proposals-history_not_yet_limit = { $date }: لن تنتقل إلى { $level } الآن ({ $limit }) – { $reason }
proposals-history_about = { $line } · يخصّ: { $domains }
report-staff_domains_header = <b>قرارات اتخذها الفريق وحده، حسب المجال</b> (الانتقال إلى الأعلى، ليس الآن، الإغلاق، الرفض، ما قرّرته الخطة مسبقًا)
report-staff_domains_line = { $domain }: { $count } · { $level_1 } { $at_1 } · { $level_2 } { $at_2 } · { $level_3 } { $at_3 }

## delivery

# المراحل التي تمرّ بها فكرة في مرحلة الإنتاج المشترك، والأدوار التي تتولاها النساء في كل
# مرحلة (الأسماء في STAGE_ROLES مفاتيح).
stages-plan = التخطيط
stages-design = التصميم
stages-access = اللغة وسهولة الوصول
stages-delivery = التنفيذ
stages-review = التقييم
stages-finished = انتهت كل المراحل
roles-reviewer = مراجِعة
roles-designer = مصمِّمة
roles-co_facilitator = ميسِّرة مشاركة
delivery-stages_usage = أرسلي /stages ورقم الفكرة، مثلًا /stages 12.
delivery-no_stages = الفكرة #{ $number } ليست في مرحلة الإنتاج المشترك، لذلك ليس لها مراحل.
delivery-no_stages_now = هذه الفكرة ليس لها مراحل الآن. هي ليست في مرحلة الإنتاج المشترك، أو أُغلقت على أنها غير ممكنة.
delivery-not_started = لم تبدأ بعد
delivery-stages_header = <b>مراحل الفكرة #{ $number } «{ $title }»</b>
    الآن: { $stage }
delivery-stage_line =
    { $marker }<b>{ $stage }</b>{ $moved }
    { $roles }
delivery-moved_on = { " " }· منذ { $date }
delivery-role_holders = { $role }: { $who }
delivery-nobody = لا أحد بعد
delivery-finished_on = انتهت كل المراحل في { $date }.
delivery-button_move = انتقلي إلى: { $stage }
delivery-button_finish = إنهاء المراحل
delivery-moved = المرحلة الآن: { $stage }
delivery-moved_already = انتقلت الفكرة من قبل. افتحي /stages مرة أخرى لتري أين هي الآن.
delivery-review_first = التقييم لم ينتهِ بعد. يمكن الانتقال عندما تقول النساء إن كان قد نجح.
delivery-review_none = التقييم: لا يوجد تاريخ بعد. حدّديه بـ /review { $number }.
delivery-review_set = التقييم: ستُسأل النساء في { $date }.
delivery-review_open = التقييم: النساء يجبن الآن، حتى { $date }.
delivery-review_result = انتهى التقييم في { $date }. سُئلت: { $asked }. نعم: { $yes }. جزئيًا: { $partly }. لا: { $no }.
delivery-review_usage = أرسلي /review ورقم الفكرة، مثلًا /review 12.
delivery-review_current = { " " }التاريخ الآن هو { $date }.
delivery-ask_review_date = متى نسأل النساء إن كانت #{ $number } «{ $title }» قد نجحت؟{ $current } أرسلي تاريخًا مثل <code>2026-06-30</code>، أو عدد أيام مثل <code>30d</code>. سيكون لديهن { $days } يومًا للإجابة. أرسلي /cancel للتوقف.
delivery-bad_review_date = لم أفهم ذلك. أرسلي تاريخًا خلال سنة، مثل <code>2026-06-30</code>، أو أيامًا مثل <code>30d</code>.
delivery-review_saved = تم. في { $date } ستُسأل النساء اللواتي شاركن في #{ $number }: هل نجحت؟
delivery-review_already_sent = أُرسل سؤال التقييم عن #{ $number } من قبل، لذلك لا يمكن تغيير تاريخه.
delivery-review_header = <b>تقييم #{ $number } «{ $title }»</b>
delivery-review_so_far = الإجابات حتى الآن: { $count } من { $asked }. سترين ما قلنه بعد { $date }.
delivery-comments_header = التعليقات: { $count }
delivery-comment_item = { $answer }: «{ $comment }»
delivery-no_answer = بلا إجابة
delivery-button_roles = أدوار يمكنكِ توليها
delivery-roles_screen =
    <b>الأدوار في #{ $number } «{ $title }»</b>
    المرحلة الآن: { $stage }

    أدواركِ:
    { $mine }

    اضغطي على دور لتتوليه. اضغطي عليه مرة أخرى لتتركيه.
delivery-my_role = { $role } ({ $stage })
delivery-no_roles_yet = لا شيء بعد
delivery-button_take = تولّي: { $role } ({ $stage })
delivery-button_leave = ✓ اتركي: { $role } ({ $stage })
delivery-button_back = رجوع
delivery-roles_closed = لا يمكنكِ تولي الأدوار هنا الآن.
delivery-role_already = لم يتغير شيء: هذا هو الحال من قبل.
delivery-volunteer_first = اضغطي أولًا على «أريد المساعدة في تصميمها» في الفكرة.
delivery-role_taken = أنتِ الآن { $role } ({ $stage }). شكرًا لكِ!
delivery-role_left = تركتِ الدور { $role } ({ $stage }).
delivery-review_ask =
    هل نجحت؟ شاركتِ في #{ $number } «{ $title }». نريد أن نعرف إن كانت قد نجحت بالنسبة لكِ.

    أجيبي قبل { $closes }. يمكنكِ أيضًا إضافة تعليق.
delivery-review_yours = إجابتكِ: <b>{ $answer }</b>. يمكنكِ تغييرها حتى النهاية.
delivery-answer_yes = نعم
delivery-answer_partly = جزئيًا
delivery-answer_no = لا
delivery-button_comment = أضيفي تعليقًا
delivery-answer_thanks = شكرًا لكِ. حُفظت إجابتكِ.
delivery-review_closed = هذا السؤال مغلق الآن.
delivery-ask_comment = تعليقكِ على «{ $title }»، في رسالة واحدة (حتى { $limit } حرف). أرسلي /cancel للتوقف.
delivery-comment_thanks = شكرًا لكِ. حُفظ تعليقكِ. يقرؤه الفريق بدون اسمكِ.
delivery-staff_review_sent = أُرسل سؤال التقييم عن #{ $number } «{ $title }» إلى النساء: { $count }. اخترن ألا تصلهن رسائل، فلم يُسألن: { $quiet }. ينتهي في { $closes }.
delivery-evidence_review = سُئلت { $asked }: نعم { $yes }، جزئيًا { $partly }، لا { $no }؛ تعليقات { $comments }
delivery-staff_review_closed = انتهى تقييم #{ $number }. سُئلت: { $asked }. نعم: { $yes }. جزئيًا: { $partly }. لا: { $no }. التعليقات: { $comments }. اقرئيها بـ /review { $number }.
delivery-helpers_usage = أرسلي /helpers ورقم الفكرة، مثلًا /helpers 12.
delivery-no_helpers = لم تعرض أي امرأة المساعدة في الفكرة #{ $number } بعد، لذلك لا يوجد من نكتب إليه.
delivery-ask_helpers_audience = من يجب أن تصله رسالتكِ عن #{ $number } «{ $title }»؟
delivery-audience_volunteers = كل من يساعدن ({ $count })
delivery-audience_roles = فقط النساء اللواتي لهن دور ({ $count })
delivery-to_volunteers = كل من يساعدن
delivery-to_roles = فقط النساء اللواتي لهن دور
delivery-ask_helpers_text = اكتبي رسالتكِ في رسالة واحدة (حتى { $limit } حرف). تبدأ بسطر محايد، وليس بكلماتكِ أبدًا. أرسلي /cancel للتوقف.
delivery-helpers_review =
    هذه تصل إلى: { $audience }

    { $preview }

    هل أرسلها؟
delivery-you_helpers =
    عن #{ $number } «{ $title }»، التي تساعدين فيها:

    { $body }
delivery-helpers_sent = أُرسلت. تصل إلى: { $count }. اخترن ألا تصلهن رسائل، فلن تصلهن: { $quiet }.
report-delivery_none = التنفيذ المشترك والتقييم: لم تتولَّ أي امرأة دورًا ولم يكتمل أي تقييم في هذه الفترة.
report-delivery_header = <b>التنفيذ المشترك والتقييم</b>
report-roles = أدوار تولّتها النساء: { $count } (عدد النساء: { $women }). حسب المرحلة:
report-roles_stage = { $stage }: { $count }
report-reviews = تقييمات اكتملت: { $count }. نساء سُئلن: { $asked }. هل نجحت؟ نعم: { $yes }. جزئيًا: { $partly }. لا: { $no }. التعليقات: { $comments }.
## story
story-header = <b>قصة الفكرة #{ $number }</b> «{ $title }» · الصفحة { $page } من { $pages }
story-origin_plan = { $date } · عرض الفريق خطته الخاصة.
story-origin_idea = { $date } · اقترحت امرأة هذه الفكرة.
story-origin_idea_yours = { $date } · أنتِ اقترحتِ هذه الفكرة.
story-origin_idea_staff = { $date } · اقترحت { $pseudonym } هذه الفكرة.
story-origin_feedback = { $date } · أصبح رأي امرأة هذه الفكرة. وافقت على مشاركته.
story-origin_feedback_yours = { $date } · أصبح رأيكِ هذه الفكرة. وافقتِ على مشاركته.
story-origin_feedback_staff = { $date } · أصبح الرأي #{ $feedback } من { $pseudonym } هذه الفكرة. وافقت على مشاركته.
story-decided_before = ما قرّره الفريق مسبقًا: { $decided }
story-published = { $date } · نُشرت في مرحلة { $level }.
story-declined = { $date } · لم تُنشر.
story-moved = { $date } · انتقلت إلى مرحلة { $level }.
story-not_yet = { $date } · لن تنتقل الآن. تبقى في مرحلة { $level }.
story-closed = { $date } · أُغلقت: { $outcome }.
story-evidence = ما تمّ احتسابه: { $evidence }
story-by = { " " }({ $name })
story-power_staff = من قرّر: الفريق{ $who }
story-about = يخصّ: { $domains }
story-limit = القيد: { $limit }
story-reason = السبب: { $reason }
story-power_shared = قرار مشترك
story-power_advisory = نصيحة للفريق
story-poll_opened = { $date } · فُتح التصويت #{ $number }، { $kind }: «{ $question }». مفتوح حتى { $closes }.
story-sealed = اختيار الفريق، مختوم حتى الإغلاق: { $option }
story-poll_closed = { $date } · أُغلق التصويت #{ $number }. صوّتت { $turnout } من { $eligible }. اختارت النساء: { $option }.
story-poll_undecided = { $date } · أُغلق التصويت #{ $number } دون قرار (تعادل أو أصوات قليلة جدًا).
story-power_agreed = اختار الفريق { $preferred } أيضًا.
story-power_differed = اختار الفريق { $preferred }. اختارت النساء شيئًا آخر.
story-followed = { $date } · اتّبع الفريق اختيار النساء في التصويت #{ $number }.
story-not_followed = { $date } · لم يتّبع الفريق اختيار النساء في التصويت #{ $number }.
story-again = { $date } · أُعيد التصويت باسم التصويت #{ $number }.
story-decided_after = { $date } · لم يقرّر التصويت #{ $number } شيئًا، فاختار الفريق: { $option }.
story-draft_first = { $date } · شورِكت النسخة { $version }. التعليقات: { $comments }.
story-draft = { $date } · شورِكت النسخة { $version }. ما الذي تغيّر: { $changes } التعليقات: { $comments }.
story-draft_answers = اقتراحات أُخذ بها: { $taken } · لم يُؤخذ بها: { $not_taken }
story-draft_limits = لم يُؤخذ بها بسبب: { $limits }
story-earlier = ◀ الأقدم
story-later = الأحدث ▶
story-back = ◀ العودة إلى الفكرة
story-button = قصة الفكرة حتى الآن
story-usage = أرسلي /story ثم رقم الفكرة، مثلًا /story 12.
commands-story = الفريق: قصة فكرة كاملة، من بدايتها حتى الآن
report-power_item = { "  " }الفكرة #{ $number }، التصويت #{ $poll }: { $verdict }{ $did }
report-power_verdict_agreed = اختارت النساء ما فضّله الفريق
report-power_verdict_differed = اختارت النساء شيئًا آخر
report-power_verdict_undecided = لا قرار
report-power_item_followed = { " " }· اتّبع الفريق اختيارهنّ
report-power_item_not_followed = { " " }· لم يتّبع الفريق اختيارهنّ ({ $limit })
report-stories =
    <b>ما حدث للأفكار</b> (من قصة كل فكرة، انظري /story)
    نسخ شورِكت: { $draft } · انتقالات إلى الأعلى: { $moved } · ليس الآن: { $not_yet } · أُغلقت: { $closed } · رُفضت: { $declined }
    تصويتات عن فكرة فُتحت: { $poll_opened } · أُغلقت: { $poll_closed }
    حين اختارت النساء شيئًا آخر، اتّبعهنّ الفريق: { $followed } · لم يتّبعهنّ: { $not_followed }
    حين لم يقرّر التصويت شيئًا، أُعيد: { $next_again } · قرّر الفريق: { $next_decided }
proposals-history_earlier = خطوات سابقة: { $count }. اضغطي «قصة الفكرة حتى الآن» لقراءتها كلها.
story-stage = { $date } · المرحلة التي وصلت إليها: { $stage }{ $who }.
story-role = { $date } · أخذت امرأة دورًا: { $role } ({ $stage }).
story-role_yours = { $date } · أخذتِ دورًا: { $role } ({ $stage }).
story-role_staff = { $date } · أخذت { $pseudonym } دورًا: { $role } ({ $stage }).
story-review_planned = { $date } · المراجعة: ستُسأل النساء هل نجح الأمر.
story-review_asked = { $date } · المراجعة: سُئلت النساء المشاركات هل نجح الأمر.
story-review_closed = { $date } · انتهت المراجعة. سُئلت: { $asked }. نعم: { $yes }. جزئيًا: { $partly }. لا: { $no }. التعليقات: { $comments }.
## contact

contact-offer = هل هذا وقت مناسب لنتواصل معكِ؟
contact-answer_button_h = راسلوني هنا
contact-answer_button_n = ليس الآن
contact-answer_button_c = اتصلوا بي
contact-answer_here = راسلوني هنا
contact-answer_not_now = ليس الآن
contact-answer_call = اتصلوا بي
contact-reply_here = شكرًا. أوصلنا هذا. عندما يرد أحد، سيكون الرد في هذه المحادثة.
contact-reply_not_now = حسنًا. لن نتواصل معكِ الآن. يمكنكِ الضغط على «أحتاج إلى دعم الآن» في القائمة في أي وقت.
contact-reply_call = شكرًا. أوصلنا الوقت والرقم. نحتفظ بهما فقط إلى أن يصلا إلى الشخص الذي سيتصل بكِ.
contact-ask_call = اكتبي وقتًا آمنًا للاتصال بكِ، والرقم الذي نتصل عليه. استخدمي رسالة واحدة، حتى { $limit } حرفًا. نحتفظ بهما فقط إلى أن يصلا إلى الشخص الذي سيتصل بكِ. أرسلي /cancel للتوقف.
contact-already = تمت الإجابة على هذا السؤال من قبل، أو أنه مغلق.
contact-told_here =
    <b>جواب على عرض التواصل</b>
    { $pseudonym } (التنبيه رقم { $alert }): راسلوني هنا.
    اكتب لها بـ /tell { $alert } ثم رسالتك.
contact-told_not_now =
    <b>جواب على عرض التواصل</b>
    { $pseudonym } (التنبيه رقم { $alert }): ليس الآن.
contact-told_call =
    <b>جواب على عرض التواصل</b>
    { $pseudonym } (التنبيه رقم { $alert }): اتصلوا بي.
    الوقت الآمن والرقم: { $details }
    اضغط «دوّنته» بعد أن تكتبهما. بعدها يُحذفان من هذه المحادثة.
contact-told_call_removed =
    <b>جواب على عرض التواصل</b>
    { $pseudonym } (التنبيه رقم { $alert }): اتصلوا بي.
    حُذف الوقت والرقم من هذه المحادثة.
contact-noted_button = دوّنته
contact-already_removed = حُذفا من هذه المحادثة من قبل.
contact-message =
    رسالة لكِ:

    { $body }
contact-tell_usage = أرسل /tell ثم رقم التنبيه ثم رسالتك، مثلًا: /tell 12 مرحبًا، أنا سام. يعمل هذا فقط لامرأة اختارت «راسلوني هنا» في تنبيه مفتوح.
contact-tell_queued = رسالتك في الطريق إليها.
contact-tell_refused = لم تُرسل. لم تختر «راسلوني هنا» في هذا التنبيه، أو التنبيه مغلق، أو لم تعد هنا.
