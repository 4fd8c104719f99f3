## Goldthread: clash flags (en-GB, the source language).
## One message per flag kind. Each has no value, only attributes:
## .title, .explanation, .action-1 to .action-N and, on five kinds, .draft.
## Write for a reading age of about 9: short sentences, common words, "you".
## Never decide for her, never promise permission, never promise confidentiality.
## Keep each text attribute on one line of text. Line breaks inside selectors
## are not part of the text that she sees.


## Two appointments overlap in time.

flag-appointment-overlap =
    .title = { $both_mandatory ->
        [yes] Two required appointments at the same time
       *[no] Two appointments at the same time
    }
    .explanation = On { $date }, two appointments clash. { $title_a } is from { $time_a } to { $end_a }. { $title_b } is from { $time_b } to { $end_b }. You cannot be at both. { $both_mandatory ->
        [yes] Both of them are requirements. Missing one could cause problems for you, so ask for a change now.
       *[no] { $mandatory_kind ->
            [none] You can ask to move one of them, so you do not miss either.
            [court] { $mandatory_title } is a requirement. Missing a court hearing can cause serious problems, so ask for a change now.
            [family_court] { $mandatory_title } is a requirement. If you miss it, the court may make decisions without you, so ask for a change now.
           *[other] { $mandatory_title } is a requirement. Missing it could cause problems for you, so ask for a change now.
        }
    }
    .action-1 = { $mandatory_kind ->
        [none] Choose which one you would rather move. Contact that service as soon as you can.
        [probation] Contact your probation officer as soon as you can. Ask if { $mandatory_title } can move.
        [unpaid_work] Contact your probation officer or your unpaid work supervisor soon. Ask if you can do this session on another day.
        [programme] Contact your probation officer or the programme staff soon. Ask if you can go to another session.
        [drug_test] Contact your probation officer or the testing service soon. Ask if you can have the test at another time.
        [police_reporting] Contact your solicitor soon. Ask if you can report at another time that day.
        [court] Contact your solicitor as soon as you can. Ask them to tell the court about the clash.
        [family_court] Contact your solicitor as soon as you can. Ask them to tell the court about the clash.
       *[other] Contact the people who run { $mandatory_title } soon. Ask if it can move.
    }
    .action-2 = { $mandatory_kind ->
        [none] Ask for a new time that does not clash with the other appointment.
       *[other] If it cannot move, ask if { $other_title } can move instead.
    }
    .action-3 = Have both appointment letters ready. They show that the clash is real.
    .action-4 = Write down who you spoke to, when, and what they said.
    .draft = Hello. On { $date } I have two appointments that clash. { $title_a } is from { $time_a } to { $end_a }. { $title_b } is from { $time_b } to { $end_b }. { $mandatory_kind ->
        [court] Please can you ask the court if { $mandatory_title } can be moved to another time?
        [family_court] Please can you ask the court if { $mandatory_title } can be moved to another time?
        [police_reporting] Please can you ask if I can report at a different time that day?
       *[other] Please can { $mandatory_title } be moved to another time?
    } If that is not possible, I will try to move { $other_title }. I can send you both appointment letters. Thank you.


## Not enough time to travel from one appointment to the next.

flag-travel-too-tight =
    .title = Not much time to get between appointments
    .explanation = On { $date }, { $title_a } ends at { $end_a } at { $place_a }. { $title_b } starts at { $time_b } at { $place_b }. That gives you { $gap ->
        [one] 1 minute
       *[other] { $gap } minutes
    } to get there. The journey may take about { $needed } minutes. If you are late, you could miss some or all of { $title_b }.
    .action-1 = Ask if { $title_b } can start a bit later, or move to another day.
    .action-2 = Or ask if you can leave { $title_a } a little early.
    .action-3 = Plan your journey before the day. Check how long the bus or train takes.
    .action-4 = If you might be late, call ahead and tell them. Write down when you called.


## An appointment, with the journey, falls in curfew hours.

