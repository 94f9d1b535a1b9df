// A CPU profile of a server through its inspector (Profiler domain), summed by function: what a
// benchmark's load spends the server's time on.
import fs from 'node:fs';

import WebSocket from 'ws';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type Profile = { nodes: Node[]; samples: number[]; startTime: number; endTime: number };

function session(inspector: string) {
  const socket = new WebSocket(inspector);
  let id = 0;
  const pending = new Map<number, (result: unknown) => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  const opened = new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const send = async <T>(method: string, params: object = {}) => {
    await opened;
    id += 1;
    const answer = new Promise<T>((resolve) => pending.set(id, resolve as never));
    socket.send(JSON.stringify({ id, method, params }));
    return answer;
  };
  return { send, close: () => socket.close() };
}

/** Starts profiling; the returned function stops, writes the profile to `file` and returns the top functions by self time. */
export async function startCpuProfile(inspector: string, file: string): Promise<() => Promise<{ name: string; share: number }[]>> {
  const inspect = session(inspector);
  await inspect.send('Profiler.enable');
  await inspect.send('Profiler.setSamplingInterval', { interval: 1000 });
  await inspect.send('Profiler.start');
  return async () => {
    const { profile } = await inspect.send<{ profile: Profile }>('Profiler.stop');
    inspect.close();
    fs.writeFileSync(file, JSON.stringify(profile));
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    for (const sample of profile.samples) {
      const { functionName, url, lineNumber } = byId.get(sample)!.callFrame;
      const name = `${functionName || '(anonymous)'} ${url.replace(/^.*\/(node_modules|\.next)\//, '$1/')}:${lineNumber + 1}`;
      self.set(name, (self.get(name) ?? 0) + 1);
    }
    return [...self].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([name, n]) => ({ name, share: n / profile.samples.length }));
  };
}
