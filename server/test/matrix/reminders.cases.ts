import { expectations, type RouteCase } from "./matrix.js";

/** Reminders are the signed-in user's own: every role reads its list (empty for some roles). */
export const reminderCases: RouteCase[] = [
  {
    route: "GET /api/reminders",
    request: async () => ({ url: "/api/reminders" }),
    expect: expectations({ others: "200" }),
  },
];
