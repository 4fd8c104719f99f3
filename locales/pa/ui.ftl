## The app's screens. Plain words, reading age about 9.
## The app's visible name is neutral on purpose: nothing says what it is for until
## it is unlocked.

app-name = ਨੋਟਸ
quick-exit = ਬੰਦ ਕਰੋ
quick-exit-label = ਹੁਣੇ ਬੰਦ ਕਰੋ ਅਤੇ ਲੌਕ ਕਰੋ

## The neutral screen after a quick exit.
neutral-title = ਨੋਟਸ
neutral-body = ਕੋਈ ਨੋਟ ਖੁੱਲ੍ਹਾ ਨਹੀਂ ਹੈ।
neutral-open = ਖੋਲ੍ਹੋ

## First run
first-language-title = ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ
first-language-next = ਅੱਗੇ
language-name-en-GB = English
language-name-cy = Cymraeg
language-name-pl = Polski
language-name-ro = Română
language-name-sq = Shqip
language-name-ur = اردو
language-name-pa = ਪੰਜਾਬੀ
language-name-ar = العربية

first-passphrase-title = ਪਾਸਵਰਡ ਬਣਾਓ
first-passphrase-why = ਤੁਹਾਡੀ ਡਾਇਰੀ ਇੱਕ ਪਾਸਵਰਡ ਨਾਲ ਲੌਕ ਹੁੰਦੀ ਹੈ। ਪਾਸਵਰਡ ਤੋਂ ਬਿਨਾਂ ਕੋਈ ਵੀ ਇਸ ਨੂੰ ਨਹੀਂ ਖੋਲ੍ਹ ਸਕਦਾ, ਅਸੀਂ ਵੀ ਨਹੀਂ।
first-passphrase-forget = ਜੇ ਤੁਸੀਂ ਇਹ ਭੁੱਲ ਗਏ, ਤਾਂ ਕੋਈ ਵੀ ਤੁਹਾਡੀ ਡਾਇਰੀ ਵਾਪਸ ਨਹੀਂ ਲਿਆ ਸਕਦਾ। ਅਜਿਹੇ ਸ਼ਬਦ ਚੁਣੋ ਜੋ ਤੁਹਾਨੂੰ ਯਾਦ ਰਹਿਣ। ਜਿਵੇਂ ਤਿੰਨ ਜਾਂ ਚਾਰ ਸ਼ਬਦ, ਜਿਨ੍ਹਾਂ ਦੇ ਵਿਚਕਾਰ ਖਾਲੀ ਥਾਂ ਹੋਵੇ।
first-passphrase-label = ਪਾਸਵਰਡ
first-passphrase-again = ਇਹ ਦੁਬਾਰਾ ਲਿਖੋ
first-passphrase-short = ਘੱਟੋ-ਘੱਟ 8 ਅੱਖਰ ਜਾਂ ਨੰਬਰ ਵਰਤੋ।
first-passphrase-differ = ਦੋਵੇਂ ਪਾਸਵਰਡ ਇੱਕੋ ਜਿਹੇ ਨਹੀਂ ਹਨ।
first-next = ਅੱਗੇ
first-back = ਪਿੱਛੇ

first-duress-title = ਇੱਕ ਦੂਜਾ ਪਾਸਵਰਡ (ਤੁਸੀਂ ਇਹ ਛੱਡ ਸਕਦੇ ਹੋ)
first-duress-why = ਜੇ ਕੋਈ ਤੁਹਾਡੇ ਤੋਂ ਜ਼ਬਰਦਸਤੀ ਐਪ ਖੁਲ੍ਹਵਾਏ, ਤਾਂ ਤੁਸੀਂ ਉਸ ਦੀ ਥਾਂ ਇਹ ਦੂਜਾ ਪਾਸਵਰਡ ਲਿਖ ਸਕਦੇ ਹੋ। ਇਹ ਇੱਕ ਵੱਖਰੀ, ਖਾਲੀ ਡਾਇਰੀ ਖੋਲ੍ਹਦਾ ਹੈ।
first-duress-honest = ਇਹ ਔਖੇ ਵੇਲੇ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ, ਪਰ ਇਹ ਪੂਰੀ ਤਰ੍ਹਾਂ ਪੱਕਾ ਨਹੀਂ ਹੈ। ਜੋ ਕੋਈ ਫ਼ੋਨ ਨੂੰ ਬਹੁਤ ਧਿਆਨ ਨਾਲ ਦੇਖੇ, ਉਹ ਅੰਦਾਜ਼ਾ ਲਾ ਸਕਦਾ ਹੈ ਕਿ ਇਸ ਵਿੱਚ ਹੋਰ ਵੀ ਕੁਝ ਹੈ।
first-duress-label = ਦੂਜਾ ਪਾਸਵਰਡ
first-duress-skip = ਛੱਡੋ

first-about-title = ਤੁਹਾਡੇ ਬਾਰੇ
first-about-pregnant = ਮੈਂ ਗਰਭਵਤੀ ਹਾਂ
first-about-due = ਮੇਰੇ ਜਣੇਪੇ ਦੀ ਤਰੀਕ
first-about-first = ਇਹ ਮੇਰਾ ਪਹਿਲਾ ਬੱਚਾ ਹੈ
first-about-supervision = ਤੁਹਾਡੇ 'ਤੇ ਕੀ ਲਾਗੂ ਹੈ? ਜੋ ਵੀ ਠੀਕ ਹੋਣ, ਉਹ ਚੁਣੋ।
supervision-licence = ਲਾਇਸੈਂਸ (ਜੇਲ੍ਹ ਤੋਂ ਬਾਅਦ)
supervision-community_order = ਕਮਿਊਨਿਟੀ ਆਰਡਰ (community order)
supervision-suspended_sentence = ਸਸਪੈਂਡਡ ਸਜ਼ਾ (suspended sentence)
supervision-bail = ਜ਼ਮਾਨਤ (bail)
supervision-other = ਕੁਝ ਹੋਰ
first-finish = ਸ਼ੁਰੂ ਕਰੋ

## Unlock
unlock-title = ਆਪਣੇ ਨੋਟਸ ਖੋਲ੍ਹੋ
unlock-label = ਪਾਸਵਰਡ
unlock-button = ਖੋਲ੍ਹੋ
unlock-wrong = ਇਹ ਪਾਸਵਰਡ ਠੀਕ ਨਹੀਂ ਹੈ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
unlock-wait = ਕਿਰਪਾ ਕਰਕੇ { $seconds } ਸਕਿੰਟ ਰੁਕੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
unlock-damaged = ਨੋਟਸ ਖੋਲ੍ਹੇ ਨਹੀਂ ਜਾ ਸਕਦੇ, ਕਿਉਂਕਿ ਫ਼ਾਈਲ ਖ਼ਰਾਬ ਹੋ ਗਈ ਹੈ।

