## The app's screens. Plain words, reading age about 9.
## The app's visible name is neutral on purpose: nothing says what it is for until
## it is unlocked.

app-name = Notes
quick-exit = Close
quick-exit-label = Close now and lock

## The neutral screen after a quick exit.
neutral-title = Notes
neutral-body = No notes open.
neutral-open = Open

## First run
first-language-title = Choose your language
first-language-next = Next
language-name-en-GB = English
language-name-cy = Cymraeg
language-name-pl = Polski
language-name-ro = Română
language-name-sq = Shqip
language-name-ur = اردو
language-name-pa = ਪੰਜਾਬੀ
language-name-ar = العربية

first-passphrase-title = Make a passphrase
first-passphrase-why = Your diary is locked with a passphrase. Nobody can open it without the passphrase, not even us.
first-passphrase-forget = If you forget it, nobody can get your diary back. Pick words you will remember, like three or four words with spaces between them.
first-passphrase-label = Passphrase
first-passphrase-again = Type it again
first-passphrase-short = Use at least 8 letters or numbers.
first-passphrase-differ = The two passphrases are not the same.
first-next = Next
first-back = Back

first-duress-title = A second passphrase (you can skip this)
first-duress-why = If someone makes you open the app, you can type this second passphrase instead. It opens a different, empty diary.
first-duress-honest = This can help in a hard moment, but it is not perfect. Someone who looks very closely at the phone may guess there is more.
first-duress-label = Second passphrase
first-duress-skip = Skip

first-about-title = About you
first-about-pregnant = I am pregnant
first-about-due = My due date
first-about-first = This is my first baby
first-about-supervision = What are you on? Choose any that fit.
supervision-licence = Licence (after prison)
supervision-community_order = Community order
supervision-suspended_sentence = Suspended sentence
supervision-bail = Bail
supervision-other = Something else
first-finish = Start

## Unlock
unlock-title = Open your notes
unlock-label = Passphrase
unlock-button = Open
unlock-wrong = That passphrase is not right. Try again.
unlock-wait = Please wait { $seconds } seconds, then try again.
unlock-damaged = The notes cannot be opened because the file is damaged.

## Today
today-title = Today
today-next-required = Your next required appointment
today-none-required = No required appointments are in your diary.
today-coming-up = Coming up
today-nothing = Nothing in the next 7 days.
today-other-flags = Also check
today-flag-count = { $count ->
    [one] 1 thing to check
   *[other] { $count } things to check
}
today-required = Required

## Navigation
nav-today = Today
nav-add = Add
nav-flags = Check
nav-week = Week
nav-more = More
nav-pregnancy = Pregnancy
nav-guides = Guides
nav-label = Main menu

## More
more-title = More
more-conditions = The rules of your licence, order or bail
more-pregnancy = Your due date and your pregnancy checks
more-guides = Your rights and what to do, in plain words
more-settings = Language, passphrase, lock and delete

## Week
week-title = The next 7 days
week-check = Check this day
week-free = Nothing on this day.

## Pregnancy
pregnancy-title = Pregnancy
pregnancy-weeks = You are { $weeks } weeks and { $days ->
    [one] 1 day
   *[other] { $days } days
} pregnant.
pregnancy-due = Your due date is { $date }. { $days ->
    [0] That is today.
    [one] That is tomorrow.
   *[other] That is in { $days } days.
}
pregnancy-due-past = Your due date was { $date }.
pregnancy-none = No due date is saved. You can add it below.
pregnancy-steps = Your pregnancy checks
pregnancy-window = Usually between { $start } and { $end }.
pregnancy-booked = In your diary: { $date }
pregnancy-state-due = Due now. Ask your midwife to book it.
pregnancy-state-missed = Not in your diary. If you had it, you can add it. If not, ask your midwife about it.
pregnancy-state-later = Later.
pregnancy-source = These checks follow the NHS plan of care in pregnancy (NICE guideline NG201). Your midwife may plan something different for you.
pregnancy-set = Due date
pregnancy-save = Save the due date
pregnancy-remove = Remove the due date
pregnancy-due-invalid = Please choose a date.

## Pregnancy and baby checks (short names)
care-step-booking = First midwife appointment (booking)
care-step-dating_scan = 12-week scan
care-step-appt_16 = 16-week check
care-step-anomaly_scan = 20-week scan
care-step-appt_25 = 25-week check
care-step-appt_28 = 28-week check
care-step-appt_31 = 31-week check
care-step-appt_34 = 34-week check
care-step-appt_36 = 36-week check
care-step-appt_38 = 38-week check
care-step-appt_40 = 40-week check
care-step-appt_41 = 41-week check
care-step-midwife_postnatal = Midwife visit after the birth
care-step-new_birth_visit = Health visitor's first visit
care-step-six_week_check = 6-week check after the birth

## Guides
guides-title = Guides
guides-intro = Your rights, and the systems around you and your baby, in plain words.
guides-sources = Where this comes from: { $sources }
guides-reviewed = Last checked: { $date }
guides-jurisdiction = Where this applies: { $text }
guides-status-awaiting = This text is translated and waiting to be checked. The English version is the one to trust.
guides-all = All guides
guides-side-by-side = Show it next to another language
guides-glossary = Words and what they mean

