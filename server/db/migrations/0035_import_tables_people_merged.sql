CREATE TABLE "import_tables" (
	"import_id" uuid PRIMARY KEY NOT NULL,
	"reading" jsonb NOT NULL,
	"rows" jsonb NOT NULL,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
ALTER TABLE "import_tables" ADD CONSTRAINT "import_tables_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_merged_into_id_people_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "people_merged_into_idx" ON "people" USING btree ("merged_into_id") WHERE "people"."merged_into_id" is not null;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_merged_check" CHECK ("people"."merged_into_id" is null or ("people"."archived_at" is not null and "people"."merged_into_id" <> "people"."id"));