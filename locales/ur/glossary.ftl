## Glossary (ur, Urdu, translated from en-GB): terms interpreters and women meet, with plain definitions.
## Each term has: the word as it appears in running text, .forms (the word forms to highlight
## in guide text, the term itself first) and .definition (one or two short, plain sentences).
## Every fact comes from shared/domain/facts.md. Never promise confidentiality.


## Licences

term-licence = لائسنس (licence)
    .forms = لائسنس (licence), لائسنس, licence
    .definition = وہ قواعد جن پر جیل سے نکلنے کے بعد، آپ کی سزا ختم ہونے تک، آپ کو لازمی عمل کرنا ہے۔ انہیں توڑنے کا مطلب واپس جیل جانا ہو سکتا ہے۔

term-standard-conditions = بنیادی شرائط (standard conditions)
    .forms = بنیادی شرائط (standard conditions), بنیادی شرائط, بنیادی شرط, standard conditions
    .definition = وہ بنیادی قواعد جو ہر لائسنس میں ہوتے ہیں۔ مثال کے طور پر، اپنے پروبیشن آفیسر سے رابطے میں رہیں، اور اس پتے پر رہیں جس پر وہ راضی ہوئے۔

term-additional-conditions = اضافی شرائط (additional conditions)
    .forms = اضافی شرائط (additional conditions), اضافی شرائط, اضافی شرط, additional conditions
    .definition = لائسنس میں شامل کیے گئے اضافی قواعد۔ یہ بتا سکتے ہیں کہ آپ کہاں رہیں، کس سے رابطہ نہ کریں، کرفیو، یا وہ جگہیں جہاں جانا منع ہے۔

term-licence-variation = لائسنس میں تبدیلی (licence variation)
    .forms = لائسنس میں تبدیلی (licence variation), لائسنس میں تبدیلی, licence variation
    .definition = آپ کے لائسنس کے قواعد میں تبدیلی۔ اپنے پروبیشن آفیسر سے پوچھیں، وہ اس کی درخواست دے سکتے ہیں، لیکن تبدیلی پکی نہیں ہوتی۔

term-probation-officer = پروبیشن آفیسر (probation officer)
    .forms = پروبیشن آفیسر (probation officer), پروبیشن آفیسر, پروبیشن آفیسرز, پروبیشن پریکٹیشنر, probation officer, probation practitioner, responsible officer, supervising officer
    .definition = پروبیشن (نگرانی کی سروس) کا وہ شخص جو چیک کرتا ہے کہ آپ اپنے قواعد پر عمل کریں۔ انہیں آپ کا پروبیشن پریکٹیشنر (probation practitioner) بھی کہا جا سکتا ہے۔

term-supervision-appointment = پروبیشن اپائنٹمنٹ (supervision appointment)
    .forms = پروبیشن اپائنٹمنٹ (supervision appointment), پروبیشن اپائنٹمنٹ, پروبیشن اپائنٹمنٹس, نگرانی کی اپائنٹمنٹ, supervision appointment
    .definition = پروبیشن کے ساتھ ایک میٹنگ جس میں آپ کو لازمی جانا ہے۔ اگر آپ نہ جا سکیں تو جلدی اپنے پروبیشن آفیسر کو بتائیں اور وجہ بتائیں۔

term-approved-premises = منظور شدہ رہائش گاہ (Approved Premises)
    .forms = منظور شدہ رہائش گاہ (Approved Premises), منظور شدہ رہائش گاہ, Approved Premises, AP
    .definition = ایک جگہ جہاں کچھ لوگوں کو جیل کے بعد، اپنے لائسنس کے قاعدے کے طور پر، لازمی رہنا ہوتا ہے۔ بچے وہاں نہیں رہ سکتے۔

