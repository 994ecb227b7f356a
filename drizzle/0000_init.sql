CREATE TABLE `events` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`stream` text NOT NULL,
	`version` integer NOT NULL,
	`kind` text NOT NULL,
	`project` text,
	`session` text,
	`source` text,
	`target` text,
	`payload` text NOT NULL,
	`ts` integer NOT NULL,
	`actor` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_id` ON `events` (`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `events_stream_version` ON `events` (`stream`,`version`);--> statement-breakpoint
CREATE INDEX `events_kind_seq` ON `events` (`kind`,`seq`);--> statement-breakpoint
CREATE INDEX `events_session_seq` ON `events` (`session`,`seq`);--> statement-breakpoint
CREATE INDEX `events_project_seq` ON `events` (`project`,`seq`);--> statement-breakpoint
CREATE INDEX `events_source_seq` ON `events` (`source`,`seq`);--> statement-breakpoint
CREATE INDEX `events_target_seq` ON `events` (`target`,`seq`);--> statement-breakpoint
CREATE INDEX `events_ts` ON `events` (`ts`);--> statement-breakpoint
CREATE TABLE `message_parts` (
	`message_id` text NOT NULL,
	`position` integer NOT NULL,
	`type` text NOT NULL,
	`data` text NOT NULL,
	PRIMARY KEY(`message_id`, `position`),
	FOREIGN KEY (`message_id`) REFERENCES `messages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `messages` (
	`id` text PRIMARY KEY NOT NULL,
	`session` text NOT NULL,
	`position` integer NOT NULL,
	`role` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`session`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `messages_session_position` ON `messages` (`session`,`position`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`repo` text,
	`description` text,
	`archived` integer DEFAULT false NOT NULL,
	`session_counter` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`project` text NOT NULL,
	`title` text NOT NULL,
	`status` text NOT NULL,
	`message_count` integer DEFAULT 0 NOT NULL,
	`external_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`project`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_project_updated` ON `sessions` (`project`,`updated_at`);--> statement-breakpoint
CREATE INDEX `sessions_status_updated` ON `sessions` (`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `sessions_updated` ON `sessions` (`updated_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `sessions_external` ON `sessions` (`external_id`);