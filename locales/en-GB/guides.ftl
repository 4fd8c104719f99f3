## Guides (en-GB, the source language).
## These are short guides that the flags in "Things to check" link to. The full guide set comes later.
## Each guide has: -title, -summary, -p1 to -pN (one paragraph each, one line each), -ask and -sources.
## Write for a reading age of about 9: short sentences, common words, "you".
## Never decide for her, never promise permission, never promise confidentiality.
## Every fact comes from shared/domain/facts.md. The -sources line names where it came from.


## Licence conditions

guide-licence-title = Your licence rules
guide-licence-summary = This guide explains the rules on your licence and how to ask for a change.
guide-licence-p1 = A licence is a set of rules you follow after you leave prison. It lasts until the end of your sentence. Your probation officer checks that you follow it. They may also be called your probation practitioner.
guide-licence-p2 = Every licence has the same basic rules. You must behave well and not break the law. You must keep in touch with your probation officer, as they tell you. You must let them visit you when they ask. You must only work if your officer agrees. This includes voluntary work. Ask first before you go outside the UK. You do not need to ask for the Channel Islands or the Isle of Man.
guide-licence-p3 = You must live at your approved address. That is the home your officer has agreed to. Ask your officer first before you stay anywhere else for a night or more. This includes a planned hospital stay, such as a caesarean. It also includes an induction, when the hospital starts your labour for you. It includes staying with family after the birth, too.
guide-licence-p4 = Your licence may also have extra rules. They can say where you must live, or where you must not live. They can say who you must contact, or who you must not contact. They can set a curfew, which means you must be at home at set times. They can name places you must not go. They can also ask you to do a course or take drug tests.
guide-licence-p5 = If your licence has a tag, you must keep it charged. You must also let staff fit it. Some people leave prison early with a tag and a curfew. This is called Home Detention Curfew. The curfew is at least 9 hours a day.
guide-licence-p6 = You can ask for a rule to be changed or added. Ask your probation officer. They can apply to change your licence. Tell them why you need the change. Show them letters from your midwife or hospital. Ask early, because a change is not certain. Wait for a clear answer before you act on it.
guide-licence-p7 = If you break your licence rules, you can be recalled. Recall means being sent back to prison. There is no court hearing before a recall. The guide on breach and recall explains more.
guide-licence-p8 = If your prison sentence was under 2 years, you may have more supervision after your licence. This is called post-sentence supervision. It lasts until 12 months after your release. The Sentencing Act 2026 ends it, but the date of this change is not yet confirmed. Ask your probation officer if it still applies to you.
guide-licence-ask = Your probation officer, or your solicitor
guide-licence-sources = Criminal Justice (Sentencing) (Licence Conditions) Order 2015, SI 2015/337; SI 2017/985; CJA 2003 s253 and s256AA; SI 2023/390; Sentencing Act 2026 s34


## Community orders and suspended sentence orders

