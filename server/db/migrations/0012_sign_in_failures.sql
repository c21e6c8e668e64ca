CREATE TABLE "sign_in_failures" (
	"key_hash" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"last_failed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sign_in_failures_failures_check" CHECK ("sign_in_failures"."failures" > 0)
);
--> statement-breakpoint
CREATE INDEX "sign_in_failures_last_idx" ON "sign_in_failures" USING btree ("last_failed_at");--> statement-breakpoint
-- Remembered import mappings are keyed by the SHA-256 of their header set (hex), so that a file with
-- thousands of columns still fits the unique index. The same digest the app computes in Node.
UPDATE "import_mappings" SET "header_key" = encode(sha256(convert_to("header_key", 'UTF8')), 'hex');
