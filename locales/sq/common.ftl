## Goldthread: fjalë të përbashkëta (sq, përkthyer nga en-GB).

## Datat, të shkruara të plota, për shembull "e enjte, 3 dhjetor 2026".

date-long = { $weekday }, { $day } { $month } { $year }

## Një interval kohe në një ditë, për shembull "e enjte, 3 dhjetor 2026, 18:00–18:30", dhe
## i njëjti pa datën.

when-day-range = { $date }, { $start }–{ $end }
when-range = { $start }–{ $end }
when-range-title = { $start }–{ $end } { $title }
when-at = { $date }, { $time }

weekday-mon = e hënë
weekday-tue = e martë
weekday-wed = e mërkurë
weekday-thu = e enjte
weekday-fri = e premte
weekday-sat = e shtunë
weekday-sun = e diel

month-1 = janar
month-2 = shkurt
month-3 = mars
month-4 = prill
month-5 = maj
month-6 = qershor
month-7 = korrik
month-8 = gusht
month-9 = shtator
month-10 = tetor
month-11 = nëntor
month-12 = dhjetor

## Sa urgjent është një sinjalizim.

severity-high = Veproni tani
severity-medium = Kontrollojeni këtë
severity-info = Përgatituni

## Rezultatet e një kontrolli.

check-none = Nuk u gjet asnjë përplasje. Kontrolloni përsëri kur ndryshojnë planet tuaja.
check-summary = { $count ->
    [one] 1 gjë për të parë
   *[other] { $count } gjëra për të parë
}
check-heading-actions = Çfarë mund të bëni
check-heading-draft = Një mesazh që mund ta dërgoni ose ta lexoni me zë
check-involves = Për: { $items }
