## Goldthread: clash flags (cy, Welsh, translated from en-GB).
## One message per flag kind. Each has no value, only attributes:
## .title, .explanation, .action-1 to .action-N and, on five kinds, .draft.
## Write for a reading age of about 9: short sentences, common words, "you".
## Never decide for her, never promise permission, never promise confidentiality.
## Keep each text attribute on one line of text. Line breaks inside selectors
## are not part of the text that she sees.


## Two appointments overlap in time.

flag-appointment-overlap =
    .title = { $both_mandatory ->
        [yes] Dau apwyntiad gorfodol ar yr un pryd
       *[no] Dau apwyntiad ar yr un pryd
    }
    .explanation = Mae dau apwyntiad yn gwrthdaro ar yr un diwrnod, { $date }. Mae { $title_a } o { $time_a } tan { $end_a }. Mae { $title_b } o { $time_b } tan { $end_b }. Allwch chi ddim bod yn y ddau. { $both_mandatory ->
        [yes] Mae'r ddau yn orfodol. Gallai colli un achosi problemau i chi, felly gofynnwch am newid nawr.
       *[no] { $mandatory_kind ->
            [none] Gallwch chi ofyn am symud un ohonyn nhw, fel nad ydych chi'n colli'r naill na'r llall.
            [court] Mae { $mandatory_title } yn orfodol. Gall colli gwrandawiad llys achosi problemau difrifol, felly gofynnwch am newid nawr.
            [family_court] Mae { $mandatory_title } yn orfodol. Os byddwch chi'n ei golli, efallai y bydd y llys yn gwneud penderfyniadau hebddoch chi, felly gofynnwch am newid nawr.
           *[other] Mae { $mandatory_title } yn orfodol. Gallai ei golli achosi problemau i chi, felly gofynnwch am newid nawr.
        }
    }
    .action-1 = { $mandatory_kind ->
        [none] Dewiswch pa un yr hoffech chi ei symud. Cysylltwch â'r gwasanaeth hwnnw cyn gynted ag y gallwch.
        [probation] Cysylltwch â'ch swyddog prawf cyn gynted ag y gallwch. Gofynnwch a oes modd symud { $mandatory_title }.
        [unpaid_work] Cysylltwch â'ch swyddog prawf neu oruchwyliwr eich gwaith di-dâl yn fuan. Gofynnwch a allwch chi wneud y sesiwn hon ar ddiwrnod arall.
        [programme] Cysylltwch â'ch swyddog prawf neu staff y rhaglen yn fuan. Gofynnwch a allwch chi fynd i sesiwn arall.
        [drug_test] Cysylltwch â'ch swyddog prawf neu'r gwasanaeth profi yn fuan. Gofynnwch a allwch chi gael y prawf ar amser arall.
        [police_reporting] Cysylltwch â'ch cyfreithiwr yn fuan. Gofynnwch a allwch chi adrodd ar amser arall y diwrnod hwnnw.
        [court] Cysylltwch â'ch cyfreithiwr cyn gynted ag y gallwch. Gofynnwch iddyn nhw ddweud wrth y llys am y gwrthdaro.
        [family_court] Cysylltwch â'ch cyfreithiwr cyn gynted ag y gallwch. Gofynnwch iddyn nhw ddweud wrth y llys am y gwrthdaro.
       *[other] Cysylltwch â'r bobl sy'n rhedeg { $mandatory_title } yn fuan. Gofynnwch a oes modd ei symud.
    }
    .action-2 = { $mandatory_kind ->
        [none] Gofynnwch am amser newydd nad yw'n gwrthdaro â'r apwyntiad arall.
       *[other] Os nad oes modd ei symud, gofynnwch a oes modd symud { $other_title } yn lle hynny.
    }
    .action-3 = Cadwch y ddau lythyr apwyntiad yn barod. Maen nhw'n dangos bod y gwrthdaro yn wir.
    .action-4 = Ysgrifennwch gyda phwy y siaradoch chi, pryd, a beth ddywedon nhw.
    .draft = Helo. Mae gen i ddau apwyntiad sy'n gwrthdaro ar yr un diwrnod, { $date }. Mae { $title_a } o { $time_a } tan { $end_a }. Mae { $title_b } o { $time_b } tan { $end_b }. { $mandatory_kind ->
        [court] A allech chi ofyn i'r llys a oes modd symud { $mandatory_title } i amser arall, os gwelwch yn dda?
        [family_court] A allech chi ofyn i'r llys a oes modd symud { $mandatory_title } i amser arall, os gwelwch yn dda?
        [police_reporting] A allech chi ofyn a ga i adrodd ar amser gwahanol y diwrnod hwnnw, os gwelwch yn dda?
       *[other] Oes modd symud { $mandatory_title } i amser arall, os gwelwch yn dda?
    } Os nad yw hynny'n bosibl, bydda i'n ceisio symud { $other_title }. Galla i anfon y ddau lythyr apwyntiad atoch chi. Diolch.


## Not enough time to travel from one appointment to the next.

