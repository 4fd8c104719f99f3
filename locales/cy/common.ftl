## Goldthread: shared words (cy, Welsh, translated from en-GB).

## Dates, written out in full, for example "Dydd Iau 3 Rhagfyr 2026".

date-long = { $weekday } { $day } { $month } { $year }

## A time range on a day, for example "Dydd Iau 3 Rhagfyr 2026, 18:00–18:30", and
## the same without the date.

when-day-range = { $date }, { $start }–{ $end }
when-range = { $start }–{ $end }
when-range-title = { $start }–{ $end } { $title }
when-at = { $date }, { $time }

weekday-mon = Dydd Llun
weekday-tue = Dydd Mawrth
weekday-wed = Dydd Mercher
weekday-thu = Dydd Iau
weekday-fri = Dydd Gwener
weekday-sat = Dydd Sadwrn
weekday-sun = Dydd Sul

month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr

## How urgent a flag is.

severity-high = Gweithredwch nawr
severity-medium = Gwiriwch hyn
severity-info = Byddwch yn barod

## The results of a check.

check-none = Dim gwrthdaro. Gwiriwch eto pan fydd eich cynlluniau'n newid.
check-summary = { $count ->
    [zero] Dim byd i edrych arno
    [one] 1 peth i edrych arno
    [two] 2 beth i edrych arnyn nhw
    [few] { $count } pheth i edrych arnyn nhw
    [many] { $count } pheth i edrych arnyn nhw
   *[other] { $count } peth i edrych arnyn nhw
}
check-heading-actions = Beth allwch chi ei wneud
check-heading-draft = Neges y gallwch chi ei hanfon neu ei darllen yn uchel
check-involves = Ynghylch: { $items }
