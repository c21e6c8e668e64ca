import type { Actor } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";
import { type EventFacts, eventPolicy, participationPolicy } from "../events/events.policy.js";

/**
 * `readTraining`: the training the certificates belong to may be seen; `read`: the certificates
 * themselves (the overview, the printed ones); `issue` and `revoke` change them.
 */
export type CertificateAction = "readTraining" | "read" | "issue" | "revoke";

/**
 * A certificate follows its training's participations. Only who may see the training's
 * participants reads its certificates: staff, the organisers, representatives of organisations that
 * took part, the training's trainers; viewers never. Only who may change the training issues and
 * revokes them: staff and the organising representatives and partners — and the training must be
 * visible to them, else it is hidden. Without a training the answer is for the role: whether it may
 * ever act.
 */
export function certificatePolicy(actor: Actor, action: CertificateAction, training?: EventFacts): Decision {
  switch (action) {
    case "readTraining":
      return eventPolicy(actor, "read", training);
    case "read":
      return participationPolicy(actor, "read", training);
    case "issue":
    case "revoke": {
      if (!training) return eventPolicy(actor, "update");
      const visible = eventPolicy(actor, "read", training);
      return visible === "allow" ? eventPolicy(actor, "update", training) : visible;
    }
  }
}
