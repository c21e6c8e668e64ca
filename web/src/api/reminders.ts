import { useQuery } from "@tanstack/react-query";
import type { ReminderList } from "../../../common/schemas/reminders.js";
import { api } from "./client.js";

/** What the signed-in user has to do: reports due, overdue, returned or waiting for review. */
export const useReminders = () =>
  useQuery({
    queryKey: ["reminders"],
    queryFn: ({ signal }) => api<ReminderList>("/reminders", { signal }),
  });
