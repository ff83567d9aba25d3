-- PostgreSQL only: the quality figures' load (README, "Benchmarks"; StatisticsLoad).
-- 498 more providers (P0001…P0498; with DEMO and SECOND, 500), then 1,000,000 complaints
-- spread over them and over every state service, registered from 1 January 2024 to
-- 25 November 2026, copied from the first registered complaint. Each one in 40 is
-- withdrawn, the last ten days' and each one in 997 are open; the rest answered 0–8 days
-- after registration against a deadline 7 days after it (one in nine late), outcomes mixed.
-- One answer in 50 is appealed to the authorized body, which decides it 15 days later;
-- upheld appeals instruct the provider, which complies within 0–9 days (7 allowed).
-- Finally the figures are marked unbuilt: the next refresh counts every month again.
-- Needs one registered complaint to copy (the README's curl registers one), then:
-- psql -v ON_ERROR_STOP=1 -f src/test/resources/bench/seed-1m-statistics.sql <database>
INSERT INTO organisation (kind, code, name_kk, name_ru, name_en, version)
SELECT 'SERVICE_PROVIDER', 'P' || lpad(p::text, 4, '0'), 'Қызмет беруші ' || p, 'Услугодатель ' || p,
       'Provider ' || p, 0
FROM generate_series(1, 498) AS p;

CREATE TEMP TABLE bench_provider AS
SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS n FROM organisation WHERE kind = 'SERVICE_PROVIDER';
CREATE TEMP TABLE bench_service AS
SELECT code, (row_number() OVER (ORDER BY code) - 1)::int AS n FROM state_service;
CREATE TEMP TABLE bench_case AS
SELECT g, DATE '2024-01-01' + (g % 1060) AS day FROM generate_series(1, 1000000) AS g;

INSERT INTO complaint (organisation_id, incoming_number, number_key, registration_year, number_prefix,
        sequence_number, registered_at, registration_date, registrar_login, registrar_name, head_login,
        executor_login, deadline, answer_place, access_code, state, channel, postmark_date, envelope_tracking,
        complainant_type, iin_bin, surname, given_name, patronymic, entity_name, representative, postal_address,
        phone, email, complainant_search, answer_language, answer_delivery, service_code, subject, official_name,
        official_position, summary, page_count, version, answer_left_on, stage)
SELECT p.id, 'СТ-' || extract(year FROM b.day) || '-' || lpad(b.g::text, 7, '0'), 'СТ' || lpad(b.g::text, 7, '0'),
       extract(year FROM b.day)::int, 'СТ', b.g, b.day::timestamp + interval '4 hours', b.day,
       t.registrar_login, t.registrar_name, t.head_login, 'executor-' || (b.g % 4), b.day + 7,
       t.answer_place, t.access_code,
       CASE WHEN b.day > DATE '2026-11-15' OR b.g % 997 = 0 THEN 'ASSIGNED'
            WHEN b.g % 40 = 0 THEN 'WITHDRAWN' ELSE 'ANSWER_SENT' END,
       t.channel, t.postmark_date, t.envelope_tracking, t.complainant_type, t.iin_bin,
       t.surname, t.given_name, t.patronymic, t.entity_name, t.representative, t.postal_address,
       t.phone, t.email, t.complainant_search, t.answer_language, t.answer_delivery, s.code,
       t.subject, t.official_name, t.official_position, t.summary, t.page_count, 0,
       CASE WHEN b.day > DATE '2026-11-15' OR b.g % 997 = 0 OR b.g % 40 = 0 THEN NULL ELSE b.day + (b.g % 9) END,
       'PROVIDER'
FROM bench_case b
JOIN bench_provider p ON p.n = b.g % 500
JOIN bench_service s ON s.n = (b.g / 500) % (SELECT count(*) FROM bench_service)
CROSS JOIN (SELECT * FROM complaint WHERE id = (SELECT min(id) FROM complaint WHERE stage = 'PROVIDER')) AS t;

INSERT INTO complaint_answer (complaint_id, outcome, reasoning, drafted_by_login, drafted_by_name, drafted_at,
        approved_by_login, approved_by_name, approved_at, dispatch_method, dispatch_date, tracking_number,
        withdrawal_date, version)
SELECT c.id,
       CASE WHEN c.state = 'WITHDRAWN' THEN NULL WHEN c.sequence_number % 10 < 4 THEN 'REJECTED'
            WHEN c.sequence_number % 10 < 8 THEN 'SATISFIED' ELSE 'PARTLY_SATISFIED' END,
       'Seeded.', 'executor', 'Seeded', c.registered_at, 'head', 'Seeded', c.registered_at,
       CASE WHEN c.state = 'ANSWER_SENT' THEN 'POST' END, c.answer_left_on,
       CASE WHEN c.state = 'ANSWER_SENT' THEN 'RR123456785KZ' END,
       CASE WHEN c.state = 'WITHDRAWN' THEN c.registration_date + 2 END, 0
FROM complaint c WHERE c.number_prefix = 'СТ' AND c.state IN ('ANSWER_SENT', 'WITHDRAWN');

-- Appeals: registered at the authorized body 10 days after the answer left, decided 15 days later.
INSERT INTO complaint (organisation_id, incoming_number, number_key, registration_year, number_prefix,
        sequence_number, registered_at, registration_date, registrar_login, registrar_name, head_login,
        executor_login, deadline, answer_place, access_code, state, channel, postmark_date, envelope_tracking,
        complainant_type, iin_bin, surname, given_name, patronymic, entity_name, representative, postal_address,
        phone, email, complainant_search, answer_language, answer_delivery, service_code, subject, official_name,
        official_position, summary, page_count, version, answer_left_on, stage, appeal_ground,
        against_organisation_id, appeal_of)
SELECT (SELECT id FROM organisation WHERE code = 'AGENCY'),
       'АП-' || extract(year FROM c.answer_left_on + 10) || '-' || lpad(c.sequence_number::text, 7, '0'),
       'АП' || lpad(c.sequence_number::text, 7, '0'), extract(year FROM c.answer_left_on + 10)::int, 'АП',
       c.sequence_number, (c.answer_left_on + 10)::timestamp + interval '4 hours', c.answer_left_on + 10,
       c.registrar_login, c.registrar_name, c.head_login, 'agency-officer', c.answer_left_on + 31,
       c.answer_place, c.access_code,
       CASE WHEN c.answer_left_on + 25 > DATE '2026-11-25' THEN 'ASSIGNED' ELSE 'ANSWER_SENT' END,
       c.channel, c.postmark_date, c.envelope_tracking, c.complainant_type, c.iin_bin, c.surname, c.given_name,
       c.patronymic, c.entity_name, c.representative, c.postal_address, c.phone, c.email, c.complainant_search,
       c.answer_language, c.answer_delivery, c.service_code, c.subject, c.official_name, c.official_position,
       c.summary, c.page_count, 0,
       CASE WHEN c.answer_left_on + 25 > DATE '2026-11-25' THEN NULL ELSE c.answer_left_on + 25 END,
       'APPEAL', 'ANSWER', c.organisation_id, c.id
FROM complaint c
WHERE c.number_prefix = 'СТ' AND c.state = 'ANSWER_SENT' AND c.sequence_number % 50 = 0
  AND c.answer_left_on + 10 <= DATE '2026-11-25';

INSERT INTO complaint_answer (complaint_id, outcome, reasoning, drafted_by_login, drafted_by_name, drafted_at,
        approved_by_login, approved_by_name, approved_at, dispatch_method, dispatch_date, version)
SELECT a.id, CASE WHEN a.sequence_number % 3 = 0 THEN 'REJECTED' WHEN a.sequence_number % 3 = 1 THEN 'SATISFIED'
                  ELSE 'PARTLY_SATISFIED' END,
       'Seeded.', 'agency-officer', 'Seeded', a.registered_at, 'agency-head', 'Seeded', a.registered_at,
       'IN_PERSON', a.answer_left_on, 0
FROM complaint a WHERE a.number_prefix = 'АП' AND a.stage = 'APPEAL' AND a.state = 'ANSWER_SENT';

INSERT INTO appeal_instruction (appeal_id, provider_organisation_id, provider_case_id, instruction_text,
        working_days, issued_on, deadline, complied_on)
SELECT a.id, a.against_organisation_id, a.appeal_of, 'Seeded.', 5, a.answer_left_on, a.answer_left_on + 7,
       CASE WHEN a.answer_left_on + 9 <= DATE '2026-11-25' THEN a.answer_left_on + (a.sequence_number % 10)::int END
FROM complaint a
WHERE a.number_prefix = 'АП' AND a.stage = 'APPEAL' AND a.state = 'ANSWER_SENT' AND a.sequence_number % 3 <> 0;

-- The figures were counted without these cases (they have no timeline): count every month again.
UPDATE figure_refresh SET refreshed_to = NULL WHERE id = 1;
ANALYZE organisation;
ANALYZE complaint;
ANALYZE complaint_answer;
ANALYZE appeal_instruction;
