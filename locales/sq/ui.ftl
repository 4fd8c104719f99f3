## Ekranet e aplikacionit. Fjalë të thjeshta, për moshë leximi rreth 9 vjeç.
## Emri i dukshëm i aplikacionit është asnjanës me qëllim: asgjë nuk tregon për çfarë shërben
## derisa të hapet.

app-name = Shënime
quick-exit = Mbyll
quick-exit-label = Mbyll tani dhe kyç

## Ekrani asnjanës pas një daljeje të shpejtë.
neutral-title = Shënime
neutral-body = Nuk ka shënime të hapura.
neutral-open = Hap

## Hapja e parë
first-language-title = Zgjidhni gjuhën tuaj
first-language-next = Vazhdo
language-name-en-GB = English
language-name-cy = Cymraeg
language-name-pl = Polski
language-name-ro = Română
language-name-sq = Shqip
language-name-ur = اردو
language-name-pa = ਪੰਜਾਬੀ
language-name-ar = العربية

first-passphrase-title = Krijoni një fjalëkalim
first-passphrase-why = Ditari juaj kyçet me një fjalëkalim. Askush nuk mund ta hapë pa fjalëkalimin, as ne.
first-passphrase-forget = Nëse e harroni, askush nuk mund t'jua kthejë ditarin. Zgjidhni fjalë që do t'i mbani mend, për shembull tre ose katër fjalë me hapësirë midis tyre.
first-passphrase-label = Fjalëkalimi
first-passphrase-again = Shkruajeni përsëri
first-passphrase-short = Përdorni të paktën 8 shkronja ose numra.
first-passphrase-differ = Dy fjalëkalimet nuk janë njësoj.
first-next = Vazhdo
first-back = Mbrapa

first-duress-title = Një fjalëkalim i dytë (mund ta kaloni këtë hap)
first-duress-why = Nëse dikush ju detyron të hapni aplikacionin, mund të shkruani këtë fjalëkalim të dytë. Ai hap një ditar tjetër, bosh.
first-duress-honest = Kjo mund t'ju ndihmojë në një moment të vështirë, por nuk është e përsosur. Dikush që e shikon telefonin me shumë kujdes mund ta kuptojë që ka edhe diçka tjetër.
first-duress-label = Fjalëkalimi i dytë
first-duress-skip = Kaloje

first-about-title = Për ju
first-about-pregnant = Jam shtatzënë
first-about-due = Data ime e pritshme e lindjes
first-about-first = Kjo është foshnja ime e parë
first-about-supervision = Çfarë mase keni? Zgjidhni të gjitha ato që ju përkasin.
supervision-licence = Lirim me kusht (pas burgut)
supervision-community_order = Urdhër komunitar
supervision-suspended_sentence = Dënim i pezulluar
supervision-bail = Lirim me dorëzani
supervision-other = Diçka tjetër
first-finish = Fillo

## Hapja
unlock-title = Hapni shënimet tuaja
unlock-label = Fjalëkalimi
unlock-button = Hap
unlock-wrong = Ky fjalëkalim nuk është i saktë. Provoni përsëri.
unlock-wait = Ju lutemi prisni { $seconds } sekonda, pastaj provoni përsëri.
unlock-damaged = Shënimet nuk mund të hapen, sepse skedari është i dëmtuar.

## Sot
today-title = Sot
today-next-required = Takimi juaj i detyrueshëm i radhës
today-none-required = Nuk ka takime të detyrueshme në ditarin tuaj.
today-coming-up = Së shpejti
today-nothing = Asgjë në 7 ditët e ardhshme.
today-other-flags = Kontrolloni edhe
today-flag-count = { $count ->
    [one] 1 gjë për të kontrolluar
   *[other] { $count } gjëra për të kontrolluar
}
today-required = I detyrueshëm

## Lëvizja
nav-today = Sot
nav-add = Shto
nav-flags = Kontrollo
nav-week = Java
nav-more = Më shumë
nav-pregnancy = Shtatzënia
nav-guides = Udhëzues
nav-label = Menyja kryesore

## Më shumë
more-title = Më shumë
more-conditions = Rregullat tuaja: lirimi me kusht, urdhri ose dorëzania
more-pregnancy = Data e lindjes dhe kontrollet e shtatzënisë
more-guides = Të drejtat tuaja dhe çfarë të bëni, me fjalë të thjeshta
more-settings = Gjuha, fjalëkalimi, kyçja dhe fshirja

## Java
week-title = 7 ditët e ardhshme
week-check = Kontrolloni këtë ditë
week-free = Asgjë në këtë ditë.

