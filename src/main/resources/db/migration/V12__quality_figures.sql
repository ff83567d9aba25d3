-- Quality statistics (issue 14): the figures of each provider, kept by month so that a
-- dashboard reads a year's rows rather than a year's cases, whatever the years kept.
-- One row per provider, state service, executor ('' when none) and month; each count is
-- attributed to the month of its own date (docs/statistics.md). Rebuilt from the cases
-- by statistics.service.FigureRefresh, never edited by hand.
CREATE TABLE provider_figure (
    organisation_id      BIGINT       NOT NULL,
    figure_month         DATE         NOT NULL,
    service_code         VARCHAR(20)  NOT NULL,
    executor_login       VARCHAR(64)  NOT NULL,
    registered           INTEGER      NOT NULL,
    answered             INTEGER      NOT NULL,
    answered_on_time     INTEGER      NOT NULL,
    satisfied            INTEGER      NOT NULL,
    partly_satisfied     INTEGER      NOT NULL,
    rejected             INTEGER      NOT NULL,
    withdrawn            INTEGER      NOT NULL,
    -- Working days from registration to the answer leaving, as "days:count" pairs, for the
    -- median and the 90th percentile of any number of months.
    answer_days          VARCHAR(1000) NOT NULL,
    appeals              INTEGER      NOT NULL,
    appeals_decided      INTEGER      NOT NULL,
    appeals_upheld       INTEGER      NOT NULL,
    instructions         INTEGER      NOT NULL,
    instructions_on_time INTEGER      NOT NULL,
    PRIMARY KEY (organisation_id, figure_month, service_code, executor_login),
    CONSTRAINT fk_figure_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_figure_month ON provider_figure (figure_month, organisation_id);

-- How far the figures have caught up with the cases' timelines. One row, locked by the
-- refresh so that two servers never rebuild the same month at once.
CREATE TABLE figure_refresh (
    id             INTEGER   NOT NULL PRIMARY KEY,
    -- Null: never built; the first refresh builds every month.
    refreshed_to   TIMESTAMP,
    last_event_id  BIGINT    NOT NULL,
    version        INTEGER DEFAULT 0 NOT NULL
);
INSERT INTO figure_refresh (id, refreshed_to, last_event_id) VALUES (1, NULL, 0);

-- What changed since the last refresh, found by time.
CREATE INDEX ix_event_occurred ON complaint_event (occurred_at);
-- Open cases by registration date, for "overdue now" across providers.
CREATE INDEX ix_complaint_open ON complaint (stage, state, registration_date);
-- A provider's appeals and their decisions by date.
CREATE INDEX ix_complaint_against_date ON complaint (against_organisation_id, registration_date);
-- A month's cases of every provider, for a rebuild.
CREATE INDEX ix_complaint_registration_date ON complaint (registration_date);
CREATE INDEX ix_complaint_answer_left ON complaint (answer_left_on);
CREATE INDEX ix_instruction_issued ON appeal_instruction (issued_on);
