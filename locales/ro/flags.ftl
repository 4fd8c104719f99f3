## Goldthread: clash flags (ro, translated from en-GB, the source language).
## One message per flag kind. Each has no value, only attributes:
## .title, .explanation, .action-1 to .action-N and, on five kinds, .draft.
## Write for a reading age of about 9: short sentences, common words, "dumneavoastră".
## Never decide for her, never promise permission, never promise confidentiality.
## Keep each text attribute on one line of text. Line breaks inside selectors
## are not part of the text that she sees.


## Two appointments overlap in time.

flag-appointment-overlap =
    .title = { $both_mandatory ->
        [yes] Două programări obligatorii în același timp
       *[no] Două programări în același timp
    }
    .explanation = În ziua de { $date }, două programări se suprapun. { $title_a } este de la { $time_a } la { $end_a }. { $title_b } este de la { $time_b } la { $end_b }. Nu puteți fi la amândouă. { $both_mandatory ->
        [yes] Amândouă sunt obligatorii. Dacă lipsiți de la una, puteți avea probleme, așa că cereți acum o schimbare.
       *[no] { $mandatory_kind ->
            [none] Puteți cere ca una dintre ele să fie mutată, ca să nu pierdeți niciuna.
            [court] { $mandatory_title } este o programare obligatorie. Dacă lipsiți de la o ședință de judecată, puteți avea probleme grave, așa că cereți acum o schimbare.
            [family_court] { $mandatory_title } este o programare obligatorie. Dacă lipsiți, instanța poate lua decizii fără dumneavoastră, așa că cereți acum o schimbare.
           *[other] { $mandatory_title } este o programare obligatorie. Dacă lipsiți, puteți avea probleme, așa că cereți acum o schimbare.
        }
    }
    .action-1 = { $mandatory_kind ->
        [none] Alegeți care programare ați prefera să fie mutată. Contactați acel serviciu cât mai repede.
        [probation] Contactați consilierul de probațiune cât mai repede. Întrebați dacă { $mandatory_title } se poate muta.
        [unpaid_work] Contactați curând consilierul de probațiune sau supraveghetorul de la munca neplătită. Întrebați dacă puteți face această tură de lucru în altă zi.
        [programme] Contactați curând consilierul de probațiune sau personalul programului. Întrebați dacă puteți merge la altă ședință.
        [drug_test] Contactați curând consilierul de probațiune sau serviciul de testare. Întrebați dacă puteți face testul la altă oră.
        [police_reporting] Contactați curând avocatul. Întrebați dacă vă puteți prezenta la poliție la altă oră în aceeași zi.
        [court] Contactați avocatul cât mai repede. Rugați-l să anunțe instanța despre această suprapunere.
        [family_court] Contactați avocatul cât mai repede. Rugați-l să anunțe instanța despre această suprapunere.
       *[other] Contactați curând oamenii care se ocupă de { $mandatory_title }. Întrebați dacă se poate muta.
    }
    .action-2 = { $mandatory_kind ->
        [none] Cereți o oră nouă, care să nu se suprapună cu cealaltă programare.
       *[other] Dacă nu se poate muta, întrebați dacă se poate muta în schimb { $other_title }.
    }
    .action-3 = Pregătiți ambele scrisori de programare. Ele arată că suprapunerea este reală.
    .action-4 = Notați cu cine ați vorbit, când și ce v-a spus.
    .draft = Bună ziua. În ziua de { $date } am două programări care se suprapun. { $title_a } este de la { $time_a } la { $end_a }. { $title_b } este de la { $time_b } la { $end_b }. { $mandatory_kind ->
        [court] Ați putea, vă rog, să întrebați instanța dacă { $mandatory_title } se poate muta la altă oră?
        [family_court] Ați putea, vă rog, să întrebați instanța dacă { $mandatory_title } se poate muta la altă oră?
        [police_reporting] Ați putea, vă rog, să întrebați dacă mă pot prezenta la altă oră în aceeași zi?
       *[other] Se poate muta, vă rog, { $mandatory_title } la altă oră?
    } Dacă nu se poate, voi încerca să mut { $other_title }. Vă pot trimite ambele scrisori de programare. Mulțumesc.


## Not enough time to travel from one appointment to the next.

