## The app's screens. Plain words, reading age about 9.
## The app's visible name is neutral on purpose: nothing says what it is for until
## it is unlocked.

app-name = یادداشتیں
quick-exit = بند کریں
quick-exit-label = ابھی بند کریں اور لاک کریں

## The neutral screen after a quick exit.
neutral-title = یادداشتیں
neutral-body = کوئی یادداشت کھلی نہیں ہے۔
neutral-open = کھولیں

## First run
first-language-title = اپنی زبان چنیں
first-language-next = آگے
language-name-en-GB = English
language-name-cy = Cymraeg
language-name-pl = Polski
language-name-ro = Română
language-name-sq = Shqip
language-name-ur = اردو
language-name-pa = ਪੰਜਾਬੀ
language-name-ar = العربية

first-passphrase-title = پاس فریز بنائیں
first-passphrase-why = آپ کی ڈائری ایک پاس فریز (خفیہ الفاظ) سے لاک ہوتی ہے۔ پاس فریز کے بغیر کوئی اسے نہیں کھول سکتا، ہم بھی نہیں۔
first-passphrase-forget = اگر آپ اسے بھول گئیں تو کوئی بھی آپ کی ڈائری واپس نہیں لا سکتا۔ ایسے الفاظ چنیں جو آپ کو یاد رہیں، جیسے تین یا چار الفاظ، جن کے بیچ میں خالی جگہ ہو۔
first-passphrase-label = پاس فریز
first-passphrase-again = اسے دوبارہ ٹائپ کریں
first-passphrase-short = کم از کم 8 حروف یا نمبر استعمال کریں۔
first-passphrase-differ = دونوں پاس فریز ایک جیسے نہیں ہیں۔
first-next = آگے
first-back = پیچھے

first-duress-title = دوسرا پاس فریز (آپ اسے چھوڑ سکتی ہیں)
first-duress-why = اگر کوئی آپ کو ایپ کھولنے پر مجبور کرے تو آپ اس کی جگہ یہ دوسرا پاس فریز ٹائپ کر سکتی ہیں۔ اس سے ایک الگ، خالی ڈائری کھلتی ہے۔
first-duress-honest = یہ مشکل وقت میں مدد کر سکتا ہے، لیکن یہ سو فیصد پکا طریقہ نہیں ہے۔ جو شخص فون کو بہت غور سے دیکھے، وہ اندازہ لگا سکتا ہے کہ اس میں اور بھی کچھ ہے۔
first-duress-label = دوسرا پاس فریز
first-duress-skip = چھوڑ دیں

first-about-title = آپ کے بارے میں
first-about-pregnant = میں حاملہ ہوں
first-about-due = میری ڈیو ڈیٹ (بچے کی پیدائش کی متوقع تاریخ)
first-about-first = یہ میرا پہلا بچہ ہے
first-about-supervision = آپ پر کیا لاگو ہے؟ جو جو آپ پر لاگو ہو، وہ چنیں۔
supervision-licence = لائسنس (جیل کے بعد)
supervision-community_order = کمیونٹی آرڈر
supervision-suspended_sentence = معطل سزا
supervision-bail = ضمانت
supervision-other = کچھ اور
first-finish = شروع کریں

## Unlock
unlock-title = اپنی یادداشتیں کھولیں
unlock-label = پاس فریز
unlock-button = کھولیں
unlock-wrong = یہ پاس فریز صحیح نہیں ہے۔ دوبارہ کوشش کریں۔
unlock-wait = براہ کرم { $seconds } سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔
unlock-damaged = یادداشتیں نہیں کھل سکتیں، کیونکہ فائل خراب ہو گئی ہے۔

## Today
today-title = آج
today-next-required = آپ کی اگلی لازمی اپائنٹمنٹ
today-none-required = آپ کی ڈائری میں کوئی لازمی اپائنٹمنٹ نہیں ہے۔
today-coming-up = آگے کیا ہے
today-nothing = اگلے 7 دنوں میں کچھ نہیں ہے۔
today-other-flags = یہ بھی دیکھیں
today-flag-count = { $count ->
    [one] 1 چیز چیک کرنی ہے
   *[other] { $count } چیزیں چیک کرنی ہیں
}
today-required = لازمی

