CREATE TABLE "project_attendee_rollups" (
	"project_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"attendances" integer NOT NULL,
	CONSTRAINT "project_attendee_rollups_project_id_person_id_pk" PRIMARY KEY("project_id","person_id"),
	CONSTRAINT "project_attendee_rollups_attendances_check" CHECK ("project_attendee_rollups"."attendances" > 0)
);
--> statement-breakpoint
CREATE INDEX "project_attendee_rollups_person_idx" ON "project_attendee_rollups" USING btree ("person_id");