import {
  CalendarClock,
  Coins,
  Compass,
  Crosshair,
  Frame,
  Gauge,
  Handshake,
  ListChecks,
  Megaphone,
  MessagesSquare,
  Package,
  PieChart,
  Radio,
  StickyNote,
  Store,
  Tag,
  Users,
  Wallet,
  type LucideIcon,
} from 'lucide-react';
import type { ElementKind } from '../../shared/model/kinds';

/**
 * How each kind looks. Colour is never the only cue: every node also shows the kind's
 * icon and its translated name. Ps are warm, Cs cool, and a P shares its hue family
 * with its C so pairs read together.
 */
export const KIND_STYLE: Record<ElementKind, { icon: LucideIcon; accent: string }> = {
  product: { icon: Package, accent: '#b45309' },
  price: { icon: Tag, accent: '#b91c1c' },
  place: { icon: Store, accent: '#a16207' },
  promotion: { icon: Megaphone, accent: '#be185d' },
  customer: { icon: Users, accent: '#0369a1' },
  cost: { icon: Wallet, accent: '#0f766e' },
  convenience: { icon: Handshake, accent: '#4d7c0f' },
  communication: { icon: MessagesSquare, accent: '#6d28d9' },
  segment: { icon: PieChart, accent: '#475569' },
  target: { icon: Crosshair, accent: '#475569' },
  positioning: { icon: Compass, accent: '#475569' },
  objective: { icon: Gauge, accent: '#1d4ed8' },
  budget: { icon: Coins, accent: '#15803d' },
  tactic: { icon: ListChecks, accent: '#334155' },
  channel: { icon: Radio, accent: '#334155' },
  milestone: { icon: CalendarClock, accent: '#334155' },
  note: { icon: StickyNote, accent: '#854d0e' },
  frame: { icon: Frame, accent: '#64748b' },
};
