/** A thin fetch wrapper: same-origin cookie session, JSON in and out, API errors as ApiError values. */
import type {
  AcceptBody, AcceptResult, Candidate, Capture, Claim, HistoryEntry, Incident, IngestBody, IngestResult, ListResult, MergeCandidate, MergeView, Organisation,
  Overview, PersonRecord, Place, Proceeding, Proposal, ProposalDetail, SessionUser, Source, Timeline,
} from "./types.js";
import type { CaseInput, CaseResult } from "../../../src/contract/index.js";

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details: unknown = null) {
    super(message);
  }
}

export type Query = Record<string, string | number | undefined | null>;

export function toSearch(query: Query): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== "") p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : "";
}

async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const init: RequestInit = { method, credentials: "same-origin", headers: { accept: "application/json" } };
  if (signal) init.signal = signal;
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { accept: "application/json", "content-type": "application/json" };
  }
  const res = await fetch(`/api/v1${path}`, init);
  if (res.status === 204) return undefined as T;
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? "http_error", err?.message ?? res.statusText, err?.details ?? null);
  }
  return data as T;
}

const get = <T>(path: string, signal?: AbortSignal) => request<T>("GET", path, undefined, signal);
const post = <T>(path: string, body: unknown) => request<T>("POST", path, body);

/**
 * Reads of single records that arrive in the same moment (a table page asking for each row's victim) go out as one
 * `?ids=` list request; a record the reader may not see comes back as a 404, as a single read would.
 */
function batched<T extends { id: string }>(plural: string): (id: string) => Promise<T> {
  let waiting = new Map<string, { resolve: (v: T) => void; reject: (e: unknown) => void }[]>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = async () => {
    const batch = waiting;
    waiting = new Map();
    timer = null;
    const ids = [...batch.keys()];
    for (let i = 0; i < ids.length; i += 200) {
      const chunk = ids.slice(i, i + 200);
      try {
        const page = await get<{ items: T[] }>(`/${plural}${toSearch({ ids: chunk.join(","), limit: chunk.length })}`);
        const found = new Map(page.items.map((r) => [r.id, r]));
        for (const id of chunk) {
          const rec = found.get(id);
          for (const w of batch.get(id) ?? []) rec ? w.resolve(rec) : w.reject(new ApiError(404, "not_found", `${plural} ${id} not found`));
        }
      } catch (e) {
        for (const id of chunk) for (const w of batch.get(id) ?? []) w.reject(e);
      }
    }
  };
  return (id) => new Promise<T>((resolve, reject) => {
    const list = waiting.get(id) ?? [];
    list.push({ resolve, reject });
    waiting.set(id, list);
    timer ??= setTimeout(() => void flush(), 10);
  });
}
const personById = batched<PersonRecord>("people");
const placeById = batched<Place>("places");


export const api = {
  me: () => get<{ user: SessionUser | null }>("/auth/me"),
  login: (username: string, password: string) => post<{ user: SessionUser; expiresAt: string }>("/auth/login", { username, password }),
  logout: () => post<void>("/auth/logout", {}),
  overview: () => get<Overview>("/overview"),

  incidents: (q: Query, signal?: AbortSignal) => get<ListResult<Incident>>(`/incidents${toSearch(q)}`, signal),
  incident: (id: string) => get<Incident>(`/incidents/${id}`),
  /** Person, incident, source, text and quote in one transaction: all saved or nothing. */
  createCase: (input: CaseInput) => post<CaseResult>("/cases", input),
  incidentsCsvUrl: (q: Query) => `/api/v1/export/incidents.csv${toSearch({ ...q, limit: 100_000, offset: undefined })}`,

  people: (q: Query, signal?: AbortSignal) => get<ListResult<PersonRecord>>(`/people${toSearch(q)}`, signal),
  person: (id: string) => personById(id),
  timeline: (id: string) => get<Timeline>(`/people/${id}/timeline`),
  candidates: (name: string, signal?: AbortSignal) => get<{ items: Candidate[] }>(`/people/candidates${toSearch({ name, limit: 5 })}`, signal),
  history: (plural: string, id: string) => get<{ items: HistoryEntry[] }>(`/${plural}/${id}/history`),

  places: (q: Query, signal?: AbortSignal) => get<ListResult<Place>>(`/places${toSearch(q)}`, signal),
  place: (id: string) => placeById(id),
  organisation: (id: string) => get<Organisation>(`/organisations/${id}`),

  proceedings: (q: Query) => get<ListResult<Proceeding>>(`/proceedings${toSearch(q)}`),
  sources: (q: Query) => get<ListResult<Source>>(`/sources${toSearch(q)}`),
  source: (id: string) => get<Source>(`/sources/${id}`),
  captures: (q: Query) => get<ListResult<Capture>>(`/captures${toSearch(q)}`),
  captureContentUrl: (id: string) => `/api/v1/captures/${id}/content`,
  claims: (q: Query) => get<ListResult<Claim>>(`/claims${toSearch(q)}`),

  ingest: (body: IngestBody) => post<IngestResult>("/ingest", body),
  proposals: (q: Query) => get<ListResult<Proposal>>(`/proposals${toSearch(q)}`),
  proposal: (id: string) => get<ProposalDetail>(`/proposals/${id}`),
  acceptProposal: (id: string, body: AcceptBody) => post<AcceptResult>(`/proposals/${id}/accept`, body),
  rejectProposal: (id: string, reason: string) => post<Proposal>(`/proposals/${id}/reject`, { reason }),

  duplicates: (q: Query) => get<ListResult<MergeCandidate>>(`/people/duplicates${toSearch(q)}`),
  scanDuplicates: () => post<{ proposed: number; pairsCompared: number }>("/people/duplicates/scan", {}),
  rejectDuplicate: (id: string, reason: string) => post<MergeCandidate>(`/people/duplicates/${id}/reject`, { reason }),
  merge: (body: { targetId: string; mergedId: string; reason: string; candidateId?: string }) => post<{ merge: MergeView }>("/people/merge", body),
  merges: (q: Query) => get<ListResult<MergeView>>(`/merges${toSearch(q)}`),
  undoMerge: (id: string, reason: string) => post<{ merge: MergeView }>(`/merges/${id}/undo`, { reason }),
};
