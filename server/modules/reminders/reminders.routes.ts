import type { FastifyInstance } from "fastify";
import { ReminderList } from "../../../common/schemas/reminders.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import { listReminders } from "./reminders.service.js";

/** What is due for the signed-in user, as of the app clock's date. */
export function registerReminderRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const api = typed(app);
  api.get(
    "/reminders",
    { schema: { tags: ["reminders"], response: { 200: ReminderList } } },
    async (request) => ({ items: await listReminders(db, actorOf(request), clock()) }),
  );
}