flag-travel-too-tight =
    .title = Dim llawer o amser i fynd o un apwyntiad i'r llall
    .explanation = Dyddiad: { $date }. Mae { $title_a } yn gorffen am { $end_a } yn { $place_a }. Mae { $title_b } yn dechrau am { $time_b } yn { $place_b }. Mae hynny'n rhoi { $gap ->
        [zero] dim munudau
        [one] 1 munud
        [two] 2 funud
        [few] { $gap } munud
        [many] { $gap } munud
       *[other] { $gap } munud
    } i chi gyrraedd yno. Gallai'r daith gymryd tua { $needed } munud. Os byddwch chi'n hwyr, gallech chi golli rhan o { $title_b } neu'r cyfan.
    .action-1 = Gofynnwch a all { $title_b } ddechrau ychydig yn hwyrach, neu symud i ddiwrnod arall.
    .action-2 = Neu gofynnwch a gewch chi adael { $title_a } ychydig yn gynnar.
    .action-3 = Cynlluniwch eich taith cyn y diwrnod. Gwiriwch faint o amser mae'r bws neu'r trên yn ei gymryd.
    .action-4 = Os gallech chi fod yn hwyr, ffoniwch o flaen llaw a dweud wrthyn nhw. Ysgrifennwch pryd y ffonioch chi.


## An appointment, with the journey, falls in curfew hours.

flag-curfew-overlap =
    .title = { $medical ->
        [yes] Mae eich apwyntiad iechyd yn ystod eich cyrffyw
       *[no] Mae'r apwyntiad hwn yn ystod eich cyrffyw
    }
    .explanation = { $title }: { $date }, o { $time } tan { $end }{ $has_place ->
        [yes] , yn { $place }.
       *[no] . Does dim lle wedi'i nodi, felly mae'r ap yn cyfrif ei fod i ffwrdd o'r cartref.
    } Gyda'r daith, byddech chi allan o { $leave } tan { $back }. Mae eich cyrffyw o { $curfew_from } tan { $curfew_to }, felly mae'r amseroedd hyn yn gwrthdaro. { $monitoring ->
        [rf_tag] Bydd y bocs gartref ar gyfer eich tag yn dangos eich bod chi allan.
        [gps_tag] Mae eich tag yn cofnodi ble rydych chi drwy'r amser.
        [doorstep] Efallai y bydd rhywun yn dod at eich drws i wirio eich bod chi i mewn.
       *[other] Mae eich cyrffyw yn dal i gyfrif, hyd yn oed heb dag cyrffyw.
    } Gallai bod allan bryd hynny heb ganiatâd gael ei weld fel torri { $source ->
        [licence] rheolau eich trwydded.
        [community_order] rheolau eich gorchymyn.
        [suspended_sentence] rheolau eich dedfryd ohiriedig.
        [bail] eich amodau mechnïaeth.
       *[other] y rheolau a gawsoch chi.
    } { $medical ->
        [yes] Mae eich gofal iechyd yn bwysig. Gofynnwch am newid yn gynnar, fel nad oes rhaid i chi ddewis.
       *[no] Gallwch chi ofyn am ganiatâd neu newid cyn y diwrnod.
    }
    .action-1 = { $source ->
        [licence] Gofynnwch i'ch swyddog prawf am ganiatâd cyn y diwrnod. Gofynnwch mor gynnar ag y gallwch.
        [community_order] Gofynnwch i'ch swyddog prawf sut i newid eich cyrffyw ar gyfer y diwrnod hwnnw. Efallai y bydd angen y llys ar gyfer newid, felly gofynnwch yn gynnar.
        [suspended_sentence] Gofynnwch i'ch swyddog prawf sut i newid eich cyrffyw ar gyfer y diwrnod hwnnw. Efallai y bydd angen y llys ar gyfer newid, felly gofynnwch yn gynnar.
        [bail] Gofynnwch i'ch cyfreithiwr ofyn i'r llys newid eich cyrffyw ar gyfer y diwrnod hwnnw. Gofynnwch mor gynnar ag y gallwch.
       *[other] Gofynnwch i'r person neu'r gwasanaeth a osododd eich cyrffyw am ganiatâd cyn y diwrnod. Gofynnwch mor gynnar ag y gallwch.
    }
    .action-2 = Anfonwch neu dangoswch y llythyr apwyntiad iddyn nhw. Mae'n dangos y dyddiad a'r amser.
    .action-3 = Gallech chi hefyd ofyn am amser apwyntiad y tu allan i oriau eich cyrffyw.
    .action-4 = Dydy caniatâd ddim yn sicr. Arhoswch am ateb clir, a gofynnwch amdano mewn neges destun neu e-bost.
    .action-5 = { $monitoring ->
        [rf_tag] Os bydd rhywbeth yn eich dal yn ôl ar y diwrnod, ffoniwch y ganolfan fonitro tagiau ar unwaith. Mae'r rhif ar eich papurau tag.
        [gps_tag] Os bydd rhywbeth yn eich dal yn ôl ar y diwrnod, ffoniwch y ganolfan fonitro tagiau ar unwaith. Mae'r rhif ar eich papurau tag.
        [alcohol_tag] Os bydd rhywbeth yn eich dal yn ôl ar y diwrnod, ffoniwch y ganolfan fonitro tagiau ar unwaith. Mae'r rhif ar eich papurau tag.
       *[other] Os bydd rhywbeth yn eich dal yn ôl ar y diwrnod, dywedwch wrth { $source ->
            [licence] eich swyddog prawf
            [community_order] eich swyddog prawf
            [suspended_sentence] eich swyddog prawf
            [bail] eich cyfreithiwr
           *[other] y person a osododd eich cyrffyw
        } cyn gynted ag y gallwch.
    } Mewn argyfwng iechyd, ewch i gael gofal yn gyntaf bob amser.
    .draft = Helo. Mae gen i apwyntiad: { $date }, o { $time } tan { $end }{ $has_place ->
        [yes] , yn { $place }.
       *[no] .
    } Mae ar gyfer: { $title }. { $medical ->
        [yes] Mae'n apwyntiad iechyd a dydw i ddim eisiau ei golli.
       *[no] Mae'n bwysig i mi.
    } Mae fy nghyrffyw o { $curfew_from } tan { $curfew_to }. Gyda'r daith, bydda i allan o { $leave } tan tua { $back }. { $source ->
        [bail] A allech chi ofyn i'r llys adael i mi fod allan ar gyfer yr apwyntiad hwn, neu newid fy nghyrffyw y diwrnod hwnnw?
        [community_order] A allech chi fy helpu i gael newid fy nghyrffyw ar gyfer y diwrnod hwnnw?
        [suspended_sentence] A allech chi fy helpu i gael newid fy nghyrffyw ar gyfer y diwrnod hwnnw?
       *[other] Ga i ganiatâd i fod allan ar gyfer yr apwyntiad hwn, os gwelwch yn dda?
    } Galla i anfon y llythyr apwyntiad atoch chi. Diolch.


