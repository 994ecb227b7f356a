CREATE TABLE `supervisions` (
	`session` text PRIMARY KEY NOT NULL,
	`agent` text NOT NULL,
	`agent_session` text NOT NULL,
	`cwd` text NOT NULL,
	`worktree` text,
	`branch` text,
	`ask` integer NOT NULL,
	`pid` integer,
	`approval` text,
	`ended_reason` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`session`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE no action
);
