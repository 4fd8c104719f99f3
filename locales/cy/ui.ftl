## The app's screens. Plain words, reading age about 9.
## The app's visible name is neutral on purpose: nothing says what it is for until
## it is unlocked.

app-name = Nodiadau
quick-exit = Cau
quick-exit-label = Cau nawr a chloi

## The neutral screen after a quick exit.
neutral-title = Nodiadau
neutral-body = Dim nodiadau ar agor.
neutral-open = Agor

## First run
first-language-title = Dewiswch eich iaith
first-language-next = Nesaf
language-name-en-GB = English
language-name-cy = Cymraeg
language-name-pl = Polski
language-name-ro = Română
language-name-sq = Shqip
language-name-ur = اردو
language-name-pa = ਪੰਜਾਬੀ
language-name-ar = العربية

first-passphrase-title = Gwnewch gyfrinair
first-passphrase-why = Mae eich dyddiadur wedi'i gloi gyda chyfrinair. Does neb yn gallu ei agor heb y cyfrinair, dim hyd yn oed ni.
first-passphrase-forget = Os byddwch chi'n anghofio'r cyfrinair, does neb yn gallu cael eich dyddiadur yn ôl. Dewiswch eiriau y byddwch chi'n eu cofio, fel tri neu bedwar gair gyda bylchau rhyngddyn nhw.
first-passphrase-label = Cyfrinair
first-passphrase-again = Teipiwch y cyfrinair eto
first-passphrase-short = Defnyddiwch o leiaf 8 llythyren neu rif.
first-passphrase-differ = Dydy'r ddau gyfrinair ddim yr un fath.
first-next = Nesaf
first-back = Yn ôl

first-duress-title = Ail gyfrinair (gallwch chi hepgor hyn)
first-duress-why = Os bydd rhywun yn gwneud i chi agor yr ap, gallwch chi deipio'r ail gyfrinair hwn yn lle hynny. Mae'n agor dyddiadur gwahanol, gwag.
first-duress-honest = Gall hyn helpu ar adeg anodd, ond dydy hyn ddim yn berffaith. Efallai y bydd rhywun sy'n edrych yn ofalus iawn ar y ffôn yn dyfalu bod mwy.
first-duress-label = Ail gyfrinair
first-duress-skip = Hepgor

first-about-title = Amdanoch chi
first-about-pregnant = Rydw i'n feichiog
first-about-due = Fy nyddiad disgwyl
first-about-first = Dyma fy mabi cyntaf
first-about-supervision = Beth sy'n berthnasol i chi? Dewiswch bob un sy'n addas.
supervision-licence = Trwydded (ar ôl carchar)
supervision-community_order = Gorchymyn cymunedol
supervision-suspended_sentence = Dedfryd ohiriedig
supervision-bail = Mechnïaeth
supervision-other = Rhywbeth arall
first-finish = Dechrau

## Unlock
unlock-title = Agorwch eich nodiadau
unlock-label = Cyfrinair
unlock-button = Agor
unlock-wrong = Dydy'r cyfrinair yna ddim yn iawn. Ceisiwch eto.
unlock-wait = Arhoswch { $seconds } eiliad, yna ceisiwch eto.
unlock-damaged = Does dim modd agor y nodiadau oherwydd bod y ffeil wedi'i difrodi.

## Today
today-title = Heddiw
today-next-required = Eich apwyntiad gorfodol nesaf
today-none-required = Does dim apwyntiadau gorfodol yn eich dyddiadur.
today-coming-up = Yn fuan
today-nothing = Dim byd yn y 7 diwrnod nesaf.
today-other-flags = Gwiriwch hefyd
today-flag-count = { $count ->
    [zero] Dim byd i'w wirio
    [one] 1 peth i'w wirio
    [two] 2 beth i'w gwirio
    [few] { $count } pheth i'w gwirio
    [many] { $count } pheth i'w gwirio
   *[other] { $count } peth i'w gwirio
}
today-required = Gorfodol

## Navigation
nav-today = Heddiw
nav-add = Ychwanegu
nav-flags = Gwirio
nav-week = Wythnos
nav-more = Mwy
nav-pregnancy = Beichiogrwydd
nav-guides = Canllawiau
nav-label = Prif ddewislen

