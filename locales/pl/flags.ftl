## Goldthread: clash flags (en-GB, the source language).
## One message per flag kind. Each has no value, only attributes:
## .title, .explanation, .action-1 to .action-N and, on five kinds, .draft.
## Write for a reading age of about 9: short sentences, common words, "you".
## Never decide for her, never promise permission, never promise confidentiality.
## Keep each text attribute on one line of text. Line breaks inside selectors
## are not part of the text that she sees.


## Two appointments overlap in time.

flag-appointment-overlap =
    .title = { $both_mandatory ->
        [yes] Dwie obowiązkowe wizyty w tym samym czasie
       *[no] Dwie wizyty w tym samym czasie
    }
    .explanation = Dnia { $date } dwie wizyty nakładają się na siebie. „{ $title_a }”: od { $time_a } do { $end_a }. „{ $title_b }”: od { $time_b } do { $end_b }. Nie może Pani być na obu. { $both_mandatory ->
        [yes] Obie są obowiązkowe. Opuszczenie jednej z nich może sprawić Pani kłopoty, więc proszę od razu poprosić o zmianę.
       *[no] { $mandatory_kind ->
            [none] Może Pani poprosić o przeniesienie jednej z nich, żeby nie opuścić żadnej.
            [court] Wizyta „{ $mandatory_title }” jest obowiązkowa. Nieobecność na rozprawie w sądzie może spowodować poważne kłopoty, więc proszę od razu poprosić o zmianę.
            [family_court] Wizyta „{ $mandatory_title }” jest obowiązkowa. Jeśli Pani nie przyjdzie, sąd może podjąć decyzje bez Pani, więc proszę od razu poprosić o zmianę.
           *[other] Wizyta „{ $mandatory_title }” jest obowiązkowa. Opuszczenie jej może sprawić Pani kłopoty, więc proszę od razu poprosić o zmianę.
        }
    }
    .action-1 = { $mandatory_kind ->
        [none] Proszę wybrać, którą wizytę woli Pani przenieść. Proszę jak najszybciej skontaktować się z tym miejscem.
        [probation] Proszę jak najszybciej skontaktować się z kuratorem (probation officer). Proszę zapytać, czy wizytę „{ $mandatory_title }” można przenieść.
        [unpaid_work] Proszę szybko skontaktować się z kuratorem albo z osobą, która nadzoruje pracę nieodpłatną. Proszę zapytać, czy może Pani odrobić te zajęcia innego dnia.
        [programme] Proszę szybko skontaktować się z kuratorem albo z osobami, które prowadzą program. Proszę zapytać, czy może Pani przyjść na inne zajęcia.
        [drug_test] Proszę szybko skontaktować się z kuratorem albo z punktem, który robi testy. Proszę zapytać, czy może Pani zrobić test w innym czasie.
        [police_reporting] Proszę szybko skontaktować się z prawnikiem (solicitor). Proszę zapytać, czy może się Pani zgłosić o innej godzinie tego dnia.
        [court] Proszę jak najszybciej skontaktować się z prawnikiem (solicitor). Proszę go poprosić, żeby powiedział sądowi, że wizyty się nakładają.
        [family_court] Proszę jak najszybciej skontaktować się z prawnikiem (solicitor). Proszę go poprosić, żeby powiedział sądowi, że wizyty się nakładają.
       *[other] Proszę szybko skontaktować się z osobami, które prowadzą „{ $mandatory_title }”. Proszę zapytać, czy można to przenieść.
    }
    .action-2 = { $mandatory_kind ->
        [none] Proszę poprosić o nowy termin, który nie nakłada się na drugą wizytę.
       *[other] Jeśli nie da się jej przenieść, proszę zapytać, czy zamiast tego można przenieść wizytę „{ $other_title }”.
    }
    .action-3 = Proszę mieć pod ręką oba listy z terminami wizyt. Pokazują one, że wizyty naprawdę się nakładają.
    .action-4 = Proszę zapisać, z kim Pani rozmawiała, kiedy i co ta osoba powiedziała.
    .draft = Dzień dobry. Dnia { $date } mam dwie wizyty, które się nakładają. „{ $title_a }”: od { $time_a } do { $end_a }. „{ $title_b }”: od { $time_b } do { $end_b }. { $mandatory_kind ->
        [court] Proszę zapytać sąd, czy „{ $mandatory_title }” można przenieść na inną godzinę.
        [family_court] Proszę zapytać sąd, czy „{ $mandatory_title }” można przenieść na inną godzinę.
        [police_reporting] Proszę zapytać, czy mogę zgłosić się o innej godzinie tego dnia.
       *[other] Proszę o przeniesienie wizyty „{ $mandatory_title }” na inną godzinę.
    } Jeśli to nie będzie możliwe, spróbuję przenieść wizytę „{ $other_title }”. Mogę przesłać oba listy z terminami wizyt. Dziękuję.


