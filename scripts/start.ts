/** `npm start`: builds the web app if its sources changed, then starts the server and its embedded PostgreSQL. */
import { buildWebIfStale } from "./build-web.js";

await buildWebIfStale();
await import("../server/main.js");
