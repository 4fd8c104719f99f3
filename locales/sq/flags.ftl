## Goldthread: sinjalizimet e përplasjeve (sq, përkthyer nga en-GB).
## Një mesazh për çdo lloj sinjalizimi. Secili nuk ka vlerë, vetëm atribute:
## .title, .explanation, .action-1 deri .action-N dhe, te pesë lloje, .draft.
## Shkruani për moshë leximi rreth 9 vjeç: fjali të shkurtra, fjalë të zakonshme, "ju".
## Mos vendosni kurrë për të, mos premtoni kurrë leje, mos premtoni kurrë fshehtësi.
## Mbajeni çdo atribut teksti në një rresht teksti. Kalimet në rresht të ri brenda
## përzgjedhësve nuk janë pjesë e tekstit që ajo sheh.


## Dy takime mbivendosen në kohë.

flag-appointment-overlap =
    .title = { $both_mandatory ->
        [yes] Dy takime të detyrueshme në të njëjtën kohë
       *[no] Dy takime në të njëjtën kohë
    }
    .explanation = Ditën { $date }, dy takime përplasen. { $title_a } është nga ora { $time_a } deri në { $end_a }. { $title_b } është nga ora { $time_b } deri në { $end_b }. Nuk mund të jeni në të dyja. { $both_mandatory ->
        [yes] Të dyja janë të detyrueshme. Nëse humbisni njërën, mund të keni probleme, ndaj kërkoni një ndryshim tani.
       *[no] { $mandatory_kind ->
            [none] Mund të kërkoni të zhvendoset njëri prej tyre, që të mos humbisni asnjërin.
            [court] Te { $mandatory_title } duhet të shkoni patjetër. Nëse humbisni një seancë gjyqësore, mund të keni probleme të rënda, ndaj kërkoni një ndryshim tani.
            [family_court] Te { $mandatory_title } duhet të shkoni patjetër. Nëse nuk shkoni, gjykata mund të marrë vendime pa ju, ndaj kërkoni një ndryshim tani.
           *[other] Te { $mandatory_title } duhet të shkoni patjetër. Nëse e humbisni, mund të keni probleme, ndaj kërkoni një ndryshim tani.
        }
    }
    .action-1 = { $mandatory_kind ->
        [none] Zgjidhni cilin takim preferoni të zhvendosni. Lidhuni me atë shërbim sa më shpejt që të mundeni.
        [probation] Lidhuni me punonjësin tuaj të provës sa më shpejt që të mundeni. Pyesni nëse { $mandatory_title } mund të zhvendoset.
        [unpaid_work] Lidhuni shpejt me punonjësin tuaj të provës ose me mbikëqyrësin e punës pa pagesë. Pyesni nëse mund ta bëni këtë seancë një ditë tjetër.
        [programme] Lidhuni shpejt me punonjësin tuaj të provës ose me stafin e programit. Pyesni nëse mund të shkoni në një seancë tjetër.
        [drug_test] Lidhuni shpejt me punonjësin tuaj të provës ose me shërbimin e testimit. Pyesni nëse mund ta bëni testin në një orë tjetër.
        [police_reporting] Lidhuni shpejt me avokatin tuaj. Pyesni nëse mund të paraqiteni në polici në një orë tjetër po atë ditë.
        [court] Lidhuni me avokatin tuaj sa më shpejt që të mundeni. Kërkojini t'i tregojë gjykatës për përplasjen.
        [family_court] Lidhuni me avokatin tuaj sa më shpejt që të mundeni. Kërkojini t'i tregojë gjykatës për përplasjen.
       *[other] Lidhuni shpejt me ata që organizojnë { $mandatory_title }. Pyesni nëse mund të zhvendoset.
    }
    .action-2 = { $mandatory_kind ->
        [none] Kërkoni një orë të re që nuk përplaset me takimin tjetër.
       *[other] Nëse nuk mund të zhvendoset, pyesni nëse mund të zhvendoset { $other_title } në vend të tij.
    }
    .action-3 = Mbani gati të dyja letrat e takimeve. Ato tregojnë që përplasja është e vërtetë.
    .action-4 = Shkruani me kë folët, kur, dhe çfarë ju thanë.
    .draft = Përshëndetje. Ditën { $date } kam dy takime që përplasen. { $title_a } është nga ora { $time_a } deri në { $end_a }. { $title_b } është nga ora { $time_b } deri në { $end_b }. { $mandatory_kind ->
        [court] Ju lutem, a mund ta pyesni gjykatën nëse { $mandatory_title } mund të zhvendoset në një orë tjetër?
        [family_court] Ju lutem, a mund ta pyesni gjykatën nëse { $mandatory_title } mund të zhvendoset në një orë tjetër?
        [police_reporting] Ju lutem, a mund të pyesni nëse mund të paraqitem në një orë tjetër po atë ditë?
       *[other] Ju lutem, a mund të zhvendoset { $mandatory_title } në një orë tjetër?
    } Nëse kjo nuk është e mundur, do të përpiqem të zhvendos { $other_title }. Mund t'ju dërgoj të dyja letrat e takimeve. Faleminderit.


