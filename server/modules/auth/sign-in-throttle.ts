/**
 * Sign-in throttling: a delay before the next attempt that grows with consecutive failures, counted
 * per account and per client address. Nothing locks an account for good: the longest delay is
 * 15 minutes, and the right password after it works. While a delay is in force the attempt is
 * answered at once with 429 and `Retry-After`, without looking at the password.
 *
 * - The account key is a hash of the lower-cased e-mail, whether or not such an account exists, so
 *   an unknown e-mail is throttled exactly like a known one. A successful sign-in clears it.
 * - The address key has a far more generous curve, so one colleague's typing errors do not stop a
 *   whole office behind one address; it counts failures only and forgets them after an hour of quiet.
 */
import { createHash } from "node:crypto";
import { isIP } from "node:net";
import { reasonText } from "../../../common/reasons/index.js";
import { AppError } from "../../http/errors.js";
import type { FailureCount } from "./auth.queries.js";

export interface ThrottleCurve {
  /** Failures allowed before any delay. */
  freeFailures: number;
  /** The longest delay, in seconds. */
  maxDelaySeconds: number;
  /** A count whose last failure is older than this (seconds) starts again. */
  forgetAfterSeconds: number;
}

/** Per account: no delay for 3 failures, then 1 s, 2 s, 4 s … up to 15 minutes; forgotten after a day. */
export const accountCurve: ThrottleCurve = {
  freeFailures: 3,
  maxDelaySeconds: 15 * 60,
  forgetAfterSeconds: 24 * 60 * 60,
};

/** Per client address: no delay for 20 failures, then the same doubling; forgotten after an hour of quiet. */
export const addressCurve: ThrottleCurve = {
  freeFailures: 20,
  maxDelaySeconds: 15 * 60,
  forgetAfterSeconds: 60 * 60,
};

/** How long counts are kept at all: rows older than the longest memory are deleted. */
export const keepFailuresSeconds = Math.max(accountCurve.forgetAfterSeconds, addressCurve.forgetAfterSeconds);

/** The delay (seconds) before the next attempt after `failures` consecutive failures. */
export function delayAfter(failures: number, curve: ThrottleCurve): number {
  if (failures <= curve.freeFailures) return 0;
  return Math.min(2 ** (failures - curve.freeFailures - 1), curve.maxDelaySeconds);
}

const hashKey = (kind: string, value: string) =>
  createHash("sha256").update(`nap1325-sign-in:${kind}:${value}`).digest("hex");

export interface SignInKey {
  hash: string;
  curve: ThrottleCurve;
}

/**
 * The client address as counted: an IPv4 address as it is (also when written IPv4-mapped,
 * `::ffff:192.0.2.1`), an IPv6 address by its /64 network — one subscriber holds a whole /64 and
 * could otherwise change address at every attempt.
 */
export function addressForCounting(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (isIP(address) !== 6) return address;
  const [head = "", tail = ""] = address.toLowerCase().split("%")[0]?.split("::") ?? [];
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const missing = address.includes("::") ? 8 - headGroups.length - tailGroups.length : 0;
  const groups = [...headGroups, ...Array<string>(Math.max(missing, 0)).fill("0"), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}

/** The two keys an attempt is counted under: the e-mail (lower-cased) and the client address. */
export function signInKeys(email: string, address: string): { account: SignInKey; address: SignInKey } {
  return {
    account: { hash: hashKey("account", email.trim().toLowerCase()), curve: accountCurve },
    address: { hash: hashKey("address", addressForCounting(address)), curve: addressCurve },
  };
}

export const forgetBefore = (curve: ThrottleCurve, now: Date) =>
  new Date(now.getTime() - curve.forgetAfterSeconds * 1000);

/** Seconds until the next attempt is allowed under all the keys; 0 when it is allowed now. */
export function secondsToWait(counts: FailureCount[], keys: SignInKey[], now: Date): number {
  let wait = 0;
  for (const key of keys) {
    const count = counts.find((row) => row.keyHash === key.hash);
    if (!count || count.lastFailedAt < forgetBefore(key.curve, now)) continue;
    const allowedAt = count.lastFailedAt.getTime() + delayAfter(count.failures, key.curve) * 1000;
    const seconds = Math.ceil((allowedAt - now.getTime()) / 1000);
    // A clock set back must not turn into a longer delay than the curve allows.
    wait = Math.max(wait, Math.min(seconds, key.curve.maxDelaySeconds));
  }
  return wait;
}

/** 429 `RATE_LIMITED` (reason `too_many_sign_ins`); the route sends `retryAfterSeconds` as `Retry-After`. */
export class SignInThrottled extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super("RATE_LIMITED", reasonText("too_many_sign_ins"), undefined, { reason: "too_many_sign_ins" });
  }
}
