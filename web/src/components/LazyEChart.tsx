import { Skeleton } from "@mantine/core";
import { lazy, Suspense } from "react";
import type { ChartOption } from "./EChart.js";

/** ECharts is large: it loads with the first chart, not with the app. */
const EChart = lazy(async () => ({ default: (await import("./EChart.js")).EChart }));

export function LazyEChart(props: { option: ChartOption; height: number; label: string }) {
  return (
    <Suspense fallback={<Skeleton height={props.height} aria-hidden />}>
      <EChart {...props} />
    </Suspense>
  );
}
