## Goldthread: shared words (ar, Arabic translation of en-GB).

## Dates, written out in full, for example "Thursday 3 December 2026".

date-long = { $weekday }، { $day } { $month } { $year }

## A time range on a day, for example "Thursday 3 December 2026, 18:00–18:30", and
## the same without the date.

when-day-range = { $date }، { $start }–{ $end }
when-range = { $start }–{ $end }
when-range-title = { $start }–{ $end } { $title }
when-at = { $date }، { $time }

weekday-mon = الاثنين
weekday-tue = الثلاثاء
weekday-wed = الأربعاء
weekday-thu = الخميس
weekday-fri = الجمعة
weekday-sat = السبت
weekday-sun = الأحد

month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## How urgent a flag is.

severity-high = تصرّفي الآن
severity-medium = راجعي هذا
severity-info = استعدّي

## The results of a check.

check-none = لا يوجد أي تعارض. راجعي مرة أخرى عندما تتغير خططكِ.
check-summary = { $count ->
    [zero] لا يوجد شيء لمراجعته
    [one] أمر واحد لمراجعته
    [two] أمران لمراجعتهما
    [few] { $count } أمور لمراجعتها
    [many] { $count } أمرًا لمراجعتها
   *[other] { $count } أمر لمراجعتها
}
check-heading-actions = ما يمكنكِ فعله
check-heading-draft = رسالة يمكنكِ إرسالها أو قراءتها بصوت عالٍ
check-involves = الموضوع: { $items }
