## Goldthread: shared words (ur, Urdu, translated from en-GB).

## Dates, written out in full, for example "جمعرات، 3 دسمبر 2026".

date-long = { $weekday }، { $day } { $month } { $year }

## A time range on a day, for example "جمعرات، 3 دسمبر 2026، 18:00–18:30", and
## the same without the date.

when-day-range = { $date }، { $start }–{ $end }
when-range = { $start }–{ $end }
when-range-title = { $start }–{ $end } { $title }
when-at = { $date }، { $time }

weekday-mon = پیر
weekday-tue = منگل
weekday-wed = بدھ
weekday-thu = جمعرات
weekday-fri = جمعہ
weekday-sat = ہفتہ
weekday-sun = اتوار

month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

## How urgent a flag is.

severity-high = ابھی کچھ کریں
severity-medium = اسے دیکھیں
severity-info = تیاری کر لیں

## The results of a check.

check-none = کوئی ٹکراؤ نہیں ملا۔ جب آپ کے پلان بدلیں تو دوبارہ چیک کریں۔
check-summary = { $count ->
    [one] 1 چیز دیکھنی ہے
   *[other] { $count } چیزیں دیکھنی ہیں
}
check-heading-actions = آپ کیا کر سکتی ہیں
check-heading-draft = ایک پیغام جو آپ بھیج سکتی ہیں یا پڑھ کر سنا سکتی ہیں
check-involves = اس کے بارے میں: { $items }
