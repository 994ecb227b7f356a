CREATE TABLE `agent_endpoints` (
	`session` text PRIMARY KEY NOT NULL,
	`socket` text NOT NULL,
	`token` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`session` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`state` text NOT NULL,
	`via` text,
	`claim` text,
	`claimed_at` integer,
	`at` integer,
	`reason` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`session`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `deliveries_session_state` ON `deliveries` (`session`,`state`,`created_at`);--> statement-breakpoint
ALTER TABLE `sessions` ADD `agent` text;