flag-curfew-overlap =
    .title = { $medical ->
        [yes] Your health appointment is during your curfew
       *[no] This appointment is during your curfew
    }
    .explanation = { $title } is on { $date }, from { $time } to { $end }{ $has_place ->
        [yes] , at { $place }.
       *[no] . It has no place set, so the app counts it as away from home.
    } With travel, you would be out from { $leave } to { $back }. Your curfew is from { $curfew_from } to { $curfew_to }, so these times clash. { $monitoring ->
        [rf_tag] The home unit for your tag will show that you are out.
        [gps_tag] Your tag records where you are all the time.
        [doorstep] Someone may come to your door to check that you are in.
       *[other] Your curfew still counts, even without a curfew tag.
    } Being out then without permission could be seen as breaking { $source ->
        [licence] the rules of your licence.
        [community_order] the rules of your order.
        [suspended_sentence] the rules of your suspended sentence.
        [bail] your bail conditions.
       *[other] the rules you were given.
    } { $medical ->
        [yes] Your health care matters. Ask for a change early, so you do not have to choose.
       *[no] You can ask for permission or a change before the day.
    }
    .action-1 = { $source ->
        [licence] Ask your probation officer for permission before the day. Ask as early as you can.
        [community_order] Ask your probation officer how to change your curfew for that day. A change may need the court, so ask early.
        [suspended_sentence] Ask your probation officer how to change your curfew for that day. A change may need the court, so ask early.
        [bail] Ask your solicitor to ask the court to change your curfew for that day. Ask as early as you can.
       *[other] Ask the person or service that set your curfew for permission before the day. Ask as early as you can.
    }
    .action-2 = Send or show them the appointment letter. It shows the date and time.
    .action-3 = You could also ask for an appointment time outside your curfew hours.
    .action-4 = Permission is not certain. Wait for a clear answer, and ask for it by text or email.
    .action-5 = { $monitoring ->
        [rf_tag] If you are held up on the day, call the tag monitoring centre straight away. The number is on your tag paperwork.
        [gps_tag] If you are held up on the day, call the tag monitoring centre straight away. The number is on your tag paperwork.
        [alcohol_tag] If you are held up on the day, call the tag monitoring centre straight away. The number is on your tag paperwork.
       *[other] If you are held up on the day, tell { $source ->
            [licence] your probation officer
            [community_order] your probation officer
            [suspended_sentence] your probation officer
            [bail] your solicitor
           *[other] the person who set your curfew
        } as soon as you can.
    } In a health emergency, always get care first.
    .draft = Hello. I have an appointment on { $date }, from { $time } to { $end }{ $has_place ->
        [yes] , at { $place }.
       *[no] .
    } It is for: { $title }. { $medical ->
        [yes] It is a health appointment and I do not want to miss it.
       *[no] It is important to me.
    } My curfew is from { $curfew_from } to { $curfew_to }. With travel, I will be out from { $leave } to about { $back }. { $source ->
        [bail] Please can you ask the court to let me be out for this appointment, or to change my curfew that day?
        [community_order] Please can you help me get my curfew changed for that day?
        [suspended_sentence] Please can you help me get my curfew changed for that day?
       *[other] Please can I have permission to be out for this appointment?
    } I can send you the appointment letter. Thank you.


## An appointment's place is inside an exclusion zone while the zone applies.

flag-exclusion-zone =
    .title = This appointment is in your exclusion zone
    .explanation = { $title } is on { $date }, from { $time } to { $end }, at { $place }. This place is inside your exclusion zone{ $has_zone_name ->
        [yes] , { $zone }.
       *[no] .
    } That is an area your conditions say you must not go into at this time. Going there without permission could be seen as breaking { $source ->
        [licence] the rules of your licence.
        [community_order] the rules of your order.
        [suspended_sentence] the rules of your suspended sentence.
        [bail] your bail conditions.
       *[other] the rules you were given.
    } You can ask for permission before the day.
    .action-1 = { $source ->
        [licence] Ask your probation officer for permission to go, before the day.
        [community_order] Ask your probation officer if you can go. A change may need the court, so ask early.
        [suspended_sentence] Ask your probation officer if you can go. A change may need the court, so ask early.
        [bail] Ask your solicitor to ask the court if you can go. Ask as early as you can.
       *[other] Ask the person or service that set the zone if you can go, before the day.
    }
    .action-2 = Send or show them the appointment letter. Say how you will get there and back.
    .action-3 = You could also ask the service for a place outside the zone, or a phone or video appointment.
    .action-4 = Check the map of the zone on your paperwork. The app may not know the exact edge. If you are not sure, ask.
    .action-5 = If you get permission, ask for it in writing, such as a text or email.
    .draft = Hello. I have an appointment on { $date }, from { $time } to { $end }, at { $place }. It is for: { $title }. This place is inside my exclusion zone{ $has_zone_name ->
        [yes] , { $zone }.
       *[no] .
    } { $source ->
        [bail] Please can you ask the court to let me go there for this appointment only?
        [community_order] Please can you help me get permission to go there for this appointment only?
        [suspended_sentence] Please can you help me get permission to go there for this appointment only?
       *[other] Please can I have permission to go there for this appointment only?
    } I can send you the appointment letter. Thank you.


