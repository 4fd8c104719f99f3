## The app's screens. Plain words, reading age about 9.
## The app's visible name is neutral on purpose: nothing says what it is for until
## it is unlocked.

app-name = Notatki
quick-exit = Zamknij
quick-exit-label = Zamknij teraz i zablokuj

## The neutral screen after a quick exit.
neutral-title = Notatki
neutral-body = Nie ma otwartych notatek.
neutral-open = Otwórz

## First run
first-language-title = Proszę wybrać język
first-language-next = Dalej
language-name-en-GB = English
language-name-cy = Cymraeg
language-name-pl = Polski
language-name-ro = Română
language-name-sq = Shqip
language-name-ur = اردو
language-name-pa = ਪੰਜਾਬੀ
language-name-ar = العربية

first-passphrase-title = Proszę ustawić hasło
first-passphrase-why = Pani kalendarz jest zablokowany hasłem. Nikt nie może go otworzyć bez hasła, nawet my.
first-passphrase-forget = Jeśli Pani zapomni hasło, nikt nie odzyska Pani kalendarza. Proszę wybrać słowa, które Pani zapamięta, na przykład trzy albo cztery słowa ze spacjami między nimi.
first-passphrase-label = Hasło
first-passphrase-again = Proszę wpisać je jeszcze raz
first-passphrase-short = Proszę użyć co najmniej 8 liter lub cyfr.
first-passphrase-differ = Te dwa hasła nie są takie same.
first-next = Dalej
first-back = Wstecz

first-duress-title = Drugie hasło (można to pominąć)
first-duress-why = Jeśli ktoś zmusi Panią do otwarcia aplikacji, może Pani wpisać to drugie hasło. Otworzy ono inny, pusty kalendarz.
first-duress-honest = To może pomóc w trudnej chwili, ale nie jest idealne. Ktoś, kto bardzo dokładnie sprawdzi telefon, może się domyślić, że jest w nim coś więcej.
first-duress-label = Drugie hasło
first-duress-skip = Pomiń

first-about-title = O Pani
first-about-pregnant = Jestem w ciąży
first-about-due = Mój termin porodu
first-about-first = To moje pierwsze dziecko
first-about-supervision = Co Panią obowiązuje? Proszę zaznaczyć wszystko, co pasuje.
supervision-licence = Zwolnienie warunkowe po więzieniu (licence)
supervision-community_order = Kara na wolności (community order)
supervision-suspended_sentence = Wyrok w zawieszeniu (suspended sentence)
supervision-bail = Zwolnienie na czas sprawy (bail)
supervision-other = Coś innego
first-finish = Zaczynamy

## Unlock
unlock-title = Otwieranie notatek
unlock-label = Hasło
unlock-button = Otwórz
unlock-wrong = To hasło jest nieprawidłowe. Proszę spróbować jeszcze raz.
unlock-wait = Proszę poczekać { $seconds ->
    [one] 1 sekundę
    [few] { $seconds } sekundy
    [many] { $seconds } sekund
   *[other] { $seconds } sekundy
} i spróbować jeszcze raz.
unlock-damaged = Nie można otworzyć notatek, bo plik jest uszkodzony.

## Today
today-title = Dzisiaj
today-next-required = Pani następna obowiązkowa wizyta
today-none-required = W kalendarzu nie ma obowiązkowych wizyt.
today-coming-up = Wkrótce
today-nothing = Nic w ciągu najbliższych 7 dni.
today-other-flags = Proszę też sprawdzić
today-flag-count = { $count ->
    [one] 1 sprawa do sprawdzenia
    [few] { $count } sprawy do sprawdzenia
    [many] { $count } spraw do sprawdzenia
   *[other] { $count } sprawy do sprawdzenia
}
today-required = Obowiązkowe

## Navigation
nav-today = Dzisiaj
nav-add = Dodaj
nav-flags = Sprawdź
nav-week = Tydzień
nav-more = Więcej
nav-pregnancy = Ciąża
nav-guides = Poradniki
nav-label = Menu główne

## More
more-title = Więcej
more-conditions = Zasady z Pani zwolnienia warunkowego, wyroku albo zwolnienia na czas sprawy
more-pregnancy = Termin porodu i badania w ciąży
more-guides = Pani prawa i co robić, prostymi słowami
more-settings = Język, hasło, blokada i usuwanie

## Week
week-title = Najbliższe 7 dni
week-check = Sprawdź ten dzień
week-free = Nic tego dnia.

