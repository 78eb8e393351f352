-- The rows of one triaged message (conversation, message, decision record, and its reply, draft or
-- hand-off) are written together, in one transaction, by the intake writer; nothing in this service
-- deletes them. Their foreign keys only re-checked references that code had just created or looked up,
-- with a row lock on the parent per check (four per message), and cost a fifth of intake throughput in
-- the intake benchmark (docs/benchmarks.md). ReferentialIntegrityTest checks instead that no row points
-- at a missing parent. See docs/adr/0004-intake-rows-without-foreign-keys.md.
alter table customer_message drop constraint customer_message_conversation_id_fkey;
alter table routing_decision drop constraint routing_decision_message_id_fkey;
alter table reply drop constraint reply_message_id_fkey;
alter table reply drop constraint reply_conversation_id_fkey;
alter table ai_draft drop constraint ai_draft_message_id_fkey;
alter table ai_draft drop constraint ai_draft_conversation_id_fkey;
alter table handoff drop constraint handoff_message_id_fkey;
alter table handoff drop constraint handoff_conversation_id_fkey;
