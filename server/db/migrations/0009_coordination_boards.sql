CREATE TABLE "board_action_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"description" text NOT NULL,
	"owner_organization_id" uuid NOT NULL,
	"due_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_on" date,
	"note" text,
	"framework_node_id" uuid,
	"indicator_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "board_action_items_status_check" CHECK ("board_action_items"."status" in ('open', 'done', 'dropped')),
	CONSTRAINT "board_action_items_closed_check" CHECK (("board_action_items"."status" = 'open') = ("board_action_items"."closed_on" is null)),
	CONSTRAINT "board_action_items_description_check" CHECK (length(trim("board_action_items"."description")) > 0)
);
--> statement-breakpoint
CREATE TABLE "board_agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"presenter_person_id" uuid,
	"framework_node_id" uuid,
	CONSTRAINT "board_agenda_items_title_check" CHECK (length(trim("board_agenda_items"."title")) > 0)
);
--> statement-breakpoint
CREATE TABLE "board_attendances" (
	"event_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"attendance" text NOT NULL,
	"deputy_person_id" uuid,
	CONSTRAINT "board_attendances_event_id_person_id_pk" PRIMARY KEY("event_id","person_id"),
	CONSTRAINT "board_attendances_attendance_check" CHECK ("board_attendances"."attendance" in ('present', 'absent', 'represented', 'guest')),
	CONSTRAINT "board_attendances_deputy_check" CHECK (("board_attendances"."attendance" = 'represented') = ("board_attendances"."deputy_person_id" is not null) and "board_attendances"."deputy_person_id" is distinct from "board_attendances"."person_id")
);
--> statement-breakpoint
CREATE TABLE "board_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"framework_node_id" uuid,
	CONSTRAINT "board_decisions_text_check" CHECK (length(trim("board_decisions"."text")) > 0)
);
--> statement-breakpoint
CREATE TABLE "board_meetings" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"board_id" uuid NOT NULL,
	"is_ngo_consultation" boolean DEFAULT false NOT NULL,
	"minutes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "board_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"board_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"role" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "board_memberships_role_check" CHECK ("board_memberships"."role" in ('chair', 'member', 'deputy', 'observer', 'ngo_representative')),
	CONSTRAINT "board_memberships_dates_check" CHECK ("board_memberships"."ends_on" is null or "board_memberships"."ends_on" >= "board_memberships"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "boards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"ngo_consultations_per_year" integer,
	"archived_at" timestamp with time zone,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "boards_name_check" CHECK (length(trim("boards"."name")) > 0),
	CONSTRAINT "boards_ngo_consultations_check" CHECK ("boards"."ngo_consultations_per_year" is null or "boards"."ngo_consultations_per_year" between 0 and 366)
);
--> statement-breakpoint
ALTER TABLE "board_action_items" ADD CONSTRAINT "board_action_items_event_id_board_meetings_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."board_meetings"("event_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_action_items" ADD CONSTRAINT "board_action_items_owner_organization_id_organizations_id_fk" FOREIGN KEY ("owner_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_action_items" ADD CONSTRAINT "board_action_items_framework_node_id_framework_nodes_id_fk" FOREIGN KEY ("framework_node_id") REFERENCES "public"."framework_nodes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_action_items" ADD CONSTRAINT "board_action_items_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_agenda_items" ADD CONSTRAINT "board_agenda_items_event_id_board_meetings_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."board_meetings"("event_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_agenda_items" ADD CONSTRAINT "board_agenda_items_presenter_person_id_people_id_fk" FOREIGN KEY ("presenter_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_agenda_items" ADD CONSTRAINT "board_agenda_items_framework_node_id_framework_nodes_id_fk" FOREIGN KEY ("framework_node_id") REFERENCES "public"."framework_nodes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_attendances" ADD CONSTRAINT "board_attendances_event_id_board_meetings_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."board_meetings"("event_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_attendances" ADD CONSTRAINT "board_attendances_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_attendances" ADD CONSTRAINT "board_attendances_deputy_person_id_people_id_fk" FOREIGN KEY ("deputy_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_decisions" ADD CONSTRAINT "board_decisions_event_id_board_meetings_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."board_meetings"("event_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_decisions" ADD CONSTRAINT "board_decisions_framework_node_id_framework_nodes_id_fk" FOREIGN KEY ("framework_node_id") REFERENCES "public"."framework_nodes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_meetings" ADD CONSTRAINT "board_meetings_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_meetings" ADD CONSTRAINT "board_meetings_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_memberships" ADD CONSTRAINT "board_memberships_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_memberships" ADD CONSTRAINT "board_memberships_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_memberships" ADD CONSTRAINT "board_memberships_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boards" ADD CONSTRAINT "boards_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "board_action_items_event_idx" ON "board_action_items" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "board_action_items_owner_idx" ON "board_action_items" USING btree ("owner_organization_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "board_agenda_items_position_key" ON "board_agenda_items" USING btree ("event_id","position");--> statement-breakpoint
CREATE INDEX "board_attendances_person_idx" ON "board_attendances" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "board_decisions_position_key" ON "board_decisions" USING btree ("event_id","position");--> statement-breakpoint
CREATE INDEX "board_meetings_board_idx" ON "board_meetings" USING btree ("board_id");--> statement-breakpoint
CREATE INDEX "board_memberships_board_idx" ON "board_memberships" USING btree ("board_id");--> statement-breakpoint
CREATE INDEX "board_memberships_person_idx" ON "board_memberships" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "boards_name_key" ON "boards" USING btree ("plan_id",lower("name"));--> statement-breakpoint
CREATE INDEX "boards_plan_idx" ON "boards" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "boards_search_idx" ON "boards" USING gin ("search_text" gin_trgm_ops);