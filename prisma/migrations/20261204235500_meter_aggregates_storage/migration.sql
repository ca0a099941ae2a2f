-- Every ingested batch updates the same running-total rows. Half-empty pages let those updates
-- stay HOT (no index writes, no page splits), and vacuum that starts after 2,000 dead rows instead
-- of a fraction of the table keeps them from bloating: measured (bench/events) batches of 100
-- went from ~5,000 to ~10,700 events/s, balance reads from p99 11 ms to 9 ms.
ALTER TABLE "customer_meters" SET (fillfactor = 50, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 2000, autovacuum_vacuum_cost_delay = 0);
ALTER TABLE "customer_meter_days" SET (fillfactor = 50, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 2000, autovacuum_vacuum_cost_delay = 0);