## A "no contact with anyone under 18" rule and a place or appointment where
## children may be. The text must encourage her to keep going to her care.

flag-no-contact-venue =
    .title = There may be children at this appointment
    .explanation = { $title } is on { $date } at { $time }{ $has_place ->
        [yes] , at { $place }.
       *[no] .
    } One of your conditions says you must not have contact with anyone under 18. { $kind ->
        [child_contact] This is a contact session with a child. Ask what the rule allows before the session, so you know where you are.
        [health_visitor] A health visitor checks on you and your baby. This care matters, so keep going if you can. Ask what the rule allows.
        [postnatal] This is care for you and your baby after the birth. It matters, so keep going if you can. Ask what the rule allows.
       *[other] There are often babies or children at places like this. Your care, and your baby's care, matter. Keep going if you can, and ask what the rule allows here.
    }
    .action-1 = { $kind ->
        [child_contact] Before the session, ask { $source ->
            [licence] your probation officer
            [community_order] your probation officer
            [suspended_sentence] your probation officer
            [bail] your solicitor
           *[other] the person or service that set the rule
        } if this contact is allowed.
       *[other] Keep going to your own care, and your baby's care, if you can.
    }
    .action-2 = Ask { $source ->
        [licence] your probation officer
        [community_order] your probation officer
        [suspended_sentence] your probation officer
        [bail] your solicitor
       *[other] the person or service that set the rule
    } to make clear what the rule means for this appointment. Ask for the answer in writing.
    .action-3 = If the rule is not clear, ask for it to be changed so that it allows this. Ask well before the day.
    .action-4 = Bring the appointment letter when you ask.
    .action-5 = You could ask your midwife or health visitor for a letter about your care.


## A "no contact with anyone under 18" rule will cover her own baby.

flag-no-contact-own-child =
    .title = Your no-contact rule may cover your baby
    .explanation = One of your conditions says you must not have contact with anyone under 18. Your baby is due on { $due_date }. From { $from_date }, your baby could come at any time. As it is written, the rule could cover your own baby. It is best to get advice and ask for a change now, before the birth. { $source ->
        [licence] Your probation officer can ask for your licence to be changed.
        [community_order] The court can change it. You or your probation officer can ask.
        [suspended_sentence] The court can change it. You or your probation officer can ask.
        [bail] The court can change it. Your solicitor can ask for you.
       *[other] The person or service that set it can change it.
    }
    .action-1 = Talk to your solicitor now. Ask for legal advice about changing this rule before the birth.
    .action-2 = { $source ->
        [licence] Ask your probation officer to ask for the rule to be changed. Ask how long it may take.
        [community_order] Ask your probation officer, or ask the court through your solicitor, to change the rule.
        [suspended_sentence] Ask your probation officer, or ask the court through your solicitor, to change the rule.
        [bail] Ask your solicitor to ask the court to change the rule.
       *[other] Ask the person or service that set the rule to change it.
    }
    .action-3 = Bring a letter from your midwife that shows your due date.
    .action-4 = If you do not have a solicitor, ask a support worker or a women's centre to help you find one.
    .action-5 = Keep any answer you get. Take a copy to hospital with your pregnancy notes.


## A stay away from the approved address overnight, such as a planned
## induction or caesarean.