## Today
today-title = ਅੱਜ
today-next-required = ਤੁਹਾਡੀ ਅਗਲੀ ਜ਼ਰੂਰੀ ਅਪੌਇੰਟਮੈਂਟ
today-none-required = ਤੁਹਾਡੀ ਡਾਇਰੀ ਵਿੱਚ ਕੋਈ ਜ਼ਰੂਰੀ ਅਪੌਇੰਟਮੈਂਟ ਨਹੀਂ ਹੈ।
today-coming-up = ਜਲਦੀ ਆਉਣ ਵਾਲਾ
today-nothing = ਅਗਲੇ 7 ਦਿਨਾਂ ਵਿੱਚ ਕੁਝ ਨਹੀਂ ਹੈ।
today-other-flags = ਇਹ ਵੀ ਦੇਖੋ
today-flag-count = { $count ->
    [one] { $count } ਚੀਜ਼ ਦੇਖਣ ਵਾਲੀ ਹੈ
   *[other] { $count } ਚੀਜ਼ਾਂ ਦੇਖਣ ਵਾਲੀਆਂ ਹਨ
}
today-required = ਜ਼ਰੂਰੀ

## Navigation
nav-today = ਅੱਜ
nav-add = ਜੋੜੋ
nav-flags = ਦੇਖੋ
nav-week = ਹਫ਼ਤਾ
nav-more = ਹੋਰ
nav-pregnancy = ਗਰਭ
nav-guides = ਗਾਈਡਾਂ
nav-label = ਮੁੱਖ ਮੀਨੂ

## More
more-title = ਹੋਰ
more-conditions = ਤੁਹਾਡੇ ਲਾਇਸੈਂਸ, ਆਰਡਰ ਜਾਂ ਜ਼ਮਾਨਤ ਦੇ ਨਿਯਮ
more-pregnancy = ਤੁਹਾਡੇ ਜਣੇਪੇ ਦੀ ਤਰੀਕ ਅਤੇ ਗਰਭ ਦੀਆਂ ਜਾਂਚਾਂ
more-guides = ਤੁਹਾਡੇ ਹੱਕ ਅਤੇ ਕੀ ਕਰਨਾ ਹੈ, ਸੌਖੇ ਸ਼ਬਦਾਂ ਵਿੱਚ
more-settings = ਭਾਸ਼ਾ, ਪਾਸਵਰਡ, ਲੌਕ ਅਤੇ ਮਿਟਾਉਣਾ

## Week
week-title = ਅਗਲੇ 7 ਦਿਨ
week-check = ਇਹ ਦਿਨ ਦੇਖੋ
week-free = ਇਸ ਦਿਨ ਕੁਝ ਨਹੀਂ ਹੈ।

## Pregnancy
pregnancy-title = ਗਰਭ
pregnancy-weeks = ਤੁਹਾਡਾ ਗਰਭ { $weeks } ਹਫ਼ਤੇ ਅਤੇ { $days ->
    [one] { $days } ਦਿਨ
   *[other] { $days } ਦਿਨ
} ਦਾ ਹੈ।
pregnancy-due = ਤੁਹਾਡੇ ਜਣੇਪੇ ਦੀ ਤਰੀਕ { $date } ਹੈ। { $days ->
    [0] ਉਹ ਅੱਜ ਹੈ।
    [one] ਉਹ ਕੱਲ੍ਹ ਹੈ।
   *[other] ਉਹ { $days } ਦਿਨਾਂ ਬਾਅਦ ਹੈ।
}
pregnancy-due-past = ਤੁਹਾਡੇ ਜਣੇਪੇ ਦੀ ਤਰੀਕ { $date } ਸੀ।
pregnancy-none = ਜਣੇਪੇ ਦੀ ਕੋਈ ਤਰੀਕ ਸੰਭਾਲੀ ਹੋਈ ਨਹੀਂ ਹੈ। ਤੁਸੀਂ ਇਹ ਹੇਠਾਂ ਜੋੜ ਸਕਦੇ ਹੋ।
pregnancy-steps = ਤੁਹਾਡੀਆਂ ਗਰਭ ਦੀਆਂ ਜਾਂਚਾਂ
pregnancy-window = ਆਮ ਤੌਰ 'ਤੇ { $start } ਅਤੇ { $end } ਦੇ ਵਿਚਕਾਰ।
pregnancy-booked = ਤੁਹਾਡੀ ਡਾਇਰੀ ਵਿੱਚ: { $date }
pregnancy-state-due = ਇਸ ਦਾ ਸਮਾਂ ਹੁਣ ਹੈ। ਆਪਣੀ ਮਿਡਵਾਈਫ਼ ਨੂੰ ਇਹ ਬੁੱਕ ਕਰਨ ਲਈ ਕਹੋ।
pregnancy-state-missed = ਤੁਹਾਡੀ ਡਾਇਰੀ ਵਿੱਚ ਨਹੀਂ ਹੈ। ਜੇ ਤੁਸੀਂ ਇਹ ਕਰਵਾ ਲਈ ਸੀ, ਤਾਂ ਤੁਸੀਂ ਇਹ ਜੋੜ ਸਕਦੇ ਹੋ। ਜੇ ਨਹੀਂ, ਤਾਂ ਆਪਣੀ ਮਿਡਵਾਈਫ਼ ਨੂੰ ਇਸ ਬਾਰੇ ਪੁੱਛੋ।
pregnancy-state-later = ਬਾਅਦ ਵਿੱਚ।
pregnancy-source = ਇਹ ਜਾਂਚਾਂ ਗਰਭ ਦੌਰਾਨ ਦੇਖਭਾਲ ਦੀ NHS ਯੋਜਨਾ (NICE guideline NG201) ਮੁਤਾਬਕ ਹਨ। ਤੁਹਾਡੀ ਮਿਡਵਾਈਫ਼ ਤੁਹਾਡੇ ਲਈ ਕੋਈ ਵੱਖਰੀ ਯੋਜਨਾ ਬਣਾ ਸਕਦੀ ਹੈ।
pregnancy-set = ਜਣੇਪੇ ਦੀ ਤਰੀਕ
pregnancy-save = ਜਣੇਪੇ ਦੀ ਤਰੀਕ ਸੰਭਾਲੋ
pregnancy-remove = ਜਣੇਪੇ ਦੀ ਤਰੀਕ ਹਟਾਓ
pregnancy-due-invalid = ਕਿਰਪਾ ਕਰਕੇ ਇੱਕ ਤਰੀਕ ਚੁਣੋ।

