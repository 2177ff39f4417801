import { describe, expect, it } from "vitest";
import { toPlainObject } from "@/server/form-action";
import { parseInput } from "@/server/validation";
import { updateReleaseFileSchema, uploadReleaseFileSchema } from "./schema";

describe("upload input from a form", () => {
  it("formAction's FormData → object keeps the File, and the schema accepts it", () => {
    const form = new FormData();
    form.set("pressReleaseId", "01a20088-a886-73fb-a4b6-9e3d982e78ec");
    form.set("kind", "PHOTO");
    form.set("file", new File([new Uint8Array([0xff, 0xd8, 0xff])], "a.jpg", { type: "image/jpeg" }));
    form.set("altText", "  Radnice  ");
    form.set("caption", "");
    form.set("$ACTION_ID_abc", "");
    const input = toPlainObject(form);
    expect(input.file).toBeInstanceOf(File);
    const parsed = parseInput(uploadReleaseFileSchema, input);
    expect(parsed.file.size).toBe(3);
    expect(parsed).toMatchObject({ kind: "PHOTO", altText: "Radnice", caption: undefined });
  });

  it("refuses an empty file input, a string instead of a file, and two files", () => {
    const base = { pressReleaseId: "01a20088-a886-73fb-a4b6-9e3d982e78ec", kind: "ATTACHMENT" };
    for (const file of [new File([], ""), "%PDF-1.4", [new File(["a"], "a"), new File(["b"], "b")], undefined]) {
      expect(() => parseInput(uploadReleaseFileSchema, { ...base, file }), String(file)).toThrow(expect.objectContaining({ fieldIssues: { file: [{ key: "fileRequired" }] } }));
    }
    expect(() => parseInput(uploadReleaseFileSchema, { ...base, kind: "SVG", file: new File(["a"], "a") })).toThrow();
  });

  it("updates take an order number from the form", () => {
    expect(parseInput(updateReleaseFileSchema, { id: "01a20088-a886-73fb-a4b6-9e3d982e78ec", position: "2", altText: "x" }).position).toBe(2);
    expect(parseInput(updateReleaseFileSchema, { id: "01a20088-a886-73fb-a4b6-9e3d982e78ec", position: "" }).position).toBeUndefined();
  });
});