guide-community-orders-title = Community orders and suspended sentences
guide-community-orders-summary = This guide explains the rules of your order, and how to ask the court to change them.
guide-community-orders-p1 = A community order is a sentence you serve in the community, not in prison. The court sets it. It adds rules called requirements. An order can last up to 3 years.
guide-community-orders-p2 = A suspended sentence is a prison sentence that you do not serve straight away. The court can add requirements to it too. It lasts for a set time of 6 months to 2 years. If you break a requirement in that time, the court can send you to prison. The same applies if you commit a new offence. From 22 March 2026, a court can suspend a prison sentence of up to 3 years. From that date, the court should usually suspend a sentence of 12 months or less.
guide-community-orders-p3 = Requirements can include unpaid work, from 40 to 300 hours. The court must think about people who depend on you, such as your children. Other requirements can be a course, or appointments and activities set by probation. They can also be a place you must not go, or an address you must live at. Treatment for mental health, drugs or alcohol needs your agreement.
guide-community-orders-p4 = A curfew means you must be at home at set times. On an order, it can be 2 to 20 hours a day. It can be 16 hours at most if you were convicted before 28 June 2022. It cannot be more than 112 hours in any 7 days. Before it sets a curfew, the court must check your address. This includes asking what the people who live there think. You will usually wear a tag.
guide-community-orders-p5 = You can ask the court to change or remove a requirement. Your probation officer can ask the court too. The application goes to the magistrates' court for your home area, or to the Crown Court. For example, you could ask to change your curfew hours around the birth. The court can also move the end date of the order later. If you move to a new area, the order must be changed to match.
guide-community-orders-p6 = A breach means breaking a requirement without a reasonable excuse. A reasonable excuse is a good reason. Your probation officer decides this first. If they think you had no good reason, they can give you one written warning. Or they can send your case to court. After a warning, another breach within 12 months must go to court.
guide-community-orders-p7 = The court looks at how much of the order you have done. It also looks at anything that made it hard for you. It can add curfew days or unpaid work hours, or give you a fine. It can also end the order and sentence you again. If you keep breaking the rules on purpose, this can mean prison.
guide-community-orders-p8 = If a requirement clashes with your pregnancy care, ask for help early. Talk to your probation officer before the day. Show them your appointment letters. A solicitor can help you ask the court for a change.
guide-community-orders-ask = Your probation officer, or your solicitor
guide-community-orders-sources = Sentencing Code Sch 9; Sentencing Code Sch 10; Sentencing Council Imposition guideline 2025; Sentencing Council breach guideline; PCSC Act 2022 s150; Sentencing Act 2026 ss1–2


## Bail conditions

guide-bail-title = Your bail conditions
guide-bail-summary = This guide explains what bail conditions can include and how to ask for a change.
guide-bail-p1 = Bail means you stay out of prison while your case goes on. You may have to follow rules, called bail conditions. The police can set them, before or after you are charged. A court can set them too.
guide-bail-p2 = A court can only set conditions it thinks are needed. They are there to make sure you come back to court. They also aim to stop you offending or contacting witnesses. They can also protect you. They can make sure you are there for reports, or that you see a lawyer.
guide-bail-p3 = Common bail conditions are living at an address, a curfew, or reporting to a police station. A curfew means you must be at home at set times. You may wear a tag, or the police may come to your door to check. Other conditions can stop you contacting certain people. They can also stop you going to certain places.
guide-bail-p4 = Read each condition carefully. Some could affect your care without anyone meaning them to. For example, a rule against contact with anyone under 18 could cover a maternity unit. It could cover a children's centre, or your own baby. If a rule might clash with your care, tell your solicitor straight away.
guide-bail-p5 = If a court set your bail, you can ask the court to change it. This is usually done through your solicitor. Sometimes the prosecution agrees to the change. The prosecution is the side that brings the case against you. Give your reasons, such as a hospital stay or your due date. Bring letters that show them.
guide-bail-p6 = If the police set your bail, you can ask the custody officer to change it. The custody officer is the police officer in charge of bail at the station. You can also apply to the magistrates' court in writing. Say why you need the change, and give any new address. Do this early, because the court needs notice.
guide-bail-p7 = If you break a bail condition, the police can arrest you. The court then decides if you can have bail again. Not going to court when you should, without a good reason, is a crime.
guide-bail-p8 = In an emergency, such as labour, get care first. Then tell your solicitor as soon as you can. If you have a tag, call the tag monitoring centre when it is safe. Keep proof, such as hospital letters and the times you left and came back.
guide-bail-ask = Your solicitor. If you do not have one, a support worker can help you find one.
guide-bail-sources = Bail Act 1976 s3, s3A, s6 and s7; Magistrates' Courts Act 1980 s43B; SI 2010/60 r19.1


## Tags, charging and emergencies in curfew

