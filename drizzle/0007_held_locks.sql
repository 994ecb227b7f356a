CREATE TABLE `held_locks` (
	`project` text NOT NULL,
	`session` text NOT NULL,
	`path` text NOT NULL,
	`since` integer NOT NULL,
	`seq` integer NOT NULL,
	PRIMARY KEY(`project`, `session`, `path`)
);
--> statement-breakpoint
DROP INDEX `events_locks`;