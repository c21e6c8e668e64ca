CREATE TABLE "attendance_days" (
	"event_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"day" date NOT NULL,
	"present" boolean NOT NULL,
	CONSTRAINT "attendance_days_event_id_person_id_day_pk" PRIMARY KEY("event_id","person_id","day")
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"event_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"issued_by" uuid,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text,
	CONSTRAINT "certificates_revoked_check" CHECK (("certificates"."revoked_at" is null) = ("certificates"."revoked_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "curricula" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"archived_at" timestamp with time zone,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "curricula_title_check" CHECK (length(trim("curricula"."title")) > 0)
);
--> statement-breakpoint
CREATE TABLE "curriculum_modules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"curriculum_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"duration_minutes" integer,
	CONSTRAINT "curriculum_modules_title_check" CHECK (length(trim("curriculum_modules"."title")) > 0),
	CONSTRAINT "curriculum_modules_duration_check" CHECK ("curriculum_modules"."duration_minutes" is null or "curriculum_modules"."duration_minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"person_id" uuid,
	"scores" jsonb NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_curricula" (
	"event_id" uuid NOT NULL,
	"curriculum_id" uuid NOT NULL,
	CONSTRAINT "event_curricula_event_id_curriculum_id_pk" PRIMARY KEY("event_id","curriculum_id")
);
--> statement-breakpoint
CREATE TABLE "module_test_scores" (
	"event_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"module_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"score" numeric(7, 2) NOT NULL,
	"max_score" numeric(7, 2) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "module_test_scores_event_id_person_id_module_id_phase_pk" PRIMARY KEY("event_id","person_id","module_id","phase"),
	CONSTRAINT "module_test_scores_phase_check" CHECK ("module_test_scores"."phase" in ('pre', 'post')),
	CONSTRAINT "module_test_scores_score_check" CHECK ("module_test_scores"."max_score" > 0 and "module_test_scores"."score" between 0 and "module_test_scores"."max_score")
);
--> statement-breakpoint
CREATE TABLE "training_rules" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"min_attendance_share" numeric(5, 4) DEFAULT '1' NOT NULL,
	"pass_mark" numeric(5, 4),
	"issues_certificates" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_rules_attendance_check" CHECK ("training_rules"."min_attendance_share" > 0 and "training_rules"."min_attendance_share" <= 1),
	CONSTRAINT "training_rules_pass_mark_check" CHECK ("training_rules"."pass_mark" is null or ("training_rules"."pass_mark" > 0 and "training_rules"."pass_mark" <= 1))
);
--> statement-breakpoint
ALTER TABLE "attendance_days" ADD CONSTRAINT "attendance_days_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_days" ADD CONSTRAINT "attendance_days_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "curriculum_modules" ADD CONSTRAINT "curriculum_modules_curriculum_id_curricula_id_fk" FOREIGN KEY ("curriculum_id") REFERENCES "public"."curricula"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_curricula" ADD CONSTRAINT "event_curricula_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_curricula" ADD CONSTRAINT "event_curricula_curriculum_id_curricula_id_fk" FOREIGN KEY ("curriculum_id") REFERENCES "public"."curricula"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_test_scores" ADD CONSTRAINT "module_test_scores_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_test_scores" ADD CONSTRAINT "module_test_scores_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_test_scores" ADD CONSTRAINT "module_test_scores_module_id_curriculum_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."curriculum_modules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_rules" ADD CONSTRAINT "training_rules_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attendance_days_person_idx" ON "attendance_days" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_number_key" ON "certificates" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_event_person_key" ON "certificates" USING btree ("event_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "curricula_title_key" ON "curricula" USING btree (lower("title"));--> statement-breakpoint
CREATE INDEX "curricula_search_idx" ON "curricula" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "curriculum_modules_position_key" ON "curriculum_modules" USING btree ("curriculum_id","position");--> statement-breakpoint
CREATE INDEX "evaluations_event_idx" ON "evaluations" USING btree ("event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_event_person_key" ON "evaluations" USING btree ("event_id","person_id");--> statement-breakpoint
CREATE INDEX "event_curricula_curriculum_idx" ON "event_curricula" USING btree ("curriculum_id");