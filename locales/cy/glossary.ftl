## Glossary (cy, Welsh, translated from en-GB): terms interpreters and women meet, with plain definitions.
## Each term has: the word as it appears in running text, .forms (the word forms to highlight
## in guide text, the term itself first) and .definition (one or two short, plain sentences).
## Every fact comes from shared/domain/facts.md. Never promise confidentiality.


## Licences

term-licence = trwydded
    .forms = trwydded, drwydded, nhrwydded, thrwydded, trwyddedau
    .definition = Y rheolau mae'n rhaid i chi eu dilyn ar ôl i chi adael y carchar, tan ddiwedd eich dedfryd. Gall eu torri olygu mynd yn ôl i'r carchar.

term-standard-conditions = amodau safonol
    .forms = amodau safonol, amod safonol, amodau safonol y drwydded
    .definition = Y rheolau sylfaenol ar bob trwydded. Er enghraifft, cadw mewn cysylltiad â'ch swyddog prawf a byw yn y cyfeiriad maen nhw wedi cytuno iddo.

term-additional-conditions = amodau ychwanegol
    .forms = amodau ychwanegol, amod ychwanegol, amodau ychwanegol y drwydded
    .definition = Rheolau ychwanegol ar drwydded. Gallan nhw ddweud ble rydych chi'n byw, â phwy na chewch chi gysylltu, cyrffyw, neu leoedd na chewch chi fynd iddyn nhw.

term-licence-variation = newid i'r drwydded
    .forms = newid i'r drwydded, newidiadau i'r drwydded, newid eich trwydded
    .definition = Newid i'r rheolau ar eich trwydded. Gofynnwch i'ch swyddog prawf, sy'n gallu gwneud cais amdano, ond dydy newid ddim yn sicr.

term-probation-officer = swyddog prawf
    .forms = swyddog prawf, swyddogion prawf, ymarferydd prawf, ymarferwyr prawf, swyddog cyfrifol, swyddog goruchwylio, probation officer
    .definition = Y person o'r gwasanaeth prawf sy'n gwirio eich bod chi'n dilyn eich rheolau. Efallai y byddan nhw hefyd yn cael eu galw'n ymarferydd prawf.

term-supervision-appointment = apwyntiad goruchwylio
    .forms = apwyntiad goruchwylio, apwyntiadau goruchwylio, apwyntiad prawf, apwyntiadau prawf
    .definition = Cyfarfod gyda'r gwasanaeth prawf mae'n rhaid i chi fynd iddo. Os na allwch chi fynd, dywedwch wrth eich swyddog prawf yn gynnar, a dywedwch pam.

term-approved-premises = Safle Cymeradwy (Approved Premises)
    .forms = Safle Cymeradwy (Approved Premises), Safle Cymeradwy, Safleoedd Cymeradwy, Approved Premises, AP
    .definition = Lle mae'n rhaid i rai pobl fyw ynddo ar ôl y carchar, fel rheol ar eu trwydded. Ni all plant fyw yno.

term-home-detention-curfew = Cyrffyw Cadw Gartref (Home Detention Curfew)
    .forms = Cyrffyw Cadw Gartref (Home Detention Curfew), Cyrffyw Cadw Gartref, Home Detention Curfew, HDC
    .definition = Gadael y carchar hyd at 180 diwrnod yn gynnar, gyda thag. Rhaid i chi fod gartref am o leiaf 9 awr y dydd.


## Community orders and suspended sentences

term-community-order = gorchymyn cymunedol
    .forms = gorchymyn cymunedol, orchymyn cymunedol, ngorchymyn cymunedol, gorchmynion cymunedol
    .definition = Dedfryd rydych chi'n ei chyflawni yn y gymuned, nid yn y carchar. Mae'r llys yn ychwanegu rheolau o'r enw gofynion, a gall bara hyd at 3 blynedd.

term-suspended-sentence-order = gorchymyn dedfryd ohiriedig
    .forms = gorchymyn dedfryd ohiriedig, gorchmynion dedfryd ohiriedig, dedfryd ohiriedig, ddedfryd ohiriedig, nedfryd ohiriedig, dedfrydau gohiriedig, SSO
    .definition = Dedfryd o garchar nad ydych chi'n ei threulio ar unwaith. Os byddwch chi'n torri ei rheolau neu'n troseddu eto, gall y llys eich anfon i'r carchar.

