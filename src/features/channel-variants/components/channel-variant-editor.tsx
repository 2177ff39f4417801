"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { describedBy, Field, TextArea } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { Badge } from "@/components/ui/page-header";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/server/form-action";
import { approveChannelVariantAction, saveChannelVariantAction } from "../actions";
import type { Channel } from "../schema";
import { RADIO_MAX_CHARACTERS, radioEstimate, radioTargetHint, SMS_MAX_SEGMENTS, smsSegments, SOCIAL_LIMIT, socialLength } from "../sms";

type VariantResult = { id: string; pressReleaseId: string; version: number; approved: boolean };

export interface ChannelVariantEditorProps {
  pressReleaseId: string;
  channel: Channel;
  variant: { id: string; text: string; version: number; approvedAt: Date | null; approvedByName: string | null } | null;
  canSave: boolean;
  canApprove: boolean;
  /** The person may approve variants but saved this one last (four eyes): say why there is no button. */
  ownApprovalBlocked: boolean;
}

/** One channel's text with its live counter; Save, and Approve when allowed. A failed save keeps the text. */
export function ChannelVariantEditor({ pressReleaseId, channel, variant, canSave, canApprove, ownApprovalBlocked }: ChannelVariantEditorProps) {
  const t = useTranslations("channelVariants");
  const common = useTranslations("common");
  const format = useFormatter();
  const [saveState, saveAction] = useActionState<ActionState<VariantResult>, FormData>(saveChannelVariantAction, null);
  const [approveState, approveAction] = useActionState<ActionState<VariantResult>, FormData>(approveChannelVariantAction, null);

  // The text area is uncontrolled (React resets a form after its action): a fresh one after each result
  // shows what was saved, or what was typed when saving failed; `typed` follows it for the live counter.
  const resultKey = saveState?.at ?? 0;
  const initial = valueOf(saveState, "text", variant?.text ?? "");
  const [typed, setTyped] = useState<{ key: number; text: string } | null>(null);
  const text = typed && typed.key === resultKey ? typed.text : initial;
  const dirty = text !== (variant?.text ?? "");

  // The newer of the page's version and the one this form's last save returned.
  const okVersions = [saveState, approveState].flatMap((state) => (state?.ok ? [state.data.version] : []));
  const version = variant || okVersions.length ? Math.max(variant?.version ?? -1, ...okVersions) : undefined;
  const id = `variant-${channel.toLowerCase()}-text`;
  const errors = errorsOf(saveState, "text");

  return (
    <div className="space-y-3 rounded-md border border-slate-200 p-4" data-channel={channel}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-sm font-semibold text-slate-900">{t(`channels.${channel}`)}</h3>
        {!variant ? (
          <Badge>{t("status.notWritten")}</Badge>
        ) : variant.approvedAt ? (
          <Badge tone="green">
            {t("status.approved", { name: variant.approvedByName ?? "—", time: format.dateTime(new Date(variant.approvedAt), { dateStyle: "medium", timeStyle: "short" }) })}
          </Badge>
        ) : (
          <Badge tone="amber">{t("status.notApproved")}</Badge>
        )}
      </div>

      {canSave ? (
        <form action={saveAction} className="space-y-2" noValidate>
          <input type="hidden" name="pressReleaseId" value={pressReleaseId} />
          <input type="hidden" name="channel" value={channel} />
          <input type="hidden" name="version" value={version ?? ""} />
          <FormOutcome state={saveState} success={t("done.saved")} />
          <Field id={id} label={t("fields.text")} hint={t(`hints.${channel}`)} errors={errors}>
            <TextArea
              key={resultKey}
              {...describedBy(id, errors, true)}
              name="text"
              rows={channel === "RADIO" ? 8 : 4}
              defaultValue={initial}
              onChange={(event) => setTyped({ key: resultKey, text: event.target.value })}
            />
          </Field>
          <Counter channel={channel} text={text} />
          <SubmitButton pendingLabel={common("saving")}>{t("actions.save")}</SubmitButton>
        </form>
      ) : (
        <>
          <p className="whitespace-pre-line text-sm text-slate-800">{variant?.text ?? t("status.notWritten")}</p>
          {variant && <Counter channel={channel} text={variant.text} />}
        </>
      )}

      <FormOutcome state={approveState} success={t("done.approved")} />
      {variant && canApprove && (
        dirty ? (
          <p className="text-xs text-slate-500">{t("saveBeforeApproving")}</p>
        ) : (
          <form action={approveAction} noValidate>
            <input type="hidden" name="id" value={variant.id} />
            <input type="hidden" name="version" value={version ?? variant.version} />
            <SubmitButton variant="secondary">{t("actions.approve")}</SubmitButton>
          </form>
        )
      )}
      {variant && !canApprove && ownApprovalBlocked && <p className="text-xs text-slate-500">{t("cannotApproveOwn")}</p>}
    </div>
  );
}

/** The live counter of one channel, announced politely to screen readers. */
export function Counter({ channel, text }: { channel: Channel; text: string }) {
  const t = useTranslations("channelVariants.counter");
  const line = (content: string, warning?: string | null) => (
    <div aria-live="polite" className="space-y-0.5 text-xs">
      <p className="text-slate-600">{content}</p>
      {warning && <p className="text-amber-800">{warning}</p>}
    </div>
  );
  if (channel === "SMS") {
    const count = smsSegments(text);
    return line(
      t("sms", { encoding: count.encoding, characters: count.characters, segments: count.segments, perSegment: count.perSegment, remaining: count.remainingInSegment }),
      count.segments > SMS_MAX_SEGMENTS ? t("smsOverLimit", { max: SMS_MAX_SEGMENTS }) : count.encoding === "UCS-2" ? t("ucs2") : null,
    );
  }
  if (channel === "SOCIAL") {
    const length = socialLength(text);
    return line(t("social", { count: length, limit: SOCIAL_LIMIT }), length > SOCIAL_LIMIT ? t("overLimit", { over: length - SOCIAL_LIMIT }) : null);
  }
  const { words, seconds } = radioEstimate(text);
  const hint = radioTargetHint(seconds);
  const over = [...text].length > RADIO_MAX_CHARACTERS;
  return line(t("radio", { words, seconds }), over ? t("overLimit", { over: [...text].length - RADIO_MAX_CHARACTERS }) : hint === "short" ? t("radioShort") : hint === "long" ? t("radioLong") : null);
}