## The interpreter view: one guide in two languages, side by side
interpreter-title = Side by side
interpreter-first = First language
interpreter-second = Second language
interpreter-guide = Guide
interpreter-terms = Words in this part

## Glossary
glossary-title = Words and what they mean
glossary-intro = Words you may hear from probation, the courts, social care and maternity services, in plain words.
nav-glossary = Words
more-glossary = Words you may hear, and what they mean

## Add an appointment
add-title = Add an appointment
add-kind = What is it?
add-what = Name (what the letter calls it)
add-date = Date
add-start = Starts
add-end = Ends
add-place = Place
add-travel = Travel time, one way (minutes)
add-mandatory = I must go (it is part of my licence, order or bail)
add-edit-title = Change an appointment
add-repeat = Does it repeat?
add-repeat-none = No, just once
add-repeat-weekly = Every week
add-repeat-fortnightly = Every 2 weeks
add-repeat-four_weekly = Every 4 weeks
add-repeat-weekdays = Every weekday (Monday to Friday)
add-repeat-custom = As the letter or plan says
add-times = How many times in all?
add-repeat-summary = { $every ->
    [0] Every weekday from { $weekday }, { $count } times
    [1] Every { $weekday }, { $count } times
   *[other] Every { $every } weeks on { $weekday }, { $count } times
}
add-care-step = Which pregnancy or baby check is it?
add-care-step-none = Not sure, or none
add-notes = Notes (only you see these)
add-clashes = This would clash:
add-no-clash = No clashes found.
add-save = Save
add-saved = Saved.
add-fix = Check the date and times.

kind-probation = Probation
kind-unpaid_work = Unpaid work
kind-programme = Programme or course
kind-drug_test = Drug or alcohol test
kind-police_reporting = Reporting at a police station
kind-court = Court
kind-family_court = Family court
kind-antenatal = Midwife or scan
kind-postnatal = Midwife after the birth
kind-health_visitor = Health visitor
kind-gp = GP or nurse
kind-hospital = Hospital
kind-mental_health = Mental health
kind-substance_misuse = Drug or alcohol service
kind-social_care = Social worker
kind-child_protection = Child protection meeting
kind-child_contact = Seeing my child
kind-solicitor = Solicitor
kind-housing = Housing
kind-benefits = Jobcentre or benefits
kind-support = Support or women's centre
kind-other = Something else

## Flags
flags-title = Things to check
flags-none = Nothing to check right now.
flags-actions = What you can do
flags-draft = A message you can send or read out
flags-copy = Copy the message
flags-copied = Copied.
flags-draft-english = The same message in English, for someone who reads English
flags-copy-english = Copy the English message
flags-guide = Read more: { $title }
flags-sorted-open = I have sorted this
flags-sorted-note = What did you do? (only you see this)
flags-sorted-button = Mark as sorted
flags-history = Sorted
flags-sorted-undo = Not sorted after all

## My conditions
nav-conditions = Rules
conditions-title = My rules
conditions-intro = Add the rules from your licence, order or bail. The app checks your appointments against them.
conditions-none = No rules added yet.
conditions-from = From
conditions-starts = Starts on (if it has a date)
conditions-ends = Ends on (if it has a date)
conditions-source = Where is this rule from?
source-licence = My licence
source-community_order = My community order
source-suspended_sentence = My suspended sentence
source-bail = My bail
source-other = Somewhere else
conditions-home = My approved address
conditions-home-where = Where is it? Paste a map link, or type the coordinates.
conditions-home-save = Save my address
conditions-curfew = Curfew
conditions-curfew-from = Curfew starts
conditions-curfew-to = Curfew ends
conditions-curfew-tag = Do you wear a tag?
conditions-curfew-days = On which days does it start?
conditions-hours = { $days }: { $from }–{ $to }
conditions-dates = From { $start } to { $end }
conditions-dates-from = From { $start }
conditions-dates-until = Until { $end }
conditions-curfew-more = Add these hours, then other hours for other days
conditions-where-invalid = That is not a map link or coordinates the app can read. Try a link from a map app, or numbers like 52.41, -1.51.
conditions-named = Name of a person I must not contact
conditions-shared = Use a plan my worker shared
conditions-shared-how = If your worker sent you a plan file, open it and copy all of it, then paste it here. Its appointments and rules are added to yours.
conditions-shared-label = The plan
conditions-shared-add = Add the plan
conditions-shared-done = Added { $appointments ->
    [one] 1 appointment
   *[other] { $appointments } appointments
} and { $conditions ->
    [one] 1 rule
   *[other] { $conditions } rules
}.
conditions-shared-invalid = Nothing was added. The plan has { $count ->
    [one] 1 problem
   *[other] { $count } problems
}. Show these lines to your worker:
conditions-shared-not-plan = Nothing was added. This is not a plan file the app can read. Ask your worker to send it again.
conditions-add-named = No contact with this person
monitoring-rf_tag = Yes, a tag for my curfew (with a box at home)
monitoring-gps_tag = Yes, a GPS tag
monitoring-alcohol_tag = Yes, an alcohol tag
monitoring-none = No tag
monitoring-doorstep = Someone checks at the door
conditions-add-curfew = Add this curfew
conditions-zone = A place I must not go
conditions-zone-name = Name of the place
conditions-zone-where = Where is it? Paste a map link, or type the coordinates.
conditions-zone-radius = How far around it (metres)
conditions-add-zone = Add this place
conditions-other = Other rules
conditions-add-no-contact = No contact with anyone under 18
conditions-add-approved = I must live at my approved address
conditions-add-travel = I must not leave the UK
conditions-kind-curfew = Curfew
conditions-kind-exclusion_zone = A place I must not go
conditions-kind-no_contact = No contact
conditions-kind-approved_address = Approved address
conditions-kind-travel_ban = Travel ban
conditions-added = Added.

