## Goldthread: shared words (en-GB, the source language).

## Dates, written out in full, for example "Thursday 3 December 2026".

date-long = { $day } { $month } { $year } ({ $weekday })

## A time range on a day, for example "Thursday 3 December 2026, 18:00–18:30", and
## the same without the date.

when-day-range = { $date }, { $start }–{ $end }
when-range = { $start }–{ $end }
when-range-title = { $start }–{ $end } { $title }
when-at = { $date }, { $time }

weekday-mon = poniedziałek
weekday-tue = wtorek
weekday-wed = środa
weekday-thu = czwartek
weekday-fri = piątek
weekday-sat = sobota
weekday-sun = niedziela

month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia

## How urgent a flag is.

severity-high = Proszę działać teraz
severity-medium = Proszę to sprawdzić
severity-info = Proszę się przygotować

## The results of a check.

check-none = Nic się nie nakłada. Proszę sprawdzić znowu, gdy zmienią się Pani plany.
check-summary = { $count ->
    [one] 1 sprawa do sprawdzenia
    [few] { $count } sprawy do sprawdzenia
    [many] { $count } spraw do sprawdzenia
   *[other] { $count } sprawy do sprawdzenia
}
check-heading-actions = Co Pani może zrobić
check-heading-draft = Wiadomość, którą może Pani wysłać albo przeczytać
check-involves = Dotyczy: { $items }