## Pregnancy and baby checks (short names)
care-step-booking = ਮਿਡਵਾਈਫ਼ ਨਾਲ ਪਹਿਲੀ ਅਪੌਇੰਟਮੈਂਟ (ਬੁਕਿੰਗ)
care-step-dating_scan = 12 ਹਫ਼ਤਿਆਂ ਦਾ ਸਕੈਨ
care-step-appt_16 = 16 ਹਫ਼ਤਿਆਂ ਦੀ ਜਾਂਚ
care-step-anomaly_scan = 20 ਹਫ਼ਤਿਆਂ ਦਾ ਸਕੈਨ
care-step-appt_25 = 25 ਹਫ਼ਤਿਆਂ ਦੀ ਜਾਂਚ
care-step-appt_28 = 28 ਹਫ਼ਤਿਆਂ ਦੀ ਜਾਂਚ
care-step-appt_31 = 31 ਹਫ਼ਤਿਆਂ ਦੀ ਜਾਂਚ
care-step-appt_34 = 34 ਹਫ਼ਤਿਆਂ ਦੀ ਜਾਂਚ
care-step-appt_36 = 36 ਹਫ਼ਤਿਆਂ ਦੀ ਜਾਂਚ
care-step-appt_38 = 38 ਹਫ਼ਤਿਆਂ ਦੀ ਜਾਂਚ
care-step-appt_40 = 40 ਹਫ਼ਤਿਆਂ ਦੀ ਜਾਂਚ
care-step-appt_41 = 41 ਹਫ਼ਤਿਆਂ ਦੀ ਜਾਂਚ
care-step-midwife_postnatal = ਜਨਮ ਤੋਂ ਬਾਅਦ ਮਿਡਵਾਈਫ਼ ਦੀ ਮੁਲਾਕਾਤ
care-step-new_birth_visit = ਹੈਲਥ ਵਿਜ਼ਿਟਰ ਦੀ ਪਹਿਲੀ ਮੁਲਾਕਾਤ
care-step-six_week_check = ਜਨਮ ਤੋਂ 6 ਹਫ਼ਤੇ ਬਾਅਦ ਦੀ ਜਾਂਚ

## Guides
guides-title = ਗਾਈਡਾਂ
guides-intro = ਤੁਹਾਡੇ ਹੱਕ, ਅਤੇ ਤੁਹਾਡੇ ਅਤੇ ਤੁਹਾਡੇ ਬੱਚੇ ਨਾਲ ਜੁੜੇ ਸਿਸਟਮ, ਸੌਖੇ ਸ਼ਬਦਾਂ ਵਿੱਚ।
guides-sources = ਇਹ ਜਾਣਕਾਰੀ ਕਿੱਥੋਂ ਆਈ ਹੈ: { $sources }
guides-reviewed = ਆਖ਼ਰੀ ਵਾਰ ਜਾਂਚ ਕੀਤੀ: { $date }
guides-jurisdiction = ਇਹ ਕਿੱਥੇ ਲਾਗੂ ਹੁੰਦਾ ਹੈ: { $text }
guides-status-awaiting = ਇਹ ਲਿਖਤ ਅਨੁਵਾਦ ਕੀਤੀ ਗਈ ਹੈ ਅਤੇ ਅਜੇ ਇਸ ਦੀ ਜਾਂਚ ਹੋਣੀ ਹੈ। ਅੰਗਰੇਜ਼ੀ ਵਾਲੀ ਲਿਖਤ ਹੀ ਪੱਕੀ ਮੰਨੋ।
guides-all = ਸਾਰੀਆਂ ਗਾਈਡਾਂ
guides-side-by-side = ਇਸ ਨੂੰ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਦੇ ਨਾਲ ਦਿਖਾਓ
guides-glossary = ਸ਼ਬਦ ਅਤੇ ਉਹਨਾਂ ਦੇ ਅਰਥ

## The interpreter view: one guide in two languages, side by side
interpreter-title = ਨਾਲ-ਨਾਲ
interpreter-first = ਪਹਿਲੀ ਭਾਸ਼ਾ
interpreter-second = ਦੂਜੀ ਭਾਸ਼ਾ
interpreter-guide = ਗਾਈਡ
interpreter-terms = ਇਸ ਹਿੱਸੇ ਦੇ ਸ਼ਬਦ

## Glossary
glossary-title = ਸ਼ਬਦ ਅਤੇ ਉਹਨਾਂ ਦੇ ਅਰਥ
glossary-intro = ਪ੍ਰੋਬੇਸ਼ਨ, ਅਦਾਲਤਾਂ, ਸੋਸ਼ਲ ਕੇਅਰ ਅਤੇ ਗਰਭ ਤੇ ਜਣੇਪੇ ਦੀਆਂ ਸੇਵਾਵਾਂ ਤੋਂ ਸੁਣੇ ਜਾਣ ਵਾਲੇ ਸ਼ਬਦ, ਸੌਖੇ ਸ਼ਬਦਾਂ ਵਿੱਚ।
nav-glossary = ਸ਼ਬਦ
more-glossary = ਸ਼ਬਦ ਜੋ ਤੁਸੀਂ ਸੁਣ ਸਕਦੇ ਹੋ, ਅਤੇ ਉਹਨਾਂ ਦੇ ਅਰਥ

