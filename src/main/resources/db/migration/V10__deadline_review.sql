-- The deadline review becomes a decision (issue 13): an administrator applies the date a
-- changed calendar gives, or keeps the one set; a kept deadline is not listed again until
-- the calendar gives yet another date.
ALTER TABLE watched_deadline ADD COLUMN kept_against DATE;
