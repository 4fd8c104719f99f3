## Glossary (ar, Arabic translation of en-GB): terms interpreters and women meet, with plain definitions.
## Each term has: the word as it appears in running text, .forms (the word forms to highlight
## in guide text, the term itself first) and .definition (one or two short, plain sentences).
## Every fact comes from shared/domain/facts.md. Never promise confidentiality.


## Licences

term-licence = الإفراج المشروط (licence)
    .forms = الإفراج المشروط (licence), الإفراج المشروط, إفراج مشروط, إفراجكِ المشروط
    .definition = القواعد التي يجب أن تتبعيها بعد خروجكِ من السجن، حتى نهاية حكمكِ. مخالفتها قد تعني الرجوع إلى السجن.

term-standard-conditions = الشروط الأساسية (standard conditions)
    .forms = الشروط الأساسية (standard conditions), الشروط الأساسية, القواعد الأساسية
    .definition = القواعد الأساسية الموجودة في كل إفراج مشروط. مثلًا، البقاء على تواصل مع مسؤول المراقبة والسكن في العنوان الذي وافق عليه.

term-additional-conditions = الشروط الإضافية (additional conditions)
    .forms = الشروط الإضافية (additional conditions), الشروط الإضافية, قواعد إضافية
    .definition = قواعد زائدة تُضاف إلى الإفراج المشروط. يمكن أن تحدد أين تسكنين، ومن يجب ألا تتواصلي معه، وحظر التجول، أو أماكن يجب ألا تذهبي إليها.

term-licence-variation = تغيير الإفراج المشروط (licence variation)
    .forms = تغيير الإفراج المشروط (licence variation), تغيير إفراجكِ المشروط
    .definition = تغيير في قواعد الإفراج المشروط. اسألي مسؤول المراقبة، فهو يستطيع أن يقدّم طلبًا لذلك، لكن التغيير ليس مضمونًا.

term-probation-officer = مسؤول المراقبة (probation officer)
    .forms = مسؤول المراقبة (probation officer), مسؤول المراقبة, probation practitioner
    .definition = الشخص من خدمة المراقبة الذي يتأكد أنكِ تتبعين قواعدكِ. قد يُسمّى أيضًا بالإنجليزية probation practitioner.

term-supervision-appointment = موعد المراقبة (supervision appointment)
    .forms = موعد المراقبة (supervision appointment), موعد المراقبة
    .definition = اجتماع مع خدمة المراقبة يجب أن تذهبي إليه. إذا لم تستطيعي الذهاب، أخبري مسؤول المراقبة مبكرًا وقولي السبب.

term-approved-premises = السكن المعتمد (Approved Premises)
    .forms = السكن المعتمد (Approved Premises)
    .definition = مكان يجب أن يسكن فيه بعض الناس بعد السجن، كقاعدة من قواعد الإفراج المشروط. لا يستطيع الأطفال أن يعيشوا هناك.

term-home-detention-curfew = حظر التجول المنزلي (Home Detention Curfew)
    .forms = حظر التجول المنزلي (Home Detention Curfew), حظر التجول المنزلي
    .definition = الخروج من السجن مبكرًا حتى 180 يومًا، مع سوار إلكتروني. يجب أن تكوني في البيت 9 ساعات في اليوم على الأقل.


## Community orders and suspended sentences

term-community-order = الأمر المجتمعي (community order)
    .forms = الأمر المجتمعي (community order), الأمر المجتمعي, الأوامر المجتمعية
    .definition = عقوبة تقضينها في المجتمع، لا في السجن. تضيف المحكمة قواعد اسمها المتطلبات، ويمكن أن يستمر حتى 3 سنوات.

term-suspended-sentence-order = الحكم مع وقف التنفيذ (suspended sentence order)
    .forms = الحكم مع وقف التنفيذ (suspended sentence order), الحكم مع وقف التنفيذ, الأحكام مع وقف التنفيذ
    .definition = حكم بالسجن لا تقضينه فورًا. إذا خالفتِ قواعده أو ارتكبتِ جريمة مرة أخرى، تستطيع المحكمة أن ترسلكِ إلى السجن.

term-requirement = المتطلبات (requirements)
    .forms = المتطلبات (requirements), المتطلبات, متطلبات, أحد المتطلبات, متطلبًا
    .definition = قاعدة تضيفها المحكمة إلى الأمر المجتمعي أو الحكم مع وقف التنفيذ، مثل العمل بدون أجر أو حظر التجول.