## Not enough time to travel from one appointment to the next.

flag-travel-too-tight =
    .title = Mało czasu na dojazd między wizytami
    .explanation = Dnia { $date } wizyta „{ $title_a }” kończy się o { $end_a } (miejsce: { $place_a }). Wizyta „{ $title_b }” zaczyna się o { $time_b } (miejsce: { $place_b }). Na dojazd ma Pani { $gap ->
        [one] 1 minutę
        [few] { $gap } minuty
        [many] { $gap } minut
       *[other] { $gap } minuty
    }. Podróż może trwać około { $needed } min. Jeśli się Pani spóźni, może Pani opuścić część albo całą wizytę „{ $title_b }”.
    .action-1 = Proszę zapytać, czy wizyta „{ $title_b }” może zacząć się trochę później albo odbyć się innego dnia.
    .action-2 = Albo proszę zapytać, czy może Pani wyjść trochę wcześniej z wizyty „{ $title_a }”.
    .action-3 = Proszę zaplanować podróż przed tym dniem. Proszę sprawdzić, jak długo jedzie autobus albo pociąg.
    .action-4 = Jeśli może się Pani spóźnić, proszę wcześniej zadzwonić i to powiedzieć. Proszę zapisać, kiedy Pani dzwoniła.


## An appointment, with the journey, falls in curfew hours.

flag-curfew-overlap =
    .title = { $medical ->
        [yes] Pani wizyta medyczna jest w czasie godziny policyjnej
       *[no] Ta wizyta jest w czasie Pani godziny policyjnej
    }
    .explanation = Wizyta „{ $title }” odbędzie się { $date }, od { $time } do { $end }{ $has_place ->
        [yes] , miejsce: { $place }.
       *[no] . Nie ma wpisanego miejsca, więc aplikacja liczy ją jako wizytę poza domem.
    } Z dojazdem będzie Pani poza domem od { $leave } do { $back }. Pani godzina policyjna (curfew) trwa od { $curfew_from } do { $curfew_to }, więc te godziny się nakładają. { $monitoring ->
        [rf_tag] Urządzenie w domu, połączone z Pani opaską, pokaże, że Pani nie ma.
        [gps_tag] Pani opaska cały czas zapisuje, gdzie Pani jest.
        [doorstep] Ktoś może przyjść do drzwi, żeby sprawdzić, czy jest Pani w domu.
       *[other] Godzina policyjna obowiązuje, nawet jeśli nie ma Pani opaski.
    } Wyjście z domu w tym czasie bez zgody może zostać uznane za naruszenie { $source ->
        [licence] zasad Pani zwolnienia warunkowego.
        [community_order] zasad Pani kary na wolności.
        [suspended_sentence] zasad Pani wyroku w zawieszeniu.
        [bail] warunków Pani zwolnienia na czas sprawy.
       *[other] zasad, które Pani dostała.
    } { $medical ->
        [yes] Pani zdrowie jest ważne. Proszę wcześnie poprosić o zmianę, żeby nie musiała Pani wybierać.
       *[no] Może Pani przed tym dniem poprosić o zgodę albo o zmianę.
    }
    .action-1 = { $source ->
        [licence] Proszę poprosić kuratora o zgodę przed tym dniem. Proszę zapytać jak najwcześniej.
        [community_order] Proszę zapytać kuratora, jak zmienić godzinę policyjną na ten dzień. Zmiana może wymagać zgody sądu, więc proszę zapytać wcześnie.
        [suspended_sentence] Proszę zapytać kuratora, jak zmienić godzinę policyjną na ten dzień. Zmiana może wymagać zgody sądu, więc proszę zapytać wcześnie.
        [bail] Proszę poprosić prawnika, żeby poprosił sąd o zmianę godziny policyjnej na ten dzień. Proszę zapytać jak najwcześniej.
       *[other] Proszę poprosić o zgodę osobę lub instytucję, która ustaliła godzinę policyjną, przed tym dniem. Proszę zapytać jak najwcześniej.
    }
    .action-2 = Proszę wysłać albo pokazać list z terminem wizyty. Widać w nim datę i godzinę.
    .action-3 = Może Pani też poprosić o wizytę poza godzinami policyjnymi.
    .action-4 = Zgoda nie jest pewna. Proszę poczekać na jasną odpowiedź i poprosić o nią SMS-em albo e-mailem.
    .action-5 = { $monitoring ->
        [rf_tag] Jeśli tego dnia coś Panią zatrzyma, proszę od razu zadzwonić do centrum monitoringu opasek. Numer jest w dokumentach od opaski.
        [gps_tag] Jeśli tego dnia coś Panią zatrzyma, proszę od razu zadzwonić do centrum monitoringu opasek. Numer jest w dokumentach od opaski.
        [alcohol_tag] Jeśli tego dnia coś Panią zatrzyma, proszę od razu zadzwonić do centrum monitoringu opasek. Numer jest w dokumentach od opaski.
       *[other] Jeśli tego dnia coś Panią zatrzyma, proszę jak najszybciej powiadomić { $source ->
            [licence] kuratora
            [community_order] kuratora
            [suspended_sentence] kuratora
            [bail] prawnika
           *[other] osobę, która ustaliła godzinę policyjną
        }.
    } W nagłej sytuacji zdrowotnej zawsze najpierw proszę zadbać o pomoc medyczną.
    .draft = Dzień dobry. Dnia { $date } mam wizytę, od { $time } do { $end }{ $has_place ->
        [yes] , miejsce: { $place }.
       *[no] .
    } Chodzi o: { $title }. { $medical ->
        [yes] To wizyta medyczna i nie chcę jej opuścić.
       *[no] To jest dla mnie ważne.
    } Moja godzina policyjna trwa od { $curfew_from } do { $curfew_to }. Z dojazdem będę poza domem od { $leave } do około { $back }. { $source ->
        [bail] Proszę zapytać sąd, czy mogę wyjść na tę wizytę albo czy można zmienić moją godzinę policyjną w tym dniu.
        [community_order] Proszę o pomoc w zmianie mojej godziny policyjnej na ten dzień.
        [suspended_sentence] Proszę o pomoc w zmianie mojej godziny policyjnej na ten dzień.
       *[other] Proszę o zgodę na wyjście na tę wizytę.
    } Mogę przesłać list z terminem wizyty. Dziękuję.