term-requirement = gofyniad
    .forms = gofyniad, gofynion, ofyniad
    .definition = Rheol mae'r llys yn ei hychwanegu at orchymyn cymunedol neu ddedfryd ohiriedig, fel gwaith di-dâl neu gyrffyw.

term-unpaid-work = gwaith di-dâl
    .forms = gwaith di-dâl, waith di-dâl
    .definition = Gwaith yn y gymuned heb dâl, o 40 i 300 awr. Rhaid i'r llys feddwl am bobl sy'n dibynnu arnoch chi, fel eich plant.

term-rehabilitation-activity-requirement = gofyniad gweithgaredd adsefydlu
    .forms = gofyniad gweithgaredd adsefydlu, gofynion gweithgaredd adsefydlu, RAR
    .definition = Apwyntiadau a gweithgareddau mae'r gwasanaeth prawf yn eu gosod i chi. Mae'r llys yn gosod y nifer mwyaf o ddiwrnodau y gall eu defnyddio.

term-curfew-requirement = gofyniad cyrffyw
    .forms = gofyniad cyrffyw, gofynion cyrffyw, cyrffyw, gyrffyw, nghyrffyw, chyrffyw
    .definition = Rheol sy'n dweud bod rhaid i chi fod gartref ar adegau penodol. Ar orchymyn cymunedol, mae'n 2 i 20 awr y dydd.


## Bail

term-bail = mechnïaeth
    .forms = mechnïaeth, fechnïaeth
    .definition = Aros allan o'r carchar tra bydd eich achos yn mynd yn ei flaen. Efallai y bydd rhaid i chi ddilyn rheolau, o'r enw amodau mechnïaeth.

term-bail-conditions = amodau mechnïaeth
    .forms = amodau mechnïaeth, amod mechnïaeth
    .definition = Rheolau mae'n rhaid i chi eu dilyn tra byddwch chi ar fechnïaeth. Enghreifftiau yw byw mewn cyfeiriad, cyrffyw, neu adrodd i orsaf heddlu.

term-surety = mechnïydd
    .forms = mechnïydd, mechnïwyr
    .definition = Person sy'n addo arian i'r llys i helpu i wneud yn siŵr eich bod chi'n dod yn ôl i'r llys. Gallan nhw golli'r arian os na fyddwch chi'n dod.

term-police-bail = mechnïaeth yr heddlu
    .forms = mechnïaeth yr heddlu, fechnïaeth yr heddlu
    .definition = Mechnïaeth sy'n cael ei gosod gan yr heddlu, cyn neu ar ôl i chi gael eich cyhuddo. Swyddog y ddalfa sy'n ei gosod, ac mae'n gallu ei newid.

term-court-bail = mechnïaeth llys
    .forms = mechnïaeth llys, fechnïaeth llys
    .definition = Mechnïaeth sy'n cael ei gosod gan lys. I'w newid, rydych chi'n gofyn i'r llys, fel arfer drwy eich cyfreithiwr.


## Tags

term-electronic-monitoring = monitro electronig
    .forms = monitro electronig, tag, tagiau, dag, thag, thagiau, EM
    .definition = Defnyddio tag rydych chi'n ei wisgo i wirio eich bod chi'n dilyn eich rheolau, fel cyrffyw neu leoedd na chewch chi fynd iddyn nhw.

term-curfew-tag = tag cyrffyw
    .forms = tag cyrffyw, tagiau cyrffyw
    .definition = Tag sy'n gweithio gyda bocs yn eich cartref. Mae'n dweud wrth y ganolfan fonitro os ydych chi allan yn ystod eich cyrffyw.

term-gps-tag = tag GPS
    .forms = tag GPS, tagiau GPS, thagiau GPS, tag lleoliad, tagiau lleoliad
    .definition = Tag sy'n cofnodi ble rydych chi drwy'r amser. Rhaid i chi ei wefru am o leiaf 1 awr bob dydd.

term-monitoring-centre = canolfan fonitro
    .forms = canolfan fonitro, ganolfan fonitro, canolfan fonitro tagiau, ganolfan fonitro tagiau
    .definition = Y tîm sy'n gwylio tagiau, ar agor ddydd a nos. Ffoniwch nhw cyn gynted ag y mae'n ddiogel os oes rhaid i chi adael yn ystod cyrffyw.


## Breach and recall

