import "server-only";
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { zipSync } from "fflate";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { fileStorage } from "@/server/storage/file-storage";
import { writeAudit } from "@/server/audit";
import { slug } from "./export-slug";

// The typesetter's package: a ZIP with one folder per placed article, ordered by page
// ("p03-01-title/"), each with the text as .txt and .docx and its images (with credits in the
// manifest); the ads' artwork in "inzerce/"; and manifest.json describing it all.

const pad = (value: number) => String(value).padStart(2, "0");

export function articlePlainText(article: { title: string; perex: string; body: string; authorName: string }): string {
  return [article.title, "", article.perex, "", article.body, "", article.authorName ? `— ${article.authorName}` : ""]
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
    .concat("\n");
}

async function articleDocx(article: { title: string; perex: string; body: string; authorName: string }): Promise<Uint8Array> {
  const paragraphs = article.body.split(/\n{2,}/).map((block) => new Paragraph({ children: block.split("\n").flatMap((line, index) => (index ? [new TextRun({ text: line, break: 1 })] : [new TextRun(line)])) }));
  const document = new Document({
    creator: "Herald",
    title: article.title,
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(article.title)] }),
          ...(article.perex ? [new Paragraph({ children: [new TextRun({ text: article.perex, bold: true })] })] : []),
          ...paragraphs,
          ...(article.authorName ? [new Paragraph({ children: [new TextRun({ text: article.authorName, italics: true })] })] : []),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

async function readStored(key: string): Promise<Uint8Array | null> {
  const stored = await fileStorage().get(key);
  if (!stored) return null;
  return new Uint8Array(await new Response(stored.stream).arrayBuffer());
}

export async function buildTypesetterZip(actor: Actor | null, issueId: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  requirePermission(actor, "newsletter.edit");
  const issue = await db.newspaperIssue.findUnique({ where: { id: issueId }, select: { id: true, number: true, year: true, pageCount: true, publication: { select: { name: true } } } });
  if (!issue) throw new NotFoundError();
  const [articles, ads] = await Promise.all([
    db.article.findMany({
      where: { issueId, status: "PLACED", page: { not: null } },
      orderBy: [{ page: "asc" }, { pageOrder: "asc" }, { title: "asc" }],
      select: { id: true, title: true, perex: true, body: true, authorName: true, page: true, charCount: true, images: { orderBy: { position: "asc" }, select: { storageKey: true, fileName: true, caption: true, credit: true } } },
    }),
    db.adOrder.findMany({
      where: { issueId, status: "PLACED", page: { not: null } },
      orderBy: [{ page: "asc" }, { pageOrder: "asc" }],
      select: { id: true, page: true, sizeCode: true, artworkKey: true, artworkName: true, advertiser: { select: { company: true } } },
    }),
  ]);
  const files: Record<string, Uint8Array> = {};
  const encoder = new TextEncoder();
  const manifest = {
    publication: issue.publication.name,
    issue: `${issue.number}/${issue.year}`,
    pageCount: issue.pageCount,
    articles: [] as Array<Record<string, unknown>>,
    ads: [] as Array<Record<string, unknown>>,
  };
  const perPage = new Map<number, number>();
  for (const article of articles) {
    const page = article.page ?? 0;
    const index = (perPage.get(page) ?? 0) + 1;
    perPage.set(page, index);
    const folder = `p${pad(page)}-${pad(index)}-${slug(article.title)}`;
    files[`${folder}/text.txt`] = encoder.encode(articlePlainText(article));
    files[`${folder}/text.docx`] = await articleDocx(article);
    const images: Array<Record<string, unknown>> = [];
    for (const [position, image] of article.images.entries()) {
      const bytes = await readStored(image.storageKey);
      if (!bytes) continue;
      const name = `${folder}/obrazek-${position + 1}-${image.fileName}`;
      files[name] = bytes;
      images.push({ file: name, caption: image.caption, credit: image.credit });
    }
    manifest.articles.push({ folder, page, title: article.title, author: article.authorName, characters: article.charCount, images });
  }
  for (const ad of ads) {
    let file: string | null = null;
    if (ad.artworkKey && ad.artworkName) {
      const bytes = await readStored(ad.artworkKey);
      if (bytes) {
        file = `inzerce/p${pad(ad.page ?? 0)}-${slug(ad.advertiser.company)}-${ad.artworkName}`;
        files[file] = bytes;
      }
    }
    manifest.ads.push({ page: ad.page, size: ad.sizeCode, advertiser: ad.advertiser.company, file });
  }
  files["manifest.json"] = encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`);
  await db.$transaction((tx) => writeAudit(tx, { actorId: actor.id, action: "newspaper.issue.export", entityType: "NewspaperIssue", entityId: issue.id, after: { articles: articles.length, ads: ads.length } }));
  return { fileName: `sazba-${issue.year}-${pad(issue.number)}.zip`, bytes: zipSync(files, { level: 6 }) };
}