## An appointment's place is inside an exclusion zone while the zone applies.

flag-exclusion-zone =
    .title = Mae'r apwyntiad hwn yn eich ardal waharddedig
    .explanation = { $title }: { $date }, o { $time } tan { $end }, yn { $place }. Mae'r lle hwn y tu mewn i'ch ardal waharddedig{ $has_zone_name ->
        [yes] , { $zone }.
       *[no] .
    } Dyna ardal mae eich amodau'n dweud na chewch chi fynd iddi ar yr adeg hon. Gallai mynd yno heb ganiatâd gael ei weld fel torri { $source ->
        [licence] rheolau eich trwydded.
        [community_order] rheolau eich gorchymyn.
        [suspended_sentence] rheolau eich dedfryd ohiriedig.
        [bail] eich amodau mechnïaeth.
       *[other] y rheolau a gawsoch chi.
    } Gallwch chi ofyn am ganiatâd cyn y diwrnod.
    .action-1 = { $source ->
        [licence] Gofynnwch i'ch swyddog prawf am ganiatâd i fynd, cyn y diwrnod.
        [community_order] Gofynnwch i'ch swyddog prawf a gewch chi fynd. Efallai y bydd angen y llys ar gyfer newid, felly gofynnwch yn gynnar.
        [suspended_sentence] Gofynnwch i'ch swyddog prawf a gewch chi fynd. Efallai y bydd angen y llys ar gyfer newid, felly gofynnwch yn gynnar.
        [bail] Gofynnwch i'ch cyfreithiwr ofyn i'r llys a gewch chi fynd. Gofynnwch mor gynnar ag y gallwch.
       *[other] Gofynnwch i'r person neu'r gwasanaeth a osododd yr ardal a gewch chi fynd, cyn y diwrnod.
    }
    .action-2 = Anfonwch neu dangoswch y llythyr apwyntiad iddyn nhw. Dywedwch sut byddwch chi'n cyrraedd yno ac yn dod yn ôl.
    .action-3 = Gallech chi hefyd ofyn i'r gwasanaeth am le y tu allan i'r ardal, neu apwyntiad dros y ffôn neu drwy fideo.
    .action-4 = Gwiriwch fap yr ardal ar eich papurau. Efallai nad yw'r ap yn gwybod ble yn union mae'r ffin. Os nad ydych chi'n siŵr, gofynnwch.
    .action-5 = Os cewch chi ganiatâd, gofynnwch amdano yn ysgrifenedig, fel neges destun neu e-bost.
    .draft = Helo. Mae gen i apwyntiad: { $date }, o { $time } tan { $end }, yn { $place }. Mae ar gyfer: { $title }. Mae'r lle hwn y tu mewn i fy ardal waharddedig{ $has_zone_name ->
        [yes] , { $zone }.
       *[no] .
    } { $source ->
        [bail] A allech chi ofyn i'r llys adael i mi fynd yno ar gyfer yr apwyntiad hwn yn unig?
        [community_order] A allech chi fy helpu i gael caniatâd i fynd yno ar gyfer yr apwyntiad hwn yn unig?
        [suspended_sentence] A allech chi fy helpu i gael caniatâd i fynd yno ar gyfer yr apwyntiad hwn yn unig?
       *[other] Ga i ganiatâd i fynd yno ar gyfer yr apwyntiad hwn yn unig, os gwelwch yn dda?
    } Galla i anfon y llythyr apwyntiad atoch chi. Diolch.


## A "no contact with anyone under 18" rule and a place or appointment where
## children may be. The text must encourage her to keep going to her care.