## Nuk ka kohë të mjaftueshme për të shkuar nga një takim te tjetri.

flag-travel-too-tight =
    .title = Pak kohë për të shkuar nga një takim te tjetri
    .explanation = Ditën { $date }, { $title_a } mbaron në orën { $end_a } te { $place_a }. { $title_b } fillon në orën { $time_b } te { $place_b }. Kjo ju lë { $gap ->
        [one] 1 minutë
       *[other] { $gap } minuta
    } për të shkuar atje. Rruga mund të zgjasë rreth { $needed } minuta. Nëse vonoheni, mund të humbisni një pjesë ose të gjithë takimin { $title_b }.
    .action-1 = Pyesni nëse { $title_b } mund të fillojë pak më vonë, ose të zhvendoset në një ditë tjetër.
    .action-2 = Ose pyesni nëse mund të largoheni pak më herët nga { $title_a }.
    .action-3 = Planifikoni rrugën para asaj dite. Shikoni sa zgjat rruga me autobus ose me tren.
    .action-4 = Nëse mund të vonoheni, telefononi më parë dhe njoftojini. Shkruani kur telefonuat.


## Një takim, bashkë me rrugën, bie në orët e orës policore.

flag-curfew-overlap =
    .title = { $medical ->
        [yes] Takimi juaj shëndetësor është gjatë orës policore
       *[no] Ky takim është gjatë orës policore
    }
    .explanation = { $title } është ditën { $date }, nga ora { $time } deri në { $end }{ $has_place ->
        [yes] , te { $place }.
       *[no] . Nuk ka vend të shënuar, ndaj aplikacioni e llogarit si larg shtëpisë.
    } Me udhëtimin, do të jeni jashtë nga ora { $leave } deri në { $back }. Ora juaj policore është nga { $curfew_from } deri në { $curfew_to }, ndaj këto orë përplasen. { $monitoring ->
        [rf_tag] Kutia e byzylykut në shtëpinë tuaj do të tregojë që jeni jashtë.
        [gps_tag] Byzylyku juaj regjistron gjithë kohën se ku jeni.
        [doorstep] Dikush mund të vijë te dera juaj për të kontrolluar që jeni brenda.
       *[other] Ora juaj policore vlen edhe pa byzylyk.
    } Nëse jeni jashtë në atë kohë pa leje, kjo mund të shihet si shkelje e { $source ->
        [licence] rregullave të lirimit tuaj me kusht.
        [community_order] rregullave të urdhrit tuaj.
        [suspended_sentence] rregullave të dënimit tuaj të pezulluar.
        [bail] kushteve të lirimit tuaj me dorëzani.
       *[other] rregullave që ju janë dhënë.
    } { $medical ->
        [yes] Kujdesi për shëndetin tuaj është i rëndësishëm. Kërkoni një ndryshim herët, që të mos jeni të detyruar të zgjidhni.
       *[no] Mund të kërkoni leje ose një ndryshim para asaj dite.
    }
    .action-1 = { $source ->
        [licence] Kërkojini leje punonjësit tuaj të provës para asaj dite. Kërkojeni sa më herët që të mundeni.
        [community_order] Pyesni punonjësin tuaj të provës si mund ta ndryshoni orën policore për atë ditë. Ndryshimi mund të ketë nevojë për gjykatën, ndaj pyesni herët.
        [suspended_sentence] Pyesni punonjësin tuaj të provës si mund ta ndryshoni orën policore për atë ditë. Ndryshimi mund të ketë nevojë për gjykatën, ndaj pyesni herët.
        [bail] Kërkojini avokatit tuaj t'i kërkojë gjykatës të ndryshojë orën tuaj policore për atë ditë. Kërkojeni sa më herët që të mundeni.
       *[other] Kërkojini leje personit ose shërbimit që ju vendosi orën policore, para asaj dite. Kërkojeni sa më herët që të mundeni.
    }
    .action-2 = Dërgojuni ose tregojuni letrën e takimit. Ajo tregon datën dhe orën.
    .action-3 = Mund të kërkoni edhe një orë takimi jashtë orëve të orës policore.
    .action-4 = Leja nuk është e sigurt. Prisni një përgjigje të qartë, dhe kërkojeni me mesazh ose me email.
    .action-5 = { $monitoring ->
        [rf_tag] Nëse vonoheni atë ditë, telefononi menjëherë qendrën e monitorimit të byzylykut. Numri është në letrat e byzylykut.
        [gps_tag] Nëse vonoheni atë ditë, telefononi menjëherë qendrën e monitorimit të byzylykut. Numri është në letrat e byzylykut.
        [alcohol_tag] Nëse vonoheni atë ditë, telefononi menjëherë qendrën e monitorimit të byzylykut. Numri është në letrat e byzylykut.
       *[other] Nëse vonoheni atë ditë, njoftoni { $source ->
            [licence] punonjësin tuaj të provës
            [community_order] punonjësin tuaj të provës
            [suspended_sentence] punonjësin tuaj të provës
            [bail] avokatin tuaj
           *[other] personin që ju vendosi orën policore
        } sa më shpejt që të mundeni.
    } Në një urgjencë shëndetësore, gjithmonë merrni kujdes mjekësor së pari.
    .draft = Përshëndetje. Kam një takim ditën { $date }, nga ora { $time } deri në { $end }{ $has_place ->
        [yes] , te { $place }.
       *[no] .
    } Takimi është për: { $title }. { $medical ->
        [yes] Është takim shëndetësor dhe nuk dua ta humbas.
       *[no] Është i rëndësishëm për mua.
    } Ora ime policore është nga { $curfew_from } deri në { $curfew_to }. Me udhëtimin, do të jem jashtë nga ora { $leave } deri rreth orës { $back }. { $source ->
        [bail] Ju lutem, a mund t'i kërkoni gjykatës të më lejojë të jem jashtë për këtë takim, ose të ndryshojë orën time policore atë ditë?
        [community_order] Ju lutem, a mund të më ndihmoni të ndryshoj orën time policore për atë ditë?
        [suspended_sentence] Ju lutem, a mund të më ndihmoni të ndryshoj orën time policore për atë ditë?
       *[other] Ju lutem, a mund të më jepni leje të jem jashtë për këtë takim?
    } Mund t'ju dërgoj letrën e takimit. Faleminderit.


