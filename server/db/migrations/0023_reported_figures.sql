CREATE TABLE "reported_cells" (
	"submission_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"actual" numeric,
	"female" numeric,
	"male" numeric,
	CONSTRAINT "reported_cells_submission_id_indicator_id_pk" PRIMARY KEY("submission_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "reported_period_figures" (
	"indicator_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"actual_sum" numeric DEFAULT '0' NOT NULL,
	"actual_count" integer DEFAULT 0 NOT NULL,
	"female_sum" numeric DEFAULT '0' NOT NULL,
	"female_count" integer DEFAULT 0 NOT NULL,
	"male_sum" numeric DEFAULT '0' NOT NULL,
	"male_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "reported_period_figures_indicator_id_period_id_pk" PRIMARY KEY("indicator_id","period_id")
);
--> statement-breakpoint
CREATE INDEX "reported_period_figures_period_idx" ON "reported_period_figures" USING btree ("period_id");