-- The audit log: one row per event, append-only. Each row commits (through leaf_hash) to its sequence
-- number, identity, type, subject, correlation, actor, times and payload digest; the leaves form an
-- RFC 6962 Merkle tree whose signed checkpoints live in audit_checkpoint.
create table audit_entry (
    seq             bigint      primary key,
    source          text        not null,
    event_id        text        not null,
    type            text        not null,
    subject         text        not null,
    correlation_id  text,
    actor_type      text        not null,
    actor           text        not null,
    event_time      timestamptz not null,
    recorded_at     timestamptz not null,
    data_subject    text,
    -- canonical payload text with data.content replaced by a placeholder; null once retention dropped it
    payload         text,
    -- AES-GCM (12-byte nonce || ciphertext+tag) of data.content, key per data subject
    content_cipher  bytea,
    payload_status  text        not null check (payload_status in ('READABLE', 'ERASED', 'EXPIRED')),
    payload_digest  text        not null check (length(payload_digest) = 64),
    leaf_hash       bytea       not null,
    constraint audit_entry_event_unique unique (source, event_id)
);
create index audit_entry_type on audit_entry (type, seq);
create index audit_entry_correlation on audit_entry (correlation_id, seq);
create index audit_entry_subject on audit_entry (subject, seq);
create index audit_entry_event_time on audit_entry (event_time);
create index audit_entry_data_subject on audit_entry (data_subject) where data_subject is not null;

-- Refuses TRUNCATE and DELETE always, and UPDATE unless the transaction declared itself the erasure or
-- retention path (SET LOCAL tandem.erasure = 'on'). Even then only the payload may be dropped: every
-- field the leaf hash commits to stays as it was.
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op <> 'UPDATE' then
        raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
    end if;
    if coalesce(current_setting('tandem.erasure', true), '') <> 'on' then
        raise exception 'audit_entry is append-only: UPDATE refused outside the erasure path'
            using errcode = 'insufficient_privilege';
    end if;
    if (new.seq, new.source, new.event_id, new.type, new.subject, new.correlation_id, new.actor_type,
        new.actor, new.event_time, new.recorded_at, new.data_subject, new.payload_digest, new.leaf_hash)
       is distinct from
       (old.seq, old.source, old.event_id, old.type, old.subject, old.correlation_id, old.actor_type,
        old.actor, old.event_time, old.recorded_at, old.data_subject, old.payload_digest, old.leaf_hash)
       or (new.payload is not null and new.payload is distinct from old.payload)
       or (new.content_cipher is not null and new.content_cipher is distinct from old.content_cipher)
       or new.payload_status = 'READABLE' and old.payload_status <> 'READABLE' then
        raise exception 'the erasure path may only drop payloads' using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;

create trigger audit_entry_no_update_delete before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();

-- Signed checkpoints (C2SP signed-note format), never changed once written.
create table audit_checkpoint (
    id         bigint      generated always as identity primary key,
    tree_size  bigint      not null,
    root_hash  bytea       not null,
    signed_at  timestamptz not null,
    note       text        not null
);
create index audit_checkpoint_size on audit_checkpoint (tree_size, id);

create function audit_checkpoint_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'audit_checkpoint is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger audit_checkpoint_no_update_delete before update or delete on audit_checkpoint
    for each row execute function audit_checkpoint_immutable();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_checkpoint_immutable();

-- One AES-256 key per data subject, wrapped (AES-GCM) with the master key. Erasure sets wrapped_key to
-- null and keeps the row as a tombstone, so later events about the subject are stored unreadable too.
create table subject_key (
    data_subject text        primary key,
    wrapped_key  bytea,
    created_at   timestamptz not null,
    erased_at    timestamptz
);

create table erasure (
    id               varchar(36) primary key,
    data_subject     text        not null,
    reason           text        not null,
    requested_by     text        not null,
    requested_at     timestamptz not null,
    entries_affected bigint      not null
);
