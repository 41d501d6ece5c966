import { useQueries, useQuery } from "@tanstack/react-query";
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable, type ColumnDef } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { api } from "../../api/client.js";
import type { Incident } from "../../api/types.js";
import { ErrorNote } from "../../components/QueryState.js";
import { PlaceName, primaryName, StatusBadge, usePersonRecord } from "../../components/people.js";
import { useDebounced } from "../../components/useDebounced.js";
import { useMediaQuery } from "../../components/useMediaQuery.js";
import { formatDate, formatNumber } from "../../i18n/format.js";
import { Filters } from "./Filters.js";
import { readView, toQuery, type Sort, type ViewState } from "./filters.js";

const PAGE = 100;

interface Row { index: number; incident: Incident | undefined }

export default function IncidentsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readView(params), [params]);
  const query = useMemo(() => toQuery(view), [view]);
  const queryKey = JSON.stringify(query);
  const narrow = useMediaQuery("(max-width: 720px)");
  const rowHeight = narrow ? 76 : 40;
  const scrollRef = useRef<HTMLDivElement>(null);

  const first = useQuery({
    queryKey: ["incidents", queryKey, 0],
    queryFn: ({ signal }) => api.incidents({ ...query, limit: PAGE, offset: 0 }, signal),
  });
  const total = first.data?.total ?? 0;

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  useEffect(() => { virtualizer.measure(); }, [rowHeight, virtualizer]);
  useEffect(() => { scrollRef.current?.scrollTo({ top: 0 }); }, [queryKey]);

  const items = virtualizer.getVirtualItems();
  const firstPage = items.length ? Math.floor(items[0]!.index / PAGE) : 0;
  const lastPage = items.length ? Math.floor(items[items.length - 1]!.index / PAGE) : 0;
  // Dragging the scrollbar across 100,000 rows would ask for every page on the way: ask only where it settles.
  const settled = useDebounced(`${firstPage}:${lastPage}`, 120);
  const [fromPage, toPage] = settled.split(":").map(Number) as [number, number];
  const pageNumbers: number[] = [];
  for (let p = Math.max(fromPage, 1); p <= toPage; p++) pageNumbers.push(p);
  const pages = useQueries({
    queries: pageNumbers.map((p) => ({
      queryKey: ["incidents", queryKey, p],
      queryFn: ({ signal }: { signal: AbortSignal }) => api.incidents({ ...query, limit: PAGE, offset: p * PAGE }, signal),
      staleTime: 60_000,
    })),
  });
  const pageData = new Map<number, Incident[]>();
  if (first.data) pageData.set(0, first.data.items);
  pageNumbers.forEach((p, i) => { const d = pages[i]?.data; if (d) pageData.set(p, d.items); });

  const rows: Row[] = items.map((it) => ({ index: it.index, incident: pageData.get(Math.floor(it.index / PAGE))?.[it.index % PAGE] }));
  const scrolling = virtualizer.isScrolling;

  const setSort = (sort: Sort) => {
    const next = new URLSearchParams(params);
    const order = view.sort === sort && view.order === "desc" ? "asc" : "desc";
    next.set("sort", sort);
    next.set("order", order);
    setParams(next, { replace: true });
  };

  // setSort changes with params, so params stands in for it here.
  const columns = useMemo(() => buildColumns(t, i18n.language, view, setSort, scrolling), [t, i18n.language, view, scrolling, params]);
  // Rows are a fresh window on every scroll frame; with auto-reset on, each new window would queue a state reset
  // and re-render forever. Paging and sorting happen on the server anyway.
  const table = useReactTable({
    data: rows, columns, getCoreRowModel: getCoreRowModel(), getRowId: (r) => String(r.index),
    manualPagination: true, manualSorting: true, manualFiltering: true, autoResetAll: false,
  });

  return (
    <section className="page incidents" aria-labelledby="incidents-title">
      <div className="page-head">
        <h1 id="incidents-title">{t("incidents.title")}</h1>
        <span className="muted" role="status" data-testid="incident-count">
          {first.data ? t("incidents.count", { count: total, formatted: formatNumber(total, i18n.language) }) : ""}
        </span>
        <a className="button" href={api.incidentsCsvUrl(query)} download="incidents.csv">{t("incidents.exportCsv")}</a>
      </div>
      <Filters view={view} params={params} setParams={setParams} />
      {first.error && <ErrorNote error={first.error} />}
      <div className={`vtable${narrow ? " narrow" : ""}`} role="table" aria-label={t("incidents.title")} aria-rowcount={total + 1}>
        <div role="rowgroup" className="vt-head">
          {table.getHeaderGroups().map((hg) => (
            <div role="row" className="vt-row" key={hg.id}>
              {hg.headers.map((h) => (
                <div role="columnheader" key={h.id} className={`vt-cell col-${h.column.id}`} aria-sort={ariaSort(h.column.id, view)}>
                  {flexRender(h.column.columnDef.header, h.getContext())}
                </div>
              ))}
            </div>
          ))}
        </div>
        <div ref={scrollRef} className="vt-body" role="rowgroup" tabIndex={0} aria-label={t("incidents.rows")} data-testid="incident-rows">
          <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
            {table.getRowModel().rows.map((row) => {
              const it = items[row.index]!;
              return (
                <div
                  role="row"
                  aria-rowindex={it.index + 2}
                  key={row.id}
                  className={`vt-row${row.original.incident ? "" : " pending"}`}
                  style={{ position: "absolute", top: 0, left: 0, right: 0, height: it.size, transform: `translateY(${it.start}px)` }}
                >
                  {row.getVisibleCells().map((cell) => (
                    <div role="cell" key={cell.id} className={`vt-cell col-${cell.column.id}`}>
                      {row.original.incident ? flexRender(cell.column.columnDef.cell, cell.getContext()) : null}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
          {first.data && total === 0 && <p className="empty muted">{t("incidents.none")}</p>}
        </div>
      </div>
    </section>
  );
}

function ariaSort(col: string, view: ViewState): "ascending" | "descending" | undefined {
  const map: Record<string, Sort> = { date: "startDate", type: "type", added: "createdAt" };
  return map[col] === view.sort ? (view.order === "asc" ? "ascending" : "descending") : undefined;
}

type T = ReturnType<typeof useTranslation>["t"];

function buildColumns(t: T, lang: string, view: ViewState, setSort: (s: Sort) => void, scrolling: boolean): ColumnDef<Row, unknown>[] {
  const h = createColumnHelper<Row>();
  const sortHeader = (label: string, sort: Sort) => () => (
    <button type="button" className="sort" onClick={() => setSort(sort)}>
      {label}{view.sort === sort ? (view.order === "asc" ? " ▲" : " ▼") : ""}
    </button>
  );
  return [
    h.display({ id: "date", header: sortHeader(t("incidents.col.date"), "startDate"), cell: ({ row }) => formatDate(row.original.incident!.startDate, row.original.incident!.startPrecision, lang) }),
    h.display({ id: "type", header: sortHeader(t("incidents.col.type"), "type"), cell: ({ row }) => t(`incidentType.${row.original.incident!.type}`) }),
    h.display({ id: "victim", header: t("incidents.col.victim"), cell: ({ row }) => <VictimCell incident={row.original.incident!} fetch={!scrolling} /> }),
    h.display({ id: "place", header: t("incidents.col.place"), cell: ({ row }) => <PlaceName id={row.original.incident!.placeId} text={row.original.incident!.placeText} enabled={!scrolling} /> }),
    h.display({ id: "verification", header: t("incidents.col.verification"), cell: ({ row }) => <span className={`badge v-${row.original.incident!.verification}`}>{t(`verification.${row.original.incident!.verification}`)}</span> }),
    h.display({ id: "status", header: t("incidents.col.status"), cell: ({ row }) => <VictimStatus incident={row.original.incident!} fetch={!scrolling} /> }),
    h.display({ id: "added", header: sortHeader(t("incidents.col.added"), "createdAt"), cell: ({ row }) => formatDate(row.original.incident!.createdAt.slice(0, 10), "day", lang) }),
  ];
}

/** Names load only once scrolling pauses, so flinging through the list does not queue thousands of requests. */
function VictimCell({ incident, fetch }: { incident: Incident; fetch: boolean }) {
  const { t } = useTranslation();
  const person = usePersonRecord(incident.victimPersonId, fetch);
  if (!incident.victimPersonId) {
    return <span>{incident.victimGroup ?? "—"}{incident.victimCount ? ` (${t("incidents.groupCount", { count: incident.victimCount })})` : ""}</span>;
  }
  return <Link to={`/people/${incident.victimPersonId}`}>{person.data ? primaryName(person.data) : "…"}</Link>;
}

function VictimStatus({ incident, fetch }: { incident: Incident; fetch: boolean }) {
  const person = usePersonRecord(incident.victimPersonId, fetch);
  return <StatusBadge status={person.data?.status} compact />;
}
