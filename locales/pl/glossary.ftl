## Glossary (en-GB, the source): terms interpreters and women meet, with plain definitions.
## Each term has: the word as it appears in running text, .forms (the word forms to highlight
## in guide text, the term itself first) and .definition (one or two short, plain sentences).
## Every fact comes from shared/domain/facts.md. Never promise confidentiality.


## Licences

term-licence = zwolnienie warunkowe (licence)
    .forms = zwolnienie warunkowe (licence), zwolnienie warunkowe, zwolnienia warunkowego, zwolnieniu warunkowym, licence
    .definition = Zasady, których musi Pani przestrzegać po wyjściu z więzienia, aż do końca wyroku. Jeśli je Pani złamie, może Pani wrócić do więzienia.

term-standard-conditions = warunki podstawowe (standard conditions)
    .forms = warunki podstawowe (standard conditions), warunkami podstawowymi, standard conditions
    .definition = Podstawowe zasady w każdym zwolnieniu warunkowym. Na przykład utrzymywać kontakt z kuratorem i mieszkać pod adresem, na który się zgodził.

term-additional-conditions = warunki dodatkowe (additional conditions)
    .forms = warunki dodatkowe (additional conditions), warunkami dodatkowymi, additional conditions
    .definition = Dodatkowe zasady w zwolnieniu warunkowym. Mogą mówić, gdzie Pani mieszka, z kim nie wolno się Pani kontaktować, o godzinie policyjnej albo o miejscach, do których nie wolno Pani chodzić.

term-licence-variation = zmiana warunków zwolnienia (licence variation)
    .forms = zmiana warunków zwolnienia (licence variation), zmianę warunków zwolnienia
    .definition = Zmiana zasad Pani zwolnienia warunkowego. Proszę zapytać kuratora, który może złożyć wniosek, ale zmiana nie jest pewna.

term-probation-officer = kurator (probation officer)
    .forms = kurator (probation officer), kurator, kuratora, kuratorowi, kuratorem, kuratorzy, probation officer, probation practitioner
    .definition = Osoba ze służby kuratorskiej (probation), która sprawdza, czy przestrzega Pani swoich zasad. Może się też nazywać probation practitioner.

term-supervision-appointment = spotkanie z kuratorem
    .forms = spotkanie z kuratorem, spotkaniem u kuratora
    .definition = Spotkanie ze służbą kuratorską, na które musi Pani przyjść. Jeśli nie może Pani przyjść, proszę wcześnie powiedzieć kuratorowi i podać powód.

term-approved-premises = zatwierdzony ośrodek (Approved Premises)
    .forms = zatwierdzony ośrodek (Approved Premises)
    .definition = Miejsce, w którym niektóre osoby muszą mieszkać po wyjściu z więzienia, zgodnie z zasadami zwolnienia warunkowego. Dzieci nie mogą tam mieszkać.

term-home-detention-curfew = wcześniejsze zwolnienie z godziną policyjną (Home Detention Curfew)
    .forms = wcześniejsze zwolnienie z godziną policyjną (Home Detention Curfew), wcześniejszym zwolnieniem z godziną policyjną, Home Detention Curfew
    .definition = Wyjście z więzienia najwyżej 180 dni wcześniej, z opaską elektroniczną. Musi Pani być w domu co najmniej 9 godzin dziennie.


## Community orders and suspended sentences

term-community-order = kara na wolności (community order)
    .forms = kara na wolności (community order), kara na wolności, kary na wolności, karze na wolności, community order
    .definition = Kara, którą odbywa Pani w społeczności, a nie w więzieniu. Sąd dodaje do niej zasady, które nazywają się obowiązkami. Może trwać do 3 lat.

term-suspended-sentence-order = wyrok w zawieszeniu (suspended sentence order)
    .forms = wyrok w zawieszeniu (suspended sentence order), wyrok w zawieszeniu, wyroku w zawieszeniu, suspended sentence
    .definition = Kara więzienia, której nie odbywa Pani od razu. Jeśli złamie Pani jej zasady albo popełni nowe przestępstwo, sąd może wysłać Panią do więzienia.

term-requirement = obowiązek (requirement)
    .forms = obowiązek (requirement), obowiązek, obowiązku, obowiązków, obowiązkami, requirements
    .definition = Zasada, którą sąd dodaje do kary na wolności albo wyroku w zawieszeniu, na przykład praca nieodpłatna albo godzina policyjna.

