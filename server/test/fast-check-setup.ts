/**
 * Property tests are reproducible: fast-check runs with a fixed seed (`FC_SEED` to try another),
 * and a failure prints the seed and the path to replay it.
 */
import fc from "fast-check";

const seed = Number.parseInt(process.env.FC_SEED ?? "1325", 10);
fc.configureGlobal({ seed: Number.isFinite(seed) ? seed : 1325 });
