-- A meeting is an approved way to share; only the telephone is restricted to urgent cases (002 §4.4). The single
-- method "telephone or meeting" becomes two in every agreement version that named it, keeping its place.
update agreement_version
set document = jsonb_set(document, '{transferMethods}',
        (select coalesce(jsonb_agg(m order by ord, sub), '[]'::jsonb)
         from (select ord, 1 as sub, method as m
               from jsonb_array_elements(document -> 'transferMethods') with ordinality as t(method, ord)
               where method <> '"TELEPHONE_OR_MEETING"'
               union all
               select ord, sub, to_jsonb(split) as m
               from jsonb_array_elements(document -> 'transferMethods') with ordinality as t(method, ord),
                    unnest(array['MEETING', 'TELEPHONE']) with ordinality as s(split, sub)
               where method = '"TELEPHONE_OR_MEETING"') as methods))
where document -> 'transferMethods' @> '["TELEPHONE_OR_MEETING"]'::jsonb;

-- The Human Rights Act 1998 Art 8 and the Mental Capacity Act 2005 give no power to share: they are considerations,
-- not statutory gateways (legal catalogue release 2). Agreements that listed them among their gateways keep them,
-- in the layer for the common law and the considerations every share respects.
update agreement_version
set document = jsonb_set(jsonb_set(document, '{lawfulBasis,statutoryGateways}',
        coalesce((select jsonb_agg(code) from jsonb_array_elements(document -> 'lawfulBasis' -> 'statutoryGateways') as g(code)
                  where code not in ('"HRA1998-A8"', '"MCA2005"')), '[]'::jsonb)),
    '{lawfulBasis,commonLaw}',
        coalesce(document -> 'lawfulBasis' -> 'commonLaw', '[]'::jsonb)
        || coalesce((select jsonb_agg(code) from jsonb_array_elements(document -> 'lawfulBasis' -> 'statutoryGateways') as g(code)
                     where code in ('"HRA1998-A8"', '"MCA2005"')
                       and not coalesce(document -> 'lawfulBasis' -> 'commonLaw', '[]'::jsonb) @> jsonb_build_array(code)), '[]'::jsonb))
where document -> 'lawfulBasis' -> 'statutoryGateways' @> '["HRA1998-A8"]'::jsonb
   or document -> 'lawfulBasis' -> 'statutoryGateways' @> '["MCA2005"]'::jsonb;