## Pregnancy
pregnancy-title = Ciąża
pregnancy-weeks = Jest Pani w ciąży od { $weeks } { $weeks ->
    [one] tygodnia
   *[other] tygodni
} i { $days ->
    [one] 1 dnia
   *[other] { $days } dni
}.
pregnancy-due = Termin porodu: { $date }. { $days ->
    [0] To dzisiaj.
    [one] To jutro.
   *[other] To za { $days } dni.
}
pregnancy-due-past = Termin porodu: { $date }. Ta data już minęła.
pregnancy-none = Nie zapisano terminu porodu. Może go Pani dodać poniżej.
pregnancy-steps = Pani badania w ciąży
pregnancy-window = Zwykle między { $start } a { $end }.
pregnancy-booked = W kalendarzu: { $date }
pregnancy-state-due = Teraz jest na to czas. Proszę poprosić położną o termin.
pregnancy-state-missed = Nie ma tego w kalendarzu. Jeśli to badanie już było, może je Pani dodać. Jeśli nie, proszę zapytać o nie położną.
pregnancy-state-later = Później.
pregnancy-source = Te badania są zgodne z planem opieki w ciąży NHS (wytyczne NICE NG201). Położna może zaplanować dla Pani coś innego.
pregnancy-set = Termin porodu
pregnancy-save = Zapisz termin porodu
pregnancy-remove = Usuń termin porodu
pregnancy-due-invalid = Proszę wybrać datę.

## Pregnancy and baby checks (short names)
care-step-booking = Pierwsza wizyta u położnej (booking)
care-step-dating_scan = USG w 12. tygodniu
care-step-appt_16 = Badanie w 16. tygodniu
care-step-anomaly_scan = USG w 20. tygodniu
care-step-appt_25 = Badanie w 25. tygodniu
care-step-appt_28 = Badanie w 28. tygodniu
care-step-appt_31 = Badanie w 31. tygodniu
care-step-appt_34 = Badanie w 34. tygodniu
care-step-appt_36 = Badanie w 36. tygodniu
care-step-appt_38 = Badanie w 38. tygodniu
care-step-appt_40 = Badanie w 40. tygodniu
care-step-appt_41 = Badanie w 41. tygodniu
care-step-midwife_postnatal = Wizyta położnej po porodzie
care-step-new_birth_visit = Pierwsza wizyta pielęgniarki środowiskowej (health visitor)
care-step-six_week_check = Badanie 6 tygodni po porodzie

## Guides
guides-title = Poradniki
guides-intro = Pani prawa oraz urzędy i służby wokół Pani i Pani dziecka, prostymi słowami.
guides-sources = Skąd to wiemy: { $sources }
guides-reviewed = Ostatnio sprawdzono: { $date }
guides-jurisdiction = Gdzie to obowiązuje: { $text }
guides-status-awaiting = Ten tekst jest przetłumaczony i czeka na sprawdzenie. Proszę polegać na wersji angielskiej.
guides-all = Wszystkie poradniki
guides-side-by-side = Pokaż obok innego języka
guides-glossary = Słowa i ich znaczenie

## The interpreter view: one guide in two languages, side by side
interpreter-title = Obok siebie
interpreter-first = Pierwszy język
interpreter-second = Drugi język
interpreter-guide = Poradnik
interpreter-terms = Słowa w tej części

## Glossary
glossary-title = Słowa i ich znaczenie
glossary-intro = Słowa, które może Pani usłyszeć od kuratora, w sądzie, w opiece społecznej i w opiece nad ciążą, wyjaśnione prostymi słowami.
nav-glossary = Słowa
more-glossary = Słowa, które może Pani usłyszeć, i ich znaczenie

## Add an appointment
add-title = Dodaj wizytę
add-kind = Co to jest?
add-what = Nazwa (tak jak w liście)
add-date = Data
add-start = Początek
add-end = Koniec
add-place = Miejsce
add-travel = Czas dojazdu w jedną stronę (w minutach)
add-mandatory = Muszę pójść (to część warunków mojego zwolnienia, wyroku albo zwolnienia na czas sprawy)
add-edit-title = Zmień wizytę
add-repeat = Czy to się powtarza?
add-repeat-none = Nie, tylko raz
add-repeat-weekly = Co tydzień
add-repeat-fortnightly = Co 2 tygodnie
add-repeat-four_weekly = Co 4 tygodnie
add-repeat-weekdays = W każdy dzień roboczy (od poniedziałku do piątku)
add-repeat-custom = Tak, jak jest w liście albo w planie
add-times = Ile razy w sumie?
add-repeat-summary = { $every ->
    [0] W dni robocze, od dnia: { $weekday }, { $count } razy
    [1] Co tydzień ({ $weekday }), { $count } razy
   *[other] Co { $every } { $every ->
        [few] tygodnie
       *[other] tygodni
    } ({ $weekday }), { $count } razy
}
add-care-step = Które to badanie w ciąży albo badanie dziecka?
add-care-step-none = Nie wiem albo żadne
add-notes = Notatki (widzi je tylko Pani)
add-clashes = To nakładałoby się na:
add-no-clash = Nic się nie nakłada.
add-save = Zapisz
add-saved = Zapisano.
add-fix = Proszę sprawdzić datę i godziny.