flag-no-contact-venue =
    .title = Efallai y bydd plant yn yr apwyntiad hwn
    .explanation = { $title }: { $date }, am { $time }{ $has_place ->
        [yes] , yn { $place }.
       *[no] .
    } Mae un o'ch amodau'n dweud bod rhaid i chi beidio â chael cysylltiad ag unrhyw un dan 18 oed. { $kind ->
        [child_contact] Sesiwn gyswllt gyda phlentyn yw hon. Gofynnwch beth mae'r rheol yn ei ganiatáu cyn y sesiwn, fel eich bod chi'n gwybod ble rydych chi'n sefyll.
        [health_visitor] Mae ymwelydd iechyd yn gwirio sut rydych chi a'ch babi. Mae'r gofal hwn yn bwysig, felly daliwch ati i fynd os gallwch chi. Gofynnwch beth mae'r rheol yn ei ganiatáu.
        [postnatal] Gofal i chi a'ch babi ar ôl yr enedigaeth yw hwn. Mae'n bwysig, felly daliwch ati i fynd os gallwch chi. Gofynnwch beth mae'r rheol yn ei ganiatáu.
       *[other] Yn aml mae babanod neu blant mewn lleoedd fel hyn. Mae eich gofal chi, a gofal eich babi, yn bwysig. Daliwch ati i fynd os gallwch chi, a gofynnwch beth mae'r rheol yn ei ganiatáu yma.
    }
    .action-1 = { $kind ->
        [child_contact] Cyn y sesiwn, gofynnwch { $source ->
            [licence] i'ch swyddog prawf
            [community_order] i'ch swyddog prawf
            [suspended_sentence] i'ch swyddog prawf
            [bail] i'ch cyfreithiwr
           *[other] i'r person neu'r gwasanaeth a osododd y rheol
        } a yw'r cysylltiad hwn yn cael ei ganiatáu.
       *[other] Daliwch ati i fynd i'ch gofal eich hun, a gofal eich babi, os gallwch chi.
    }
    .action-2 = Gofynnwch { $source ->
        [licence] i'ch swyddog prawf
        [community_order] i'ch swyddog prawf
        [suspended_sentence] i'ch swyddog prawf
        [bail] i'ch cyfreithiwr
       *[other] i'r person neu'r gwasanaeth a osododd y rheol
    } egluro beth mae'r rheol yn ei olygu ar gyfer yr apwyntiad hwn. Gofynnwch am yr ateb yn ysgrifenedig.
    .action-3 = Os nad yw'r rheol yn glir, gofynnwch iddi gael ei newid fel ei bod yn caniatáu hyn. Gofynnwch ymhell cyn y diwrnod.
    .action-4 = Ewch â'r llythyr apwyntiad gyda chi pan fyddwch chi'n gofyn.
    .action-5 = Gallech chi ofyn i'ch bydwraig neu'ch ymwelydd iechyd am lythyr am eich gofal.


## A "no contact with anyone under 18" rule will cover her own baby.

flag-no-contact-own-child =
    .title = Efallai fod eich rheol dim cysylltiad yn cynnwys eich babi
    .explanation = Mae un o'ch amodau'n dweud bod rhaid i chi beidio â chael cysylltiad ag unrhyw un dan 18 oed. Dyddiad disgwyl eich babi yw { $due_date }. Gallai eich babi ddod unrhyw bryd o'r dyddiad hwn ymlaen: { $from_date }. Fel mae wedi'i hysgrifennu, gallai'r rheol gynnwys eich babi eich hun. Mae'n well cael cyngor a gofyn am newid nawr, cyn yr enedigaeth. { $source ->
        [licence] Gall eich swyddog prawf ofyn i'ch trwydded gael ei newid.
        [community_order] Gall y llys ei newid. Gallwch chi neu eich swyddog prawf ofyn.
        [suspended_sentence] Gall y llys ei newid. Gallwch chi neu eich swyddog prawf ofyn.
        [bail] Gall y llys ei newid. Gall eich cyfreithiwr ofyn ar eich rhan.
       *[other] Gall y person neu'r gwasanaeth a'i gosododd ei newid.
    }
    .action-1 = Siaradwch â'ch cyfreithiwr nawr. Gofynnwch am gyngor cyfreithiol am newid y rheol hon cyn yr enedigaeth.
    .action-2 = { $source ->
        [licence] Gofynnwch i'ch swyddog prawf ofyn am newid y rheol. Gofynnwch faint o amser gallai hyn ei gymryd.
        [community_order] Gofynnwch i'ch swyddog prawf, neu gofynnwch i'r llys drwy eich cyfreithiwr, newid y rheol.
        [suspended_sentence] Gofynnwch i'ch swyddog prawf, neu gofynnwch i'r llys drwy eich cyfreithiwr, newid y rheol.
        [bail] Gofynnwch i'ch cyfreithiwr ofyn i'r llys newid y rheol.
       *[other] Gofynnwch i'r person neu'r gwasanaeth a osododd y rheol ei newid.
    }
    .action-3 = Ewch â llythyr gan eich bydwraig sy'n dangos eich dyddiad disgwyl.
    .action-4 = Os nad oes gennych chi gyfreithiwr, gofynnwch i weithiwr cymorth neu ganolfan i fenywod eich helpu i ddod o hyd i un.
    .action-5 = Cadwch unrhyw ateb a gewch chi. Ewch â chopi i'r ysbyty gyda'ch nodiadau beichiogrwydd.


## A stay away from the approved address overnight, such as a planned
## induction or caesarean.

