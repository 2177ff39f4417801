"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

// A small bar chart for the dashboard's tiles (recharts draws SVG with style attributes, which the CSP allows;
// no inline script). `stacked` stacks the series (e.g. sentiment per day: positive, neutral, negative).
// A table with the same numbers follows for screen readers.

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

export function TileBarChart({
  data,
  series,
  caption,
  stacked = false,
  height = 160,
}: {
  data: Array<Record<string, string | number>>;
  series: ChartSeries[];
  caption: string;
  stacked?: boolean;
  height?: number;
}) {
  return (
    <figure className="mt-3">
      <div aria-hidden style={{ width: "100%", height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 4, right: 4, bottom: 0, left: -24 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
            <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#475569" }} tickLine={false} axisLine={{ stroke: "#cbd5e1" }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: "#475569" }} tickLine={false} axisLine={false} />
            <Tooltip cursor={{ fill: "#f1f5f9" }} />
            {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
            {series.map((item) => (
              <Bar key={item.key} dataKey={item.key} name={item.label} fill={item.color} stackId={stacked ? "stack" : undefined} radius={stacked ? 0 : [3, 3, 0, 0]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">
        <table>
          <caption>{caption}</caption>
          <tbody>
            {data.map((row) => (
              <tr key={String(row.label)}>
                <th scope="row">{row.label}</th>
                {series.map((item) => (
                  <td key={item.key}>
                    {item.label}: {row[item.key]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