## Shtatzënia
pregnancy-title = Shtatzënia
pregnancy-weeks = Jeni shtatzënë { $weeks } javë dhe { $days ->
    [one] 1 ditë
   *[other] { $days } ditë
}.
pregnancy-due = Data e pritshme e lindjes: { $date }. { $days ->
    [0] Është sot.
    [one] Është nesër.
   *[other] Është pas { $days } ditësh.
}
pregnancy-due-past = Data e pritshme e lindjes ishte: { $date }.
pregnancy-none = Nuk është ruajtur data e lindjes. Mund ta shtoni më poshtë.
pregnancy-steps = Kontrollet e shtatzënisë suaj
pregnancy-window = Zakonisht midis këtyre datave: { $start } dhe { $end }.
pregnancy-booked = Në ditarin tuaj: { $date }
pregnancy-state-due = Është koha tani. Kërkojini mamisë ta caktojë.
pregnancy-state-missed = Nuk është në ditarin tuaj. Nëse e keni bërë, mund ta shtoni. Nëse jo, pyesni maminë për të.
pregnancy-state-later = Më vonë.
pregnancy-source = Këto kontrolle ndjekin planin e NHS për kujdesin gjatë shtatzënisë (udhëzimi NICE NG201). Mamia juaj mund të planifikojë diçka ndryshe për ju.
pregnancy-set = Data e pritshme e lindjes
pregnancy-save = Ruaj datën e lindjes
pregnancy-remove = Hiq datën e lindjes
pregnancy-due-invalid = Ju lutemi zgjidhni një datë.

## Kontrollet e shtatzënisë dhe të foshnjës (emra të shkurtër)
care-step-booking = Takimi i parë me maminë (booking)
care-step-dating_scan = Ekografia e javës 12
care-step-appt_16 = Kontrolli i javës 16
care-step-anomaly_scan = Ekografia e javës 20
care-step-appt_25 = Kontrolli i javës 25
care-step-appt_28 = Kontrolli i javës 28
care-step-appt_31 = Kontrolli i javës 31
care-step-appt_34 = Kontrolli i javës 34
care-step-appt_36 = Kontrolli i javës 36
care-step-appt_38 = Kontrolli i javës 38
care-step-appt_40 = Kontrolli i javës 40
care-step-appt_41 = Kontrolli i javës 41
care-step-midwife_postnatal = Vizita e mamisë pas lindjes
care-step-new_birth_visit = Vizita e parë e infermieres së patronazhit
care-step-six_week_check = Kontrolli 6 javë pas lindjes

## Udhëzuesit
guides-title = Udhëzues
guides-intro = Të drejtat tuaja dhe sistemet rreth jush dhe foshnjës suaj, me fjalë të thjeshta.
guides-sources = Nga vjen ky tekst: { $sources }
guides-reviewed = Kontrolluar për herë të fundit: { $date }
guides-jurisdiction = Ku vlen kjo: { $text }
guides-status-awaiting = Ky tekst është përkthyer dhe pret të kontrollohet. Teksti në anglisht është ai që vlen.
guides-all = Të gjithë udhëzuesit
guides-side-by-side = Shfaqeni pranë një gjuhe tjetër
guides-glossary = Fjalët dhe kuptimi i tyre

## Pamja për përkthyesin: një udhëzues në dy gjuhë, krah për krah
interpreter-title = Krah për krah
interpreter-first = Gjuha e parë
interpreter-second = Gjuha e dytë
interpreter-guide = Udhëzuesi
interpreter-terms = Fjalët në këtë pjesë

## Fjalorthi
glossary-title = Fjalët dhe kuptimi i tyre
glossary-intro = Fjalë që mund të dëgjoni nga shërbimi i provës, gjykatat, shërbimet sociale dhe shërbimet e maternitetit, me fjalë të thjeshta.
nav-glossary = Fjalë
more-glossary = Fjalë që mund të dëgjoni dhe çfarë do të thonë