flag-overnight-away =
    .title = Byddwch chi i ffwrdd o'ch cartref dros nos
    .explanation = { $title }. Yn dechrau: { $date }, { $time }. Yn gorffen: { $end_date }, { $end }{ $has_place ->
        [yes] . Lle: { $place }.
       *[no] .
    } Mae hyn yn golygu noson neu fwy i ffwrdd o'ch cyfeiriad cymeradwy. Dyna'r cartref sydd wedi'i gymeradwyo i chi fyw ynddo. Mae eich amodau'n dweud bod rhaid i chi ofyn yn gyntaf cyn aros yn unrhyw le arall dros nos. Mae hyn yn cynnwys arhosiad wedi'i gynllunio yn yr ysbyty, fel ysgogi'r esgor neu doriad cesaraidd. Gallai aros i ffwrdd heb ganiatâd gael ei weld fel torri { $source ->
        [licence] rheolau eich trwydded.
        [community_order] rheolau eich gorchymyn.
        [suspended_sentence] rheolau eich dedfryd ohiriedig.
        [bail] eich amodau mechnïaeth.
       *[other] y rheolau a gawsoch chi.
    }
    .action-1 = { $source ->
        [licence] Gofynnwch i'ch swyddog prawf am ganiatâd nawr, cyn y diwrnod.
        [community_order] Gofynnwch i'ch swyddog prawf nawr, cyn y diwrnod. Gallan nhw ddweud wrthych chi a oes angen i'r llys gytuno.
        [suspended_sentence] Gofynnwch i'ch swyddog prawf nawr, cyn y diwrnod. Gallan nhw ddweud wrthych chi a oes angen i'r llys gytuno.
        [bail] Gofynnwch i'ch cyfreithiwr nawr, cyn y diwrnod. Efallai y bydd angen i'r llys gytuno.
       *[other] Gofynnwch i'r person neu'r gwasanaeth a osododd y rheol am ganiatâd nawr, cyn y diwrnod.
    }
    .action-2 = Anfonwch neu dangoswch y llythyr apwyntiad iddyn nhw. Rhowch y dyddiadau a'r cyfeiriad lle byddwch chi'n aros.
    .action-3 = Gall arhosiad yn yr ysbyty fod yn hirach na'r disgwyl. Os bydd eich arhosiad chi'n newid, dywedwch wrthyn nhw cyn gynted ag y gallwch.
    .action-4 = Os oes gennych chi dag, ffoniwch y ganolfan fonitro tagiau cyn i chi fynd. Mae'r rhif ar eich papurau tag.
    .action-5 = Cadwch eich llythyr rhyddhau o'r ysbyty. Mae'n dangos pryd aethoch chi i mewn a phryd gadawoch chi.
    .draft = Helo. Mae gen i apwyntiad. Yn dechrau: { $date }, { $time }. Yn gorffen: { $end_date }, { $end }{ $has_place ->
        [yes] . Lle: { $place }.
       *[no] .
    } Mae ar gyfer: { $title }. Mae hyn yn golygu y bydda i i ffwrdd o fy nghyfeiriad cymeradwy dros nos. { $source ->
        [bail] A allech chi ofyn i'r llys ganiatáu hyn?
        [community_order] A allech chi ddweud wrtha i sut i gael caniatâd ar gyfer hyn?
        [suspended_sentence] A allech chi ddweud wrtha i sut i gael caniatâd ar gyfer hyn?
       *[other] Ga i ganiatâd i aros i ffwrdd ar gyfer hyn, os gwelwch yn dda?
    } Bydda i'n dweud wrthych chi ar unwaith os bydd y dyddiadau'n newid. Galla i anfon y llythyr apwyntiad atoch chi. Diolch.


## An appointment in a country or area she may not travel to.

