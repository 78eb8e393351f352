-- Brand voice profiles. A brand row only points at its newest version; every change adds a version row
-- and old versions stay, so every check can say which version it used.
create table brand (
    id             varchar(36)  primary key,
    latest_version integer      not null,
    created_at     timestamptz  not null,
    created_by     varchar(200) not null
);

create table brand_version (
    id           bigint generated always as identity primary key,
    brand_id     varchar(36)  not null references brand (id),
    version      integer      not null,
    name         varchar(200) not null,
    profile      text         not null,
    custom_rules text         not null,
    created_at   timestamptz  not null,
    created_by   varchar(200) not null,
    unique (brand_id, version)
);
