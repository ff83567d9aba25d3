-- The appeal stage (issue 10): an appeal is a complaint registered at the authorized body
-- (stage APPEAL), or received at a provider's office to be forwarded there (stage FORWARDING).
ALTER TABLE complaint ADD COLUMN stage VARCHAR(10) DEFAULT 'PROVIDER' NOT NULL;
-- ANSWER, NO_ANSWER or SERVICE_RESULT: what the appeal is about.
ALTER TABLE complaint ADD COLUMN appeal_ground VARCHAR(20);
-- The provider the appeal is about.
ALTER TABLE complaint ADD COLUMN against_organisation_id BIGINT;
-- The provider's case it appeals, when there is one.
ALTER TABLE complaint ADD COLUMN appeal_of BIGINT;
-- The record at the provider's office it was forwarded from (route through the provider).
ALTER TABLE complaint ADD COLUMN forwarded_from BIGINT;
-- Filed more than 3 months after the answer left: flagged for the officer, not refused.
ALTER TABLE complaint ADD COLUMN filed_late BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE complaint ADD CONSTRAINT fk_complaint_against FOREIGN KEY (against_organisation_id) REFERENCES organisation (id);
ALTER TABLE complaint ADD CONSTRAINT fk_complaint_appeal_of FOREIGN KEY (appeal_of) REFERENCES complaint (id);
ALTER TABLE complaint ADD CONSTRAINT fk_complaint_forwarded_from FOREIGN KEY (forwarded_from) REFERENCES complaint (id);
CREATE INDEX ix_complaint_appeal_of ON complaint (appeal_of);
CREATE INDEX ix_complaint_against ON complaint (against_organisation_id, stage, state);

-- A timeline entry that is not a move of the state: an instruction issued or complied with,
-- a court case filed or decided, an appeal forwarded on. Null for a move.
ALTER TABLE complaint_event ADD COLUMN event_kind VARCHAR(30);

-- The decision of an appeal may instruct the provider to put things right, with its own term.
ALTER TABLE complaint_answer ADD COLUMN instruction_text VARCHAR(4000);
ALTER TABLE complaint_answer ADD COLUMN instruction_days INTEGER;

-- The instruction once the decision has left, and how the provider complied.
CREATE TABLE appeal_instruction (
    appeal_id                BIGINT        NOT NULL PRIMARY KEY,
    provider_organisation_id BIGINT        NOT NULL,
    provider_case_id         BIGINT,
    instruction_text         VARCHAR(4000) NOT NULL,
    working_days             INTEGER       NOT NULL,
    issued_on                DATE          NOT NULL,
    deadline                 DATE          NOT NULL,
    complied_on              DATE,
    compliance_note          VARCHAR(4000),
    complied_by_login        VARCHAR(64),
    complied_by_name         VARCHAR(200),
    version                  INTEGER DEFAULT 0 NOT NULL,
    CONSTRAINT fk_instruction_appeal FOREIGN KEY (appeal_id) REFERENCES complaint (id),
    CONSTRAINT fk_instruction_provider FOREIGN KEY (provider_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_instruction_case FOREIGN KEY (provider_case_id) REFERENCES complaint (id)
);
CREATE INDEX ix_instruction_provider ON appeal_instruction (provider_organisation_id, complied_on, deadline);

-- The recipient went to court (¶6): recorded on the appeal or on the provider's case.
CREATE TABLE court_case (
    complaint_id         BIGINT       NOT NULL PRIMARY KEY,
    court                VARCHAR(300) NOT NULL,
    filed_on             DATE         NOT NULL,
    case_number          VARCHAR(60)  NOT NULL,
    recorded_by_name     VARCHAR(200) NOT NULL,
    judgment             VARCHAR(12),
    judgment_date        DATE,
    judgment_by_name     VARCHAR(200),
    version              INTEGER DEFAULT 0 NOT NULL,
    CONSTRAINT fk_court_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);

-- Which routes an appeal may take (docs/domain.md, "Law that moves"), and the provider's term to forward one.
INSERT INTO procedure_setting (setting_key, setting_value) VALUES ('appeal.routes', 'DIRECT,THROUGH_PROVIDER');
INSERT INTO procedure_setting (setting_key, setting_value) VALUES ('forwarding.term.working-days', '3');
