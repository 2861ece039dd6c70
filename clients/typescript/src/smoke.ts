// Calls the API through a client generated from the gateway's merged OpenAPI by openapi-typescript:
// the paths, parameters and answer shapes below are checked by the TypeScript compiler against the
// generated src/api.d.ts, so a spec that a real generator cannot use fails the build, not a user.
import createClient from "openapi-fetch";
import type { paths } from "./api.js";

const baseUrl = process.env.CCHC_API ?? "http://127.0.0.1:8080";
const token = process.env.CCHC_TOKEN;
if (!token) {
  throw new Error("Set CCHC_TOKEN to an access token (see README, 'For front-end teams')");
}

const api = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });

const unit = await api.GET("/api/v1/units/{code}", { params: { path: { code: "HN-BADINH" } } });
if (unit.error || !unit.data) {
  throw new Error(`GET /api/v1/units/HN-BADINH failed: ${unit.response.status} ${JSON.stringify(unit.error)}`);
}
const tasks = await api.GET("/api/v1/tasks", { params: { query: { unit: ["HN-BADINH"], size: 5 } } });
if (!tasks.data) {
  throw new Error(`GET /api/v1/tasks failed: ${tasks.response.status} ${JSON.stringify(tasks.error)}`);
}
const missing = await api.GET("/api/v1/units/{code}", { params: { path: { code: "HP-HAIDUONG" } } });

console.log(JSON.stringify({
  unit: unit.data.name,
  tasks: tasks.data.total,
  otherProvince: missing.response.status,
  problemType: missing.error?.type,
}));