term-unpaid-work = praca nieodpłatna (unpaid work)
    .forms = praca nieodpłatna (unpaid work), praca nieodpłatna, pracy nieodpłatnej, pracą nieodpłatną
    .definition = Praca w społeczności bez wynagrodzenia, od 40 do 300 godzin. Sąd musi wziąć pod uwagę osoby od Pani zależne, na przykład dzieci.

term-rehabilitation-activity-requirement = zajęcia resocjalizacyjne (rehabilitation activity requirement)
    .forms = zajęcia resocjalizacyjne (rehabilitation activity requirement)
    .definition = Wizyty i zajęcia, które ustala dla Pani służba kuratorska. Sąd ustala, ile najwięcej dni można na nie przeznaczyć.

term-curfew-requirement = obowiązek godziny policyjnej (curfew requirement)
    .forms = obowiązek godziny policyjnej (curfew requirement), godzina policyjna, godziny policyjnej, godzinę policyjną, godziną policyjną, godzin policyjnych, godzinach policyjnych, curfew
    .definition = Zasada, że musi Pani być w domu w ustalonych godzinach. Przy karze na wolności to od 2 do 20 godzin dziennie.


## Bail

term-bail = zwolnienie na czas sprawy (bail)
    .forms = zwolnienie na czas sprawy (bail), zwolnienie na czas sprawy, zwolnienia na czas sprawy, zwolnieniu na czas sprawy, bail
    .definition = Pozostanie poza więzieniem, dopóki trwa Pani sprawa. Może Pani musieć przestrzegać zasad, które nazywają się warunkami zwolnienia na czas sprawy.

term-bail-conditions = warunki zwolnienia na czas sprawy (bail conditions)
    .forms = warunki zwolnienia na czas sprawy (bail conditions), warunkami zwolnienia na czas sprawy, warunek zwolnienia na czas sprawy, bail conditions
    .definition = Zasady, których musi Pani przestrzegać, gdy jest Pani na zwolnieniu na czas sprawy. Na przykład mieszkanie pod ustalonym adresem, godzina policyjna albo zgłaszanie się na posterunek policji.

term-surety = poręczyciel (surety)
    .forms = poręczyciel (surety)
    .definition = Osoba, która obiecuje sądowi pieniądze, żeby pomóc zapewnić, że wróci Pani do sądu. Jeśli Pani nie wróci, ta osoba może stracić pieniądze.

term-police-bail = zwolnienie na czas sprawy ustalone przez policję (police bail)
    .forms = zwolnienie na czas sprawy ustalone przez policję (police bail), zwolnieniu na czas sprawy ustalonym przez policję
    .definition = Zwolnienie na czas sprawy ustalone przez policję, przed postawieniem zarzutów albo po nim. Ustala je policjant odpowiedzialny za zatrzymanych (custody officer), który może je też zmienić.

term-court-bail = zwolnienie na czas sprawy ustalone przez sąd (court bail)
    .forms = zwolnienie na czas sprawy ustalone przez sąd (court bail), zwolnieniu na czas sprawy ustalonym przez sąd
    .definition = Zwolnienie na czas sprawy ustalone przez sąd. Żeby je zmienić, prosi Pani sąd, zwykle przez prawnika.


## Tags

term-electronic-monitoring = dozór elektroniczny (electronic monitoring)
    .forms = dozór elektroniczny (electronic monitoring), opaska elektroniczna, opaskę elektroniczną, opaska, opaski, opaskę, opaską, opasek, tag
    .definition = Używanie opaski, którą Pani nosi, żeby sprawdzać, czy przestrzega Pani zasad, na przykład godziny policyjnej albo zakazu chodzenia do niektórych miejsc.

term-curfew-tag = opaska do godziny policyjnej (curfew tag)
    .forms = opaska do godziny policyjnej (curfew tag), opaska do godziny policyjnej, opaski do godziny policyjnej
    .definition = Opaska, która działa z urządzeniem w Pani domu. Powiadamia centrum monitoringu, jeśli nie ma Pani w domu w czasie godziny policyjnej.

term-gps-tag = opaska GPS (GPS tag)
    .forms = opaska GPS (GPS tag), opaska GPS, opaski GPS
    .definition = Opaska, która cały czas zapisuje, gdzie Pani jest. Musi ją Pani ładować co najmniej 1 godzinę dziennie.

term-monitoring-centre = centrum monitoringu (monitoring centre)
    .forms = centrum monitoringu (monitoring centre), centrum monitoringu opasek, centrum monitoringu, monitoring centre
    .definition = Zespół, który pilnuje opasek, czynny w dzień i w nocy. Jeśli musi Pani wyjść w czasie godziny policyjnej, proszę zadzwonić do niego, gdy tylko będzie to bezpieczne.


