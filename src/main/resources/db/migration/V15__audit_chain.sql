-- The audit trail made tamper-evident: each record is sealed into a hash chain (AuditChain) by
-- its place in the chain and the hash that links it to the one before. Records are sealed
-- shortly after they commit, in the order they are sealed, so concurrent changes never wait
-- for one another; the chain's end is kept in its one-row head, which the sealer locks.
ALTER TABLE audit_record ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_record ADD COLUMN chain_hash VARCHAR(64);
ALTER TABLE audit_record ADD CONSTRAINT uq_audit_chain_seq UNIQUE (chain_seq);

CREATE TABLE audit_chain_head (
    id        INT         NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
