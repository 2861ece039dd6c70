-- Several regimes per unit and year (the city's reports by the 18th and the thematic reports to the
-- Ministry by the 15th; a ward's internal regime for its divisions by the 9th), told apart by a short code.
-- portal: the connector name the delivery worker sends approved reports to (null: none, filed by hand).
-- owed_by: JSON array of the unit codes that owe the regime; null = every direct child of the issuing unit.
-- Cut-off windows become optional: many provinces publish only the due date ("theo quy định").
alter table reporting_regime add column code varchar(32) not null default 'CCHC';
alter table reporting_regime add column portal varchar(64);
alter table reporting_regime add column owed_by jsonb;
alter table reporting_regime drop constraint reporting_regime_unit_year_uk;
alter table reporting_regime add constraint reporting_regime_unit_year_code_uk unique (unit_code, year, code);

alter table reporting_period alter column window_start drop not null;
alter table reporting_period alter column window_end drop not null;
alter table reporting_period add constraint reporting_period_window_both_ck check ((window_start is null) = (window_end is null));