## An appointment's place is inside an exclusion zone while the zone applies.

flag-exclusion-zone =
    .title = Ta wizyta jest w Pani strefie zakazu
    .explanation = Wizyta „{ $title }” odbędzie się { $date }, od { $time } do { $end }, miejsce: { $place }. To miejsce jest w Pani strefie zakazu (exclusion zone){ $has_zone_name ->
        [yes] , { $zone }.
       *[no] .
    } To obszar, do którego według Pani warunków nie wolno Pani wchodzić w tym czasie. Pójście tam bez zgody może zostać uznane za naruszenie { $source ->
        [licence] zasad Pani zwolnienia warunkowego.
        [community_order] zasad Pani kary na wolności.
        [suspended_sentence] zasad Pani wyroku w zawieszeniu.
        [bail] warunków Pani zwolnienia na czas sprawy.
       *[other] zasad, które Pani dostała.
    } Może Pani przed tym dniem poprosić o zgodę.
    .action-1 = { $source ->
        [licence] Proszę poprosić kuratora o zgodę na pójście tam, przed tym dniem.
        [community_order] Proszę zapytać kuratora, czy może Pani tam pójść. Zmiana może wymagać zgody sądu, więc proszę zapytać wcześnie.
        [suspended_sentence] Proszę zapytać kuratora, czy może Pani tam pójść. Zmiana może wymagać zgody sądu, więc proszę zapytać wcześnie.
        [bail] Proszę poprosić prawnika, żeby zapytał sąd, czy może Pani tam pójść. Proszę zapytać jak najwcześniej.
       *[other] Proszę zapytać osobę lub instytucję, która ustaliła strefę, czy może Pani tam pójść, przed tym dniem.
    }
    .action-2 = Proszę wysłać albo pokazać list z terminem wizyty. Proszę powiedzieć, jak Pani tam dojedzie i jak wróci.
    .action-3 = Może Pani też poprosić o wizytę w miejscu poza strefą albo o wizytę przez telefon lub wideo.
    .action-4 = Proszę sprawdzić mapę strefy w swoich dokumentach. Aplikacja może nie znać dokładnej granicy. Jeśli nie jest Pani pewna, proszę zapytać.
    .action-5 = Jeśli dostanie Pani zgodę, proszę poprosić o nią na piśmie, na przykład SMS-em albo e-mailem.
    .draft = Dzień dobry. Dnia { $date } mam wizytę, od { $time } do { $end }, miejsce: { $place }. Chodzi o: { $title }. To miejsce jest w mojej strefie zakazu{ $has_zone_name ->
        [yes] , { $zone }.
       *[no] .
    } { $source ->
        [bail] Proszę zapytać sąd, czy mogę tam pójść tylko na tę wizytę.
        [community_order] Proszę o pomoc w uzyskaniu zgody na pójście tam tylko na tę wizytę.
        [suspended_sentence] Proszę o pomoc w uzyskaniu zgody na pójście tam tylko na tę wizytę.
       *[other] Proszę o zgodę na pójście tam tylko na tę wizytę.
    } Mogę przesłać list z terminem wizyty. Dziękuję.


