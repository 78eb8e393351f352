-- Windows during which nothing in a campaign may be published (e.g. during a local tragedy).
create table campaign_freeze (
    id          varchar(36)  primary key,
    campaign_id varchar(100) not null,
    reason      text         not null,
    starts_at   timestamptz  not null,
    ends_at     timestamptz  not null,
    created_by  varchar(200) not null,
    created_at  timestamptz  not null,
    lifted_at   timestamptz,
    lifted_by   varchar(200)
);
create index campaign_freeze_campaign on campaign_freeze (campaign_id, ends_at);
