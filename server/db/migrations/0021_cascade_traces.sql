CREATE TABLE "cascade_reach_memos" (
	"group_key" text PRIMARY KEY NOT NULL,
	"fingerprint" text NOT NULL,
	"counts" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cascade_reached" (
	"tot_id" uuid NOT NULL,
	"generation" integer NOT NULL,
	"person_id" uuid NOT NULL,
	"day" date NOT NULL,
	CONSTRAINT "cascade_reached_tot_id_generation_day_person_id_pk" PRIMARY KEY("tot_id","generation","day","person_id")
);
--> statement-breakpoint
CREATE TABLE "cascade_trace_events" (
	"tot_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	CONSTRAINT "cascade_trace_events_tot_id_event_id_pk" PRIMARY KEY("tot_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "cascade_traces" (
	"tot_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL,
	"traced_version" bigint DEFAULT 0 NOT NULL,
	"trainers_produced" integer DEFAULT 0 NOT NULL,
	"sessions_delivered" integer DEFAULT 0 NOT NULL,
	"depth" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "cascade_trace_events_event_idx" ON "cascade_trace_events" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "events_tot_idx" ON "events" USING btree ("starts_on") WHERE "events"."kind" = 'training_of_trainers';