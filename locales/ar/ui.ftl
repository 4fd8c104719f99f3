## The app's screens. Plain words, reading age about 9.
## The app's visible name is neutral on purpose: nothing says what it is for until
## it is unlocked.

app-name = ملاحظات
quick-exit = إغلاق
quick-exit-label = أغلقي وأقفلي الآن

## The neutral screen after a quick exit.
neutral-title = ملاحظات
neutral-body = لا توجد ملاحظات مفتوحة.
neutral-open = فتح

## First run
first-language-title = اختاري لغتكِ
first-language-next = التالي
language-name-en-GB = English
language-name-cy = Cymraeg
language-name-pl = Polski
language-name-ro = Română
language-name-sq = Shqip
language-name-ur = اردو
language-name-pa = ਪੰਜਾਬੀ
language-name-ar = العربية

first-passphrase-title = اختاري كلمة سر
first-passphrase-why = مذكّرتكِ مقفلة بكلمة سر. لا أحد يستطيع فتحها بدون كلمة السر، ولا حتى نحن.
first-passphrase-forget = إذا نسيتِها، لا أحد يستطيع استرجاع مذكّرتكِ. اختاري كلمات ستتذكرينها، مثل ثلاث أو أربع كلمات بينها مسافات.
first-passphrase-label = كلمة السر
first-passphrase-again = اكتبيها مرة أخرى
first-passphrase-short = استخدمي 8 حروف أو أرقام على الأقل.
first-passphrase-differ = كلمتا السر غير متطابقتين.
first-next = التالي
first-back = رجوع

first-duress-title = كلمة سر ثانية (يمكنكِ تخطي هذا)
first-duress-why = إذا أجبركِ أحد على فتح التطبيق، يمكنكِ كتابة كلمة السر الثانية بدلًا من الأولى. إنها تفتح مذكّرة أخرى فارغة.
first-duress-honest = قد يساعدكِ هذا في لحظة صعبة، لكنه ليس كاملًا. من يفحص الهاتف بدقة كبيرة قد يخمّن أن فيه شيئًا آخر.
first-duress-label = كلمة السر الثانية
first-duress-skip = تخطي

first-about-title = عنكِ
first-about-pregnant = أنا حامل
first-about-due = موعد ولادتي المتوقع
first-about-first = هذا أول طفل لي
first-about-supervision = ما الذي ينطبق عليكِ؟ اختاري كل ما يناسبكِ.
supervision-licence = الإفراج المشروط (بعد السجن)
supervision-community_order = أمر مجتمعي (عقوبة في المجتمع)
supervision-suspended_sentence = حكم بالسجن مع وقف التنفيذ
supervision-bail = الإفراج بكفالة
supervision-other = شيء آخر
first-finish = ابدئي

## Unlock
unlock-title = افتحي ملاحظاتكِ
unlock-label = كلمة السر
unlock-button = فتح
unlock-wrong = كلمة السر هذه غير صحيحة. حاولي مرة أخرى.
unlock-wait = من فضلكِ انتظري { $seconds ->
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
}، ثم حاولي مرة أخرى.
unlock-damaged = لا يمكن فتح الملاحظات لأن الملف تالف.

## Today
today-title = اليوم
today-next-required = موعدكِ الإلزامي القادم
today-none-required = لا توجد مواعيد إلزامية في مذكّرتكِ.
today-coming-up = قريبًا
today-nothing = لا شيء في الأيام السبعة القادمة.
today-other-flags = راجعي أيضًا
today-flag-count = { $count ->
    [zero] لا يوجد شيء لمراجعته
    [one] أمر واحد لمراجعته
    [two] أمران لمراجعتهما
    [few] { $count } أمور لمراجعتها
    [many] { $count } أمرًا لمراجعتها
   *[other] { $count } أمر لمراجعتها
}
today-required = إلزامي

## Navigation
nav-today = اليوم
nav-add = إضافة
nav-flags = مراجعة
nav-week = الأسبوع
nav-more = المزيد
nav-pregnancy = الحمل
nav-guides = الأدلة
nav-label = القائمة الرئيسية

