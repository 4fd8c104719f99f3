## Glossary (ro, translated from en-GB, the source): terms interpreters and women meet, with plain definitions.
## Each term has: the word as it appears in running text, .forms (the word forms to highlight
## in guide text, the term itself first) and .definition (one or two short, plain sentences).
## Every fact comes from shared/domain/facts.md. Never promise confidentiality.


## Licences

term-licence = eliberare condiționată (licence)
    .forms = eliberare condiționată (licence), eliberare condiționată, eliberarea condiționată, eliberării condiționate, eliberări condiționate, eliberată condiționat, licence
    .definition = Regulile pe care trebuie să le respectați după ce ieșiți din închisoare, până la sfârșitul pedepsei. Dacă le încălcați, puteți ajunge înapoi în închisoare.

term-standard-conditions = condiții standard (standard conditions)
    .forms = condiții standard (standard conditions), condiții standard
    .definition = Regulile de bază din orice eliberare condiționată. De exemplu, să țineți legătura cu consilierul de probațiune și să locuiți la adresa aprobată de el.

term-additional-conditions = condiții suplimentare (additional conditions)
    .forms = condiții suplimentare (additional conditions), condiții suplimentare
    .definition = Reguli în plus, adăugate la eliberarea condiționată. Pot spune unde locuiți, pe cine nu aveți voie să contactați, o interdicție de ieșire sau locuri unde nu aveți voie să mergeți.

term-licence-variation = schimbarea eliberării condiționate (licence variation)
    .forms = schimbarea eliberării condiționate (licence variation), schimbarea eliberării condiționate
    .definition = O schimbare a regulilor eliberării condiționate. Întrebați consilierul de probațiune, care poate face cererea, dar schimbarea nu este sigură.

term-probation-officer = consilier de probațiune (probation officer)
    .forms = consilier de probațiune (probation officer), consilier de probațiune, consilierul de probațiune, consilierului de probațiune, consilierul, consilierului, consilier, probation officer, probation practitioner
    .definition = Persoana de la serviciul de probațiune care verifică dacă respectați regulile. I se mai poate spune și „probation practitioner”.

term-supervision-appointment = întâlnire de supraveghere (supervision appointment)
    .forms = întâlnire de supraveghere (supervision appointment), întâlnire de supraveghere, programare la probațiune
    .definition = O întâlnire cu serviciul de probațiune, la care trebuie să mergeți. Dacă nu puteți merge, spuneți-i din timp consilierului de probațiune și explicați de ce.

term-approved-premises = cămin aprobat (Approved Premises)
    .forms = cămin aprobat (Approved Premises), cămin aprobat
    .definition = Un loc unde unele persoane trebuie să locuiască după închisoare, ca regulă a eliberării condiționate. Copiii nu pot locui acolo.

term-home-detention-curfew = eliberare anticipată cu interdicție de ieșire (Home Detention Curfew)
    .forms = eliberare anticipată cu interdicție de ieșire (Home Detention Curfew), eliberare anticipată cu interdicție de ieșire
    .definition = Ieșirea din închisoare cu până la 180 de zile mai devreme, cu brățară electronică. Trebuie să fiți acasă cel puțin 9 ore pe zi.


## Community orders and suspended sentences

term-community-order = pedeapsă în comunitate (community order)
    .forms = pedeapsă în comunitate (community order), pedeapsă în comunitate, pedeapsa în comunitate
    .definition = O pedeapsă pe care o executați în comunitate, nu în închisoare. Instanța adaugă reguli numite obligații, iar pedeapsa poate dura până la 3 ani.

term-suspended-sentence-order = pedeapsă cu suspendare (suspended sentence)
    .forms = pedeapsă cu suspendare (suspended sentence), pedeapsă cu suspendare, pedeapsa cu suspendare
    .definition = O pedeapsă cu închisoarea pe care nu o executați imediat. Dacă îi încălcați regulile sau comiteți o nouă infracțiune, instanța vă poate trimite la închisoare.

