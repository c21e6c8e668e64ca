ALTER TABLE "imports" DROP CONSTRAINT "imports_status_check";--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "progress" jsonb;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "commit_error" jsonb;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_status_check" CHECK ("imports"."status" in ('previewed', 'committing', 'committed'));