"use client";
import { useTranslations } from "next-intl";
import { reuseAnswerAction } from "../actions";
import { StepForm } from "./step-form";

export function ReuseAnswerButton({ reference, sourceId }: { reference: { id: string; version: number }; sourceId: string }) {
  const t = useTranslations("inquiries");
  return (
    <StepForm action={reuseAnswerAction} reference={reference} label={t("answerBank.use")} variant="secondary">
      {() => <input type="hidden" name="sourceId" value={sourceId} />}
    </StepForm>
  );
}
