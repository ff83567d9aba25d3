-- Sign-ins ended by signing out, for the servers of a cluster that did not see the sign-out
-- (SHAGYM_CLUSTER=on): Liberty remembers a signed-out cookie only on the server that signed
-- it out. The cookie's SHA-256, never the cookie itself; rows older than a cookie can live
-- are deleted as new ones come.
CREATE TABLE revoked_sign_in (
    cookie_digest  CHAR(64) NOT NULL PRIMARY KEY,
    revoked_at     TIMESTAMP NOT NULL
);
CREATE INDEX revoked_sign_in_at ON revoked_sign_in (revoked_at);
