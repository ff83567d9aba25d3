-- PostgreSQL only: 1,000,000 more complaints, half at each demo provider (DEMO, SECOND),
-- copied from the first registered complaint, for the public status and the contact
-- centre's look-up under load (README, "Benchmarks"; StatusLoad). Number g is ЖТ-2024-g
-- (seven digits) at DEMO for odd g and at SECOND for even g; its access code is the MD5 of
-- g's decimal digits, upper case, ten hex digits as two groups of five (all in the code's
-- alphabet), so the load generator knows every code; 100,000 complainants' IINs
-- (8 then g mod 100,000, eleven digits) with ten cases each. Two in three answered by post.
-- Needs one registered complaint to copy (the README's curl registers one), then:
-- psql -v ON_ERROR_STOP=1 -f src/test/resources/bench/seed-1m-public.sql <database>
INSERT INTO complaint (organisation_id, incoming_number, number_key, registration_year, number_prefix,
        sequence_number, registered_at, registration_date, registrar_login, registrar_name, head_login,
        executor_login, deadline, answer_place, access_code, state, channel, postmark_date, envelope_tracking,
        complainant_type, iin_bin, surname, given_name, patronymic, entity_name, representative, postal_address,
        phone, email, complainant_search, answer_language, answer_delivery, service_code, subject, official_name,
        official_position, summary, page_count, version, answer_left_on, stage)
SELECT CASE WHEN g % 2 = 1 THEN (SELECT id FROM organisation WHERE code = 'DEMO')
            ELSE (SELECT id FROM organisation WHERE code = 'SECOND') END,
       'ЖТ-2024-' || lpad(g::text, 7, '0'), 'ЖТ2024' || lpad(g::text, 7, '0'), 2024, 'ЖТ', g,
       t.registered_at - make_interval(days => 300) - make_interval(secs => g), DATE '2024-03-01' + (g % 250),
       t.registrar_login, t.registrar_name, t.head_login,
       CASE WHEN g % 3 = 0 THEN NULL ELSE 'executor' END, DATE '2024-03-08' + (g % 250),
       t.answer_place, upper(substr(md5(g::text), 1, 5)) || '-' || upper(substr(md5(g::text), 6, 5)),
       CASE WHEN g % 3 = 0 THEN 'REGISTERED' ELSE 'ANSWER_SENT' END,
       t.channel, t.postmark_date, t.envelope_tracking, t.complainant_type,
       '8' || lpad((g % 100000)::text, 11, '0'),
       t.surname, t.given_name, t.patronymic, t.entity_name, t.representative, t.postal_address,
       t.phone, t.email, t.complainant_search, t.answer_language, t.answer_delivery, t.service_code,
       t.subject, t.official_name, t.official_position, t.summary, t.page_count, 0,
       CASE WHEN g % 3 <> 0 THEN DATE '2024-03-06' + (g % 250) END, 'PROVIDER'
FROM complaint t CROSS JOIN generate_series(1, 1000000) AS g
WHERE t.id = (SELECT min(id) FROM complaint WHERE registration_year <> 2024);
-- The answers of the answered ones: posted, with a tracking number.
INSERT INTO complaint_answer (complaint_id, outcome, reasoning, drafted_by_login, drafted_by_name, drafted_at,
        approved_by_login, approved_by_name, approved_at, dispatch_method, dispatch_date, tracking_number, version)
SELECT c.id, 'REJECTED', 'Seeded.', 'executor', 'Seeded', c.registered_at, 'head', 'Seeded', c.registered_at,
       'POST', c.answer_left_on, 'RR123456785KZ', 0
FROM complaint c WHERE c.registration_year = 2024 AND c.state = 'ANSWER_SENT';
ANALYZE complaint;
ANALYZE complaint_answer;