term-unpaid-work = العمل بدون أجر (unpaid work)
    .forms = العمل بدون أجر (unpaid work), العمل بدون أجر, عمل بدون أجر
    .definition = عمل في المجتمع بدون مقابل، من 40 إلى 300 ساعة. يجب أن تفكر المحكمة في الأشخاص الذين يعتمدون عليكِ، مثل أطفالكِ.

term-rehabilitation-activity-requirement = أنشطة إعادة التأهيل (rehabilitation activity requirement)
    .forms = أنشطة إعادة التأهيل (rehabilitation activity requirement), مواعيد وأنشطة تحددها لكِ خدمة المراقبة
    .definition = مواعيد وأنشطة تحددها لكِ خدمة المراقبة. تحدد المحكمة أكبر عدد من الأيام يمكن استخدامه.

term-curfew-requirement = حظر التجول (curfew)
    .forms = حظر التجول (curfew), حظر التجول, حظر تجول
    .definition = قاعدة تقول إنه يجب أن تكوني في البيت في أوقات محددة. في الأمر المجتمعي، يكون من 2 إلى 20 ساعة في اليوم.


## Bail

term-bail = الإفراج بكفالة (bail)
    .forms = الإفراج بكفالة (bail), الإفراج بكفالة, الكفالة
    .definition = البقاء خارج السجن بينما تستمر قضيتكِ. قد يكون عليكِ أن تتبعي قواعد اسمها شروط الكفالة.

term-bail-conditions = شروط الكفالة (bail conditions)
    .forms = شروط الكفالة (bail conditions), شروط الكفالة, شرطًا من شروط الكفالة
    .definition = قواعد يجب أن تتبعيها وأنتِ في فترة الكفالة. من الأمثلة: السكن في عنوان محدد، أو حظر التجول، أو الحضور إلى مركز للشرطة.

term-surety = الضامن (surety)
    .forms = الضامن (surety)
    .definition = شخص يتعهد للمحكمة بمبلغ من المال ليساعد على التأكد أنكِ سترجعين إلى المحكمة. قد يخسر المال إذا لم ترجعي.

term-police-bail = كفالة الشرطة (police bail)
    .forms = كفالة الشرطة (police bail), كفالة الشرطة
    .definition = كفالة تضعها الشرطة، قبل توجيه التهمة إليكِ أو بعده. يضعها ضابط الاحتجاز (custody officer) ويستطيع أن يغيّرها.

term-court-bail = كفالة المحكمة (court bail)
    .forms = كفالة المحكمة (court bail), كفالة المحكمة
    .definition = كفالة تضعها المحكمة. لتغييرها، تطلبين ذلك من المحكمة، عادةً عن طريق محاميكِ.


## Tags

term-electronic-monitoring = المراقبة الإلكترونية (electronic monitoring)
    .forms = المراقبة الإلكترونية (electronic monitoring), السوار الإلكتروني, سوارًا إلكترونيًا, السوار, سوار, الأساور, EM
    .definition = استخدام سوار تلبسينه للتحقق من أنكِ تتبعين قواعدكِ، مثل حظر التجول أو الأماكن التي يجب ألا تذهبي إليها.

term-curfew-tag = سوار حظر التجول (curfew tag)
    .forms = سوار حظر التجول (curfew tag), سوار حظر التجول
    .definition = سوار يعمل مع جهاز في بيتكِ. يخبر مركز مراقبة السوار إذا كنتِ خارج البيت أثناء حظر التجول.

term-gps-tag = سوار GPS (GPS tag)
    .forms = سوار GPS (GPS tag), سوار GPS
    .definition = سوار يسجل مكانكِ طوال الوقت. يجب أن تشحنيه ساعة واحدة على الأقل كل يوم.

term-monitoring-centre = مركز مراقبة السوار (monitoring centre)
    .forms = مركز مراقبة السوار (monitoring centre), مركز مراقبة السوار
    .definition = الفريق الذي يراقب الأساور، وهو مفتوح في الليل والنهار. اتصلي به بمجرد أن يكون ذلك آمنًا إذا اضطررتِ إلى الخروج أثناء حظر التجول.


## Breach and recall