## Settings
nav-settings = Settings
settings-title = Settings
settings-language = Language
settings-autolock = Lock after this many minutes with no touch
settings-autolock-save = Save
settings-discreet = Reminders show details (when off, they only say "Reminder at 14:00")
settings-passphrase = Change my passphrase
settings-passphrase-new = New passphrase
settings-passphrase-save = Change it
settings-passphrase-done = Your passphrase is changed.
settings-saved = Saved.
settings-duress = Second passphrase
settings-duress-replaces = Setting a new second passphrase, or turning it off, empties the other diary. Anything in it is deleted, and nobody can get it back.
settings-duress-understood = I understand that the other diary will be emptied
settings-duress-new = New second passphrase
settings-duress-save = Set it
settings-duress-remove = Turn it off
settings-duress-done = The second passphrase is set. It opens an empty diary. Anything in the old one was deleted.
settings-duress-removed = The second passphrase is turned off. The other diary was emptied.
settings-wipe = Delete everything
settings-wipe-warning = This deletes your whole diary from this phone. Nobody can get it back, not even with your passphrase. Your appointments and notes could be evidence: think before you do this.
settings-wipe-confirm = To delete everything, type DELETE
settings-wipe-word = DELETE
settings-wipe-button = Delete everything now

## Problems, in plain words

error-weak-passphrase = Your passphrase needs at least { $min } letters or numbers.
error-passphrase-not-usable = You cannot use that passphrase here. Please choose a different one.
error-stale = The notes were changed in another window. Close this one and open them again.
error-newer = These notes were made by a newer version of the app. Please update the app.
error-storage = The phone could not save this. It may be full. Nothing was lost.
error-locked = Your notes are locked. Open them again to go on.
error-invalid = Something in this form is not right yet. Please check it.
error-screen = Something went wrong on this screen. Your notes are safe. Go back and try again.
error-back = Go back

## Sharing with a support worker
nav-sharing = Sharing
more-sharing = Share chosen things with your support worker
sharing-title = Sharing with your worker
sharing-intro = You can let a support worker see some of your diary. Nothing is shared until you choose. You can stop at any time.
sharing-honest = Your worker sees only what you tick here. What they have already seen, they may remember or write down. Like any professional, they may have to pass on information if a child could be at risk.
sharing-none = You are not sharing with anyone.
sharing-code = Code from your worker
sharing-accept = Connect
sharing-number = Safety number
sharing-number-how = Check that your worker's screen shows the same number. Do this in person.
sharing-number-match = The numbers match
sharing-number-wait = Nothing is shared until you check the number.
sharing-what = What your worker sees
sharing-conditions = The rules of my licence, order or bail
sharing-due-date = My due date
sharing-home = My approved address
sharing-kinds = These kinds of appointment:
sharing-sync = Share now
sharing-synced = Done. Sent { $sent }, received { $received }.
sharing-proposals = Appointments your worker suggests
sharing-proposal-clash = This would clash:
sharing-proposal-accept = Add it to my diary
sharing-proposal-decline = No, thank you
sharing-stop = Stop sharing
sharing-stop-understood = I understand that my worker keeps what they have already seen
sharing-stopped = You have stopped sharing.
sharing-client = Your client
sharing-client-flags = Things to check in what your client shares
sharing-client-none = Nothing to check in what your client shares.
sharing-client-ended = Your client stopped sharing. Their information has been removed.
sharing-shared = Shared
error-network = The app could not reach the sharing service. Check your connection and try again. Nothing was lost.
error-code-invalid = That code is not right. Check it with your worker, or ask for a new one.
error-code-expired = That code is too old. Ask your worker for a new one.
error-code-used = That code has already been used. Ask your worker for a new one.
error-not-confirmed = Check the safety number with your worker first.
sharing-worker-title = For support workers
sharing-worker-how = If you are a support worker, make an invitation here and show its code to the woman you support.
sharing-worker-relay = Address of your organisation's sharing service
sharing-worker-invite = Make an invitation
sharing-worker-code = Show her this code, or read it out. It works once, for 24 hours.
