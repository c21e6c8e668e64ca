CREATE TABLE "agreement_parties" (
	"agreement_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	CONSTRAINT "agreement_parties_agreement_id_organization_id_pk" PRIMARY KEY("agreement_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"reference" text,
	"signed_on" date NOT NULL,
	"valid_until" date,
	"level" text NOT NULL,
	"jurisdiction_id" uuid,
	"lead_organization_id" uuid,
	"plan_id" uuid,
	"project_id" uuid,
	"description" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"search_text" text NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreements_kind_check" CHECK ("agreements"."kind" in ('memorandum', 'protocol', 'referral_mechanism', 'joint_programme', 'other')),
	CONSTRAINT "agreements_level_check" CHECK ("agreements"."level" in ('international', 'state', 'entity', 'canton', 'municipality')),
	CONSTRAINT "agreements_title_check" CHECK (length(trim("agreements"."title")) > 0),
	CONSTRAINT "agreements_validity_check" CHECK ("agreements"."valid_until" is null or "agreements"."valid_until" >= "agreements"."signed_on")
);
--> statement-breakpoint
CREATE TABLE "cooperation_networks" (
	"fingerprint" text PRIMARY KEY NOT NULL,
	"result" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"used_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_lead_organization_id_organizations_id_fk" FOREIGN KEY ("lead_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_parties_organization_idx" ON "agreement_parties" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "agreements_signed_idx" ON "agreements" USING btree ("signed_on");--> statement-breakpoint
CREATE INDEX "agreements_search_idx" ON "agreements" USING gin ("search_text" gin_trgm_ops);