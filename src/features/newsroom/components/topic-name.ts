/** A topic's name in the interface language (Czech, else English). */
export function topicName(topic: { nameCs: string; nameEn: string }, locale: string): string {
  return locale === "cs" ? topic.nameCs : topic.nameEn;
}

const KNOWN_LANGUAGES = ["cs", "en", "de"] as const;

/** A release language's name from the newsroom catalog ("languages.<code>"), else the code itself. */
export function languageName(t: (key: `languages.${(typeof KNOWN_LANGUAGES)[number]}`) => string, code: string): string {
  return (KNOWN_LANGUAGES as readonly string[]).includes(code) ? t(`languages.${code as (typeof KNOWN_LANGUAGES)[number]}`) : code;
}