## Vendi i një takimi është brenda një zone të ndaluar, kur zona vlen.

flag-exclusion-zone =
    .title = Ky takim është në zonën tuaj të ndaluar
    .explanation = { $title } është ditën { $date }, nga ora { $time } deri në { $end }, te { $place }. Ky vend është brenda zonës suaj të ndaluar{ $has_zone_name ->
        [yes] , { $zone }.
       *[no] .
    } Kjo është një zonë ku kushtet tuaja thonë që nuk duhet të hyni në këtë kohë. Nëse shkoni atje pa leje, kjo mund të shihet si shkelje e { $source ->
        [licence] rregullave të lirimit tuaj me kusht.
        [community_order] rregullave të urdhrit tuaj.
        [suspended_sentence] rregullave të dënimit tuaj të pezulluar.
        [bail] kushteve të lirimit tuaj me dorëzani.
       *[other] rregullave që ju janë dhënë.
    } Mund të kërkoni leje para asaj dite.
    .action-1 = { $source ->
        [licence] Kërkojini leje punonjësit tuaj të provës për të shkuar, para asaj dite.
        [community_order] Pyesni punonjësin tuaj të provës nëse mund të shkoni. Ndryshimi mund të ketë nevojë për gjykatën, ndaj pyesni herët.
        [suspended_sentence] Pyesni punonjësin tuaj të provës nëse mund të shkoni. Ndryshimi mund të ketë nevojë për gjykatën, ndaj pyesni herët.
        [bail] Kërkojini avokatit tuaj ta pyesë gjykatën nëse mund të shkoni. Pyesni sa më herët që të mundeni.
       *[other] Pyesni personin ose shërbimin që vendosi zonën nëse mund të shkoni, para asaj dite.
    }
    .action-2 = Dërgojuni ose tregojuni letrën e takimit. Thoni si do të shkoni atje dhe si do të ktheheni.
    .action-3 = Mund t'i kërkoni edhe shërbimit një vend jashtë zonës, ose një takim me telefon ose me video.
    .action-4 = Shikoni hartën e zonës në letrat tuaja. Aplikacioni mund të mos e dijë kufirin e saktë. Nëse nuk jeni e sigurt, pyesni.
    .action-5 = Nëse merrni leje, kërkojeni me shkrim, për shembull me mesazh ose me email.
    .draft = Përshëndetje. Kam një takim ditën { $date }, nga ora { $time } deri në { $end }, te { $place }. Takimi është për: { $title }. Ky vend është brenda zonës sime të ndaluar{ $has_zone_name ->
        [yes] , { $zone }.
       *[no] .
    } { $source ->
        [bail] Ju lutem, a mund t'i kërkoni gjykatës të më lejojë të shkoj atje vetëm për këtë takim?
        [community_order] Ju lutem, a mund të më ndihmoni të marr leje të shkoj atje vetëm për këtë takim?
        [suspended_sentence] Ju lutem, a mund të më ndihmoni të marr leje të shkoj atje vetëm për këtë takim?
       *[other] Ju lutem, a mund të më jepni leje të shkoj atje vetëm për këtë takim?
    } Mund t'ju dërgoj letrën e takimit. Faleminderit.


## Një rregull "pa kontakt me askënd nën 18 vjeç" dhe një vend ose takim ku
## mund të ketë fëmijë. Teksti duhet ta nxisë të vazhdojë të shkojë te kujdesi i saj.

