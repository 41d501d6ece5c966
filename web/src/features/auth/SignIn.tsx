import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { ApiError } from "../../api/client.js";
import { LanguageSwitcher } from "../../components/LanguageSwitcher.js";
import { useLogin } from "./session.js";

export function SignIn() {
  const { t } = useTranslation();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const from = (location.state as { from?: string } | null)?.from ?? "/";

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate({ username, password }, { onSuccess: () => navigate(from, { replace: true }) });
  };
  const error = login.error instanceof ApiError && login.error.status === 401 ? t("auth.wrongCredentials") : login.error ? t("common.error") : null;

  return (
    <main className="signin">
      <div className="signin-lang"><LanguageSwitcher /></div>
      <form className="card signin-card" onSubmit={submit} aria-labelledby="signin-title">
        <h1 id="signin-title">{t("app.name")}</h1>
        <p className="muted">{t("auth.intro")}</p>
        <label className="field">
          <span>{t("auth.username")}</span>
          <input name="username" autoComplete="username" required autoFocus value={username} onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label className="field">
          <span>{t("auth.password")}</span>
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error && <p role="alert" className="error">{error}</p>}
        <button type="submit" className="primary" disabled={login.isPending}>{t("auth.signIn")}</button>
      </form>
    </main>
  );
}
