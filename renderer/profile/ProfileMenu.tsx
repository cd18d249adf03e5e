import { UserRound } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session';
import { Modal } from '../ui/Modal';
import { ProfileForm } from './ProfileSetup';
import { changeProfile, useProfile } from './store';

const ADD = '__add__';

/** Who is working, and a way to hand the laptop over: switch to another profile or add one. */
export function ProfileMenu() {
  const { t } = useTranslation();
  const { db } = useSession();
  const profile = useProfile((s) => s.profile);
  const profiles = useProfile((s) => s.profiles);
  const [adding, setAdding] = useState(false);
  if (!profile) return null;
  return (
    <label className="profile-menu" title={t('profile.menu.label', { name: profile.name, role: t(`profile.role.${profile.role}`) })}>
      <UserRound size={16} aria-hidden="true" />
      <span className="visually-hidden">{t('profile.menu.switchTo')}</span>
      <select
        value={profile.id}
        onChange={(event) => {
          if (event.target.value === ADD) setAdding(true);
          else void changeProfile(db, event.target.value);
        }}
      >
        {profiles.map((p) => (
          <option key={p.id} value={p.id}>
            {`${p.name} · ${t(`profile.role.${p.role}`)}`}
          </option>
        ))}
        <option value={ADD}>{t('profile.menu.add')}</option>
      </select>
      {adding && (
        <Modal title={t('profile.menu.add')} onClose={() => setAdding(false)}>
          <ProfileForm onDone={() => setAdding(false)} onCancel={() => setAdding(false)} />
        </Modal>
      )}
    </label>
  );
}
