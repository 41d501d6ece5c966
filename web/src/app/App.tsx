import { lazy, Suspense, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, NavLink, Route, Routes, useLocation } from "react-router";
import { LanguageSwitcher } from "../components/LanguageSwitcher.js";
import { useLogout, useSession } from "../features/auth/session.js";
import { SignIn } from "../features/auth/SignIn.js";
import { OverviewPage } from "../features/overview/OverviewPage.js";

// Heavier screens load on first visit, keeping the initial bundle small for a slow connection.
const IncidentsPage = lazy(() => import("../features/incidents/IncidentsPage.js"));
const PersonPage = lazy(() => import("../features/person/PersonPage.js"));
const NewIncidentPage = lazy(() => import("../features/incident-form/NewIncidentPage.js"));
const SourcesPage = lazy(() => import("../features/sources/SourcesPage.js"));
const SourcePage = lazy(() => import("../features/sources/SourcePage.js"));
const ReviewPage = lazy(() => import("../features/review/ReviewPage.js"));
const DuplicatesPage = lazy(() => import("../features/review/DuplicatesPage.js"));

export function App() {
  const session = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (session.isPending) return <p className="loading" role="status">{t("common.loading")}</p>;
  const user = session.data?.user ?? null;
  if (!user) {
    return (
      <Routes>
        <Route path="/signin" element={<SignIn />} />
        <Route path="*" element={<Navigate to="/signin" replace state={{ from: location.pathname + location.search }} />} />
      </Routes>
    );
  }
  return (
    <Shell username={user.username}>
      <Suspense fallback={<p className="loading" role="status">{t("common.loading")}</p>}>
        <Routes>
          <Route path="/" element={<OverviewPage />} />
          <Route path="/incidents" element={<IncidentsPage />} />
          <Route path="/incidents/new" element={<NewIncidentPage />} />
          <Route path="/people/:id" element={<PersonPage />} />
          <Route path="/sources" element={<SourcesPage />} />
          <Route path="/sources/:id" element={<SourcePage />} />
          <Route path="/review" element={<ReviewPage />} />
          <Route path="/duplicates" element={<DuplicatesPage />} />
          <Route path="/signin" element={<Navigate to="/" replace />} />
          <Route path="*" element={<p>{t("common.notFound")}</p>} />
        </Routes>
      </Suspense>
    </Shell>
  );
}

function Shell({ username, children }: { username: string; children: ReactNode }) {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">{t("nav.skip")}</a>
      <header className="topbar">
        <span className="brand">{t("app.name")}</span>
        <nav aria-label={t("nav.main")}>
          <NavLink to="/" end>{t("nav.overview")}</NavLink>
          <NavLink to="/incidents" end>{t("nav.incidents")}</NavLink>
          <NavLink to="/incidents/new" className="nav-new">{t("nav.newIncident")}</NavLink>
          <NavLink to="/sources">{t("nav.sources")}</NavLink>
          <NavLink to="/review">{t("nav.review")}</NavLink>
          <NavLink to="/duplicates">{t("nav.duplicates")}</NavLink>
        </nav>
        <div className="topbar-end">
          <LanguageSwitcher />
          <span className="muted user" title={t("nav.signedInAs", { username })}>{username}</span>
          <button type="button" className="link" onClick={() => logout.mutate()}>{t("nav.signOut")}</button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>{children}</main>
    </div>
  );
}
