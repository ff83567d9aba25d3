-- Organisations kept on a screen (issue 13): a deactivated organisation keeps its cases and
-- numbers and takes no new ones.
ALTER TABLE organisation ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
