import { GraphChart } from "echarts/charts";
import { LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";
import type { Network } from "../../../../common/schemas/cooperation.js";
import { type OrganizationLevel, organizationLevels } from "../../../../common/schemas/enums.js";

echarts.use([GraphChart, LegendComponent, TooltipComponent, SVGRenderer]);

/** One colour per level, state to municipality (distinguishable in greyscale by lightness too). */
export const LEVEL_COLORS: Record<OrganizationLevel, string> = {
  international: "#495057",
  state: "#1864ab",
  entity: "#2b8a3e",
  canton: "#e67700",
  municipality: "#c2255c",
};

export interface NetworkChartProps {
  network: Pick<Network, "nodes" | "edges">;
  /** The legend's words for each level. */
  levelLabel: (level: OrganizationLevel) => string;
  /** A node's tooltip (its name and partners) and an edge's (the two names and how they are tied). */
  describeNode: (id: string) => string;
  describeEdge: (source: string, target: string) => string;
  onSelect: (organizationId: string) => void;
  label: string;
  height: number;
}

/** The network as laid out on the server: organisations coloured by level, sized by partners; a click opens one. */
export function NetworkChart(props: NetworkChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    if (!ref.current) return;
    const instance = echarts.init(ref.current, undefined, { renderer: "svg" });
    chart.current = instance;
    instance.on("click", (params) => {
      const data = params.data as { id?: string } | undefined;
      if (params.dataType === "node" && data?.id) latest.current.onSelect(data.id);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  const { nodes, edges } = props.network;
  useEffect(() => {
    const maxDegree = Math.max(1, ...nodes.map((node) => node.degree));
    const categories = organizationLevels.map((level) => ({
      name: latest.current.levelLabel(level),
      itemStyle: { color: LEVEL_COLORS[level] },
    }));
    chart.current?.setOption(
      {
        legend: { data: categories.map((category) => category.name), bottom: 0 },
        tooltip: {
          trigger: "item",
          formatter: (params: {
            dataType: string;
            data: { id?: string; source?: string; target?: string };
          }) =>
            escapeHtml(
              params.dataType === "edge"
                ? latest.current.describeEdge(params.data.source ?? "", params.data.target ?? "")
                : latest.current.describeNode(params.data.id ?? ""),
            ),
        },
        series: [
          {
            type: "graph",
            layout: "none",
            roam: true,
            categories,
            emphasis: { focus: "adjacency" },
            lineStyle: { color: "source", opacity: 0.35, curveness: 0.1 },
            data: nodes.map((node) => ({
              id: node.id,
              name: node.shortName ?? node.name,
              x: node.x,
              y: node.y,
              category: organizationLevels.indexOf(node.level),
              symbolSize: 8 + 22 * Math.sqrt(node.degree / maxDegree),
              label: { show: node.degree >= maxDegree / 2, position: "right" },
            })),
            links: edges.map((edge) => ({
              source: edge.source,
              target: edge.target,
              lineStyle: { width: Math.min(6, 1 + Math.log2(edge.weight)) },
            })),
          },
        ],
      },
      { notMerge: true },
    );
  }, [nodes, edges]);

  return (
    <div ref={ref} role="img" aria-label={props.label} style={{ width: "100%", height: props.height }} />
  );
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