guide-tags-title = Your tag and your curfew
guide-tags-summary = This guide explains your tag, and what to do in an emergency during your curfew.
guide-tags-p1 = A tag is a small device you wear. It helps check that you follow your rules. A curfew tag works with a box in your home. The box checks that you are in during your curfew hours. If you are out, it tells a monitoring centre. The monitoring centre is the team that watches the tags.
guide-tags-p2 = A GPS tag records where you are all the time. It checks your curfew, your appointments, and places you must not go. You must charge it for at least 1 hour every day. If the battery goes flat, it could count as breaking your rules.
guide-tags-p3 = An alcohol tag checks for alcohol through your skin. It sends its data from your home, so you need to be at home twice a day. On a community order, it can be used for up to 120 days.
guide-tags-p4 = If your licence says you have a tag, you must keep it charged. You must also let staff fit it. The monitoring centre's number is on your tag paperwork. Save it in your phone and put a copy in your hospital bag. The helpline is open day and night, every day of the year.
guide-tags-p5 = In a medical emergency or in labour, get care first. Never wait because of your curfew. Go to hospital, or call maternity triage or 999. Maternity triage is the hospital's urgent pregnancy service, open day and night. If your baby is ill, call 111 or go to A&E. Getting urgent care for your baby is the right thing to do.
guide-tags-p6 = Call the monitoring centre as soon as you safely can. If you can, call before you leave home. Calls from the box in your home are free. Then tell your probation officer as soon as possible. Do it by the next working day at the latest. If you are on bail, tell your solicitor too.
guide-tags-p7 = Keep proof of what happened. This can be your hospital letter, the time you called triage, or an ambulance record. Write down the midwife's name, and the times you left and came back. No one can promise how an absence will be judged, so this proof helps you.
guide-tags-p8 = For planned care, ask before the day. This could be a late scan, an induction or a caesarean. Ask for your curfew to change for that day. On licence, you also need permission first for a night away from home.
guide-tags-ask = The tag monitoring centre, your probation officer, or your solicitor if you are on bail
guide-tags-sources = gov.uk/electronic-tags; SI 2017/985 amending art 4 of SI 2015/337; Sentencing Code Sch 9; LASPO 2012 s76; EMS handbook; NHS trust maternity triage pages


## Breach and recall

guide-breach-recall-title = Missed appointments, breach and recall
guide-breach-recall-summary = This guide explains what can happen if you miss an appointment or break a rule.
guide-breach-recall-p1 = A breach means breaking a rule of your licence, order or bail. Sometimes you cannot do what a rule says. The best time to ask for help is before, not after.
guide-breach-recall-p2 = If you know you cannot go to an appointment, tell your probation officer early. Ask for a new time, or ask for the rule to change. Show them your appointment letter or hospital letter. Ask for the answer in writing, such as a text or email.
guide-breach-recall-p3 = If you miss something, tell your probation officer as soon as you can. Do it by the next working day at the latest. Explain why, and show any proof you have. In an emergency, such as labour, get care first and tell them after.
guide-breach-recall-p4 = On a community order or suspended sentence, the question is if you had a reasonable excuse. That means a good reason for not doing what the rule said. The law does not list which reasons count. Your probation officer decides first. If it goes to court, the court decides.
guide-breach-recall-p5 = If your officer thinks you had no good reason, they can give you one written warning. Or they can send your case to court. After a warning, another breach within 12 months must go to court. The court looks at how much you have done, and what made it hard. On a suspended sentence, the court can make you serve the prison sentence.
guide-breach-recall-p6 = On a licence, breaking the rules can lead to recall. Recall means going back to prison. There is no court hearing first. A fixed-term recall lasts 14 days if your sentence was under 12 months. It lasts 28 days if your sentence was 12 months or more. Then you are released on licence again.
guide-breach-recall-p7 = A standard recall can last until the end of your sentence. The Parole Board looks at your case after 28 days. The Parole Board or the government can release you earlier. The law on recall is changing, so ask your solicitor what applies to you.
guide-breach-recall-p8 = On bail, breaking a condition can lead to arrest. The court then decides if you can have bail again. Not going to court when you should, without a good reason, is a crime. If you are worried that you have broken a rule, talk to your solicitor.
guide-breach-recall-ask = Your probation officer, or your solicitor for legal advice
guide-breach-recall-sources = Sentencing Code Sch 10 para 6; Sentencing Council breach guideline; gov.uk/guide-to-probation/being-taken-back-to-prison; Bail Act 1976 s6 and s7; Sentencing Act 2026 s32


