## Fjalorth (sq, përkthyer nga en-GB): fjalë që takojnë përkthyesit dhe gratë, me shpjegime të thjeshta.
## Çdo fjalë ka: fjalën siç del në tekst, .forms (format e fjalës për t'u theksuar
## në tekstin e udhëzuesve, fillimisht vetë fjala) dhe .definition (një ose dy fjali të shkurtra, të thjeshta).
## Çdo fakt vjen nga shared/domain/facts.md. Mos premtoni kurrë fshehtësi.


## Lirimi me kusht

term-licence = lirim me kusht
    .forms = lirim me kusht, lirimi me kusht, lirimin me kusht, lirimit me kusht, lirimi juaj me kusht, lirimin tuaj me kusht
    .definition = Rregullat që duhet të ndiqni pasi dilni nga burgu, deri në fund të dënimit. Nëse i shkelni, mund të ktheheni në burg.

term-standard-conditions = kushtet standarde
    .forms = kushtet standarde
    .definition = Rregullat bazë në çdo lirim me kusht. Për shembull, të mbani lidhje me punonjësin e provës dhe të jetoni në adresën që ka pranuar ai.

term-additional-conditions = kushte shtesë
    .forms = kushte shtesë, rregulla shtesë
    .definition = Rregulla të tjera që i shtohen lirimit me kusht. Mund të thonë ku jetoni, kë nuk duhet të kontaktoni, orë policore, ose vende ku nuk duhet të shkoni.

term-licence-variation = ndryshim i lirimit me kusht
    .forms = ndryshim i lirimit me kusht
    .definition = Një ndryshim i rregullave të lirimit tuaj me kusht. Pyesni punonjësin e provës, që mund të bëjë kërkesën, por ndryshimi nuk është i sigurt.

term-probation-officer = punonjës i provës
    .forms = punonjës i provës, punonjësi i provës, punonjësi juaj i provës, punonjësin tuaj të provës, punonjësit tuaj të provës, praktikues i provës, probation officer, probation practitioner
    .definition = Personi nga shërbimi i provës që kontrollon që ju të zbatoni rregullat. Mund ta quajnë edhe praktikues i provës (probation practitioner).

term-supervision-appointment = takim me shërbimin e provës
    .forms = takim me shërbimin e provës
    .definition = Një takim me shërbimin e provës ku duhet të shkoni. Nëse nuk mund të shkoni, njoftoni herët punonjësin e provës dhe thoni pse.

term-approved-premises = Strehim i Miratuar (Approved Premises)
    .forms = Strehim i Miratuar (Approved Premises)
    .definition = Një vend ku disa njerëz duhet të jetojnë pas burgut, si rregull i lirimit me kusht. Fëmijët nuk mund të jetojnë atje.

term-home-detention-curfew = qëndrim në shtëpi me orë policore (Home Detention Curfew)
    .forms = qëndrim në shtëpi me orë policore (Home Detention Curfew), qëndrim në shtëpi me orë policore, Home Detention Curfew
    .definition = Dalja nga burgu deri në 180 ditë më herët, me byzylyk elektronik. Duhet të jeni në shtëpi të paktën 9 orë në ditë.


## Urdhrat komunitarë dhe dënimet e pezulluara

term-community-order = urdhër komunitar
    .forms = urdhër komunitar, urdhri komunitar
    .definition = Një dënim që e vuani në komunitet, jo në burg. Gjykata i shton rregulla që quhen detyrime, dhe mund të zgjasë deri në 3 vjet.

term-suspended-sentence-order = dënim i pezulluar
    .forms = dënim i pezulluar, dënimi i pezulluar, dënim të pezulluar, dënimin e pezulluar
    .definition = Një dënim me burg që nuk e vuani menjëherë. Nëse shkelni rregullat ose kryeni përsëri krim, gjykata mund t'ju dërgojë në burg.

term-requirement = detyrim
    .forms = detyrim, detyrimet, detyrime
    .definition = Një rregull që gjykata i shton një urdhri komunitar ose një dënimi të pezulluar, si puna pa pagesë ose ora policore.

term-unpaid-work = punë pa pagesë
    .forms = punë pa pagesë, punën pa pagesë
    .definition = Punë në komunitet pa pagesë, nga 40 deri në 300 orë. Gjykata duhet të mendojë për njerëzit që varen nga ju, si fëmijët tuaj.

term-rehabilitation-activity-requirement = detyrim për veprimtari rehabilitimi
    .forms = detyrim për veprimtari rehabilitimi
    .definition = Takime dhe veprimtari që ju cakton shërbimi i provës. Gjykata vendos sa ditë mund të përdoren më së shumti.

