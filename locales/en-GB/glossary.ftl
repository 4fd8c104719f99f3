## Glossary (en-GB, the source): terms interpreters and women meet, with plain definitions.
## Each term has: the word as it appears in running text, .forms (the word forms to highlight
## in guide text, the term itself first) and .definition (one or two short, plain sentences).
## Every fact comes from shared/domain/facts.md. Never promise confidentiality.


## Licences

term-licence = licence
    .forms = licence, licences
    .definition = The rules you must follow after you leave prison, until the end of your sentence. Breaking them can mean going back to prison.

term-standard-conditions = standard conditions
    .forms = standard conditions, standard condition, standard licence conditions
    .definition = The basic rules on every licence. For example, keep in touch with your probation officer and live at the address they agreed.

term-additional-conditions = additional conditions
    .forms = additional conditions, additional condition, additional licence conditions
    .definition = Extra rules added to a licence. They can say where you live, who you must not contact, a curfew, or places you must not go.

term-licence-variation = licence variation
    .forms = licence variation, licence variations
    .definition = A change to the rules on your licence. Ask your probation officer, who can apply for it, but a change is not certain.

term-probation-officer = probation officer
    .forms = probation officer, probation officers, probation practitioner, probation practitioners, responsible officer, supervising officer
    .definition = The person from probation who checks that you follow your rules. They may also be called your probation practitioner.

term-supervision-appointment = supervision appointment
    .forms = supervision appointment, supervision appointments, probation appointment, probation appointments
    .definition = A meeting with probation that you must go to. If you cannot go, tell your probation officer early and say why.

term-approved-premises = Approved Premises
    .forms = Approved Premises, AP
    .definition = A place where some people must live after prison, as a rule of their licence. Children cannot live there.

term-home-detention-curfew = Home Detention Curfew
    .forms = Home Detention Curfew, HDC
    .definition = Leaving prison up to 180 days early, with a tag. You must be at home for at least 9 hours a day.


## Community orders and suspended sentences

term-community-order = community order
    .forms = community order, community orders
    .definition = A sentence you serve in the community, not in prison. The court adds rules called requirements, and it can last up to 3 years.

term-suspended-sentence-order = suspended sentence order
    .forms = suspended sentence order, suspended sentence orders, suspended sentence, suspended sentences, SSO
    .definition = A prison sentence you do not serve straight away. If you break its rules or offend again, the court can send you to prison.

term-requirement = requirement
    .forms = requirement, requirements
    .definition = A rule the court adds to a community order or suspended sentence, such as unpaid work or a curfew.

term-unpaid-work = unpaid work
    .forms = unpaid work
    .definition = Work in the community without pay, from 40 to 300 hours. The court must think about people who depend on you, like your children.

term-rehabilitation-activity-requirement = rehabilitation activity requirement
    .forms = rehabilitation activity requirement, rehabilitation activity requirements, RAR
    .definition = Appointments and activities that probation sets for you. The court sets the most days it can use.

term-curfew-requirement = curfew requirement
    .forms = curfew requirement, curfew requirements, curfew, curfews
    .definition = A rule that you must be at home at set times. On a community order, it is 2 to 20 hours a day.


## Bail

term-bail = bail
    .forms = bail
    .definition = Staying out of prison while your case goes on. You may have to follow rules, called bail conditions.

term-bail-conditions = bail conditions
    .forms = bail conditions, bail condition
    .definition = Rules you must follow while you are on bail. Examples are living at an address, a curfew, or reporting to a police station.

term-surety = surety
    .forms = surety, sureties
    .definition = A person who promises the court money to help make sure you come back to court. They can lose the money if you do not.

term-police-bail = police bail
    .forms = police bail
    .definition = Bail set by the police, before or after you are charged. A custody officer sets it and can change it.

term-court-bail = court bail
    .forms = court bail
    .definition = Bail set by a court. To change it, you ask the court, usually through your solicitor.


## Tags

term-electronic-monitoring = electronic monitoring
    .forms = electronic monitoring, tag, tags, tagging, EM
    .definition = Using a tag that you wear to check that you follow your rules, such as a curfew or places you must not go.

term-curfew-tag = curfew tag
    .forms = curfew tag, curfew tags
    .definition = A tag that works with a box in your home. It tells the monitoring centre if you are out during your curfew.

term-gps-tag = GPS tag
    .forms = GPS tag, GPS tags, location tag, location tags
    .definition = A tag that records where you are all the time. You must charge it for at least 1 hour every day.

term-monitoring-centre = monitoring centre
    .forms = monitoring centre, monitoring centres, tag monitoring centre
    .definition = The team that watches tags, open day and night. Call them as soon as it is safe if you must leave during a curfew.


## Breach and recall

term-breach = breach
    .forms = breach, breaches, breached
    .definition = Breaking a rule of your licence, order or bail. On an order, it only counts if you had no reasonable excuse.

term-recall = recall
    .forms = recall, recalls, recalled, fixed-term recall, standard recall
    .definition = Being sent back to prison while you are on licence, for example for breaking the rules. There is no court hearing first.

term-reasonable-excuse = reasonable excuse
    .forms = reasonable excuse, reasonable excuses
    .definition = A good reason for not following a rule. Your probation officer decides this first, then the court if your case goes there.

term-warning = warning
    .forms = warning, warnings, written warning, written warnings
    .definition = A written warning from probation after you break a rule of an order. Another breach within 12 months must then go to court.


## Children's social care

term-childrens-social-care = children's social care
    .forms = children's social care, social care, social services, children's services
    .definition = The council team that helps children and families. It also acts when a child may be at risk of harm.

term-social-worker = social worker
    .forms = social worker, social workers
    .definition = A person from children's social care who works with your family. They can share information if a child may be at risk.

