"use client";

// The last resort when even the root layout failed: no translations are available here, so both languages.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="cs">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: 560, margin: "4rem auto", padding: "0 1rem", color: "#0f172a" }}>
        <h1>Něco se pokazilo · Something went wrong</h1>
        <p>Zkuste to prosím znovu. · Please try again.</p>
        {error.digest && <p style={{ fontFamily: "monospace", fontSize: 12 }}>{error.digest}</p>}
        <button type="button" onClick={reset}>Zkusit znovu · Try again</button>
      </body>
    </html>
  );
}