flag-overnight-away =
    .title = You will be away from home overnight
    .explanation = { $title } starts on { $date } at { $time } and ends on { $end_date } at { $end }{ $has_place ->
        [yes] , at { $place }.
       *[no] .
    } This means a night or more away from your approved address. That is the home you have been approved to live at. Your conditions say you must ask first before you stay anywhere else overnight. This includes a planned stay in hospital, such as an induction or a caesarean. Staying away without permission could be seen as breaking { $source ->
        [licence] the rules of your licence.
        [community_order] the rules of your order.
        [suspended_sentence] the rules of your suspended sentence.
        [bail] your bail conditions.
       *[other] the rules you were given.
    }
    .action-1 = { $source ->
        [licence] Ask your probation officer for permission now, before the day.
        [community_order] Ask your probation officer now, before the day. They can tell you if the court needs to agree.
        [suspended_sentence] Ask your probation officer now, before the day. They can tell you if the court needs to agree.
        [bail] Ask your solicitor now, before the day. The court may need to agree.
       *[other] Ask the person or service that set the rule for permission now, before the day.
    }
    .action-2 = Send or show them the appointment letter. Give the dates and the address where you will stay.
    .action-3 = Hospital stays can be longer than planned. If yours changes, tell them as soon as you can.
    .action-4 = If you have a tag, call the tag monitoring centre before you go. The number is on your tag paperwork.
    .action-5 = Keep your discharge letter. It shows when you went in and when you left.
    .draft = Hello. I have an appointment from { $date } at { $time } until { $end_date } at { $end }{ $has_place ->
        [yes] , at { $place }.
       *[no] .
    } It is for: { $title }. This means I will be away from my approved address overnight. { $source ->
        [bail] Please can you ask the court to allow this?
        [community_order] Please can you tell me how to get permission for this?
        [suspended_sentence] Please can you tell me how to get permission for this?
       *[other] Please can I have permission to stay away for this?
    } I will tell you straight away if the dates change. I can send you the appointment letter. Thank you.


## An appointment in a country or area she may not travel to.

flag-travel-ban =
    .title = You need permission for this trip
    .explanation = { $title } is on { $date } at { $time }, at { $place }, in { $country ->
        [GB] the UK
        [GB-ENG] England
        [GB-WLS] Wales
        [GB-SCT] Scotland
        [GB-NIR] Northern Ireland
        [IE] Ireland
        [IM] the Isle of Man
        [JE] Jersey
        [GG] Guernsey
        [FR] France
        [ES] Spain
        [PT] Portugal
        [PL] Poland
        [RO] Romania
        [AL] Albania
        [LT] Lithuania
        [DE] Germany
        [NL] the Netherlands
        [BE] Belgium
        [IT] Italy
        [IN] India
        [PK] Pakistan
        [BD] Bangladesh
        [JM] Jamaica
       *[other] another country ({ $country })
    }. Your conditions say you need permission first to go there. Going without it could be seen as breaking { $source ->
        [licence] the rules of your licence.
        [community_order] the rules of your order.
        [suspended_sentence] the rules of your suspended sentence.
        [bail] your bail conditions.
       *[other] the rules you were given.
    }
    .action-1 = { $source ->
        [licence] Ask your probation officer for permission, well before you go.
        [community_order] Ask your probation officer for permission, well before you go. A change may need the court.
        [suspended_sentence] Ask your probation officer for permission, well before you go. A change may need the court.
        [bail] Ask your solicitor to ask the court for permission, well before you go.
       *[other] Ask the person or service that set the rule for permission, well before you go.
    }
    .action-2 = Give the dates, where you will stay, and why you need to go. Send or show them the appointment letter.
    .action-3 = You could ask the service if you can have this appointment by phone or video, or nearer home.
    .action-4 = If you can, wait for an answer before you pay for travel.
    .action-5 = If you get permission, get it in writing and take it with you.
    .draft = Hello. I have an appointment on { $date } at { $time }, at { $place }, in { $country ->
        [GB] the UK
        [GB-ENG] England
        [GB-WLS] Wales
        [GB-SCT] Scotland
        [GB-NIR] Northern Ireland
        [IE] Ireland
        [IM] the Isle of Man
        [JE] Jersey
        [GG] Guernsey
        [FR] France
        [ES] Spain
        [PT] Portugal
        [PL] Poland
        [RO] Romania
        [AL] Albania
        [LT] Lithuania
        [DE] Germany
        [NL] the Netherlands
        [BE] Belgium
        [IT] Italy
        [IN] India
        [PK] Pakistan
        [BD] Bangladesh
        [JM] Jamaica
       *[other] another country ({ $country })
    }. It is for: { $title }. I need permission to travel there. { $source ->
        [bail] Please can you ask the court to allow this trip?
        [community_order] Please can you help me get permission for this trip?
        [suspended_sentence] Please can you help me get permission for this trip?
       *[other] Please can I have permission for this trip?
    } I can give you the dates and where I will stay. I can send you the appointment letter. Thank you.