## More
more-title = المزيد
more-conditions = قواعد الإفراج المشروط أو الأمر أو الكفالة
more-pregnancy = موعد ولادتكِ وفحوصات الحمل
more-guides = حقوقكِ وما يجب فعله، بكلمات بسيطة
more-settings = اللغة، كلمة السر، القفل والحذف

## Week
week-title = الأيام السبعة القادمة
week-check = راجعي هذا اليوم
week-free = لا شيء في هذا اليوم.

## Pregnancy
pregnancy-title = الحمل
pregnancy-weeks = عمر حملكِ { $weeks ->
    [one] أسبوع واحد
    [two] أسبوعان
    [few] { $weeks } أسابيع
    [many] { $weeks } أسبوعًا
   *[other] { $weeks } أسبوع
} { $days ->
    [zero] بالضبط
    [one] ويوم واحد
    [two] ويومان
    [few] و{ $days } أيام
    [many] و{ $days } يومًا
   *[other] و{ $days } يوم
}.
pregnancy-due = موعد ولادتكِ المتوقع هو { $date }. { $days ->
    [0] أي اليوم.
    [one] أي غدًا.
    [two] أي بعد يومين.
    [few] أي بعد { $days } أيام.
    [many] أي بعد { $days } يومًا.
   *[other] أي بعد { $days } يوم.
}
pregnancy-due-past = كان موعد ولادتكِ المتوقع { $date }.
pregnancy-none = لم يُحفظ موعد للولادة. يمكنكِ إضافته في الأسفل.
pregnancy-steps = فحوصات حملكِ
pregnancy-window = عادةً بين { $start } و{ $end }.
pregnancy-booked = في مذكّرتكِ: { $date }
pregnancy-state-due = موعده الآن. اطلبي من القابلة أن تحجزه لكِ.
pregnancy-state-missed = ليس في مذكّرتكِ. إذا قمتِ به، يمكنكِ إضافته. إذا لم تقومي به، اسألي القابلة عنه.
pregnancy-state-later = لاحقًا.
pregnancy-source = هذه الفحوصات تتبع خطة NHS لرعاية الحمل (إرشادات NICE رقم NG201). قد تضع القابلة خطة مختلفة لكِ.
pregnancy-set = موعد الولادة المتوقع
pregnancy-save = احفظي موعد الولادة
pregnancy-remove = احذفي موعد الولادة
pregnancy-due-invalid = من فضلكِ اختاري تاريخًا.

## Pregnancy and baby checks (short names)
care-step-booking = أول موعد مع القابلة (موعد التسجيل)
care-step-dating_scan = السونار في الأسبوع 12
care-step-appt_16 = فحص الأسبوع 16
care-step-anomaly_scan = السونار في الأسبوع 20
care-step-appt_25 = فحص الأسبوع 25
care-step-appt_28 = فحص الأسبوع 28
care-step-appt_31 = فحص الأسبوع 31
care-step-appt_34 = فحص الأسبوع 34
care-step-appt_36 = فحص الأسبوع 36
care-step-appt_38 = فحص الأسبوع 38
care-step-appt_40 = فحص الأسبوع 40
care-step-appt_41 = فحص الأسبوع 41
care-step-midwife_postnatal = زيارة القابلة بعد الولادة
care-step-new_birth_visit = أول زيارة من الزائرة الصحية
care-step-six_week_check = فحص الأسبوع 6 بعد الولادة

## Guides
guides-title = الأدلة
guides-intro = حقوقكِ، والجهات من حولكِ ومن حول طفلكِ، بكلمات بسيطة.
guides-sources = مصدر هذه المعلومات: { $sources }
guides-reviewed = آخر مراجعة: { $date }
guides-jurisdiction = أين ينطبق هذا: { $text }
guides-status-awaiting = هذا النص مترجم وينتظر المراجعة. النسخة الإنجليزية هي النسخة التي يُعتمد عليها.
guides-all = كل الأدلة
guides-side-by-side = اعرضيه بجانب لغة أخرى
guides-glossary = الكلمات ومعانيها

