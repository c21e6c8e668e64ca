CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"reason" text,
	CONSTRAINT "audit_log_action_check" CHECK ("audit_log"."action" in ('create', 'update', 'archive', 'restore', 'delete', 'login', 'logout', 'login_failed'))
);
--> statement-breakpoint
CREATE TABLE "event_framework_nodes" (
	"event_id" uuid NOT NULL,
	"framework_node_id" uuid NOT NULL,
	CONSTRAINT "event_framework_nodes_event_id_framework_node_id_pk" PRIMARY KEY("event_id","framework_node_id")
);
--> statement-breakpoint
CREATE TABLE "event_organizers" (
	"event_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	CONSTRAINT "event_organizers_event_id_organization_id_pk" PRIMARY KEY("event_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"venue" text,
	"project_id" uuid,
	"description" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp with time zone,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_kind_check" CHECK ("events"."kind" in ('board_meeting', 'training_of_trainers', 'seminar', 'workshop', 'public_presentation', 'media_appearance', 'other')),
	CONSTRAINT "events_status_check" CHECK ("events"."status" in ('planned', 'held', 'cancelled')),
	CONSTRAINT "events_dates_check" CHECK ("events"."ends_on" >= "events"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "framework_nodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"parent_id" uuid,
	"depth" smallint NOT NULL,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"lead_organization_id" uuid,
	"deadline" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "framework_nodes_depth_check" CHECK ("framework_nodes"."depth" >= 0 and "framework_nodes"."depth" < 8),
	CONSTRAINT "framework_nodes_title_check" CHECK (length(trim("framework_nodes"."title")) > 0)
);
--> statement-breakpoint
CREATE TABLE "jurisdictions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"parent_id" uuid,
	"name_latin" text NOT NULL,
	"name_cyrillic" text NOT NULL,
	"shape_id" text,
	"search_text" text NOT NULL,
	CONSTRAINT "jurisdictions_kind_check" CHECK ("jurisdictions"."kind" in ('state', 'entity', 'district', 'canton', 'municipality'))
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"level" text NOT NULL,
	"sector" text NOT NULL,
	"jurisdiction_id" uuid,
	"description" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp with time zone,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_level_check" CHECK ("organizations"."level" in ('international', 'state', 'entity', 'canton', 'municipality')),
	CONSTRAINT "organizations_sector_check" CHECK ("organizations"."sector" in ('defence', 'police', 'border', 'intelligence', 'justice', 'gender_mechanism', 'other_government', 'local_government', 'civil_society', 'international_organization', 'media', 'academia')),
	CONSTRAINT "organizations_name_check" CHECK (length(trim("organizations"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "participations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text DEFAULT 'participant' NOT NULL,
	"attended" boolean DEFAULT true NOT NULL,
	"pre_test_score" numeric(7, 2),
	"post_test_score" numeric(7, 2),
	"test_max_score" numeric(7, 2),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participations_role_check" CHECK ("participations"."role" in ('participant', 'trainer', 'co_trainer', 'speaker', 'organiser', 'observer')),
	CONSTRAINT "participations_scores_check" CHECK (("participations"."pre_test_score" is null and "participations"."post_test_score" is null) or ("participations"."test_max_score" > 0 and coalesce("participations"."pre_test_score", 0) between 0 and "participations"."test_max_score" and coalesce("participations"."post_test_score", 0) between 0 and "participations"."test_max_score"))
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"sex" text NOT NULL,
	"organization_id" uuid,
	"registered_by_organization_id" uuid,
	"position" text,
	"rank" text,
	"is_decision_maker" boolean DEFAULT false NOT NULL,
	"email" text,
	"phone" text,
	"birth_year" smallint,
	"has_consented" boolean DEFAULT false NOT NULL,
	"consented_on" date,
	"is_demo" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp with time zone,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_sex_check" CHECK ("people"."sex" in ('female', 'male')),
	CONSTRAINT "people_names_check" CHECK (length(trim("people"."given_name")) > 0 and length(trim("people"."family_name")) > 0),
	CONSTRAINT "people_birth_year_check" CHECK ("people"."birth_year" is null or "people"."birth_year" between 1900 and 2100)
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"short_title" text NOT NULL,
	"jurisdiction_id" uuid,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"predecessor_id" uuid,
	"tier_names" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"description" text,
	"source" text,
	"archived_at" timestamp with time zone,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_status_check" CHECK ("plans"."status" in ('draft', 'active', 'closed')),
	CONSTRAINT "plans_dates_check" CHECK ("plans"."ends_on" >= "plans"."starts_on"),
	CONSTRAINT "plans_tier_names_check" CHECK (jsonb_typeof("plans"."tier_names") = 'array' and jsonb_array_length("plans"."tier_names") between 1 and 8)
);
--> statement-breakpoint
CREATE TABLE "project_framework_nodes" (
	"project_id" uuid NOT NULL,
	"framework_node_id" uuid NOT NULL,
	CONSTRAINT "project_framework_nodes_project_id_framework_node_id_pk" PRIMARY KEY("project_id","framework_node_id")
);
--> statement-breakpoint
CREATE TABLE "project_implementers" (
	"project_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	CONSTRAINT "project_implementers_project_id_organization_id_pk" PRIMARY KEY("project_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "project_output_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"event_kind" text NOT NULL,
	"target_count" integer NOT NULL,
	"label" text NOT NULL,
	CONSTRAINT "project_output_targets_kind_check" CHECK ("project_output_targets"."event_kind" in ('board_meeting', 'training_of_trainers', 'seminar', 'workshop', 'public_presentation', 'media_appearance', 'other')),
	CONSTRAINT "project_output_targets_count_check" CHECK ("project_output_targets"."target_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"code" text NOT NULL,
	"donor_organization_id" uuid,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"budget_amount" numeric(14, 2),
	"currency" text,
	"description" text,
	"source" text,
	"archived_at" timestamp with time zone,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_dates_check" CHECK ("projects"."ends_on" >= "projects"."starts_on"),
	CONSTRAINT "projects_currency_check" CHECK ("projects"."currency" is null or "projects"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "projects_budget_check" CHECK ("projects"."budget_amount" is null or "projects"."budget_amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"organization_id" uuid,
	"person_id" uuid,
	"locale" text DEFAULT 'bs' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"last_login_at" timestamp with time zone,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_role_check" CHECK ("users"."role" in ('administrator', 'coordinator', 'representative', 'partner', 'trainer', 'viewer')),
	CONSTRAINT "users_organization_check" CHECK ("users"."role" in ('administrator', 'coordinator', 'viewer', 'trainer') or "users"."organization_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_framework_nodes" ADD CONSTRAINT "event_framework_nodes_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_framework_nodes" ADD CONSTRAINT "event_framework_nodes_framework_node_id_framework_nodes_id_fk" FOREIGN KEY ("framework_node_id") REFERENCES "public"."framework_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_organizers" ADD CONSTRAINT "event_organizers_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_organizers" ADD CONSTRAINT "event_organizers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_nodes" ADD CONSTRAINT "framework_nodes_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_nodes" ADD CONSTRAINT "framework_nodes_parent_id_framework_nodes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."framework_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_nodes" ADD CONSTRAINT "framework_nodes_lead_organization_id_organizations_id_fk" FOREIGN KEY ("lead_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jurisdictions" ADD CONSTRAINT "jurisdictions_parent_id_jurisdictions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_registered_by_organization_id_organizations_id_fk" FOREIGN KEY ("registered_by_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_predecessor_id_plans_id_fk" FOREIGN KEY ("predecessor_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_framework_nodes" ADD CONSTRAINT "project_framework_nodes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_framework_nodes" ADD CONSTRAINT "project_framework_nodes_framework_node_id_framework_nodes_id_fk" FOREIGN KEY ("framework_node_id") REFERENCES "public"."framework_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_implementers" ADD CONSTRAINT "project_implementers_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_implementers" ADD CONSTRAINT "project_implementers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_output_targets" ADD CONSTRAINT "project_output_targets_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_donor_organization_id_organizations_id_fk" FOREIGN KEY ("donor_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "event_organizers_organization_idx" ON "event_organizers" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "events_project_idx" ON "events" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "events_starts_on_idx" ON "events" USING btree ("starts_on");--> statement-breakpoint
CREATE INDEX "events_search_idx" ON "events" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "framework_nodes_plan_idx" ON "framework_nodes" USING btree ("plan_id","parent_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "framework_nodes_code_key" ON "framework_nodes" USING btree ("plan_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "jurisdictions_code_key" ON "jurisdictions" USING btree ("code");--> statement-breakpoint
CREATE INDEX "jurisdictions_parent_idx" ON "jurisdictions" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "jurisdictions_search_idx" ON "jurisdictions" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_name_key" ON "organizations" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "organizations_search_idx" ON "organizations" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "participations_event_person_key" ON "participations" USING btree ("event_id","person_id");--> statement-breakpoint
CREATE INDEX "participations_person_idx" ON "participations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "people_organization_idx" ON "people" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "people_search_idx" ON "people" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "plans_search_idx" ON "plans" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "project_output_targets_kind_key" ON "project_output_targets" USING btree ("project_id","event_kind");--> statement-breakpoint
CREATE UNIQUE INDEX "projects_code_key" ON "projects" USING btree (lower("code"));--> statement-breakpoint
CREATE INDEX "projects_search_idx" ON "projects" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree (lower("email"));