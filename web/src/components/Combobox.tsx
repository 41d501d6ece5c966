import { useId, useState, type KeyboardEvent, type ReactNode } from "react";

export interface ComboOption {
  id: string;
  label: string;
  detail?: string;
}

interface Props {
  label: string;
  value: string;
  onInputChange: (text: string) => void;
  options: readonly ComboOption[];
  onSelect: (option: ComboOption) => void;
  loading?: boolean;
  placeholder?: string;
  hint?: ReactNode;
  name?: string;
  required?: boolean;
  testId?: string;
  emptyText?: string;
  autoFocus?: boolean;
  maxLength?: number;
}

/** An ARIA 1.2 combobox: type to search, arrows to move, Enter to choose, Escape to close. */
export function Combobox({ label, value, onInputChange, options, onSelect, loading, placeholder, hint, name, required, testId, emptyText, autoFocus, maxLength }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const show = open && value.trim().length > 0 && (options.length > 0 || Boolean(emptyText) || Boolean(loading));

  const choose = (o: ComboOption) => {
    onSelect(o);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter" && show && options[active]) {
      e.preventDefault();
      choose(options[active]);
    } else if (e.key === "Escape") {
      setOpen(false);
    }
  };

  return (
    <div className="field combobox">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        role="combobox"
        aria-expanded={show}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={show && options[active] ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        value={value}
        placeholder={placeholder}
        required={required}
        maxLength={maxLength}
        data-testid={testId}
        autoFocus={autoFocus}
        onChange={(e) => { onInputChange(e.target.value); setOpen(true); setActive(0); }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {hint}
      <ul id={listId} role="listbox" className="combo-list" hidden={!show} aria-label={label}>
        {options.map((o, i) => (
          <li
            key={o.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? "active" : undefined}
            // mousedown, not click: a click would blur the input first and close the list.
            onMouseDown={(e) => { e.preventDefault(); choose(o); }}
          >
            <span>{o.label}</span>
            {o.detail && <span className="muted small"> {o.detail}</span>}
          </li>
        ))}
        {options.length === 0 && <li className="muted" aria-disabled="true">{loading ? "…" : emptyText}</li>}
      </ul>
    </div>
  );
}