flag-no-contact-venue =
    .title = Në këtë takim mund të ketë fëmijë
    .explanation = { $title } është ditën { $date } në orën { $time }{ $has_place ->
        [yes] , te { $place }.
       *[no] .
    } Një nga kushtet tuaja thotë që nuk duhet të keni kontakt me askënd nën 18 vjeç. { $kind ->
        [child_contact] Ky është një takim me një fëmijë. Pyesni çfarë lejon rregulli para takimit, që ta dini si qëndron puna.
        [health_visitor] Infermierja e patronazhit kontrollon shëndetin tuaj dhe të foshnjës suaj. Ky kujdes është i rëndësishëm, ndaj vazhdoni të shkoni nëse mundeni. Pyesni çfarë lejon rregulli.
        [postnatal] Ky është kujdes për ju dhe foshnjën tuaj pas lindjes. Është i rëndësishëm, ndaj vazhdoni të shkoni nëse mundeni. Pyesni çfarë lejon rregulli.
       *[other] Në vende si ky shpesh ka foshnja ose fëmijë. Kujdesi për ju dhe për foshnjën tuaj është i rëndësishëm. Vazhdoni të shkoni nëse mundeni, dhe pyesni çfarë lejon rregulli këtu.
    }
    .action-1 = { $kind ->
        [child_contact] Para takimit, pyesni { $source ->
            [licence] punonjësin tuaj të provës
            [community_order] punonjësin tuaj të provës
            [suspended_sentence] punonjësin tuaj të provës
            [bail] avokatin tuaj
           *[other] personin ose shërbimin që vendosi rregullin
        } nëse ky kontakt lejohet.
       *[other] Vazhdoni të shkoni në takimet e kujdesit për ju dhe për foshnjën tuaj, nëse mundeni.
    }
    .action-2 = Kërkojini { $source ->
        [licence] punonjësit tuaj të provës
        [community_order] punonjësit tuaj të provës
        [suspended_sentence] punonjësit tuaj të provës
        [bail] avokatit tuaj
       *[other] personit ose shërbimit që vendosi rregullin
    } të sqarojë çfarë do të thotë rregulli për këtë takim. Kërkoni përgjigjen me shkrim.
    .action-3 = Nëse rregulli nuk është i qartë, kërkoni që të ndryshohet, që ta lejojë këtë. Kërkojeni shumë kohë para asaj dite.
    .action-4 = Merrni me vete letrën e takimit kur pyesni.
    .action-5 = Mund t'i kërkoni mamisë ose infermieres së patronazhit një letër për kujdesin tuaj.


## Një rregull "pa kontakt me askënd nën 18 vjeç" do të përfshijë edhe foshnjën e saj.

flag-no-contact-own-child =
    .title = Rregulli që ndalon kontaktin mund të përfshijë foshnjën tuaj
    .explanation = Një nga kushtet tuaja thotë që nuk duhet të keni kontakt me askënd nën 18 vjeç. Foshnja juaj pritet të lindë ditën { $due_date }. Nga dita { $from_date }, foshnja mund të lindë në çdo kohë. Siç është shkruar, rregulli mund të përfshijë edhe foshnjën tuaj. Është mirë të merrni këshilla dhe të kërkoni një ndryshim tani, para lindjes. { $source ->
        [licence] Punonjësi juaj i provës mund të kërkojë që të ndryshohen kushtet e lirimit tuaj me kusht.
        [community_order] Gjykata mund ta ndryshojë. Mund ta kërkoni ju ose punonjësi juaj i provës.
        [suspended_sentence] Gjykata mund ta ndryshojë. Mund ta kërkoni ju ose punonjësi juaj i provës.
        [bail] Gjykata mund ta ndryshojë. Avokati juaj mund ta kërkojë për ju.
       *[other] Personi ose shërbimi që e vendosi mund ta ndryshojë.
    }
    .action-1 = Flisni tani me avokatin tuaj. Kërkoni këshillë ligjore për ndryshimin e këtij rregulli para lindjes.
    .action-2 = { $source ->
        [licence] Kërkojini punonjësit tuaj të provës të kërkojë ndryshimin e rregullit. Pyesni sa kohë mund të zgjasë.
        [community_order] Kërkojini punonjësit tuaj të provës, ose gjykatës përmes avokatit tuaj, të ndryshojë rregullin.
        [suspended_sentence] Kërkojini punonjësit tuaj të provës, ose gjykatës përmes avokatit tuaj, të ndryshojë rregullin.
        [bail] Kërkojini avokatit tuaj t'i kërkojë gjykatës të ndryshojë rregullin.
       *[other] Kërkojini personit ose shërbimit që vendosi rregullin ta ndryshojë.
    }
    .action-3 = Merrni me vete një letër nga mamia juaj që tregon datën e pritshme të lindjes.
    .action-4 = Nëse nuk keni avokat, kërkojini një punonjësi mbështetës ose një qendre për gra t'ju ndihmojë të gjeni një.
    .action-5 = Ruani çdo përgjigje që merrni. Merrni një kopje me vete në spital, bashkë me dokumentet e shtatzënisë.