## Shtoni një takim
add-title = Shtoni një takim
add-kind = Çfarë është?
add-what = Emri (si e quan letra)
add-date = Data
add-start = Fillon
add-end = Mbaron
add-place = Vendi
add-travel = Koha e udhëtimit, vetëm vajtja (minuta)
add-mandatory = Duhet të shkoj (është pjesë e lirimit tim me kusht, e urdhrit ose e dorëzanisë)
add-edit-title = Ndryshoni një takim
add-repeat = A përsëritet?
add-repeat-none = Jo, vetëm një herë
add-repeat-weekly = Çdo javë
add-repeat-fortnightly = Çdo 2 javë
add-repeat-four_weekly = Çdo 4 javë
add-repeat-weekdays = Çdo ditë pune (nga e hëna te e premtja)
add-repeat-custom = Siç thotë letra ose plani
add-times = Sa herë gjithsej?
add-repeat-summary = { $every ->
    [0] Çdo ditë pune, duke filluar nga dita { $weekday }, { $count } herë
    [1] Çdo javë ditën { $weekday }, { $count } herë
   *[other] Çdo { $every } javë ditën { $weekday }, { $count } herë
}
add-care-step = Cili kontroll i shtatzënisë ose i foshnjës është?
add-care-step-none = Nuk jam e sigurt, ose asnjë
add-notes = Shënime (vetëm ju i shihni)
add-clashes = Kjo do të përplasej me:
add-no-clash = Nuk u gjet asnjë përplasje.
add-save = Ruaj
add-saved = U ruajt.
add-fix = Kontrolloni datën dhe orët.

kind-probation = Shërbimi i provës
kind-unpaid_work = Punë pa pagesë
kind-programme = Program ose kurs
kind-drug_test = Test për drogë ose alkool
kind-police_reporting = Paraqitje në polici
kind-court = Gjykata
kind-family_court = Gjykata e familjes
kind-antenatal = Mamia ose ekografia
kind-postnatal = Mamia pas lindjes
kind-health_visitor = Infermierja e patronazhit
kind-gp = Mjeku i familjes ose infermierja
kind-hospital = Spitali
kind-mental_health = Shëndeti mendor
kind-substance_misuse = Shërbim për drogë ose alkool
kind-social_care = Punonjësi social
kind-child_protection = Mbledhje për mbrojtjen e fëmijës
kind-child_contact = Takim me fëmijën tim
kind-solicitor = Avokati
kind-housing = Strehimi
kind-benefits = Zyra e punësimit (Jobcentre) ose ndihmat sociale
kind-support = Mbështetje ose qendër për gra
kind-other = Diçka tjetër

## Sinjalizimet
flags-title = Gjëra për të kontrolluar
flags-none = Asgjë për të kontrolluar tani.
flags-actions = Çfarë mund të bëni
flags-draft = Një mesazh që mund ta dërgoni ose ta lexoni me zë
flags-copy = Kopjo mesazhin
flags-copied = U kopjua.
flags-draft-english = I njëjti mesazh në anglisht, për dikë që lexon anglisht
flags-copy-english = Kopjo mesazhin në anglisht
flags-guide = Lexoni më shumë: { $title }
flags-sorted-open = E kam zgjidhur këtë
flags-sorted-note = Çfarë bëtë? (vetëm ju e shihni)
flags-sorted-button = Shëno si të zgjidhur
flags-history = Të zgjidhura
flags-sorted-undo = Në fakt nuk është zgjidhur