## A "no contact with anyone under 18" rule and a place or appointment where
## children may be. The text must encourage her to keep going to her care.

flag-no-contact-venue =
    .title = Na tej wizycie mogą być dzieci
    .explanation = Wizyta „{ $title }” odbędzie się { $date } o { $time }{ $has_place ->
        [yes] , miejsce: { $place }.
       *[no] .
    } Jeden z Pani warunków mówi, że nie wolno Pani mieć kontaktu z nikim poniżej 18 lat. { $kind ->
        [child_contact] To jest spotkanie z dzieckiem. Proszę przed spotkaniem zapytać, na co pozwala ta zasada, żeby wiedziała Pani, na czym stoi.
        [health_visitor] Pielęgniarka środowiskowa (health visitor) sprawdza, jak się mają Pani i dziecko. Ta opieka jest ważna, więc proszę dalej chodzić na wizyty, jeśli Pani może. Proszę zapytać, na co pozwala ta zasada.
        [postnatal] To jest opieka nad Panią i dzieckiem po porodzie. Jest ważna, więc proszę dalej chodzić na wizyty, jeśli Pani może. Proszę zapytać, na co pozwala ta zasada.
       *[other] W takich miejscach często są niemowlęta albo dzieci. Opieka nad Panią i nad Pani dzieckiem jest ważna. Proszę dalej chodzić na wizyty, jeśli Pani może, i zapytać, na co pozwala ta zasada w tym miejscu.
    }
    .action-1 = { $kind ->
        [child_contact] Przed spotkaniem proszę zapytać { $source ->
            [licence] kuratora
            [community_order] kuratora
            [suspended_sentence] kuratora
            [bail] prawnika
           *[other] osobę lub instytucję, która ustaliła tę zasadę
        }, czy ten kontakt jest dozwolony.
       *[other] Proszę dalej chodzić na wizyty dla siebie i dla dziecka, jeśli Pani może.
    }
    .action-2 = Proszę poprosić { $source ->
        [licence] kuratora
        [community_order] kuratora
        [suspended_sentence] kuratora
        [bail] prawnika
       *[other] osobę lub instytucję, która ustaliła tę zasadę
    } o wyjaśnienie, co ta zasada oznacza dla tej wizyty. Proszę poprosić o odpowiedź na piśmie.
    .action-3 = Jeśli zasada nie jest jasna, proszę poprosić o jej zmianę, tak żeby na to pozwalała. Proszę zapytać dużo wcześniej przed tym dniem.
    .action-4 = Gdy będzie Pani pytać, proszę mieć ze sobą list z terminem wizyty.
    .action-5 = Może Pani poprosić położną albo pielęgniarkę środowiskową o list o Pani opiece.


## A "no contact with anyone under 18" rule will cover her own baby.

flag-no-contact-own-child =
    .title = Zakaz kontaktu może dotyczyć Pani dziecka
    .explanation = Jeden z Pani warunków mówi, że nie wolno Pani mieć kontaktu z nikim poniżej 18 lat. Termin porodu to { $due_date }. Od { $from_date } dziecko może urodzić się w każdej chwili. Tak, jak ta zasada jest napisana, może dotyczyć także Pani własnego dziecka. Najlepiej teraz, przed porodem, zasięgnąć porady i poprosić o zmianę. { $source ->
        [licence] Kurator może poprosić o zmianę warunków Pani zwolnienia.
        [community_order] Sąd może to zmienić. Może o to poprosić Pani albo kurator.
        [suspended_sentence] Sąd może to zmienić. Może o to poprosić Pani albo kurator.
        [bail] Sąd może to zmienić. Prawnik może o to poprosić w Pani imieniu.
       *[other] Osoba lub instytucja, która to ustaliła, może to zmienić.
    }
    .action-1 = Proszę teraz porozmawiać z prawnikiem. Proszę poprosić o poradę prawną w sprawie zmiany tej zasady przed porodem.
    .action-2 = { $source ->
        [licence] Proszę poprosić kuratora, żeby wystąpił o zmianę tej zasady. Proszę zapytać, ile to może potrwać.
        [community_order] Proszę poprosić o zmianę tej zasady kuratora albo, przez prawnika, sąd.
        [suspended_sentence] Proszę poprosić o zmianę tej zasady kuratora albo, przez prawnika, sąd.
        [bail] Proszę poprosić prawnika, żeby poprosił sąd o zmianę tej zasady.
       *[other] Proszę poprosić osobę lub instytucję, która ustaliła tę zasadę, o jej zmianę.
    }
    .action-3 = Proszę przynieść list od położnej z terminem porodu.
    .action-4 = Jeśli nie ma Pani prawnika, proszę poprosić pracownika wsparcia albo ośrodek dla kobiet o pomoc w znalezieniu prawnika.
    .action-5 = Proszę zachować każdą odpowiedź, którą Pani dostanie. Proszę zabrać jej kopię do szpitala razem z dokumentacją ciąży.