## Add an appointment
add-title = ਅਪੌਇੰਟਮੈਂਟ ਜੋੜੋ
add-kind = ਇਹ ਕੀ ਹੈ?
add-what = ਨਾਂ (ਜੋ ਚਿੱਠੀ ਵਿੱਚ ਲਿਖਿਆ ਹੈ)
add-date = ਤਰੀਕ
add-start = ਸ਼ੁਰੂ
add-end = ਖ਼ਤਮ
add-place = ਥਾਂ
add-travel = ਜਾਣ ਦਾ ਸਮਾਂ, ਇੱਕ ਪਾਸੇ ਦਾ (ਮਿੰਟ)
add-mandatory = ਮੈਨੂੰ ਜਾਣਾ ਹੀ ਪਵੇਗਾ (ਇਹ ਮੇਰੇ ਲਾਇਸੈਂਸ, ਆਰਡਰ ਜਾਂ ਜ਼ਮਾਨਤ ਦਾ ਹਿੱਸਾ ਹੈ)
add-edit-title = ਅਪੌਇੰਟਮੈਂਟ ਬਦਲੋ
add-repeat = ਕੀ ਇਹ ਵਾਰ-ਵਾਰ ਹੁੰਦੀ ਹੈ?
add-repeat-none = ਨਹੀਂ, ਸਿਰਫ਼ ਇੱਕ ਵਾਰ
add-repeat-weekly = ਹਰ ਹਫ਼ਤੇ
add-repeat-fortnightly = ਹਰ 2 ਹਫ਼ਤਿਆਂ ਬਾਅਦ
add-repeat-four_weekly = ਹਰ 4 ਹਫ਼ਤਿਆਂ ਬਾਅਦ
add-repeat-weekdays = ਹਰ ਕੰਮ ਵਾਲੇ ਦਿਨ (ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ)
add-repeat-custom = ਜਿਵੇਂ ਚਿੱਠੀ ਜਾਂ ਯੋਜਨਾ ਵਿੱਚ ਲਿਖਿਆ ਹੈ
add-times = ਕੁੱਲ ਕਿੰਨੀ ਵਾਰ?
add-repeat-summary = { $every ->
    [0] { $weekday } ਤੋਂ ਹਰ ਕੰਮ ਵਾਲੇ ਦਿਨ, { $count } ਵਾਰ
    [1] ਹਰ { $weekday }, { $count } ਵਾਰ
   *[other] ਹਰ { $every } ਹਫ਼ਤਿਆਂ ਬਾਅਦ { $weekday } ਨੂੰ, { $count } ਵਾਰ
}
add-care-step = ਇਹ ਗਰਭ ਜਾਂ ਬੱਚੇ ਦੀ ਕਿਹੜੀ ਜਾਂਚ ਹੈ?
add-care-step-none = ਪੱਕਾ ਨਹੀਂ ਪਤਾ, ਜਾਂ ਕੋਈ ਨਹੀਂ
add-notes = ਨੋਟਸ (ਇਹ ਸਿਰਫ਼ ਤੁਸੀਂ ਦੇਖਦੇ ਹੋ)
add-clashes = ਇਹ ਇਸ ਨਾਲ ਟਕਰਾਏਗੀ:
add-no-clash = ਕੋਈ ਟਕਰਾਅ ਨਹੀਂ ਮਿਲਿਆ।
add-save = ਸੰਭਾਲੋ
add-saved = ਸੰਭਾਲ ਲਿਆ।
add-fix = ਤਰੀਕ ਅਤੇ ਸਮਾਂ ਦੁਬਾਰਾ ਦੇਖੋ।

kind-probation = ਪ੍ਰੋਬੇਸ਼ਨ
kind-unpaid_work = ਬਿਨਾਂ ਤਨਖ਼ਾਹ ਦਾ ਕੰਮ
kind-programme = ਪ੍ਰੋਗਰਾਮ ਜਾਂ ਕੋਰਸ
kind-drug_test = ਨਸ਼ੇ ਜਾਂ ਸ਼ਰਾਬ ਦਾ ਟੈਸਟ
kind-police_reporting = ਪੁਲਿਸ ਸਟੇਸ਼ਨ 'ਤੇ ਹਾਜ਼ਰੀ ਲਵਾਉਣੀ
kind-court = ਅਦਾਲਤ
kind-family_court = ਪਰਿਵਾਰਕ ਅਦਾਲਤ
kind-antenatal = ਮਿਡਵਾਈਫ਼ ਜਾਂ ਸਕੈਨ
kind-postnatal = ਜਨਮ ਤੋਂ ਬਾਅਦ ਮਿਡਵਾਈਫ਼
kind-health_visitor = ਹੈਲਥ ਵਿਜ਼ਿਟਰ
kind-gp = GP ਜਾਂ ਨਰਸ
kind-hospital = ਹਸਪਤਾਲ
kind-mental_health = ਮਾਨਸਿਕ ਸਿਹਤ
kind-substance_misuse = ਨਸ਼ੇ ਜਾਂ ਸ਼ਰਾਬ ਦੀ ਸੇਵਾ
kind-social_care = ਸੋਸ਼ਲ ਵਰਕਰ
kind-child_protection = ਬਾਲ ਸੁਰੱਖਿਆ ਮੀਟਿੰਗ
kind-child_contact = ਆਪਣੇ ਬੱਚੇ ਨੂੰ ਮਿਲਣਾ
kind-solicitor = ਸੌਲਿਸਿਟਰ (ਵਕੀਲ)
kind-housing = ਰਿਹਾਇਸ਼
kind-benefits = ਜੌਬਸੈਂਟਰ ਜਾਂ ਬੈਨੀਫ਼ਿਟ
kind-support = ਮਦਦ ਜਾਂ ਔਰਤਾਂ ਦਾ ਸੈਂਟਰ
kind-other = ਕੁਝ ਹੋਰ

## Flags
flags-title = ਦੇਖਣ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ
flags-none = ਹੁਣ ਦੇਖਣ ਲਈ ਕੁਝ ਨਹੀਂ ਹੈ।
flags-actions = ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ
flags-draft = ਇੱਕ ਸੁਨੇਹਾ ਜੋ ਤੁਸੀਂ ਭੇਜ ਸਕਦੇ ਹੋ ਜਾਂ ਪੜ੍ਹ ਕੇ ਸੁਣਾ ਸਕਦੇ ਹੋ
flags-copy = ਸੁਨੇਹਾ ਕਾਪੀ ਕਰੋ
flags-copied = ਕਾਪੀ ਹੋ ਗਿਆ।
flags-draft-english = ਇਹੀ ਸੁਨੇਹਾ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ, ਅੰਗਰੇਜ਼ੀ ਪੜ੍ਹਨ ਵਾਲੇ ਲਈ
flags-copy-english = ਅੰਗਰੇਜ਼ੀ ਵਾਲਾ ਸੁਨੇਹਾ ਕਾਪੀ ਕਰੋ
flags-guide = ਹੋਰ ਪੜ੍ਹੋ: { $title }
flags-sorted-open = ਮੈਂ ਇਹ ਹੱਲ ਕਰ ਲਿਆ ਹੈ
flags-sorted-note = ਤੁਸੀਂ ਕੀ ਕੀਤਾ? (ਇਹ ਸਿਰਫ਼ ਤੁਸੀਂ ਦੇਖਦੇ ਹੋ)
flags-sorted-button = ਹੱਲ ਹੋਇਆ ਲਿਖੋ
flags-history = ਹੱਲ ਹੋ ਗਏ
flags-sorted-undo = ਅਸਲ ਵਿੱਚ ਹੱਲ ਨਹੀਂ ਹੋਇਆ