## The interpreter view: one guide in two languages, side by side
interpreter-title = جنبًا إلى جنب
interpreter-first = اللغة الأولى
interpreter-second = اللغة الثانية
interpreter-guide = الدليل
interpreter-terms = الكلمات في هذا الجزء

## Glossary
glossary-title = الكلمات ومعانيها
glossary-intro = كلمات قد تسمعينها من خدمة المراقبة والمحاكم والرعاية الاجتماعية وخدمات الحمل والولادة، بكلمات بسيطة.
nav-glossary = الكلمات
more-glossary = كلمات قد تسمعينها، وما معناها

## Add an appointment
add-title = إضافة موعد
add-kind = ما نوعه؟
add-what = الاسم (كما تسميه الرسالة)
add-date = التاريخ
add-start = يبدأ
add-end = ينتهي
add-place = المكان
add-travel = وقت الطريق، في اتجاه واحد (بالدقائق)
add-mandatory = يجب أن أذهب (إنه جزء من الإفراج المشروط أو الأمر أو الكفالة)
add-edit-title = تغيير موعد
add-repeat = هل يتكرر؟
add-repeat-none = لا، مرة واحدة فقط
add-repeat-weekly = كل أسبوع
add-repeat-fortnightly = كل أسبوعين
add-repeat-four_weekly = كل 4 أسابيع
add-repeat-weekdays = كل يوم عمل (من الاثنين إلى الجمعة)
add-repeat-custom = كما تقول الرسالة أو الخطة
add-times = كم مرة في المجموع؟
add-repeat-summary = { $every ->
    [0] كل يوم عمل ابتداءً من { $weekday }
    [1] كل يوم { $weekday }
    [two] كل أسبوعين يوم { $weekday }
    [few] كل { $every } أسابيع يوم { $weekday }
    [many] كل { $every } أسبوعًا يوم { $weekday }
   *[other] كل { $every } أسبوع يوم { $weekday }
}، { $count ->
    [one] مرة واحدة
    [two] مرتان
    [few] { $count } مرات
   *[other] { $count } مرة
}
add-care-step = أي فحص للحمل أو للطفل هذا؟
add-care-step-none = لستُ متأكدة، أو لا شيء
add-notes = ملاحظات (أنتِ فقط ترينها)
add-clashes = هذا سيتعارض مع:
add-no-clash = لا يوجد أي تعارض.
add-save = حفظ
add-saved = تم الحفظ.
add-fix = راجعي التاريخ والأوقات.

kind-probation = خدمة المراقبة
kind-unpaid_work = عمل بدون أجر
kind-programme = برنامج أو دورة
kind-drug_test = فحص مخدرات أو كحول
kind-police_reporting = الحضور إلى مركز الشرطة
kind-court = المحكمة
kind-family_court = محكمة الأسرة
kind-antenatal = القابلة أو السونار
kind-postnatal = القابلة بعد الولادة
kind-health_visitor = الزائرة الصحية
kind-gp = طبيب العائلة أو الممرضة
kind-hospital = المستشفى
kind-mental_health = الصحة النفسية
kind-substance_misuse = خدمة المخدرات أو الكحول
kind-social_care = الأخصائي الاجتماعي
kind-child_protection = اجتماع حماية الطفل
kind-child_contact = رؤية طفلي
kind-solicitor = المحامي
kind-housing = السكن
kind-benefits = مكتب العمل أو الإعانات
kind-support = الدعم أو مركز النساء
kind-other = شيء آخر