## A stay away from the approved address overnight, such as a planned
## induction or caesarean.

flag-overnight-away =
    .title = Będzie Pani poza domem przez noc
    .explanation = Wizyta „{ $title }” zaczyna się { $date } o { $time } i kończy się { $end_date } o { $end }{ $has_place ->
        [yes] , miejsce: { $place }.
       *[no] .
    } To oznacza noc albo więcej poza Pani zatwierdzonym adresem (approved address). To dom, w którym zgodzono się, żeby Pani mieszkała. Pani warunki mówią, że musi Pani najpierw zapytać, zanim zostanie Pani gdzieś indziej na noc. Dotyczy to też zaplanowanego pobytu w szpitalu, na przykład wywołania porodu albo cesarskiego cięcia. Pobyt poza domem bez zgody może zostać uznany za naruszenie { $source ->
        [licence] zasad Pani zwolnienia warunkowego.
        [community_order] zasad Pani kary na wolności.
        [suspended_sentence] zasad Pani wyroku w zawieszeniu.
        [bail] warunków Pani zwolnienia na czas sprawy.
       *[other] zasad, które Pani dostała.
    }
    .action-1 = { $source ->
        [licence] Proszę teraz, przed tym dniem, poprosić kuratora o zgodę.
        [community_order] Proszę teraz, przed tym dniem, zapytać kuratora. Kurator powie Pani, czy potrzebna jest zgoda sądu.
        [suspended_sentence] Proszę teraz, przed tym dniem, zapytać kuratora. Kurator powie Pani, czy potrzebna jest zgoda sądu.
        [bail] Proszę teraz, przed tym dniem, zapytać prawnika. Może być potrzebna zgoda sądu.
       *[other] Proszę teraz, przed tym dniem, poprosić o zgodę osobę lub instytucję, która ustaliła tę zasadę.
    }
    .action-2 = Proszę wysłać albo pokazać list z terminem wizyty. Proszę podać daty i adres, pod którym Pani będzie.
    .action-3 = Pobyt w szpitalu może trwać dłużej, niż planowano. Jeśli Pani pobyt się zmieni, proszę jak najszybciej dać im znać.
    .action-4 = Jeśli ma Pani opaskę, proszę przed wyjściem zadzwonić do centrum monitoringu opasek. Numer jest w dokumentach od opaski.
    .action-5 = Proszę zachować kartę wypisową ze szpitala. Widać na niej, kiedy Pani przyjechała i kiedy wyszła.
    .draft = Dzień dobry. Mam wizytę od { $date } o { $time } do { $end_date } o { $end }{ $has_place ->
        [yes] , miejsce: { $place }.
       *[no] .
    } Chodzi o: { $title }. To oznacza, że przez noc będę poza moim zatwierdzonym adresem. { $source ->
        [bail] Proszę zapytać sąd, czy może się na to zgodzić.
        [community_order] Proszę mi powiedzieć, jak mogę dostać na to zgodę.
        [suspended_sentence] Proszę mi powiedzieć, jak mogę dostać na to zgodę.
       *[other] Proszę o zgodę na pobyt poza domem z tego powodu.
    } Od razu dam znać, jeśli daty się zmienią. Mogę przesłać list z terminem wizyty. Dziękuję.


## An appointment in a country or area she may not travel to.

