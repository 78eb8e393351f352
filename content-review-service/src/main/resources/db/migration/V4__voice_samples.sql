-- One voice score per check of a draft revision, for the per-brand drift view.
create table voice_sample (
    id            bigint generated always as identity primary key,
    brand_id      varchar(36) not null,
    brand_version integer     not null,
    draft_id      varchar(36) not null,
    revision      integer     not null,
    voice_score   integer     not null,
    recorded_at   timestamptz not null
);
create index voice_sample_brand_time on voice_sample (brand_id, recorded_at);