## More
more-title = Mwy
more-conditions = Rheolau eich trwydded, gorchymyn neu fechnïaeth
more-pregnancy = Eich dyddiad disgwyl a'ch archwiliadau beichiogrwydd
more-guides = Eich hawliau a beth i'w wneud, mewn geiriau syml
more-settings = Iaith, cyfrinair, cloi a dileu

## Week
week-title = Y 7 diwrnod nesaf
week-check = Gwirio'r diwrnod hwn
week-free = Dim byd ar y diwrnod hwn.

## Pregnancy
pregnancy-title = Beichiogrwydd
pregnancy-weeks = { $days ->
    [zero] Rydych chi'n { $weeks } wythnos yn feichiog.
    [one] Rydych chi'n { $weeks } wythnos ac 1 diwrnod yn feichiog.
    [two] Rydych chi'n { $weeks } wythnos a 2 ddiwrnod yn feichiog.
    [few] Rydych chi'n { $weeks } wythnos a { $days } diwrnod yn feichiog.
    [many] Rydych chi'n { $weeks } wythnos a { $days } diwrnod yn feichiog.
   *[other] Rydych chi'n { $weeks } wythnos a { $days } diwrnod yn feichiog.
}
pregnancy-due = Eich dyddiad disgwyl yw { $date }. { $days ->
    [0] Mae hynny heddiw.
    [one] Mae hynny yfory.
    [two] Mae hynny ymhen 2 ddiwrnod.
    [few] Mae hynny ymhen { $days } diwrnod.
    [many] Mae hynny ymhen { $days } diwrnod.
   *[other] Mae hynny ymhen { $days } diwrnod.
}
pregnancy-due-past = Eich dyddiad disgwyl oedd { $date }.
pregnancy-none = Does dim dyddiad disgwyl wedi'i gadw. Gallwch chi ei ychwanegu isod.
pregnancy-steps = Eich archwiliadau beichiogrwydd
pregnancy-window = Fel arfer rhwng { $start } a { $end }.
pregnancy-booked = Yn eich dyddiadur: { $date }
pregnancy-state-due = Mae'n bryd nawr. Gofynnwch i'ch bydwraig ei drefnu.
pregnancy-state-missed = Dim yn eich dyddiadur. Os cawsoch chi'r archwiliad, gallwch chi ei ychwanegu. Os naddo, gofynnwch i'ch bydwraig amdano.
pregnancy-state-later = Yn nes ymlaen.
pregnancy-source = Mae'r archwiliadau hyn yn dilyn cynllun gofal beichiogrwydd yr NHS (canllaw NICE NG201). Efallai y bydd eich bydwraig yn cynllunio rhywbeth gwahanol i chi.
pregnancy-set = Dyddiad disgwyl
pregnancy-save = Cadw'r dyddiad disgwyl
pregnancy-remove = Dileu'r dyddiad disgwyl
pregnancy-due-invalid = Dewiswch ddyddiad.

## Pregnancy and baby checks (short names)
care-step-booking = Apwyntiad cyntaf gyda'r fydwraig (apwyntiad cofrestru)
care-step-dating_scan = Sgan 12 wythnos
care-step-appt_16 = Archwiliad 16 wythnos
care-step-anomaly_scan = Sgan 20 wythnos
care-step-appt_25 = Archwiliad 25 wythnos
care-step-appt_28 = Archwiliad 28 wythnos
care-step-appt_31 = Archwiliad 31 wythnos
care-step-appt_34 = Archwiliad 34 wythnos
care-step-appt_36 = Archwiliad 36 wythnos
care-step-appt_38 = Archwiliad 38 wythnos
care-step-appt_40 = Archwiliad 40 wythnos
care-step-appt_41 = Archwiliad 41 wythnos
care-step-midwife_postnatal = Ymweliad y fydwraig ar ôl yr enedigaeth
care-step-new_birth_visit = Ymweliad cyntaf yr ymwelydd iechyd
care-step-six_week_check = Archwiliad 6 wythnos ar ôl yr enedigaeth

## Guides
guides-title = Canllawiau
guides-intro = Eich hawliau, a'r systemau o'ch cwmpas chi a'ch babi, mewn geiriau syml.
guides-sources = O ble daw hyn: { $sources }
guides-reviewed = Gwiriwyd ddiwethaf: { $date }
guides-jurisdiction = Ble mae hyn yn berthnasol: { $text }
guides-status-awaiting = Mae'r testun hwn wedi'i gyfieithu ac yn aros i gael ei wirio. Y fersiwn Saesneg yw'r un i ymddiried ynddi.
guides-all = Pob canllaw
guides-side-by-side = Dangos wrth ochr iaith arall
guides-glossary = Geiriau a'u hystyr

