-- 2020 settled (issue 13). The government's decree on the 2020 days off moved Victory Day's
-- day off: 9 May fell on a Saturday, the weekend rule gives Monday 11 May, and the decree
-- gave Friday 8 May instead, so 11 May was worked. A dated entry overrides what the rules
-- give a day, so the moved day is kept as worked beside the transfer.
INSERT INTO calendar_entry (calendar_date, kind, paired_day, reason_kk, reason_ru, reason_en) VALUES (DATE('2020-05-08'), 'TRANSFER', DATE('2020-05-11'), 'Жеңіс күнінің демалысы 11 мамырдан 8 мамырға ауыстырылды (Үкімет шешімі)', 'Выходной за День Победы перенесён с 11 на 8 мая (решение Правительства)', 'Victory Day''s day off moved from 11 to 8 May by the Government');
INSERT INTO calendar_entry (calendar_date, kind, paired_day, reason_kk, reason_ru, reason_en) VALUES (DATE('2020-05-11'), 'WORKING_WEEKEND', DATE('2020-05-08'), 'Жұмыс күні (Жеңіс күнінің демалысы 8 мамырға ауыстырылды)', 'Рабочий день (выходной за День Победы перенесён на 8 мая)', 'Working day (Victory Day''s day off moved to 8 May)');
UPDATE calendar_year SET confirmed = TRUE, note_kk = NULL, note_ru = NULL, note_en = NULL WHERE calendar_year = 2020;
