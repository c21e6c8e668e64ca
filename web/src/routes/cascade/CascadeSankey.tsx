import { SankeyChart } from "echarts/charts";
import * as echarts from "echarts/core";
import type { TotCascade } from "../../../../common/schemas/cascade.js";
import { type ChartOption, EChart } from "../../components/EChart.js";

// Loaded with this module, which the cascade page loads lazily: the app's bundle stays as it is.
echarts.use([SankeyChart]);

const colours = { tot: "#862e9c", trainer: "#1864ab", session: "#2b8a3e" } as const;

/** Node names must be unique in a Sankey: a repeated label gets " (2)", " (3)", … */
function uniqueNames(graph: TotCascade["graph"]): Map<string, string> {
  const seen = new Map<string, number>();
  const names = new Map<string, string>();
  for (const node of graph.nodes) {
    const times = (seen.get(node.label) ?? 0) + 1;
    seen.set(node.label, times);
    names.set(node.id, times === 1 ? node.label : `${node.label} (${times})`);
  }
  return names;
}

/** The Sankey drawing: TOT → trainers → sessions → later trainers, widths = people reached. */
export function cascadeSankeyOption(graph: TotCascade["graph"]): ChartOption {
  const names = uniqueNames(graph);
  return {
    tooltip: { trigger: "item", triggerOn: "mousemove" },
    series: [
      {
        type: "sankey",
        left: 8,
        right: 160,
        top: 8,
        bottom: 8,
        nodeGap: 10,
        draggable: false,
        emphasis: { focus: "adjacency" },
        lineStyle: { color: "gradient", opacity: 0.4, curveness: 0.5 },
        label: { width: 150, overflow: "truncate" },
        data: graph.nodes.map((node) => ({
          name: names.get(node.id),
          itemStyle: { color: colours[node.kind] },
        })),
        links: graph.links.map((link) => ({
          source: names.get(link.source),
          target: names.get(link.target),
          value: link.weight,
        })),
      },
    ],
  };
}

/** The cascade as a Sankey diagram; `label` says in words what it shows. */
export function CascadeSankey({ graph, label }: { graph: TotCascade["graph"]; label: string }) {
  const sessions = graph.nodes.filter((node) => node.kind === "session").length;
  return (
    <EChart option={cascadeSankeyOption(graph)} height={Math.max(280, 28 * sessions + 40)} label={label} />
  );
}