flag-travel-too-tight =
    .title = Aveți puțin timp să ajungeți de la o programare la alta
    .explanation = În ziua de { $date }, { $title_a } se termină la { $end_a }, la { $place_a }. { $title_b } începe la { $time_b }, la { $place_b }. Asta vă lasă { $gap ->
        [one] 1 minut
        [few] { $gap } minute
       *[other] { $gap } de minute
    } ca să ajungeți acolo. Drumul poate dura cam { $needed ->
        [one] 1 minut
        [few] { $needed } minute
       *[other] { $needed } de minute
    }. Dacă întârziați, puteți pierde o parte din { $title_b } sau toată programarea.
    .action-1 = Întrebați dacă { $title_b } poate începe puțin mai târziu sau dacă se poate muta în altă zi.
    .action-2 = Sau întrebați dacă puteți pleca puțin mai devreme de la { $title_a }.
    .action-3 = Plănuiți drumul dinainte. Verificați cât durează cu autobuzul sau cu trenul.
    .action-4 = Dacă s-ar putea să întârziați, sunați dinainte și spuneți-le. Notați când ați sunat.


## An appointment, with the journey, falls in curfew hours.

flag-curfew-overlap =
    .title = { $medical ->
        [yes] Programarea medicală este în orele interdicției de ieșire
       *[no] Această programare este în orele interdicției de ieșire
    }
    .explanation = { $title } este în ziua de { $date }, de la { $time } la { $end }{ $has_place ->
        [yes] , la { $place }.
       *[no] . Nu are un loc salvat, așa că aplicația socotește că este în afara casei.
    } Cu tot cu drumul, ați fi plecată de acasă de la { $leave } până la { $back }. Interdicția de ieșire este de la { $curfew_from } la { $curfew_to }, deci aceste ore se suprapun. { $monitoring ->
        [rf_tag] Cutia de acasă a brățării va arăta că ați ieșit.
        [gps_tag] Brățara înregistrează tot timpul unde sunteți.
        [doorstep] Poate veni cineva la ușă să verifice dacă sunteți acasă.
       *[other] Interdicția de ieșire se aplică și dacă nu aveți brățară electronică.
    } Dacă sunteți plecată atunci fără permisiune, asta poate fi văzut ca o încălcare a { $source ->
        [licence] regulilor eliberării condiționate.
        [community_order] regulilor pedepsei în comunitate.
        [suspended_sentence] regulilor pedepsei cu suspendare.
        [bail] condițiilor de cauțiune.
       *[other] regulilor pe care le-ați primit.
    } { $medical ->
        [yes] Sănătatea dumneavoastră contează. Cereți din timp o schimbare, ca să nu fiți nevoită să alegeți.
       *[no] Puteți cere permisiune sau o schimbare înainte de acea zi.
    }
    .action-1 = { $source ->
        [licence] Cereți permisiune consilierului de probațiune înainte de acea zi. Cereți cât mai devreme.
        [community_order] Întrebați consilierul de probațiune cum puteți schimba interdicția de ieșire pentru acea zi. Pentru o schimbare poate fi nevoie de instanță, așa că întrebați din timp.
        [suspended_sentence] Întrebați consilierul de probațiune cum puteți schimba interdicția de ieșire pentru acea zi. Pentru o schimbare poate fi nevoie de instanță, așa că întrebați din timp.
        [bail] Rugați avocatul să ceară instanței să vă schimbe interdicția de ieșire pentru acea zi. Cereți cât mai devreme.
       *[other] Cereți permisiune înainte de acea zi persoanei sau serviciului care v-a stabilit interdicția de ieșire. Cereți cât mai devreme.
    }
    .action-2 = Trimiteți-le sau arătați-le scrisoarea de programare. Ea arată data și ora.
    .action-3 = Puteți cere și o programare la o oră din afara interdicției de ieșire.
    .action-4 = Permisiunea nu este sigură. Așteptați un răspuns clar și cereți-l prin mesaj sau e-mail.
    .action-5 = { $monitoring ->
        [rf_tag] Dacă întârziați în acea zi, sunați imediat la centrul de monitorizare. Numărul este în actele brățării.
        [gps_tag] Dacă întârziați în acea zi, sunați imediat la centrul de monitorizare. Numărul este în actele brățării.
        [alcohol_tag] Dacă întârziați în acea zi, sunați imediat la centrul de monitorizare. Numărul este în actele brățării.
       *[other] Dacă întârziați în acea zi, anunțați { $source ->
            [licence] consilierul de probațiune
            [community_order] consilierul de probațiune
            [suspended_sentence] consilierul de probațiune
            [bail] avocatul
           *[other] persoana care v-a stabilit interdicția de ieșire
        } cât mai repede.
    } În caz de urgență medicală, cereți întotdeauna întâi ajutor medical.
    .draft = Bună ziua. Am o programare în ziua de { $date }, de la { $time } la { $end }{ $has_place ->
        [yes] , la { $place }.
       *[no] .
    } Este pentru: { $title }. { $medical ->
        [yes] Este o programare medicală și nu vreau să o pierd.
       *[no] Este importantă pentru mine.
    } Interdicția mea de ieșire este de la { $curfew_from } la { $curfew_to }. Cu tot cu drumul, voi fi plecată de acasă de la { $leave } până pe la { $back }. { $source ->
        [bail] Ați putea, vă rog, să cereți instanței să mă lase să ies pentru această programare sau să îmi schimbe interdicția de ieșire în acea zi?
        [community_order] Ați putea, vă rog, să mă ajutați să îmi schimb interdicția de ieșire pentru acea zi?
        [suspended_sentence] Ați putea, vă rog, să mă ajutați să îmi schimb interdicția de ieșire pentru acea zi?
       *[other] Îmi puteți da, vă rog, permisiunea să ies pentru această programare?
    } Vă pot trimite scrisoarea de programare. Mulțumesc.


