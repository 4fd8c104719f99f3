## The app's screens. Plain words, reading age about 9.
## The app's visible name is neutral on purpose: nothing says what it is for until
## it is unlocked.

app-name = Notițe
quick-exit = Închideți
quick-exit-label = Închideți acum și blocați

## The neutral screen after a quick exit.
neutral-title = Notițe
neutral-body = Nicio notiță deschisă.
neutral-open = Deschideți

## First run
first-language-title = Alegeți limba
first-language-next = Mai departe
language-name-en-GB = English
language-name-cy = Cymraeg
language-name-pl = Polski
language-name-ro = Română
language-name-sq = Shqip
language-name-ur = اردو
language-name-pa = ਪੰਜਾਬੀ
language-name-ar = العربية

first-passphrase-title = Alegeți o parolă
first-passphrase-why = Agenda dumneavoastră este blocată cu o parolă. Nimeni nu o poate deschide fără parolă, nici măcar noi.
first-passphrase-forget = Dacă uitați parola, nimeni nu vă mai poate recupera agenda. Alegeți cuvinte pe care le țineți minte, de exemplu trei sau patru cuvinte cu spații între ele.
first-passphrase-label = Parolă
first-passphrase-again = Scrieți-o din nou
first-passphrase-short = Folosiți cel puțin 8 litere sau cifre.
first-passphrase-differ = Cele două parole nu sunt la fel.
first-next = Mai departe
first-back = Înapoi

first-duress-title = A doua parolă (puteți sări peste acest pas)
first-duress-why = Dacă cineva vă obligă să deschideți aplicația, puteți scrie în schimb această a doua parolă. Ea deschide o altă agendă, goală.
first-duress-honest = Asta vă poate ajuta într-un moment greu, dar nu este perfect. Cineva care se uită foarte atent în telefon poate ghici că mai există ceva.
first-duress-label = A doua parolă
first-duress-skip = Săriți peste

first-about-title = Despre dumneavoastră
first-about-pregnant = Sunt însărcinată
first-about-due = Data probabilă a nașterii
first-about-first = Este primul meu copil
first-about-supervision = Ce măsură aveți? Alegeți tot ce se potrivește.
supervision-licence = Eliberare condiționată (după închisoare)
supervision-community_order = Pedeapsă în comunitate
supervision-suspended_sentence = Pedeapsă cu suspendare
supervision-bail = Eliberare pe cauțiune
supervision-other = Altceva
first-finish = Începeți

## Unlock
unlock-title = Deschideți notițele
unlock-label = Parolă
unlock-button = Deschideți
unlock-wrong = Parola nu este corectă. Încercați din nou.
unlock-wait = Vă rugăm să așteptați { $seconds ->
    [one] 1 secundă
    [few] { $seconds } secunde
   *[other] { $seconds } de secunde
}, apoi încercați din nou.
unlock-damaged = Notițele nu se pot deschide, pentru că fișierul este deteriorat.

## Today
today-title = Azi
today-next-required = Următoarea programare obligatorie
today-none-required = Nu aveți nicio programare obligatorie în agendă.
today-coming-up = Urmează
today-nothing = Nimic în următoarele 7 zile.
today-other-flags = Verificați și
today-flag-count = { $count ->
    [one] 1 lucru de verificat
    [few] { $count } lucruri de verificat
   *[other] { $count } de lucruri de verificat
}
today-required = Obligatoriu

## Navigation
nav-today = Azi
nav-add = Adăugați
nav-flags = Verificări
nav-week = Săptămâna
nav-more = Mai mult
nav-pregnancy = Sarcina
nav-guides = Ghiduri
nav-label = Meniul principal

## More
more-title = Mai mult
more-conditions = Regulile eliberării condiționate, ale pedepsei sau ale cauțiunii
more-pregnancy = Data probabilă a nașterii și controalele de sarcină
more-guides = Drepturile dumneavoastră și ce puteți face, explicate simplu
more-settings = Limbă, parolă, blocare și ștergere

## Week
week-title = Următoarele 7 zile
week-check = Verificați această zi
week-free = Nimic în această zi.

