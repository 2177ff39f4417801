"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { cn } from "./cn";
import { FieldErrors, inputClass } from "./field";

// A small rich-text editor for release bodies: headings, lists, quotes, bold/italic and links — the
// markup the server's allowlist keeps (src/features/press-releases/sanitize.ts). The browser's own
// editing commands do the work; what is typed travels in a hidden input, and the server sanitizes it
// whatever the browser sends. Pasted text arrives as plain text, so Word's styling never gets in.

const TOOLS = [
  { key: "heading", command: "formatBlock", value: "h2", label: "H2" },
  { key: "subheading", command: "formatBlock", value: "h3", label: "H3" },
  { key: "paragraph", command: "formatBlock", value: "p", label: "¶" },
  { key: "bold", command: "bold", label: "B", className: "font-bold" },
  { key: "italic", command: "italic", label: "I", className: "italic" },
  { key: "bulletList", command: "insertUnorderedList", label: "•" },
  { key: "numberedList", command: "insertOrderedList", label: "1." },
  { key: "quote", command: "formatBlock", value: "blockquote", label: "❝" },
] as const;

export function RichTextEditor({
  id,
  name,
  defaultValue,
  describedBy,
  invalid,
}: {
  id: string;
  name: string;
  defaultValue: string;
  describedBy?: string;
  invalid?: boolean;
}) {
  const t = useTranslations("editor");
  const editor = useRef<HTMLDivElement>(null);
  const hidden = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (editor.current) editor.current.innerHTML = defaultValue;
    if (hidden.current) hidden.current.value = defaultValue;
  }, [defaultValue]);

  const sync = () => {
    if (editor.current && hidden.current) hidden.current.value = editor.current.innerHTML;
  };
  const run = (command: string, value?: string) => {
    editor.current?.focus();
    document.execCommand(command, false, value);
    sync();
  };
  const addLink = () => {
    const url = window.prompt(t("linkPrompt"), "https://");
    if (url && /^(https?:|mailto:)/i.test(url.trim())) run("createLink", url.trim());
  };

  return (
    <div className={cn("rounded-md border border-slate-300 bg-white focus-within:border-brand-500 focus-within:ring-2 focus-within:ring-brand-200", invalid && "border-red-400")}>
      <div role="toolbar" aria-label={t("toolbar")} aria-controls={id} className="flex flex-wrap gap-1 border-b border-slate-200 px-2 py-1.5">
        {TOOLS.map((tool) => (
          <button
            key={tool.key}
            type="button"
            title={t(tool.key)}
            aria-label={t(tool.key)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => run(tool.command, "value" in tool ? tool.value : undefined)}
            className={cn("min-w-8 rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100", "className" in tool && tool.className)}
          >
            {tool.label}
          </button>
        ))}
        <button type="button" title={t("link")} aria-label={t("link")} onMouseDown={(event) => event.preventDefault()} onClick={addLink} className="rounded px-2 py-1 text-sm text-brand-700 hover:bg-slate-100">
          <svg aria-hidden viewBox="0 0 20 20" className="size-4 fill-current">
            <path d="M8.5 11.5a3 3 0 0 0 4.24 0l2.83-2.83a3 3 0 0 0-4.24-4.24l-.7.7 1.06 1.06.7-.7a1.5 1.5 0 1 1 2.12 2.12l-2.83 2.83a1.5 1.5 0 0 1-2.12 0Zm3-3a3 3 0 0 0-4.24 0l-2.83 2.83a3 3 0 1 0 4.24 4.24l.7-.7-1.06-1.06-.7.7a1.5 1.5 0 1 1-2.12-2.12l2.83-2.83a1.5 1.5 0 0 1 2.12 0Z" />
          </svg>
        </button>
        <button type="button" title={t("unlink")} aria-label={t("unlink")} onMouseDown={(event) => event.preventDefault()} onClick={() => run("unlink")} className="rounded px-2 py-1 text-sm text-slate-500 hover:bg-slate-100">
          <span className="line-through">
            <svg aria-hidden viewBox="0 0 20 20" className="inline size-4 fill-current">
              <path d="M8.5 11.5a3 3 0 0 0 4.24 0l2.83-2.83a3 3 0 0 0-4.24-4.24l-.7.7 1.06 1.06.7-.7a1.5 1.5 0 1 1 2.12 2.12l-2.83 2.83a1.5 1.5 0 0 1-2.12 0Z" />
              <path d="M3 3l14 14" stroke="currentColor" strokeWidth="1.5" />
            </svg>
          </span>
        </button>
      </div>
      <div
        id={id}
        ref={editor}
        role="textbox"
        aria-multiline="true"
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        contentEditable
        suppressContentEditableWarning
        onInput={sync}
        onBlur={sync}
        onPaste={(event) => {
          event.preventDefault();
          document.execCommand("insertText", false, event.clipboardData.getData("text/plain"));
          sync();
        }}
        className={cn(
          inputClass,
          "prose-editor min-h-64 max-w-none rounded-none border-0 shadow-none focus:ring-0",
          "[&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3 [&_blockquote]:text-slate-600 [&_h2]:mt-3 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:mt-2 [&_h3]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_p]:my-2 [&_ul]:list-disc [&_a]:text-brand-700 [&_a]:underline",
        )}
      />
      <input ref={hidden} type="hidden" name={name} defaultValue={defaultValue} />
    </div>
  );
}

/** The editor as a form field: its label, and its errors announced like every other field's. */
export function RichTextField({
  id,
  name,
  label,
  defaultValue,
  errors,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  errors?: string[];
}) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <RichTextEditor id={id} name={name} defaultValue={defaultValue} describedBy={`${id}-error`} invalid={Boolean(errors?.length)} />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
