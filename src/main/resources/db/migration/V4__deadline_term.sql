-- Each watched deadline keeps the day its term started and the term in working days, so that
-- after a calendar change the deadlines already set can be recomputed and listed for review.
ALTER TABLE watched_deadline ADD COLUMN started_on DATE;
ALTER TABLE watched_deadline ADD COLUMN working_days INTEGER;