## A criminal or family court hearing from 4 weeks before to 6 weeks after
## the due date.

flag-court-near-due-date =
    .title = Your hearing is near your due date
    .explanation = { $title } is on { $date } at { $time }, at { $place }. Your baby is due on { $due_date }. Near your due date, you may be in labour, in hospital, or caring for a new baby. The court can be asked to change the date, or how the hearing is run. The court decides, so ask early. { $kind ->
        [family_court] Family court decisions can affect your children, so it matters that you can take part.
       *[court] Missing a court hearing can cause serious problems, so talk to your solicitor soon.
    }
    .action-1 = Tell your solicitor now that your baby is due on { $due_date }.
    .action-2 = Ask them to tell the court. They can ask to change the date, or how you take part.
    .action-3 = For example, they can ask if you can join by video. Or they can ask for breaks to rest or feed your baby.
    .action-4 = Get a letter from your midwife with your due date, or your MATB1 form. Give a copy to your solicitor.
    .action-5 = If you have no solicitor, call the court office soon. Ask how to get legal advice.


## Another required appointment (probation, unpaid work, programme, testing,
## police reporting) from 37 weeks to 6 weeks after the due date.

flag-requirement-near-due-date =
    .title = A required appointment near your due date
    .explanation = { $title } is on { $date } at { $time }. Your baby is due on { $due_date }. Around the birth, it may be hard to go, or not safe for you and your baby. You can ask now how { $kind ->
        [probation] your probation appointments
        [unpaid_work] your unpaid work
        [programme] your programme sessions
        [drug_test] your drug or alcohol tests
        [police_reporting] your reporting to the police
       *[other] your required appointments
    } will work around the birth. { $kind ->
        [police_reporting] Your solicitor can ask for your reporting to change.
       *[other] { $source ->
            [community_order] Your probation officer can help. Some changes need the court.
            [suspended_sentence] Your probation officer can help. Some changes need the court.
            [bail] Your solicitor can ask the court for a change.
           *[other] Your probation officer can tell you what can change.
        }
    }
    .action-1 = { $kind ->
        [police_reporting] Talk to your solicitor now, before the birth.
       *[other] { $source ->
            [bail] Talk to your solicitor now, before the birth.
           *[other] Talk to your probation officer now, before the birth.
        }
    }
    .action-2 = Ask what can change around the birth, such as times, places, phone calls, or a short break.
    .action-3 = Bring a letter from your midwife with your due date.
    .action-4 = If you go into labour, or you or your baby are unwell, get care first. Then tell them as soon as you can.
    .action-5 = Keep any hospital letters. Ask for any change in writing.


## An antenatal step has no appointment recorded in the app.
## Say "not recorded", never "missed". Calm, no blame.

