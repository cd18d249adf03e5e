import './profile.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../shared/model/profile';
import { useSession } from '../app/session';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { Field } from '../ui/Field';
import { createProfile } from './store';
import { RestoreInvite } from '../backup/BackupButtons';

/** First run (or "Add a profile"): a name and a role, so every change can say who made it. */
export function ProfileForm({ onDone, onCancel }: { onDone?: () => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const { db, clock } = useSession();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('marketing');
  const [error, setError] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('profile.error.nameMissing'));
      return;
    }
    await createProfile(db, clock.deviceId, name, role);
    onDone?.();
  };

  return (
    <form className="profile-form" onSubmit={(event) => void submit(event)} noValidate>
      <Field label={t('profile.setup.name')}>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} autoFocus aria-invalid={!!error} aria-describedby="profile-name-error" />
      </Field>
      <p id="profile-name-error" className="field-error" role="alert">
        {error}
      </p>
      <fieldset className="profile-roles">
        <legend>{t('profile.setup.role')}</legend>
        {ROLES.map((option) => (
          <label key={option} className="profile-role">
            <input type="radio" name="role" value={option} checked={role === option} onChange={() => setRole(option)} />
            <span className="profile-role__name">{t(`profile.role.${option}`)}</span>
            <span className="profile-role__hint">{t(`profile.roleHint.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      <p className="profile-form__note">{t('profile.setup.notAccessControl')}</p>
      <div className="button-row">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('common.actions.cancel')}
          </button>
        )}
        <button type="submit" className="primary">
          {t('profile.setup.create')}
        </button>
      </div>
    </form>
  );
}

export function ProfileSetup() {
  const { t } = useTranslation();
  return (
    <main className="centered-screen profile-setup">
      <div className="profile-setup__language">
        <LanguageSwitch />
      </div>
      <h1>{t('profile.setup.title')}</h1>
      <p>{t('profile.setup.intro')}</p>
      <ProfileForm />
      <RestoreInvite />
    </main>
  );
}