## An appointment's place is inside an exclusion zone while the zone applies.

flag-exclusion-zone =
    .title = Această programare este în zona interzisă
    .explanation = { $title } este în ziua de { $date }, de la { $time } la { $end }, la { $place }. Acest loc este în zona interzisă{ $has_zone_name ->
        [yes] , { $zone }.
       *[no] .
    } Condițiile dumneavoastră spun că nu aveți voie să intrați în această zonă în acest timp. Dacă mergeți acolo fără permisiune, asta poate fi văzut ca o încălcare a { $source ->
        [licence] regulilor eliberării condiționate.
        [community_order] regulilor pedepsei în comunitate.
        [suspended_sentence] regulilor pedepsei cu suspendare.
        [bail] condițiilor de cauțiune.
       *[other] regulilor pe care le-ați primit.
    } Puteți cere permisiune înainte de acea zi.
    .action-1 = { $source ->
        [licence] Cereți consilierului de probațiune permisiunea să mergeți, înainte de acea zi.
        [community_order] Întrebați consilierul de probațiune dacă puteți merge. Pentru o schimbare poate fi nevoie de instanță, așa că întrebați din timp.
        [suspended_sentence] Întrebați consilierul de probațiune dacă puteți merge. Pentru o schimbare poate fi nevoie de instanță, așa că întrebați din timp.
        [bail] Rugați avocatul să întrebe instanța dacă puteți merge. Cereți cât mai devreme.
       *[other] Întrebați persoana sau serviciul care a stabilit zona dacă puteți merge, înainte de acea zi.
    }
    .action-2 = Trimiteți-le sau arătați-le scrisoarea de programare. Spuneți cum veți ajunge acolo și cum vă veți întoarce.
    .action-3 = Puteți cere serviciului și un loc în afara zonei, sau o programare la telefon sau pe video.
    .action-4 = Verificați harta zonei în actele dumneavoastră. Aplicația s-ar putea să nu știe exact unde se termină zona. Dacă nu sunteți sigură, întrebați.
    .action-5 = Dacă primiți permisiunea, cereți-o în scris, de exemplu prin mesaj sau e-mail.
    .draft = Bună ziua. Am o programare în ziua de { $date }, de la { $time } la { $end }, la { $place }. Este pentru: { $title }. Acest loc este în zona mea interzisă{ $has_zone_name ->
        [yes] , { $zone }.
       *[no] .
    } { $source ->
        [bail] Ați putea, vă rog, să cereți instanței să mă lase să merg acolo doar pentru această programare?
        [community_order] Ați putea, vă rog, să mă ajutați să primesc permisiunea să merg acolo doar pentru această programare?
        [suspended_sentence] Ați putea, vă rog, să mă ajutați să primesc permisiunea să merg acolo doar pentru această programare?
       *[other] Îmi puteți da, vă rog, permisiunea să merg acolo doar pentru această programare?
    } Vă pot trimite scrisoarea de programare. Mulțumesc.


## A "no contact with anyone under 18" rule and a place or appointment where
## children may be. The text must encourage her to keep going to her care.