## Breach and recall

term-breach = naruszenie (breach)
    .forms = naruszenie (breach), naruszenie, naruszenia, naruszeniu, breach
    .definition = Złamanie zasady zwolnienia warunkowego, wyroku albo zwolnienia na czas sprawy. Przy wyroku liczy się tylko wtedy, gdy nie miała Pani uzasadnionego powodu.

term-recall = powrót do więzienia (recall)
    .forms = powrót do więzienia (recall), powrót do więzienia, powrotu do więzienia, powrotem do więzienia, powrocie do więzienia, odesłana z powrotem do więzienia, powrót na określony czas, zwykły powrót do więzienia, recall, fixed-term recall, standard recall
    .definition = Odesłanie z powrotem do więzienia w czasie zwolnienia warunkowego, na przykład za złamanie zasad. Wcześniej nie ma rozprawy w sądzie.

term-reasonable-excuse = uzasadniony powód (reasonable excuse)
    .forms = uzasadniony powód (reasonable excuse), uzasadniony powód, uzasadnionego powodu, reasonable excuse
    .definition = Dobry powód, żeby nie przestrzegać zasady. Najpierw decyduje o tym kurator, a potem sąd, jeśli sprawa tam trafi.

term-warning = ostrzeżenie (warning)
    .forms = ostrzeżenie (warning), pisemne ostrzeżenie, ostrzeżenie, ostrzeżeniu
    .definition = Pisemne ostrzeżenie od kuratora, gdy złamie Pani zasadę wyroku. Kolejne naruszenie w ciągu 12 miesięcy musi wtedy trafić do sądu.


## Children's social care