## Antenatal care

guide-antenatal-care-title = Your pregnancy check-ups
guide-antenatal-care-summary = This guide explains which pregnancy check-ups you should be offered, and how to get them.
guide-antenatal-care-p1 = You can contact a midwife as soon as you know you are pregnant. You can refer yourself to your local maternity service, or ask your GP. Your first full visit is called the booking appointment. It should happen by the time you are 10 weeks pregnant. If you are referred after 9 weeks, it should happen within 2 weeks.
guide-antenatal-care-p2 = Book as soon as you can, even if you have just left prison. If you are past 10 weeks, still book now. Booking early means you do not miss the early scans and tests.
guide-antenatal-care-p3 = At booking, the midwife offers you blood tests and a urine test. Between about 11 and 14 weeks, you are offered a dating scan. This shows how far along you are. It comes with a test for some conditions, such as Down's syndrome. At 16 weeks, you have a check-up to go over your results.
guide-antenatal-care-p4 = At 18 to 20 weeks, you are offered another scan, called the anomaly scan. After that, you have check-ups at 28, 34, 36 and 38 weeks. In a first pregnancy, you also have them at 25, 31 and 40 weeks. If your baby has not come by 41 weeks, you have another check-up. The midwife will talk about starting your labour for you. That makes 10 check-ups in a first pregnancy, and 7 in later ones.
guide-antenatal-care-p5 = You are offered a whooping cough vaccine from 16 weeks, ideally by 32 weeks. From 28 weeks, you are offered the RSV vaccine. In flu season, you are offered a flu vaccine. A health visitor may also contact you from 28 weeks.
guide-antenatal-care-p6 = If you need an interpreter, you should be offered a professional one. NHS interpreting is free. Your family, friends or children should not interpret for you. You can ask for leaflets in your language or in other formats. The same check-ups apply in Wales. Wales has its own rules for NHS interpreters, based on the rules in England.
guide-antenatal-care-p7 = If a check-up clashes with your curfew or another appointment, ask your probation officer for a change early. If you are worried about bleeding, pain, or your baby moving less, get help straight away. From about 16 to 20 weeks, you can call maternity triage at any time. Ask your hospital when its triage starts. Before that, call your GP or 111. In an emergency, call 999.
guide-antenatal-care-p8 = Your midwife is there to care for you and your baby. If they think a child may be at risk, they can share information with others, such as social services. They do not need your agreement to do this. You can ask them who they might tell.
guide-antenatal-care-ask = Your midwife, your GP, or your maternity unit. For clashes with your rules, your probation officer or your solicitor.
guide-antenatal-care-sources = NICE NG201; NHS England guidance for commissioners; Wales NHS interpreting SOP (gov.wales); DfE Information sharing advice (April 2024); NHS trust maternity triage pages


## Contact with your child

