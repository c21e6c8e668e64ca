import { useQuery } from "@tanstack/react-query";
import { client, send } from "./client.js";

/** What the signed-in user has to do: reports due, overdue, returned or waiting for review. */
export const useReminders = () =>
  useQuery({
    queryKey: ["reminders"],
    queryFn: ({ signal }) => send(client.GET("/api/reminders", { signal })),
  });