flag-travel-ban =
    .title = Na ten wyjazd potrzebuje Pani zgody
    .explanation = Wizyta „{ $title }” odbędzie się { $date } o { $time }, miejsce: { $place }, { $country ->
        [GB] w Zjednoczonym Królestwie (UK)
        [GB-ENG] w Anglii
        [GB-WLS] w Walii
        [GB-SCT] w Szkocji
        [GB-NIR] w Irlandii Północnej
        [IE] w Irlandii
        [IM] na Wyspie Man
        [JE] na wyspie Jersey
        [GG] na wyspie Guernsey
        [FR] we Francji
        [ES] w Hiszpanii
        [PT] w Portugalii
        [PL] w Polsce
        [RO] w Rumunii
        [AL] w Albanii
        [LT] na Litwie
        [DE] w Niemczech
        [NL] w Holandii
        [BE] w Belgii
        [IT] we Włoszech
        [IN] w Indiach
        [PK] w Pakistanie
        [BD] w Bangladeszu
        [JM] na Jamajce
       *[other] w innym kraju ({ $country })
    }. Pani warunki mówią, że przed wyjazdem tam potrzebuje Pani zgody. Wyjazd bez zgody może zostać uznany za naruszenie { $source ->
        [licence] zasad Pani zwolnienia warunkowego.
        [community_order] zasad Pani kary na wolności.
        [suspended_sentence] zasad Pani wyroku w zawieszeniu.
        [bail] warunków Pani zwolnienia na czas sprawy.
       *[other] zasad, które Pani dostała.
    }
    .action-1 = { $source ->
        [licence] Proszę poprosić kuratora o zgodę, dużo wcześniej przed wyjazdem.
        [community_order] Proszę poprosić kuratora o zgodę, dużo wcześniej przed wyjazdem. Zmiana może wymagać zgody sądu.
        [suspended_sentence] Proszę poprosić kuratora o zgodę, dużo wcześniej przed wyjazdem. Zmiana może wymagać zgody sądu.
        [bail] Proszę poprosić prawnika, żeby poprosił sąd o zgodę, dużo wcześniej przed wyjazdem.
       *[other] Proszę poprosić o zgodę osobę lub instytucję, która ustaliła tę zasadę, dużo wcześniej przed wyjazdem.
    }
    .action-2 = Proszę podać daty, miejsce pobytu i powód wyjazdu. Proszę wysłać albo pokazać list z terminem wizyty.
    .action-3 = Może Pani zapytać, czy ta wizyta może odbyć się przez telefon, przez wideo albo bliżej domu.
    .action-4 = Jeśli to możliwe, proszę poczekać na odpowiedź, zanim zapłaci Pani za podróż.
    .action-5 = Jeśli dostanie Pani zgodę, proszę dostać ją na piśmie i zabrać ze sobą.
    .draft = Dzień dobry. Dnia { $date } o { $time } mam wizytę, miejsce: { $place }, { $country ->
        [GB] w Zjednoczonym Królestwie (UK)
        [GB-ENG] w Anglii
        [GB-WLS] w Walii
        [GB-SCT] w Szkocji
        [GB-NIR] w Irlandii Północnej
        [IE] w Irlandii
        [IM] na Wyspie Man
        [JE] na wyspie Jersey
        [GG] na wyspie Guernsey
        [FR] we Francji
        [ES] w Hiszpanii
        [PT] w Portugalii
        [PL] w Polsce
        [RO] w Rumunii
        [AL] w Albanii
        [LT] na Litwie
        [DE] w Niemczech
        [NL] w Holandii
        [BE] w Belgii
        [IT] we Włoszech
        [IN] w Indiach
        [PK] w Pakistanie
        [BD] w Bangladeszu
        [JM] na Jamajce
       *[other] w innym kraju ({ $country })
    }. Chodzi o: { $title }. Potrzebuję zgody na wyjazd tam. { $source ->
        [bail] Proszę zapytać sąd, czy może zgodzić się na ten wyjazd.
        [community_order] Proszę o pomoc w uzyskaniu zgody na ten wyjazd.
        [suspended_sentence] Proszę o pomoc w uzyskaniu zgody na ten wyjazd.
       *[other] Proszę o zgodę na ten wyjazd.
    } Mogę podać daty i adres, pod którym będę. Mogę przesłać list z terminem wizyty. Dziękuję.


## A criminal or family court hearing from 4 weeks before to 6 weeks after
## the due date.

flag-court-near-due-date =
    .title = Pani rozprawa jest blisko terminu porodu
    .explanation = „{ $title }”: { $date }, godz. { $time }, miejsce: { $place }. Termin porodu to { $due_date }. Blisko terminu porodu może Pani rodzić, być w szpitalu albo opiekować się noworodkiem. Można poprosić sąd o zmianę daty albo o zmianę sposobu prowadzenia rozprawy. Decyduje sąd, więc proszę zapytać wcześnie. { $kind ->
        [family_court] Decyzje sądu rodzinnego mogą dotyczyć Pani dzieci, więc ważne jest, żeby mogła Pani wziąć udział w rozprawie.
       *[court] Nieobecność na rozprawie w sądzie może spowodować poważne kłopoty, więc proszę szybko porozmawiać z prawnikiem.
    }
    .action-1 = Proszę teraz powiedzieć prawnikowi (solicitor), że termin porodu to { $due_date }.
    .action-2 = Proszę poprosić prawnika, żeby powiadomił sąd. Prawnik może poprosić o zmianę daty albo sposobu, w jaki weźmie Pani udział.
    .action-3 = Na przykład prawnik może zapytać, czy może Pani wziąć udział przez wideo. Może też poprosić o przerwy na odpoczynek albo karmienie dziecka.
    .action-4 = Proszę wziąć od położnej list z terminem porodu albo formularz MATB1. Proszę dać kopię prawnikowi.
    .action-5 = Jeśli nie ma Pani prawnika, proszę szybko zadzwonić do biura sądu. Proszę zapytać, jak dostać poradę prawną.


