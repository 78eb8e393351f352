-- The SLA checker reads only the hand-offs it has something to do for, instead of every open one.
-- sla_check_at: no warning or breach of the hand-off can fall due before it; null when no clock runs.
-- Open hand-offs start at their creation, so the first check after the upgrade places each of them.
alter table handoff add column sla_check_at timestamptz;
update handoff set sla_check_at = created_at
 where status <> 'RESOLVED' and (not first_response_breached or not resolution_breached);
create index handoff_sla_check on handoff (sla_check_at) where sla_check_at is not null;
