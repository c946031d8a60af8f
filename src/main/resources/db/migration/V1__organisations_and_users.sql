-- Organisations of a mentoring collaboration, their sites and contacts (R-ORG-1)
create table organisation (
    id         uuid primary key,
    version    bigint      not null,
    name       text        not null check (length(btrim(name)) between 1 and 200),
    type       text        not null check (type in ('LEAD_AGENCY', 'REFERRAL_AGENCY', 'EMPLOYER',
                                                    'PROFESSIONAL_ASSOCIATION', 'EDUCATIONAL_INSTITUTION',
                                                    'FUNDER', 'ETHNOCULTURAL_ASSOCIATION')),
    website    text,
    email      text,
    phone      text,
    created_at timestamptz not null
);
create unique index organisation_name_unique on organisation (lower(name));

create table organisation_site (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id) on delete cascade,
    name            text not null check (length(btrim(name)) > 0),
    street          text,
    city            text not null check (length(btrim(city)) > 0),
    province        text not null check (province in ('AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON',
                                                      'PE', 'QC', 'SK', 'YT')),
    postal_code     text check (postal_code ~ '^[A-Z][0-9][A-Z] [0-9][A-Z][0-9]$')
);
create index organisation_site_by_organisation on organisation_site (organisation_id);

create table organisation_contact (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id) on delete cascade,
    full_name       text not null check (length(btrim(full_name)) > 0),
    title           text,
    email           text,
    phone           text
);
create index organisation_contact_by_organisation on organisation_contact (organisation_id);

-- User accounts: each belongs to an organisation and has one role
create table user_account (
    id                 uuid primary key,
    version            bigint      not null,
    email              text        not null check (email = lower(btrim(email)) and email like '%_@_%'),
    full_name          text        not null check (length(btrim(full_name)) > 0),
    role               text        not null check (role in ('ADMIN', 'COORDINATOR', 'REFERRAL_PARTNER', 'MENTOR',
                                                            'MENTEE', 'EMPLOYER', 'FUNDER')),
    organisation_id    uuid        not null constraint user_account_organisation_fk references organisation (id),
    preferred_language text        not null check (preferred_language in ('FR', 'EN')),
    password_hash      text        not null,
    active             boolean     not null,
    created_at         timestamptz not null
);
create unique index user_account_email_unique on user_account (email);
create index user_account_by_organisation on user_account (organisation_id);