term-early-help = early help
    .forms = early help
    .definition = Extra support for your family from the council or other services. It is your choice if you take it.

term-child-in-need = child in need
    .forms = child in need, children in need
    .definition = A child who needs extra services to be healthy and grow well. In Wales, this help is called care and support.

term-child-protection-plan = child protection plan
    .forms = child protection plan, child protection plans
    .definition = A plan to keep a child safe, made after a child protection conference. In Wales, the child is put on a child protection register.

term-pre-birth-assessment = pre-birth assessment
    .forms = pre-birth assessment, pre-birth assessments, pre-birth referral
    .definition = When children's social care checks, before your baby is born, if your baby will need help or protection.

term-child-protection-conference = child protection conference
    .forms = child protection conference, child protection conferences, initial child protection conference, review conference, pre-birth conference, ICPC
    .definition = A meeting of professionals and parents when a child may be at risk of serious harm. You are invited and can bring a supporter.

term-core-group = core group
    .forms = core group, core groups, core group meeting, core group meetings
    .definition = Parents and professionals who meet often after a child protection conference. The first meeting is within 10 working days.

term-section-20 = section 20
    .forms = section 20, s20, voluntary accommodation
    .definition = The council looks after your child because you agree, and you can take your child back at any time. Get legal advice before you sign.

term-section-76 = section 76
    .forms = section 76, s76
    .definition = In Wales, this is the law for when the council looks after your child because you agree, like section 20. Get legal advice first.

term-letter-before-proceedings = letter before proceedings
    .forms = letter before proceedings, letters before proceedings
    .definition = A letter saying the council may go to court about your child. You can get free legal advice, so see a solicitor now.

term-pre-proceedings-meeting = pre-proceedings meeting
    .forms = pre-proceedings meeting, pre-proceedings meetings, PLO meeting
    .definition = A meeting with the council after you get a letter before proceedings. A solicitor can come with you.

term-care-proceedings = care proceedings
    .forms = care proceedings
    .definition = A court case about your child, started by the council. It should end within 26 weeks, and legal aid is free for parents.

term-care-order = care order
    .forms = care order, care orders
    .definition = A court order that gives the council parental responsibility for a child. You keep yours, but the council can limit how you use it.

term-parental-responsibility = parental responsibility
    .forms = parental responsibility, PR
    .definition = The rights and duties a parent has by law, such as choosing a school. You keep it in prison, unless a court takes it away.

term-kinship-care = kinship care
    .forms = kinship care, kinship carer, kinship carers
    .definition = When a relative or family friend looks after a child who cannot live with their parents. Councils must say what help kinship carers can get.


## Family court

term-family-court = family court
    .forms = family court, family courts
    .definition = The court that decides cases about children, such as care proceedings. The court gives you an interpreter for hearings.

term-solicitor = solicitor
    .forms = solicitor, solicitors, lawyer, lawyers
    .definition = A lawyer who gives you legal advice and can speak for you. Legal aid may pay for one.

term-legal-aid = legal aid
    .forms = legal aid, Legal Help, Family Help (Lower)
    .definition = Government money that pays for legal advice and a lawyer. Parents in care proceedings get it, whatever their income.

term-childrens-guardian = children's guardian
    .forms = children's guardian, children's guardians, guardian
    .definition = A person the family court chooses in care proceedings to say what is best for your child. They work for the child, not the council.


## Mother and Baby Units

term-mother-and-baby-unit = Mother and Baby Unit
    .forms = Mother and Baby Unit, Mother and Baby Units, MBU, MBUs
    .definition = A unit in a women's prison where you can keep your baby with you, usually until your baby is 18 months old.

term-admissions-board = admissions board
    .forms = admissions board, admissions boards
    .definition = The group that decides if you get a place in a Mother and Baby Unit. If they say no, you can appeal.


## Pregnancy, birth and your baby's health

term-midwife = midwife
    .forms = midwife, midwives, community midwife, specialist midwife
    .definition = A health worker who cares for you and your baby in pregnancy, at the birth, and in the first weeks after.

term-antenatal-appointment = antenatal appointment
    .forms = antenatal appointment, antenatal appointments, pregnancy check-up, pregnancy check-ups
    .definition = A check-up while you are pregnant. There are usually 10 in a first pregnancy and 7 in later ones.

term-booking-appointment = booking appointment
    .forms = booking appointment, booking appointments, booking
    .definition = Your first full pregnancy visit with a midwife. It should happen by the time you are 10 weeks pregnant.

term-maternity-triage = maternity triage
    .forms = maternity triage, triage
    .definition = The hospital's urgent pregnancy service, open day and night. Call it for bleeding, pain, or if your baby moves less.

term-health-visitor = health visitor
    .forms = health visitor, health visitors
    .definition = A health worker who checks on you and your child, from late pregnancy until your child is about 2 and a half.

term-new-birth-visit = new birth visit
    .forms = new birth visit, new birth visits, new birth review
    .definition = The health visitor's first visit after the birth, when your baby is 10 to 14 days old.

term-6-8-week-check = 6–8 week check
    .forms = 6–8 week check, 6–8 week checks, 6-8 week check, 6 to 8 week check
    .definition = Checks when your baby is 6 to 8 weeks old. Your GP checks you and your baby, and the health visitor sees you too.

term-immunisations = immunisations
    .forms = immunisations, immunisation, vaccinations, vaccination, vaccines, vaccine
    .definition = Vaccines that protect against serious illness. Some are offered in pregnancy, and your baby's first ones start at 8 weeks old.

term-interpreter = interpreter
    .forms = interpreter, interpreters, interpreting
    .definition = A trained person who puts what is said into your language. NHS interpreting is free, and family, friends or children should not interpret.
