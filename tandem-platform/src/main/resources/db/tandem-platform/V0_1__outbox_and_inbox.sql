-- Shared by every Tandem service: the transactional outbox and the idempotent-consumer inbox.
create sequence outbox_event_seq increment by 50;
create table outbox_event (
    id              bigint       primary key,
    event_id        varchar(64)  not null unique,
    type            varchar(120) not null,
    envelope        text         not null,
    created_at      timestamptz  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    sent_at         timestamptz,
    last_error      varchar(500)
);
create index outbox_event_due on outbox_event (next_attempt_at, id) where sent_at is null;

create table processed_event (
    source       varchar(200) not null,
    event_id     varchar(200) not null,
    processed_at timestamptz  not null,
    primary key (source, event_id)
);
