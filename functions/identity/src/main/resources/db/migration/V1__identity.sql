CREATE TABLE users (
    id                 text PRIMARY KEY,
    email              text NOT NULL,
    username           text NOT NULL,
    password_hash      text,
    role               text NOT NULL CHECK (role IN ('USER', 'ADMIN')),
    status             text NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    email_verified     boolean NOT NULL DEFAULT false,
    bio                text NOT NULL DEFAULT '',
    avatar_url         text NOT NULL DEFAULT '',
    timezone           text NOT NULL DEFAULT 'UTC',
    email_reminders    boolean NOT NULL DEFAULT true,
    email_weekly_digest boolean NOT NULL DEFAULT true,
    email_challenge_updates boolean NOT NULL DEFAULT true,
    total_focus_time   bigint NOT NULL DEFAULT 0,
    total_sessions     bigint NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE UNIQUE INDEX users_username_key ON users (lower(username));
CREATE INDEX users_username_prefix ON users (lower(username) text_pattern_ops);
CREATE INDEX users_email_prefix ON users (lower(email) text_pattern_ops);

CREATE TABLE refresh_tokens (
    id          text PRIMARY KEY,
    family_id   text NOT NULL,
    user_id     text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash  text NOT NULL UNIQUE,
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    rotated_at  timestamptz,
    revoked_at  timestamptz
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id);

CREATE TABLE email_tokens (
    token_hash  text PRIMARY KEY,
    user_id     text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose     text NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX email_tokens_user ON email_tokens (user_id, purpose);

CREATE TABLE oauth_identities (
    provider    text NOT NULL,
    subject     text NOT NULL,
    user_id     text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    linked_at   timestamptz NOT NULL,
    PRIMARY KEY (provider, subject)
);

-- Failed sign-ins only; a success clears the account's rows. Rows older than the window are dead weight and
-- are pruned as new failures arrive.
CREATE TABLE login_failures (
    id           bigserial PRIMARY KEY,
    account_key  text NOT NULL,
    client_ip    text NOT NULL,
    failed_at    timestamptz NOT NULL
);
CREATE INDEX login_failures_account ON login_failures (account_key, failed_at);
CREATE INDEX login_failures_client ON login_failures (client_ip, failed_at);

-- No foreign keys: entries outlive the accounts they name.
CREATE TABLE audit_log (
    id           text PRIMARY KEY,
    occurred_at  timestamptz NOT NULL,
    action       text NOT NULL,
    actor_id     text,
    subject_id   text,
    detail       text NOT NULL DEFAULT '',
    client_ip    text
);
CREATE INDEX audit_log_subject ON audit_log (subject_id, id);
