import type { Page } from "playwright-core";

export interface SexFigures {
  female: number;
  male: number;
}

/** The home dashboard: events held against targets, people reached by sex. */
export class DashboardPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole("link", { name: "Dashboard" }).click();
    await this.page.getByRole("heading", { name: "Events held against targets" }).waitFor();
  }

  /** "10 of 10 held" for the card of one kind of event, read from its progress bar. */
  async heldOfTarget(kindLabel: string): Promise<{ held: number; target: number }> {
    const card = this.page.locator(".mantine-Paper-root", { hasText: kindLabel }).first();
    const label = (await card.getByRole("progressbar").getAttribute("aria-label")) ?? "";
    const match = label.match(/(\d+) of (\d+) held/);
    if (!match) throw new Error(`no held/target figures in "${label}"`);
    return { held: Number(match[1]), target: Number(match[2]) };
  }

  /** Participations and unique people by sex, read from the chart's text alternative. */
  async peopleReached(): Promise<{ participations: SexFigures; uniquePeople: SexFigures }> {
    const chart = this.page.getByRole("img", { name: /Participations: women/ });
    await chart.waitFor();
    const label = (await chart.getAttribute("aria-label")) ?? "";
    const figures = (title: string) => {
      const match = label.match(new RegExp(`${title}: women (\\d+), men (\\d+)`));
      if (!match) throw new Error(`no figures for ${title} in "${label}"`);
      return { female: Number(match[1]), male: Number(match[2]) };
    };
    return { participations: figures("Participations"), uniquePeople: figures("Unique people") };
  }
}