flag-travel-ban =
    .title = Mae angen caniatâd arnoch chi ar gyfer y daith hon
    .explanation = { $title }: { $date }, am { $time }, yn { $place }, { $country ->
        [GB] yn y DU
        [GB-ENG] yn Lloegr
        [GB-WLS] yng Nghymru
        [GB-SCT] yn yr Alban
        [GB-NIR] yng Ngogledd Iwerddon
        [IE] yn Iwerddon
        [IM] ar Ynys Manaw
        [JE] yn Jersey
        [GG] yn Guernsey
        [FR] yn Ffrainc
        [ES] yn Sbaen
        [PT] ym Mhortiwgal
        [PL] yng Ngwlad Pwyl
        [RO] yn Rwmania
        [AL] yn Albania
        [LT] yn Lithwania
        [DE] yn yr Almaen
        [NL] yn yr Iseldiroedd
        [BE] yng Ngwlad Belg
        [IT] yn yr Eidal
        [IN] yn India
        [PK] ym Mhacistan
        [BD] ym Mangladesh
        [JM] yn Jamaica
       *[other] mewn gwlad arall ({ $country })
    }. Mae eich amodau'n dweud bod angen caniatâd arnoch chi yn gyntaf i fynd yno. Gallai mynd heb ganiatâd gael ei weld fel torri { $source ->
        [licence] rheolau eich trwydded.
        [community_order] rheolau eich gorchymyn.
        [suspended_sentence] rheolau eich dedfryd ohiriedig.
        [bail] eich amodau mechnïaeth.
       *[other] y rheolau a gawsoch chi.
    }
    .action-1 = { $source ->
        [licence] Gofynnwch i'ch swyddog prawf am ganiatâd, ymhell cyn i chi fynd.
        [community_order] Gofynnwch i'ch swyddog prawf am ganiatâd, ymhell cyn i chi fynd. Efallai y bydd angen y llys ar gyfer newid.
        [suspended_sentence] Gofynnwch i'ch swyddog prawf am ganiatâd, ymhell cyn i chi fynd. Efallai y bydd angen y llys ar gyfer newid.
        [bail] Gofynnwch i'ch cyfreithiwr ofyn i'r llys am ganiatâd, ymhell cyn i chi fynd.
       *[other] Gofynnwch i'r person neu'r gwasanaeth a osododd y rheol am ganiatâd, ymhell cyn i chi fynd.
    }
    .action-2 = Rhowch y dyddiadau, ble byddwch chi'n aros, a pham mae angen i chi fynd. Anfonwch neu dangoswch y llythyr apwyntiad iddyn nhw.
    .action-3 = Gallech chi ofyn i'r gwasanaeth a allwch chi gael yr apwyntiad hwn dros y ffôn neu drwy fideo, neu'n nes at adref.
    .action-4 = Os gallwch chi, arhoswch am ateb cyn i chi dalu am deithio.
    .action-5 = Os cewch chi ganiatâd, gofynnwch amdano yn ysgrifenedig ac ewch ag ef gyda chi.
    .draft = Helo. Mae gen i apwyntiad: { $date }, am { $time }, yn { $place }, { $country ->
        [GB] yn y DU
        [GB-ENG] yn Lloegr
        [GB-WLS] yng Nghymru
        [GB-SCT] yn yr Alban
        [GB-NIR] yng Ngogledd Iwerddon
        [IE] yn Iwerddon
        [IM] ar Ynys Manaw
        [JE] yn Jersey
        [GG] yn Guernsey
        [FR] yn Ffrainc
        [ES] yn Sbaen
        [PT] ym Mhortiwgal
        [PL] yng Ngwlad Pwyl
        [RO] yn Rwmania
        [AL] yn Albania
        [LT] yn Lithwania
        [DE] yn yr Almaen
        [NL] yn yr Iseldiroedd
        [BE] yng Ngwlad Belg
        [IT] yn yr Eidal
        [IN] yn India
        [PK] ym Mhacistan
        [BD] ym Mangladesh
        [JM] yn Jamaica
       *[other] mewn gwlad arall ({ $country })
    }. Mae ar gyfer: { $title }. Mae angen caniatâd arna i i deithio yno. { $source ->
        [bail] A allech chi ofyn i'r llys ganiatáu'r daith hon?
        [community_order] A allech chi fy helpu i gael caniatâd ar gyfer y daith hon?
        [suspended_sentence] A allech chi fy helpu i gael caniatâd ar gyfer y daith hon?
       *[other] Ga i ganiatâd ar gyfer y daith hon, os gwelwch yn dda?
    } Galla i roi'r dyddiadau i chi a dweud ble bydda i'n aros. Galla i anfon y llythyr apwyntiad atoch chi. Diolch.


## A criminal or family court hearing from 4 weeks before to 6 weeks after
## the due date.

flag-court-near-due-date =
    .title = Mae eich gwrandawiad yn agos at eich dyddiad disgwyl
    .explanation = { $title }: { $date }, am { $time }, yn { $place }. Dyddiad disgwyl eich babi yw { $due_date }. Yn agos at eich dyddiad disgwyl, efallai y byddwch chi'n esgor, yn yr ysbyty, neu'n gofalu am fabi newydd. Mae modd gofyn i'r llys newid y dyddiad, neu sut mae'r gwrandawiad yn cael ei gynnal. Y llys sy'n penderfynu, felly gofynnwch yn gynnar. { $kind ->
        [family_court] Gall penderfyniadau'r llys teulu effeithio ar eich plant, felly mae'n bwysig eich bod chi'n gallu cymryd rhan.
       *[court] Gall colli gwrandawiad llys achosi problemau difrifol, felly siaradwch â'ch cyfreithiwr yn fuan.
    }
    .action-1 = Dywedwch wrth eich cyfreithiwr nawr beth yw dyddiad disgwyl eich babi: { $due_date }.
    .action-2 = Gofynnwch iddyn nhw ddweud wrth y llys. Gallan nhw ofyn am newid y dyddiad, neu sut rydych chi'n cymryd rhan.
    .action-3 = Er enghraifft, gallan nhw ofyn a allwch chi ymuno drwy fideo. Neu gallan nhw ofyn am seibiannau i orffwys neu i fwydo eich babi.
    .action-4 = Gofynnwch am lythyr gan eich bydwraig gyda'ch dyddiad disgwyl, neu eich ffurflen MATB1. Rhowch gopi i'ch cyfreithiwr.
    .action-5 = Os nad oes gennych chi gyfreithiwr, ffoniwch swyddfa'r llys yn fuan. Gofynnwch sut i gael cyngor cyfreithiol.


## Another required appointment (probation, unpaid work, programme, testing,
## police reporting) from 37 weeks to 6 weeks after the due date.

