-- When the current claim on a location began (shown when a refresh is requested meanwhile), and whether a refresh
-- was requested while the location was claimed: the read that ends the claim then makes the location due at once.
alter table catalog_location add column claimed_at timestamp with time zone;
alter table catalog_location add column refresh_requested boolean default false not null;