term-breach = torri amodau
    .forms = torri amodau, dorri amodau, torri amod, torri rheol, torri'r rheolau, dorri'r rheolau, torri rheolau, torri eich rheolau, torri gofyniad, thorri'r rheol
    .definition = Torri rheol ar eich trwydded, eich gorchymyn neu eich mechnïaeth. Ar orchymyn, mae'n cyfrif dim ond os nad oedd gennych chi esgus rhesymol.

term-recall = galw'n ôl
    .forms = galw'n ôl, alw'n ôl, galw'n ôl i'r carchar, galw'n ôl am gyfnod penodol, galw'n ôl safonol, fixed-term recall, standard recall
    .definition = Cael eich anfon yn ôl i'r carchar tra byddwch chi ar drwydded, er enghraifft am dorri'r rheolau. Does dim gwrandawiad llys yn gyntaf.

term-reasonable-excuse = esgus rhesymol
    .forms = esgus rhesymol, esgusodion rhesymol
    .definition = Rheswm da dros beidio â dilyn rheol. Eich swyddog prawf sy'n penderfynu hyn gyntaf, yna'r llys os bydd eich achos yn mynd yno.

term-warning = rhybudd
    .forms = rhybudd, rhybuddion, rhybudd ysgrifenedig, rhybuddion ysgrifenedig
    .definition = Rhybudd ysgrifenedig gan y gwasanaeth prawf ar ôl i chi dorri rheol ar orchymyn. Wedyn, rhaid i achos arall o dorri amodau o fewn 12 mis fynd i'r llys.


## Children's social care

term-childrens-social-care = gofal cymdeithasol i blant
    .forms = gofal cymdeithasol i blant, ofal cymdeithasol i blant, gofal cymdeithasol, ofal cymdeithasol, gwasanaethau cymdeithasol, wasanaethau cymdeithasol, gwasanaethau plant
    .definition = Tîm y cyngor sy'n helpu plant a theuluoedd. Mae hefyd yn gweithredu pan allai plentyn fod mewn perygl o niwed.

term-social-worker = gweithiwr cymdeithasol
    .forms = gweithiwr cymdeithasol, gweithwyr cymdeithasol, weithiwr cymdeithasol
    .definition = Person o ofal cymdeithasol i blant sy'n gweithio gyda'ch teulu. Gallan nhw rannu gwybodaeth os gallai plentyn fod mewn perygl.

term-early-help = help cynnar
    .forms = help cynnar
    .definition = Cymorth ychwanegol i'ch teulu gan y cyngor neu wasanaethau eraill. Eich dewis chi yw ei dderbyn.

term-child-in-need = plentyn mewn angen
    .forms = plentyn mewn angen, phlentyn mewn angen, blentyn mewn angen, plant mewn angen, mewn angen
    .definition = Plentyn sydd angen gwasanaethau ychwanegol i fod yn iach a thyfu'n dda. Yng Nghymru, yr enw ar yr help hwn yw gofal a chymorth.

term-child-protection-plan = cynllun amddiffyn plant
    .forms = cynllun amddiffyn plant, cynlluniau amddiffyn plant
    .definition = Cynllun i gadw plentyn yn ddiogel, sy'n cael ei wneud ar ôl cynhadledd amddiffyn plant. Yng Nghymru, mae'r plentyn yn cael ei roi ar gofrestr amddiffyn plant.

term-pre-birth-assessment = asesiad cyn geni
    .forms = asesiad cyn geni, asesiadau cyn geni, atgyfeiriad cyn geni
    .definition = Pan fydd gofal cymdeithasol i blant yn gwirio, cyn i'ch babi gael ei eni, a fydd angen help neu amddiffyniad ar eich babi.

term-child-protection-conference = cynhadledd amddiffyn plant
    .forms = cynhadledd amddiffyn plant, cynadleddau amddiffyn plant, gynhadledd amddiffyn plant, cynhadledd adolygu, cynhadledd cyn geni, cynhadledd, gynhadledd, ICPC
    .definition = Cyfarfod o weithwyr proffesiynol a rhieni pan allai plentyn fod mewn perygl o niwed difrifol. Byddwch chi'n cael gwahoddiad, a gallwch chi ddod â rhywun i'ch cefnogi.

term-core-group = grŵp craidd
    .forms = grŵp craidd, grwpiau craidd, cyfarfod grŵp craidd, cyfarfodydd grŵp craidd
    .definition = Rhieni a gweithwyr proffesiynol sy'n cyfarfod yn aml ar ôl cynhadledd amddiffyn plant. Mae'r cyfarfod cyntaf o fewn 10 diwrnod gwaith.

