-- The provider's review (issue 4): when the answer left, for on time or late; the answer itself.
ALTER TABLE complaint ADD COLUMN answer_left_on DATE;

-- The queues, due soonest first: the head's and the registrar's by state, the executor's own.
CREATE INDEX ix_complaint_queue ON complaint (organisation_id, state, deadline);
CREATE INDEX ix_complaint_executor ON complaint (organisation_id, executor_login, deadline);

-- The reasoned answer of a complaint, its approval and how it left; or the written withdrawal.
CREATE TABLE complaint_answer (
    complaint_id       BIGINT        NOT NULL PRIMARY KEY,
    outcome            VARCHAR(20),
    reasoning          VARCHAR(8000),
    drafted_by_login   VARCHAR(64),
    drafted_by_name    VARCHAR(200),
    drafted_at         TIMESTAMP,
    approved_by_login  VARCHAR(64),
    approved_by_name   VARCHAR(200),
    approved_at        TIMESTAMP,
    dispatch_method    VARCHAR(10),
    dispatch_date      DATE,
    tracking_number    VARCHAR(13),
    receiver_name      VARCHAR(200),
    withdrawal_date    DATE,
    withdrawal_note    VARCHAR(2000),
    version            INTEGER       NOT NULL,
    CONSTRAINT fk_answer_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