flag-no-contact-venue =
    .title = La această programare pot fi copii
    .explanation = { $title } este în ziua de { $date }, la ora { $time }{ $has_place ->
        [yes] , la { $place }.
       *[no] .
    } Una dintre condițiile dumneavoastră spune că nu aveți voie să aveți contact cu nicio persoană sub 18 ani. { $kind ->
        [child_contact] Aceasta este o întâlnire cu un copil. Întrebați înainte de întâlnire ce permite regula, ca să știți ce aveți voie să faceți.
        [health_visitor] Asistenta medicală comunitară vă verifică pe dumneavoastră și pe copil. Această îngrijire contează, așa că mergeți în continuare dacă puteți. Întrebați ce permite regula.
        [postnatal] Aceasta este îngrijire pentru dumneavoastră și copil după naștere. Contează, așa că mergeți în continuare dacă puteți. Întrebați ce permite regula.
       *[other] În locuri ca acesta sunt des bebeluși sau copii. Îngrijirea dumneavoastră și a copilului contează. Mergeți în continuare dacă puteți și întrebați ce permite regula aici.
    }
    .action-1 = { $kind ->
        [child_contact] Înainte de întâlnire, întrebați { $source ->
            [licence] consilierul de probațiune
            [community_order] consilierul de probațiune
            [suspended_sentence] consilierul de probațiune
            [bail] avocatul
           *[other] persoana sau serviciul care a stabilit regula
        } dacă acest contact este permis.
       *[other] Mergeți în continuare la îngrijirea pentru dumneavoastră și pentru copil, dacă puteți.
    }
    .action-2 = Rugați { $source ->
        [licence] consilierul de probațiune
        [community_order] consilierul de probațiune
        [suspended_sentence] consilierul de probațiune
        [bail] avocatul
       *[other] persoana sau serviciul care a stabilit regula
    } să vă spună clar ce înseamnă regula pentru această programare. Cereți răspunsul în scris.
    .action-3 = Dacă regula nu este clară, cereți să fie schimbată, ca să permită asta. Cereți cu mult înainte de acea zi.
    .action-4 = Luați scrisoarea de programare cu dumneavoastră când întrebați.
    .action-5 = Puteți cere moașei sau asistentei medicale comunitare o scrisoare despre îngrijirea dumneavoastră.


## A "no contact with anyone under 18" rule will cover her own baby.

flag-no-contact-own-child =
    .title = Regula „fără contact” poate include și copilul dumneavoastră
    .explanation = Una dintre condițiile dumneavoastră spune că nu aveți voie să aveți contact cu nicio persoană sub 18 ani. Data probabilă a nașterii este { $due_date }. Începând cu { $from_date }, copilul se poate naște oricând. Așa cum este scrisă, regula poate include și propriul dumneavoastră copil. Cel mai bine este să cereți sfaturi și o schimbare acum, înainte de naștere. { $source ->
        [licence] Consilierul de probațiune poate cere schimbarea condițiilor eliberării.
        [community_order] Instanța poate schimba regula. Puteți cere asta dumneavoastră sau consilierul de probațiune.
        [suspended_sentence] Instanța poate schimba regula. Puteți cere asta dumneavoastră sau consilierul de probațiune.
        [bail] Instanța poate schimba regula. Avocatul poate cere asta pentru dumneavoastră.
       *[other] Persoana sau serviciul care a stabilit regula o poate schimba.
    }
    .action-1 = Vorbiți acum cu avocatul. Cereți sfaturi juridice despre schimbarea acestei reguli înainte de naștere.
    .action-2 = { $source ->
        [licence] Rugați consilierul de probațiune să ceară schimbarea regulii. Întrebați cât poate dura.
        [community_order] Cereți schimbarea regulii consilierului de probațiune, sau instanței prin avocat.
        [suspended_sentence] Cereți schimbarea regulii consilierului de probațiune, sau instanței prin avocat.
        [bail] Rugați avocatul să ceară instanței schimbarea regulii.
       *[other] Cereți persoanei sau serviciului care a stabilit regula să o schimbe.
    }
    .action-3 = Luați cu dumneavoastră o scrisoare de la moașă care arată data probabilă a nașterii.
    .action-4 = Dacă nu aveți avocat, rugați un lucrător de sprijin sau un centru pentru femei să vă ajute să găsiți unul.
    .action-5 = Păstrați orice răspuns primiți. Luați o copie la spital, împreună cu dosarul de sarcină.


## A stay away from the approved address overnight, such as a planned
## induction or caesarean.

