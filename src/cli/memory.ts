import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * One full garbage collection, once the server has started. Start-up (the modules, the language
 * model, migrations, the demo seed) leaves tens of MB of garbage that V8 collects only when the
 * program next allocates enough, so an idle server would keep it; this hands it back to the system
 * before the first request. `gc` is exposed only inside a throw-away context, never globally.
 */
export function collectStartupGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  setFlagsFromString('--no-expose-gc');
  gc();
}
