CREATE TABLE "project_event_kinds" (
	"project_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"held" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "project_event_kinds_project_id_kind_pk" PRIMARY KEY("project_id","kind")
);
--> statement-breakpoint
CREATE TABLE "project_organizers" (
	"project_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"events" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "project_organizers_project_id_organization_id_pk" PRIMARY KEY("project_id","organization_id")
);