flag-overnight-away =
    .title = Veți lipsi de acasă peste noapte
    .explanation = { $title } începe în ziua de { $date } la ora { $time } și se termină în ziua de { $end_date } la ora { $end }{ $has_place ->
        [yes] , la { $place }.
       *[no] .
    } Asta înseamnă cel puțin o noapte departe de adresa aprobată. Aceasta este locuința unde ați primit aprobare să locuiți. Condițiile dumneavoastră spun că trebuie să cereți voie înainte să dormiți în altă parte. Asta include și o internare planificată în spital, de exemplu pentru inducerea travaliului sau pentru cezariană. Dacă dormiți în altă parte fără permisiune, asta poate fi văzut ca o încălcare a { $source ->
        [licence] regulilor eliberării condiționate.
        [community_order] regulilor pedepsei în comunitate.
        [suspended_sentence] regulilor pedepsei cu suspendare.
        [bail] condițiilor de cauțiune.
       *[other] regulilor pe care le-ați primit.
    }
    .action-1 = { $source ->
        [licence] Cereți acum permisiune consilierului de probațiune, înainte de acea zi.
        [community_order] Întrebați acum consilierul de probațiune, înainte de acea zi. Vă poate spune dacă este nevoie de acordul instanței.
        [suspended_sentence] Întrebați acum consilierul de probațiune, înainte de acea zi. Vă poate spune dacă este nevoie de acordul instanței.
        [bail] Întrebați acum avocatul, înainte de acea zi. Poate fi nevoie de acordul instanței.
       *[other] Cereți acum permisiune persoanei sau serviciului care a stabilit regula, înainte de acea zi.
    }
    .action-2 = Trimiteți-le sau arătați-le scrisoarea de programare. Spuneți datele și adresa unde veți sta.
    .action-3 = Internarea în spital poate dura mai mult decât era planificat. Dacă se schimbă ceva, anunțați-i cât mai repede.
    .action-4 = Dacă aveți brățară electronică, sunați la centrul de monitorizare înainte să plecați. Numărul este în actele brățării.
    .action-5 = Păstrați scrisoarea de externare. Ea arată când ați intrat în spital și când ați plecat.
    .draft = Bună ziua. Am o programare din ziua de { $date }, ora { $time }, până în ziua de { $end_date }, ora { $end }{ $has_place ->
        [yes] , la { $place }.
       *[no] .
    } Este pentru: { $title }. Asta înseamnă că voi lipsi peste noapte de la adresa mea aprobată. { $source ->
        [bail] Ați putea, vă rog, să cereți instanței să permită asta?
        [community_order] Îmi puteți spune, vă rog, cum primesc permisiune pentru asta?
        [suspended_sentence] Îmi puteți spune, vă rog, cum primesc permisiune pentru asta?
       *[other] Îmi puteți da, vă rog, permisiunea să dorm în altă parte pentru asta?
    } Vă anunț imediat dacă se schimbă datele. Vă pot trimite scrisoarea de programare. Mulțumesc.


## An appointment in a country or area she may not travel to.