## Navigation
nav-today = آج
nav-add = شامل کریں
nav-flags = چیک
nav-week = ہفتہ
nav-more = مزید
nav-pregnancy = حمل
nav-guides = رہنمائی
nav-label = مین مینو

## More
more-title = مزید
more-conditions = آپ کے لائسنس، آرڈر یا ضمانت کے قواعد
more-pregnancy = آپ کی ڈیو ڈیٹ اور حمل کے چیک اپ
more-guides = آپ کے حقوق اور آپ کیا کر سکتی ہیں، آسان الفاظ میں
more-settings = زبان، پاس فریز، لاک اور سب کچھ مٹانا

## Week
week-title = اگلے 7 دن
week-check = یہ دن چیک کریں
week-free = اس دن کچھ نہیں ہے۔

## Pregnancy
pregnancy-title = حمل
pregnancy-weeks = آپ { $weeks } ہفتے اور { $days ->
    [one] 1 دن
   *[other] { $days } دن
} کی حاملہ ہیں۔
pregnancy-due = آپ کی ڈیو ڈیٹ { $date } ہے۔ { $days ->
    [0] یہ آج ہے۔
    [one] یہ آنے والا کل ہے۔
   *[other] یہ { $days } دن بعد ہے۔
}
pregnancy-due-past = آپ کی ڈیو ڈیٹ { $date } تھی۔
pregnancy-none = کوئی ڈیو ڈیٹ محفوظ نہیں ہے۔ آپ اسے نیچے شامل کر سکتی ہیں۔
pregnancy-steps = آپ کے حمل کے چیک اپ
pregnancy-window = عام طور پر { $start } اور { $end } کے درمیان۔
pregnancy-booked = آپ کی ڈائری میں: { $date }
pregnancy-state-due = اب اس کا وقت ہے۔ اپنی مڈوائف سے کہیں کہ اسے بک کرے۔
pregnancy-state-missed = یہ آپ کی ڈائری میں نہیں ہے۔ اگر یہ ہو چکا ہے تو آپ اسے شامل کر سکتی ہیں۔ اگر نہیں ہوا تو اپنی مڈوائف سے اس کے بارے میں پوچھیں۔
pregnancy-state-later = بعد میں۔
pregnancy-source = یہ چیک اپ حمل میں NHS کے دیکھ بھال کے پلان کے مطابق ہیں (NICE guideline NG201)۔ ہو سکتا ہے آپ کی مڈوائف آپ کے لیے کچھ مختلف پلان بنائے۔
pregnancy-set = ڈیو ڈیٹ
pregnancy-save = ڈیو ڈیٹ محفوظ کریں
pregnancy-remove = ڈیو ڈیٹ ہٹا دیں
pregnancy-due-invalid = براہ کرم ایک تاریخ چنیں۔

## Pregnancy and baby checks (short names)
care-step-booking = مڈوائف سے پہلی اپائنٹمنٹ (بکنگ)
care-step-dating_scan = 12 ہفتے کا اسکین
care-step-appt_16 = 16 ہفتے کا چیک اپ
care-step-anomaly_scan = 20 ہفتے کا اسکین
care-step-appt_25 = 25 ہفتے کا چیک اپ
care-step-appt_28 = 28 ہفتے کا چیک اپ
care-step-appt_31 = 31 ہفتے کا چیک اپ
care-step-appt_34 = 34 ہفتے کا چیک اپ
care-step-appt_36 = 36 ہفتے کا چیک اپ
care-step-appt_38 = 38 ہفتے کا چیک اپ
care-step-appt_40 = 40 ہفتے کا چیک اپ
care-step-appt_41 = 41 ہفتے کا چیک اپ
care-step-midwife_postnatal = پیدائش کے بعد مڈوائف کا وزٹ
care-step-new_birth_visit = ہیلتھ وزٹر کا پہلا وزٹ
care-step-six_week_check = پیدائش کے 6 ہفتے بعد کا چیک اپ