term-curfew-requirement = ora policore
    .forms = ora policore, orë policore, orën policore, orës policore, orëve të orës policore
    .definition = Një rregull që thotë se duhet të jeni në shtëpi në orë të caktuara. Me urdhër komunitar, është nga 2 deri në 20 orë në ditë.


## Lirimi me dorëzani

term-bail = lirim me dorëzani
    .forms = lirim me dorëzani, lirimi me dorëzani, lirimin me dorëzani, dorëzani, dorëzaninë, dorëzanisë
    .definition = Të qëndroni jashtë burgut ndërsa çështja juaj vazhdon. Mund t'ju duhet të ndiqni rregulla, që quhen kushtet e dorëzanisë.

term-bail-conditions = kushtet e dorëzanisë
    .forms = kushtet e dorëzanisë, kusht të dorëzanisë, kushte të zakonshme të dorëzanisë
    .definition = Rregullat që duhet të ndiqni kur jeni në lirim me dorëzani. Për shembull, të jetoni në një adresë, orë policore, ose paraqitje në komisariat.

term-surety = dorëzanës
    .forms = dorëzanës
    .definition = Një person që i premton gjykatës para, që të sigurohet se ju do të ktheheni në gjykatë. Mund t'i humbasë paratë nëse ju nuk ktheheni.

term-police-bail = dorëzani nga policia
    .forms = dorëzani nga policia
    .definition = Dorëzani që e vendos policia, para ose pasi të akuzoheni. E vendos oficeri i paraburgimit (custody officer), i cili mund edhe ta ndryshojë.

term-court-bail = dorëzani nga gjykata
    .forms = dorëzani nga gjykata
    .definition = Dorëzani që e vendos gjykata. Për ta ndryshuar, i kërkoni gjykatës, zakonisht përmes avokatit tuaj.


## Byzylykët elektronikë

term-electronic-monitoring = monitorim elektronik
    .forms = monitorim elektronik, byzylyk elektronik, byzylyku elektronik, byzylyk, byzylyku, byzylykun, byzylykut, byzylykët
    .definition = Përdorimi i një byzylyku që e mbani në trup, për të kontrolluar që zbatoni rregullat, si ora policore ose vendet ku nuk duhet të shkoni.

term-curfew-tag = byzylyk për orën policore
    .forms = byzylyk për orën policore, byzylyku për orën policore, byzylykët për orën policore
    .definition = Një byzylyk që punon me një kuti në shtëpinë tuaj. Kutia njofton qendrën e monitorimit nëse jeni jashtë gjatë orës policore.

term-gps-tag = byzylyk GPS
    .forms = byzylyk GPS, byzylyku GPS, byzylykët GPS
    .definition = Një byzylyk që regjistron gjithë kohën se ku jeni. Duhet ta karikoni të paktën 1 orë çdo ditë.

term-monitoring-centre = qendra e monitorimit
    .forms = qendra e monitorimit, qendrën e monitorimit, qendrës së monitorimit
    .definition = Ekipi që mbikëqyr byzylykët, i hapur ditë e natë. Telefonojini sapo të jetë e sigurt, nëse duhet të dilni gjatë orës policore.


## Shkelja dhe rikthimi në burg

term-breach = shkelje
    .forms = shkelje, shkelja, shkeljen, shkelni, shkelur
    .definition = Të shkelni një rregull të lirimit me kusht, të urdhrit ose të dorëzanisë. Për një urdhër, llogaritet vetëm nëse nuk keni pasur arsye të pranueshme.

term-recall = rikthim në burg
    .forms = rikthim në burg, rikthimi në burg, rikthimin në burg, rikthimi, rikthim, rikthejnë në burg, rikthim me afat të caktuar, rikthim i zakonshëm
    .definition = Kur ju dërgojnë përsëri në burg ndërsa jeni në lirim me kusht, për shembull sepse keni shkelur rregullat. Nuk ka seancë gjyqësore më parë.

term-reasonable-excuse = arsye e pranueshme
    .forms = arsye e pranueshme, arsye të pranueshme
    .definition = Një arsye e mirë pse nuk zbatuat një rregull. Së pari e vendos punonjësi i provës, pastaj gjykata, nëse çështja juaj shkon atje.

term-warning = paralajmërim
    .forms = paralajmërim, paralajmërimi, paralajmërim me shkrim
    .definition = Një paralajmërim me shkrim nga shërbimi i provës pasi shkelni një rregull të urdhrit. Pas tij, një shkelje tjetër brenda 12 muajve duhet të shkojë në gjykatë.


## Shërbimet sociale për fëmijët

term-childrens-social-care = shërbimet sociale për fëmijët
    .forms = shërbimet sociale për fëmijët, shërbimet sociale, shërbime sociale
    .definition = Ekipi i bashkisë që ndihmon fëmijët dhe familjet. Vepron edhe kur një fëmijë mund të jetë në rrezik dëmi.