term-section-20 = adran 20 (section 20)
    .forms = adran 20 (section 20), adran 20, section 20, s20, llety gwirfoddol, voluntary accommodation
    .definition = Mae'r cyngor yn gofalu am eich plentyn oherwydd eich bod chi'n cytuno, a gallwch chi gymryd eich plentyn yn ôl ar unrhyw adeg. Gofynnwch am gyngor cyfreithiol cyn i chi lofnodi.

term-section-76 = adran 76 (section 76)
    .forms = adran 76 (section 76), adran 76, section 76, s76
    .definition = Yng Nghymru, dyma'r gyfraith ar gyfer pan fydd y cyngor yn gofalu am eich plentyn oherwydd eich bod chi'n cytuno, fel adran 20. Gofynnwch am gyngor cyfreithiol yn gyntaf.

term-letter-before-proceedings = llythyr cyn achos (letter before proceedings)
    .forms = llythyr cyn achos (letter before proceedings), llythyr cyn achos, lythyr cyn achos, llythyrau cyn achos, letter before proceedings
    .definition = Llythyr sy'n dweud y gallai'r cyngor fynd i'r llys am eich plentyn. Gallwch chi gael cyngor cyfreithiol am ddim, felly ewch at gyfreithiwr nawr.

term-pre-proceedings-meeting = cyfarfod cyn achos
    .forms = cyfarfod cyn achos, cyfarfodydd cyn achos, cyfarfod PLO
    .definition = Cyfarfod gyda'r cyngor ar ôl i chi gael llythyr cyn achos. Gall cyfreithiwr ddod gyda chi.

term-care-proceedings = achos gofal (care proceedings)
    .forms = achos gofal (care proceedings), achos gofal, achosion gofal, care proceedings
    .definition = Achos llys am eich plentyn, sy'n cael ei ddechrau gan y cyngor. Dylai ddod i ben o fewn 26 wythnos, ac mae cymorth cyfreithiol am ddim i rieni.

term-care-order = gorchymyn gofal
    .forms = gorchymyn gofal, orchymyn gofal, gorchmynion gofal
    .definition = Gorchymyn llys sy'n rhoi cyfrifoldeb rhiant dros blentyn i'r cyngor. Rydych chi'n cadw eich cyfrifoldeb chi, ond gall y cyngor gyfyngu ar sut rydych chi'n ei ddefnyddio.

term-parental-responsibility = cyfrifoldeb rhiant (parental responsibility)
    .forms = cyfrifoldeb rhiant (parental responsibility), cyfrifoldeb rhiant, gyfrifoldeb rhiant, chyfrifoldeb rhiant, parental responsibility, PR
    .definition = Yr hawliau a'r dyletswyddau sydd gan riant yn ôl y gyfraith, fel dewis ysgol. Rydych chi'n ei gadw yn y carchar, oni bai bod llys yn ei gymryd oddi arnoch chi.

term-kinship-care = gofal gan berthnasau (kinship care)
    .forms = gofal gan berthnasau (kinship care), gofal gan berthnasau, kinship care, gofalwr sy'n berthynas, gofalwyr sy'n berthnasau
    .definition = Pan fydd perthynas neu ffrind i'r teulu yn gofalu am blentyn sy'n methu byw gyda'i rieni. Rhaid i gynghorau ddweud pa help y gall y gofalwyr hyn ei gael.


## Family court

term-family-court = llys teulu
    .forms = llys teulu, llysoedd teulu
    .definition = Y llys sy'n penderfynu achosion am blant, fel achos gofal. Mae'r llys yn rhoi cyfieithydd i chi ar gyfer gwrandawiadau.

term-solicitor = cyfreithiwr
    .forms = cyfreithiwr, cyfreithwyr, gyfreithiwr, chyfreithiwr, cyfreithiwr teulu, gyfreithiwr teulu
    .definition = Person sy'n rhoi cyngor cyfreithiol i chi ac sy'n gallu siarad ar eich rhan. Efallai y bydd cymorth cyfreithiol yn talu amdano.

term-legal-aid = cymorth cyfreithiol
    .forms = cymorth cyfreithiol, gymorth cyfreithiol, Legal Help, Family Help (Lower)
    .definition = Arian gan y llywodraeth sy'n talu am gyngor cyfreithiol a chyfreithiwr. Mae rhieni mewn achos gofal yn ei gael, beth bynnag yw eu hincwm.

