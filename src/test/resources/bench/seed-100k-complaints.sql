-- PostgreSQL only: 100,000 more complaints for the demo provider, copied from its first
-- registered complaint, numbered ЖТ-2025-…, to load the queues (README, "Benchmarks").
-- Four in five are closed (answer sent); the rest spread over the open states, assigned to
-- "executor" once past REGISTERED, with deadlines from ten days ago to ten days ahead.
-- psql -v ON_ERROR_STOP=1 -f src/test/resources/bench/seed-100k-complaints.sql <database>
INSERT INTO complaint (organisation_id, incoming_number, registration_year, number_prefix, sequence_number,
        registered_at, registration_date, registrar_login, registrar_name, head_login, executor_login, deadline,
        answer_place, access_code, state, channel, postmark_date, envelope_tracking, complainant_type, iin_bin,
        surname, given_name, patronymic, entity_name, representative, postal_address, phone, email,
        complainant_search, answer_language, answer_delivery, service_code, subject, official_name,
        official_position, summary, page_count, version, answer_left_on)
SELECT t.organisation_id, 'ЖТ-2025-' || lpad(g::text, 6, '0'), 2025, 'ЖТ', g,
       t.registered_at - make_interval(mins => g), t.registration_date, t.registrar_login, t.registrar_name,
       t.head_login, CASE WHEN g % 20 < 1 THEN NULL ELSE 'executor' END, CURRENT_DATE + (g % 21 - 10),
       t.answer_place, t.access_code,
       CASE g % 20 WHEN 0 THEN 'REGISTERED' WHEN 1 THEN 'ASSIGNED' WHEN 2 THEN 'ANSWER_DRAFTED'
                   WHEN 3 THEN 'ANSWER_APPROVED' ELSE 'ANSWER_SENT' END,
       t.channel, t.postmark_date, t.envelope_tracking, t.complainant_type, t.iin_bin,
       t.surname || ' ' || g, t.given_name, t.patronymic, t.entity_name, t.representative, t.postal_address,
       t.phone, t.email, t.complainant_search || ' ' || g, t.answer_language, t.answer_delivery, t.service_code,
       t.subject, t.official_name, t.official_position, t.summary, t.page_count, 0,
       CASE WHEN g % 20 >= 4 THEN CURRENT_DATE - (g % 7) END
FROM complaint t CROSS JOIN generate_series(1, 100000) AS g
WHERE t.id = (SELECT min(id) FROM complaint WHERE registration_year <> 2025);
ANALYZE complaint;
