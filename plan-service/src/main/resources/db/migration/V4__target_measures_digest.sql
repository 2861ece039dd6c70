-- The measures of a target as an evaluation reads them (GET /api/v1/targets/digest): without the clause
-- text and without null fields. Kept by PostgreSQL beside the measures (a stored generated column), so
-- that a national digest of ~125,000 targets does not rebuild every array on each read (≈ 0.4 s).
create function target_measures_digest(measures jsonb) returns jsonb
    language sql immutable parallel safe
    return (select coalesce(jsonb_agg(jsonb_strip_nulls(e - 'clause')), '[]'::jsonb) from jsonb_array_elements(measures) e);

alter table target add column measures_digest jsonb generated always as (target_measures_digest(measures)) stored;