term-childrens-guardian = gwarcheidwad plant
    .forms = gwarcheidwad plant, gwarcheidwaid plant, gwarcheidwad
    .definition = Person mae'r llys teulu yn ei ddewis mewn achos gofal i ddweud beth sydd orau i'ch plentyn. Maen nhw'n gweithio dros y plentyn, nid dros y cyngor.


## Mother and Baby Units

term-mother-and-baby-unit = Uned Mam a Baban
    .forms = Uned Mam a Baban, Unedau Mam a Baban, MBU, MBUs
    .definition = Uned mewn carchar i fenywod lle gallwch chi gadw eich babi gyda chi, fel arfer nes bod eich babi'n 18 mis oed.

term-admissions-board = bwrdd derbyn
    .forms = bwrdd derbyn, byrddau derbyn
    .definition = Y grŵp sy'n penderfynu a ydych chi'n cael lle mewn Uned Mam a Baban. Os ydyn nhw'n dweud na, gallwch chi apelio.


## Pregnancy, birth and your baby's health

term-midwife = bydwraig
    .forms = bydwraig, fydwraig, bydwragedd, bydwraig gymunedol, bydwraig arbenigol
    .definition = Gweithiwr iechyd sy'n gofalu amdanoch chi a'ch babi yn ystod beichiogrwydd, adeg yr enedigaeth, ac yn yr wythnosau cyntaf wedyn.

term-antenatal-appointment = apwyntiad cynenedigol
    .forms = apwyntiad cynenedigol, apwyntiadau cynenedigol, gofal cynenedigol, archwiliad beichiogrwydd, archwiliadau beichiogrwydd
    .definition = Archwiliad tra byddwch chi'n feichiog. Fel arfer mae 10 mewn beichiogrwydd cyntaf, a 7 mewn beichiogrwydd ar ôl hynny.

term-booking-appointment = apwyntiad cofrestru
    .forms = apwyntiad cofrestru, apwyntiadau cofrestru, booking appointment, cofrestru
    .definition = Eich ymweliad beichiogrwydd llawn cyntaf gyda bydwraig. Dylai ddigwydd erbyn i chi fod yn 10 wythnos yn feichiog.

term-maternity-triage = brysbennu mamolaeth
    .forms = brysbennu mamolaeth, frysbennu mamolaeth, brysbennu, frysbennu, maternity triage
    .definition = Gwasanaeth brys yr ysbyty ar gyfer beichiogrwydd, ar agor ddydd a nos. Ffoniwch os ydych chi'n gwaedu, mewn poen, neu os yw eich babi'n symud llai.

term-health-visitor = ymwelydd iechyd
    .forms = ymwelydd iechyd, ymwelwyr iechyd
    .definition = Gweithiwr iechyd sy'n gwirio sut rydych chi a'ch plentyn, o ddiwedd beichiogrwydd nes bod eich plentyn tua 2 a hanner oed.

term-new-birth-visit = ymweliad geni newydd
    .forms = ymweliad geni newydd, ymweliadau geni newydd, adolygiad geni newydd
    .definition = Ymweliad cyntaf yr ymwelydd iechyd ar ôl yr enedigaeth, pan fydd eich babi'n 10 i 14 diwrnod oed.

term-6-8-week-check = archwiliad 6–8 wythnos
    .forms = archwiliad 6–8 wythnos, archwiliadau 6–8 wythnos, archwiliad 6-8 wythnos, archwiliad 6 i 8 wythnos, archwiliadau yn 6 i 8 wythnos
    .definition = Archwiliadau pan fydd eich babi'n 6 i 8 wythnos oed. Mae eich meddyg teulu yn eich archwilio chi a'ch babi, ac mae'r ymwelydd iechyd yn eich gweld chi hefyd.

term-immunisations = brechiadau
    .forms = brechiadau, brechiad, brechlynnau, brechlyn, imiwneiddio
    .definition = Brechlynnau sy'n amddiffyn rhag salwch difrifol. Mae rhai yn cael eu cynnig yn ystod beichiogrwydd, ac mae brechiadau cyntaf eich babi yn dechrau pan fydd yn 8 wythnos oed.

term-interpreter = cyfieithydd
    .forms = cyfieithydd, cyfieithwyr, gyfieithydd, cyfieithu ar y pryd
    .definition = Person wedi'i hyfforddi sy'n rhoi'r hyn sy'n cael ei ddweud yn eich iaith chi. Mae cyfieithu ar y pryd yn yr NHS am ddim, ac ni ddylai teulu, ffrindiau na phlant gyfieithu.
