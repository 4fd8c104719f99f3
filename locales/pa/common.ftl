## Goldthread: shared words (pa, Panjabi in Gurmukhi; translated from en-GB, the source language).

## Dates, written out in full, for example "ਵੀਰਵਾਰ, 3 ਦਸੰਬਰ 2026".

date-long = { $weekday }, { $day } { $month } { $year }

## A time range on a day, for example "ਵੀਰਵਾਰ, 3 ਦਸੰਬਰ 2026, 18:00–18:30", and
## the same without the date.

when-day-range = { $date }, { $start }–{ $end }
when-range = { $start }–{ $end }
when-range-title = { $start }–{ $end } { $title }
when-at = { $date }, { $time }

weekday-mon = ਸੋਮਵਾਰ
weekday-tue = ਮੰਗਲਵਾਰ
weekday-wed = ਬੁੱਧਵਾਰ
weekday-thu = ਵੀਰਵਾਰ
weekday-fri = ਸ਼ੁੱਕਰਵਾਰ
weekday-sat = ਸ਼ਨਿੱਚਰਵਾਰ
weekday-sun = ਐਤਵਾਰ

month-1 = ਜਨਵਰੀ
month-2 = ਫ਼ਰਵਰੀ
month-3 = ਮਾਰਚ
month-4 = ਅਪ੍ਰੈਲ
month-5 = ਮਈ
month-6 = ਜੂਨ
month-7 = ਜੁਲਾਈ
month-8 = ਅਗਸਤ
month-9 = ਸਤੰਬਰ
month-10 = ਅਕਤੂਬਰ
month-11 = ਨਵੰਬਰ
month-12 = ਦਸੰਬਰ

## How urgent a flag is.

severity-high = ਹੁਣੇ ਕੁਝ ਕਰੋ
severity-medium = ਇਹ ਦੇਖ ਲਓ
severity-info = ਤਿਆਰੀ ਕਰੋ

## The results of a check.

check-none = ਕੋਈ ਟਕਰਾਅ ਨਹੀਂ ਮਿਲਿਆ। ਜਦੋਂ ਤੁਹਾਡੇ ਪ੍ਰੋਗਰਾਮ ਬਦਲਣ, ਫਿਰ ਦੁਬਾਰਾ ਦੇਖੋ।
check-summary = { $count ->
    [one] { $count } ਚੀਜ਼ ਦੇਖਣ ਵਾਲੀ ਹੈ
   *[other] { $count } ਚੀਜ਼ਾਂ ਦੇਖਣ ਵਾਲੀਆਂ ਹਨ
}
check-heading-actions = ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ
check-heading-draft = ਇੱਕ ਸੁਨੇਹਾ ਜੋ ਤੁਸੀਂ ਭੇਜ ਸਕਦੇ ਹੋ ਜਾਂ ਪੜ੍ਹ ਕੇ ਸੁਣਾ ਸਕਦੇ ਹੋ
check-involves = ਇਸ ਬਾਰੇ: { $items }
