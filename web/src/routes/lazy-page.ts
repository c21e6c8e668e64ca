import { type AsyncRouteComponent, lazyRouteComponent, type RouteComponent } from "@tanstack/react-router";

// biome-ignore lint/suspicious/noExplicitAny: a page module's exports are components of any props.
type PageModule = Record<string, any>;

/** A page loaded on first use, in its own chunk; the router loads it before showing its route. */
export const lazyPage = <T extends PageModule, K extends keyof T & string>(load: () => Promise<T>, name: K) =>
  lazyRouteComponent(load, name);

/**
 * A route's component that reads the address and renders a lazy page: the router loads the page
 * (its `preload`) before it shows the route, so nothing waits inside React.
 */
export function withPage<P>(page: AsyncRouteComponent<P>, component: RouteComponent): RouteComponent {
  const preload = page.preload;
  return preload ? Object.assign(component, { preload }) : component;
}