term-requirement = obligație (requirement)
    .forms = obligație (requirement), obligație, obligații, obligațiile, requirements
    .definition = O regulă pe care instanța o adaugă la o pedeapsă în comunitate sau cu suspendare, de exemplu muncă neplătită sau o interdicție de ieșire.

term-unpaid-work = muncă neplătită (unpaid work)
    .forms = muncă neplătită (unpaid work), muncă neplătită, munca neplătită
    .definition = Muncă în comunitate fără plată, între 40 și 300 de ore. Instanța trebuie să țină cont de persoanele care depind de dumneavoastră, de exemplu copiii.

term-rehabilitation-activity-requirement = obligație de activități de reabilitare (rehabilitation activity requirement)
    .forms = obligație de activități de reabilitare (rehabilitation activity requirement), obligație de activități de reabilitare
    .definition = Programări și activități pe care vi le stabilește serviciul de probațiune. Instanța stabilește numărul maxim de zile care pot fi folosite.

term-curfew-requirement = interdicție de ieșire (curfew)
    .forms = interdicție de ieșire (curfew), interdicție de ieșire, interdicția de ieșire, interdicției de ieșire
    .definition = O regulă care spune că trebuie să fiți acasă la anumite ore. La o pedeapsă în comunitate, este între 2 și 20 de ore pe zi.


## Bail

term-bail = eliberare pe cauțiune (bail)
    .forms = eliberare pe cauțiune (bail), eliberare pe cauțiune, eliberarea pe cauțiune, eliberată pe cauțiune, cauțiune, cauțiunea, cauțiunii, bail
    .definition = Faptul că nu stați în închisoare cât timp cazul dumneavoastră este în curs. S-ar putea să trebuiască să respectați reguli, numite condiții de cauțiune.

term-bail-conditions = condiții de cauțiune (bail conditions)
    .forms = condiții de cauțiune (bail conditions), condiții de cauțiune, condițiile de cauțiune, condiție de cauțiune
    .definition = Reguli pe care trebuie să le respectați cât sunteți eliberată pe cauțiune. De exemplu: să locuiți la o adresă, o interdicție de ieșire sau prezentarea la o secție de poliție.

term-surety = garant (surety)
    .forms = garant (surety), garant
    .definition = O persoană care promite instanței o sumă de bani, ca să se asigure că vă întoarceți la instanță. Poate pierde banii dacă nu vă întoarceți.

term-police-bail = cauțiune stabilită de poliție (police bail)
    .forms = cauțiune stabilită de poliție (police bail), cauțiune stabilită de poliție, cauțiunea stabilită de poliție
    .definition = Cauțiune stabilită de poliție, înainte sau după ce sunteți pusă sub acuzare. O stabilește un ofițer de custodie (custody officer), care o poate și schimba.

term-court-bail = cauțiune stabilită de instanță (court bail)
    .forms = cauțiune stabilită de instanță (court bail), cauțiune stabilită de instanță, cauțiunea stabilită de instanță
    .definition = Cauțiune stabilită de o instanță. Ca să o schimbați, cereți instanței, de obicei prin avocat.


## Tags

term-electronic-monitoring = monitorizare electronică (electronic monitoring)
    .forms = monitorizare electronică (electronic monitoring), monitorizare electronică, brățară electronică, brățară, brățara, brățările, brățării, tag
    .definition = Folosirea unei brățări pe care o purtați, ca să se verifice dacă respectați regulile, de exemplu o interdicție de ieșire sau locurile unde nu aveți voie să mergeți.

term-curfew-tag = brățară pentru interdicția de ieșire (curfew tag)
    .forms = brățară pentru interdicția de ieșire (curfew tag), brățară pentru interdicția de ieșire, brățările pentru interdicția de ieșire
    .definition = O brățară care funcționează cu o cutie din casă. Anunță centrul de monitorizare dacă nu sunteți acasă în orele interdicției de ieșire.

term-gps-tag = brățară GPS (GPS tag)
    .forms = brățară GPS (GPS tag), brățară GPS, brățările GPS
    .definition = O brățară care înregistrează tot timpul unde sunteți. Trebuie să o încărcați cel puțin 1 oră în fiecare zi.

