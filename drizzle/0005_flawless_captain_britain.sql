CREATE TABLE `agent_sessions` (
	`session` text PRIMARY KEY NOT NULL,
	`pid` integer,
	`pid_start` text,
	`transcript` text,
	`transcript_offset` integer DEFAULT 0 NOT NULL,
	`pending_reply` text
);
--> statement-breakpoint
ALTER TABLE `sessions` ADD `parent` text;--> statement-breakpoint
CREATE INDEX `sessions_project_parent` ON `sessions` (`project`,`parent`);--> statement-breakpoint
CREATE INDEX `messages_session_created` ON `messages` (`session`,`created_at`,`position`);