kind-probation = Kurator (probation)
kind-unpaid_work = Praca nieodpłatna
kind-programme = Program albo kurs
kind-drug_test = Test na narkotyki albo alkohol
kind-police_reporting = Zgłoszenie się na posterunku policji
kind-court = Sąd
kind-family_court = Sąd rodzinny
kind-antenatal = Położna albo USG
kind-postnatal = Położna po porodzie
kind-health_visitor = Pielęgniarka środowiskowa (health visitor)
kind-gp = Lekarz rodzinny (GP) albo pielęgniarka
kind-hospital = Szpital
kind-mental_health = Zdrowie psychiczne
kind-substance_misuse = Pomoc przy narkotykach albo alkoholu
kind-social_care = Pracownik socjalny
kind-child_protection = Spotkanie w sprawie ochrony dziecka
kind-child_contact = Spotkanie z moim dzieckiem
kind-solicitor = Prawnik (solicitor)
kind-housing = Mieszkanie
kind-benefits = Jobcentre albo zasiłki
kind-support = Wsparcie albo ośrodek dla kobiet
kind-other = Coś innego

## Flags
flags-title = Sprawy do sprawdzenia
flags-none = Na razie nie ma nic do sprawdzenia.
flags-actions = Co Pani może zrobić
flags-draft = Wiadomość, którą może Pani wysłać albo przeczytać
flags-copy = Skopiuj wiadomość
flags-copied = Skopiowano.
flags-draft-english = Ta sama wiadomość po angielsku, dla osoby, która czyta po angielsku
flags-copy-english = Skopiuj wiadomość po angielsku
flags-guide = Więcej: { $title }
flags-sorted-open = Załatwiłam to
flags-sorted-note = Co Pani zrobiła? (widzi to tylko Pani)
flags-sorted-button = Oznacz jako załatwione
flags-history = Załatwione
flags-sorted-undo = Jednak nie załatwione

