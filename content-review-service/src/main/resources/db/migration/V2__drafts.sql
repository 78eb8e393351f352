-- Drafts under editorial review: each edit is a revision with its own check results; reviews,
-- dismissals and publish overrides belong to one revision.
create table draft (
    id                 varchar(36)  primary key,
    brand_id           varchar(36)  not null references brand (id),
    kind               varchar(20)  not null,
    campaign_id        varchar(100),
    intent             varchar(40),
    language           varchar(20),
    model              varchar(200),
    author             varchar(200) not null,
    status             varchar(20)  not null,
    current_revision   integer      not null,
    template_id        varchar(36),
    published_revision integer,
    published_at       timestamptz,
    published_by       varchar(200),
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null
);
create index draft_status on draft (status, updated_at);

create table draft_revision (
    id                     bigint generated always as identity primary key,
    draft_id               varchar(36)      not null references draft (id),
    revision               integer          not null,
    brand_version          integer          not null,
    channel                varchar(20)      not null,
    origin                 varchar(10)      not null,
    title                  varchar(500),
    body                   text             not null,
    personalization_fields text             not null,
    voice_score            integer          not null,
    grade_level            double precision not null,
    risky                  boolean          not null,
    created_at             timestamptz      not null,
    created_by             varchar(200)     not null,
    unique (draft_id, revision)
);

create table draft_finding (
    id         bigint generated always as identity primary key,
    draft_id   varchar(36) not null references draft (id),
    revision   integer     not null,
    code       varchar(60) not null,
    severity   varchar(20) not null,
    message    text        not null,
    start_pos  integer     not null,
    end_pos    integer     not null,
    match_text text,
    suggestion text,
    rule_id    varchar(200)
);
create index draft_finding_revision on draft_finding (draft_id, revision);
create index draft_finding_rule on draft_finding (rule_id);

create table review (
    id         bigint generated always as identity primary key,
    draft_id   varchar(36)  not null references draft (id),
    revision   integer      not null,
    reviewer   varchar(200) not null,
    decision   varchar(20)  not null,
    comment    text,
    created_at timestamptz  not null
);
create index review_draft on review (draft_id, revision);

create table finding_dismissal (
    id         bigint generated always as identity primary key,
    finding_id bigint       not null unique references draft_finding (id),
    draft_id   varchar(36)  not null references draft (id),
    reviewer   varchar(200) not null,
    reason     text         not null,
    created_at timestamptz  not null
);

create table publish_override (
    id         bigint generated always as identity primary key,
    draft_id   varchar(36)  not null references draft (id),
    revision   integer      not null,
    given_by   varchar(200) not null,
    reason     text         not null,
    created_at timestamptz  not null,
    unique (draft_id, revision, given_by)
);