## Guides
guides-title = رہنمائی
guides-intro = آپ کے حقوق، اور آپ اور آپ کے بچے کے ارد گرد کے نظام، آسان الفاظ میں۔
guides-sources = یہ معلومات کہاں سے لی گئی ہیں: { $sources }
guides-reviewed = آخری بار چیک کیا گیا: { $date }
guides-jurisdiction = یہ کہاں لاگو ہوتا ہے: { $text }
guides-status-awaiting = اس تحریر کا ترجمہ کیا گیا ہے اور ابھی اس کی جانچ ہونی ہے۔ انگریزی والی تحریر ہی قابلِ بھروسہ ہے۔
guides-all = ساری رہنمائی
guides-side-by-side = اسے کسی دوسری زبان کے ساتھ ساتھ دکھائیں
guides-glossary = الفاظ اور ان کے معنی

## The interpreter view: one guide in two languages, side by side
interpreter-title = ساتھ ساتھ
interpreter-first = پہلی زبان
interpreter-second = دوسری زبان
interpreter-guide = رہنمائی
interpreter-terms = اس حصے کے الفاظ

## Glossary
glossary-title = الفاظ اور ان کے معنی
glossary-intro = وہ الفاظ جو آپ پروبیشن، عدالتوں، سوشل کیئر اور زچگی کی سروسز سے سن سکتی ہیں، آسان الفاظ میں۔
nav-glossary = الفاظ
more-glossary = وہ الفاظ جو آپ سن سکتی ہیں، اور ان کے معنی

## Add an appointment
add-title = اپائنٹمنٹ شامل کریں
add-kind = یہ کیا ہے؟
add-what = نام (خط میں اسے کیا کہا گیا ہے)
add-date = تاریخ
add-start = شروع ہونے کا وقت
add-end = ختم ہونے کا وقت
add-place = جگہ
add-travel = سفر کا وقت، ایک طرف کا (منٹ)
add-mandatory = مجھے لازمی جانا ہے (یہ میرے لائسنس، آرڈر یا ضمانت کا حصہ ہے)
add-edit-title = اپائنٹمنٹ بدلیں
add-repeat = کیا یہ بار بار ہوتی ہے؟
add-repeat-none = نہیں، صرف ایک بار
add-repeat-weekly = ہر ہفتے
add-repeat-fortnightly = ہر 2 ہفتے بعد
add-repeat-four_weekly = ہر 4 ہفتے بعد
add-repeat-weekdays = کام کے ہر دن (پیر سے جمعہ)
add-repeat-custom = جیسے خط یا پلان میں لکھا ہے
add-times = کل ملا کر کتنی بار؟
add-repeat-summary = { $every ->
    [0] { $weekday } سے کام کے ہر دن، { $count } بار
    [1] ہر { $weekday } کو، { $count } بار
   *[other] ہر { $every } ہفتے بعد { $weekday } کو، { $count } بار
}
add-care-step = یہ حمل یا بچے کا کون سا چیک اپ ہے؟
add-care-step-none = معلوم نہیں، یا کوئی نہیں
add-notes = یادداشت (یہ صرف آپ دیکھ سکتی ہیں)
add-clashes = یہ ان سے ٹکرائے گی:
add-no-clash = کوئی ٹکراؤ نہیں ملا۔
add-save = محفوظ کریں
add-saved = محفوظ ہو گیا۔
add-fix = تاریخ اور وقت چیک کریں۔

