CREATE TABLE "indicator_events" (
	"indicator_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	CONSTRAINT "indicator_events_indicator_id_event_id_pk" PRIMARY KEY("indicator_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_people" (
	"indicator_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"sex" text NOT NULL,
	"participations" integer NOT NULL,
	CONSTRAINT "indicator_people_indicator_id_person_id_period_id_pk" PRIMARY KEY("indicator_id","person_id","period_id"),
	CONSTRAINT "indicator_people_participations_check" CHECK ("indicator_people"."participations" > 0)
);
--> statement-breakpoint
CREATE TABLE "indicator_period_figures" (
	"indicator_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"sex" text NOT NULL,
	"people" integer DEFAULT 0 NOT NULL,
	"first_people" integer DEFAULT 0 NOT NULL,
	"participations" integer DEFAULT 0 NOT NULL,
	"events" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "indicator_period_figures_indicator_id_period_id_sex_pk" PRIMARY KEY("indicator_id","period_id","sex")
);
--> statement-breakpoint
DROP INDEX "participations_person_idx";--> statement-breakpoint
CREATE INDEX "indicator_events_event_idx" ON "indicator_events" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "indicator_people_person_idx" ON "indicator_people" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "event_framework_nodes_node_idx" ON "event_framework_nodes" USING btree ("framework_node_id");--> statement-breakpoint
CREATE INDEX "participations_person_event_idx" ON "participations" USING btree ("person_id","event_id");