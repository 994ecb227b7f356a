CREATE TABLE `spool_replayed` (
	`name` text PRIMARY KEY NOT NULL
);