kind-probation = پروبیشن
kind-unpaid_work = بلا معاوضہ کام
kind-programme = پروگرام یا کورس
kind-drug_test = منشیات یا شراب کا ٹیسٹ
kind-police_reporting = پولیس اسٹیشن میں حاضری
kind-court = عدالت
kind-family_court = فیملی کورٹ
kind-antenatal = مڈوائف یا اسکین
kind-postnatal = پیدائش کے بعد مڈوائف
kind-health_visitor = ہیلتھ وزٹر
kind-gp = GP یا نرس
kind-hospital = ہسپتال
kind-mental_health = ذہنی صحت
kind-substance_misuse = منشیات یا شراب کی سروس
kind-social_care = سوشل ورکر
kind-child_protection = بچے کے تحفظ کی میٹنگ
kind-child_contact = اپنے بچے سے ملنا
kind-solicitor = سولیسیٹر (وکیل)
kind-housing = رہائش
kind-benefits = جاب سینٹر یا بینیفٹس
kind-support = مدد یا خواتین کا سینٹر
kind-other = کچھ اور

## Flags
flags-title = چیک کرنے والی چیزیں
flags-none = ابھی کچھ چیک کرنے کو نہیں ہے۔
flags-actions = آپ کیا کر سکتی ہیں
flags-draft = ایک پیغام جو آپ بھیج سکتی ہیں یا پڑھ کر سنا سکتی ہیں
flags-copy = پیغام کاپی کریں
flags-copied = کاپی ہو گیا۔
flags-draft-english = یہی پیغام انگریزی میں، اُن کے لیے جو انگریزی پڑھتے ہیں
flags-copy-english = انگریزی پیغام کاپی کریں
flags-guide = مزید پڑھیں: { $title }
flags-sorted-open = میں نے یہ معاملہ حل کر لیا ہے
flags-sorted-note = آپ نے کیا کیا؟ (یہ صرف آپ دیکھ سکتی ہیں)
flags-sorted-button = حل ہو گیا
flags-history = حل ہو چکے
flags-sorted-undo = اصل میں حل نہیں ہوا

