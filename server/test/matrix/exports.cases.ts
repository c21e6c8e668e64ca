import { expectations, type RouteCase } from "./matrix.js";

/**
 * The exports of the lists: each answers whom its list answers (the rows are the list's, filtered
 * in SQL for the reader), in either format.
 */
export const exportCases: RouteCase[] = [
  {
    route: "GET /api/events/export",
    request: async () => ({ url: "/api/events/export?format=csv&kind=workshop&sort=title" }),
    expect: expectations({ others: "200" }),
  },
  {
    route: "GET /api/people/export",
    request: async () => ({ url: "/api/people/export?format=xlsx" }),
    expect: expectations({ others: "200", viewer: "403" }),
  },
  {
    route: "GET /api/organizations/export",
    request: async () => ({ url: "/api/organizations/export?format=csv&sector=police" }),
    expect: expectations({ others: "200" }),
  },
  {
    route: "GET /api/projects/export",
    request: async () => ({ url: "/api/projects/export?format=xlsx" }),
    expect: expectations({ others: "200" }),
  },
  {
    route: "GET /api/plans/export",
    request: async () => ({ url: "/api/plans/export?format=csv" }),
    expect: expectations({ others: "200" }),
  },
  {
    route: "GET /api/indicators/export",
    request: async () => ({ url: "/api/indicators/export?format=xlsx&unit=number" }),
    expect: expectations({ others: "200" }),
  },
  {
    route: "GET /api/users/export",
    request: async () => ({ url: "/api/users/export?format=csv" }),
    expect: expectations({ administrator: "200", others: "403" }),
  },
  {
    route: "GET /api/audit/export",
    request: async () => ({ url: "/api/audit/export?format=xlsx&entityType=event" }),
    expect: expectations({ administrator: "200", others: "403" }),
  },
  {
    route: "GET /api/boards/export",
    request: async () => ({ url: "/api/boards/export?format=csv" }),
    expect: expectations({ others: "200" }),
  },
  {
    route: "GET /api/action-items/export",
    request: async (w) => ({
      url: `/api/action-items/export?format=xlsx&organizationId=${w.ownOrganizationId}&overdue=true`,
    }),
    expect: expectations({ others: "200" }),
  },
  {
    route: "GET /api/curricula/export",
    request: async () => ({ url: "/api/curricula/export?format=csv&q=kurikulum&sort=title" }),
    expect: expectations({ others: "200" }),
  },
  {
    route: "GET /api/coverage/export",
    request: async () => ({ url: "/api/coverage/export?format=xlsx&from=2012-01-01&to=2012-12-31" }),
    expect: expectations({ others: "200" }),
  },
  {
    route: "GET /api/cooperation/network/export",
    request: async () => ({
      url: "/api/cooperation/network/export?format=xlsx&from=2012-01-01&to=2012-12-31",
    }),
    expect: expectations({ others: "200" }),
  },
  {
    route: "GET /api/agreements/export",
    request: async () => ({
      url: "/api/agreements/export?format=csv",
    }),
    expect: expectations({ others: "200" }),
  },
];