## Pregnancy
pregnancy-title = Sarcina
pregnancy-weeks = Sarcina are { $weeks ->
    [one] 1 săptămână
    [few] { $weeks } săptămâni
   *[other] { $weeks } de săptămâni
} și { $days ->
    [one] 1 zi
    [few] { $days } zile
   *[other] { $days } de zile
}.
pregnancy-due = Data probabilă a nașterii este { $date }. { $days ->
    [0] Este azi.
    [one] Este mâine.
    [few] Este peste { $days } zile.
   *[other] Este peste { $days } de zile.
}
pregnancy-due-past = Data probabilă a nașterii a fost { $date }.
pregnancy-none = Nu ați salvat data probabilă a nașterii. O puteți adăuga mai jos.
pregnancy-steps = Controalele de sarcină
pregnancy-window = De obicei între { $start } și { $end }.
pregnancy-booked = În agendă: { $date }
pregnancy-state-due = E timpul acum. Rugați moașa să vă facă o programare.
pregnancy-state-missed = Nu este în agendă. Dacă l-ați făcut, îl puteți adăuga. Dacă nu, întrebați moașa despre el.
pregnancy-state-later = Mai târziu.
pregnancy-source = Aceste controale urmează planul NHS de îngrijire în sarcină (ghidul NICE NG201). Moașa poate stabili alt plan pentru dumneavoastră.
pregnancy-set = Data probabilă a nașterii
pregnancy-save = Salvați data probabilă a nașterii
pregnancy-remove = Ștergeți data probabilă a nașterii
pregnancy-due-invalid = Vă rugăm să alegeți o dată.

## Pregnancy and baby checks (short names)
care-step-booking = Prima vizită la moașă (luarea în evidență)
care-step-dating_scan = Ecografia de la 12 săptămâni
care-step-appt_16 = Controlul de la 16 săptămâni
care-step-anomaly_scan = Ecografia de la 20 de săptămâni
care-step-appt_25 = Controlul de la 25 de săptămâni
care-step-appt_28 = Controlul de la 28 de săptămâni
care-step-appt_31 = Controlul de la 31 de săptămâni
care-step-appt_34 = Controlul de la 34 de săptămâni
care-step-appt_36 = Controlul de la 36 de săptămâni
care-step-appt_38 = Controlul de la 38 de săptămâni
care-step-appt_40 = Controlul de la 40 de săptămâni
care-step-appt_41 = Controlul de la 41 de săptămâni
care-step-midwife_postnatal = Vizita moașei după naștere
care-step-new_birth_visit = Prima vizită a asistentei medicale comunitare (health visitor)
care-step-six_week_check = Controlul de la 6 săptămâni după naștere

## Guides
guides-title = Ghiduri
guides-intro = Drepturile dumneavoastră și serviciile din jurul dumneavoastră și al copilului, explicate simplu.
guides-sources = De unde vin aceste informații: { $sources }
guides-reviewed = Verificat ultima dată: { $date }
guides-jurisdiction = Unde se aplică: { $text }
guides-status-awaiting = Acest text este tradus și așteaptă să fie verificat. Varianta în engleză este cea de încredere.
guides-all = Toate ghidurile
guides-side-by-side = Arătați-l alături de altă limbă
guides-glossary = Cuvinte și ce înseamnă

## The interpreter view: one guide in two languages, side by side
interpreter-title = În două limbi, alăturat
interpreter-first = Prima limbă
interpreter-second = A doua limbă
interpreter-guide = Ghid
interpreter-terms = Cuvinte din această parte

## Glossary
glossary-title = Cuvinte și ce înseamnă
glossary-intro = Cuvinte pe care le puteți auzi de la serviciul de probațiune, de la instanțe, de la serviciile sociale și de la maternitate, explicate simplu.
nav-glossary = Cuvinte
more-glossary = Cuvinte pe care le puteți auzi și ce înseamnă

