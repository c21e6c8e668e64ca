import { client, type Query, send } from "./client.js";
import { useList, useWrite } from "./resource.js";

export type JobListParams = Query<"/api/jobs">;

export const useJobs = (params: JobListParams) =>
  useList("jobs", params, (signal) => send(client.GET("/api/jobs", { params: { query: params }, signal })));

/** Puts a failed job back on its queue. */
export const useRetryJob = () =>
  useWrite((id: string) => send(client.POST("/api/jobs/{id}/retry", { params: { path: { id } } })));