term-breach = المخالفة (breach)
    .forms = المخالفة (breach), المخالفة, مخالفة, خالفتِ
    .definition = مخالفة قاعدة من قواعد الإفراج المشروط أو الأمر أو الكفالة. في الأمر المجتمعي أو الحكم مع وقف التنفيذ، لا تُحسب إلا إذا لم يكن لديكِ عذر مقبول.

term-recall = الإعادة إلى السجن (recall)
    .forms = الإعادة إلى السجن (recall), الإعادة إلى السجن, تُعادي إلى السجن, إعادتكِ إلى السجن, الإعادة لمدة محددة, الإعادة العادية
    .definition = أن تُرسَلي إلى السجن مرة أخرى وأنتِ في فترة الإفراج المشروط، مثلًا بسبب مخالفة القواعد. لا توجد جلسة في المحكمة قبل ذلك.

term-reasonable-excuse = العذر المقبول (reasonable excuse)
    .forms = العذر المقبول (reasonable excuse), العذر المقبول, عذر مقبول
    .definition = سبب وجيه لعدم اتباع قاعدة. مسؤول المراقبة يقرر هذا أولًا، ثم المحكمة إذا وصلت قضيتكِ إليها.

term-warning = الإنذار (warning)
    .forms = الإنذار (warning), الإنذار, إنذارًا مكتوبًا, إنذارًا
    .definition = إنذار مكتوب من خدمة المراقبة بعد أن تخالفي قاعدة من قواعد الأمر المجتمعي أو الحكم مع وقف التنفيذ. بعد ذلك، أي مخالفة أخرى خلال 12 شهرًا يجب أن تذهب إلى المحكمة.


## Children's social care

