import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, inject, onTestFailed } from "vitest";

/** Debian's Chromium; the journeys never download a browser of their own. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * One browser per test file and a fresh page (its own cookies) per `open()`. A failing test leaves a
 * full-page screenshot in test-results/.
 */
export function setupBrowser(options: { locale?: string } = {}) {
  let browser: Browser;
  const state: { page: Page; baseUrl: string } = {
    page: undefined as unknown as Page,
    baseUrl: inject("baseUrl"),
  };
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(path = "/") {
      // The previous test's page stays open until here, so a failure can still be photographed.
      await state.page?.context().close();
      const context = await browser.newContext({
        baseURL: state.baseUrl,
        locale: options.locale ?? "en-GB",
        viewport: { width: 1280, height: 900 },
      });
      state.page = await context.newPage();
      onTestFailed(async ({ task }) => {
        await mkdir("test-results", { recursive: true });
        await state.page.screenshot({
          path: join("test-results", `${task.name.replace(/[^\w-]+/g, "_")}.png`),
          fullPage: true,
        });
      });
      await state.page.goto(path);
      return state.page;
    },
  };
}