flag-travel-ban =
    .title = Aveți nevoie de permisiune pentru această călătorie
    .explanation = { $title } este în ziua de { $date }, la ora { $time }, la { $place }, în { $country ->
        [GB] Regatul Unit
        [GB-ENG] Anglia
        [GB-WLS] Țara Galilor
        [GB-SCT] Scoția
        [GB-NIR] Irlanda de Nord
        [IE] Irlanda
        [IM] Insula Man
        [JE] Jersey
        [GG] Guernsey
        [FR] Franța
        [ES] Spania
        [PT] Portugalia
        [PL] Polonia
        [RO] România
        [AL] Albania
        [LT] Lituania
        [DE] Germania
        [NL] Țările de Jos
        [BE] Belgia
        [IT] Italia
        [IN] India
        [PK] Pakistan
        [BD] Bangladesh
        [JM] Jamaica
       *[other] altă țară ({ $country })
    }. Condițiile dumneavoastră spun că aveți nevoie de permisiune înainte să mergeți acolo. Dacă mergeți fără permisiune, asta poate fi văzut ca o încălcare a { $source ->
        [licence] regulilor eliberării condiționate.
        [community_order] regulilor pedepsei în comunitate.
        [suspended_sentence] regulilor pedepsei cu suspendare.
        [bail] condițiilor de cauțiune.
       *[other] regulilor pe care le-ați primit.
    }
    .action-1 = { $source ->
        [licence] Cereți permisiune consilierului de probațiune, cu mult înainte să plecați.
        [community_order] Cereți permisiune consilierului de probațiune, cu mult înainte să plecați. Pentru o schimbare poate fi nevoie de instanță.
        [suspended_sentence] Cereți permisiune consilierului de probațiune, cu mult înainte să plecați. Pentru o schimbare poate fi nevoie de instanță.
        [bail] Rugați avocatul să ceară permisiune instanței, cu mult înainte să plecați.
       *[other] Cereți permisiune persoanei sau serviciului care a stabilit regula, cu mult înainte să plecați.
    }
    .action-2 = Spuneți datele, unde veți sta și de ce trebuie să mergeți. Trimiteți-le sau arătați-le scrisoarea de programare.
    .action-3 = Puteți întreba serviciul dacă programarea poate fi la telefon, pe video sau mai aproape de casă.
    .action-4 = Dacă puteți, așteptați un răspuns înainte să plătiți drumul.
    .action-5 = Dacă primiți permisiunea, cereți-o în scris și luați-o cu dumneavoastră.
    .draft = Bună ziua. Am o programare în ziua de { $date }, la ora { $time }, la { $place }, în { $country ->
        [GB] Regatul Unit
        [GB-ENG] Anglia
        [GB-WLS] Țara Galilor
        [GB-SCT] Scoția
        [GB-NIR] Irlanda de Nord
        [IE] Irlanda
        [IM] Insula Man
        [JE] Jersey
        [GG] Guernsey
        [FR] Franța
        [ES] Spania
        [PT] Portugalia
        [PL] Polonia
        [RO] România
        [AL] Albania
        [LT] Lituania
        [DE] Germania
        [NL] Țările de Jos
        [BE] Belgia
        [IT] Italia
        [IN] India
        [PK] Pakistan
        [BD] Bangladesh
        [JM] Jamaica
       *[other] altă țară ({ $country })
    }. Este pentru: { $title }. Am nevoie de permisiune ca să călătoresc acolo. { $source ->
        [bail] Ați putea, vă rog, să cereți instanței să permită această călătorie?
        [community_order] Ați putea, vă rog, să mă ajutați să primesc permisiune pentru această călătorie?
        [suspended_sentence] Ați putea, vă rog, să mă ajutați să primesc permisiune pentru această călătorie?
       *[other] Îmi puteți da, vă rog, permisiunea pentru această călătorie?
    } Vă pot spune datele și unde voi sta. Vă pot trimite scrisoarea de programare. Mulțumesc.


## A criminal or family court hearing from 4 weeks before to 6 weeks after
## the due date.

flag-court-near-due-date =
    .title = Ședința de judecată este aproape de data nașterii
    .explanation = { $title } este în ziua de { $date }, la ora { $time }, la { $place }. Data probabilă a nașterii este { $due_date }. Aproape de această dată, puteți fi în travaliu, în spital sau cu un nou-născut de îngrijit. Instanței i se poate cere să schimbe data sau felul în care are loc ședința. Instanța decide, așa că cereți din timp. { $kind ->
        [family_court] Deciziile instanței de familie vă pot afecta copiii, așa că este important să puteți participa.
       *[court] Dacă lipsiți de la o ședință de judecată, puteți avea probleme grave, așa că vorbiți curând cu avocatul.
    }
    .action-1 = Spuneți-i acum avocatului că data probabilă a nașterii este { $due_date }.
    .action-2 = Rugați-l să anunțe instanța. Poate cere schimbarea datei sau a felului în care participați.
    .action-3 = De exemplu, poate întreba dacă puteți participa pe video. Sau poate cere pauze, ca să vă odihniți sau să vă hrăniți copilul.
    .action-4 = Cereți moașei o scrisoare cu data probabilă a nașterii, sau folosiți formularul MATB1. Dați o copie avocatului.
    .action-5 = Dacă nu aveți avocat, sunați curând la biroul instanței. Întrebați cum puteți primi sfaturi juridice.


## Another required appointment (probation, unpaid work, programme, testing,
## police reporting) from 37 weeks to 6 weeks after the due date.

