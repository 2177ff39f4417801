import type { FieldSpec } from "./action-form";
import { EVENT_ORGANISERS, EVENT_TYPES } from "../schema";

type T = (key: string, values?: Record<string, string | number>) => string;

/** The overview's fields (create and edit), labels from the `events` messages. */
export function eventFieldSpecs(t: T, initial: Partial<Record<string, string | boolean>> = {}): FieldSpec[] {
  const text = (name: string) => (typeof initial[name] === "string" ? (initial[name] as string) : "");
  return [
    { kind: "text", name: "title", label: t("fields.title"), required: true, defaultValue: text("title") },
    { kind: "select", name: "type", label: t("fields.type"), defaultValue: text("type") || "CULTURAL", options: EVENT_TYPES.map((value) => ({ value, label: t(`type.${value}`) })) },
    { kind: "date", name: "startDate", label: t("fields.startDate"), required: true, defaultValue: text("startDate") },
    { kind: "date", name: "endDate", label: t("fields.endDate"), required: true, defaultValue: text("endDate") },
    { kind: "textarea", name: "venues", label: t("fields.venues"), defaultValue: text("venues"), rows: 2 },
    { kind: "select", name: "organiser", label: t("fields.organiser"), defaultValue: text("organiser") || "CITY", options: EVENT_ORGANISERS.map((value) => ({ value, label: t(`organiser.${value}`) })) },
    { kind: "text", name: "partnerName", label: t("fields.partnerName"), defaultValue: text("partnerName") },
    { kind: "checkbox", name: "isPublic", label: t("fields.isPublic"), defaultChecked: initial.isPublic === true },
    { kind: "textarea", name: "publicDescription", label: t("fields.publicDescription"), defaultValue: text("publicDescription"), rows: 3 },
  ];
}