term-childrens-social-care = opieka społeczna dla dzieci (children's social care)
    .forms = opieka społeczna dla dzieci (children's social care), opieka społeczna dla dzieci, opieki społecznej dla dzieci, opieka społeczna, opieki społecznej, opiece społecznej, children's social care, social services, social care
    .definition = Zespół w gminie, który pomaga dzieciom i rodzinom. Działa też wtedy, gdy dziecku może grozić krzywda.

term-social-worker = pracownik socjalny (social worker)
    .forms = pracownik socjalny (social worker), pracownik socjalny, pracownika socjalnego
    .definition = Osoba z opieki społecznej dla dzieci, która pracuje z Pani rodziną. Może przekazać informacje innym, jeśli dziecku może grozić krzywda.

term-early-help = wczesna pomoc (early help)
    .forms = wczesna pomoc (early help), wczesna pomoc, early help
    .definition = Dodatkowe wsparcie dla Pani rodziny od gminy albo innych służb. To Pani decyduje, czy z niego skorzysta.

term-child-in-need = dziecko w potrzebie (child in need)
    .forms = dziecko w potrzebie (child in need), dziecko w potrzebie, dzieckiem w potrzebie, child in need
    .definition = Dziecko, które potrzebuje dodatkowych usług, żeby być zdrowe i dobrze się rozwijać. W Walii ta pomoc nazywa się opieką i wsparciem (care and support).

term-child-protection-plan = plan ochrony dziecka (child protection plan)
    .forms = plan ochrony dziecka (child protection plan)
    .definition = Plan, który ma zapewnić dziecku bezpieczeństwo, zrobiony po konferencji w sprawie ochrony dziecka. W Walii dziecko wpisuje się do rejestru ochrony dzieci.

term-pre-birth-assessment = ocena przed porodem (pre-birth assessment)
    .forms = ocena przed porodem (pre-birth assessment), ocenę przed porodem, pre-birth assessment
    .definition = Gdy opieka społeczna dla dzieci sprawdza, jeszcze przed urodzeniem dziecka, czy będzie ono potrzebować pomocy albo ochrony.

term-child-protection-conference = konferencja w sprawie ochrony dziecka (child protection conference)
    .forms = konferencja w sprawie ochrony dziecka (child protection conference), konferencja w sprawie ochrony dziecka, konferencję w sprawie ochrony dziecka, konferencja kontrolna, konferencje kontrolne, pierwsza konferencja, pierwszej konferencji, child protection conference, review conference
    .definition = Spotkanie specjalistów i rodziców, gdy dziecku może grozić poważna krzywda. Dostaje Pani zaproszenie i może Pani przyjść z osobą wspierającą.

term-core-group = grupa główna (core group)
    .forms = grupa główna (core group), grupa główna, core group
    .definition = Rodzice i specjaliści, którzy często spotykają się po konferencji w sprawie ochrony dziecka. Pierwsze spotkanie odbywa się w ciągu 10 dni roboczych.

term-section-20 = sekcja 20 (section 20)
    .forms = sekcja 20 (section 20), sekcja 20, sekcji 20, section 20, dobrowolnym umieszczeniem, voluntary accommodation
    .definition = Gmina opiekuje się Pani dzieckiem, bo Pani się na to zgodziła, i może Pani zabrać dziecko z powrotem w każdej chwili. Proszę zasięgnąć porady prawnej, zanim Pani coś podpisze.

term-section-76 = sekcja 76 (section 76)
    .forms = sekcja 76 (section 76), sekcja 76
    .definition = W Walii to prawo na sytuację, gdy gmina opiekuje się Pani dzieckiem, bo Pani się na to zgodziła, tak jak sekcja 20. Proszę najpierw zasięgnąć porady prawnej.

term-letter-before-proceedings = list przed sprawą sądową (letter before proceedings)
    .forms = list przed sprawą sądową (letter before proceedings), list przed sprawą sądową, liście przed sprawą sądową, letter before proceedings
    .definition = List, w którym gmina pisze, że może pójść do sądu w sprawie Pani dziecka. Może Pani dostać bezpłatną poradę prawną, więc proszę teraz iść do prawnika.

term-pre-proceedings-meeting = spotkanie przed sprawą sądową (pre-proceedings meeting)
    .forms = spotkanie przed sprawą sądową (pre-proceedings meeting), spotkaniem przed sprawą sądową, pre-proceedings meeting
    .definition = Spotkanie z gminą po tym, jak dostanie Pani list przed sprawą sądową. Prawnik może przyjść z Panią.

term-care-proceedings = sprawa o opiekę nad dzieckiem (care proceedings)
    .forms = sprawa o opiekę nad dzieckiem (care proceedings), sprawa o opiekę nad dzieckiem, sprawie o opiekę nad dzieckiem, care proceedings
    .definition = Sprawa w sądzie dotycząca Pani dziecka, którą zaczyna gmina. Powinna się skończyć w ciągu 26 tygodni, a pomoc prawna jest dla rodziców bezpłatna.

term-care-order = nakaz opieki (care order)
    .forms = nakaz opieki (care order), nakaz opieki, nakazu opieki, nakazie opieki, care order
    .definition = Nakaz sądu, który daje gminie władzę rodzicielską nad dzieckiem. Pani zachowuje swoją, ale gmina może ograniczyć to, jak Pani z niej korzysta.

term-parental-responsibility = władza rodzicielska (parental responsibility)
    .forms = władza rodzicielska (parental responsibility), władza rodzicielska, władzę rodzicielską, władzą rodzicielską, parental responsibility
    .definition = Prawa i obowiązki, które rodzic ma według prawa, na przykład wybór szkoły. Zachowuje ją Pani w więzieniu, chyba że sąd ją odbierze.

term-kinship-care = opieka bliskich (kinship care)
    .forms = opieka bliskich (kinship care), opieką bliskich, opieki bliskich, kinship care
    .definition = Gdy krewny albo przyjaciel rodziny opiekuje się dzieckiem, które nie może mieszkać z rodzicami. Gmina musi podać, jaką pomoc mogą dostać tacy opiekunowie.


## Family court

term-family-court = sąd rodzinny (family court)
    .forms = sąd rodzinny (family court), sąd rodzinny
    .definition = Sąd, który rozstrzyga sprawy dotyczące dzieci, na przykład sprawy o opiekę nad dzieckiem. Sąd zapewnia Pani tłumacza na rozprawy.

term-solicitor = prawnik (solicitor)
    .forms = prawnik (solicitor), prawnika od spraw rodzinnych, prawnik, prawnika, prawnikowi, prawnikiem, solicitor, family solicitor
    .definition = Osoba, która udziela Pani porad prawnych i może mówić w Pani imieniu. Może za nią zapłacić pomoc prawna (legal aid).

term-legal-aid = pomoc prawna (legal aid)
    .forms = pomoc prawna (legal aid), pomoc prawna, bezpłatna pomoc prawna, legal aid, Legal Help, Family Help (Lower)
    .definition = Pieniądze od państwa, które płacą za poradę prawną i prawnika. Rodzice w sprawie o opiekę nad dzieckiem dostają ją bez względu na dochody.

term-childrens-guardian = opiekun dziecka w sądzie (children's guardian)
    .forms = opiekun dziecka w sądzie (children's guardian)
    .definition = Osoba, którą sąd rodzinny wybiera w sprawie o opiekę nad dzieckiem, żeby mówiła, co jest najlepsze dla dziecka. Pracuje dla dziecka, a nie dla gminy.


## Mother and Baby Units

term-mother-and-baby-unit = oddział dla matek z dziećmi (Mother and Baby Unit)
    .forms = oddział dla matek z dziećmi (Mother and Baby Unit), oddział dla matek z dziećmi, Mother and Baby Unit, MBU
    .definition = Oddział w więzieniu dla kobiet, w którym może Pani mieszkać z dzieckiem, zwykle do czasu, gdy dziecko skończy 18 miesięcy.

term-admissions-board = komisja przyjęć (admissions board)
    .forms = komisja przyjęć (admissions board), komisją przyjęć, admissions board
    .definition = Grupa, która decyduje, czy dostanie Pani miejsce w oddziale dla matek z dziećmi. Jeśli powie nie, może się Pani odwołać.


## Pregnancy, birth and your baby's health

term-midwife = położna (midwife)
    .forms = położna (midwife), położna, położnej, położną, położne
    .definition = Osoba z ochrony zdrowia, która opiekuje się Panią i dzieckiem w ciąży, przy porodzie i w pierwszych tygodniach po nim.

term-antenatal-appointment = wizyta kontrolna w ciąży (antenatal appointment)
    .forms = wizyta kontrolna w ciąży (antenatal appointment), wizytą kontrolną w ciąży, wizyta kontrolna, wizyty kontrolne, wizyt kontrolnych
    .definition = Wizyta kontrolna w czasie ciąży. Zwykle jest ich 10 w pierwszej ciąży i 7 w kolejnych.

term-booking-appointment = pierwsza wizyta u położnej (booking appointment)
    .forms = pierwsza wizyta u położnej (booking appointment), pierwsza wizyta u położnej, booking appointment, booking
    .definition = Pierwsza pełna wizyta u położnej w ciąży. Powinna się odbyć do 10. tygodnia ciąży.

term-maternity-triage = położnicza izba przyjęć (maternity triage)
    .forms = położnicza izba przyjęć (maternity triage), położnicza izba przyjęć, położniczą izbę przyjęć, izba przyjęć, izbę przyjęć, maternity triage, triage
    .definition = Pilna pomoc dla kobiet w ciąży w szpitalu, czynna w dzień i w nocy. Proszę tam dzwonić przy krwawieniu, bólu albo gdy dziecko mniej się rusza.

term-health-visitor = pielęgniarka środowiskowa (health visitor)
    .forms = pielęgniarka środowiskowa (health visitor), pielęgniarka środowiskowa, pielęgniarki środowiskowej, health visitor
    .definition = Osoba z ochrony zdrowia, która sprawdza, jak się mają Pani i dziecko, od końca ciąży do czasu, gdy dziecko ma około 2 i pół roku.

term-new-birth-visit = pierwsza wizyta po porodzie (new birth visit)
    .forms = pierwsza wizyta po porodzie (new birth visit)
    .definition = Pierwsza wizyta pielęgniarki środowiskowej po porodzie, gdy dziecko ma od 10 do 14 dni.

term-6-8-week-check = badanie w 6.–8. tygodniu (6–8 week check)
    .forms = badanie w 6.–8. tygodniu (6–8 week check), badania w 6.–8. tygodniu
    .definition = Badania, gdy dziecko ma od 6 do 8 tygodni. Lekarz rodzinny (GP) bada Panią i dziecko, a pielęgniarka środowiskowa też się z Panią spotyka.

term-immunisations = szczepienia (immunisations)
    .forms = szczepienia (immunisations), szczepienia, szczepionki, szczepionkę
    .definition = Szczepionki, które chronią przed poważnymi chorobami. Niektóre dostaje się w ciąży, a pierwsze szczepienia dziecka zaczynają się, gdy ma ono 8 tygodni.

term-interpreter = tłumacz (interpreter)
    .forms = tłumacz (interpreter), tłumacza, tłumacze, tłumaczenie
    .definition = Przeszkolona osoba, która przekłada to, co się mówi, na Pani język. Tłumaczenie w NHS jest bezpłatne, a rodzina, przyjaciele ani dzieci nie powinni tłumaczyć.