guide-contact-title = Seeing your child
guide-contact-summary = This guide explains how to keep in touch with your child, and what to do if a rule stops you.
guide-contact-p1 = As a birth mother, you have parental responsibility for your child. This means the rights and duties a parent has by law. You keep it in prison and on supervision, unless a court order takes it away. It gives you a say in things like your child's school and health care.
guide-contact-p2 = If your child is in care, the council must let you have reasonable contact. In an emergency, it can stop contact for up to 7 days. To stop it for longer, it needs a court order. Ask your child's social worker how contact will work.
guide-contact-p3 = Under a care order, the council shares parental responsibility with you. It can limit your say only when your child's welfare needs it. It cannot change your child's surname or take them abroad without your written agreement. The only other way is with the court's agreement.
guide-contact-p4 = Sometimes the council looks after a child with the parents' agreement. In England this is called section 20. Wales uses a different law, section 76 of the Social Services and Well-being (Wales) Act 2014. If you have parental responsibility, you can take your child back at any time. Get legal advice before you sign anything.
guide-contact-p5 = Your child may live with a family member or friend. This is called kinship care. In England, each council must publish a kinship local offer. This sets out the support it gives. Ask the family and the social worker how you can keep in touch.
guide-contact-p6 = Some rules say you must not contact anyone under 18, or a named child. A rule like this could cover your own child or your new baby. Do not break the rule, even for your own child. Ask for it to be changed or made clear, before the birth if you can.
guide-contact-p7 = On licence, ask your probation officer to ask for a change. On a community order or suspended sentence, you or your probation officer can ask the court. On bail, your solicitor can ask the court. Bring a letter from your midwife with your due date. Ask for the answer in writing.
guide-contact-p8 = The council may send you a letter before proceedings. This letter says it may go to court about your child. Get legal advice straight away, because it is then free, whatever your income. You can bring a friend, family member or advocate to a child protection meeting. An advocate is someone who speaks up for you.
guide-contact-ask = A family solicitor, your child's social worker, your probation officer, or an advocate
guide-contact-sources = CA 1989 s3, s20, s33 and s34; SSWBA 2014 s76; SI 2013/480 reg 5(1)(c); DfE kinship care statutory guidance (11 Oct 2024); Bail Act 1976 s3(8); Sentencing Code Sch 10; Family Rights Group FAQ


## Who can help

guide-who-can-help-title = Who can help you
guide-who-can-help-summary = This guide lists people and services who can help, and what each one does.
guide-who-can-help-p1 = A solicitor gives legal advice. They can help with bail, court, breach and recall. They can also help if social services are involved with your child. If the council sends you a letter before proceedings, family legal advice is free. It is free whatever your income. If the council goes to court about your child, legal aid for parents is free too.
guide-who-can-help-p2 = Your probation officer checks that you follow your licence, order or suspended sentence. They may also be called your probation practitioner. If a rule clashes with your care, ask them before the day. They can apply to change a licence rule. They can also ask the court to change an order.
guide-who-can-help-p3 = Your midwife looks after you in pregnancy and after the birth. They usually stay with you until about 10 to 14 days after the birth. A letter from your midwife with your due date can help when you ask for a rule to change.
guide-who-can-help-p4 = A health visitor supports you and your baby. They may contact you from 28 weeks of pregnancy. They see you about 10 to 14 days after the birth, and again at 6 to 8 weeks. Your GP also checks you and your baby at 6 to 8 weeks.
guide-who-can-help-p5 = A support worker, women's centre or advocate can support you. An advocate is someone who speaks up for you. You can bring one to a child protection meeting. Family Rights Group has an advice line for parents on 0808 801 0366. It is open 9.30am to 3pm, Monday to Friday. This number was last checked in about April 2026.
guide-who-can-help-p6 = For urgent pregnancy problems, call maternity triage at any time. If your baby is ill, call 111 or go to A&E. In an emergency, call 999. If you have a tag, the monitoring centre is open day and night. Its number is on your tag paperwork.
guide-who-can-help-p7 = You should be offered a free professional interpreter at NHS appointments. You should also be offered one at child protection meetings. Your family or friends should not interpret for you.
guide-who-can-help-p8 = Professionals can share information with each other. If they think a child may be at risk, they do not need your agreement to share it. You can ask anyone who they might tell.
guide-who-can-help-ask = Your solicitor, your probation officer, your midwife or health visitor, or a support worker
guide-who-can-help-sources = SI 2013/480 reg 5(1)(c); NICE NG201; GOV.UK Delivery of the healthy child programme (6 Feb 2026); Family Rights Group FAQ; NHS England guidance for commissioners; DfE Information sharing advice (April 2024)