## My conditions
nav-conditions = Zasady
conditions-title = Moje zasady
conditions-intro = Proszę dodać zasady z warunków zwolnienia, wyroku albo zwolnienia na czas sprawy. Aplikacja sprawdza, czy Pani wizyty nie kolidują z tymi zasadami.
conditions-none = Nie dodano jeszcze żadnych zasad.
conditions-from = Od
conditions-starts = Początek (jeśli jest data)
conditions-ends = Koniec (jeśli jest data)
conditions-source = Skąd jest ta zasada?
source-licence = Moje zwolnienie warunkowe (licence)
source-community_order = Moja kara na wolności (community order)
source-suspended_sentence = Mój wyrok w zawieszeniu
source-bail = Moje zwolnienie na czas sprawy (bail)
source-other = Z innego miejsca
conditions-home = Mój zatwierdzony adres
conditions-home-where = Gdzie to jest? Proszę wkleić link do mapy albo wpisać współrzędne.
conditions-home-save = Zapisz mój adres
conditions-curfew = Godzina policyjna (curfew)
conditions-curfew-from = Początek godziny policyjnej
conditions-curfew-to = Koniec godziny policyjnej
conditions-curfew-tag = Czy nosi Pani opaskę elektroniczną?
conditions-curfew-days = W które dni się zaczyna?
conditions-hours = { $days }: { $from }–{ $to }
conditions-dates = Od { $start } do { $end }
conditions-dates-from = Od { $start }
conditions-dates-until = Do { $end }
conditions-curfew-more = Proszę dodać te godziny, a potem inne godziny na inne dni
conditions-where-invalid = Aplikacja nie umie odczytać tego linku ani tych współrzędnych. Proszę wkleić link z aplikacji z mapami albo wpisać liczby, na przykład 52.41, -1.51.
conditions-named = Imię i nazwisko osoby, z którą nie wolno mi się kontaktować
conditions-shared = Użyj planu od mojego opiekuna sprawy
conditions-shared-how = Jeśli opiekun sprawy wysłał Pani plik z planem, proszę go otworzyć, skopiować całość i wkleić tutaj. Wizyty i zasady z planu zostaną dodane do Pani wizyt i zasad.
conditions-shared-label = Plan
conditions-shared-add = Dodaj plan
conditions-shared-done = Dodano { $appointments ->
    [one] 1 wizytę
    [few] { $appointments } wizyty
    [many] { $appointments } wizyt
   *[other] { $appointments } wizyty
} i { $conditions ->
    [one] 1 zasadę
    [few] { $conditions } zasady
    [many] { $conditions } zasad
   *[other] { $conditions } zasady
}.
conditions-shared-invalid = Nic nie zostało dodane. W planie { $count ->
    [one] jest 1 problem
    [few] są { $count } problemy
    [many] jest { $count } problemów
   *[other] jest { $count } problemu
}. Proszę pokazać te wiersze opiekunowi sprawy:
conditions-shared-not-plan = Nic nie zostało dodane. To nie jest plik z planem, który aplikacja umie odczytać. Proszę poprosić opiekuna sprawy, żeby wysłał go jeszcze raz.
conditions-add-named = Zakaz kontaktu z tą osobą
monitoring-rf_tag = Tak, opaska do godziny policyjnej (z urządzeniem w domu)
monitoring-gps_tag = Tak, opaska GPS
monitoring-alcohol_tag = Tak, opaska wykrywająca alkohol
monitoring-none = Nie mam opaski
monitoring-doorstep = Ktoś sprawdza przy drzwiach
conditions-add-curfew = Dodaj tę godzinę policyjną
conditions-zone = Miejsce, do którego nie wolno mi chodzić
conditions-zone-name = Nazwa miejsca
conditions-zone-where = Gdzie to jest? Proszę wkleić link do mapy albo wpisać współrzędne.
conditions-zone-radius = Jak daleko wokół niego (w metrach)
conditions-add-zone = Dodaj to miejsce
conditions-other = Inne zasady
conditions-add-no-contact = Zakaz kontaktu z osobami poniżej 18 lat
conditions-add-approved = Muszę mieszkać pod moim zatwierdzonym adresem
conditions-add-travel = Nie wolno mi wyjeżdżać poza Zjednoczone Królestwo (UK)
conditions-kind-curfew = Godzina policyjna
conditions-kind-exclusion_zone = Miejsce, do którego nie wolno mi chodzić
conditions-kind-no_contact = Zakaz kontaktu
conditions-kind-approved_address = Zatwierdzony adres
conditions-kind-travel_ban = Zakaz wyjazdu
conditions-added = Dodano.

## Settings
nav-settings = Ustawienia
settings-title = Ustawienia
settings-language = Język
settings-autolock = Blokada po tylu minutach bez dotykania ekranu
settings-autolock-save = Zapisz
settings-discreet = Przypomnienia pokazują szczegóły (gdy to jest wyłączone, piszą tylko „Przypomnienie o 14:00”)
settings-passphrase = Zmień moje hasło
settings-passphrase-new = Nowe hasło
settings-passphrase-save = Zmień hasło
settings-passphrase-done = Hasło zostało zmienione.
settings-saved = Zapisano.
settings-duress = Drugie hasło
settings-duress-replaces = Gdy ustawi Pani nowe drugie hasło albo je wyłączy, drugi kalendarz zostanie opróżniony. Wszystko, co w nim jest, zostanie usunięte i nikt tego nie odzyska.
settings-duress-understood = Rozumiem, że drugi kalendarz zostanie opróżniony
settings-duress-new = Nowe drugie hasło
settings-duress-save = Ustaw
settings-duress-remove = Wyłącz
settings-duress-done = Drugie hasło jest ustawione. Otwiera pusty kalendarz. Wszystko, co było w starym, zostało usunięte.
settings-duress-removed = Drugie hasło jest wyłączone. Drugi kalendarz został opróżniony.
settings-wipe = Usuń wszystko
settings-wipe-warning = To usunie cały Pani kalendarz z tego telefonu. Nikt go nie odzyska, nawet z Pani hasłem. Pani wizyty i notatki mogą być dowodem: proszę się zastanowić, zanim Pani to zrobi.
settings-wipe-confirm = Aby usunąć wszystko, proszę wpisać KASUJ
settings-wipe-word = KASUJ
settings-wipe-button = Usuń wszystko teraz

## Problems, in plain words