## The interpreter view: one guide in two languages, side by side
interpreter-title = Ochr yn ochr
interpreter-first = Iaith gyntaf
interpreter-second = Ail iaith
interpreter-guide = Canllaw
interpreter-terms = Geiriau yn y rhan hon

## Glossary
glossary-title = Geiriau a'u hystyr
glossary-intro = Geiriau y gallech chi eu clywed gan y gwasanaeth prawf, y llysoedd, gofal cymdeithasol a gwasanaethau mamolaeth, mewn geiriau syml.
nav-glossary = Geiriau
more-glossary = Geiriau y gallech chi eu clywed, a'u hystyr

## Add an appointment
add-title = Ychwanegu apwyntiad
add-kind = Pa fath o apwyntiad?
add-what = Enw (beth mae'r llythyr yn ei alw)
add-date = Dyddiad
add-start = Yn dechrau
add-end = Yn gorffen
add-place = Lle
add-travel = Amser teithio, un ffordd (munudau)
add-mandatory = Rhaid i mi fynd (mae'n rhan o fy nhrwydded, fy ngorchymyn neu fy mechnïaeth)
add-edit-title = Newid apwyntiad
add-repeat = Ydy'r apwyntiad yn digwydd eto?
add-repeat-none = Na, dim ond unwaith
add-repeat-weekly = Bob wythnos
add-repeat-fortnightly = Bob 2 wythnos
add-repeat-four_weekly = Bob 4 wythnos
add-repeat-weekdays = Bob dydd o'r wythnos (o ddydd Llun i ddydd Gwener)
add-repeat-custom = Fel mae'r llythyr neu'r cynllun yn ei ddweud
add-times = Sawl gwaith i gyd?
add-repeat-summary = { $every ->
    [0] Bob dydd o'r wythnos, gan ddechrau { $weekday }, { $count ->
        [two] 2 waith
       *[other] { $count } gwaith
    }
    [1] Bob { $weekday }, { $count ->
        [two] 2 waith
       *[other] { $count } gwaith
    }
   *[other] Bob { $every } wythnos ({ $weekday }), { $count ->
        [two] 2 waith
       *[other] { $count } gwaith
    }
}
add-care-step = Pa archwiliad beichiogrwydd neu archwiliad babi yw hwn?
add-care-step-none = Dim yn siŵr, neu dim un
add-notes = Nodiadau (dim ond chi sy'n gweld y rhain)
add-clashes = Byddai hyn yn gwrthdaro gyda'r rhain:
add-no-clash = Dim gwrthdaro.
add-save = Cadw
add-saved = Wedi'i gadw.
add-fix = Gwiriwch y dyddiad a'r amseroedd.

kind-probation = Gwasanaeth prawf
kind-unpaid_work = Gwaith di-dâl
kind-programme = Rhaglen neu gwrs
kind-drug_test = Prawf cyffuriau neu alcohol
kind-police_reporting = Adrodd mewn gorsaf heddlu
kind-court = Llys
kind-family_court = Llys teulu
kind-antenatal = Bydwraig neu sgan
kind-postnatal = Bydwraig ar ôl yr enedigaeth
kind-health_visitor = Ymwelydd iechyd
kind-gp = Meddyg teulu neu nyrs
kind-hospital = Ysbyty
kind-mental_health = Iechyd meddwl
kind-substance_misuse = Gwasanaeth cyffuriau neu alcohol
kind-social_care = Gweithiwr cymdeithasol
kind-child_protection = Cyfarfod amddiffyn plant
kind-child_contact = Gweld fy mhlentyn
kind-solicitor = Cyfreithiwr
kind-housing = Tai
kind-benefits = Canolfan Byd Gwaith neu fudd-daliadau
kind-support = Cymorth neu ganolfan i fenywod
kind-other = Rhywbeth arall

## Flags
flags-title = Pethau i'w gwirio
flags-none = Dim byd i'w wirio ar hyn o bryd.
flags-actions = Beth allwch chi ei wneud
flags-draft = Neges y gallwch chi ei hanfon neu ei darllen yn uchel
flags-copy = Copïo'r neges
flags-copied = Wedi'i chopïo.
flags-draft-english = Yr un neges yn Saesneg, i rywun sy'n darllen Saesneg
flags-copy-english = Copïo'r neges Saesneg
flags-guide = Darllen mwy: { $title }
flags-sorted-open = Rydw i wedi datrys hyn
flags-sorted-note = Beth wnaethoch chi? (dim ond chi sy'n gweld hyn)
flags-sorted-button = Marcio fel wedi'i ddatrys
flags-history = Wedi'u datrys
flags-sorted-undo = Heb ei ddatrys wedi'r cyfan

## My conditions
nav-conditions = Rheolau
conditions-title = Fy rheolau
conditions-intro = Ychwanegwch y rheolau o'ch trwydded, eich gorchymyn neu eich mechnïaeth. Mae'r ap yn gwirio eich apwyntiadau yn eu herbyn nhw.
conditions-none = Dim rheolau wedi'u hychwanegu eto.
conditions-from = O
conditions-starts = Yn dechrau (os oes dyddiad)
conditions-ends = Yn gorffen (os oes dyddiad)
conditions-source = O ble mae'r rheol hon yn dod?
source-licence = Fy nhrwydded
source-community_order = Fy ngorchymyn cymunedol
source-suspended_sentence = Fy nedfryd ohiriedig
source-bail = Fy mechnïaeth
source-other = Rhywle arall
conditions-home = Fy nghyfeiriad cymeradwy
conditions-home-where = Ble mae'r cyfeiriad? Gludwch ddolen map, neu teipiwch y cyfesurynnau.
conditions-home-save = Cadw fy nghyfeiriad
conditions-curfew = Cyrffyw
conditions-curfew-from = Cyrffyw yn dechrau
conditions-curfew-to = Cyrffyw yn gorffen
conditions-curfew-tag = Ydych chi'n gwisgo tag?
conditions-curfew-days = Ar ba ddiwrnodau mae'n dechrau?
conditions-hours = { $days }: { $from }–{ $to }
conditions-dates = Yn dechrau: { $start }. Yn gorffen: { $end }
conditions-dates-from = Yn dechrau: { $start }
conditions-dates-until = Yn gorffen: { $end }
conditions-curfew-more = Ychwanegu'r oriau hyn, yna oriau eraill ar gyfer diwrnodau eraill
conditions-where-invalid = Dydy'r ap ddim yn gallu darllen hynny fel dolen map neu gyfesurynnau. Rhowch gynnig ar ddolen o ap map, neu rifau fel 52.41, -1.51.
conditions-named = Enw person nad ydw i'n cael cysylltu â nhw
conditions-shared = Defnyddio cynllun a rannodd fy ngweithiwr
conditions-shared-how = Os anfonodd eich gweithiwr ffeil cynllun atoch chi, agorwch hi a chopïwch y cyfan, yna gludwch y cyfan yma. Mae ei hapwyntiadau a'i rheolau yn cael eu hychwanegu at eich rhai chi.
conditions-shared-label = Y cynllun
conditions-shared-add = Ychwanegu'r cynllun
conditions-shared-done = Wedi ychwanegu: { $appointments ->
    [zero] dim apwyntiadau
    [one] 1 apwyntiad
    [two] 2 apwyntiad
    [few] { $appointments } apwyntiad
    [many] { $appointments } apwyntiad
   *[other] { $appointments } apwyntiad
}, { $conditions ->
    [zero] dim rheolau
    [one] 1 rheol
    [two] 2 reol
    [few] { $conditions } rheol
    [many] { $conditions } rheol
   *[other] { $conditions } rheol
}.
conditions-shared-invalid = Does dim byd wedi'i ychwanegu. { $count ->
    [zero] Does dim problemau yn y cynllun.
    [one] Mae 1 broblem yn y cynllun.
    [two] Mae 2 broblem yn y cynllun.
    [few] Mae { $count } problem yn y cynllun.
    [many] Mae { $count } phroblem yn y cynllun.
   *[other] Mae { $count } problem yn y cynllun.
} Dangoswch y llinellau hyn i'ch gweithiwr:
conditions-shared-not-plan = Does dim byd wedi'i ychwanegu. Dydy hon ddim yn ffeil cynllun y gall yr ap ei darllen. Gofynnwch i'ch gweithiwr ei hanfon eto.
conditions-add-named = Dim cysylltiad â'r person hwn
monitoring-rf_tag = Ydw, tag ar gyfer fy nghyrffyw (gyda bocs gartref)
monitoring-gps_tag = Ydw, tag GPS
monitoring-alcohol_tag = Ydw, tag alcohol
monitoring-none = Dim tag
monitoring-doorstep = Mae rhywun yn gwirio wrth y drws
conditions-add-curfew = Ychwanegu'r cyrffyw hwn
conditions-zone = Lle nad ydw i'n cael mynd iddo
conditions-zone-name = Enw'r lle
conditions-zone-where = Ble mae'r lle? Gludwch ddolen map, neu teipiwch y cyfesurynnau.
conditions-zone-radius = Pa mor bell o'i gwmpas (metrau)
conditions-add-zone = Ychwanegu'r lle hwn
conditions-other = Rheolau eraill
conditions-add-no-contact = Dim cysylltiad ag unrhyw un dan 18 oed
conditions-add-approved = Rhaid i mi fyw yn fy nghyfeiriad cymeradwy
conditions-add-travel = Rhaid i mi beidio â gadael y DU
conditions-kind-curfew = Cyrffyw
conditions-kind-exclusion_zone = Lle nad ydw i'n cael mynd iddo
conditions-kind-no_contact = Dim cysylltiad
conditions-kind-approved_address = Cyfeiriad cymeradwy
conditions-kind-travel_ban = Gwaharddiad teithio
conditions-added = Wedi'i ychwanegu.

## Settings
nav-settings = Gosodiadau
settings-title = Gosodiadau
settings-language = Iaith
settings-autolock = Cloi ar ôl y nifer hwn o funudau heb gyffwrdd
settings-autolock-save = Cadw
settings-discreet = Mae nodiadau atgoffa yn dangos manylion (pan fydd hyn i ffwrdd, maen nhw'n dweud "Nodyn atgoffa am 14:00" yn unig)
settings-passphrase = Newid fy nghyfrinair
settings-passphrase-new = Cyfrinair newydd
settings-passphrase-save = Newid
settings-passphrase-done = Mae eich cyfrinair wedi newid.
settings-saved = Wedi'i gadw.
settings-duress = Ail gyfrinair
settings-duress-replaces = Os byddwch chi'n gosod ail gyfrinair newydd, neu'n ei ddiffodd, bydd y dyddiadur arall yn cael ei wagio. Bydd unrhyw beth ynddo yn cael ei ddileu, a does neb yn gallu ei gael yn ôl.
settings-duress-understood = Rydw i'n deall y bydd y dyddiadur arall yn cael ei wagio
settings-duress-new = Ail gyfrinair newydd
settings-duress-save = Gosod
settings-duress-remove = Diffodd
settings-duress-done = Mae'r ail gyfrinair wedi'i osod. Mae'n agor dyddiadur gwag. Cafodd unrhyw beth yn yr hen un ei ddileu.
settings-duress-removed = Mae'r ail gyfrinair wedi'i ddiffodd. Cafodd y dyddiadur arall ei wagio.
settings-wipe = Dileu popeth
settings-wipe-warning = Mae hyn yn dileu eich dyddiadur cyfan o'r ffôn hwn. Does neb yn gallu ei gael yn ôl, dim hyd yn oed gyda'ch cyfrinair. Gallai eich apwyntiadau a'ch nodiadau fod yn dystiolaeth: meddyliwch cyn i chi wneud hyn.
settings-wipe-confirm = I ddileu popeth, teipiwch DILEU
settings-wipe-word = DILEU
settings-wipe-button = Dileu popeth nawr

## Problems, in plain words

error-weak-passphrase = Mae angen o leiaf { $min } llythyren neu rif ar eich cyfrinair.
error-passphrase-not-usable = Does dim modd defnyddio'r cyfrinair yna yma. Dewiswch un gwahanol.
error-stale = Cafodd y nodiadau eu newid mewn ffenest arall. Caewch yr un yma a'u hagor eto.
error-newer = Cafodd y nodiadau hyn eu gwneud gan fersiwn mwy newydd o'r ap. Diweddarwch yr ap.
error-storage = Doedd y ffôn ddim yn gallu cadw hyn. Efallai ei fod yn llawn. Does dim byd wedi'i golli.
error-locked = Mae eich nodiadau wedi'u cloi. Agorwch nhw eto i fynd ymlaen.
error-invalid = Dydy rhywbeth yn y ffurflen hon ddim yn iawn eto. Gwiriwch hi.
error-screen = Aeth rhywbeth o'i le ar y sgrin hon. Mae eich nodiadau'n ddiogel. Ewch yn ôl a cheisiwch eto.
error-back = Mynd yn ôl

## Sharing with a support worker
nav-sharing = Rhannu
more-sharing = Rhannu pethau rydych chi'n eu dewis gyda'ch gweithiwr cymorth
sharing-title = Rhannu gyda'ch gweithiwr
sharing-intro = Gallwch chi adael i weithiwr cymorth weld rhywfaint o'ch dyddiadur. Does dim byd yn cael ei rannu nes i chi ddewis. Gallwch chi stopio unrhyw bryd.
sharing-honest = Mae eich gweithiwr yn gweld dim ond beth rydych chi'n ei dicio yma. Efallai y byddan nhw'n cofio neu'n ysgrifennu beth maen nhw wedi'i weld yn barod. Fel unrhyw weithiwr proffesiynol, efallai y bydd rhaid iddyn nhw roi gwybodaeth i bobl eraill os gallai plentyn fod mewn perygl.
sharing-none = Dydych chi ddim yn rhannu gydag unrhyw un.
sharing-code = Cod gan eich gweithiwr
sharing-accept = Cysylltu
sharing-number = Rhif diogelwch
sharing-number-how = Gwiriwch fod sgrin eich gweithiwr yn dangos yr un rhif. Gwnewch hyn wyneb yn wyneb.
sharing-number-match = Mae'r rhifau'r un fath
sharing-number-wait = Does dim byd yn cael ei rannu nes i chi wirio'r rhif.
sharing-what = Beth mae eich gweithiwr yn ei weld
sharing-conditions = Rheolau fy nhrwydded, fy ngorchymyn neu fy mechnïaeth
sharing-due-date = Fy nyddiad disgwyl
sharing-home = Fy nghyfeiriad cymeradwy
sharing-kinds = Y mathau hyn o apwyntiad:
sharing-sync = Rhannu nawr
sharing-synced = Wedi gorffen. Wedi anfon { $sent }, wedi cael { $received }.
sharing-proposals = Apwyntiadau mae eich gweithiwr yn eu hawgrymu
sharing-proposal-clash = Byddai hyn yn gwrthdaro gyda'r rhain:
sharing-proposal-accept = Ychwanegu at fy nyddiadur
sharing-proposal-decline = Dim diolch
sharing-stop = Stopio rhannu
sharing-stop-understood = Rydw i'n deall bod fy ngweithiwr yn cadw beth maen nhw wedi'i weld yn barod
sharing-stopped = Rydych chi wedi stopio rhannu.
sharing-client = Eich cleient
sharing-client-flags = Pethau i'w gwirio yn beth mae eich cleient yn ei rannu
sharing-client-none = Dim byd i'w wirio yn beth mae eich cleient yn ei rannu.
sharing-client-ended = Mae eich cleient wedi stopio rhannu. Mae ei gwybodaeth wedi'i dileu.
sharing-shared = Wedi'i rannu
error-network = Doedd yr ap ddim yn gallu cysylltu â'r gwasanaeth rhannu. Gwiriwch eich cysylltiad a cheisiwch eto. Does dim byd wedi'i golli.
error-code-invalid = Dydy'r cod yna ddim yn iawn. Gwiriwch y cod gyda'ch gweithiwr, neu gofynnwch am un newydd.
error-code-expired = Mae'r cod yna'n rhy hen. Gofynnwch i'ch gweithiwr am un newydd.
error-code-used = Mae'r cod yna wedi cael ei ddefnyddio'n barod. Gofynnwch i'ch gweithiwr am un newydd.
error-not-confirmed = Gwiriwch y rhif diogelwch gyda'ch gweithiwr yn gyntaf.
sharing-worker-title = I weithwyr cymorth
sharing-worker-how = Os ydych chi'n weithiwr cymorth, gwnewch wahoddiad yma a dangoswch ei god i'r fenyw rydych chi'n ei chefnogi.
sharing-worker-relay = Cyfeiriad gwasanaeth rhannu eich sefydliad
sharing-worker-invite = Gwneud gwahoddiad
sharing-worker-code = Dangoswch y cod hwn iddi, neu darllenwch ef yn uchel. Mae'n gweithio unwaith, am 24 awr.
