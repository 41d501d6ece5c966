/**
 * The whole-database JSON export: every record with its id, version and timestamps, so that export → import into an
 * empty database → export gives the same bytes. Users, sessions and the audit log are not part of it (an import
 * writes its own audit entries, attributed to the importing user).
 */
import { z } from "zod";
import {
  zCapture, zClaim, zEvent, zIncident, zIntervention, zOrganisation, zPerson, zPlace, zProceeding, zSource, zStatistic,
} from "./records.js";

export const EXPORT_FORMAT = "vigil-export";
export const EXPORT_VERSION = 1;

export const zCaptureWithContent = zCapture.extend({ contentBase64: z.string() });

export const zVigilExport = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  records: z.object({
    places: z.array(zPlace).default([]),
    organisations: z.array(zOrganisation).default([]),
    people: z.array(zPerson).default([]),
    events: z.array(zEvent).default([]),
    sources: z.array(zSource).default([]),
    captures: z.array(zCaptureWithContent).default([]),
    incidents: z.array(zIncident).default([]),
    proceedings: z.array(zProceeding).default([]),
    statistics: z.array(zStatistic).default([]),
    interventions: z.array(zIntervention).default([]),
    claims: z.array(zClaim).default([]),
  }),
});
export type VigilExport = z.infer<typeof zVigilExport>;
export type VigilExportInput = z.input<typeof zVigilExport>;
