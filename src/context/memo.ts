/**
 * Entries a memo of the context stage keeps before it starts afresh. Every
 * --jobs thread holds its own memos, so their caps bound memory per thread; the
 * German corpus (1,028 articles) fills ~8,000, a larger or more varied archive
 * starts afresh now and then, which costs a few lookups, not output.
 */
export const MEMO_MAX = 20_000;