## Another required appointment (probation, unpaid work, programme, testing,
## police reporting) from 37 weeks to 6 weeks after the due date.

flag-requirement-near-due-date =
    .title = Obowiązkowa wizyta blisko terminu porodu
    .explanation = Wizyta „{ $title }” odbędzie się { $date } o { $time }. Termin porodu to { $due_date }. W okresie porodu pójście może być dla Pani trudne albo niebezpieczne dla Pani i dziecka. Może Pani już teraz zapytać, co będzie z { $kind ->
        [probation] Pani spotkaniami z kuratorem
        [unpaid_work] Pani pracą nieodpłatną
        [programme] Pani zajęciami w programie
        [drug_test] Pani testami na narkotyki albo alkohol
        [police_reporting] Pani zgłaszaniem się na policji
       *[other] Pani obowiązkowymi wizytami
    } w okresie porodu. { $kind ->
        [police_reporting] Prawnik może poprosić o zmianę zasad zgłaszania się.
       *[other] { $source ->
            [community_order] Kurator może pomóc. Niektóre zmiany wymagają zgody sądu.
            [suspended_sentence] Kurator może pomóc. Niektóre zmiany wymagają zgody sądu.
            [bail] Prawnik może poprosić sąd o zmianę.
           *[other] Kurator powie Pani, co można zmienić.
        }
    }
    .action-1 = { $kind ->
        [police_reporting] Proszę teraz, przed porodem, porozmawiać z prawnikiem.
       *[other] { $source ->
            [bail] Proszę teraz, przed porodem, porozmawiać z prawnikiem.
           *[other] Proszę teraz, przed porodem, porozmawiać z kuratorem.
        }
    }
    .action-2 = Proszę zapytać, co można zmienić w okresie porodu, na przykład godziny, miejsca, rozmowy przez telefon albo krótką przerwę.
    .action-3 = Proszę przynieść list od położnej z terminem porodu.
    .action-4 = Jeśli zacznie się poród albo Pani lub dziecko źle się czuje, najpierw proszę zadbać o pomoc medyczną. Potem proszę jak najszybciej dać im znać.
    .action-5 = Proszę zachować wszystkie listy ze szpitala. Proszę prosić o każdą zmianę na piśmie.


## An antenatal step has no appointment recorded in the app.
## Say "not recorded", never "missed". Calm, no blame.

flag-missing-antenatal-care =
    .title = { $step ->
        [booking] Nie ma zapisu pierwszej wizyty u położnej
        [dating_scan] Nie ma zapisu USG w 12. tygodniu
        [appt_16] Nie ma zapisu badania w 16. tygodniu
        [anomaly_scan] Nie ma zapisu USG w 20. tygodniu
        [appt_25] Nie ma zapisu badania w 25. tygodniu
        [appt_28] Nie ma zapisu badania w 28. tygodniu
        [appt_31] Nie ma zapisu badania w 31. tygodniu
        [appt_34] Nie ma zapisu badania w 34. tygodniu
        [appt_36] Nie ma zapisu badania w 36. tygodniu
        [appt_38] Nie ma zapisu badania w 38. tygodniu
        [appt_40] Nie ma zapisu badania w 40. tygodniu
        [appt_41] Nie ma zapisu badania w 41. tygodniu
       *[other] Nie ma zapisu badania w ciąży
    }
    .explanation = Aplikacja nie ma zapisu { $step ->
        [booking] pierwszej wizyty u położnej (booking appointment)
        [dating_scan] pierwszego USG, które pokazuje wiek ciąży (USG w 12. tygodniu)
        [appt_16] badania w 16. tygodniu
        [anomaly_scan] USG połówkowego (USG w 20. tygodniu)
        [appt_25] badania w 25. tygodniu
        [appt_28] badania w 28. tygodniu
        [appt_31] badania w 31. tygodniu
        [appt_34] badania w 34. tygodniu
        [appt_36] badania w 36. tygodniu
        [appt_38] badania w 38. tygodniu
        [appt_40] badania w 40. tygodniu
        [appt_41] badania w 41. tygodniu
       *[other] tego badania w ciąży
    }. Zwykle jest to między { $window_start } a { $window_end }. { $status ->
        [ended] Ten czas już minął, ale nadal warto o to zapytać.
       *[soon] Ten czas wkrótce się kończy.
    } Może to było, zanim zaczęła Pani używać aplikacji. Jeśli tak, może to Pani dodać. Jeśli nie, położna albo lekarz rodzinny (GP) może to umówić. { $step ->
        [booking] Na tej pierwszej wizycie położna planuje Pani opiekę i proponuje Pani badania.
        [dating_scan] USG sprawdza, jak rośnie dziecko, i może wcześnie wykryć problemy.
        [anomaly_scan] USG sprawdza, jak rośnie dziecko, i może wcześnie wykryć problemy.
       *[other] Te badania pomagają dbać o zdrowie Pani i dziecka.
    }
    .action-1 = Jeśli to już było, proszę dodać to do aplikacji razem z datą.
    .action-2 = { $step ->
        [booking] Jeśli nie ma Pani jeszcze położnej, może Pani sama skontaktować się z miejscową opieką położniczą albo zapytać lekarza rodzinnego (GP).
       *[other] Jeśli tego nie było, proszę zadzwonić do położnej albo lekarza rodzinnego (GP). Proszę poprosić o umówienie terminu.
    }
    .action-3 = Gdy będzie Pani miała datę, proszę dodać ją do aplikacji. Aplikacja sprawdzi, czy nie koliduje ona z Pani warunkami.
    .action-4 = Jeśli potrzebuje Pani tłumacza, proszę o niego poprosić. Jest bezpłatny.
    .action-5 = Jeśli martwi się Pani o siebie albo o dziecko, proszę zadzwonić do położnej, na oddział położniczy albo pod numer 111. W nagłym wypadku proszę dzwonić pod 999.


