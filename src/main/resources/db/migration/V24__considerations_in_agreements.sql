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
