/** Controls shared by every screen that shows the controlled vocabularies. */
import { useTranslation } from "react-i18next";
import { INCIDENT_TYPE_GROUPS } from "../../../src/contract/vocab.js";
import { labelOf } from "../i18n/labels.js";

/** The incident types as <option>s, grouped the way DOMAIN.md groups them (liberty, legal, violence…). */
export function IncidentTypeOptions() {
  const { t } = useTranslation();
  return (
    <>
      {Object.entries(INCIDENT_TYPE_GROUPS).map(([group, types]) => (
        <optgroup key={group} label={labelOf(t, "incidentGroup", group)}>
          {types.map((ty) => <option key={ty} value={ty}>{t(`incidentType.${ty}`)}</option>)}
        </optgroup>
      ))}
    </>
  );
}
