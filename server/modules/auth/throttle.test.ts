import { describe, expect, it } from "vitest";
import { readConfig } from "../../config.js";
import { createTestApp } from "../../test/app.js";
import { createUser } from "../users/users.service.js";
import { accountCurve, addressCurve, addressForCounting, delayAfter } from "./sign-in-throttle.js";

let now = new Date("2026-04-01T08:00:00Z");
const advanceSeconds = (seconds: number) => {
  now = new Date(now.getTime() + seconds * 1000);
};
const { app, db } = await createTestApp({ clock: () => now });
// Behind one reverse proxy at 10.99.0.1, as TRUST_PROXY=10.99.0.1 configures it.
const proxied = await createTestApp({ clock: () => now, trustProxy: ["10.99.0.1"] });

let counter = 0;
const uniqueEmail = () => `throttle-${++counter}-${Math.random().toString(36).slice(2, 8)}@example.org`;

async function newAccount(database = db) {
  const email = uniqueEmail();
  const password = "a-strong-password-1325";
  await createUser(database, null, {
    email,
    displayName: "Amra Hadžić",
    role: "coordinator",
    organizationId: null,
    personId: null,
    locale: "bs",
    password,
  });
  return { email, password };
}

type Attempt = { email: string; password: string; ip: string; forwardedFor?: string };
const signIn = ({ email, password, ip, forwardedFor }: Attempt, target = app) =>
  target.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { email, password },
    remoteAddress: ip,
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  });

/** A new address for every attempt, as a botnet rotates them. */
let rotating = 0;
const rotatingIp = () => {
  rotating++;
  return `10.1.${Math.floor(rotating / 250)}.${(rotating % 250) + 1}`;
};

describe("sign-in throttling per account", () => {
  it("slows one account attacked from rotating addresses; others at the same address still sign in", async () => {
    const victim = await newAccount();
    const colleague = await newAccount();
    const statuses: number[] = [];
    let lastIp = "";
    let last: Awaited<ReturnType<typeof signIn>> | undefined;
    for (let i = 0; i < 5; i++) {
      lastIp = rotatingIp();
      last = await signIn({ email: victim.email, password: "wrong-password", ip: lastIp });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    expect(last?.headers["retry-after"]).toBe("1");
    expect(last?.json()).toMatchObject({ code: "RATE_LIMITED", reason: "too_many_sign_ins" });
    // A colleague behind the same address is not held back by the victim's count.
    expect((await signIn({ ...colleague, ip: lastIp })).statusCode).toBe(200);
  });

  it("refuses even the right password while the delay lasts, accepts it after, and starts again", async () => {
    const account = await newAccount();
    const wrong = () => signIn({ email: account.email, password: "wrong-password", ip: rotatingIp() });
    const right = () => signIn({ ...account, ip: rotatingIp() });
    for (let i = 0; i < 4; i++) expect((await wrong()).statusCode).toBe(401);
    const refused = await right();
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["retry-after"]).toBe("1");

    advanceSeconds(1);
    expect((await right()).statusCode).toBe(200);
    // The success cleared the count: three free failures again, then the first delay.
    for (let i = 0; i < 4; i++) expect((await wrong()).statusCode).toBe(401);
    expect((await wrong()).statusCode).toBe(429);
    advanceSeconds(1);
    expect((await right()).statusCode).toBe(200);
  });

  it("doubles the delay with each failure up to 15 minutes, never more", async () => {
    const account = await newAccount();
    const wrong = () => signIn({ email: account.email, password: "wrong-password", ip: rotatingIp() });
    for (let i = 0; i < 4; i++) expect((await wrong()).statusCode).toBe(401);
    const delays: number[] = [];
    for (let i = 0; i < 12; i++) {
      const refused = await wrong();
      expect(refused.statusCode).toBe(429);
      const seconds = Number(refused.headers["retry-after"]);
      delays.push(seconds);
      advanceSeconds(seconds);
      expect((await wrong()).statusCode).toBe(401);
    }
    expect(delays).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
    advanceSeconds(900);
    expect((await signIn({ ...account, ip: rotatingIp() })).statusCode).toBe(200);
  });

  it("throttles an unknown e-mail exactly like a known one", async () => {
    const known = await newAccount();
    const sequence = async (email: string) => {
      const answers: string[] = [];
      for (let i = 0; i < 7; i++) {
        const response = await signIn({ email, password: "wrong-password", ip: rotatingIp() });
        answers.push(`${response.statusCode}:${response.headers["retry-after"] ?? "-"}`);
        if (response.statusCode === 429) advanceSeconds(Number(response.headers["retry-after"]));
      }
      return answers;
    };
    const forKnown = await sequence(known.email);
    const forUnknown = await sequence(uniqueEmail());
    expect(forKnown).toEqual(["401:-", "401:-", "401:-", "401:-", "429:1", "401:-", "429:2"]);
    expect(forUnknown).toEqual(forKnown);
  });

  it("lets only one attempt per account through at a time", async () => {
    const account = await newAccount();
    const burst = await Promise.all(
      Array.from({ length: 12 }, () =>
        signIn({ email: account.email, password: "wrong-password", ip: rotatingIp() }),
      ),
    );
    const statuses = burst.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(
      accountCurve.freeFailures + 1,
    );
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
  });
});

