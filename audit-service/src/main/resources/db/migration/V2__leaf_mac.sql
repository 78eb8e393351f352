-- HMAC-SHA256 of leaf_hash under a key only the service holds (derived from the checkpoint signing key): a
-- superuser who rewrites a row's fields and its leaf_hash cannot write a matching MAC, so verify names the row
-- even after a restart rebuilt the in-memory tree from the rewritten leaves. Null only on rows written before
-- this migration.
alter table audit_entry add column leaf_mac bytea;

-- Same rules as V1; leaf_mac is one more field the erasure path may not touch.
create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op <> 'UPDATE' then
        raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
    end if;
    if coalesce(current_setting('tandem.erasure', true), '') <> 'on' then
        raise exception 'audit_entry is append-only: UPDATE refused outside the erasure path'
            using errcode = 'insufficient_privilege';
    end if;
    if (new.seq, new.source, new.event_id, new.type, new.subject, new.correlation_id, new.actor_type,
        new.actor, new.event_time, new.recorded_at, new.data_subject, new.payload_digest, new.leaf_hash,
        new.leaf_mac)
       is distinct from
       (old.seq, old.source, old.event_id, old.type, old.subject, old.correlation_id, old.actor_type,
        old.actor, old.event_time, old.recorded_at, old.data_subject, old.payload_digest, old.leaf_hash,
        old.leaf_mac)
       or (new.payload is not null and new.payload is distinct from old.payload)
       or (new.content_cipher is not null and new.content_cipher is distinct from old.content_cipher)
       or new.payload_status = 'READABLE' and old.payload_status <> 'READABLE' then
        raise exception 'the erasure path may only drop payloads' using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;
