/**
 * A source address as monitors paste it: "example.org/news/1" gets https:// in front (the server takes only whole
 * URLs); null when there is none, and "invalid" when even then it is no web address.
 */
export function sourceUrlOf(value: string): string | null | "invalid" {
  const v = value.trim();
  if (!v) return null;
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(v) ? v : `https://${v}`;
  // Chromium's URL parser escapes a space in a host name the server's (WHATWG) parser refuses: no whitespace at all.
  return !/\s/.test(url) && URL.canParse(url) && /^https?:$/.test(new URL(url).protocol) ? url : "invalid";
}
