/**
 * The incidents list as a virtualised table over server-side pages: only the rows on screen exist in the DOM, and
 * only the pages under them are fetched. Scrolling re-renders this component alone; cells are memoised so a frame
 * costs little more than moving rows.
 */
import { useQueries, useQuery } from "@tanstack/react-query";
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable, type ColumnDef } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { createContext, memo, useContext, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, type SetURLSearchParams } from "react-router";
import { api, type Query } from "../../api/client.js";
import type { Incident } from "../../api/types.js";
import { PlaceName, primaryName, StatusBadge, usePersonRecord } from "../../components/people.js";
import { useDebounced } from "../../components/useDebounced.js";
import { useMediaQuery } from "../../components/useMediaQuery.js";
import { formatDate, formatShortDate } from "../../i18n/format.js";
import type { Sort, ViewState } from "./filters.js";

export const PAGE = 100;
/**
 * Below this width the columns' minimum widths (styles.css, .vt-row) no longer fit and the table would clip its last
 * columns with no way to scroll to them: rows switch to the stacked layout instead.
 */
const NARROW_BELOW_PX = 1000;

interface Row { index: number; incident: Incident | undefined }

/** Whether the list is moving: names and places load only once it rests, not for every row flown past. */
const Resting = createContext(true);

interface Props { view: ViewState; query: Query; queryKey: string; params: URLSearchParams; setParams: SetURLSearchParams }

export function IncidentTable({ view, query, queryKey, params, setParams }: Props) {
  const { t, i18n } = useTranslation();
  const narrow = useMediaQuery(`(max-width: ${NARROW_BELOW_PX}px)`);
  const rowHeight = narrow ? 76 : 40;
  const scrollRef = useRef<HTMLDivElement>(null);

  const first = useQuery({
    queryKey: ["incidents", queryKey, 0],
    queryFn: ({ signal }) => api.incidents({ ...query, limit: PAGE, offset: 0 }, signal),
  });
  // A capped total (see Page.totalCapped) is counted 10,000 rows (a search 1,000) past each page's offset: the deeper pages
  // fetched while scrolling report larger totals, and the table grows to them.
  const [deeper, setDeeper] = useState({ queryKey, total: 0 });
  const total = Math.max(first.data?.total ?? 0, deeper.queryKey === queryKey ? deeper.total : 0);
  const capped = first.data?.totalCapped === true;

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });
  useEffect(() => { virtualizer.measure(); }, [rowHeight, virtualizer]);
  useEffect(() => { scrollRef.current?.scrollTo({ top: 0 }); }, [queryKey]);

  const items = virtualizer.getVirtualItems();
  const firstPage = items.length ? Math.floor(items[0]!.index / PAGE) : 0;
  const lastPage = items.length ? Math.floor(items[items.length - 1]!.index / PAGE) : 0;
  // Dragging the scrollbar across 100,000 rows would ask for every page on the way: ask only where it settles.
  const settled = useDebounced(`${firstPage}:${lastPage}`, 120);
  const pageQueries = useMemo(() => {
    const [from, to] = settled.split(":").map(Number) as [number, number];
    const out = [];
    for (let p = Math.max(from, 1); p <= to; p++) {
      out.push({
        queryKey: ["incidents", queryKey, p],
        queryFn: ({ signal }: { signal: AbortSignal }) => api.incidents({ ...query, limit: PAGE, offset: p * PAGE }, signal),
        staleTime: 60_000,
      });
    }
    return out;
  }, [settled, queryKey, query]);
  const pages = useQueries({ queries: pageQueries });
  const pagesTotal = pages.reduce((max, p) => Math.max(max, p.data?.total ?? 0), 0);
  useEffect(() => {
    if (pagesTotal > total) setDeeper({ queryKey, total: pagesTotal });
  }, [pagesTotal, total, queryKey]);
  const pageData = new Map<number, Incident[]>();
  if (first.data) pageData.set(0, first.data.items);
  pageQueries.forEach((q, i) => { const d = pages[i]?.data; if (d) pageData.set(q.queryKey[2] as number, d.items); });
  const rows: Row[] = items.map((it) => ({ index: it.index, incident: pageData.get(Math.floor(it.index / PAGE))?.[it.index % PAGE] }));

  const columns = useMemo(() => {
    const setSort = (sort: Sort) => {
      const next = new URLSearchParams(params);
      next.set("sort", sort);
      next.set("order", view.sort === sort && view.order === "desc" ? "asc" : "desc");
      setParams(next, { replace: true });
    };
    return buildColumns(t, i18n.language, view, setSort);
  }, [t, i18n.language, view, params, setParams]);
  // Rows are a fresh window on every scroll frame; with auto-reset on, each new window would queue a state reset
  // and re-render forever. Paging and sorting happen on the server anyway.
  const table = useReactTable({
    data: rows, columns, getCoreRowModel: getCoreRowModel(), getRowId: (r) => String(r.index),
    manualPagination: true, manualSorting: true, manualFiltering: true, autoResetAll: false,
  });

  return (
    <div className={`vtable${narrow ? " narrow" : ""}`} role="table" aria-label={t("incidents.title")} aria-rowcount={capped ? -1 : total + 1}>
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
        <Resting.Provider value={!virtualizer.isScrolling}>
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
        </Resting.Provider>
        {first.data && total === 0 && <p className="empty muted">{t("incidents.none")}</p>}
      </div>
    </div>
  );
}

