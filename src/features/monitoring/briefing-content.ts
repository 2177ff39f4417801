// The morning briefing's content (pure, unit-tested): the period's clippings grouped by topic, negatives
// first, syndicated copies shown once ("also in …"), with the staff's notes. The page and the e-mail render it.

export interface BriefingClipping {
  id: string;
  title: string;
  outlet: string;
  mediaType: string;
  publishedAt: string;
  url: string | null;
  sentiment: "POSITIVE" | "NEUTRAL" | "NEGATIVE" | null;
  status: string;
  note: string | null;
  reach: number | null;
  topics: string[];
  syndicationKey: string | null;
  hasCase?: boolean;
}

export interface BriefingItem extends Omit<BriefingClipping, "topics" | "syndicationKey"> {
  alsoIn: string[];
}

export interface BriefingContent {
  from: string;
  to: string;
  total: number;
  counts: { POSITIVE: number; NEUTRAL: number; NEGATIVE: number; UNRATED: number };
  groups: Array<{ topic: string; negative: number; items: BriefingItem[] }>;
}

const SENTIMENT_ORDER = { NEGATIVE: 0, NEUTRAL: 1, POSITIVE: 2 } as const;
const sentimentRank = (value: BriefingClipping["sentiment"]) => (value ? SENTIMENT_ORDER[value] : 1.5);

/** Ignored clippings are left out by the caller; "" is the group of clippings without a topic (last). */
export function buildBriefingContent(clippings: BriefingClipping[], period: { from: Date; to: Date }): BriefingContent {
  const counts = { POSITIVE: 0, NEUTRAL: 0, NEGATIVE: 0, UNRATED: 0 };
  // Syndicated copies: the one with the largest reach stands for the story.
  const stories = new Map<string, { lead: BriefingClipping; others: BriefingClipping[] }>();
  const sorted = [...clippings].sort((a, b) => (b.reach ?? 0) - (a.reach ?? 0) || a.publishedAt.localeCompare(b.publishedAt));
  for (const clipping of sorted) {
    counts[clipping.sentiment ?? "UNRATED"]++;
    const key = clipping.syndicationKey ? `s:${clipping.syndicationKey}` : `c:${clipping.id}`;
    const story = stories.get(key);
    if (!story) stories.set(key, { lead: clipping, others: [] });
    else {
      story.others.push(clipping);
      // A negative copy makes the story negative; a note on any copy is kept.
      if (sentimentRank(clipping.sentiment) < sentimentRank(story.lead.sentiment)) story.lead = { ...story.lead, sentiment: clipping.sentiment };
      if (!story.lead.note && clipping.note) story.lead = { ...story.lead, note: clipping.note };
    }
  }
  const groups = new Map<string, BriefingItem[]>();
  for (const { lead, others } of stories.values()) {
    const topic = lead.topics[0] ?? "";
    const { topics: _topics, syndicationKey: _key, ...item } = lead;
    const list = groups.get(topic) ?? [];
    list.push({ ...item, alsoIn: [...new Set(others.map((other) => other.outlet).filter((outlet) => outlet !== lead.outlet))] });
    groups.set(topic, list);
  }
  const result = [...groups.entries()].map(([topic, items]) => {
    items.sort((a, b) => sentimentRank(a.sentiment) - sentimentRank(b.sentiment) || (b.reach ?? 0) - (a.reach ?? 0) || b.publishedAt.localeCompare(a.publishedAt));
    return { topic, negative: items.filter((item) => item.sentiment === "NEGATIVE").length, items };
  });
  result.sort((a, b) => Number(a.topic === "") - Number(b.topic === "") || b.negative - a.negative || b.items.length - a.items.length || a.topic.localeCompare(b.topic, "cs"));
  return { from: period.from.toISOString(), to: period.to.toISOString(), total: clippings.length, counts, groups: result };
}