flag-requirement-near-due-date =
    .title = O programare obligatorie aproape de data nașterii
    .explanation = { $title } este în ziua de { $date }, la ora { $time }. Data probabilă a nașterii este { $due_date }. În perioada nașterii, s-ar putea să vă fie greu să mergeți, sau să nu fie sigur pentru dumneavoastră și copil. Puteți întreba de acum cum { $kind ->
        [probation] se vor desfășura întâlnirile de probațiune
        [unpaid_work] se va desfășura munca neplătită
        [programme] se vor desfășura ședințele programului
        [drug_test] se vor desfășura testele de droguri sau alcool
        [police_reporting] se va desfășura prezentarea la poliție
       *[other] se vor desfășura programările obligatorii
    } în perioada nașterii. { $kind ->
        [police_reporting] Avocatul poate cere să se schimbe prezentarea la poliție.
       *[other] { $source ->
            [community_order] Consilierul de probațiune vă poate ajuta. Pentru unele schimbări este nevoie de instanță.
            [suspended_sentence] Consilierul de probațiune vă poate ajuta. Pentru unele schimbări este nevoie de instanță.
            [bail] Avocatul poate cere instanței o schimbare.
           *[other] Consilierul de probațiune vă poate spune ce se poate schimba.
        }
    }
    .action-1 = { $kind ->
        [police_reporting] Vorbiți acum cu avocatul, înainte de naștere.
       *[other] { $source ->
            [bail] Vorbiți acum cu avocatul, înainte de naștere.
           *[other] Vorbiți acum cu consilierul de probațiune, înainte de naștere.
        }
    }
    .action-2 = Întrebați ce se poate schimba în perioada nașterii, de exemplu orele, locurile, convorbiri la telefon sau o scurtă pauză.
    .action-3 = Luați cu dumneavoastră o scrisoare de la moașă cu data probabilă a nașterii.
    .action-4 = Dacă începe travaliul, sau dacă dumneavoastră sau copilul nu vă simțiți bine, cereți întâi ajutor medical. Apoi anunțați-i cât mai repede.
    .action-5 = Păstrați toate scrisorile de la spital. Cereți în scris orice schimbare.


## An antenatal step has no appointment recorded in the app.
## Say "not recorded", never "missed". Calm, no blame.

flag-missing-antenatal-care =
    .title = { $step ->
        [booking] Vizita de luare în evidență nu este înregistrată
        [dating_scan] Ecografia de la 12 săptămâni nu este înregistrată
        [appt_16] Controlul de la 16 săptămâni nu este înregistrat
        [anomaly_scan] Ecografia de la 20 de săptămâni nu este înregistrată
        [appt_25] Controlul de la 25 de săptămâni nu este înregistrat
        [appt_28] Controlul de la 28 de săptămâni nu este înregistrat
        [appt_31] Controlul de la 31 de săptămâni nu este înregistrat
        [appt_34] Controlul de la 34 de săptămâni nu este înregistrat
        [appt_36] Controlul de la 36 de săptămâni nu este înregistrat
        [appt_38] Controlul de la 38 de săptămâni nu este înregistrat
        [appt_40] Controlul de la 40 de săptămâni nu este înregistrat
        [appt_41] Controlul de la 41 de săptămâni nu este înregistrat
       *[other] Un control de sarcină nu este înregistrat
    }
    .explanation = Aplicația nu are nicio înregistrare pentru { $step ->
        [booking] vizita de luare în evidență la moașă
        [dating_scan] ecografia de datare (ecografia de la 12 săptămâni)
        [appt_16] controlul de la 16 săptămâni
        [anomaly_scan] ecografia de la 20 de săptămâni (ecografia morfologică)
        [appt_25] controlul de la 25 de săptămâni
        [appt_28] controlul de la 28 de săptămâni
        [appt_31] controlul de la 31 de săptămâni
        [appt_34] controlul de la 34 de săptămâni
        [appt_36] controlul de la 36 de săptămâni
        [appt_38] controlul de la 38 de săptămâni
        [appt_40] controlul de la 40 de săptămâni
        [appt_41] controlul de la 41 de săptămâni
       *[other] acest control de sarcină
    }. De obicei are loc între { $window_start } și { $window_end }. { $status ->
        [ended] Această perioadă a trecut, dar merită totuși să întrebați.
       *[soon] Această perioadă se termină curând.
    } Poate a avut loc înainte să începeți să folosiți aplicația. Dacă da, puteți adăuga programarea. Dacă nu, moașa sau medicul de familie vă poate face o programare. { $step ->
        [booking] La această primă vizită, moașa vă plănuiește îngrijirea și vă oferă analize.
        [dating_scan] Ecografiile arată cum crește copilul și pot găsi probleme din timp.
        [anomaly_scan] Ecografiile arată cum crește copilul și pot găsi probleme din timp.
       *[other] Aceste controale vă ajută să rămâneți sănătoși, dumneavoastră și copilul.
    }
    .action-1 = Dacă ați avut deja această programare, adăugați-o în aplicație, cu data ei.
    .action-2 = { $step ->
        [booking] Dacă nu aveți încă o moașă, puteți contacta singură maternitatea din zonă sau puteți întreba medicul de familie.
       *[other] Dacă nu ați avut această programare, sunați moașa sau medicul de familie. Rugați-i să v-o programeze.
    }
    .action-3 = Când aveți o dată, adăugați-o în aplicație. Aplicația va verifica dacă se potrivește cu condițiile dumneavoastră.
    .action-4 = Dacă aveți nevoie de un interpret, cereți unul. Este gratuit.
    .action-5 = Dacă vă faceți griji pentru dumneavoastră sau pentru copil, sunați moașa, maternitatea sau la 111. În caz de urgență, sunați la 999.