term-home-detention-curfew = ہوم ڈیٹینشن کرفیو (Home Detention Curfew)
    .forms = ہوم ڈیٹینشن کرفیو (Home Detention Curfew), ہوم ڈیٹینشن کرفیو, Home Detention Curfew, HDC
    .definition = ٹیگ کے ساتھ، 180 دن تک پہلے جیل سے نکلنا۔ آپ کو دن میں کم از کم 9 گھنٹے گھر پر رہنا لازمی ہے۔


## Community orders and suspended sentences

term-community-order = کمیونٹی آرڈر (community order)
    .forms = کمیونٹی آرڈر (community order), کمیونٹی آرڈر, community order
    .definition = ایک سزا جو آپ جیل کے بجائے کمیونٹی میں رہ کر پوری کرتی ہیں۔ عدالت اس میں قواعد شامل کرتی ہے جنہیں عدالتی شرائط کہتے ہیں، اور یہ 3 سال تک چل سکتا ہے۔

term-suspended-sentence-order = معطل سزا (suspended sentence order)
    .forms = معطل سزا (suspended sentence order), معطل سزا, معطل سزا کا آرڈر, suspended sentence, suspended sentence order, SSO
    .definition = جیل کی ایسی سزا جو آپ فوراً نہیں کاٹتیں۔ اگر آپ اس کے قواعد توڑیں یا دوبارہ جرم کریں تو عدالت آپ کو جیل بھیج سکتی ہے۔

term-requirement = عدالتی شرط (requirement)
    .forms = عدالتی شرط (requirement), عدالتی شرط, عدالتی شرائط, requirement, requirements
    .definition = ایک قاعدہ جو عدالت کمیونٹی آرڈر یا معطل سزا میں شامل کرتی ہے، جیسے بلا معاوضہ کام یا کرفیو۔

term-unpaid-work = بلا معاوضہ کام (unpaid work)
    .forms = بلا معاوضہ کام (unpaid work), بلا معاوضہ کام, unpaid work
    .definition = کمیونٹی میں بغیر تنخواہ کے کام، 40 سے 300 گھنٹے تک۔ عدالت کو لازمی طور پر ان لوگوں کا خیال رکھنا ہے جن کا سہارا آپ ہیں، جیسے آپ کے بچے۔

term-rehabilitation-activity-requirement = بحالی کی سرگرمیوں کی شرط (rehabilitation activity requirement)
    .forms = بحالی کی سرگرمیوں کی شرط (rehabilitation activity requirement), بحالی کی سرگرمیوں کی شرط, rehabilitation activity requirement, RAR
    .definition = اپائنٹمنٹس اور سرگرمیاں جو پروبیشن آپ کے لیے طے کرتی ہے۔ عدالت طے کرتی ہے کہ زیادہ سے زیادہ کتنے دن استعمال ہو سکتے ہیں۔

term-curfew-requirement = کرفیو کی شرط (curfew requirement)
    .forms = کرفیو کی شرط (curfew requirement), کرفیو کی شرط, کرفیو, curfew requirement, curfew
    .definition = ایک قاعدہ کہ آپ کو مقررہ اوقات میں گھر پر رہنا لازمی ہے۔ کمیونٹی آرڈر پر یہ دن میں 2 سے 20 گھنٹے ہوتا ہے۔


## Bail

term-bail = ضمانت (bail)
    .forms = ضمانت (bail), ضمانت, bail
    .definition = جب تک آپ کا کیس چل رہا ہے، جیل سے باہر رہنا۔ ہو سکتا ہے آپ کو کچھ قواعد ماننے پڑیں، جنہیں ضمانت کی شرائط کہتے ہیں۔

term-bail-conditions = ضمانت کی شرائط (bail conditions)
    .forms = ضمانت کی شرائط (bail conditions), ضمانت کی شرائط, ضمانت کی شرط, bail conditions
    .definition = وہ قواعد جن پر ضمانت کے دوران آپ کو لازمی عمل کرنا ہے۔ کچھ مثالیں: کسی پتے پر رہنا، کرفیو، یا پولیس اسٹیشن میں حاضری دینا۔

