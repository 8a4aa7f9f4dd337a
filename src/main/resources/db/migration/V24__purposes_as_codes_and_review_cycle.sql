-- An agreement's purposes become codes from the purpose vocabulary, each with the agreement's own words beside it,
-- so that no rule reads meaning from wording. Each existing purpose keeps its words under every purpose they
-- were read as until now (a code, a label or one of the key phrases below, exactly as the platform read them),
-- so an agreement covers after this change what it covered before; words that named no purpose are kept as
-- "another purpose". Where several lines fall under one code, their words are joined, line by line.
create temporary table purpose_vocabulary (code text primary key, position int not null, label text not null, phrases text[] not null)
    on commit drop;
insert into purpose_vocabulary values
    ('SAFEGUARDING_CHILD', 1, 'safeguarding a child: protecting them from abuse, neglect or harm', array['safeguard', 'child protection', 'welfare of child']),
    ('SAFEGUARDING_ADULT', 2, 'safeguarding an adult at risk of abuse or neglect', array['adult safeguarding', 'adult at risk', 'vulnerable adult']),
    ('CHILD_IN_NEED', 3, 'assessing a child''s needs and providing services (child in need)', array['child in need', 'assessment']),
    ('EARLY_HELP', 4, 'early help and family support', array['early help', 'family support', 'supporting families', 'troubled families']),
    ('HEALTH_AND_CARE', 5, 'providing health or social care', array['health', 'social care', 'care and support']),
    ('PREVENTING_DETECTING_CRIME', 6, 'preventing, detecting or investigating crime, or prosecuting offenders', array['crime', 'offend', 'law enforcement', 'disorder']),
    ('PUBLIC_PROTECTION', 7, 'managing the risk posed by offenders (public protection, mappa)', array['public protection', 'mappa', 'risk posed']),
    ('PARTNERSHIP_REVIEW', 8, 'the safeguarding partnership''s functions (practice reviews, child death reviews)', array['practice review', 'partnership', 'child death']),
    ('SERVICE_PLANNING', 9, 'planning services, statistics or performance reporting', array['planning', 'statistic', 'performance', 'report']),
    ('OTHER', 10, 'another purpose', array[]::text[]);

update agreement_version v
set document = jsonb_set(v.document, '{purposes}', (
    select coalesce(jsonb_agg(jsonb_build_object('code', grouped.code, 'wording', grouped.wording) order by grouped.position), '[]'::jsonb)
    from (select coalesce(p.code, 'OTHER') as code, coalesce(p.position, 10) as position,
                 string_agg(l.line, E'\n' order by l.ord) as wording
          from jsonb_array_elements_text(v.document -> 'purposes') with ordinality as l(line, ord)
          left join purpose_vocabulary p
                 on p.code <> 'OTHER'
                and (upper(replace(replace(btrim(l.line), ' ', '_'), '-', '_')) = p.code
                     or lower(btrim(l.line)) = p.label
                     or lower(l.line) like any (select '%' || phrase || '%' from unnest(p.phrases) as phrase))
          where btrim(l.line) <> ''
          group by 1, 2) as grouped))
where jsonb_typeof(v.document -> 'purposes') = 'array'
  and exists (select 1 from jsonb_array_elements(v.document -> 'purposes') as e where jsonb_typeof(e) = 'string');

-- The review cycle is what the parties agree (002 §1.4). Every agreement written before this change was reviewed
-- six months after it took effect and yearly after that; that is now written into each of them.
update agreement_version
set document = document || '{"firstReviewMonths": 6, "reviewEveryMonths": 12}'::jsonb
where not document ? 'firstReviewMonths';