flag-requirement-near-due-date =
    .title = Apwyntiad gorfodol yn agos at eich dyddiad disgwyl
    .explanation = { $title }: { $date }, am { $time }. Dyddiad disgwyl eich babi yw { $due_date }. O gwmpas yr enedigaeth, gallai fod yn anodd mynd, neu ddim yn ddiogel i chi a'ch babi. Gallwch chi ofyn nawr sut bydd { $kind ->
        [probation] eich apwyntiadau prawf
        [unpaid_work] eich gwaith di-dâl
        [programme] sesiynau eich rhaglen
        [drug_test] eich profion cyffuriau neu alcohol
        [police_reporting] eich adrodd i'r heddlu
       *[other] eich apwyntiadau gorfodol
    } yn gweithio o gwmpas yr enedigaeth. { $kind ->
        [police_reporting] Gall eich cyfreithiwr ofyn am newid y ffordd rydych chi'n adrodd i'r heddlu.
       *[other] { $source ->
            [community_order] Gall eich swyddog prawf helpu. Mae angen y llys ar gyfer rhai newidiadau.
            [suspended_sentence] Gall eich swyddog prawf helpu. Mae angen y llys ar gyfer rhai newidiadau.
            [bail] Gall eich cyfreithiwr ofyn i'r llys am newid.
           *[other] Gall eich swyddog prawf ddweud wrthych chi beth all newid.
        }
    }
    .action-1 = { $kind ->
        [police_reporting] Siaradwch â'ch cyfreithiwr nawr, cyn yr enedigaeth.
       *[other] { $source ->
            [bail] Siaradwch â'ch cyfreithiwr nawr, cyn yr enedigaeth.
           *[other] Siaradwch â'ch swyddog prawf nawr, cyn yr enedigaeth.
        }
    }
    .action-2 = Gofynnwch beth all newid o gwmpas yr enedigaeth, fel amseroedd, lleoedd, galwadau ffôn, neu seibiant byr.
    .action-3 = Ewch â llythyr gan eich bydwraig gyda'ch dyddiad disgwyl.
    .action-4 = Os byddwch chi'n dechrau esgor, neu os ydych chi neu eich babi yn sâl, ewch i gael gofal yn gyntaf. Yna dywedwch wrthyn nhw cyn gynted ag y gallwch.
    .action-5 = Cadwch unrhyw lythyrau gan yr ysbyty. Gofynnwch am unrhyw newid yn ysgrifenedig.


## An antenatal step has no appointment recorded in the app.
## Say "not recorded", never "missed". Calm, no blame.

flag-missing-antenatal-care =
    .title = { $step ->
        [booking] Dim cofnod o'ch apwyntiad cofrestru
        [dating_scan] Dim cofnod o'ch sgan 12 wythnos
        [appt_16] Dim cofnod o'ch archwiliad 16 wythnos
        [anomaly_scan] Dim cofnod o'ch sgan 20 wythnos
        [appt_25] Dim cofnod o'ch archwiliad 25 wythnos
        [appt_28] Dim cofnod o'ch archwiliad 28 wythnos
        [appt_31] Dim cofnod o'ch archwiliad 31 wythnos
        [appt_34] Dim cofnod o'ch archwiliad 34 wythnos
        [appt_36] Dim cofnod o'ch archwiliad 36 wythnos
        [appt_38] Dim cofnod o'ch archwiliad 38 wythnos
        [appt_40] Dim cofnod o'ch archwiliad 40 wythnos
        [appt_41] Dim cofnod o'ch archwiliad 41 wythnos
       *[other] Dim cofnod o archwiliad beichiogrwydd
    }
    .explanation = Does gan yr ap ddim cofnod { $step ->
        [booking] o'ch apwyntiad cofrestru gyda bydwraig
        [dating_scan] o'ch sgan dyddio (y sgan 12 wythnos)
        [appt_16] o'ch archwiliad 16 wythnos
        [anomaly_scan] o'ch sgan 20 wythnos (y sgan anomaledd)
        [appt_25] o'ch archwiliad 25 wythnos
        [appt_28] o'ch archwiliad 28 wythnos
        [appt_31] o'ch archwiliad 31 wythnos
        [appt_34] o'ch archwiliad 34 wythnos
        [appt_36] o'ch archwiliad 36 wythnos
        [appt_38] o'ch archwiliad 38 wythnos
        [appt_40] o'ch archwiliad 40 wythnos
        [appt_41] o'ch archwiliad 41 wythnos
       *[other] o'r archwiliad beichiogrwydd hwn
    }. Mae fel arfer yn digwydd rhwng { $window_start } a { $window_end }. { $status ->
        [ended] Mae'r amser hwnnw wedi mynd heibio, ond mae'n dal yn werth gofyn amdano.
       *[soon] Mae'r amser hwnnw'n dod i ben yn fuan.
    } Efallai eich bod chi wedi'i gael cyn i chi ddechrau defnyddio'r ap. Os felly, gallwch chi ei ychwanegu. Os naddo, gall eich bydwraig neu eich meddyg teulu ei drefnu. { $step ->
        [booking] Yn yr ymweliad cyntaf hwn, mae'r fydwraig yn cynllunio eich gofal ac yn cynnig profion i chi.
        [dating_scan] Mae sganiau'n gwirio sut mae eich babi'n tyfu a gallan nhw ddod o hyd i broblemau yn gynnar.
        [anomaly_scan] Mae sganiau'n gwirio sut mae eich babi'n tyfu a gallan nhw ddod o hyd i broblemau yn gynnar.
       *[other] Mae'r archwiliadau hyn yn helpu i'ch cadw chi a'ch babi yn iach.
    }
    .action-1 = Os ydych chi wedi'i gael, ychwanegwch ef at yr ap gyda'i ddyddiad.
    .action-2 = { $step ->
        [booking] Os nad oes gennych chi fydwraig eto, gallwch chi gysylltu â'ch gwasanaeth mamolaeth lleol eich hun, neu ofyn i'ch meddyg teulu.
       *[other] Os nad ydych chi wedi'i gael, ffoniwch eich bydwraig neu eich meddyg teulu. Gofynnwch iddyn nhw ei drefnu.
    }
    .action-3 = Pan fydd gennych chi ddyddiad, ychwanegwch ef at yr ap. Bydd yr ap yn ei wirio yn erbyn eich amodau.
    .action-4 = Os oes angen cyfieithydd arnoch chi, gofynnwch am un. Mae am ddim.
    .action-5 = Os ydych chi'n poeni amdanoch chi'ch hun neu eich babi, ffoniwch eich bydwraig, eich uned famolaeth neu 111. Mewn argyfwng, ffoniwch 999.


