import { useEffect, useRef } from 'react';
import type { CommandId } from '../../shared/commands';

export type CommandHandlers = Partial<Record<CommandId, () => void>>;

/** Handlers of the mounted screens; the most recently mounted screen answers first. */
const layers: Array<{ current: CommandHandlers }> = [];

export function runCommand(id: CommandId): boolean {
  for (let i = layers.length - 1; i >= 0; i--) {
    const handler = layers[i]!.current[id];
    if (handler) {
      handler();
      return true;
    }
  }
  return false;
}

/** True when a mounted screen answers `id`: the command palette offers only these. */
export function hasCommand(id: CommandId): boolean {
  return layers.some((layer) => !!layer.current[id]);
}

/** Registers a screen's command handlers while it is mounted (always the latest closures). */
export function useCommands(handlers: CommandHandlers) {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    layers.push(ref);
    return () => {
      layers.splice(layers.indexOf(ref), 1);
    };
  }, []);
}