## My conditions
nav-conditions = ਨਿਯਮ
conditions-title = ਮੇਰੇ ਨਿਯਮ
conditions-intro = ਆਪਣੇ ਲਾਇਸੈਂਸ, ਆਰਡਰ ਜਾਂ ਜ਼ਮਾਨਤ ਦੇ ਨਿਯਮ ਜੋੜੋ। ਐਪ ਦੇਖਦੀ ਹੈ ਕਿ ਤੁਹਾਡੀਆਂ ਅਪੌਇੰਟਮੈਂਟਾਂ ਇਹਨਾਂ ਨਿਯਮਾਂ ਨਾਲ ਟਕਰਾਉਂਦੀਆਂ ਤਾਂ ਨਹੀਂ।
conditions-none = ਅਜੇ ਕੋਈ ਨਿਯਮ ਨਹੀਂ ਜੋੜਿਆ।
conditions-from = ਤੋਂ
conditions-starts = ਸ਼ੁਰੂ ਹੋਣ ਦੀ ਤਰੀਕ (ਜੇ ਕੋਈ ਤਰੀਕ ਹੈ)
conditions-ends = ਖ਼ਤਮ ਹੋਣ ਦੀ ਤਰੀਕ (ਜੇ ਕੋਈ ਤਰੀਕ ਹੈ)
conditions-source = ਇਹ ਨਿਯਮ ਕਿੱਥੋਂ ਹੈ?
source-licence = ਮੇਰਾ ਲਾਇਸੈਂਸ
source-community_order = ਮੇਰਾ ਕਮਿਊਨਿਟੀ ਆਰਡਰ
source-suspended_sentence = ਮੇਰੀ ਸਸਪੈਂਡਡ ਸਜ਼ਾ
source-bail = ਮੇਰੀ ਜ਼ਮਾਨਤ
source-other = ਕਿਤੋਂ ਹੋਰ
conditions-home = ਮੇਰਾ ਮਨਜ਼ੂਰ ਕੀਤਾ ਪਤਾ
conditions-home-where = ਇਹ ਕਿੱਥੇ ਹੈ? ਨਕਸ਼ੇ ਦਾ ਲਿੰਕ ਪੇਸਟ ਕਰੋ, ਜਾਂ ਨਿਰਦੇਸ਼ਾਂਕ (coordinates) ਲਿਖੋ।
conditions-home-save = ਮੇਰਾ ਪਤਾ ਸੰਭਾਲੋ
conditions-curfew = ਕਰਫ਼ਿਊ
conditions-curfew-from = ਕਰਫ਼ਿਊ ਸ਼ੁਰੂ
conditions-curfew-to = ਕਰਫ਼ਿਊ ਖ਼ਤਮ
conditions-curfew-tag = ਕੀ ਤੁਸੀਂ ਟੈਗ ਪਾਉਂਦੇ ਹੋ?
conditions-curfew-days = ਇਹ ਕਿਹੜੇ ਦਿਨਾਂ ਨੂੰ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ?
conditions-hours = { $days }: { $from }–{ $to }
conditions-dates = { $start } ਤੋਂ { $end } ਤੱਕ
conditions-dates-from = { $start } ਤੋਂ
conditions-dates-until = { $end } ਤੱਕ
conditions-curfew-more = ਇਹ ਘੰਟੇ ਜੋੜੋ, ਫਿਰ ਹੋਰ ਦਿਨਾਂ ਲਈ ਹੋਰ ਘੰਟੇ ਜੋੜੋ
conditions-where-invalid = ਇਹ ਅਜਿਹਾ ਨਕਸ਼ੇ ਦਾ ਲਿੰਕ ਜਾਂ ਨਿਰਦੇਸ਼ਾਂਕ ਨਹੀਂ ਹਨ ਜੋ ਐਪ ਪੜ੍ਹ ਸਕੇ। ਕਿਸੇ ਨਕਸ਼ੇ ਵਾਲੀ ਐਪ ਦਾ ਲਿੰਕ ਵਰਤੋ, ਜਾਂ ਇਸ ਤਰ੍ਹਾਂ ਦੇ ਨੰਬਰ: 52.41, -1.51
conditions-named = ਉਸ ਵਿਅਕਤੀ ਦਾ ਨਾਂ ਜਿਸ ਨਾਲ ਮੈਂ ਸੰਪਰਕ ਨਹੀਂ ਕਰ ਸਕਦੀ
conditions-shared = ਉਹ ਯੋਜਨਾ ਵਰਤੋ ਜੋ ਮੇਰੇ ਵਰਕਰ ਨੇ ਭੇਜੀ ਹੈ
conditions-shared-how = ਜੇ ਤੁਹਾਡੇ ਵਰਕਰ ਨੇ ਤੁਹਾਨੂੰ ਯੋਜਨਾ ਦੀ ਫ਼ਾਈਲ ਭੇਜੀ ਹੈ, ਤਾਂ ਉਸ ਨੂੰ ਖੋਲ੍ਹੋ ਅਤੇ ਸਾਰੀ ਕਾਪੀ ਕਰੋ। ਫਿਰ ਇੱਥੇ ਪੇਸਟ ਕਰੋ। ਉਸ ਦੀਆਂ ਅਪੌਇੰਟਮੈਂਟਾਂ ਅਤੇ ਨਿਯਮ ਤੁਹਾਡੇ ਵਾਲਿਆਂ ਨਾਲ ਜੁੜ ਜਾਂਦੇ ਹਨ।
conditions-shared-label = ਯੋਜਨਾ
conditions-shared-add = ਯੋਜਨਾ ਜੋੜੋ
conditions-shared-done = { $appointments ->
    [one] { $appointments } ਅਪੌਇੰਟਮੈਂਟ
   *[other] { $appointments } ਅਪੌਇੰਟਮੈਂਟਾਂ
} ਅਤੇ { $conditions ->
    [one] { $conditions } ਨਿਯਮ
   *[other] { $conditions } ਨਿਯਮ
} ਜੋੜੇ ਗਏ।
conditions-shared-invalid = ਕੁਝ ਨਹੀਂ ਜੋੜਿਆ ਗਿਆ। ਯੋਜਨਾ ਵਿੱਚ { $count ->
    [one] { $count } ਗਲਤੀ ਹੈ
   *[other] { $count } ਗਲਤੀਆਂ ਹਨ
}। ਇਹ ਲਾਈਨਾਂ ਆਪਣੇ ਵਰਕਰ ਨੂੰ ਦਿਖਾਓ:
conditions-shared-not-plan = ਕੁਝ ਨਹੀਂ ਜੋੜਿਆ ਗਿਆ। ਇਹ ਅਜਿਹੀ ਯੋਜਨਾ ਫ਼ਾਈਲ ਨਹੀਂ ਜੋ ਐਪ ਪੜ੍ਹ ਸਕੇ। ਆਪਣੇ ਵਰਕਰ ਨੂੰ ਇਹ ਦੁਬਾਰਾ ਭੇਜਣ ਲਈ ਕਹੋ।
conditions-add-named = ਇਸ ਵਿਅਕਤੀ ਨਾਲ ਕੋਈ ਸੰਪਰਕ ਨਹੀਂ
monitoring-rf_tag = ਹਾਂ, ਮੇਰੇ ਕਰਫ਼ਿਊ ਲਈ ਟੈਗ (ਘਰ ਵਿੱਚ ਇੱਕ ਡੱਬੇ ਨਾਲ)
monitoring-gps_tag = ਹਾਂ, ਇੱਕ GPS ਟੈਗ
monitoring-alcohol_tag = ਹਾਂ, ਸ਼ਰਾਬ ਵਾਲਾ ਟੈਗ
monitoring-none = ਕੋਈ ਟੈਗ ਨਹੀਂ
monitoring-doorstep = ਕੋਈ ਦਰਵਾਜ਼ੇ 'ਤੇ ਆ ਕੇ ਜਾਂਚ ਕਰਦਾ ਹੈ
conditions-add-curfew = ਇਹ ਕਰਫ਼ਿਊ ਜੋੜੋ
conditions-zone = ਇੱਕ ਥਾਂ ਜਿੱਥੇ ਮੈਂ ਨਹੀਂ ਜਾ ਸਕਦੀ
conditions-zone-name = ਥਾਂ ਦਾ ਨਾਂ
conditions-zone-where = ਇਹ ਕਿੱਥੇ ਹੈ? ਨਕਸ਼ੇ ਦਾ ਲਿੰਕ ਪੇਸਟ ਕਰੋ, ਜਾਂ ਨਿਰਦੇਸ਼ਾਂਕ (coordinates) ਲਿਖੋ।
conditions-zone-radius = ਇਸ ਦੇ ਆਲੇ-ਦੁਆਲੇ ਕਿੰਨੀ ਦੂਰ ਤੱਕ (ਮੀਟਰ)
conditions-add-zone = ਇਹ ਥਾਂ ਜੋੜੋ
conditions-other = ਹੋਰ ਨਿਯਮ
conditions-add-no-contact = 18 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਕਿਸੇ ਨਾਲ ਵੀ ਸੰਪਰਕ ਨਹੀਂ
conditions-add-approved = ਮੈਨੂੰ ਆਪਣੇ ਮਨਜ਼ੂਰ ਕੀਤੇ ਪਤੇ 'ਤੇ ਰਹਿਣਾ ਪਵੇਗਾ
conditions-add-travel = ਮੈਂ UK ਤੋਂ ਬਾਹਰ ਨਹੀਂ ਜਾ ਸਕਦੀ
conditions-kind-curfew = ਕਰਫ਼ਿਊ
conditions-kind-exclusion_zone = ਇੱਕ ਥਾਂ ਜਿੱਥੇ ਮੈਂ ਨਹੀਂ ਜਾ ਸਕਦੀ
conditions-kind-no_contact = ਕੋਈ ਸੰਪਰਕ ਨਹੀਂ
conditions-kind-approved_address = ਮਨਜ਼ੂਰ ਕੀਤਾ ਪਤਾ
conditions-kind-travel_ban = ਸਫ਼ਰ 'ਤੇ ਪਾਬੰਦੀ
conditions-added = ਜੋੜ ਦਿੱਤਾ।