## A curfew applies around the birth: she needs a plan for urgent care at
## night.

flag-curfew-emergency-plan =
    .title = Un plan pentru naștere în orele interdicției de ieșire
    .explanation = Data probabilă a nașterii este { $due_date }. Interdicția de ieșire este de la { $curfew_from } la { $curfew_to }. S-ar putea să aveți nevoie de îngrijire urgentă noaptea, în travaliu sau după naștere, pentru dumneavoastră sau pentru copil. Dacă se întâmplă asta, cereți întâi ajutor medical. Nu așteptați niciodată din cauza interdicției de ieșire. Un plan făcut acum va face acea noapte mai ușoară.
    .action-1 = Întrebați { $source ->
        [licence] consilierul de probațiune
        [community_order] consilierul de probațiune
        [suspended_sentence] consilierul de probațiune
        [bail] avocatul
       *[other] persoana sau serviciul care v-a stabilit interdicția de ieșire
    } ce să faceți dacă aveți nevoie de îngrijire noaptea. Întrebați acum, înainte de naștere.
    .action-2 = Salvați în telefon numărul triajului maternității și numărul { $source ->
        [licence] consilierului de probațiune
        [community_order] consilierului de probațiune
        [suspended_sentence] consilierului de probațiune
        [bail] avocatului
       *[other] persoanei care v-a stabilit interdicția de ieșire
    }. { $monitoring ->
        [rf_tag] Adăugați și centrul de monitorizare. Numărul lui este în actele brățării. Puneți o copie cu toate numerele în geanta pentru spital.
        [gps_tag] Adăugați și centrul de monitorizare. Numărul lui este în actele brățării. Puneți o copie cu toate numerele în geanta pentru spital.
        [alcohol_tag] Adăugați și centrul de monitorizare. Numărul lui este în actele brățării. Puneți o copie cu toate numerele în geanta pentru spital.
       *[other] Puneți o copie cu numerele în geanta pentru spital.
    }
    .action-3 = În caz de urgență, cereți întâi ajutor medical. Sunați la triajul maternității, sau la 999 dacă este grav. Pentru un copil bolnav, sunați la 111 sau mergeți la Urgențe (A&E).
    .action-4 = { $monitoring ->
        [rf_tag] Imediat ce puteți în siguranță, sunați la centrul de monitorizare. Numărul este în actele brățării.
        [gps_tag] Imediat ce puteți în siguranță, sunați la centrul de monitorizare. Numărul este în actele brățării.
        [alcohol_tag] Imediat ce puteți în siguranță, sunați la centrul de monitorizare. Numărul este în actele brățării.
       *[other] Când puteți în siguranță, notați ora la care ați plecat de acasă.
    } Anunțați { $source ->
        [licence] consilierul de probațiune
        [community_order] consilierul de probațiune
        [suspended_sentence] consilierul de probațiune
        [bail] avocatul
       *[other] persoana care v-a stabilit interdicția de ieșire
    } cât mai repede. Faceți asta cel târziu în următoarea zi lucrătoare. { $approved_address ->
        [yes] Spuneți dacă a trebuit să dormiți în altă parte decât acasă.
       *[no] Spuneți unde ați mers și de ce.
    }
    .action-5 = Păstrați dovezi: scrisoarea de la spital, ora la care ați sunat, numele moașei și orele la care ați plecat și v-ați întors.
