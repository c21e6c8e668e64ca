CREATE TABLE "categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category_set_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "categories_position_check" CHECK ("categories"."position" >= 0),
	CONSTRAINT "categories_name_check" CHECK (length(trim("categories"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "category_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"is_system" boolean DEFAULT false NOT NULL,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "category_sets_name_check" CHECK (length(trim("category_sets"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "indicator_category_sets" (
	"indicator_id" uuid NOT NULL,
	"category_set_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "indicator_category_sets_indicator_id_category_set_id_pk" PRIMARY KEY("indicator_id","category_set_id"),
	CONSTRAINT "indicator_category_sets_position_check" CHECK ("indicator_category_sets"."position" >= 0)
);
--> statement-breakpoint
CREATE TABLE "indicator_responsible_organizations" (
	"indicator_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	CONSTRAINT "indicator_responsible_organizations_indicator_id_organization_id_pk" PRIMARY KEY("indicator_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_targets" (
	"indicator_id" uuid NOT NULL,
	"reporting_period_id" uuid NOT NULL,
	"target_value" numeric NOT NULL,
	CONSTRAINT "indicator_targets_indicator_id_reporting_period_id_pk" PRIMARY KEY("indicator_id","reporting_period_id")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"framework_node_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"direction" text DEFAULT 'up' NOT NULL,
	"is_cumulative" boolean DEFAULT false NOT NULL,
	"counts_people" boolean DEFAULT false NOT NULL,
	"baseline_value" numeric,
	"baseline_date" date,
	"end_target" numeric,
	"means_of_verification" text,
	"data_source" text,
	"frequency" text,
	"rationale" text,
	"formula" jsonb,
	"activity_source" jsonb,
	"lineage_id" uuid NOT NULL,
	"archived_at" timestamp with time zone,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_unit_check" CHECK ("indicators"."unit" in ('number', 'percent', 'ratio', 'yes_no', 'text')),
	CONSTRAINT "indicators_direction_check" CHECK ("indicators"."direction" in ('up', 'down')),
	CONSTRAINT "indicators_name_check" CHECK (length(trim("indicators"."name")) > 0),
	CONSTRAINT "indicators_formula_check" CHECK ("indicators"."formula" is null or (jsonb_typeof("indicators"."formula") = 'object' and "indicators"."unit" in ('percent', 'ratio'))),
	CONSTRAINT "indicators_activity_source_check" CHECK ("indicators"."activity_source" is null or (jsonb_typeof("indicators"."activity_source") = 'object' and "indicators"."unit" = 'number' and "indicators"."formula" is null)),
	CONSTRAINT "indicators_non_numeric_check" CHECK ("indicators"."unit" not in ('yes_no', 'text') or "indicators"."end_target" is null)
);
--> statement-breakpoint
CREATE TABLE "reporting_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reporting_periods_dates_check" CHECK ("reporting_periods"."ends_on" >= "reporting_periods"."starts_on"),
	CONSTRAINT "reporting_periods_status_check" CHECK ("reporting_periods"."status" in ('open', 'closed')),
	CONSTRAINT "reporting_periods_name_check" CHECK (length(trim("reporting_periods"."name")) > 0)
);
--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_category_set_id_category_sets_id_fk" FOREIGN KEY ("category_set_id") REFERENCES "public"."category_sets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_category_sets" ADD CONSTRAINT "indicator_category_sets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_category_sets" ADD CONSTRAINT "indicator_category_sets_category_set_id_category_sets_id_fk" FOREIGN KEY ("category_set_id") REFERENCES "public"."category_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_responsible_organizations" ADD CONSTRAINT "indicator_responsible_organizations_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_responsible_organizations" ADD CONSTRAINT "indicator_responsible_organizations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_reporting_period_id_reporting_periods_id_fk" FOREIGN KEY ("reporting_period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_framework_node_id_framework_nodes_id_fk" FOREIGN KEY ("framework_node_id") REFERENCES "public"."framework_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "categories_code_key" ON "categories" USING btree ("category_set_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "category_sets_code_key" ON "category_sets" USING btree (lower("code"));--> statement-breakpoint
CREATE INDEX "category_sets_search_idx" ON "category_sets" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "indicator_category_sets_set_idx" ON "indicator_category_sets" USING btree ("category_set_id");--> statement-breakpoint
CREATE INDEX "indicator_responsible_organizations_organization_idx" ON "indicator_responsible_organizations" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "indicator_targets_period_idx" ON "indicator_targets" USING btree ("reporting_period_id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_code_key" ON "indicators" USING btree ("plan_id",lower("code"));--> statement-breakpoint
CREATE INDEX "indicators_node_idx" ON "indicators" USING btree ("framework_node_id");--> statement-breakpoint
CREATE INDEX "indicators_lineage_idx" ON "indicators" USING btree ("lineage_id");--> statement-breakpoint
CREATE INDEX "indicators_search_idx" ON "indicators" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "reporting_periods_start_key" ON "reporting_periods" USING btree ("plan_id","starts_on");