## My conditions
nav-conditions = قواعد
conditions-title = میرے قواعد
conditions-intro = اپنے لائسنس، آرڈر یا ضمانت کے قواعد یہاں شامل کریں۔ ایپ آپ کی اپائنٹمنٹس کو ان قواعد سے ملا کر چیک کرتی ہے۔
conditions-none = ابھی کوئی قاعدہ شامل نہیں کیا گیا۔
conditions-from = کب سے
conditions-starts = شروع ہونے کی تاریخ (اگر کوئی تاریخ ہو)
conditions-ends = ختم ہونے کی تاریخ (اگر کوئی تاریخ ہو)
conditions-source = یہ قاعدہ کہاں سے ہے؟
source-licence = میرا لائسنس
source-community_order = میرا کمیونٹی آرڈر
source-suspended_sentence = میری معطل سزا
source-bail = میری ضمانت
source-other = کہیں اور سے
conditions-home = میرا منظور شدہ پتہ
conditions-home-where = یہ کہاں ہے؟ نقشے کا لنک پیسٹ کریں، یا کوآرڈینیٹس (نقشے کے نمبر) ٹائپ کریں۔
conditions-home-save = میرا پتہ محفوظ کریں
conditions-curfew = کرفیو
conditions-curfew-from = کرفیو شروع
conditions-curfew-to = کرفیو ختم
conditions-curfew-tag = کیا آپ ٹیگ پہنتی ہیں؟
conditions-curfew-days = یہ کن دنوں میں شروع ہوتا ہے؟
conditions-hours = { $days }: { $from }–{ $to }
conditions-dates = { $start } سے { $end } تک
conditions-dates-from = { $start } سے
conditions-dates-until = { $end } تک
conditions-curfew-more = یہ اوقات شامل کریں، پھر دوسرے دنوں کے لیے دوسرے اوقات
conditions-where-invalid = یہ نقشے کا ایسا لنک یا کوآرڈینیٹس نہیں ہیں جو ایپ پڑھ سکے۔ نقشے والی کسی ایپ سے لنک لے کر آزمائیں، یا 52.41, -1.51 جیسے نمبر لکھیں۔
conditions-named = اس شخص کا نام جس سے مجھے رابطہ نہیں کرنا
conditions-shared = وہ پلان استعمال کریں جو میرے ورکر نے بھیجا ہے
conditions-shared-how = اگر آپ کے ورکر نے آپ کو پلان کی فائل بھیجی ہے تو اسے کھولیں اور ساری کاپی کریں، پھر یہاں پیسٹ کریں۔ اس کی اپائنٹمنٹس اور قواعد آپ کی اپنی اپائنٹمنٹس اور قواعد میں شامل ہو جائیں گے۔
conditions-shared-label = پلان
conditions-shared-add = پلان شامل کریں
conditions-shared-done = { $appointments ->
    [one] 1 اپائنٹمنٹ
   *[other] { $appointments } اپائنٹمنٹس
} اور { $conditions ->
    [one] 1 قاعدہ
   *[other] { $conditions } قواعد
} شامل ہو گئے۔
conditions-shared-invalid = کچھ بھی شامل نہیں ہوا۔ پلان میں { $count ->
    [one] 1 مسئلہ ہے
   *[other] { $count } مسئلے ہیں
}۔ یہ لائنیں اپنے ورکر کو دکھائیں:
conditions-shared-not-plan = کچھ بھی شامل نہیں ہوا۔ یہ ایسی پلان فائل نہیں ہے جو ایپ پڑھ سکے۔ اپنے ورکر سے کہیں کہ اسے دوبارہ بھیجے۔
conditions-add-named = اس شخص سے کوئی رابطہ نہیں
monitoring-rf_tag = ہاں، میرے کرفیو کے لیے ٹیگ (گھر میں ایک باکس کے ساتھ)
monitoring-gps_tag = ہاں، GPS ٹیگ
monitoring-alcohol_tag = ہاں، شراب کا ٹیگ
monitoring-none = کوئی ٹیگ نہیں
monitoring-doorstep = کوئی دروازے پر آ کر چیک کرتا ہے
conditions-add-curfew = یہ کرفیو شامل کریں
conditions-zone = ایسی جگہ جہاں مجھے نہیں جانا
conditions-zone-name = جگہ کا نام
conditions-zone-where = یہ کہاں ہے؟ نقشے کا لنک پیسٹ کریں، یا کوآرڈینیٹس (نقشے کے نمبر) ٹائپ کریں۔
conditions-zone-radius = اس کے ارد گرد کتنی دور تک (میٹر)
conditions-add-zone = یہ جگہ شامل کریں
conditions-other = دوسرے قواعد
conditions-add-no-contact = 18 سال سے کم عمر کسی سے بھی رابطہ نہیں
conditions-add-approved = مجھے اپنے منظور شدہ پتے پر ہی رہنا ہے
conditions-add-travel = مجھے UK سے باہر جانے کی اجازت نہیں
conditions-kind-curfew = کرفیو
conditions-kind-exclusion_zone = ایسی جگہ جہاں مجھے نہیں جانا
conditions-kind-no_contact = رابطے کی پابندی
conditions-kind-approved_address = منظور شدہ پتہ
conditions-kind-travel_ban = سفر پر پابندی
conditions-added = شامل ہو گیا۔

