"use client";
import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

// Charts of media monitoring (recharts, client components: SVG, no inline scripts, so the CSP holds).
// `MentionsChart` is the one the office dashboard reuses: mentions per day, stacked by sentiment.

export const SENTIMENT_COLORS = { positive: "#16a34a", neutral: "#94a3b8", negative: "#dc2626", unrated: "#f59e0b" } as const;

export interface MentionsPoint {
  /** "YYYY-MM-DD" (a day, or the first day of a week or month). */
  day: string;
  positive: number;
  neutral: number;
  negative: number;
  unrated: number;
}

export function MentionsChart({ data, labels, height = 260, locale = "cs" }: { data: MentionsPoint[]; labels: Record<keyof typeof SENTIMENT_COLORS, string>; height?: number; locale?: string }) {
  const tick = (value: string) => new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "cs-CZ", { day: "numeric", month: "numeric", timeZone: "UTC" }).format(new Date(`${value}T00:00:00Z`));
  return (
    <div style={{ width: "100%", height }} data-testid="mentions-chart">
      <ResponsiveContainer>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="day" tickFormatter={tick} fontSize={11} minTickGap={12} />
          <YAxis allowDecimals={false} fontSize={11} />
          <Tooltip labelFormatter={(value) => tick(String(value))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {(["negative", "neutral", "positive", "unrated"] as const).map((key) => (
            <Bar key={key} dataKey={key} name={labels[key]} stackId="s" fill={SENTIMENT_COLORS[key]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function SentimentPie({ share, labels }: { share: Record<keyof typeof SENTIMENT_COLORS, number>; labels: Record<keyof typeof SENTIMENT_COLORS, string> }) {
  const data = (Object.keys(SENTIMENT_COLORS) as Array<keyof typeof SENTIMENT_COLORS>).map((key) => ({ key, name: labels[key], value: share[key] })).filter((entry) => entry.value > 0);
  return (
    <div style={{ width: "100%", height: 240 }} data-testid="sentiment-chart">
      <ResponsiveContainer>
        <PieChart margin={{ top: 16, right: 24, bottom: 0, left: 24 }}>
          <Pie data={data} dataKey="value" nameKey="name" innerRadius={45} outerRadius={72} isAnimationActive={false} label={({ percent }) => `${Math.round((percent ?? 0) * 100)} %`}>
            {data.map((entry) => (
              <Cell key={entry.key} fill={SENTIMENT_COLORS[entry.key]} />
            ))}
          </Pie>
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
        </PieChart>
      </ResponsiveContainer>
    </div>
  );
}

export function OutletChart({ data, labels }: { data: Array<{ outlet: string; negative: number; positive: number; mentions: number }>; labels: { positive: string; negative: string; other: string } }) {
  const rows = data.map((row) => ({ outlet: row.outlet, negative: row.negative, positive: row.positive, other: row.mentions - row.negative - row.positive }));
  return (
    <div style={{ width: "100%", height: Math.max(200, rows.length * 28 + 40) }} data-testid="outlet-chart">
      <ResponsiveContainer>
        <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} fontSize={11} />
          <YAxis type="category" dataKey="outlet" width={150} fontSize={11} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="negative" name={labels.negative} stackId="o" fill={SENTIMENT_COLORS.negative} isAnimationActive={false} />
          <Bar dataKey="other" name={labels.other} stackId="o" fill={SENTIMENT_COLORS.neutral} isAnimationActive={false} />
          <Bar dataKey="positive" name={labels.positive} stackId="o" fill={SENTIMENT_COLORS.positive} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