term-social-worker = punonjës social
    .forms = punonjës social, punonjësin social, punonjësit social
    .definition = Një person nga shërbimet sociale për fëmijët që punon me familjen tuaj. Mund të ndajë informacion nëse një fëmijë mund të jetë në rrezik.

term-early-help = ndihmë e hershme
    .forms = ndihmë e hershme, ndihma e hershme
    .definition = Mbështetje shtesë për familjen tuaj nga bashkia ose nga shërbime të tjera. Ju zgjidhni nëse e pranoni.

term-child-in-need = fëmijë në nevojë
    .forms = fëmijë në nevojë, fëmija në nevojë, në nevojë
    .definition = Një fëmijë që ka nevojë për shërbime shtesë për të qenë i shëndetshëm dhe për t'u rritur mirë. Në Uells, kjo ndihmë quhet kujdes dhe mbështetje.

term-child-protection-plan = plan për mbrojtjen e fëmijës
    .forms = plan për mbrojtjen e fëmijës
    .definition = Një plan për ta mbajtur një fëmijë të sigurt, i bërë pas një mbledhjeje për mbrojtjen e fëmijës. Në Uells, fëmija shënohet në një regjistër për mbrojtjen e fëmijëve.

term-pre-birth-assessment = vlerësim para lindjes
    .forms = vlerësim para lindjes
    .definition = Kur shërbimet sociale për fëmijët kontrollojnë, para se të lindë foshnja juaj, nëse foshnja do të ketë nevojë për ndihmë ose mbrojtje.

term-child-protection-conference = mbledhje për mbrojtjen e fëmijës
    .forms = mbledhje për mbrojtjen e fëmijës, mbledhja për mbrojtjen e fëmijës, mbledhjet për mbrojtjen e fëmijës, mbledhje rishikimi
    .definition = Një mbledhje e profesionistëve dhe e prindërve kur një fëmijë mund të jetë në rrezik për dëm të rëndë. Ju ftojnë dhe mund të merrni me vete një mbështetës.

term-core-group = grup bazë
    .forms = grup bazë, grupet bazë
    .definition = Prindër dhe profesionistë që takohen shpesh pas një mbledhjeje për mbrojtjen e fëmijës. Takimi i parë bëhet brenda 10 ditëve pune.

term-section-20 = neni 20 (section 20)
    .forms = neni 20 (section 20), neni 20, nenit 20, strehim vullnetar, section 20
    .definition = Bashkia kujdeset për fëmijën tuaj sepse ju pranoni, dhe ju mund ta merrni fëmijën mbrapsht në çdo kohë. Merrni këshilla ligjore para se të firmosni.

term-section-76 = neni 76 (section 76)
    .forms = neni 76 (section 76), neni 76
    .definition = Në Uells, ky është ligji kur bashkia kujdeset për fëmijën tuaj sepse ju pranoni, si neni 20. Merrni më parë këshilla ligjore.

term-letter-before-proceedings = letër para procesit gjyqësor
    .forms = letër para procesit gjyqësor, letrën para procesit gjyqësor
    .definition = Një letër që thotë se bashkia mund të shkojë në gjykatë për fëmijën tuaj. Mund të merrni këshilla ligjore falas, ndaj takoni një avokat tani.

term-pre-proceedings-meeting = mbledhje para procesit gjyqësor
    .forms = mbledhje para procesit gjyqësor
    .definition = Një mbledhje me bashkinë pasi merrni letrën para procesit gjyqësor. Një avokat mund të vijë me ju.

term-care-proceedings = proces gjyqësor për kujdesin e fëmijës
    .forms = proces gjyqësor për kujdesin e fëmijës, procesi gjyqësor për kujdesin, procesin gjyqësor për kujdesin
    .definition = Një çështje në gjykatë për fëmijën tuaj, që e fillon bashkia. Duhet të mbarojë brenda 26 javëve, dhe ndihma juridike është falas për prindërit.

term-care-order = urdhër kujdesi
    .forms = urdhër kujdesi, urdhri i kujdesit
    .definition = Një urdhër gjykate që i jep bashkisë përgjegjësi prindërore për një fëmijë. Ju e mbani tuajën, por bashkia mund të kufizojë si e përdorni.

term-parental-responsibility = përgjegjësi prindërore
    .forms = përgjegjësi prindërore, përgjegjësia prindërore, përgjegjësinë prindërore
    .definition = Të drejtat dhe detyrat që ka një prind sipas ligjit, si zgjedhja e shkollës. E mbani edhe në burg, përveç rastit kur jua heq një gjykatë.

term-kinship-care = kujdes nga të afërmit
    .forms = kujdes nga të afërmit, kujdesin nga të afërmit
    .definition = Kur një i afërm ose një mik i familjes kujdeset për një fëmijë që nuk mund të jetojë me prindërit. Bashkitë duhet të tregojnë çfarë ndihme mund të marrin këta kujdestarë.


