CREATE TABLE "event_attendance" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"female" integer DEFAULT 0 NOT NULL,
	"male" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "list_totals" (
	"list" text NOT NULL,
	"delta" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "list_totals_list_idx" ON "list_totals" USING btree ("list");