## Add an appointment
add-title = Adăugați o programare
add-kind = Ce fel de programare este?
add-what = Nume (cum îi spune scrisoarea)
add-date = Data
add-start = Începe la
add-end = Se termină la
add-place = Locul
add-travel = Timpul de drum, într-un sens (minute)
add-mandatory = Trebuie să merg (face parte din eliberarea condiționată, pedeapsa sau cauțiunea mea)
add-edit-title = Schimbați o programare
add-repeat = Se repetă?
add-repeat-none = Nu, doar o dată
add-repeat-weekly = În fiecare săptămână
add-repeat-fortnightly = O dată la 2 săptămâni
add-repeat-four_weekly = O dată la 4 săptămâni
add-repeat-weekdays = În fiecare zi lucrătoare (de luni până vineri)
add-repeat-custom = Cum scrie în scrisoare sau în plan
add-times = De câte ori în total?
add-repeat-summary = { $every ->
    [0] În fiecare zi lucrătoare, începând cu { $weekday } (în total: { $count })
    [1] În fiecare { $weekday } (în total: { $count })
   *[other] O dată la { $every } săptămâni, { $weekday } (în total: { $count })
}
add-care-step = Ce control de sarcină sau pentru copil este?
add-care-step-none = Nu știu sigur, sau niciunul
add-notes = Notițe (doar dumneavoastră le vedeți)
add-clashes = Asta ar intra în conflict cu:
add-no-clash = Nu am găsit niciun conflict.
add-save = Salvați
add-saved = Salvat.
add-fix = Verificați data și orele.

kind-probation = Probațiune
kind-unpaid_work = Muncă neplătită
kind-programme = Program sau curs
kind-drug_test = Test de droguri sau alcool
kind-police_reporting = Prezentare la poliție
kind-court = Instanță
kind-family_court = Instanța de familie
kind-antenatal = Moașă sau ecografie
kind-postnatal = Moașă după naștere
kind-health_visitor = Asistenta medicală comunitară (health visitor)
kind-gp = Medic de familie sau asistentă
kind-hospital = Spital
kind-mental_health = Sănătate mintală
kind-substance_misuse = Serviciu pentru droguri sau alcool
kind-social_care = Asistent social
kind-child_protection = Ședință de protecție a copilului
kind-child_contact = Întâlnire cu copilul meu
kind-solicitor = Avocat
kind-housing = Locuință
kind-benefits = Jobcentre sau ajutoare sociale
kind-support = Sprijin sau centru pentru femei
kind-other = Altceva

## Flags
flags-title = Lucruri de verificat
flags-none = Nimic de verificat acum.
flags-actions = Ce puteți face
flags-draft = Un mesaj pe care îl puteți trimite sau citi cu voce tare
flags-copy = Copiați mesajul
flags-copied = Copiat.
flags-draft-english = Același mesaj în engleză, pentru cine citește în engleză
flags-copy-english = Copiați mesajul în engleză
flags-guide = Citiți mai mult: { $title }
flags-sorted-open = Am rezolvat asta
flags-sorted-note = Ce ați făcut? (doar dumneavoastră vedeți asta)
flags-sorted-button = Marcați ca rezolvat
flags-history = Rezolvate
flags-sorted-undo = De fapt, nu este rezolvat