term-surety = ضامن (surety)
    .forms = ضامن (surety), ضامن, surety
    .definition = وہ شخص جو عدالت سے پیسوں کا وعدہ کرتا ہے، تاکہ یقینی بنے کہ آپ عدالت واپس آئیں گی۔ اگر آپ نہ آئیں تو وہ یہ پیسے کھو سکتا ہے۔

term-police-bail = پولیس کی ضمانت (police bail)
    .forms = پولیس کی ضمانت (police bail), پولیس کی ضمانت, police bail
    .definition = پولیس کی دی ہوئی ضمانت، آپ پر باقاعدہ الزام لگنے سے پہلے یا بعد میں۔ کسٹڈی آفیسر اسے طے کرتا ہے اور بدل سکتا ہے۔

term-court-bail = عدالت کی ضمانت (court bail)
    .forms = عدالت کی ضمانت (court bail), عدالت کی ضمانت, court bail
    .definition = عدالت کی دی ہوئی ضمانت۔ اسے بدلوانے کے لیے آپ عدالت سے کہتی ہیں، عام طور پر اپنے سولیسیٹر کے ذریعے۔


## Tags

term-electronic-monitoring = الیکٹرانک نگرانی (electronic monitoring)
    .forms = الیکٹرانک نگرانی (electronic monitoring), الیکٹرانک نگرانی, ٹیگ, ٹیگز, electronic monitoring, tag, EM
    .definition = ایک ٹیگ، جو آپ پہنتی ہیں، اس سے یہ چیک کرنا کہ آپ اپنے قواعد پر عمل کریں، جیسے کرفیو یا وہ جگہیں جہاں جانا منع ہے۔

term-curfew-tag = کرفیو ٹیگ (curfew tag)
    .forms = کرفیو ٹیگ (curfew tag), کرفیو ٹیگ, کرفیو والا ٹیگ, curfew tag
    .definition = ایک ٹیگ جو آپ کے گھر میں رکھے ایک باکس کے ساتھ کام کرتا ہے۔ اگر آپ کرفیو کے دوران باہر ہوں تو یہ مانیٹرنگ سینٹر کو بتا دیتا ہے۔

term-gps-tag = GPS ٹیگ (GPS tag)
    .forms = GPS ٹیگ (GPS tag), GPS ٹیگ, GPS tag
    .definition = ایک ٹیگ جو ہر وقت ریکارڈ کرتا ہے کہ آپ کہاں ہیں۔ آپ کو اسے ہر روز کم از کم 1 گھنٹہ چارج کرنا لازمی ہے۔

term-monitoring-centre = مانیٹرنگ سینٹر (monitoring centre)
    .forms = مانیٹرنگ سینٹر (monitoring centre), مانیٹرنگ سینٹر, ٹیگ کے مانیٹرنگ سینٹر, ٹیگ کا مانیٹرنگ سینٹر, monitoring centre
    .definition = وہ ٹیم جو ٹیگز پر نظر رکھتی ہے، اور دن رات کھلی رہتی ہے۔ اگر آپ کو کرفیو کے دوران لازمی باہر جانا پڑے تو جیسے ہی محفوظ ہو، انہیں فون کریں۔


## Breach and recall

term-breach = خلاف ورزی (breach)
    .forms = خلاف ورزی (breach), خلاف ورزی, breach
    .definition = اپنے لائسنس، آرڈر یا ضمانت کا کوئی قاعدہ توڑنا۔ آرڈر پر یہ تب ہی خلاف ورزی مانی جاتی ہے جب آپ کے پاس کوئی معقول وجہ نہ ہو۔

term-recall = ریکال (recall)
    .forms = ریکال (recall), ریکال, فکسڈ ٹرم ریکال, اسٹینڈرڈ ریکال, recall
    .definition = لائسنس کے دوران آپ کو واپس جیل بھیجا جانا، مثلاً قواعد توڑنے پر۔ اس سے پہلے عدالت میں کوئی سماعت نہیں ہوتی۔

