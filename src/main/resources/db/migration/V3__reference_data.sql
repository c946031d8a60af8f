-- Occupations (NOC 2021) and industries (NAICS 2022), five levels each, titled in both languages
create table classification_class (
    classification text    not null check (classification in ('NOC_2021', 'NAICS_2022')),
    code           text    not null,
    level          integer not null check (level between 1 and 5),
    parent_code    text,
    title_en       text,
    title_fr       text,
    definition_en  text,
    definition_fr  text,
    primary key (classification, code),
    constraint classification_class_parent_fk foreign key (classification, parent_code)
        references classification_class (classification, code) deferrable initially deferred,
    check (title_en is not null or title_fr is not null),
    check ((level = 1) = (parent_code is null))
);
create index classification_class_by_parent on classification_class (classification, parent_code);

-- Forward sortation areas (first three characters of a postal code) and their centres
create table postal_area (
    code      text             primary key check (code ~ '^[A-Z][0-9][A-Z]$'),
    city      text             not null,
    province  text             not null check (province in ('AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON',
                                                           'PE', 'QC', 'SK', 'YT')),
    latitude  double precision not null check (latitude between 41 and 84),
    longitude double precision not null check (longitude between -142 and -52)
);

-- Lowercase without accents, so that "ingenieur" finds "Ingénieur" in either language
create function passerelle_fold(text) returns text language sql immutable strict parallel safe as $$
    select lower(translate($1,
        'ÀÂÄÁÃÅàâäáãåÇçÉÈÊËéèêëÍÌÎÏíìîïÑñÓÒÔÖÕóòôöõÚÙÛÜúùûüÝýÿŒœÆæ',
        'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOoooooUUUUuuuuYyyOoAa'))
$$;
