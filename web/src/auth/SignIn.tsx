import { useState, type FormEvent } from 'react';
import { Icon } from '../ui/Icon';
import { setToken } from './tokenStore';
import { useViewer } from './useViewer';

/** Token entry for commanders, or who is signed in with a sign-out button. */
export function SignIn() {
  const viewer = useViewer();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  if (viewer.token !== null) {
    return (
      <div className="signin signed-in">
        <span className="who">
          {viewer.loading
            ? 'Checking token…'
            : viewer.invalid || viewer.role === null
              ? 'Token not accepted'
              : `${viewer.name ?? 'Signed in'} · ${viewer.role.toLowerCase()}`}
        </span>
        <button type="button" className="btn ghost" onClick={() => setToken(null)}>
          Sign out
        </button>
      </div>
    );
  }
  if (!open) {
    return (
      <div className="signin">
        <button type="button" className="btn ghost" onClick={() => setOpen(true)}>
          Commander sign-in
        </button>
      </div>
    );
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setToken(value);
    setValue('');
    setOpen(false);
  };
  return (
    <form className="signin" onSubmit={onSubmit}>
      <label htmlFor="token-input" className="visually-hidden">
        API token
      </label>
      <input
        id="token-input"
        type="password"
        autoComplete="off"
        placeholder="API token"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        autoFocus
      />
      <button type="submit" className="btn" disabled={value.trim() === ''}>
        <Icon name="arrow" /> Sign in
      </button>
      <button type="button" className="btn ghost" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