## Flags
flags-title = أمور لمراجعتها
flags-none = لا يوجد شيء لمراجعته الآن.
flags-actions = ما يمكنكِ فعله
flags-draft = رسالة يمكنكِ إرسالها أو قراءتها بصوت عالٍ
flags-copy = انسخي الرسالة
flags-copied = تم النسخ.
flags-draft-english = الرسالة نفسها بالإنجليزية، لمن يقرأ الإنجليزية
flags-copy-english = انسخي الرسالة الإنجليزية
flags-guide = اقرئي المزيد: { $title }
flags-sorted-open = لقد حللتُ هذا
flags-sorted-note = ماذا فعلتِ؟ (أنتِ فقط ترين هذا)
flags-sorted-button = ضعي علامة: تم الحل
flags-history = تم الحل
flags-sorted-undo = لم يُحل بعد

## My conditions
nav-conditions = القواعد
conditions-title = قواعدي
conditions-intro = أضيفي القواعد من الإفراج المشروط أو الأمر أو الكفالة. يقارن التطبيق مواعيدكِ بهذه القواعد.
conditions-none = لم تُضف أي قواعد بعد.
conditions-from = من
conditions-starts = تبدأ في (إذا كان لها تاريخ)
conditions-ends = تنتهي في (إذا كان لها تاريخ)
conditions-source = من أين هذه القاعدة؟
source-licence = الإفراج المشروط الخاص بي
source-community_order = الأمر المجتمعي الخاص بي
source-suspended_sentence = حكمي مع وقف التنفيذ
source-bail = الكفالة الخاصة بي
source-other = مكان آخر
conditions-home = عنواني المعتمد
conditions-home-where = أين هو؟ الصقي رابط خريطة، أو اكتبي الإحداثيات.
conditions-home-save = احفظي عنواني
conditions-curfew = حظر التجول
conditions-curfew-from = يبدأ حظر التجول
conditions-curfew-to = ينتهي حظر التجول
conditions-curfew-tag = هل تلبسين سوارًا إلكترونيًا؟
conditions-curfew-days = في أي أيام يبدأ؟
conditions-hours = { $days }: { $from }–{ $to }
conditions-dates = من { $start } إلى { $end }
conditions-dates-from = من { $start }
conditions-dates-until = حتى { $end }
conditions-curfew-more = أضيفي هذه الساعات، ثم ساعات أخرى لأيام أخرى
conditions-where-invalid = هذا ليس رابط خريطة أو إحداثيات يستطيع التطبيق قراءتها. جرّبي رابطًا من تطبيق خرائط، أو أرقامًا مثل 52.41, -1.51.
conditions-named = اسم شخص يجب ألا أتواصل معه
conditions-shared = استخدمي خطة أرسلها لكِ الموظف المسؤول عنكِ
conditions-shared-how = إذا أرسل لكِ الموظف المسؤول عنكِ ملف خطة، افتحيه وانسخي كل ما فيه، ثم الصقيه هنا. ستُضاف مواعيده وقواعده إلى مواعيدكِ وقواعدكِ.
conditions-shared-label = الخطة
conditions-shared-add = أضيفي الخطة
conditions-shared-done = تمت إضافة { $appointments ->
    [one] موعد واحد
    [two] موعدين
    [few] { $appointments } مواعيد
    [many] { $appointments } موعدًا
   *[other] { $appointments } موعد
} و{ $conditions ->
    [one] قاعدة واحدة
    [two] قاعدتين
    [few] { $conditions } قواعد
    [many] { $conditions } قاعدة
   *[other] { $conditions } قاعدة
}.
conditions-shared-invalid = لم يُضف أي شيء. في الخطة { $count ->
    [one] مشكلة واحدة
    [two] مشكلتان
    [few] { $count } مشاكل
    [many] { $count } مشكلة
   *[other] { $count } مشكلة
}. اعرضي هذه الأسطر على الموظف المسؤول عنكِ:
conditions-shared-not-plan = لم يُضف أي شيء. هذا ليس ملف خطة يستطيع التطبيق قراءته. اطلبي من الموظف المسؤول عنكِ أن يرسله مرة أخرى.
conditions-add-named = لا تواصل مع هذا الشخص
monitoring-rf_tag = نعم، سوار لحظر التجول (مع جهاز في البيت)
monitoring-gps_tag = نعم، سوار GPS
monitoring-alcohol_tag = نعم، سوار لمراقبة الكحول
monitoring-none = لا يوجد سوار
monitoring-doorstep = يأتي شخص إلى الباب للتحقق
conditions-add-curfew = أضيفي حظر التجول هذا
conditions-zone = مكان يجب ألا أذهب إليه
conditions-zone-name = اسم المكان
conditions-zone-where = أين هو؟ الصقي رابط خريطة، أو اكتبي الإحداثيات.
conditions-zone-radius = المسافة حوله (بالأمتار)
conditions-add-zone = أضيفي هذا المكان
conditions-other = قواعد أخرى
conditions-add-no-contact = لا تواصل مع أي شخص عمره أقل من 18 سنة
conditions-add-approved = يجب أن أسكن في عنواني المعتمد
conditions-add-travel = يجب ألا أغادر المملكة المتحدة
conditions-kind-curfew = حظر التجول
conditions-kind-exclusion_zone = مكان يجب ألا أذهب إليه
conditions-kind-no_contact = منع التواصل
conditions-kind-approved_address = العنوان المعتمد
conditions-kind-travel_ban = منع السفر
conditions-added = تمت الإضافة.