term-monitoring-centre = centrul de monitorizare (monitoring centre)
    .forms = centrul de monitorizare (monitoring centre), centrul de monitorizare, centrului de monitorizare
    .definition = Echipa care urmărește brățările, deschisă zi și noapte. Sunați acolo imediat ce puteți în siguranță, dacă trebuie să plecați în timpul interdicției de ieșire.


## Breach and recall

term-breach = încălcare (breach)
    .forms = încălcare (breach), încălcare, încălcarea, încălcat
    .definition = Faptul că nu respectați o regulă a eliberării condiționate, a pedepsei sau a cauțiunii. La o pedeapsă în comunitate sau cu suspendare, contează doar dacă nu ați avut un motiv întemeiat.

term-recall = întoarcere în închisoare (recall)
    .forms = întoarcere în închisoare (recall), întoarcere în închisoare, întoarcerea în închisoare, întoarcere pe termen fix, întoarcere standard, trimisă înapoi în închisoare, recall, fixed-term recall, standard recall
    .definition = Trimiterea înapoi în închisoare cât sunteți eliberată condiționat, de exemplu pentru încălcarea regulilor. Nu există mai întâi o ședință de judecată.

term-reasonable-excuse = motiv întemeiat (reasonable excuse)
    .forms = motiv întemeiat (reasonable excuse), motiv întemeiat
    .definition = Un motiv bun pentru care nu ați respectat o regulă. Întâi decide consilierul de probațiune, apoi instanța, dacă ajunge cazul acolo.

term-warning = avertisment
    .forms = avertisment, avertisment scris
    .definition = Un avertisment scris de la serviciul de probațiune, după ce încălcați o regulă a unei pedepse în comunitate sau cu suspendare. După aceea, o nouă încălcare în 12 luni trebuie să ajungă la instanță.


## Children's social care

