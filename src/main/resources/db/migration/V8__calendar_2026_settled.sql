-- 2026 settled and 2020-2021 completed (issue 13).
--
-- The labour ministry stated on 18 March 2026 that 30 August is no longer a holiday from
-- 2026: the new Constitution's day is 15 March, kept from 2027. So Monday 31 August 2026,
-- which V2 shipped as the day off for a Saturday holiday, was a working day. Kurban Ait 2026
-- fell on 27 May, as shipped. Deadlines already set across 31 August are not moved here:
-- the deadline review lists every open one this changes (DeadlineWatch.toReview).
UPDATE holiday_rule SET last_year = 2025 WHERE code = 'CONSTITUTION_DAY';

-- The government's yearly transfers for 2020 (decree of 2019 on the 2020 days off) and 2021
-- (decree of 2020 on the 2021 days off): a weekday off for a Saturday or Sunday worked.
INSERT INTO calendar_entry (calendar_date, kind, paired_day, reason_kk, reason_ru, reason_en) VALUES (DATE('2020-01-03'), 'TRANSFER', DATE('2020-01-05'), 'Демалыс күнін ауыстыру (Үкімет шешімі)', 'Перенос дня отдыха (решение Правительства)', 'Day off transferred by the Government');
INSERT INTO calendar_entry (calendar_date, kind, paired_day, reason_kk, reason_ru, reason_en) VALUES (DATE('2020-01-05'), 'WORKING_WEEKEND', DATE('2020-01-03'), 'Жұмыс күні (демалыс күні ауыстырылған)', 'Рабочий день (перенос дня отдыха)', 'Working day (day off transferred)');
INSERT INTO calendar_entry (calendar_date, kind, paired_day, reason_kk, reason_ru, reason_en) VALUES (DATE('2020-12-18'), 'TRANSFER', DATE('2020-12-20'), 'Демалыс күнін ауыстыру (Үкімет шешімі)', 'Перенос дня отдыха (решение Правительства)', 'Day off transferred by the Government');
INSERT INTO calendar_entry (calendar_date, kind, paired_day, reason_kk, reason_ru, reason_en) VALUES (DATE('2020-12-20'), 'WORKING_WEEKEND', DATE('2020-12-18'), 'Жұмыс күні (демалыс күні ауыстырылған)', 'Рабочий день (перенос дня отдыха)', 'Working day (day off transferred)');
INSERT INTO calendar_entry (calendar_date, kind, paired_day, reason_kk, reason_ru, reason_en) VALUES (DATE('2021-07-05'), 'TRANSFER', DATE('2021-07-03'), 'Демалыс күнін ауыстыру (Үкімет шешімі)', 'Перенос дня отдыха (решение Правительства)', 'Day off transferred by the Government');
INSERT INTO calendar_entry (calendar_date, kind, paired_day, reason_kk, reason_ru, reason_en) VALUES (DATE('2021-07-03'), 'WORKING_WEEKEND', DATE('2021-07-05'), 'Жұмыс күні (демалыс күні ауыстырылған)', 'Рабочий день (перенос дня отдыха)', 'Working day (day off transferred)');

UPDATE calendar_year SET confirmed = TRUE, note_kk = NULL, note_ru = NULL, note_en = NULL WHERE calendar_year IN (2021, 2026);
-- 2020 keeps a note: the holiday libraries give Friday 8 May as Victory Day's day off that
-- year, where the weekend rule gives Monday 11 May; not confirmed until checked.
UPDATE calendar_year SET note_kk = 'Жеңіс күнінің демалысы (8 немесе 11 мамыр) қаулымен салыстырылмаған.',
    note_ru = 'Выходной за День Победы (8 или 11 мая) не сверен с постановлением.',
    note_en = 'The day off for Victory Day (8 or 11 May) is not yet checked against the decree.'
    WHERE calendar_year = 2020;