## A curfew applies around the birth: she needs a plan for urgent care at
## night.

flag-curfew-emergency-plan =
    .title = Cynllun ar gyfer esgor yn ystod oriau cyrffyw
    .explanation = Dyddiad disgwyl eich babi yw { $due_date }. Mae eich cyrffyw o { $curfew_from } tan { $curfew_to }. Efallai y bydd angen gofal brys arnoch chi yn y nos, wrth esgor neu ar ôl yr enedigaeth, i chi neu i'ch babi. Os bydd hynny'n digwydd, ewch i gael gofal yn gyntaf. Peidiwch byth ag aros oherwydd eich cyrffyw. Bydd cynllun wedi'i wneud nawr yn gwneud y noson honno'n haws.
    .action-1 = Gofynnwch { $source ->
        [licence] i'ch swyddog prawf
        [community_order] i'ch swyddog prawf
        [suspended_sentence] i'ch swyddog prawf
        [bail] i'ch cyfreithiwr
       *[other] i'r person neu'r gwasanaeth a osododd eich cyrffyw
    } beth i'w wneud os bydd angen gofal arnoch chi yn y nos. Gofynnwch nawr, cyn yr enedigaeth.
    .action-2 = Cadwch y rhifau ar gyfer brysbennu mamolaeth { $source ->
        [licence] a'ch swyddog prawf
        [community_order] a'ch swyddog prawf
        [suspended_sentence] a'ch swyddog prawf
        [bail] a'ch cyfreithiwr
       *[other] a'r person a osododd eich cyrffyw
    } yn eich ffôn. { $monitoring ->
        [rf_tag] Ychwanegwch y ganolfan fonitro tagiau hefyd. Mae ei rhif ar eich papurau tag. Rhowch gopi o'r holl rifau yn eich bag ysbyty.
        [gps_tag] Ychwanegwch y ganolfan fonitro tagiau hefyd. Mae ei rhif ar eich papurau tag. Rhowch gopi o'r holl rifau yn eich bag ysbyty.
        [alcohol_tag] Ychwanegwch y ganolfan fonitro tagiau hefyd. Mae ei rhif ar eich papurau tag. Rhowch gopi o'r holl rifau yn eich bag ysbyty.
       *[other] Rhowch gopi o'r rhifau yn eich bag ysbyty.
    }
    .action-3 = Mewn argyfwng, ewch i gael gofal yn gyntaf. Ffoniwch frysbennu mamolaeth, neu 999 os yw'n ddifrifol. Ar gyfer babi sâl, ffoniwch 111 neu ewch i'r adran achosion brys (A&E).
    .action-4 = { $monitoring ->
        [rf_tag] Cyn gynted ag y bydd hi'n ddiogel, ffoniwch y ganolfan fonitro tagiau. Mae'r rhif ar eich papurau tag.
        [gps_tag] Cyn gynted ag y bydd hi'n ddiogel, ffoniwch y ganolfan fonitro tagiau. Mae'r rhif ar eich papurau tag.
        [alcohol_tag] Cyn gynted ag y bydd hi'n ddiogel, ffoniwch y ganolfan fonitro tagiau. Mae'r rhif ar eich papurau tag.
       *[other] Pan fydd hi'n ddiogel, ysgrifennwch yr amser y gadawoch chi'r cartref.
    } Dywedwch wrth { $source ->
        [licence] eich swyddog prawf
        [community_order] eich swyddog prawf
        [suspended_sentence] eich swyddog prawf
        [bail] eich cyfreithiwr
       *[other] y person a osododd eich cyrffyw
    } cyn gynted ag y gallwch. Gwnewch hyn erbyn y diwrnod gwaith nesaf fan bellaf. { $approved_address ->
        [yes] Dywedwch os bu'n rhaid i chi aros i ffwrdd o'r cartref dros nos.
       *[no] Dywedwch ble aethoch chi a pham.
    }
    .action-5 = Cadwch dystiolaeth: eich llythyr ysbyty, yr amser y ffonioch chi, enw'r fydwraig, a phryd gadawoch chi a phryd daethoch chi'n ôl.
