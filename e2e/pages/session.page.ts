import type { Page } from "playwright-core";

/** The sign-in page and the header's session controls. */
export class SessionPage {
  constructor(private readonly page: Page) {}

  async signIn(email: string, password: string, locale = "en") {
    await this.page.goto("/login");
    await this.page.getByLabel("Language").selectOption(locale);
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password", { exact: false }).first().fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
    await this.page.getByRole("button", { name: "Sign out" }).waitFor();
  }

  async signOut() {
    await this.page.getByRole("button", { name: "Sign out" }).click();
    await this.page.getByRole("button", { name: "Sign in" }).waitFor();
  }
}
