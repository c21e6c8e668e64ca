import { MapChart } from "echarts/charts";
import { TooltipComponent, VisualMapComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import type { FeatureCollection } from "geojson";
import { useEffect, useRef } from "react";

echarts.use([MapChart, TooltipComponent, VisualMapComponent, SVGRenderer]);

const MAP_NAME = "bih-municipalities";
/** Drawn for municipalities with no activity (or no value of the measure). */
export const NO_ACTIVITY_COLOR = "#dee2e6";
const SCALE = ["#f3d9fa", "#cc5de8", "#862e9c"];

export interface MapArea {
  /** The geoBoundaries shapeID: the feature's name on the map. */
  shapeId: string;
  value: number;
}

export interface CoverageMapChartProps {
  shapes: FeatureCollection;
  areas: MapArea[];
  /** The highest value of the scale (1 for a share). */
  max: number;
  /** The tooltip's text for a shapeID: the municipality's name and its figure. */
  describe: (shapeId: string) => string;
  /** The scale's end labels. */
  formatValue: (value: number) => string;
  onSelect: (shapeId: string) => void;
  label: string;
  height: number;
}

let registered: FeatureCollection | null = null;
/** Registers the polygons once; features are named by their `shapeID` (see `nameProperty`). */
function registerShapes(shapes: FeatureCollection) {
  if (registered === shapes) return;
  echarts.registerMap(MAP_NAME, shapes as unknown as Parameters<typeof echarts.registerMap>[1]);
  registered = shapes;
}

/** The municipalities of BiH coloured by one figure; a click on one opens its page. */
export function CoverageMapChart(props: CoverageMapChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    if (!ref.current) return;
    const instance = echarts.init(ref.current, undefined, { renderer: "svg" });
    chart.current = instance;
    instance.on("click", (params) => {
      if (typeof params.name === "string") latest.current.onSelect(params.name);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  const { shapes, areas, max } = props;
  useEffect(() => {
    registerShapes(shapes);
    chart.current?.setOption(
      {
        tooltip: {
          trigger: "item",
          formatter: (params: { name: string }) => escapeHtml(latest.current.describe(params.name)),
        },
        visualMap: {
          type: "continuous",
          min: 0,
          max: Math.max(max, 1e-9),
          left: 8,
          bottom: 8,
          calculable: false,
          inRange: { color: SCALE },
          text: [latest.current.formatValue(max), latest.current.formatValue(0)],
        },
        series: [
          {
            type: "map",
            map: MAP_NAME,
            nameProperty: "shapeID",
            roam: true,
            selectedMode: false,
            itemStyle: { areaColor: NO_ACTIVITY_COLOR, borderColor: "#fff", borderWidth: 0.6 },
            emphasis: { label: { show: false }, itemStyle: { areaColor: "#fab005" } },
            data: areas.map((area) => ({ name: area.shapeId, value: area.value })),
          },
        ],
      },
      { notMerge: true },
    );
  }, [shapes, areas, max]);

  return (
    <div ref={ref} role="img" aria-label={props.label} style={{ width: "100%", height: props.height }} />
  );
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