## Një qëndrim gjatë natës larg adresës së miratuar, si një nxitje e planifikuar
## e lindjes ose një prerje cezariane.

flag-overnight-away =
    .title = Do ta kaloni natën larg shtëpisë
    .explanation = { $title } fillon ditën { $date } në orën { $time } dhe mbaron ditën { $end_date } në orën { $end }{ $has_place ->
        [yes] , te { $place }.
       *[no] .
    } Kjo do të thotë një natë ose më shumë larg adresës suaj të miratuar. Kjo është shtëpia ku keni leje të jetoni. Kushtet tuaja thonë që duhet të pyesni më parë, para se të kaloni natën diku tjetër. Kjo përfshin edhe një qëndrim të planifikuar në spital, si nxitja e lindjes ose prerja cezariane. Nëse qëndroni larg pa leje, kjo mund të shihet si shkelje e { $source ->
        [licence] rregullave të lirimit tuaj me kusht.
        [community_order] rregullave të urdhrit tuaj.
        [suspended_sentence] rregullave të dënimit tuaj të pezulluar.
        [bail] kushteve të lirimit tuaj me dorëzani.
       *[other] rregullave që ju janë dhënë.
    }
    .action-1 = { $source ->
        [licence] Kërkojini leje punonjësit tuaj të provës tani, para asaj dite.
        [community_order] Pyesni punonjësin tuaj të provës tani, para asaj dite. Ju thonë nëse duhet të pranojë edhe gjykata.
        [suspended_sentence] Pyesni punonjësin tuaj të provës tani, para asaj dite. Ju thonë nëse duhet të pranojë edhe gjykata.
        [bail] Pyesni avokatin tuaj tani, para asaj dite. Mund të duhet të pranojë gjykata.
       *[other] Kërkojini leje tani personit ose shërbimit që vendosi rregullin, para asaj dite.
    }
    .action-2 = Dërgojuni ose tregojuni letrën e takimit. Jepuni datat dhe adresën ku do të qëndroni.
    .action-3 = Qëndrimi në spital mund të zgjasë më shumë nga sa ishte planifikuar. Nëse ndryshon, njoftojini sa më shpejt që të mundeni.
    .action-4 = Nëse keni byzylyk, telefononi qendrën e monitorimit të byzylykut para se të shkoni. Numri është në letrat e byzylykut.
    .action-5 = Ruani letrën e daljes nga spitali. Ajo tregon kur hytë dhe kur dolët.
    .draft = Përshëndetje. Kam një takim nga dita { $date } në orën { $time } deri ditën { $end_date } në orën { $end }{ $has_place ->
        [yes] , te { $place }.
       *[no] .
    } Takimi është për: { $title }. Kjo do të thotë që do ta kaloj natën larg adresës sime të miratuar. { $source ->
        [bail] Ju lutem, a mund t'i kërkoni gjykatës ta lejojë këtë?
        [community_order] Ju lutem, a mund të më thoni si të marr leje për këtë?
        [suspended_sentence] Ju lutem, a mund të më thoni si të marr leje për këtë?
       *[other] Ju lutem, a mund të më jepni leje të qëndroj larg për këtë?
    } Do t'ju njoftoj menjëherë nëse ndryshojnë datat. Mund t'ju dërgoj letrën e takimit. Faleminderit.


## Një takim në një vend ose zonë ku ajo mund të mos ketë leje të udhëtojë.

