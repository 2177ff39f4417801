"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/server/form-action";
import { addAdSize, changeAdOrderStatus, createAdOrder, createAdvertiser, updateAdvertiser } from "./advertising";
import { addArticleImage, addComment, assignEditor, changeArticleStatus, createArticle, submitContribution, updateArticle } from "./articles";
import { createContributor, createCouncilClub, createInvite, revokeInvite, updateContributor, updateCouncilClub } from "./contributors";
import { uploadArtwork, uploadFinalPdf } from "./files";
import { changeIssueStatus, createIssue, createPublication, updateIssue, updatePublication } from "./issues";
import { placeOnPage } from "./page-plan";

const refreshAll = () => revalidatePath("/newsletter", "layout");
const thenRefresh = { onSuccess: refreshAll };

export const createPublicationAction = formAction(createPublication, thenRefresh);
export const updatePublicationAction = formAction(updatePublication, thenRefresh);
export const createIssueAction = formAction(createIssue, {
  onSuccess: (issue) => {
    refreshAll();
    redirect(`/newsletter/issues/${issue.id}`);
  },
});
export const updateIssueAction = formAction(updateIssue, thenRefresh);
export const changeIssueStatusAction = formAction(changeIssueStatus, thenRefresh);
export const uploadFinalPdfAction = formAction(uploadFinalPdf, thenRefresh);

export const createArticleAction = formAction(createArticle, {
  onSuccess: (article) => {
    refreshAll();
    redirect(`/newsletter/articles/${article.id}`);
  },
});
export const updateArticleAction = formAction(updateArticle, thenRefresh);
export const changeArticleStatusAction = formAction(changeArticleStatus, thenRefresh);
export const assignEditorAction = formAction(assignEditor, thenRefresh);
export const addCommentAction = formAction(addComment, thenRefresh);
export const addArticleImageAction = formAction(addArticleImage, thenRefresh);
export const placeOnPageAction = formAction(placeOnPage, thenRefresh);

export const createContributorAction = formAction(createContributor, thenRefresh);
export const updateContributorAction = formAction(updateContributor, thenRefresh);
export const createInviteAction = formAction(createInvite, thenRefresh);
export const revokeInviteAction = formAction(revokeInvite, thenRefresh);
export const createCouncilClubAction = formAction(createCouncilClub, thenRefresh);
export const updateCouncilClubAction = formAction(updateCouncilClub, thenRefresh);

export const createAdvertiserAction = formAction(createAdvertiser, thenRefresh);
export const updateAdvertiserAction = formAction(updateAdvertiser, thenRefresh);
export const addAdSizeAction = formAction(addAdSize, thenRefresh);
export const createAdOrderAction = formAction(createAdOrder, thenRefresh);
export const changeAdOrderStatusAction = formAction(changeAdOrderStatus, thenRefresh);
export const uploadArtworkAction = formAction(uploadArtwork, thenRefresh);

/** The public submission form (no session; the token is the credential). */
export const submitContributionAction = formAction((_actor, input) => submitContribution(input), { allowAnonymous: true });
