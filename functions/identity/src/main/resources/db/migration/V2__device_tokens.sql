-- A device that signed in to an account before (OWASP "device cookies"): it keeps its own failure budget and is
-- spared the per-account lockout of untrusted clients and the per-address limit. Only the SHA-256 of the token is
-- kept, as for refresh tokens.
CREATE TABLE device_tokens (
    id          text PRIMARY KEY,
    user_id     text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash  text NOT NULL UNIQUE,
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL
);
CREATE INDEX device_tokens_user ON device_tokens (user_id);

-- The device token (its id) a failed sign-in came with; null for untrusted clients. No foreign key: a failure
-- outlives the token it counted against, which is replaced at every sign-in.
ALTER TABLE login_failures ADD COLUMN device_id text;
CREATE INDEX login_failures_device ON login_failures (device_id, failed_at) WHERE device_id IS NOT NULL;