## My conditions
nav-conditions = Reguli
conditions-title = Regulile mele
conditions-intro = Adăugați regulile din eliberarea condiționată, din pedeapsă sau din cauțiune. Aplicația verifică dacă programările se potrivesc cu aceste reguli.
conditions-none = Nicio regulă adăugată încă.
conditions-from = De la
conditions-starts = Începe pe (dacă are o dată)
conditions-ends = Se termină pe (dacă are o dată)
conditions-source = De unde vine această regulă?
source-licence = Eliberarea mea condiționată
source-community_order = Pedeapsa mea în comunitate
source-suspended_sentence = Pedeapsa mea cu suspendare
source-bail = Eliberarea mea pe cauțiune
source-other = Din altă parte
conditions-home = Adresa mea aprobată
conditions-home-where = Unde este? Lipiți un link de hartă sau scrieți coordonatele.
conditions-home-save = Salvați adresa
conditions-curfew = Interdicție de ieșire (curfew)
conditions-curfew-from = Interdicția de ieșire începe la
conditions-curfew-to = Interdicția de ieșire se termină la
conditions-curfew-tag = Purtați o brățară electronică?
conditions-curfew-days = În ce zile începe?
conditions-hours = { $days }: { $from }–{ $to }
conditions-dates = De la { $start } până la { $end }
conditions-dates-from = De la { $start }
conditions-dates-until = Până la { $end }
conditions-curfew-more = Adăugați aceste ore, apoi alte ore pentru alte zile
conditions-where-invalid = Aplicația nu poate citi acest link de hartă sau aceste coordonate. Încercați un link dintr-o aplicație de hărți sau numere ca 52.41, -1.51.
conditions-named = Numele unei persoane pe care nu am voie să o contactez
conditions-shared = Folosiți un plan trimis de consilier
conditions-shared-how = Dacă consilierul v-a trimis un fișier cu un plan, deschideți-l și copiați tot ce scrie în el, apoi lipiți aici. Programările și regulile din plan se adaugă la ale dumneavoastră.
conditions-shared-label = Planul
conditions-shared-add = Adăugați planul
conditions-shared-done = Am adăugat { $appointments ->
    [one] 1 programare
    [few] { $appointments } programări
   *[other] { $appointments } de programări
} și { $conditions ->
    [one] 1 regulă
    [few] { $conditions } reguli
   *[other] { $conditions } de reguli
}.
conditions-shared-invalid = Nu s-a adăugat nimic. Planul are { $count ->
    [one] 1 problemă
    [few] { $count } probleme
   *[other] { $count } de probleme
}. Arătați aceste rânduri consilierului:
conditions-shared-not-plan = Nu s-a adăugat nimic. Acesta nu este un fișier cu un plan pe care aplicația îl poate citi. Rugați consilierul să îl trimită din nou.
conditions-add-named = Fără contact cu această persoană
monitoring-rf_tag = Da, o brățară pentru interdicția de ieșire (cu o cutie acasă)
monitoring-gps_tag = Da, o brățară GPS
monitoring-alcohol_tag = Da, o brățară pentru alcool
monitoring-none = Fără brățară
monitoring-doorstep = Cineva vine la ușă să verifice
conditions-add-curfew = Adăugați această interdicție de ieșire
conditions-zone = Un loc unde nu am voie să merg
conditions-zone-name = Numele locului
conditions-zone-where = Unde este? Lipiți un link de hartă sau scrieți coordonatele.
conditions-zone-radius = Cât de departe în jurul lui (metri)
conditions-add-zone = Adăugați acest loc
conditions-other = Alte reguli
conditions-add-no-contact = Fără contact cu nicio persoană sub 18 ani
conditions-add-approved = Trebuie să locuiesc la adresa mea aprobată
conditions-add-travel = Nu am voie să plec din Regatul Unit
conditions-kind-curfew = Interdicție de ieșire
conditions-kind-exclusion_zone = Un loc unde nu am voie să merg
conditions-kind-no_contact = Fără contact
conditions-kind-approved_address = Adresă aprobată
conditions-kind-travel_ban = Interdicție de călătorie
conditions-added = Adăugat.

## Settings
nav-settings = Setări
settings-title = Setări
settings-language = Limba
settings-autolock = Blocare automată după atâtea minute fără atingere
settings-autolock-save = Salvați
settings-discreet = Mementourile arată detalii (când este oprit, mementourile spun doar „Memento la 14:00”)
settings-passphrase = Schimbați parola
settings-passphrase-new = Parola nouă
settings-passphrase-save = Schimbați-o
settings-passphrase-done = Parola a fost schimbată.
settings-saved = Salvat.
settings-duress = A doua parolă
settings-duress-replaces = Dacă puneți o nouă a doua parolă sau o opriți, cealaltă agendă se golește. Tot ce este în ea se șterge și nimeni nu o mai poate recupera.
settings-duress-understood = Înțeleg că cealaltă agendă va fi golită
settings-duress-new = A doua parolă nouă
settings-duress-save = Puneți-o
settings-duress-remove = Opriți-o
settings-duress-done = A doua parolă este pusă. Ea deschide o agendă goală. Tot ce era în cea veche a fost șters.
settings-duress-removed = A doua parolă este oprită. Cealaltă agendă a fost golită.
settings-wipe = Ștergeți tot
settings-wipe-warning = Asta șterge toată agenda de pe acest telefon. Nimeni nu o mai poate recupera, nici măcar cu parola. Programările și notițele ar putea fi dovezi: gândiți-vă bine înainte să faceți asta.
settings-wipe-confirm = Ca să ștergeți tot, scrieți ELIMINARE
settings-wipe-word = ELIMINARE
settings-wipe-button = Ștergeți tot acum