describe("sign-in throttling per address", () => {
  it("never counts successes: 25 sign-ins in a row from one address all succeed", async () => {
    const account = await newAccount();
    for (let i = 0; i < 25; i++) {
      expect((await signIn({ ...account, ip: "10.2.0.1" })).statusCode).toBe(200);
    }
  });

  it("lets an office make 20 mistakes without delay, slows its address after, and not another", async () => {
    const ip = "10.3.0.1";
    for (let i = 0; i <= addressCurve.freeFailures; i++) {
      expect((await signIn({ email: uniqueEmail(), password: "wrong-password", ip })).statusCode).toBe(401);
    }
    const account = await newAccount();
    const refused = await signIn({ ...account, ip });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["retry-after"]).toBe("1");
    expect((await signIn({ ...account, ip: "10.3.0.2" })).statusCode).toBe(200);
    // An hour without failures and the address starts afresh.
    advanceSeconds(addressCurve.forgetAfterSeconds + 1);
    expect((await signIn({ ...account, ip })).statusCode).toBe(200);
  });

  it("reads the client's address from X-Forwarded-For only when the proxy is trusted", async () => {
    const wrongFrom = (target: typeof app, ip: string, forwardedFor: string) =>
      signIn({ email: uniqueEmail(), password: "wrong-password", ip, forwardedFor }, target);
    // Trusted proxy: each client address is counted on its own.
    for (let i = 0; i <= addressCurve.freeFailures; i++) {
      expect((await wrongFrom(proxied.app, "10.99.0.1", "203.0.113.7")).statusCode).toBe(401);
    }
    expect((await wrongFrom(proxied.app, "10.99.0.1", "203.0.113.7")).statusCode).toBe(429);
    expect((await wrongFrom(proxied.app, "10.99.0.1", "203.0.113.8")).statusCode).toBe(401);
    // A client that is not the proxy cannot choose its address by sending the header.
    for (let i = 0; i <= addressCurve.freeFailures; i++) {
      expect((await wrongFrom(proxied.app, "10.4.0.1", `198.51.100.${i + 1}`)).statusCode).toBe(401);
    }
    expect((await wrongFrom(proxied.app, "10.4.0.1", "198.51.100.200")).statusCode).toBe(429);
    // Without TRUST_PROXY the header is ignored: rotating it does not help.
    for (let i = 0; i <= addressCurve.freeFailures; i++) {
      expect((await wrongFrom(app, "10.5.0.1", `198.51.100.${i + 1}`)).statusCode).toBe(401);
    }
    expect((await wrongFrom(app, "10.5.0.1", "198.51.100.201")).statusCode).toBe(429);
  });
});

describe("the throttle's curve and the TRUST_PROXY setting", () => {
  it("has no delay for the free failures, then doubles from one second up to the cap", () => {
    expect([1, 2, 3, 4, 5, 6, 13, 14, 50].map((n) => delayAfter(n, accountCurve))).toEqual([
      0, 0, 0, 1, 2, 4, 512, 900, 900,
    ]);
    expect(delayAfter(20, addressCurve)).toBe(0);
    expect(delayAfter(21, addressCurve)).toBe(1);
  });

  it("counts an IPv6 client by its /64 network and an IPv4-mapped one as IPv4", () => {
    expect(addressForCounting("192.0.2.10")).toBe("192.0.2.10");
    expect(addressForCounting("::ffff:192.0.2.10")).toBe("192.0.2.10");
    expect(addressForCounting("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(addressForCounting("2001:DB8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(addressForCounting("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressForCounting("::1")).toBe("0:0:0:0::/64");
  });

  it("slows a whole IPv6 /64 network, whichever of its addresses an attempt comes from", async () => {
    for (let i = 0; i <= addressCurve.freeFailures; i++) {
      const ip = `2001:db8:6:6::${(i + 1).toString(16)}`;
      expect((await signIn({ email: uniqueEmail(), password: "wrong-password", ip })).statusCode).toBe(401);
    }
    const account = await newAccount();
    expect((await signIn({ ...account, ip: "2001:db8:6:6:ffff::1" })).statusCode).toBe(429);
    expect((await signIn({ ...account, ip: "2001:db8:6:7::1" })).statusCode).toBe(200);
  });

  it("reads TRUST_PROXY as off, on, or the proxies' addresses", () => {
    expect(readConfig({}).trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: "0" }).trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: "false" }).trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(true);
    expect(readConfig({ TRUST_PROXY: "true" }).trustProxy).toBe(true);
    expect(
      readConfig({ TRUST_PROXY: "10.0.0.1, 172.16.0.0/12, ::1, fd00::/8, loopback" }).trustProxy,
    ).toEqual(["10.0.0.1", "172.16.0.0/12", "::1", "fd00::/8", "loopback"]);
    expect(() => readConfig({ TRUST_PROXY: "2" })).toThrow(/TRUST_PROXY/);
    expect(() => readConfig({ TRUST_PROXY: "10.0.0.0/33" })).toThrow(/TRUST_PROXY/);
    expect(() => readConfig({ TRUST_PROXY: "proxy.example.org" })).toThrow(/TRUST_PROXY/);
  });
});
