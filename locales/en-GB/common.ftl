## Goldthread: shared words (en-GB, the source language).

## Dates, written out in full, for example "Thursday 3 December 2026".

date-long = { $weekday } { $day } { $month } { $year }

## A time range on a day, for example "Thursday 3 December 2026, 18:00–18:30", and
## the same without the date.

when-day-range = { $date }, { $start }–{ $end }
when-range = { $start }–{ $end }
when-range-title = { $start }–{ $end } { $title }
when-at = { $date }, { $time }

weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## How urgent a flag is.

severity-high = Act now
severity-medium = Check this
severity-info = Get ready

## The results of a check.

check-none = No clashes found. Check again when your plans change.
check-summary = { $count ->
    [one] 1 thing to look at
   *[other] { $count } things to look at
}
check-heading-actions = What you can do
check-heading-draft = A message you can send or read out
check-involves = About: { $items }
