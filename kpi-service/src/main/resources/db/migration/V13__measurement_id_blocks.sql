-- Bulk writes insert up to 5,000 measurements at once: ids come in blocks of 1,000 (Measurement's
-- allocationSize), so a 1,000-row request asks the sequence once instead of twenty times.
alter sequence measurement_seq increment by 1000;
