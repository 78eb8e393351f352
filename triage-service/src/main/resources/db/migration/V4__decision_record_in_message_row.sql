-- A message and its decision record are written together and read together (one to one), so the record
-- moves into the message's row: one insert and one primary-key index per message instead of two. The
-- record's route was a copy of the message's route and is not kept.
alter table customer_message
    add column classifier         varchar(60),
    add column lexicon_version    varchar(60),
    add column policy_version     integer,
    add column classifier_failure varchar(300),
    add column owner_agent_id     varchar(200),
    add column deciding_rule      varchar(120),
    add column queue              varchar(60),
    add column priority           varchar(4),
    add column triggers           text,
    add column evaluations        text compression lz4,
    add column explanation        text,
    add column decided_at         timestamptz;

update customer_message m
   set classifier = d.classifier, lexicon_version = d.lexicon_version, policy_version = d.policy_version,
       classifier_failure = d.classifier_failure, owner_agent_id = d.owner_agent_id,
       deciding_rule = d.deciding_rule, queue = d.queue, priority = d.priority, triggers = d.triggers,
       evaluations = d.evaluations, explanation = d.explanation, decided_at = d.decided_at
  from routing_decision d
 where d.message_id = m.id;

-- every message was stored with its decision; a message without one fails the migration here
alter table customer_message
    alter column classifier set not null,
    alter column lexicon_version set not null,
    alter column policy_version set not null,
    alter column triggers set not null,
    alter column evaluations set not null,
    alter column explanation set not null,
    alter column decided_at set not null;

drop table routing_decision;
