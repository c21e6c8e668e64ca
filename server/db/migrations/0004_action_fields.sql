CREATE TABLE "framework_node_organizations" (
	"framework_node_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	CONSTRAINT "framework_node_organizations_framework_node_id_organization_id_pk" PRIMARY KEY("framework_node_id","organization_id")
);
--> statement-breakpoint
ALTER TABLE "framework_nodes" ADD COLUMN "status" text;--> statement-breakpoint
ALTER TABLE "framework_nodes" ADD COLUMN "budget_amount" numeric(14, 2);--> statement-breakpoint
ALTER TABLE "framework_nodes" ADD COLUMN "budget_currency" text;--> statement-breakpoint
ALTER TABLE "framework_nodes" ADD COLUMN "funding_source" text;--> statement-breakpoint
ALTER TABLE "framework_nodes" ADD COLUMN "pillars" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "framework_node_organizations" ADD CONSTRAINT "framework_node_organizations_framework_node_id_framework_nodes_id_fk" FOREIGN KEY ("framework_node_id") REFERENCES "public"."framework_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_node_organizations" ADD CONSTRAINT "framework_node_organizations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_nodes" ADD CONSTRAINT "framework_nodes_status_check" CHECK ("framework_nodes"."status" is null or "framework_nodes"."status" in ('not_started', 'in_progress', 'completed', 'delayed', 'cancelled'));--> statement-breakpoint
ALTER TABLE "framework_nodes" ADD CONSTRAINT "framework_nodes_funding_source_check" CHECK ("framework_nodes"."funding_source" is null or "framework_nodes"."funding_source" in ('government', 'donor'));--> statement-breakpoint
ALTER TABLE "framework_nodes" ADD CONSTRAINT "framework_nodes_budget_check" CHECK ("framework_nodes"."budget_amount" is null or ("framework_nodes"."budget_amount" >= 0 and "framework_nodes"."budget_currency" ~ '^[A-Z]{3}$'));--> statement-breakpoint
ALTER TABLE "framework_nodes" ADD CONSTRAINT "framework_nodes_pillars_check" CHECK ("framework_nodes"."pillars" <@ array['prevention', 'participation', 'protection', 'relief_recovery']::text[]);