## Kushtet e mia
nav-conditions = Rregullat
conditions-title = Rregullat e mia
conditions-intro = Shtoni rregullat nga lirimi me kusht, urdhri ose dorëzania juaj. Aplikacioni i krahason takimet tuaja me to.
conditions-none = Ende nuk është shtuar asnjë rregull.
conditions-from = Nga
conditions-starts = Fillon më (nëse ka datë)
conditions-ends = Mbaron më (nëse ka datë)
conditions-source = Nga vjen ky rregull?
source-licence = Lirimi im me kusht
source-community_order = Urdhri im komunitar
source-suspended_sentence = Dënimi im i pezulluar
source-bail = Lirimi im me dorëzani
source-other = Diku tjetër
conditions-home = Adresa ime e miratuar
conditions-home-where = Ku ndodhet? Ngjitni një lidhje harte, ose shkruani koordinatat.
conditions-home-save = Ruaj adresën time
conditions-curfew = Ora policore
conditions-curfew-from = Ora policore fillon
conditions-curfew-to = Ora policore mbaron
conditions-curfew-tag = A mbani byzylyk elektronik?
conditions-curfew-days = Në cilat ditë fillon?
conditions-hours = { $days }: { $from }–{ $to }
conditions-dates = Nga dita { $start } deri në ditën { $end }
conditions-dates-from = Nga dita { $start }
conditions-dates-until = Deri në ditën { $end }
conditions-curfew-more = Shtoni këto orë, pastaj orë të tjera për ditë të tjera
conditions-where-invalid = Kjo nuk është një lidhje harte ose koordinata që aplikacioni mund të lexojë. Provoni një lidhje nga një aplikacion hartash, ose numra si 52.41, -1.51.
conditions-named = Emri i një personi me të cilin nuk duhet të kem kontakt
conditions-shared = Përdor një plan që më dërgoi punonjësi im
conditions-shared-how = Nëse punonjësi juaj ju dërgoi një skedar me plan, hapeni dhe kopjojeni të gjithin, pastaj ngjiteni këtu. Takimet dhe rregullat e tij shtohen te tuajat.
conditions-shared-label = Plani
conditions-shared-add = Shto planin
conditions-shared-done = U shtuan: { $appointments ->
    [one] 1 takim
   *[other] { $appointments } takime
} dhe { $conditions ->
    [one] 1 rregull
   *[other] { $conditions } rregulla
}.
conditions-shared-invalid = Nuk u shtua asgjë. Plani ka { $count ->
    [one] 1 problem
   *[other] { $count } probleme
}. Tregojini punonjësit tuaj këto rreshta:
conditions-shared-not-plan = Nuk u shtua asgjë. Ky nuk është një skedar me plan që aplikacioni mund ta lexojë. Kërkojini punonjësit tuaj ta dërgojë përsëri.
conditions-add-named = Pa kontakt me këtë person
monitoring-rf_tag = Po, byzylyk për orën policore (me një kuti në shtëpi)
monitoring-gps_tag = Po, byzylyk GPS
monitoring-alcohol_tag = Po, byzylyk për alkoolin
monitoring-none = Pa byzylyk
monitoring-doorstep = Dikush vjen e kontrollon te dera
conditions-add-curfew = Shto këtë orë policore
conditions-zone = Një vend ku nuk duhet të shkoj
conditions-zone-name = Emri i vendit
conditions-zone-where = Ku ndodhet? Ngjitni një lidhje harte, ose shkruani koordinatat.
conditions-zone-radius = Sa larg rreth tij (metra)
conditions-add-zone = Shto këtë vend
conditions-other = Rregulla të tjera
conditions-add-no-contact = Pa kontakt me askënd nën 18 vjeç
conditions-add-approved = Duhet të jetoj në adresën time të miratuar
conditions-add-travel = Nuk duhet të largohem nga Mbretëria e Bashkuar
conditions-kind-curfew = Ora policore
conditions-kind-exclusion_zone = Një vend ku nuk duhet të shkoj
conditions-kind-no_contact = Pa kontakt
conditions-kind-approved_address = Adresa e miratuar
conditions-kind-travel_ban = Ndalim udhëtimi
conditions-added = U shtua.

## Cilësimet
nav-settings = Cilësimet
settings-title = Cilësimet
settings-language = Gjuha
settings-autolock = Kyçe pas kaq minutash pa e prekur
settings-autolock-save = Ruaj
settings-discreet = Kujtesat tregojnë hollësitë (kur është e fikur, thonë vetëm "Kujtesë në 14:00")
settings-passphrase = Ndrysho fjalëkalimin tim
settings-passphrase-new = Fjalëkalimi i ri
settings-passphrase-save = Ndryshoje
settings-passphrase-done = Fjalëkalimi juaj u ndryshua.
settings-saved = U ruajt.
settings-duress = Fjalëkalimi i dytë
settings-duress-replaces = Nëse vendosni një fjalëkalim të ri të dytë, ose e fikni, ditari tjetër zbrazet. Çdo gjë që ka brenda fshihet, dhe askush nuk mund ta kthejë.
settings-duress-understood = E kuptoj që ditari tjetër do të zbrazet
settings-duress-new = Fjalëkalimi i ri i dytë
settings-duress-save = Vendose
settings-duress-remove = Fike
settings-duress-done = Fjalëkalimi i dytë u vendos. Ai hap një ditar bosh. Çdo gjë në ditarin e vjetër u fshi.
settings-duress-removed = Fjalëkalimi i dytë u fik. Ditari tjetër u zbraz.
settings-wipe = Fshi të gjitha
settings-wipe-warning = Kjo fshin të gjithë ditarin tuaj nga ky telefon. Askush nuk mund ta kthejë, as me fjalëkalimin tuaj. Takimet dhe shënimet tuaja mund të jenë prova: mendohuni mirë para se ta bëni këtë.
settings-wipe-confirm = Për të fshirë të gjitha, shkruani FSHI
settings-wipe-word = FSHI
settings-wipe-button = Fshi të gjitha tani

## Probleme, me fjalë të thjeshta