flag-travel-ban =
    .title = Ju duhet leje për këtë udhëtim
    .explanation = { $title } është ditën { $date } në orën { $time }, te { $place }, në { $country ->
        [GB] Mbretërinë e Bashkuar
        [GB-ENG] Angli
        [GB-WLS] Uells
        [GB-SCT] Skoci
        [GB-NIR] Irlandën e Veriut
        [IE] Irlandë
        [IM] Ishullin e Manit
        [JE] Xhersi
        [GG] Gërnsi
        [FR] Francë
        [ES] Spanjë
        [PT] Portugali
        [PL] Poloni
        [RO] Rumani
        [AL] Shqipëri
        [LT] Lituani
        [DE] Gjermani
        [NL] Holandë
        [BE] Belgjikë
        [IT] Itali
        [IN] Indi
        [PK] Pakistan
        [BD] Bangladesh
        [JM] Xhamajkë
       *[other] një vend tjetër ({ $country })
    }. Kushtet tuaja thonë që ju duhet leje më parë për të shkuar atje. Nëse shkoni pa leje, kjo mund të shihet si shkelje e { $source ->
        [licence] rregullave të lirimit tuaj me kusht.
        [community_order] rregullave të urdhrit tuaj.
        [suspended_sentence] rregullave të dënimit tuaj të pezulluar.
        [bail] kushteve të lirimit tuaj me dorëzani.
       *[other] rregullave që ju janë dhënë.
    }
    .action-1 = { $source ->
        [licence] Kërkojini leje punonjësit tuaj të provës, shumë kohë para se të shkoni.
        [community_order] Kërkojini leje punonjësit tuaj të provës, shumë kohë para se të shkoni. Ndryshimi mund të ketë nevojë për gjykatën.
        [suspended_sentence] Kërkojini leje punonjësit tuaj të provës, shumë kohë para se të shkoni. Ndryshimi mund të ketë nevojë për gjykatën.
        [bail] Kërkojini avokatit tuaj t'i kërkojë leje gjykatës, shumë kohë para se të shkoni.
       *[other] Kërkojini leje personit ose shërbimit që vendosi rregullin, shumë kohë para se të shkoni.
    }
    .action-2 = Jepuni datat, vendin ku do të qëndroni dhe pse duhet të shkoni. Dërgojuni ose tregojuni letrën e takimit.
    .action-3 = Mund ta pyesni shërbimin nëse mund ta bëni këtë takim me telefon ose me video, ose më afër shtëpisë.
    .action-4 = Nëse mundeni, prisni një përgjigje para se të paguani për udhëtimin.
    .action-5 = Nëse merrni leje, merreni me shkrim dhe mbajeni me vete.
    .draft = Përshëndetje. Kam një takim ditën { $date } në orën { $time }, te { $place }, në { $country ->
        [GB] Mbretërinë e Bashkuar
        [GB-ENG] Angli
        [GB-WLS] Uells
        [GB-SCT] Skoci
        [GB-NIR] Irlandën e Veriut
        [IE] Irlandë
        [IM] Ishullin e Manit
        [JE] Xhersi
        [GG] Gërnsi
        [FR] Francë
        [ES] Spanjë
        [PT] Portugali
        [PL] Poloni
        [RO] Rumani
        [AL] Shqipëri
        [LT] Lituani
        [DE] Gjermani
        [NL] Holandë
        [BE] Belgjikë
        [IT] Itali
        [IN] Indi
        [PK] Pakistan
        [BD] Bangladesh
        [JM] Xhamajkë
       *[other] një vend tjetër ({ $country })
    }. Takimi është për: { $title }. Më duhet leje për të udhëtuar atje. { $source ->
        [bail] Ju lutem, a mund t'i kërkoni gjykatës ta lejojë këtë udhëtim?
        [community_order] Ju lutem, a mund të më ndihmoni të marr leje për këtë udhëtim?
        [suspended_sentence] Ju lutem, a mund të më ndihmoni të marr leje për këtë udhëtim?
       *[other] Ju lutem, a mund të më jepni leje për këtë udhëtim?
    } Mund t'ju jap datat dhe vendin ku do të qëndroj. Mund t'ju dërgoj letrën e takimit. Faleminderit.


## Një seancë gjyqësore penale ose familjare nga 4 javë para deri 6 javë pas
## datës së pritshme të lindjes.

flag-court-near-due-date =
    .title = Seanca juaj gjyqësore është afër datës së lindjes
    .explanation = { $title } është ditën { $date } në orën { $time }, te { $place }. Foshnja juaj pritet të lindë ditën { $due_date }. Afër datës së lindjes, mund të jeni duke lindur, në spital, ose duke u kujdesur për një foshnjë të porsalindur. Mund t'i kërkohet gjykatës të ndryshojë datën, ose mënyrën si zhvillohet seanca. Gjykata vendos, ndaj kërkojeni herët. { $kind ->
        [family_court] Vendimet e gjykatës së familjes mund të prekin fëmijët tuaj, ndaj është e rëndësishme që të merrni pjesë.
       *[court] Nëse humbisni një seancë gjyqësore, mund të keni probleme të rënda, ndaj flisni shpejt me avokatin tuaj.
    }
    .action-1 = Thuajini avokatit tuaj tani që foshnja juaj pritet të lindë ditën { $due_date }.
    .action-2 = Kërkojini avokatit t'i tregojë gjykatës. Avokati mund të kërkojë ndryshimin e datës, ose të mënyrës si merrni pjesë.
    .action-3 = Për shembull, mund të kërkojë që të merrni pjesë me video. Ose mund të kërkojë pushime që të pushoni ose të ushqeni foshnjën.
    .action-4 = Merrni një letër nga mamia juaj me datën e pritshme të lindjes, ose formularin tuaj MATB1. Jepini një kopje avokatit tuaj.
    .action-5 = Nëse nuk keni avokat, telefononi shpejt zyrën e gjykatës. Pyesni si të merrni këshilla ligjore.


## Një takim tjetër i detyrueshëm (shërbimi i provës, punë pa pagesë, program, teste,
## paraqitje në polici) nga java 37 deri 6 javë pas datës së pritshme të lindjes.