## Problems, in plain words

error-weak-passphrase = Parola trebuie să aibă cel puțin { $min } litere sau cifre.
error-passphrase-not-usable = Nu puteți folosi această parolă aici. Vă rugăm să alegeți alta.
error-stale = Notițele au fost schimbate în altă fereastră. Închideți fereastra aceasta și deschideți-le din nou.
error-newer = Aceste notițe au fost făcute cu o versiune mai nouă a aplicației. Vă rugăm să actualizați aplicația.
error-storage = Telefonul nu a putut salva asta. Poate că memoria este plină. Nu s-a pierdut nimic.
error-locked = Notițele sunt blocate. Deschideți-le din nou ca să continuați.
error-invalid = Ceva din acest formular nu este încă bine. Vă rugăm să verificați.
error-screen = Ceva nu a mers bine pe acest ecran. Notițele sunt în siguranță. Mergeți înapoi și încercați din nou.
error-back = Înapoi

## Sharing with a support worker
nav-sharing = Partajare
more-sharing = Partajați cu consilierul lucrurile pe care le alegeți
sharing-title = Partajarea cu consilierul
sharing-intro = Puteți lăsa un consilier să vadă o parte din agenda dumneavoastră. Nu se partajează nimic până nu alegeți dumneavoastră. Puteți opri oricând.
sharing-honest = Consilierul vede doar ce bifați aici. Ce a văzut deja, poate să țină minte sau să noteze. Ca orice profesionist, poate avea obligația să transmită informații mai departe dacă un copil ar putea fi în pericol.
sharing-none = Nu partajați cu nimeni.
sharing-code = Codul de la consilier
sharing-accept = Conectați
sharing-number = Număr de siguranță
sharing-number-how = Verificați dacă pe ecranul consilierului apare același număr. Faceți asta față în față.
sharing-number-match = Numerele sunt la fel
sharing-number-wait = Nu se partajează nimic până nu verificați numărul.
sharing-what = Ce vede consilierul
sharing-conditions = Regulile eliberării mele condiționate, ale pedepsei sau ale cauțiunii
sharing-due-date = Data probabilă a nașterii
sharing-home = Adresa mea aprobată
sharing-kinds = Aceste tipuri de programări:
sharing-sync = Partajați acum
sharing-synced = Gata. Trimise: { $sent }, primite: { $received }.
sharing-proposals = Programări propuse de consilier
sharing-proposal-clash = Asta ar intra în conflict cu:
sharing-proposal-accept = Adăugați în agenda mea
sharing-proposal-decline = Nu, mulțumesc
sharing-stop = Opriți partajarea
sharing-stop-understood = Înțeleg că consilierul păstrează ce a văzut deja
sharing-stopped = Ați oprit partajarea.
sharing-client = Clienta dumneavoastră
sharing-client-flags = Lucruri de verificat în ce partajează clienta dumneavoastră
sharing-client-none = Nimic de verificat în ce partajează clienta dumneavoastră.
sharing-client-ended = Clienta dumneavoastră a oprit partajarea. Informațiile ei au fost șterse.
sharing-shared = Partajată
error-network = Aplicația nu a putut ajunge la serviciul de partajare. Verificați conexiunea la internet și încercați din nou. Nu s-a pierdut nimic.
error-code-invalid = Codul nu este corect. Verificați-l împreună cu consilierul sau cereți unul nou.
error-code-expired = Codul este prea vechi. Cereți consilierului unul nou.
error-code-used = Codul a fost deja folosit. Cereți consilierului unul nou.
error-not-confirmed = Mai întâi verificați numărul de siguranță cu consilierul.
sharing-worker-title = Pentru consilieri
sharing-worker-how = Dacă sunteți consilier de sprijin, creați aici o invitație și arătați codul femeii pe care o sprijiniți.
sharing-worker-relay = Adresa serviciului de partajare al organizației dumneavoastră
sharing-worker-invite = Creați o invitație
sharing-worker-code = Arătați-i acest cod sau citiți-l cu voce tare. Funcționează o singură dată, timp de 24 de ore.
