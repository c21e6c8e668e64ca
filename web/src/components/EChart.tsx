import { BarChart, LineChart, PieChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

interface EChartProps {
  option: ChartOption;
  height: number;
  /** What the chart shows, in words: read instead of the drawing by screen readers. */
  label: string;
}

/** An ECharts chart (SVG, works offline) that follows its container's width. */
export function EChart({ option, height, label }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!ref.current) return;
    const instance = echarts.init(ref.current, undefined, { renderer: "svg" });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  // Redraw only when the drawing changes, not on every render of the page.
  const drawing = JSON.stringify(option);
  useEffect(() => {
    chart.current?.setOption(JSON.parse(drawing) as ChartOption, { notMerge: true });
  }, [drawing]);

  return <div ref={ref} role="img" aria-label={label} style={{ width: "100%", height }} />;
}