flag-requirement-near-due-date =
    .title = Një takim i detyrueshëm afër datës së lindjes
    .explanation = { $title } është ditën { $date } në orën { $time }. Foshnja juaj pritet të lindë ditën { $due_date }. Rreth kohës së lindjes, mund të jetë e vështirë të shkoni, ose jo e sigurt për ju dhe foshnjën tuaj. Mund të pyesni që tani çfarë do të ndodhë rreth lindjes me { $kind ->
        [probation] takimet tuaja me shërbimin e provës
        [unpaid_work] punën tuaj pa pagesë
        [programme] seancat e programit tuaj
        [drug_test] testet tuaja për drogë ose alkool
        [police_reporting] paraqitjen tuaj në polici
       *[other] takimet tuaja të detyrueshme
    }. { $kind ->
        [police_reporting] Avokati juaj mund të kërkojë që paraqitja juaj në polici të ndryshojë.
       *[other] { $source ->
            [community_order] Punonjësi juaj i provës mund t'ju ndihmojë. Disa ndryshime kanë nevojë për gjykatën.
            [suspended_sentence] Punonjësi juaj i provës mund t'ju ndihmojë. Disa ndryshime kanë nevojë për gjykatën.
            [bail] Avokati juaj mund t'i kërkojë gjykatës një ndryshim.
           *[other] Punonjësi juaj i provës mund t'ju thotë çfarë mund të ndryshojë.
        }
    }
    .action-1 = { $kind ->
        [police_reporting] Flisni tani me avokatin tuaj, para lindjes.
       *[other] { $source ->
            [bail] Flisni tani me avokatin tuaj, para lindjes.
           *[other] Flisni tani me punonjësin tuaj të provës, para lindjes.
        }
    }
    .action-2 = Pyesni çfarë mund të ndryshojë rreth lindjes, për shembull oraret, vendet, takimet me telefon, ose një pushim i shkurtër.
    .action-3 = Merrni me vete një letër nga mamia juaj me datën e pritshme të lindjes.
    .action-4 = Nëse ju fillojnë dhimbjet e lindjes, ose nëse ju ose foshnja nuk jeni mirë, merrni kujdes mjekësor së pari. Pastaj njoftojini sa më shpejt që të mundeni.
    .action-5 = Ruani çdo letër nga spitali. Kërkoni çdo ndryshim me shkrim.


## Për një hap të kujdesit gjatë shtatzënisë nuk ka takim të shënuar në aplikacion.
## Thoni "nuk është shënuar", kurrë "e humbët". Qetë, pa faj.

flag-missing-antenatal-care =
    .title = { $step ->
        [booking] Takimi juaj i parë me maminë nuk është shënuar
        [dating_scan] Ekografia juaj e javës 12 nuk është shënuar
        [appt_16] Kontrolli juaj i javës 16 nuk është shënuar
        [anomaly_scan] Ekografia juaj e javës 20 nuk është shënuar
        [appt_25] Kontrolli juaj i javës 25 nuk është shënuar
        [appt_28] Kontrolli juaj i javës 28 nuk është shënuar
        [appt_31] Kontrolli juaj i javës 31 nuk është shënuar
        [appt_34] Kontrolli juaj i javës 34 nuk është shënuar
        [appt_36] Kontrolli juaj i javës 36 nuk është shënuar
        [appt_38] Kontrolli juaj i javës 38 nuk është shënuar
        [appt_40] Kontrolli juaj i javës 40 nuk është shënuar
        [appt_41] Kontrolli juaj i javës 41 nuk është shënuar
       *[other] Një kontroll i shtatzënisë nuk është shënuar
    }
    .explanation = Aplikacioni nuk ka shënim për { $step ->
        [booking] takimin tuaj të parë me maminë (booking)
        [dating_scan] ekografinë tuaj të parë (ekografinë e javës 12, që tregon sa javë jeni)
        [appt_16] kontrollin tuaj të javës 16
        [anomaly_scan] ekografinë tuaj të javës 20 (ekografinë morfologjike)
        [appt_25] kontrollin tuaj të javës 25
        [appt_28] kontrollin tuaj të javës 28
        [appt_31] kontrollin tuaj të javës 31
        [appt_34] kontrollin tuaj të javës 34
        [appt_36] kontrollin tuaj të javës 36
        [appt_38] kontrollin tuaj të javës 38
        [appt_40] kontrollin tuaj të javës 40
        [appt_41] kontrollin tuaj të javës 41
       *[other] këtë kontroll të shtatzënisë
    }. Zakonisht bëhet midis këtyre datave: { $window_start } dhe { $window_end }. { $status ->
        [ended] Kjo kohë ka kaluar, por ia vlen ende të pyesni për të.
       *[soon] Kjo kohë mbaron së shpejti.
    } Mund ta keni bërë para se të filloni të përdorni aplikacionin. Nëse po, mund ta shtoni. Nëse jo, mamia juaj ose mjeku i familjes mund ta caktojë. { $step ->
        [booking] Në këtë vizitë të parë, mamia planifikon kujdesin tuaj dhe ju ofron analiza.
        [dating_scan] Ekografitë kontrollojnë si po rritet foshnja juaj dhe mund të gjejnë probleme herët.
        [anomaly_scan] Ekografitë kontrollojnë si po rritet foshnja juaj dhe mund të gjejnë probleme herët.
       *[other] Këto kontrolle ndihmojnë që ju dhe foshnja juaj të jeni mirë.
    }
    .action-1 = Nëse e keni bërë, shtojeni në aplikacion bashkë me datën.
    .action-2 = { $step ->
        [booking] Nëse nuk keni ende mami, mund të lidheni vetë me shërbimin e maternitetit në zonën tuaj, ose të pyesni mjekun e familjes.
       *[other] Nëse nuk e keni bërë, telefononi maminë ose mjekun e familjes. Kërkojuni ta caktojnë.
    }
    .action-3 = Kur të keni një datë, shtojeni në aplikacion. Aplikacioni do ta krahasojë me kushtet tuaja.
    .action-4 = Nëse ju duhet përkthyes, kërkoni një. Është falas.
    .action-5 = Nëse jeni e shqetësuar për veten ose për foshnjën, telefononi maminë tuaj, repartin e maternitetit ose 111. Në rast urgjence, telefononi 999.


