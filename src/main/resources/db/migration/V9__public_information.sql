-- Public information and the contact centre (issue 11, ¶7-¶9).

-- A case is found across organisations by its number as typed (CaseNumberKey) and by the
-- complainant's IIN/BIN; an appeal handed in at a provider by the one it was forwarded as.
-- number_key is filled for new cases on registration and for older ones by migration 9.1.
ALTER TABLE complaint ADD COLUMN number_key VARCHAR(60);
CREATE INDEX ix_complaint_number_key ON complaint (number_key);
CREATE INDEX ix_complaint_iin_bin ON complaint (iin_bin);
CREATE INDEX ix_complaint_forwarded_from ON complaint (forwarded_from);

-- Which state services each provider provides: the reference directory (¶8) is searched by
-- provider or by service.
CREATE TABLE provided_service (
    organisation_id BIGINT      NOT NULL,
    service_code    VARCHAR(20) NOT NULL,
    CONSTRAINT pk_provided_service PRIMARY KEY (organisation_id, service_code),
    CONSTRAINT fk_provided_service_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_provided_service_service FOREIGN KEY (service_code) REFERENCES state_service (code)
);
CREATE INDEX ix_provided_service_code ON provided_service (service_code);

-- The unified contact centre (¶9): its short number and the free number from a mobile phone;
-- and the sites allowed to embed the public pages, as a CSP frame-ancestors source list (the
-- ministry's site added here, for example 'self' https://www.gov.kz).
INSERT INTO procedure_setting (setting_key, setting_value) VALUES ('contact-centre.phone', '1414');
INSERT INTO procedure_setting (setting_key, setting_value) VALUES ('contact-centre.mobile-phone', '8 800 080 7777');
INSERT INTO procedure_setting (setting_key, setting_value) VALUES ('public.frame-ancestors', '''self''');
