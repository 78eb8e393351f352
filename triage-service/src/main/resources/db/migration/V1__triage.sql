-- Conversations, customer messages and the one explainable routing decision per message.
create table conversation (
    id              varchar(36)  primary key,
    customer_id     varchar(200) not null,
    owner_agent_id  varchar(200),
    created_at      timestamptz  not null,
    last_message_at timestamptz  not null
);

create table customer_message (
    id              varchar(36)      primary key,
    conversation_id varchar(36)      not null references conversation (id),
    channel         varchar(20)      not null,
    external_id     varchar(200)     not null,
    customer_id     varchar(200)     not null,
    data_subject    varchar(64)      not null,
    customer_tier   varchar(20)      not null,
    tenure_months   integer          not null,
    lifetime_value  double precision not null,
    deal_stage      varchar(20)      not null,
    ai_opt_out      boolean          not null,
    language        varchar(10),
    region          varchar(20),
    subject         text,
    body            text             not null,
    received_at     timestamptz      not null,
    intent          varchar(30)      not null,
    sentiment       double precision not null,
    urgency         varchar(20)      not null,
    confidence      double precision not null,
    -- the classifier's full output as JSON; null when the classifier failed or timed out
    classification  text,
    route           varchar(20)      not null,
    -- the hand-off this message went to (a new one, or the open one of an owned conversation)
    handoff_id      varchar(36),
    -- the idempotency key: one message per (channel, externalId), also under concurrent retries
    constraint customer_message_external_id unique (channel, external_id)
);
create index customer_message_conversation on customer_message (conversation_id, received_at);
create index customer_message_received on customer_message (received_at);

create table routing_decision (
    message_id         varchar(36)  primary key references customer_message (id),
    classifier         varchar(60)  not null,
    lexicon_version    varchar(60)  not null,
    policy_version     integer      not null,
    classifier_failure varchar(300),
    owner_agent_id     varchar(200),
    route              varchar(20)  not null,
    deciding_rule      varchar(120),
    queue              varchar(60),
    priority           varchar(4),
    triggers           text         not null,
    evaluations        text         not null,
    explanation        text         not null,
    decided_at         timestamptz  not null
);

create table reply (
    id              varchar(36)  primary key,
    message_id      varchar(36)  not null references customer_message (id),
    conversation_id varchar(36)  not null references conversation (id),
    text            text         not null,
    template_id     varchar(200),
    language        varchar(10),
    ai_generated    boolean      not null,
    ai_disclosed    boolean      not null,
    sent_by         varchar(10)  not null,
    author          varchar(200),
    sent_at         timestamptz  not null
);
create index reply_conversation on reply (conversation_id, sent_at);

create table ai_draft (
    id              varchar(36)  primary key,
    message_id      varchar(36)  not null references customer_message (id),
    conversation_id varchar(36)  not null references conversation (id),
    text            text         not null,
    template_id     varchar(200),
    language        varchar(10)  not null,
    status          varchar(20)  not null,
    created_at      timestamptz  not null,
    reviewer        varchar(200),
    reviewed_at     timestamptz,
    reject_reason   text
);
create index ai_draft_status on ai_draft (status, created_at);

create table handoff (
    id                     varchar(36)  primary key,
    message_id             varchar(36)  not null references customer_message (id),
    conversation_id        varchar(36)  not null references conversation (id),
    queue                  varchar(60)  not null,
    priority               varchar(4)   not null,
    status                 varchar(20)  not null,
    triggers               text         not null,
    created_at             timestamptz  not null,
    first_response_due_at  timestamptz  not null,
    resolution_due_at      timestamptz  not null,
    calendar_id            varchar(40)  not null,
    claimed_by             varchar(200),
    claimed_at             timestamptz,
    first_responded_at     timestamptz,
    resolved_at            timestamptz,
    outcome                varchar(500),
    ai_routing_correct     boolean,
    waiting_since          timestamptz,
    paused_seconds         bigint       not null default 0,
    first_response_warned  boolean      not null default false,
    first_response_breached boolean     not null default false,
    resolution_warned      boolean      not null default false,
    resolution_breached    boolean      not null default false,
    escalated_to           varchar(60)
);
create index handoff_queue_status on handoff (queue, status);
create index handoff_conversation on handoff (conversation_id);
create index handoff_open on handoff (status) where status <> 'RESOLVED';

create table reply_template (
    template_id   varchar(200) primary key,
    intent        varchar(30)  not null,
    language      varchar(10)  not null,
    text          text         not null,
    disclosure    text,
    revision      integer      not null,
    draft_id      varchar(200),
    brand_id      varchar(200),
    brand_version integer,
    published_at  timestamptz  not null,
    event_id      varchar(200) not null
);
create index reply_template_intent_language on reply_template (intent, language);

create table routing_policy (
    version    integer      primary key,
    rules      text         not null,
    rule_count integer      not null,
    created_at timestamptz  not null,
    created_by varchar(200) not null
);

-- SLA: calendars (time zone, working days and hours, holidays) and per-priority targets in business minutes.
create table sla_calendar (
    id        varchar(40) primary key,
    time_zone varchar(60) not null,
    work_days varchar(60) not null,
    day_start time        not null,
    day_end   time        not null
);

create table sla_holiday (
    calendar_id varchar(40) not null references sla_calendar (id),
    day         date        not null,
    name        varchar(100) not null,
    primary key (calendar_id, day)
);

create table sla_policy (
    priority               varchar(4)  primary key,
    calendar_id            varchar(40) not null references sla_calendar (id),
    first_response_minutes integer     not null,
    resolution_minutes     integer     not null
);

insert into sla_calendar (id, time_zone, work_days, day_start, day_end) values
    ('around-the-clock', 'UTC', 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY', '00:00', '23:59:59'),
    ('uk-office', 'Europe/London', 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY', '09:00', '17:00');
insert into sla_holiday (calendar_id, day, name) values
    ('uk-office', '2026-12-25', 'Christmas Day'),
    ('uk-office', '2026-12-28', 'Boxing Day (substitute day)'),
    ('uk-office', '2027-01-01', 'New Year''s Day'),
    ('uk-office', '2027-03-26', 'Good Friday'),
    ('uk-office', '2027-03-29', 'Easter Monday');
insert into sla_policy (priority, calendar_id, first_response_minutes, resolution_minutes) values
    ('P1', 'around-the-clock', 15, 240),
    ('P2', 'uk-office', 60, 480),
    ('P3', 'uk-office', 240, 1440),
    ('P4', 'uk-office', 480, 2400);