error-weak-passphrase = Hasło musi mieć co najmniej { $min ->
    [one] 1 literę lub cyfrę
    [few] { $min } litery lub cyfry
    [many] { $min } liter lub cyfr
   *[other] { $min } liter lub cyfr
}.
error-passphrase-not-usable = Nie można tu użyć tego hasła. Proszę wybrać inne.
error-stale = Notatki zostały zmienione w innym oknie. Proszę zamknąć to okno i otworzyć notatki jeszcze raz.
error-newer = Te notatki zostały zapisane w nowszej wersji aplikacji. Proszę zaktualizować aplikację.
error-storage = Telefon nie mógł tego zapisać. Może brakuje w nim miejsca. Nic nie zostało utracone.
error-locked = Notatki są zablokowane. Proszę otworzyć je jeszcze raz, aby kontynuować.
error-invalid = Coś w tym formularzu nie jest jeszcze dobrze wypełnione. Proszę to sprawdzić.
error-screen = Coś poszło nie tak na tym ekranie. Pani notatki są bezpieczne. Proszę wrócić i spróbować jeszcze raz.
error-back = Wróć

## Sharing with a support worker
nav-sharing = Udostępnianie
more-sharing = Udostępnij wybrane rzeczy opiekunowi sprawy
sharing-title = Udostępnianie opiekunowi sprawy
sharing-intro = Może Pani pozwolić opiekunowi sprawy zobaczyć część Pani kalendarza. Nic nie jest udostępniane, dopóki Pani tego nie wybierze. Może Pani przestać w każdej chwili.
sharing-honest = Opiekun sprawy widzi tylko to, co Pani tu zaznaczy. To, co już zobaczył, może zapamiętać albo zapisać. Jak każdy specjalista, może mieć obowiązek przekazać informacje dalej, jeśli dziecko mogłoby być w niebezpieczeństwie.
sharing-none = Nie udostępnia Pani niczego nikomu.
sharing-code = Kod od opiekuna sprawy
sharing-accept = Połącz
sharing-number = Numer bezpieczeństwa
sharing-number-how = Proszę sprawdzić, czy na ekranie opiekuna sprawy jest ten sam numer. Proszę zrobić to osobiście, na spotkaniu.
sharing-number-match = Numery są takie same
sharing-number-wait = Nic nie jest udostępniane, dopóki Pani nie sprawdzi numeru.
sharing-what = Co widzi opiekun sprawy
sharing-conditions = Zasady z mojego zwolnienia warunkowego, wyroku albo zwolnienia na czas sprawy
sharing-due-date = Mój termin porodu
sharing-home = Mój zatwierdzony adres
sharing-kinds = Te rodzaje wizyt:
sharing-sync = Udostępnij teraz
sharing-synced = Gotowe. Wysłano: { $sent }, odebrano: { $received }.
sharing-proposals = Wizyty proponowane przez opiekuna sprawy
sharing-proposal-clash = To nakładałoby się na:
sharing-proposal-accept = Dodaj do mojego kalendarza
sharing-proposal-decline = Nie, dziękuję
sharing-stop = Przestań udostępniać
sharing-stop-understood = Rozumiem, że opiekun sprawy zachowa to, co już zobaczył
sharing-stopped = Przestała Pani udostępniać.
sharing-client = Klientka
sharing-client-flags = Sprawy do sprawdzenia w tym, co udostępnia klientka
sharing-client-none = Nie ma nic do sprawdzenia w tym, co udostępnia klientka.
sharing-client-ended = Klientka przestała udostępniać. Jej dane zostały usunięte.
sharing-shared = Udostępniona
error-network = Aplikacja nie mogła połączyć się z usługą udostępniania. Proszę sprawdzić połączenie z internetem i spróbować jeszcze raz. Nic nie zostało utracone.
error-code-invalid = Ten kod jest nieprawidłowy. Proszę sprawdzić go z opiekunem sprawy albo poprosić o nowy.
error-code-expired = Ten kod jest za stary. Proszę poprosić opiekuna sprawy o nowy.
error-code-used = Ten kod został już użyty. Proszę poprosić opiekuna sprawy o nowy.
error-not-confirmed = Najpierw proszę sprawdzić numer bezpieczeństwa z opiekunem sprawy.
sharing-worker-title = Dla opiekunów
sharing-worker-how = Jeśli wspiera Pan lub Pani kobietę, proszę utworzyć tu zaproszenie i pokazać jej kod.
sharing-worker-relay = Adres usługi udostępniania Pana lub Pani organizacji
sharing-worker-invite = Utwórz zaproszenie
sharing-worker-code = Proszę pokazać jej ten kod albo go przeczytać. Działa raz, przez 24 godziny.