## Settings
nav-settings = الإعدادات
settings-title = الإعدادات
settings-language = اللغة
settings-autolock = القفل بعد هذا العدد من الدقائق بدون لمس
settings-autolock-save = حفظ
settings-discreet = تُظهر التذكيرات التفاصيل (عند إيقافها، تقول فقط "تذكير الساعة 14:00")
settings-passphrase = تغيير كلمة السر
settings-passphrase-new = كلمة السر الجديدة
settings-passphrase-save = غيّريها
settings-passphrase-done = تم تغيير كلمة السر.
settings-saved = تم الحفظ.
settings-duress = كلمة السر الثانية
settings-duress-replaces = إذا وضعتِ كلمة سر ثانية جديدة، أو أوقفتِها، تُفرَّغ المذكّرة الأخرى. كل ما فيها يُحذف، ولا أحد يستطيع استرجاعه.
settings-duress-understood = أفهم أن المذكّرة الأخرى ستُفرَّغ
settings-duress-new = كلمة السر الثانية الجديدة
settings-duress-save = ضعيها
settings-duress-remove = أوقفيها
settings-duress-done = تم وضع كلمة السر الثانية. إنها تفتح مذكّرة فارغة. كل ما كان في المذكّرة القديمة حُذف.
settings-duress-removed = تم إيقاف كلمة السر الثانية. فُرِّغت المذكّرة الأخرى.
settings-wipe = حذف كل شيء
settings-wipe-warning = هذا يحذف مذكّرتكِ كلها من هذا الهاتف. لا أحد يستطيع استرجاعها، ولا حتى بكلمة السر. مواعيدكِ وملاحظاتكِ قد تكون دليلًا: فكّري قبل أن تفعلي هذا.
settings-wipe-confirm = لحذف كل شيء، اكتبي هذه الكلمة: حذف
settings-wipe-word = حذف
settings-wipe-button = احذفي كل شيء الآن

## Problems, in plain words

error-weak-passphrase = كلمة السر تحتاج إلى { $min ->
    [few] { $min } حروف أو أرقام
    [many] { $min } حرفًا أو رقمًا
   *[other] { $min } حرف أو رقم
} على الأقل.
error-passphrase-not-usable = لا يمكنكِ استخدام كلمة السر هذه هنا. من فضلكِ اختاري كلمة سر أخرى.
error-stale = تغيرت الملاحظات في نافذة أخرى. أغلقي هذه النافذة وافتحي الملاحظات مرة أخرى.
error-newer = هذه الملاحظات صُنعت بنسخة أحدث من التطبيق. من فضلكِ حدّثي التطبيق.
error-storage = لم يستطع الهاتف حفظ هذا. ربما الذاكرة ممتلئة. لم يضِع أي شيء.
error-locked = ملاحظاتكِ مقفلة. افتحيها مرة أخرى لتكملي.
error-invalid = شيء في هذا النموذج ليس صحيحًا بعد. من فضلكِ راجعيه.
error-screen = حدث خطأ في هذه الشاشة. ملاحظاتكِ بأمان. ارجعي وحاولي مرة أخرى.
error-back = رجوع

