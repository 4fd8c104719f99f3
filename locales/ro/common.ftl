## Goldthread: shared words (ro, translated from en-GB, the source language).

## Dates, written out in full, for example "joi, 3 decembrie 2026".

date-long = { $weekday }, { $day } { $month } { $year }

## A time range on a day, for example "joi, 3 decembrie 2026, 18:00–18:30", and
## the same without the date.

when-day-range = { $date }, { $start }–{ $end }
when-range = { $start }–{ $end }
when-range-title = { $start }–{ $end } { $title }
when-at = { $date }, { $time }

weekday-mon = luni
weekday-tue = marți
weekday-wed = miercuri
weekday-thu = joi
weekday-fri = vineri
weekday-sat = sâmbătă
weekday-sun = duminică

month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie

## How urgent a flag is.

severity-high = Acționați acum
severity-medium = Verificați
severity-info = Pregătiți-vă

## The results of a check.

check-none = Nu am găsit niciun conflict. Verificați din nou când vi se schimbă planurile.
check-summary = { $count ->
    [one] 1 lucru de verificat
    [few] { $count } lucruri de verificat
   *[other] { $count } de lucruri de verificat
}
check-heading-actions = Ce puteți face
check-heading-draft = Un mesaj pe care îl puteți trimite sau citi cu voce tare
check-involves = Despre: { $items }
