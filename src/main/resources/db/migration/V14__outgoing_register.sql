-- An approved answer letter's number in its organisation's outgoing register and the date
-- it was given (drawn from incoming_counter under the prefix ШЫҒ, gap-free per organisation
-- and year, so unique within its organisation, as incoming numbers are).
ALTER TABLE complaint_answer ADD COLUMN outgoing_number VARCHAR(40);
ALTER TABLE complaint_answer ADD COLUMN outgoing_date DATE;
