import "server-only";
import path from "node:path";
import { Document, Font, Page, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
import { formatCzk, type VatRow } from "./money";
import type { SupplierSnapshot } from "./service";

// The invoice as a PDF (A4, Czech: the tax document's language), rendered on the server with
// @react-pdf/renderer. The font is DejaVu Sans from this folder (fonts/LICENSE), so that Czech diacritics
// render the same on every machine, without system fonts.

const FONT_DIR = path.join(process.cwd(), "src/features/newspaper-invoices/fonts");
let fontsRegistered = false;
function registerFonts() {
  if (fontsRegistered) return;
  Font.register({
    family: "DejaVu Sans",
    fonts: [
      { src: path.join(FONT_DIR, "DejaVuSans.ttf"), fontWeight: "normal" },
      { src: path.join(FONT_DIR, "DejaVuSans-Bold.ttf"), fontWeight: "bold" },
    ],
  });
  // Words are never hyphenated (names, numbers).
  Font.registerHyphenationCallback((word) => [word]);
  fontsRegistered = true;
}

export interface InvoicePdfData {
  kind: "INVOICE" | "CREDIT_NOTE";
  number: string;
  variableSymbol: string;
  issueDay: string;
  taxableDay: string;
  dueDay: string;
  supplier: SupplierSnapshot;
  customerName: string;
  customerIco: string;
  customerVatId: string;
  customerAddress: string;
  corrects: { number: string; issueDay: string } | null;
  reason: string;
  issueLabel: string | null;
  lines: Array<{ position: number; description: string; quantity: number; unitPrice: number; vatRate: number; base: number }>;
  vatBreakdown: VatRow[];
  totalBase: number;
  totalVat: number;
  total: number;
}

const czDate = (day: string) => {
  const [year, month, date] = day.split("-").map(Number);
  return `${date}. ${month}. ${year}`;
};

const styles = StyleSheet.create({
  page: { fontFamily: "DejaVu Sans", fontSize: 9, padding: 40, color: "#1e293b", lineHeight: 1.35 },
  title: { fontSize: 16, fontWeight: "bold", color: "#0f172a", lineHeight: 1.3, marginBottom: 4 },
  subtitle: { fontSize: 9, color: "#475569", marginTop: 2 },
  row: { flexDirection: "row" },
  parties: { flexDirection: "row", marginTop: 18, gap: 16 },
  party: { flex: 1, borderWidth: 1, borderColor: "#cbd5e1", borderRadius: 3, padding: 10 },
  label: { fontSize: 7.5, color: "#64748b", textTransform: "uppercase", marginBottom: 3 },
  strong: { fontWeight: "bold" },
  facts: { flexDirection: "row", flexWrap: "wrap", marginTop: 14, borderTopWidth: 1, borderBottomWidth: 1, borderColor: "#e2e8f0", paddingVertical: 8 },
  fact: { width: "33.33%", paddingVertical: 3 },
  table: { marginTop: 16 },
  th: { flexDirection: "row", backgroundColor: "#f1f5f9", paddingVertical: 5, paddingHorizontal: 4, fontWeight: "bold", fontSize: 8 },
  tr: { flexDirection: "row", paddingVertical: 5, paddingHorizontal: 4, borderBottomWidth: 1, borderColor: "#e2e8f0" },
  right: { textAlign: "right" },
  totals: { marginTop: 14, marginLeft: "auto", width: "55%" },
  totalRow: { flexDirection: "row", justifyContent: "space-between", paddingVertical: 2 },
  grandTotal: { flexDirection: "row", justifyContent: "space-between", marginTop: 6, paddingVertical: 6, paddingHorizontal: 6, backgroundColor: "#0f172a", color: "#ffffff", fontSize: 11, fontWeight: "bold" },
  note: { marginTop: 18, fontSize: 8, color: "#475569" },
  footer: { position: "absolute", bottom: 28, left: 40, right: 40, fontSize: 7.5, color: "#64748b", textAlign: "center" },
});

function InvoiceDocument({ data }: { data: InvoicePdfData }) {
  const credit = data.kind === "CREDIT_NOTE";
  const vatPayer = data.supplier.vatPayer;
  const title = credit ? "Opravný daňový doklad" : vatPayer ? "Faktura – daňový doklad" : "Faktura";
  const fact = (label: string, value: string) => (
    <View style={styles.fact}>
      <Text style={styles.label}>{label}</Text>
      <Text style={styles.strong}>{value}</Text>
    </View>
  );
  const cols = { pos: "6%", desc: "46%", qty: "8%", unit: "16%", rate: "8%", base: "16%" };
  return (
    <Document title={`${title} ${data.number}`} author={data.supplier.name} language="cs">
      <Page size="A4" style={styles.page}>
        <View style={[styles.row, { justifyContent: "space-between", alignItems: "flex-start" }]}>
          <View style={{ flex: 1, paddingRight: 12 }}>
            <Text style={styles.title}>
              {title} č. {data.number}
            </Text>
            {credit && data.corrects && (
              <Text style={styles.subtitle}>
                k faktuře č. {data.corrects.number} ze dne {czDate(data.corrects.issueDay)}
              </Text>
            )}
            {data.issueLabel && <Text style={styles.subtitle}>{data.issueLabel}</Text>}
          </View>
          <Text style={{ fontSize: 9, color: "#475569", marginTop: 5 }}>Variabilní symbol: {data.variableSymbol}</Text>
        </View>

        <View style={styles.parties}>
          <View style={styles.party}>
            <Text style={styles.label}>Dodavatel</Text>
            <Text style={styles.strong}>{data.supplier.name}</Text>
            <Text>{data.supplier.address}</Text>
            <Text>IČO: {data.supplier.ico}</Text>
            {data.supplier.dic ? <Text>DIČ: {data.supplier.dic}</Text> : <Text>Není plátcem DPH</Text>}
          </View>
          <View style={styles.party}>
            <Text style={styles.label}>Odběratel</Text>
            <Text style={styles.strong}>{data.customerName}</Text>
            <Text>{data.customerAddress}</Text>
            {data.customerIco ? <Text>IČO: {data.customerIco}</Text> : null}
            {data.customerVatId ? <Text>DIČ: {data.customerVatId}</Text> : null}
          </View>
        </View>

        <View style={styles.facts}>
          {fact("Datum vystavení", czDate(data.issueDay))}
          {fact("Datum zdanitelného plnění", czDate(data.taxableDay))}
          {fact("Datum splatnosti", czDate(data.dueDay))}
          {fact("Forma úhrady", "převodem na účet")}
          {fact("Bankovní účet", data.supplier.bankAccount)}
          {fact("Variabilní symbol", data.variableSymbol)}
          {data.supplier.iban ? fact("IBAN", data.supplier.iban) : null}
        </View>

        {credit && data.reason ? (
          <View style={{ marginTop: 10 }}>
            <Text style={styles.label}>Důvod opravy</Text>
            <Text>{data.reason}</Text>
          </View>
        ) : null}

        <View style={styles.table}>
          <View style={styles.th}>
            <Text style={{ width: cols.pos }}>#</Text>
            <Text style={{ width: cols.desc }}>Položka</Text>
            <Text style={[{ width: cols.qty }, styles.right]}>Počet</Text>
            <Text style={[{ width: cols.unit }, styles.right]}>Cena bez DPH</Text>
            <Text style={[{ width: cols.rate }, styles.right]}>DPH</Text>
            <Text style={[{ width: cols.base }, styles.right]}>Základ</Text>
          </View>
          {data.lines.map((line) => (
            <View key={line.position} style={styles.tr} wrap={false}>
              <Text style={{ width: cols.pos }}>{line.position}</Text>
              <Text style={{ width: cols.desc, paddingRight: 6 }}>{line.description}</Text>
              <Text style={[{ width: cols.qty }, styles.right]}>{line.quantity}</Text>
              <Text style={[{ width: cols.unit }, styles.right]}>{formatCzk(line.unitPrice)}</Text>
              <Text style={[{ width: cols.rate }, styles.right]}>{line.vatRate} %</Text>
              <Text style={[{ width: cols.base }, styles.right]}>{formatCzk(line.base)}</Text>
            </View>
          ))}
        </View>

        <View style={styles.totals} wrap={false}>
          <View style={[styles.th, { marginBottom: 2 }]}>
            <Text style={{ width: "25%" }}>Sazba DPH</Text>
            <Text style={[{ width: "25%" }, styles.right]}>Základ</Text>
            <Text style={[{ width: "25%" }, styles.right]}>DPH</Text>
            <Text style={[{ width: "25%" }, styles.right]}>Celkem</Text>
          </View>
          {data.vatBreakdown.map((row) => (
            <View key={row.rate} style={[styles.row, { paddingVertical: 3, paddingHorizontal: 4 }]}>
              <Text style={{ width: "25%" }}>{row.rate} %</Text>
              <Text style={[{ width: "25%" }, styles.right]}>{formatCzk(row.base)}</Text>
              <Text style={[{ width: "25%" }, styles.right]}>{formatCzk(row.vat)}</Text>
              <Text style={[{ width: "25%" }, styles.right]}>{formatCzk(row.total)}</Text>
            </View>
          ))}
          <View style={[styles.totalRow, { borderTopWidth: 1, borderColor: "#cbd5e1", marginTop: 4, paddingTop: 4, paddingHorizontal: 4 }]}>
            <Text>Základ celkem</Text>
            <Text>{formatCzk(data.totalBase)}</Text>
          </View>
          <View style={[styles.totalRow, { paddingHorizontal: 4 }]}>
            <Text>DPH celkem</Text>
            <Text>{formatCzk(data.totalVat)}</Text>
          </View>
          <View style={styles.grandTotal}>
            <Text>{credit ? "Celkem k vrácení" : "Celkem k úhradě"}</Text>
            <Text>{formatCzk(credit ? -data.total : data.total)}</Text>
          </View>
        </View>

        {data.supplier.footer ? <Text style={styles.note}>{data.supplier.footer}</Text> : null}
        <Text style={styles.footer} fixed>
          {data.supplier.name} · IČO {data.supplier.ico} · {title} {data.number}
        </Text>
      </Page>
    </Document>
  );
}

export async function renderInvoicePdf(data: InvoicePdfData): Promise<Buffer> {
  registerFonts();
  return renderToBuffer(<InvoiceDocument data={data} />);
}