term-reasonable-excuse = معقول وجہ (reasonable excuse)
    .forms = معقول وجہ (reasonable excuse), معقول وجہ, reasonable excuse
    .definition = کسی قاعدے پر عمل نہ کرنے کی اچھی وجہ۔ پہلے آپ کے پروبیشن آفیسر یہ فیصلہ کرتے ہیں، پھر عدالت، اگر آپ کا کیس وہاں جائے۔

term-warning = وارننگ (warning)
    .forms = وارننگ (warning), وارننگ, تحریری وارننگ, warning
    .definition = کسی آرڈر کا قاعدہ توڑنے کے بعد پروبیشن کی طرف سے تحریری وارننگ۔ اس کے بعد 12 مہینے کے اندر دوسری خلاف ورزی لازمی طور پر عدالت جائے گی۔


## Children's social care

term-childrens-social-care = بچوں کی سوشل کیئر (children's social care)
    .forms = بچوں کی سوشل کیئر (children's social care), بچوں کی سوشل کیئر, سوشل کیئر, سوشل سروسز, children's social care, social services
    .definition = کونسل کی وہ ٹیم جو بچوں اور خاندانوں کی مدد کرتی ہے۔ جب کسی بچے کو نقصان کا خطرہ ہو سکتا ہو تو یہ کارروائی بھی کرتی ہے۔

term-social-worker = سوشل ورکر (social worker)
    .forms = سوشل ورکر (social worker), سوشل ورکر, سوشل ورکرز, social worker
    .definition = بچوں کی سوشل کیئر کا ایک شخص جو آپ کے خاندان کے ساتھ کام کرتا ہے۔ اگر کسی بچے کو خطرہ ہو سکتا ہو تو وہ معلومات آگے دے سکتے ہیں۔

term-early-help = ابتدائی مدد (early help)
    .forms = ابتدائی مدد (early help), ابتدائی مدد, early help
    .definition = آپ کے خاندان کے لیے کونسل یا دوسری سروسز کی طرف سے اضافی مدد۔ یہ لینا یا نہ لینا آپ کی مرضی ہے۔

term-child-in-need = ضرورت مند بچہ (child in need)
    .forms = ضرورت مند بچہ (child in need), ضرورت مند بچہ, ضرورت مند بچے, child in need
    .definition = ایسا بچہ جسے صحت مند رہنے اور ٹھیک سے بڑھنے کے لیے اضافی سروسز چاہئیں۔ ویلز میں اس مدد کو care and support (دیکھ بھال اور مدد) کہتے ہیں۔

term-child-protection-plan = بچے کے تحفظ کا پلان (child protection plan)
    .forms = بچے کے تحفظ کا پلان (child protection plan), بچے کے تحفظ کا پلان, child protection plan
    .definition = بچے کو محفوظ رکھنے کا پلان، جو بچے کے تحفظ کی کانفرنس کے بعد بنتا ہے۔ ویلز میں بچے کا نام بچوں کے تحفظ کے رجسٹر میں لکھا جاتا ہے۔

term-pre-birth-assessment = پیدائش سے پہلے کا جائزہ (pre-birth assessment)
    .forms = پیدائش سے پہلے کا جائزہ (pre-birth assessment), پیدائش سے پہلے کا جائزہ, پیدائش سے پہلے کے جائزے, pre-birth assessment
    .definition = جب بچوں کی سوشل کیئر، آپ کے بچے کی پیدائش سے پہلے، یہ دیکھتی ہے کہ کیا آپ کے بچے کو مدد یا تحفظ کی ضرورت ہوگی۔

term-child-protection-conference = بچے کے تحفظ کی کانفرنس (child protection conference)
    .forms = بچے کے تحفظ کی کانفرنس (child protection conference), بچے کے تحفظ کی کانفرنس, بچے کے تحفظ کی میٹنگ, بچے کے تحفظ کی میٹنگز, جائزہ کانفرنس, child protection conference, review conference, ICPC
    .definition = پیشہ ور لوگوں اور والدین کی میٹنگ، جب کسی بچے کو سنگین نقصان کا خطرہ ہو سکتا ہو۔ آپ کو بلایا جاتا ہے، اور آپ ساتھ دینے کے لیے کسی کو لا سکتی ہیں۔

term-core-group = کور گروپ (core group)
    .forms = کور گروپ (core group), کور گروپ, core group
    .definition = والدین اور پیشہ ور لوگ جو بچے کے تحفظ کی کانفرنس کے بعد باقاعدگی سے ملتے ہیں۔ پہلی میٹنگ 10 کام کے دنوں کے اندر ہوتی ہے۔

term-section-20 = سیکشن 20 (section 20)
    .forms = سیکشن 20 (section 20), سیکشن 20, رضامندی سے رہائش, section 20, s20, voluntary accommodation
    .definition = کونسل آپ کی رضامندی سے آپ کے بچے کی دیکھ بھال کرتی ہے، اور آپ کسی بھی وقت اپنے بچے کو واپس لے سکتی ہیں۔ دستخط کرنے سے پہلے قانونی مشورہ لیں۔

term-section-76 = سیکشن 76 (section 76)
    .forms = سیکشن 76 (section 76), سیکشن 76, section 76, s76
    .definition = ویلز میں یہ وہ قانون ہے جب کونسل آپ کی رضامندی سے آپ کے بچے کی دیکھ بھال کرتی ہے، سیکشن 20 کی طرح۔ پہلے قانونی مشورہ لیں۔

term-letter-before-proceedings = مقدمے سے پہلے کا خط (letter before proceedings)
    .forms = مقدمے سے پہلے کا خط (letter before proceedings), مقدمے سے پہلے کا خط, مقدمے سے پہلے کے خط, letter before proceedings
    .definition = ایک خط جو کہتا ہے کہ کونسل آپ کے بچے کے بارے میں عدالت جا سکتی ہے۔ آپ کو مفت قانونی مشورہ مل سکتا ہے، اس لیے ابھی کسی سولیسیٹر سے ملیں۔

term-pre-proceedings-meeting = مقدمے سے پہلے کی میٹنگ (pre-proceedings meeting)
    .forms = مقدمے سے پہلے کی میٹنگ (pre-proceedings meeting), مقدمے سے پہلے کی میٹنگ, pre-proceedings meeting, PLO meeting
    .definition = مقدمے سے پہلے کا خط ملنے کے بعد کونسل کے ساتھ ایک میٹنگ۔ سولیسیٹر آپ کے ساتھ آ سکتے ہیں۔

term-care-proceedings = کیئر کا مقدمہ (care proceedings)
    .forms = کیئر کا مقدمہ (care proceedings), کیئر کا مقدمہ, کیئر کے مقدمے, care proceedings
    .definition = آپ کے بچے کے بارے میں عدالت کا کیس، جو کونسل شروع کرتی ہے۔ اسے 26 ہفتے کے اندر ختم ہونا چاہیے، اور والدین کے لیے قانونی امداد مفت ہے۔

term-care-order = کیئر آرڈر (care order)
    .forms = کیئر آرڈر (care order), کیئر آرڈر, care order
    .definition = عدالت کا آرڈر جو کونسل کو کسی بچے کے لیے والدین کی ذمہ داری دیتا ہے۔ آپ کی ذمہ داری آپ کے پاس رہتی ہے، لیکن کونسل حد لگا سکتی ہے کہ آپ اسے کیسے استعمال کریں۔

term-parental-responsibility = والدین کی ذمہ داری (parental responsibility)
    .forms = والدین کی ذمہ داری (parental responsibility), والدین کی ذمہ داری, parental responsibility, PR
    .definition = وہ حقوق اور فرائض جو قانون کے مطابق ماں یا باپ کے ہوتے ہیں، جیسے اسکول چننا۔ جیل میں بھی یہ آپ کے پاس رہتی ہے، جب تک عدالت اسے ختم نہ کرے۔

term-kinship-care = رشتہ داروں کی دیکھ بھال (kinship care)
    .forms = رشتہ داروں کی دیکھ بھال (kinship care), رشتہ داروں کی دیکھ بھال, kinship care, kinship carer, kinship carers
    .definition = جب کوئی رشتہ دار یا خاندان کا دوست ایسے بچے کی دیکھ بھال کرتا ہے جو اپنے والدین کے ساتھ نہیں رہ سکتا۔ کونسلوں کو لازمی بتانا ہے کہ ایسے لوگوں کو کیا مدد مل سکتی ہے۔


## Family court

term-family-court = فیملی کورٹ (family court)
    .forms = فیملی کورٹ (family court), فیملی کورٹ, خاندانی عدالت, family court
    .definition = وہ عدالت جو بچوں کے بارے میں کیسوں کا فیصلہ کرتی ہے، جیسے کیئر کا مقدمہ۔ عدالت سماعتوں کے لیے آپ کو ترجمان دیتی ہے۔

term-solicitor = سولیسیٹر (solicitor)
    .forms = سولیسیٹر (solicitor), سولیسیٹر, سولیسیٹرز, وکیل, solicitor, lawyer
    .definition = ایک وکیل جو آپ کو قانونی مشورہ دیتا ہے اور آپ کی طرف سے بات کر سکتا ہے۔ اس کے پیسے قانونی امداد سے دیے جا سکتے ہیں۔

term-legal-aid = قانونی امداد (legal aid)
    .forms = قانونی امداد (legal aid), قانونی امداد, legal aid, Legal Help, Family Help (Lower)
    .definition = حکومت کے پیسے جن سے قانونی مشورے اور وکیل کا خرچ دیا جاتا ہے۔ کیئر کے مقدمے میں والدین کو یہ ملتی ہے، ان کی آمدنی جو بھی ہو۔

term-childrens-guardian = بچے کا گارڈین (children's guardian)
    .forms = بچے کا گارڈین (children's guardian), بچے کا گارڈین, گارڈین, children's guardian, guardian
    .definition = وہ شخص جسے فیملی کورٹ کیئر کے مقدمے میں چنتی ہے، تاکہ وہ بتائے کہ آپ کے بچے کے لیے سب سے اچھا کیا ہے۔ وہ بچے کے لیے کام کرتے ہیں، کونسل کے لیے نہیں۔


## Mother and Baby Units

term-mother-and-baby-unit = ماں اور بچے کا یونٹ (Mother and Baby Unit)
    .forms = ماں اور بچے کا یونٹ (Mother and Baby Unit), ماں اور بچے کا یونٹ, ماں اور بچے کے یونٹ, Mother and Baby Unit, Mother and Baby Units, MBU
    .definition = خواتین کی جیل میں ایک یونٹ جہاں آپ اپنے بچے کو اپنے ساتھ رکھ سکتی ہیں، عام طور پر بچے کے 18 مہینے کا ہونے تک۔

term-admissions-board = داخلہ بورڈ (admissions board)
    .forms = داخلہ بورڈ (admissions board), داخلہ بورڈ, admissions board
    .definition = وہ گروپ جو فیصلہ کرتا ہے کہ آپ کو ماں اور بچے کے یونٹ میں جگہ ملے گی یا نہیں۔ اگر وہ انکار کریں تو آپ اپیل کر سکتی ہیں۔


## Pregnancy, birth and your baby's health

term-midwife = مڈوائف (midwife)
    .forms = مڈوائف (midwife), مڈوائف, مڈوائفز, دائی, midwife
    .definition = صحت کی کارکن جو حمل میں، پیدائش کے وقت، اور اس کے بعد پہلے ہفتوں میں آپ کی اور آپ کے بچے کی دیکھ بھال کرتی ہیں۔

term-antenatal-appointment = حمل کا چیک اپ (antenatal appointment)
    .forms = حمل کا چیک اپ (antenatal appointment), حمل کا چیک اپ, حمل کے چیک اپ, حمل کی دیکھ بھال, antenatal appointment, antenatal care
    .definition = حمل کے دوران چیک اپ۔ پہلے حمل میں عام طور پر 10 چیک اپ ہوتے ہیں، اور بعد کے حمل میں 7۔

term-booking-appointment = بکنگ اپائنٹمنٹ (booking appointment)
    .forms = بکنگ اپائنٹمنٹ (booking appointment), بکنگ اپائنٹمنٹ, بکنگ, booking appointment
    .definition = مڈوائف کے ساتھ حمل کا آپ کا پہلا پورا وزٹ۔ یہ حمل کے 10 ہفتے پورے ہونے تک ہو جانا چاہیے۔

term-maternity-triage = میٹرنٹی ٹرائیج (maternity triage)
    .forms = میٹرنٹی ٹرائیج (maternity triage), میٹرنٹی ٹرائیج, ٹرائیج, maternity triage, triage
    .definition = ہسپتال کی فوری حمل سروس، جو دن رات کھلی رہتی ہے۔ خون آنے، درد، یا بچے کی حرکت کم ہونے پر اسے فون کریں۔

term-health-visitor = ہیلتھ وزٹر (health visitor)
    .forms = ہیلتھ وزٹر (health visitor), ہیلتھ وزٹر, health visitor
    .definition = صحت کے کارکن جو حمل کے آخری حصے سے لے کر آپ کے بچے کے تقریباً ڈھائی سال کا ہونے تک آپ کو اور آپ کے بچے کو دیکھتے ہیں۔

term-new-birth-visit = پیدائش کے بعد کا پہلا وزٹ (new birth visit)
    .forms = پیدائش کے بعد کا پہلا وزٹ (new birth visit), پیدائش کے بعد کا پہلا وزٹ, ہیلتھ وزٹر کا پہلا وزٹ, new birth visit
    .definition = پیدائش کے بعد ہیلتھ وزٹر کا پہلا وزٹ، جب آپ کا بچہ 10 سے 14 دن کا ہوتا ہے۔

term-6-8-week-check = 6 سے 8 ہفتے کا چیک اپ (6–8 week check)
    .forms = 6 سے 8 ہفتے کا چیک اپ (6–8 week check), 6 سے 8 ہفتے کا چیک اپ, 6 سے 8 ہفتے پر چیک اپ, 6–8 week check, 6-8 week check
    .definition = جب آپ کا بچہ 6 سے 8 ہفتے کا ہو تو چیک اپ۔ آپ کے GP آپ کا اور آپ کے بچے کا چیک اپ کرتے ہیں، اور ہیلتھ وزٹر بھی آپ سے ملتے ہیں۔

term-immunisations = حفاظتی ٹیکے (immunisations)
    .forms = حفاظتی ٹیکے (immunisations), حفاظتی ٹیکے, حفاظتی ٹیکوں, ویکسین, ٹیکے, immunisations, vaccines
    .definition = ویکسین جو سنگین بیماریوں سے بچاتی ہیں۔ کچھ کی پیشکش حمل میں کی جاتی ہے، اور آپ کے بچے کے پہلے ٹیکے 8 ہفتے کی عمر میں شروع ہوتے ہیں۔

term-interpreter = ترجمان (interpreter)
    .forms = ترجمان (interpreter), ترجمان, ترجمانوں, ترجمانی, interpreter
    .definition = ایک تربیت یافتہ شخص جو کہی گئی باتیں آپ کی زبان میں بتاتا ہے۔ NHS میں ترجمانی مفت ہے، اور گھر والوں، دوستوں یا بچوں کو ترجمانی نہیں کرنی چاہیے۔