## Settings
nav-settings = ਸੈਟਿੰਗਾਂ
settings-title = ਸੈਟਿੰਗਾਂ
settings-language = ਭਾਸ਼ਾ
settings-autolock = ਇੰਨੇ ਮਿੰਟ ਫ਼ੋਨ ਨੂੰ ਹੱਥ ਨਾ ਲੱਗੇ ਤਾਂ ਲੌਕ ਕਰੋ
settings-autolock-save = ਸੰਭਾਲੋ
settings-discreet = ਯਾਦ ਕਰਾਉਣ ਵਾਲੇ ਸੁਨੇਹਿਆਂ ਵਿੱਚ ਵੇਰਵੇ ਦਿਖਾਓ (ਬੰਦ ਹੋਣ 'ਤੇ ਉਹ ਸਿਰਫ਼ "14:00 ਵਜੇ ਯਾਦ ਕਰਾਉਣਾ" ਕਹਿੰਦੇ ਹਨ)
settings-passphrase = ਮੇਰਾ ਪਾਸਵਰਡ ਬਦਲੋ
settings-passphrase-new = ਨਵਾਂ ਪਾਸਵਰਡ
settings-passphrase-save = ਇਹ ਬਦਲੋ
settings-passphrase-done = ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਬਦਲ ਗਿਆ ਹੈ।
settings-saved = ਸੰਭਾਲ ਲਿਆ।
settings-duress = ਦੂਜਾ ਪਾਸਵਰਡ
settings-duress-replaces = ਨਵਾਂ ਦੂਜਾ ਪਾਸਵਰਡ ਬਣਾਉਣ ਨਾਲ, ਜਾਂ ਇਸ ਨੂੰ ਬੰਦ ਕਰਨ ਨਾਲ, ਦੂਜੀ ਡਾਇਰੀ ਖਾਲੀ ਹੋ ਜਾਂਦੀ ਹੈ। ਉਸ ਵਿੱਚ ਜੋ ਕੁਝ ਵੀ ਹੈ, ਉਹ ਮਿਟ ਜਾਂਦਾ ਹੈ, ਅਤੇ ਕੋਈ ਵੀ ਉਸ ਨੂੰ ਵਾਪਸ ਨਹੀਂ ਲਿਆ ਸਕਦਾ।
settings-duress-understood = ਮੈਂ ਸਮਝਦੀ ਹਾਂ ਕਿ ਦੂਜੀ ਡਾਇਰੀ ਖਾਲੀ ਹੋ ਜਾਵੇਗੀ
settings-duress-new = ਨਵਾਂ ਦੂਜਾ ਪਾਸਵਰਡ
settings-duress-save = ਇਹ ਲਾਓ
settings-duress-remove = ਇਸ ਨੂੰ ਬੰਦ ਕਰੋ
settings-duress-done = ਦੂਜਾ ਪਾਸਵਰਡ ਲੱਗ ਗਿਆ ਹੈ। ਇਹ ਇੱਕ ਖਾਲੀ ਡਾਇਰੀ ਖੋਲ੍ਹਦਾ ਹੈ। ਪੁਰਾਣੀ ਡਾਇਰੀ ਵਿੱਚ ਜੋ ਕੁਝ ਸੀ, ਉਹ ਮਿਟਾ ਦਿੱਤਾ ਗਿਆ।
settings-duress-removed = ਦੂਜਾ ਪਾਸਵਰਡ ਬੰਦ ਹੋ ਗਿਆ ਹੈ। ਦੂਜੀ ਡਾਇਰੀ ਖਾਲੀ ਕਰ ਦਿੱਤੀ ਗਈ।
settings-wipe = ਸਭ ਕੁਝ ਮਿਟਾਓ
settings-wipe-warning = ਇਹ ਇਸ ਫ਼ੋਨ ਤੋਂ ਤੁਹਾਡੀ ਪੂਰੀ ਡਾਇਰੀ ਮਿਟਾ ਦਿੰਦਾ ਹੈ। ਕੋਈ ਵੀ ਇਸ ਨੂੰ ਵਾਪਸ ਨਹੀਂ ਲਿਆ ਸਕਦਾ, ਤੁਹਾਡੇ ਪਾਸਵਰਡ ਨਾਲ ਵੀ ਨਹੀਂ। ਤੁਹਾਡੀਆਂ ਅਪੌਇੰਟਮੈਂਟਾਂ ਅਤੇ ਨੋਟਸ ਸਬੂਤ ਦੇ ਤੌਰ 'ਤੇ ਕੰਮ ਆ ਸਕਦੇ ਹਨ: ਇਹ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਸੋਚ ਲਓ।
settings-wipe-confirm = ਸਭ ਕੁਝ ਮਿਟਾਉਣ ਲਈ, ਮਿਟਾਓ ਲਿਖੋ
settings-wipe-word = ਮਿਟਾਓ
settings-wipe-button = ਹੁਣੇ ਸਭ ਕੁਝ ਮਿਟਾਓ

## Problems, in plain words

error-weak-passphrase = ਤੁਹਾਡੇ ਪਾਸਵਰਡ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ { $min } ਅੱਖਰ ਜਾਂ ਨੰਬਰ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ।
error-passphrase-not-usable = ਤੁਸੀਂ ਇੱਥੇ ਇਹ ਪਾਸਵਰਡ ਨਹੀਂ ਵਰਤ ਸਕਦੇ। ਕਿਰਪਾ ਕਰਕੇ ਕੋਈ ਹੋਰ ਚੁਣੋ।
error-stale = ਨੋਟਸ ਕਿਸੇ ਹੋਰ ਵਿੰਡੋ ਵਿੱਚ ਬਦਲੇ ਗਏ ਸਨ। ਇਹ ਵਿੰਡੋ ਬੰਦ ਕਰੋ ਅਤੇ ਨੋਟਸ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ।
error-newer = ਇਹ ਨੋਟਸ ਐਪ ਦੇ ਨਵੇਂ ਵਰਜ਼ਨ ਨਾਲ ਬਣਾਏ ਗਏ ਸਨ। ਕਿਰਪਾ ਕਰਕੇ ਐਪ ਅੱਪਡੇਟ ਕਰੋ।
error-storage = ਫ਼ੋਨ ਇਹ ਸੰਭਾਲ ਨਹੀਂ ਸਕਿਆ। ਹੋ ਸਕਦਾ ਹੈ ਫ਼ੋਨ ਭਰਿਆ ਹੋਵੇ। ਕੁਝ ਵੀ ਗੁਆਚਿਆ ਨਹੀਂ।
error-locked = ਤੁਹਾਡੇ ਨੋਟਸ ਲੌਕ ਹਨ। ਅੱਗੇ ਵਧਣ ਲਈ ਇਹਨਾਂ ਨੂੰ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ।
error-invalid = ਇਸ ਫ਼ਾਰਮ ਵਿੱਚ ਕੁਝ ਅਜੇ ਠੀਕ ਨਹੀਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ ਦੇਖੋ।
error-screen = ਇਸ ਸਕਰੀਨ 'ਤੇ ਕੁਝ ਗਲਤ ਹੋ ਗਿਆ। ਤੁਹਾਡੇ ਨੋਟਸ ਸੁਰੱਖਿਅਤ ਹਨ। ਪਿੱਛੇ ਜਾਓ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-back = ਪਿੱਛੇ ਜਾਓ

## Sharing with a support worker
nav-sharing = ਸਾਂਝਾ ਕਰੋ
more-sharing = ਚੁਣੀਆਂ ਹੋਈਆਂ ਚੀਜ਼ਾਂ ਆਪਣੇ ਸਪੋਰਟ ਵਰਕਰ ਨਾਲ ਸਾਂਝੀਆਂ ਕਰੋ
sharing-title = ਆਪਣੇ ਵਰਕਰ ਨਾਲ ਸਾਂਝਾ ਕਰਨਾ
sharing-intro = ਤੁਸੀਂ ਕਿਸੇ ਸਪੋਰਟ ਵਰਕਰ ਨੂੰ ਆਪਣੀ ਡਾਇਰੀ ਦਾ ਕੁਝ ਹਿੱਸਾ ਦੇਖਣ ਦੇ ਸਕਦੇ ਹੋ। ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਨਹੀਂ ਚੁਣਦੇ, ਕੁਝ ਵੀ ਸਾਂਝਾ ਨਹੀਂ ਹੁੰਦਾ। ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਵੇਲੇ ਰੋਕ ਸਕਦੇ ਹੋ।
sharing-honest = ਤੁਹਾਡਾ ਵਰਕਰ ਸਿਰਫ਼ ਉਹੀ ਦੇਖਦਾ ਹੈ ਜਿਸ 'ਤੇ ਤੁਸੀਂ ਇੱਥੇ ਨਿਸ਼ਾਨ ਲਾਉਂਦੇ ਹੋ। ਜੋ ਕੁਝ ਉਹ ਪਹਿਲਾਂ ਦੇਖ ਚੁੱਕਾ ਹੈ, ਉਹ ਉਸ ਨੂੰ ਯਾਦ ਰੱਖ ਸਕਦਾ ਹੈ ਜਾਂ ਲਿਖ ਸਕਦਾ ਹੈ। ਕਿਸੇ ਵੀ ਪੇਸ਼ੇਵਰ ਵਾਂਗ, ਜੇ ਕਿਸੇ ਬੱਚੇ ਨੂੰ ਖ਼ਤਰਾ ਹੋ ਸਕਦਾ ਹੋਵੇ, ਤਾਂ ਉਸ ਨੂੰ ਜਾਣਕਾਰੀ ਅੱਗੇ ਦੱਸਣੀ ਪੈ ਸਕਦੀ ਹੈ।
sharing-none = ਤੁਸੀਂ ਕਿਸੇ ਨਾਲ ਵੀ ਕੁਝ ਸਾਂਝਾ ਨਹੀਂ ਕਰ ਰਹੇ।
sharing-code = ਤੁਹਾਡੇ ਵਰਕਰ ਵੱਲੋਂ ਮਿਲਿਆ ਕੋਡ
sharing-accept = ਕਨੈਕਟ ਕਰੋ
sharing-number = ਸੁਰੱਖਿਆ ਨੰਬਰ
sharing-number-how = ਦੇਖੋ ਕਿ ਤੁਹਾਡੇ ਵਰਕਰ ਦੀ ਸਕਰੀਨ 'ਤੇ ਵੀ ਇਹੀ ਨੰਬਰ ਹੈ। ਇਹ ਆਹਮੋ-ਸਾਹਮਣੇ ਮਿਲ ਕੇ ਕਰੋ।
sharing-number-match = ਨੰਬਰ ਇੱਕੋ ਜਿਹੇ ਹਨ
sharing-number-wait = ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਨੰਬਰ ਮਿਲਾ ਕੇ ਨਹੀਂ ਦੇਖਦੇ, ਕੁਝ ਵੀ ਸਾਂਝਾ ਨਹੀਂ ਹੁੰਦਾ।
sharing-what = ਤੁਹਾਡਾ ਵਰਕਰ ਕੀ ਦੇਖਦਾ ਹੈ
sharing-conditions = ਮੇਰੇ ਲਾਇਸੈਂਸ, ਆਰਡਰ ਜਾਂ ਜ਼ਮਾਨਤ ਦੇ ਨਿਯਮ
sharing-due-date = ਮੇਰੇ ਜਣੇਪੇ ਦੀ ਤਰੀਕ
sharing-home = ਮੇਰਾ ਮਨਜ਼ੂਰ ਕੀਤਾ ਪਤਾ
sharing-kinds = ਇਸ ਕਿਸਮ ਦੀਆਂ ਅਪੌਇੰਟਮੈਂਟਾਂ:
sharing-sync = ਹੁਣੇ ਸਾਂਝਾ ਕਰੋ
sharing-synced = ਹੋ ਗਿਆ। ਭੇਜੇ: { $sent }, ਮਿਲੇ: { $received }।
sharing-proposals = ਤੁਹਾਡੇ ਵਰਕਰ ਵੱਲੋਂ ਸੁਝਾਈਆਂ ਅਪੌਇੰਟਮੈਂਟਾਂ
sharing-proposal-clash = ਇਹ ਇਸ ਨਾਲ ਟਕਰਾਏਗੀ:
sharing-proposal-accept = ਇਸ ਨੂੰ ਮੇਰੀ ਡਾਇਰੀ ਵਿੱਚ ਜੋੜੋ
sharing-proposal-decline = ਨਹੀਂ, ਧੰਨਵਾਦ
sharing-stop = ਸਾਂਝਾ ਕਰਨਾ ਬੰਦ ਕਰੋ
sharing-stop-understood = ਮੈਂ ਸਮਝਦੀ ਹਾਂ ਕਿ ਮੇਰੇ ਵਰਕਰ ਨੇ ਜੋ ਕੁਝ ਪਹਿਲਾਂ ਦੇਖ ਲਿਆ ਹੈ, ਉਹ ਉਸ ਕੋਲ ਰਹਿੰਦਾ ਹੈ
sharing-stopped = ਤੁਸੀਂ ਸਾਂਝਾ ਕਰਨਾ ਬੰਦ ਕਰ ਦਿੱਤਾ ਹੈ।
sharing-client = ਤੁਹਾਡੀ ਕਲਾਇੰਟ
sharing-client-flags = ਤੁਹਾਡੀ ਕਲਾਇੰਟ ਜੋ ਸਾਂਝਾ ਕਰਦੀ ਹੈ, ਉਸ ਵਿੱਚ ਦੇਖਣ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ
sharing-client-none = ਤੁਹਾਡੀ ਕਲਾਇੰਟ ਜੋ ਸਾਂਝਾ ਕਰਦੀ ਹੈ, ਉਸ ਵਿੱਚ ਦੇਖਣ ਲਈ ਕੁਝ ਨਹੀਂ ਹੈ।
sharing-client-ended = ਤੁਹਾਡੀ ਕਲਾਇੰਟ ਨੇ ਸਾਂਝਾ ਕਰਨਾ ਬੰਦ ਕਰ ਦਿੱਤਾ ਹੈ। ਉਸ ਦੀ ਜਾਣਕਾਰੀ ਹਟਾ ਦਿੱਤੀ ਗਈ ਹੈ।
sharing-shared = ਸਾਂਝੀ ਕੀਤੀ
error-network = ਐਪ ਸਾਂਝਾ ਕਰਨ ਵਾਲੀ ਸੇਵਾ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਸਕੀ। ਆਪਣਾ ਇੰਟਰਨੈੱਟ ਕਨੈਕਸ਼ਨ ਦੇਖੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਕੁਝ ਵੀ ਗੁਆਚਿਆ ਨਹੀਂ।
error-code-invalid = ਇਹ ਕੋਡ ਠੀਕ ਨਹੀਂ ਹੈ। ਆਪਣੇ ਵਰਕਰ ਨਾਲ ਇਸ ਨੂੰ ਮਿਲਾ ਕੇ ਦੇਖੋ, ਜਾਂ ਨਵਾਂ ਕੋਡ ਮੰਗੋ।
error-code-expired = ਇਹ ਕੋਡ ਬਹੁਤ ਪੁਰਾਣਾ ਹੋ ਗਿਆ ਹੈ। ਆਪਣੇ ਵਰਕਰ ਤੋਂ ਨਵਾਂ ਕੋਡ ਮੰਗੋ।
error-code-used = ਇਹ ਕੋਡ ਪਹਿਲਾਂ ਹੀ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ। ਆਪਣੇ ਵਰਕਰ ਤੋਂ ਨਵਾਂ ਕੋਡ ਮੰਗੋ।
error-not-confirmed = ਪਹਿਲਾਂ ਆਪਣੇ ਵਰਕਰ ਨਾਲ ਸੁਰੱਖਿਆ ਨੰਬਰ ਮਿਲਾ ਕੇ ਦੇਖੋ।
sharing-worker-title = ਸਪੋਰਟ ਵਰਕਰਾਂ ਲਈ
sharing-worker-how = ਜੇ ਤੁਸੀਂ ਸਪੋਰਟ ਵਰਕਰ ਹੋ, ਤਾਂ ਇੱਥੇ ਸੱਦਾ ਬਣਾਓ ਅਤੇ ਇਸ ਦਾ ਕੋਡ ਉਸ ਔਰਤ ਨੂੰ ਦਿਖਾਓ ਜਿਸ ਦੀ ਤੁਸੀਂ ਮਦਦ ਕਰਦੇ ਹੋ।
sharing-worker-relay = ਤੁਹਾਡੀ ਸੰਸਥਾ ਦੀ ਸਾਂਝ ਸੇਵਾ ਦਾ ਪਤਾ
sharing-worker-invite = ਸੱਦਾ ਬਣਾਓ
sharing-worker-code = ਉਸ ਨੂੰ ਇਹ ਕੋਡ ਦਿਖਾਓ ਜਾਂ ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ। ਇਹ ਇੱਕ ਵਾਰ, 24 ਘੰਟਿਆਂ ਲਈ ਕੰਮ ਕਰਦਾ ਹੈ।
