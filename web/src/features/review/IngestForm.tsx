import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.js";
import type { IngestBody, IngestResult } from "../../api/types.js";
import { ErrorNote } from "../../components/QueryState.js";
import { sourceUrlOf } from "../../components/sourceUrl.js";

/** Languages the extractor reads (src/extract EXTRACT_LANGS); empty lets it detect the language. */
const EXTRACT_LANGS = ["en", "ru", "kk"] as const;

/** Base64 of a file's bytes, in chunks: String.fromCharCode(...bytes) overflows the stack on a large file. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** Paste an article or upload a file (text, HTML, Telegram result.json, RSS/Atom): Vigil stores it and queues proposals. */
export function IngestForm({ onIngested }: { onIngested: (res: IngestResult) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [url, setUrl] = useState("");
  const [published, setPublished] = useState("");
  const [lang, setLang] = useState("");
  const [fileKey, setFileKey] = useState(0);
  const [result, setResult] = useState<IngestResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const ingest = useMutation({
    mutationFn: async (): Promise<IngestResult> => {
      const common = { ...(lang ? { lang } : {}), ...(published ? { published } : {}) };
      const body: IngestBody = file
        ? { fileName: file.name, contentBase64: await base64Of(file), ...(file.type ? { mediaType: file.type } : {}), ...common }
        : { text, ...(title.trim() ? { title: title.trim() } : {}), ...(url.trim() ? { url: sourceUrlOf(url) as string } : {}), ...common };
      return api.ingest(body);
    },
    onSuccess: async (res) => {
      setResult(res);
      setText(""); setTitle(""); setUrl(""); setFile(null); setFileKey((k) => k + 1);
      await qc.invalidateQueries({ queryKey: ["proposals"] });
      onIngested(res);
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    ingest.reset();
    // Said here in the reader's language; the server would answer with a schema message in English.
    if (file && file.size === 0) { setProblem(t("review.emptyFile")); return; }
    if (!file && sourceUrlOf(url) === "invalid") { setProblem(t("form.badUrl")); return; }
    if (file || text.trim()) ingest.mutate();
  };

  return (
    <form className="card ingest-form" onSubmit={onSubmit} aria-labelledby="ingest-h" noValidate>
      <h2 id="ingest-h">{t("review.ingestTitle")}</h2>
      <label className="field">
        <span>{t("review.pasteText")}</span>
        <textarea rows={5} value={text} onChange={(e) => setText(e.target.value)} disabled={Boolean(file)} data-testid="ingest-text" />
      </label>
      <div className="row">
        <label className="field grow">
          <span>{t("review.file")}</span>
          <input key={fileKey} type="file" accept=".txt,.html,.htm,.json,.xml,.rss,.atom,text/*,application/json,application/xml" onChange={(e) => { setFile(e.target.files?.[0] ?? null); setProblem(null); }} />
        </label>
        <label className="field grow"><span>{t("form.sourceTitle")}</span><input value={title} onChange={(e) => setTitle(e.target.value)} disabled={Boolean(file)} /></label>
      </div>
      <div className="row">
        <label className="field grow"><span>{t("form.sourceUrl")}</span><input type="url" inputMode="url" placeholder="https://" value={url} onChange={(e) => setUrl(e.target.value)} disabled={Boolean(file)} /></label>
        <label className="field"><span>{t("form.publishedDate")}</span><input type="date" value={published} onChange={(e) => setPublished(e.target.value)} /></label>
        <label className="field">
          <span>{t("review.textLang")}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value)}>
            <option value="">{t("review.detect")}</option>
            {EXTRACT_LANGS.map((l) => <option key={l} value={l}>{t(`lang.${l}`)}</option>)}
          </select>
        </label>
      </div>
      {problem && <p role="alert" className="error">{problem}</p>}
      {ingest.error && <ErrorNote error={ingest.error} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={ingest.isPending || (!file && !text.trim())} data-testid="ingest-submit">
          {ingest.isPending ? t("review.ingesting") : t("review.ingest")}
        </button>
        {result && (
          <span role="status" className="muted" data-testid="ingest-result">
            {t("review.ingested", { count: result.proposals.length })}
            {result.duplicates > 0 && <> · {t("review.duplicatesSkipped", { count: result.duplicates })}</>}
          </span>
        )}
      </div>
    </form>
  );
}