error-weak-passphrase = Fjalëkalimi juaj duhet të ketë të paktën { $min } shkronja ose numra.
error-passphrase-not-usable = Nuk mund ta përdorni këtë fjalëkalim këtu. Ju lutemi zgjidhni një tjetër.
error-stale = Shënimet u ndryshuan në një dritare tjetër. Mbylleni këtë dritare dhe hapini përsëri.
error-newer = Këto shënime janë bërë me një version më të ri të aplikacionit. Ju lutemi përditësoni aplikacionin.
error-storage = Telefoni nuk mundi ta ruante këtë. Mund të jetë plot. Nuk humbi asgjë.
error-locked = Shënimet tuaja janë të kyçura. Hapini përsëri për të vazhduar.
error-invalid = Diçka në këtë formular nuk është ende në rregull. Ju lutemi kontrollojeni.
error-screen = Diçka shkoi keq në këtë ekran. Shënimet tuaja janë të sigurta. Kthehuni mbrapa dhe provoni përsëri.
error-back = Kthehu mbrapa

## Sharing with a support worker
nav-sharing = Ndaj
more-sharing = Ndani me punonjësin tuaj gjërat që zgjidhni
sharing-title = Ndani me punonjësin tuaj
sharing-intro = Mund të lejoni një punonjës mbështetës të shohë një pjesë të ditarit tuaj. Asgjë nuk ndahet derisa ta zgjidhni ju. Mund ta ndaloni në çdo kohë.
sharing-honest = Punonjësi juaj sheh vetëm ato që shënoni këtu. Ato që ka parë tashmë, mund t'i mbajë mend ose t'i shkruajë. Si çdo profesionist, mund t'i duhet t'u japë informacion të tjerëve nëse një fëmijë mund të jetë në rrezik.
sharing-none = Nuk po ndani asgjë me askënd.
sharing-code = Kodi nga punonjësi juaj
sharing-accept = Lidhu
sharing-number = Numri i sigurisë
sharing-number-how = Kontrolloni që ekrani i punonjësit tuaj të tregojë të njëjtin numër. Bëjeni këtë personalisht, kur takoheni.
sharing-number-match = Numrat janë të njëjtë
sharing-number-wait = Asgjë nuk ndahet derisa të kontrolloni numrin.
sharing-what = Çfarë sheh punonjësi juaj
sharing-conditions = Rregullat e lirimit tim me kusht, të urdhrit ose të dorëzanisë
sharing-due-date = Data ime e pritshme e lindjes
sharing-home = Adresa ime e miratuar
sharing-kinds = Këto lloje takimesh:
sharing-sync = Ndaj tani
sharing-synced = U krye. U dërguan: { $sent }, u morën: { $received }.
sharing-proposals = Takime që ju sugjeron punonjësi juaj
sharing-proposal-clash = Kjo do të përplasej me:
sharing-proposal-accept = Shtoje në ditarin tim
sharing-proposal-decline = Jo, faleminderit
sharing-stop = Mos ndaj më
sharing-stop-understood = E kuptoj që punonjësi im i mban ato që ka parë tashmë
sharing-stopped = Nuk po ndani më asgjë.
sharing-client = Klientja juaj
sharing-client-flags = Gjëra për të kontrolluar në ato që ndan klientja juaj
sharing-client-none = Asgjë për të kontrolluar në ato që ndan klientja juaj.
sharing-client-ended = Klientja juaj nuk ndan më asgjë. Informacioni i saj u fshi.
sharing-shared = Punonjësi e sheh
error-network = Aplikacioni nuk mundi të lidhej me shërbimin për ndarjen e të dhënave. Kontrolloni lidhjen me internetin dhe provoni përsëri. Nuk humbi asgjë.
error-code-invalid = Ky kod nuk është i saktë. Kontrollojeni me punonjësin tuaj, ose kërkoni një të ri.
error-code-expired = Ky kod është shumë i vjetër. Kërkojini punonjësit tuaj një të ri.
error-code-used = Ky kod është përdorur tashmë. Kërkojini punonjësit tuaj një të ri.
error-not-confirmed = Së pari kontrolloni numrin e sigurisë me punonjësin tuaj.
sharing-worker-title = Për punonjësit mbështetës
sharing-worker-how = Nëse jeni punonjës mbështetës, krijoni këtu një ftesë dhe tregojini kodin gruas që mbështetni.
sharing-worker-relay = Adresa e shërbimit të ndarjes së organizatës suaj
sharing-worker-invite = Krijo një ftesë
sharing-worker-code = Tregojini këtë kod ose lexojeni me zë. Funksionon një herë, për 24 orë.
