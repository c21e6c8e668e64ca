CREATE TABLE "municipality_attendees" (
	"municipality_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"sex" text NOT NULL,
	"attendances" integer NOT NULL,
	"trainer_attendances" integer NOT NULL,
	CONSTRAINT "municipality_attendees_municipality_id_person_id_pk" PRIMARY KEY("municipality_id","person_id"),
	CONSTRAINT "municipality_attendees_attendances_check" CHECK ("municipality_attendees"."attendances" > 0)
);
--> statement-breakpoint
CREATE TABLE "municipality_figures" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"events" integer DEFAULT 0 NOT NULL,
	"attendances" integer DEFAULT 0 NOT NULL,
	"people" integer DEFAULT 0 NOT NULL,
	"female" integer DEFAULT 0 NOT NULL,
	"male" integer DEFAULT 0 NOT NULL,
	"trainers" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "municipality_attendees_person_idx" ON "municipality_attendees" USING btree ("person_id");