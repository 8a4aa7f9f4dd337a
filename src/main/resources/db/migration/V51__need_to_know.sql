-- Need to know within an organisation (docs/adr/0048-need-to-know.md): the teams and members of staff working
-- with each person the organisation holds records about, and the reasons staff recorded to look at someone they
-- do not work with ("break glass"), which the Data Protection Officer sees.
create table subject_involvement (
    subject_id uuid        not null references data_subject (id),
    team_id    uuid references team (id),
    user_id    uuid references app_user (id),
    since      timestamptz not null,
    check ((team_id is null) <> (user_id is null))
);
create unique index subject_involvement_team on subject_involvement (subject_id, team_id) where team_id is not null;
create unique index subject_involvement_user on subject_involvement (subject_id, user_id) where user_id is not null;

-- The reason is a code; the explanation is sealed under the person's own key, like everything else about them.
create table break_glass (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    subject_id      uuid        not null references data_subject (id),
    user_id         uuid        not null references app_user (id),
    reason          text        not null check (reason in ('IMMEDIATE_RISK', 'NEW_REFERRAL', 'COVERING_COLLEAGUE', 'OUT_OF_HOURS', 'OTHER')),
    explanation_enc bytea       not null,
    opened_at       timestamptz not null,
    until           timestamptz not null check (until > opened_at)
);
create index break_glass_reader on break_glass (subject_id, user_id, until);
create index break_glass_organisation on break_glass (organisation_id, opened_at desc);

-- Everyone who already worked with a person keeps seeing them: whoever recorded the person and their teams, and
-- whoever recorded consent, a decision or a request about them (decisions also name the decider's teams then).
insert into subject_involvement (subject_id, user_id, since)
select id, created_by, created_at from data_subject
on conflict do nothing;
insert into subject_involvement (subject_id, team_id, since)
select s.id, m.team_id, s.created_at from data_subject s join team_member m on m.user_id = s.created_by
on conflict do nothing;
insert into subject_involvement (subject_id, user_id, since)
select subject_id, decided_by, min(decided_at) from sharing_decision group by subject_id, decided_by
on conflict do nothing;
insert into subject_involvement (subject_id, team_id, since)
select d.subject_id, t.team_id, min(d.decided_at) from sharing_decision d cross join lateral unnest(d.decided_by_teams) as t (team_id)
where exists (select 1 from team where team.id = t.team_id)
group by d.subject_id, t.team_id
on conflict do nothing;
insert into subject_involvement (subject_id, user_id, since)
select subject_id, recorded_by, min(recorded_at) from consent_record group by subject_id, recorded_by
on conflict do nothing;
insert into subject_involvement (subject_id, user_id, since)
select requester_subject_id, requester_user_id, min(sent_at) from information_request group by requester_subject_id, requester_user_id
on conflict do nothing;