term-childrens-social-care = serviciile sociale pentru copii (children's social care)
    .forms = serviciile sociale pentru copii (children's social care), serviciile sociale pentru copii, serviciile sociale, servicii sociale, serviciilor sociale
    .definition = Echipa consiliului local care ajută copiii și familiile. Intervine și când un copil ar putea fi în pericol.

term-social-worker = asistent social (social worker)
    .forms = asistent social (social worker), asistent social, asistentul social, asistentului social
    .definition = O persoană de la serviciile sociale pentru copii care lucrează cu familia dumneavoastră. Poate da informații mai departe dacă un copil ar putea fi în pericol.

term-early-help = sprijin timpuriu (early help)
    .forms = sprijin timpuriu (early help), sprijin timpuriu, sprijinul timpuriu, early help
    .definition = Ajutor în plus pentru familie, de la consiliul local sau de la alte servicii. Dumneavoastră alegeți dacă îl primiți.

term-child-in-need = copil în nevoie (child in need)
    .forms = copil în nevoie (child in need), copil în nevoie, copilul în nevoie, în nevoie
    .definition = Un copil care are nevoie de servicii în plus ca să fie sănătos și să se dezvolte bine. În Țara Galilor, acest ajutor se numește îngrijire și sprijin (care and support).

term-child-protection-plan = plan de protecție a copilului (child protection plan)
    .forms = plan de protecție a copilului (child protection plan), plan de protecție a copilului
    .definition = Un plan pentru siguranța unui copil, făcut după o ședință de protecție a copilului. În Țara Galilor, copilul este trecut într-un registru de protecție a copilului.

term-pre-birth-assessment = evaluare înainte de naștere (pre-birth assessment)
    .forms = evaluare înainte de naștere (pre-birth assessment), evaluare înainte de naștere
    .definition = Când serviciile sociale pentru copii verifică, înainte de naștere, dacă bebelușul va avea nevoie de ajutor sau de protecție.

term-child-protection-conference = ședință de protecție a copilului (child protection conference)
    .forms = ședință de protecție a copilului (child protection conference), ședință de protecție a copilului, ședințele de protecție a copilului, ședință de revizuire, ședințele de revizuire
    .definition = O întâlnire a specialiștilor și a părinților, când un copil ar putea fi în pericol de un rău grav. Sunteți invitată și puteți aduce un însoțitor.

term-core-group = grup de bază (core group)
    .forms = grup de bază (core group), grup de bază, grupurile de bază
    .definition = Părinții și specialiștii care se întâlnesc des după o ședință de protecție a copilului. Prima întâlnire are loc în 10 zile lucrătoare.

term-section-20 = secțiunea 20 (section 20)
    .forms = secțiunea 20 (section 20), secțiunea 20, secțiunii 20, găzduire voluntară, voluntary accommodation
    .definition = Consiliul local are grijă de copil pentru că sunteți de acord, iar dumneavoastră vă puteți lua copilul înapoi oricând. Cereți sfaturi juridice înainte să semnați.

term-section-76 = secțiunea 76 (section 76)
    .forms = secțiunea 76 (section 76), secțiunea 76
    .definition = În Țara Galilor, aceasta este legea pentru când consiliul local are grijă de copil pentru că sunteți de acord, la fel ca secțiunea 20. Cereți întâi sfaturi juridice.

term-letter-before-proceedings = scrisoare înainte de proces (letter before proceedings)
    .forms = scrisoare înainte de proces (letter before proceedings), scrisoare înainte de proces, scrisoarea înainte de proces
    .definition = O scrisoare care spune că s-ar putea ca consiliul local să meargă la instanță în legătură cu copilul. Puteți primi sfaturi juridice gratuite, așa că mergeți acum la un avocat.

term-pre-proceedings-meeting = întâlnire înainte de proces (pre-proceedings meeting)
    .forms = întâlnire înainte de proces (pre-proceedings meeting), întâlnire înainte de proces
    .definition = O întâlnire cu consiliul local după ce primiți o scrisoare înainte de proces. Un avocat poate veni cu dumneavoastră.

term-care-proceedings = proces privind îngrijirea copilului (care proceedings)
    .forms = proces privind îngrijirea copilului (care proceedings), proces privind îngrijirea copilului, procesul privind îngrijirea copilului, care proceedings
    .definition = Un caz la instanță despre copilul dumneavoastră, început de consiliul local. Ar trebui să se termine în 26 de săptămâni, iar asistența juridică este gratuită pentru părinți.

term-care-order = ordin de îngrijire (care order)
    .forms = ordin de îngrijire (care order), ordin de îngrijire
    .definition = Un ordin al instanței care dă consiliului local responsabilitate părintească pentru un copil. Dumneavoastră o păstrați pe a dumneavoastră, dar consiliul poate limita felul în care o folosiți.

term-parental-responsibility = responsabilitate părintească (parental responsibility)
    .forms = responsabilitate părintească (parental responsibility), responsabilitate părintească, responsabilitatea părintească, parental responsibility
    .definition = Drepturile și datoriile pe care le are un părinte prin lege, de exemplu să aleagă școala copilului. O păstrați și în închisoare, dacă o instanță nu v-o ia.

term-kinship-care = îngrijire de către rude sau prieteni (kinship care)
    .forms = îngrijire de către rude sau prieteni (kinship care), îngrijire de către rude sau prieteni, kinship local offer
    .definition = Când o rudă sau un prieten de familie are grijă de un copil care nu poate locui cu părinții. Consiliile locale trebuie să spună ce ajutor pot primi aceste persoane.


## Family court

term-family-court = instanța de familie (family court)
    .forms = instanța de familie (family court), instanța de familie, instanței de familie
    .definition = Instanța care decide în cazurile despre copii, de exemplu procesele privind îngrijirea copilului. Instanța vă dă un interpret pentru ședințe.

term-solicitor = avocat (solicitor)
    .forms = avocat (solicitor), avocat, avocatul, avocatului
    .definition = Un jurist care vă dă sfaturi juridice și poate vorbi pentru dumneavoastră. Asistența juridică (legal aid) poate plăti pentru el.

term-legal-aid = asistență juridică (legal aid)
    .forms = asistență juridică (legal aid), asistență juridică, asistența juridică, legal aid, Legal Help, Family Help (Lower)
    .definition = Bani de la stat care plătesc sfaturile juridice și un avocat. Părinții dintr-un proces privind îngrijirea copilului o primesc, oricare ar fi veniturile lor.

term-childrens-guardian = reprezentantul copilului (children's guardian)
    .forms = reprezentantul copilului (children's guardian), reprezentantul copilului
    .definition = O persoană aleasă de instanța de familie într-un proces privind îngrijirea copilului, ca să spună ce este mai bine pentru copil. Lucrează pentru copil, nu pentru consiliul local.


## Mother and Baby Units

term-mother-and-baby-unit = Unitate Mamă și Copil (Mother and Baby Unit)
    .forms = Unitate Mamă și Copil (Mother and Baby Unit), Unitate Mamă și Copil, MBU
    .definition = O unitate dintr-o închisoare pentru femei, unde puteți sta cu bebelușul, de obicei până când copilul are 18 luni.

term-admissions-board = comisia de admitere (admissions board)
    .forms = comisia de admitere (admissions board), comisia de admitere
    .definition = Grupul care decide dacă primiți un loc într-o Unitate Mamă și Copil. Dacă spune nu, puteți face contestație.


## Pregnancy, birth and your baby's health

term-midwife = moașă (midwife)
    .forms = moașă (midwife), moașă, moașa, moașei, moașele
    .definition = O specialistă în sănătate care are grijă de dumneavoastră și de copil în sarcină, la naștere și în primele săptămâni după naștere.

term-antenatal-appointment = control de sarcină (antenatal appointment)
    .forms = control de sarcină (antenatal appointment), control de sarcină
    .definition = Un control cât sunteți însărcinată. De obicei sunt 10 la prima sarcină și 7 la sarcinile următoare.

term-booking-appointment = luarea în evidență (booking appointment)
    .forms = luarea în evidență (booking appointment), luarea în evidență
    .definition = Prima vizită completă de sarcină la moașă. Ar trebui să aibă loc până când sarcina are 10 săptămâni.

term-maternity-triage = triajul maternității (maternity triage)
    .forms = triajul maternității (maternity triage), triajul maternității, triajul, triaj
    .definition = Serviciul de urgență pentru sarcină al spitalului, deschis zi și noapte. Sunați pentru sângerare, durere sau dacă bebelușul se mișcă mai puțin.

term-health-visitor = asistentă medicală comunitară (health visitor)
    .forms = asistentă medicală comunitară (health visitor), asistentă medicală comunitară, asistenta medicală comunitară
    .definition = O specialistă în sănătate care vă verifică pe dumneavoastră și pe copil, de la sfârșitul sarcinii până când copilul are cam 2 ani și jumătate.

term-new-birth-visit = prima vizită după naștere (new birth visit)
    .forms = prima vizită după naștere (new birth visit), prima vizită după naștere
    .definition = Prima vizită a asistentei medicale comunitare după naștere, când bebelușul are 10–14 zile.

term-6-8-week-check = controlul de la 6–8 săptămâni (6–8 week check)
    .forms = controlul de la 6–8 săptămâni (6–8 week check), controlul de la 6–8 săptămâni, controalele de la 6–8 săptămâni
    .definition = Controale când bebelușul are 6–8 săptămâni. Medicul de familie vă verifică pe dumneavoastră și pe copil, iar asistenta medicală comunitară vă vede și ea.

term-immunisations = vaccinări
    .forms = vaccinări, vaccinările, vaccinuri, vaccinul
    .definition = Vaccinuri care protejează de boli grave. Unele vi se oferă în sarcină, iar primele vaccinuri ale bebelușului se fac de la 8 săptămâni.

term-interpreter = interpret
    .forms = interpret, interpreți, interpretariatul
    .definition = O persoană pregătită care spune în limba dumneavoastră ce se vorbește. Interpretariatul la NHS este gratuit, iar familia, prietenii sau copiii nu ar trebui să traducă.