## A curfew applies around the birth: she needs a plan for urgent care at
## night.

flag-curfew-emergency-plan =
    .title = Plan na poród w godzinach policyjnych
    .explanation = Termin porodu to { $due_date }. Pani godzina policyjna (curfew) trwa od { $curfew_from } do { $curfew_to }. W nocy, w czasie porodu albo po nim, Pani albo dziecko może potrzebować pilnej pomocy. Jeśli tak się stanie, najpierw proszę zadbać o pomoc medyczną. Proszę nigdy nie czekać z powodu godziny policyjnej. Plan zrobiony teraz ułatwi Pani tę noc.
    .action-1 = Proszę zapytać { $source ->
        [licence] kuratora
        [community_order] kuratora
        [suspended_sentence] kuratora
        [bail] prawnika
       *[other] osobę lub instytucję, która ustaliła godzinę policyjną
    }, co robić, jeśli w nocy będzie Pani potrzebować pomocy medycznej. Proszę zapytać teraz, przed porodem.
    .action-2 = Proszę zapisać w telefonie numery położniczej izby przyjęć (maternity triage) i { $source ->
        [licence] kuratora
        [community_order] kuratora
        [suspended_sentence] kuratora
        [bail] prawnika
       *[other] osoby, która ustaliła godzinę policyjną
    }. { $monitoring ->
        [rf_tag] Proszę dodać też centrum monitoringu opasek. Jego numer jest w dokumentach od opaski. Proszę włożyć kopię wszystkich numerów do torby do szpitala.
        [gps_tag] Proszę dodać też centrum monitoringu opasek. Jego numer jest w dokumentach od opaski. Proszę włożyć kopię wszystkich numerów do torby do szpitala.
        [alcohol_tag] Proszę dodać też centrum monitoringu opasek. Jego numer jest w dokumentach od opaski. Proszę włożyć kopię wszystkich numerów do torby do szpitala.
       *[other] Proszę włożyć kopię numerów do torby do szpitala.
    }
    .action-3 = W nagłym wypadku najpierw proszę zadbać o pomoc medyczną. Proszę zadzwonić na położniczą izbę przyjęć albo pod 999, jeśli to coś poważnego. Jeśli dziecko jest chore, proszę zadzwonić pod 111 albo jechać na oddział ratunkowy (A&E).
    .action-4 = { $monitoring ->
        [rf_tag] Gdy tylko będzie to bezpieczne, proszę zadzwonić do centrum monitoringu opasek. Numer jest w dokumentach od opaski.
        [gps_tag] Gdy tylko będzie to bezpieczne, proszę zadzwonić do centrum monitoringu opasek. Numer jest w dokumentach od opaski.
        [alcohol_tag] Gdy tylko będzie to bezpieczne, proszę zadzwonić do centrum monitoringu opasek. Numer jest w dokumentach od opaski.
       *[other] Gdy będzie to bezpieczne, proszę zapisać, o której godzinie wyszła Pani z domu.
    } Proszę jak najszybciej powiadomić { $source ->
        [licence] kuratora
        [community_order] kuratora
        [suspended_sentence] kuratora
        [bail] prawnika
       *[other] osobę, która ustaliła godzinę policyjną
    }. Najpóźniej proszę to zrobić w następnym dniu roboczym. { $approved_address ->
        [yes] Proszę powiedzieć, jeśli musiała Pani spędzić noc poza domem.
       *[no] Proszę powiedzieć, dokąd Pani poszła i dlaczego.
    }
    .action-5 = Proszę zachować dowody: list ze szpitala, godzinę telefonu, nazwisko położnej oraz godzinę wyjścia z domu i powrotu.