## Settings
nav-settings = سیٹنگز
settings-title = سیٹنگز
settings-language = زبان
settings-autolock = اتنے منٹ تک فون نہ چھونے پر لاک ہو جائے
settings-autolock-save = محفوظ کریں
settings-discreet = یاد دہانیوں میں تفصیل دکھائیں (بند ہو تو ان میں صرف یہ لکھا آتا ہے: "14:00 بجے یاد دہانی")
settings-passphrase = میرا پاس فریز بدلیں
settings-passphrase-new = نیا پاس فریز
settings-passphrase-save = بدل دیں
settings-passphrase-done = آپ کا پاس فریز بدل گیا ہے۔
settings-saved = محفوظ ہو گیا۔
settings-duress = دوسرا پاس فریز
settings-duress-replaces = نیا دوسرا پاس فریز لگانے سے، یا اسے بند کرنے سے، دوسری ڈائری خالی ہو جاتی ہے۔ اس میں جو کچھ بھی ہو، وہ مٹ جاتا ہے، اور کوئی اسے واپس نہیں لا سکتا۔
settings-duress-understood = میں سمجھتی ہوں کہ دوسری ڈائری خالی ہو جائے گی
settings-duress-new = نیا دوسرا پاس فریز
settings-duress-save = لگا دیں
settings-duress-remove = بند کر دیں
settings-duress-done = دوسرا پاس فریز لگ گیا ہے۔ اس سے ایک خالی ڈائری کھلتی ہے۔ پرانی ڈائری میں جو کچھ تھا، وہ مٹ گیا ہے۔
settings-duress-removed = دوسرا پاس فریز بند ہو گیا ہے۔ دوسری ڈائری خالی کر دی گئی ہے۔
settings-wipe = سب کچھ مٹا دیں
settings-wipe-warning = اس سے آپ کی پوری ڈائری اس فون سے مٹ جائے گی۔ کوئی اسے واپس نہیں لا سکتا، آپ کے پاس فریز سے بھی نہیں۔ آپ کی اپائنٹمنٹس اور یادداشتیں ثبوت کے طور پر کام آ سکتی ہیں: یہ کرنے سے پہلے سوچ لیں۔
settings-wipe-confirm = سب کچھ مٹانے کے لیے یہ لفظ ٹائپ کریں: ختم
settings-wipe-word = ختم
settings-wipe-button = ابھی سب کچھ مٹا دیں

## Problems, in plain words

error-weak-passphrase = آپ کے پاس فریز میں کم از کم { $min } حروف یا نمبر ہونے چاہئیں۔
error-passphrase-not-usable = آپ یہاں یہ پاس فریز استعمال نہیں کر سکتیں۔ براہ کرم کوئی دوسرا چنیں۔
error-stale = یادداشتیں کسی دوسری ونڈو میں بدل دی گئی ہیں۔ یہ ونڈو بند کریں اور انہیں دوبارہ کھولیں۔
error-newer = یہ یادداشتیں ایپ کے نئے ورژن میں بنائی گئی تھیں۔ براہ کرم ایپ اپ ڈیٹ کریں۔
error-storage = فون اسے محفوظ نہیں کر سکا۔ ہو سکتا ہے فون کی جگہ بھر گئی ہو۔ کچھ بھی ضائع نہیں ہوا۔
error-locked = آپ کی یادداشتیں لاک ہیں۔ آگے بڑھنے کے لیے انہیں دوبارہ کھولیں۔
error-invalid = اس فارم میں ابھی کوئی چیز ٹھیک نہیں ہے۔ براہ کرم اسے چیک کریں۔
error-screen = اس اسکرین پر کچھ غلط ہو گیا۔ آپ کی یادداشتیں محفوظ ہیں۔ واپس جائیں اور دوبارہ کوشش کریں۔
error-back = واپس جائیں

