CREATE TABLE "project_organization_people" (
	"project_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"people" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "project_organization_people_project_id_organization_id_pk" PRIMARY KEY("project_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "project_sex_figures" (
	"project_id" uuid NOT NULL,
	"sex" text NOT NULL,
	"people" integer DEFAULT 0 NOT NULL,
	"attendances" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "project_sex_figures_project_id_sex_pk" PRIMARY KEY("project_id","sex")
);
--> statement-breakpoint
ALTER TABLE "project_attendee_rollups" ADD COLUMN "sex" text;--> statement-breakpoint
ALTER TABLE "project_attendee_rollups" ADD COLUMN "organization_id" uuid;