## Ka orë policore rreth lindjes: ajo ka nevojë për një plan për kujdes urgjent
## natën.

flag-curfew-emergency-plan =
    .title = Një plan për lindjen gjatë orës policore
    .explanation = Foshnja juaj pritet të lindë ditën { $due_date }. Ora juaj policore është nga { $curfew_from } deri në { $curfew_to }. Mund t'ju duhet kujdes urgjent natën, gjatë lindjes ose pas saj, për ju ose për foshnjën tuaj. Nëse ndodh kjo, merrni kujdes mjekësor së pari. Mos prisni kurrë për shkak të orës policore. Një plan që bëni tani do ta bëjë atë natë më të lehtë.
    .action-1 = Pyesni { $source ->
        [licence] punonjësin tuaj të provës
        [community_order] punonjësin tuaj të provës
        [suspended_sentence] punonjësin tuaj të provës
        [bail] avokatin tuaj
       *[other] personin ose shërbimin që ju vendosi orën policore
    } çfarë të bëni nëse ju duhet kujdes natën. Pyesni tani, para lindjes.
    .action-2 = Ruani në telefon numrat e urgjencës së maternitetit dhe të { $source ->
        [licence] punonjësit tuaj të provës
        [community_order] punonjësit tuaj të provës
        [suspended_sentence] punonjësit tuaj të provës
        [bail] avokatit tuaj
       *[other] personit që ju vendosi orën policore
    }. { $monitoring ->
        [rf_tag] Shtoni edhe qendrën e monitorimit të byzylykut. Numri i saj është në letrat e byzylykut. Vendosni një kopje të të gjithë numrave në çantën për spitalin.
        [gps_tag] Shtoni edhe qendrën e monitorimit të byzylykut. Numri i saj është në letrat e byzylykut. Vendosni një kopje të të gjithë numrave në çantën për spitalin.
        [alcohol_tag] Shtoni edhe qendrën e monitorimit të byzylykut. Numri i saj është në letrat e byzylykut. Vendosni një kopje të të gjithë numrave në çantën për spitalin.
       *[other] Vendosni një kopje të numrave në çantën për spitalin.
    }
    .action-3 = Në rast urgjence, merrni kujdes mjekësor së pari. Telefononi urgjencën e maternitetit, ose 999 nëse është e rëndë. Për një foshnjë të sëmurë, telefononi 111 ose shkoni në urgjencën e spitalit (A&E).
    .action-4 = { $monitoring ->
        [rf_tag] Sapo të jetë e sigurt, telefononi qendrën e monitorimit të byzylykut. Numri është në letrat e byzylykut.
        [gps_tag] Sapo të jetë e sigurt, telefononi qendrën e monitorimit të byzylykut. Numri është në letrat e byzylykut.
        [alcohol_tag] Sapo të jetë e sigurt, telefononi qendrën e monitorimit të byzylykut. Numri është në letrat e byzylykut.
       *[other] Kur të jetë e sigurt, shkruani orën kur dolët nga shtëpia.
    } Njoftoni { $source ->
        [licence] punonjësin tuaj të provës
        [community_order] punonjësin tuaj të provës
        [suspended_sentence] punonjësin tuaj të provës
        [bail] avokatin tuaj
       *[other] personin që ju vendosi orën policore
    } sa më shpejt që të mundeni. Bëjeni më së voni ditën e ardhshme të punës. { $approved_address ->
        [yes] Thoni nëse ju është dashur të kaloni natën larg shtëpisë.
       *[no] Thoni ku shkuat dhe pse.
    }
    .action-5 = Ruani provat: letrën e spitalit, orën kur telefonuat, emrin e mamisë, dhe kur dolët e kur u kthyet.
