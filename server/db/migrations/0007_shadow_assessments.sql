CREATE TABLE "shadow_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reporting_period_id" uuid NOT NULL,
	"framework_node_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"status" text NOT NULL,
	"narrative" text,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shadow_assessments_status_check" CHECK ("shadow_assessments"."status" in ('not_started', 'in_progress', 'completed', 'delayed'))
);
--> statement-breakpoint
ALTER TABLE "shadow_assessments" ADD CONSTRAINT "shadow_assessments_reporting_period_id_reporting_periods_id_fk" FOREIGN KEY ("reporting_period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shadow_assessments" ADD CONSTRAINT "shadow_assessments_framework_node_id_framework_nodes_id_fk" FOREIGN KEY ("framework_node_id") REFERENCES "public"."framework_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shadow_assessments" ADD CONSTRAINT "shadow_assessments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shadow_assessments" ADD CONSTRAINT "shadow_assessments_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "shadow_assessments_key" ON "shadow_assessments" USING btree ("reporting_period_id","framework_node_id","organization_id");--> statement-breakpoint
CREATE INDEX "shadow_assessments_node_idx" ON "shadow_assessments" USING btree ("framework_node_id");--> statement-breakpoint
CREATE INDEX "shadow_assessments_organization_idx" ON "shadow_assessments" USING btree ("organization_id");