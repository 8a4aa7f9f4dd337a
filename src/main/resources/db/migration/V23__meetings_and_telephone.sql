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
