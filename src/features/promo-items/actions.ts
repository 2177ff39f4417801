"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/server/form-action";
import { adjustStock, createPromoItem, issueStock, receiveStock, recordStocktake, returnStock, reverseMovement, setPromoItemPhoto, updatePromoItem, writeOffStock } from "./service";

function refresh(id?: string) {
  revalidatePath("/promo-items");
  if (id) revalidatePath(`/promo-items/${id}`);
}

const thenRefresh = { onSuccess: (data: { itemId?: string; id: string }) => refresh(data.itemId ?? data.id) };

export const createPromoItemAction = formAction(createPromoItem, {
  onSuccess: (item) => {
    refresh();
    redirect(`/promo-items/${item.id}?created=1`);
  },
});
export const updatePromoItemAction = formAction(updatePromoItem, thenRefresh);
export const setPromoItemPhotoAction = formAction(setPromoItemPhoto, thenRefresh);
export const receiveStockAction = formAction((actor, input) => receiveStock(actor, input), thenRefresh);
export const issueStockAction = formAction((actor, input) => issueStock(actor, input), thenRefresh);
export const returnStockAction = formAction((actor, input) => returnStock(actor, input), thenRefresh);
export const writeOffStockAction = formAction((actor, input) => writeOffStock(actor, input), thenRefresh);
export const adjustStockAction = formAction((actor, input) => adjustStock(actor, input), thenRefresh);
export const reverseMovementAction = formAction((actor, input) => reverseMovement(actor, input), thenRefresh);
/** The sheet's form sends parallel lists (itemId[], expected[], counted[]); the service takes lines. */
function stocktakeInput(input: Record<string, unknown>) {
  if (!Array.isArray(input.itemId)) return input;
  const list = (value: unknown) => (Array.isArray(value) ? value : [value]);
  const [ids, expected, counted] = [list(input.itemId), list(input.expected), list(input.counted)];
  return {
    location: input.location,
    note: input.note,
    idempotencyKey: input.idempotencyKey,
    lines: ids.map((itemId, index) => ({ itemId, expected: expected[index], counted: counted[index] })),
  };
}

export const recordStocktakeAction = formAction((actor, input) => recordStocktake(actor, stocktakeInput(input)), {
  onSuccess: () => revalidatePath("/promo-items", "layout"),
});