## Sharing with a support worker
nav-sharing = المشاركة
more-sharing = شاركي أشياء تختارينها مع الموظف المسؤول عنكِ
sharing-title = المشاركة مع الموظف المسؤول عنكِ
sharing-intro = يمكنكِ أن تسمحي للموظف المسؤول عنكِ برؤية جزء من مذكّرتكِ. لا تتم مشاركة أي شيء حتى تختاري أنتِ. يمكنكِ التوقف في أي وقت.
sharing-honest = يرى الموظف المسؤول عنكِ فقط ما تضعين عليه علامة هنا. ما رآه من قبل، قد يتذكره أو يكتبه. ومثل أي مختص، قد يضطر إلى نقل معلومات إلى غيره إذا كان هناك طفل قد يكون في خطر.
sharing-none = أنتِ لا تشاركين مع أحد.
sharing-code = الرمز من الموظف المسؤول عنكِ
sharing-accept = ربط
sharing-number = رقم الأمان
sharing-number-how = تأكدي أن شاشة الموظف المسؤول عنكِ تُظهر الرقم نفسه. افعلي هذا وجهًا لوجه.
sharing-number-match = الرقمان متطابقان
sharing-number-wait = لا تتم مشاركة أي شيء حتى تتأكدي من الرقم.
sharing-what = ما يراه الموظف المسؤول عنكِ
sharing-conditions = قواعد الإفراج المشروط أو الأمر أو الكفالة
sharing-due-date = موعد ولادتي المتوقع
sharing-home = عنواني المعتمد
sharing-kinds = هذه الأنواع من المواعيد:
sharing-sync = شاركي الآن
sharing-synced = تم. المُرسَل: { $sent }، المُستلَم: { $received }.
sharing-proposals = مواعيد يقترحها الموظف المسؤول عنكِ
sharing-proposal-clash = هذا سيتعارض مع:
sharing-proposal-accept = أضيفيه إلى مذكّرتي
sharing-proposal-decline = لا، شكرًا
sharing-stop = أوقفي المشاركة
sharing-stop-understood = أفهم أن الموظف المسؤول عني يحتفظ بما رآه من قبل
sharing-stopped = لقد أوقفتِ المشاركة.
sharing-client = عميلتك
sharing-client-flags = أمور لمراجعتها فيما تشاركه عميلتك
sharing-client-none = لا يوجد شيء لمراجعته فيما تشاركه عميلتك.
sharing-client-ended = أوقفت عميلتك المشاركة. حُذفت معلوماتها.
sharing-shared = تمت مشاركته
error-network = لم يستطع التطبيق الوصول إلى خدمة المشاركة. تأكدي من اتصالكِ بالإنترنت وحاولي مرة أخرى. لم يضِع أي شيء.
error-code-invalid = هذا الرمز غير صحيح. تأكدي منه مع الموظف المسؤول عنكِ، أو اطلبي رمزًا جديدًا.
error-code-expired = هذا الرمز قديم جدًا. اطلبي من الموظف المسؤول عنكِ رمزًا جديدًا.
error-code-used = هذا الرمز استُخدم من قبل. اطلبي من الموظف المسؤول عنكِ رمزًا جديدًا.
error-not-confirmed = تأكدي أولًا من رقم الأمان مع الموظف المسؤول عنكِ.
sharing-worker-title = للعاملين في الدعم
sharing-worker-how = إذا كنت تعمل في الدعم، أنشئ دعوة هنا وأظهر رمزها للمرأة التي تدعمها.
sharing-worker-relay = عنوان خدمة المشاركة في مؤسستك
sharing-worker-invite = إنشاء دعوة
sharing-worker-code = أظهر لها هذا الرمز أو اقرأه بصوت عالٍ. يعمل مرة واحدة، لمدة 24 ساعة.
