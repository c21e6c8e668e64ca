CREATE TABLE "mail_deliveries" (
	"kind" text NOT NULL,
	"user_id" uuid NOT NULL,
	"about" text DEFAULT '' NOT NULL,
	"day" date NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_deliveries_kind_user_id_about_day_pk" PRIMARY KEY("kind","user_id","about","day")
);
--> statement-breakpoint
-- Unlogged: counts of requests need no crash safety, and every sign-in writes one.
CREATE UNLOGGED TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"hits" integer NOT NULL,
	"resets_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "reminder_mails" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_deliveries" ADD CONSTRAINT "mail_deliveries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;