function ariaSort(col: string, view: ViewState): "ascending" | "descending" | undefined {
  const map: Record<string, Sort> = { date: "startDate", type: "type", added: "createdAt" };
  return map[col] === view.sort ? (view.order === "asc" ? "ascending" : "descending") : undefined;
}

type T = ReturnType<typeof useTranslation>["t"];

function buildColumns(t: T, lang: string, view: ViewState, setSort: (s: Sort) => void): ColumnDef<Row, unknown>[] {
  const h = createColumnHelper<Row>();
  const sortHeader = (label: string, sort: Sort) => () => (
    <button type="button" className="sort" onClick={() => setSort(sort)}>
      {label}{view.sort === sort ? (view.order === "asc" ? " ▲" : " ▼") : ""}
    </button>
  );
  return [
    h.display({ id: "date", header: sortHeader(t("incidents.col.date"), "startDate"), cell: ({ row }) => <DateCell date={row.original.incident!.startDate} precision={row.original.incident!.startPrecision} lang={lang} /> }),
    h.display({ id: "type", header: sortHeader(t("incidents.col.type"), "type"), cell: ({ row }) => t(`incidentType.${row.original.incident!.type}`) }),
    h.display({ id: "victim", header: t("incidents.col.victim"), cell: ({ row }) => <VictimCell incident={row.original.incident!} /> }),
    h.display({ id: "place", header: t("incidents.col.place"), cell: ({ row }) => <PlaceCell incident={row.original.incident!} /> }),
    h.display({ id: "verification", header: t("incidents.col.verification"), cell: ({ row }) => <span className={`badge v-${row.original.incident!.verification}`}>{t(`verification.${row.original.incident!.verification}`)}</span> }),
    h.display({ id: "status", header: t("incidents.col.status"), cell: ({ row }) => <VictimStatus incident={row.original.incident!} /> }),
    h.display({ id: "added", header: sortHeader(t("incidents.col.added"), "createdAt"), cell: ({ row }) => <DateCell date={row.original.incident!.createdAt.slice(0, 10)} precision="day" lang={lang} /> }),
  ];
}

/** Short enough for its column, spelled out on hover. */
function DateCell({ date, precision, lang }: { date: string | null; precision: string; lang: string }) {
  return <span title={formatDate(date, precision, lang)}>{formatShortDate(date, precision, lang)}</span>;
}

const VictimCell = memo(function VictimCell({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const person = usePersonRecord(incident.victimPersonId, useContext(Resting));
  if (!incident.victimPersonId) {
    return <span>{incident.victimGroup ?? "—"}{incident.victimCount ? ` (${t("incidents.groupCount", { count: incident.victimCount })})` : ""}</span>;
  }
  return <Link to={`/people/${incident.victimPersonId}`}>{person.data ? primaryName(person.data) : "…"}</Link>;
});

const PlaceCell = memo(function PlaceCell({ incident }: { incident: Incident }) {
  return <PlaceName id={incident.placeId} text={incident.placeText} enabled={useContext(Resting)} />;
});

const VictimStatus = memo(function VictimStatus({ incident }: { incident: Incident }) {
  const person = usePersonRecord(incident.victimPersonId, useContext(Resting));
  return <StatusBadge status={person.data?.status} compact />;
});