## Sharing with a support worker
nav-sharing = شیئر کرنا
more-sharing = اپنی چنی ہوئی چیزیں اپنے سپورٹ ورکر کے ساتھ شیئر کریں
sharing-title = اپنے ورکر کے ساتھ شیئر کرنا
sharing-intro = آپ کسی سپورٹ ورکر کو اپنی ڈائری کا کچھ حصہ دیکھنے دے سکتی ہیں۔ جب تک آپ خود نہ چنیں، کچھ بھی شیئر نہیں ہوتا۔ آپ کسی بھی وقت روک سکتی ہیں۔
sharing-honest = آپ کا ورکر صرف وہی دیکھتا ہے جس پر آپ یہاں نشان لگاتی ہیں۔ جو کچھ وہ پہلے دیکھ چکا ہے، وہ اسے یاد رکھ سکتا ہے یا لکھ سکتا ہے۔ کسی بھی پیشہ ور شخص کی طرح، اگر کسی بچے کو خطرہ ہو سکتا ہو تو اسے معلومات آگے بتانی پڑ سکتی ہیں۔
sharing-none = آپ کسی کے ساتھ کچھ شیئر نہیں کر رہیں۔
sharing-code = آپ کے ورکر کا دیا ہوا کوڈ
sharing-accept = کنیکٹ کریں
sharing-number = سیفٹی نمبر
sharing-number-how = چیک کریں کہ آپ کے ورکر کی اسکرین پر بھی یہی نمبر ہے۔ یہ آمنے سامنے مل کر کریں۔
sharing-number-match = نمبر ایک جیسے ہیں
sharing-number-wait = جب تک آپ نمبر چیک نہ کر لیں، کچھ بھی شیئر نہیں ہوتا۔
sharing-what = آپ کا ورکر کیا دیکھتا ہے
sharing-conditions = میرے لائسنس، آرڈر یا ضمانت کے قواعد
sharing-due-date = میری ڈیو ڈیٹ
sharing-home = میرا منظور شدہ پتہ
sharing-kinds = اس قسم کی اپائنٹمنٹس:
sharing-sync = ابھی شیئر کریں
sharing-synced = ہو گیا۔ بھیجے گئے: { $sent }، ملے: { $received }۔
sharing-proposals = آپ کے ورکر کی تجویز کردہ اپائنٹمنٹس
sharing-proposal-clash = یہ ان سے ٹکرائے گی:
sharing-proposal-accept = اسے میری ڈائری میں شامل کریں
sharing-proposal-decline = نہیں، شکریہ
sharing-stop = شیئر کرنا بند کریں
sharing-stop-understood = میں سمجھتی ہوں کہ میرا ورکر جو کچھ پہلے دیکھ چکا ہے، وہ اس کے پاس رہتا ہے
sharing-stopped = آپ نے شیئر کرنا بند کر دیا ہے۔
sharing-client = آپ کی کلائنٹ
sharing-client-flags = آپ کی کلائنٹ جو شیئر کرتی ہے، اس میں چیک کرنے والی چیزیں
sharing-client-none = آپ کی کلائنٹ جو شیئر کرتی ہے، اس میں چیک کرنے کو کچھ نہیں ہے۔
sharing-client-ended = آپ کی کلائنٹ نے شیئر کرنا بند کر دیا ہے۔ اس کی معلومات ہٹا دی گئی ہیں۔
sharing-shared = شیئر کی گئی
error-network = ایپ شیئر کرنے والی سروس تک نہیں پہنچ سکی۔ اپنا انٹرنیٹ کنکشن چیک کریں اور دوبارہ کوشش کریں۔ کچھ بھی ضائع نہیں ہوا۔
error-code-invalid = یہ کوڈ صحیح نہیں ہے۔ اپنے ورکر کے ساتھ اسے چیک کریں، یا نیا کوڈ مانگیں۔
error-code-expired = یہ کوڈ بہت پرانا ہو گیا ہے۔ اپنے ورکر سے نیا کوڈ مانگیں۔
error-code-used = یہ کوڈ پہلے ہی استعمال ہو چکا ہے۔ اپنے ورکر سے نیا کوڈ مانگیں۔
error-not-confirmed = پہلے اپنے ورکر کے ساتھ سیفٹی نمبر چیک کریں۔
sharing-worker-title = سپورٹ ورکرز کے لیے
sharing-worker-how = اگر آپ سپورٹ ورکر ہیں تو یہاں دعوت نامہ بنائیں اور اس کا کوڈ اس خاتون کو دکھائیں جس کی آپ مدد کرتے ہیں۔
sharing-worker-relay = آپ کی تنظیم کی شیئرنگ سروس کا پتہ
sharing-worker-invite = دعوت نامہ بنائیں
sharing-worker-code = انہیں یہ کوڈ دکھائیں یا پڑھ کر سنائیں۔ یہ ایک بار، 24 گھنٹے کے لیے کام کرتا ہے۔