## Gjykata e familjes

term-family-court = gjykata e familjes
    .forms = gjykata e familjes, gjykatës së familjes
    .definition = Gjykata që vendos për çështjet e fëmijëve, si procesi gjyqësor për kujdesin. Gjykata ju jep përkthyes për seancat.

term-solicitor = avokat
    .forms = avokat, avokati, avokatin, avokatit
    .definition = Një jurist që ju jep këshilla ligjore dhe mund të flasë për ju. Ndihma juridike mund ta paguajë.

term-legal-aid = ndihmë juridike
    .forms = ndihmë juridike, ndihma juridike, Legal Help, Family Help (Lower)
    .definition = Para nga shteti që paguajnë këshillat ligjore dhe avokatin. Prindërit në procesin gjyqësor për kujdesin e marrin, pavarësisht nga të ardhurat.

term-childrens-guardian = kujdestar i fëmijës
    .forms = kujdestar i fëmijës
    .definition = Një person që gjykata e familjes zgjedh në procesin gjyqësor për kujdesin, për të thënë çfarë është më e mira për fëmijën tuaj. Punon për fëmijën, jo për bashkinë.


## Njësitë Nënë dhe Foshnjë

term-mother-and-baby-unit = Njësi Nënë dhe Foshnjë
    .forms = Njësi Nënë dhe Foshnjë, Njësia Nënë dhe Foshnjë, MBU
    .definition = Një njësi në një burg për gra ku mund ta mbani foshnjën me vete, zakonisht derisa foshnja të mbushë 18 muaj.

term-admissions-board = komision i pranimit
    .forms = komision i pranimit, komisioni i pranimit, komisioni, komisionit
    .definition = Grupi që vendos nëse merrni një vend në një Njësi Nënë dhe Foshnjë. Nëse thonë jo, mund të ankoheni.


## Shtatzënia, lindja dhe shëndeti i foshnjës

term-midwife = mami
    .forms = mami, mamia, maminë, mamisë, mamitë
    .definition = Një punonjëse shëndetësore që kujdeset për ju dhe foshnjën tuaj gjatë shtatzënisë, në lindje dhe në javët e para pas saj.

term-antenatal-appointment = kontroll gjatë shtatzënisë
    .forms = kontroll gjatë shtatzënisë, kontroll të shtatzënisë, kujdesi gjatë shtatzënisë
    .definition = Një kontroll kur jeni shtatzënë. Zakonisht janë 10 në shtatzëninë e parë dhe 7 në shtatzënitë e tjera.

term-booking-appointment = takimi i regjistrimit
    .forms = takimi i regjistrimit, regjistrimi
    .definition = Vizita juaj e parë e plotë e shtatzënisë me një mami. Duhet të bëhet deri në javën e 10-të të shtatzënisë.

term-maternity-triage = urgjenca e maternitetit
    .forms = urgjenca e maternitetit, urgjencën e maternitetit
    .definition = Shërbimi urgjent i spitalit për shtatzëninë, i hapur ditë e natë. Telefonojeni për gjakderdhje, dhimbje, ose nëse foshnja lëviz më pak.

term-health-visitor = infermiere patronazhi
    .forms = infermiere patronazhi, infermierja e patronazhit, infermieren e patronazhit, infermierja juaj e patronazhit
    .definition = Një punonjëse shëndetësore që kontrollon ju dhe fëmijën tuaj, nga fundi i shtatzënisë derisa fëmija të jetë rreth 2 vjeç e gjysmë.

term-new-birth-visit = vizita e parë pas lindjes
    .forms = vizita e parë pas lindjes
    .definition = Vizita e parë e infermieres së patronazhit pas lindjes, kur foshnja është 10 deri 14 ditëshe.

term-6-8-week-check = kontrolli në 6–8 javë
    .forms = kontrolli në 6–8 javë, kontrollet në 6 deri 8 javë
    .definition = Kontrollet kur foshnja është 6 deri 8 javëshe. Mjeku i familjes kontrollon ju dhe foshnjën, dhe ju takon edhe infermierja e patronazhit.

term-immunisations = vaksinat
    .forms = vaksinat, vaksina
    .definition = Vaksina që mbrojnë nga sëmundje të rënda. Disa ofrohen gjatë shtatzënisë, dhe vaksinat e para të foshnjës fillojnë kur ajo është 8 javëshe.

term-interpreter = përkthyes
    .forms = përkthyes, përkthyesit, përkthyes profesional, përkthejë, përkthejnë, përkthimi
    .definition = Një person i trajnuar që e kthen në gjuhën tuaj atë që thuhet. Përkthimi në NHS është falas, dhe familja, miqtë ose fëmijët nuk duhet të përkthejnë.