flag-missing-antenatal-care =
    .title = { $step ->
        [booking] Your booking appointment is not recorded
        [dating_scan] Your 12-week scan is not recorded
        [appt_16] Your 16-week check is not recorded
        [anomaly_scan] Your 20-week scan is not recorded
        [appt_25] Your 25-week check is not recorded
        [appt_28] Your 28-week check is not recorded
        [appt_31] Your 31-week check is not recorded
        [appt_34] Your 34-week check is not recorded
        [appt_36] Your 36-week check is not recorded
        [appt_38] Your 38-week check is not recorded
        [appt_40] Your 40-week check is not recorded
        [appt_41] Your 41-week check is not recorded
       *[other] A pregnancy check is not recorded
    }
    .explanation = The app has no record of { $step ->
        [booking] your booking appointment with a midwife
        [dating_scan] your dating scan (the 12-week scan)
        [appt_16] your 16-week check
        [anomaly_scan] your 20-week scan (the anomaly scan)
        [appt_25] your 25-week check
        [appt_28] your 28-week check
        [appt_31] your 31-week check
        [appt_34] your 34-week check
        [appt_36] your 36-week check
        [appt_38] your 38-week check
        [appt_40] your 40-week check
        [appt_41] your 41-week check
       *[other] this pregnancy check
    }. It usually happens between { $window_start } and { $window_end }. { $status ->
        [ended] That time has passed, but it is still worth asking about it.
       *[soon] That time ends soon.
    } You may have had it before you started using the app. If so, you can add it. If not, your midwife or GP can book it. { $step ->
        [booking] At this first visit, the midwife plans your care and offers you tests.
        [dating_scan] Scans check how your baby is growing and can find problems early.
        [anomaly_scan] Scans check how your baby is growing and can find problems early.
       *[other] These checks help to keep you and your baby well.
    }
    .action-1 = If you have had it, add it to the app with its date.
    .action-2 = { $step ->
        [booking] If you do not have a midwife yet, you can contact your local maternity service yourself, or ask your GP.
       *[other] If you have not had it, call your midwife or GP. Ask them to book it.
    }
    .action-3 = When you have a date, add it to the app. The app will check it against your conditions.
    .action-4 = If you need an interpreter, ask for one. It is free.
    .action-5 = If you are worried about yourself or your baby, call your midwife, your maternity unit or 111. In an emergency, call 999.


## A curfew applies around the birth: she needs a plan for urgent care at
## night.

flag-curfew-emergency-plan =
    .title = Plan for labour during curfew hours
    .explanation = Your baby is due on { $due_date }. Your curfew is from { $curfew_from } to { $curfew_to }. You may need urgent care at night, in labour or after the birth, for you or your baby. If that happens, get care first. Never wait because of your curfew. A plan made now will make that night easier.
    .action-1 = Ask { $source ->
        [licence] your probation officer
        [community_order] your probation officer
        [suspended_sentence] your probation officer
        [bail] your solicitor
       *[other] the person or service that set your curfew
    } what to do if you need care at night. Ask now, before the birth.
    .action-2 = Save the numbers for maternity triage and { $source ->
        [licence] your probation officer
        [community_order] your probation officer
        [suspended_sentence] your probation officer
        [bail] your solicitor
       *[other] the person who set your curfew
    } in your phone. { $monitoring ->
        [rf_tag] Add the tag monitoring centre too. Its number is on your tag paperwork. Put a copy of all the numbers in your hospital bag.
        [gps_tag] Add the tag monitoring centre too. Its number is on your tag paperwork. Put a copy of all the numbers in your hospital bag.
        [alcohol_tag] Add the tag monitoring centre too. Its number is on your tag paperwork. Put a copy of all the numbers in your hospital bag.
       *[other] Put a copy of the numbers in your hospital bag.
    }
    .action-3 = In an emergency, get care first. Call maternity triage, or 999 if it is serious. For a sick baby, call 111 or go to A&E.
    .action-4 = { $monitoring ->
        [rf_tag] As soon as it is safe, call the tag monitoring centre. The number is on your tag paperwork.
        [gps_tag] As soon as it is safe, call the tag monitoring centre. The number is on your tag paperwork.
        [alcohol_tag] As soon as it is safe, call the tag monitoring centre. The number is on your tag paperwork.
       *[other] When it is safe, write down the time you left home.
    } Tell { $source ->
        [licence] your probation officer
        [community_order] your probation officer
        [suspended_sentence] your probation officer
        [bail] your solicitor
       *[other] the person who set your curfew
    } as soon as you can. Do it by the next working day at the latest. { $approved_address ->
        [yes] Say if you had to stay away from home overnight.
       *[no] Say where you went and why.
    }
    .action-5 = Keep evidence: your hospital letter, the time you called, the midwife's name, and when you left and came back.