term-childrens-social-care = الرعاية الاجتماعية للأطفال (children's social care)
    .forms = الرعاية الاجتماعية للأطفال (children's social care), الرعاية الاجتماعية للأطفال, الرعاية الاجتماعية, الخدمات الاجتماعية
    .definition = فريق المجلس المحلي الذي يساعد الأطفال والعائلات. ويتدخل أيضًا عندما يكون طفل في خطر التعرض للأذى.

term-social-worker = الأخصائي الاجتماعي (social worker)
    .forms = الأخصائي الاجتماعي (social worker), الأخصائي الاجتماعي, أخصائي اجتماعي, أخصائيًا اجتماعيًا
    .definition = شخص من الرعاية الاجتماعية للأطفال يعمل مع عائلتكِ. يستطيع أن يشارك المعلومات إذا كان طفل قد يكون في خطر.

term-early-help = المساعدة المبكرة (early help)
    .forms = المساعدة المبكرة (early help), المساعدة المبكرة
    .definition = دعم إضافي لعائلتكِ من المجلس المحلي أو من خدمات أخرى. الاختيار لكِ إن كنتِ تريدينه.

term-child-in-need = الطفل المحتاج (child in need)
    .forms = الطفل المحتاج (child in need), الطفل المحتاج, محتاج
    .definition = طفل يحتاج إلى خدمات إضافية ليبقى بصحة جيدة وينمو جيدًا. في ويلز، هذه المساعدة اسمها الرعاية والدعم.

term-child-protection-plan = خطة حماية الطفل (child protection plan)
    .forms = خطة حماية الطفل (child protection plan)
    .definition = خطة للحفاظ على سلامة طفل، توضع بعد مؤتمر حماية الطفل. في ويلز، يُسجَّل الطفل في سجل حماية الأطفال.

term-pre-birth-assessment = تقييم ما قبل الولادة (pre-birth assessment)
    .forms = تقييم ما قبل الولادة (pre-birth assessment), تقييم ما قبل الولادة
    .definition = عندما تفحص الرعاية الاجتماعية للأطفال، قبل ولادة طفلكِ، إن كان طفلكِ سيحتاج إلى مساعدة أو حماية.

term-child-protection-conference = مؤتمر حماية الطفل (child protection conference)
    .forms = مؤتمر حماية الطفل (child protection conference), مؤتمر حماية الطفل, مؤتمرات حماية الطفل, مؤتمرًا لحماية الطفل, المؤتمر الأول, مؤتمر المراجعة, اجتماع حماية الطفل, اجتماعات حماية الطفل, اجتماعًا لحماية الطفل
    .definition = اجتماع للموظفين المختصين والوالدين عندما يكون طفل قد يتعرض لضرر خطير. أنتِ مدعوة إليه ويمكنكِ أن تُحضري شخصًا يدعمكِ.

term-core-group = المجموعة الأساسية (core group)
    .forms = المجموعة الأساسية (core group), المجموعة الأساسية, مجموعة أساسية
    .definition = الوالدان والموظفون المختصون الذين يجتمعون كثيرًا بعد مؤتمر حماية الطفل. أول اجتماع يكون خلال 10 أيام عمل.

term-section-20 = المادة 20 (section 20)
    .forms = المادة 20 (section 20), المادة 20, الإيواء الطوعي
    .definition = المجلس المحلي يعتني بطفلكِ لأنكِ موافقة، ويمكنكِ أن تسترجعي طفلكِ في أي وقت. احصلي على نصيحة قانونية قبل أن توقّعي.

term-section-76 = المادة 76 (section 76)
    .forms = المادة 76 (section 76), المادة 76
    .definition = في ويلز، هذا هو القانون عندما يعتني المجلس المحلي بطفلكِ لأنكِ موافقة، مثل المادة 20. احصلي على نصيحة قانونية أولًا.

term-letter-before-proceedings = رسالة ما قبل الإجراءات (letter before proceedings)
    .forms = رسالة ما قبل الإجراءات (letter before proceedings), رسالة ما قبل الإجراءات
    .definition = رسالة تقول إن المجلس المحلي قد يذهب إلى المحكمة بخصوص طفلكِ. يمكنكِ أن تحصلي على نصيحة قانونية مجانية، لذلك اذهبي إلى محامٍ الآن.

term-pre-proceedings-meeting = اجتماع ما قبل الإجراءات (pre-proceedings meeting)
    .forms = اجتماع ما قبل الإجراءات (pre-proceedings meeting), اجتماع ما قبل الإجراءات
    .definition = اجتماع مع المجلس المحلي بعد أن تصلكِ رسالة ما قبل الإجراءات. يستطيع محامٍ أن يأتي معكِ.

term-care-proceedings = إجراءات الرعاية (care proceedings)
    .forms = إجراءات الرعاية (care proceedings), إجراءات الرعاية
    .definition = قضية في المحكمة بخصوص طفلكِ، يبدأها المجلس المحلي. ينبغي أن تنتهي خلال 26 أسبوعًا، والمساعدة القانونية مجانية للوالدين.

term-care-order = أمر الرعاية (care order)
    .forms = أمر الرعاية (care order), أمر الرعاية, أمر رعاية, أوامر الرعاية
    .definition = أمر من المحكمة يعطي المجلس المحلي المسؤولية الوالدية عن طفل. تبقى مسؤوليتكِ لكِ، لكن المجلس يستطيع أن يحدّ من طريقة استخدامكِ لها.

term-parental-responsibility = المسؤولية الوالدية (parental responsibility)
    .forms = المسؤولية الوالدية (parental responsibility), المسؤولية الوالدية, مسؤولية والدية
    .definition = الحقوق والواجبات التي للوالدين حسب القانون، مثل اختيار المدرسة. تبقى لكِ في السجن، إلا إذا أخذتها المحكمة منكِ.

term-kinship-care = رعاية الأقارب (kinship care)
    .forms = رعاية الأقارب (kinship care), رعاية الأقارب
    .definition = عندما يعتني قريب أو صديق للعائلة بطفل لا يستطيع أن يعيش مع والديه. يجب على المجالس المحلية أن تقول ما المساعدة التي يمكن أن يحصل عليها من يعتنون بأطفال أقاربهم.


## Family court

term-family-court = محكمة الأسرة (family court)
    .forms = محكمة الأسرة (family court), محكمة الأسرة
    .definition = المحكمة التي تقرر في القضايا الخاصة بالأطفال، مثل إجراءات الرعاية. تعطيكِ المحكمة مترجمًا للجلسات.

term-solicitor = المحامي (solicitor)
    .forms = المحامي (solicitor), المحامي, محاميكِ, محاميًا, محامٍ
    .definition = محامٍ يعطيكِ نصيحة قانونية ويستطيع أن يتكلم باسمكِ. قد تدفع المساعدة القانونية أجره.

term-legal-aid = المساعدة القانونية (legal aid)
    .forms = المساعدة القانونية (legal aid), المساعدة القانونية, النصيحة القانونية, Legal Help, Family Help (Lower)
    .definition = مال من الحكومة يدفع أجر النصيحة القانونية والمحامي. الوالدان في إجراءات الرعاية يحصلان عليها، مهما كان دخلهما.

term-childrens-guardian = ممثل الطفل (children's guardian)
    .forms = ممثل الطفل (children's guardian)
    .definition = شخص تختاره محكمة الأسرة في إجراءات الرعاية ليقول ما هو الأفضل لطفلكِ. يعمل من أجل الطفل، لا من أجل المجلس المحلي.


## Mother and Baby Units

term-mother-and-baby-unit = وحدة الأم والطفل (Mother and Baby Unit)
    .forms = وحدة الأم والطفل (Mother and Baby Unit), وحدة الأم والطفل, وحدات الأم والطفل, وحدات للأم والطفل, MBU
    .definition = وحدة في سجن للنساء يمكنكِ أن تُبقي طفلكِ معكِ فيها، عادةً حتى يصبح عمر طفلكِ 18 شهرًا.

term-admissions-board = لجنة القبول (admissions board)
    .forms = لجنة القبول (admissions board), لجنة القبول, اللجنة
    .definition = المجموعة التي تقرر إن كنتِ ستحصلين على مكان في وحدة الأم والطفل. إذا رفضت، يمكنكِ أن تعترضي.


## Pregnancy, birth and your baby's health

term-midwife = القابلة (midwife)
    .forms = القابلة (midwife), القابلة, قابلة, القابلات
    .definition = عاملة صحية تعتني بكِ وبطفلكِ أثناء الحمل، وعند الولادة، وفي الأسابيع الأولى بعدها.

term-antenatal-appointment = فحص الحمل (antenatal appointment)
    .forms = فحص الحمل (antenatal appointment), فحص الحمل, فحوصات الحمل, رعاية الحمل
    .definition = فحص وأنتِ حامل. يوجد عادةً 10 فحوصات في الحمل الأول و7 في حالات الحمل التالية.

term-booking-appointment = موعد التسجيل (booking appointment)
    .forms = موعد التسجيل (booking appointment), موعد التسجيل
    .definition = أول زيارة كاملة لكِ مع القابلة في الحمل. ينبغي أن تكون قبل أن تصلي إلى الأسبوع 10 من الحمل.

term-maternity-triage = طوارئ الولادة (maternity triage)
    .forms = طوارئ الولادة (maternity triage), طوارئ الولادة
    .definition = خدمة المستشفى العاجلة للحمل، مفتوحة في الليل والنهار. اتصلي بها إذا كان عندكِ نزيف، أو ألم، أو إذا كان طفلكِ يتحرك أقل.

term-health-visitor = الزائرة الصحية (health visitor)
    .forms = الزائرة الصحية (health visitor), الزائرة الصحية
    .definition = عاملة صحية تطمئن عليكِ وعلى طفلكِ، من آخر الحمل حتى يصبح عمر طفلكِ سنتين ونصفًا تقريبًا.

term-new-birth-visit = زيارة المولود الجديد (new birth visit)
    .forms = زيارة المولود الجديد (new birth visit)
    .definition = أول زيارة من الزائرة الصحية بعد الولادة، عندما يكون عمر طفلكِ 10 إلى 14 يومًا.

term-6-8-week-check = فحص الأسبوع 6 إلى 8 (6–8 week check)
    .forms = فحص الأسبوع 6 إلى 8 (6–8 week check), فحوصات الأسبوع 6 إلى 8
    .definition = فحوصات عندما يكون عمر طفلكِ 6 إلى 8 أسابيع. يفحصكِ طبيب العائلة أنتِ وطفلكِ، وتراكِ الزائرة الصحية أيضًا.

term-immunisations = التطعيمات (immunisations)
    .forms = التطعيمات (immunisations), التطعيمات, تطعيمات, لقاحات, لقاح
    .definition = لقاحات تحمي من أمراض خطيرة. بعضها يُعرض أثناء الحمل، وأول لقاحات طفلكِ تبدأ في عمر 8 أسابيع.

term-interpreter = المترجم (interpreter)
    .forms = المترجم (interpreter), المترجم, مترجم, مترجمًا, المترجمون, الترجمة
    .definition = شخص مدرَّب ينقل ما يُقال إلى لغتكِ. الترجمة في NHS مجانية، ولا ينبغي أن يترجم لكِ أفراد العائلة أو الأصدقاء أو الأطفال.
