import { describe, expect, it } from 'vitest';

import { layersShown } from './layers-shown';

const layers = [
  { id: 'green', visibleByDefault: true },
  { id: 'plan', visibleByDefault: false },
];
const scenarios = [{ id: 'plan-2035', name: 'Plan 2035', description: '', layerIds: ['plan'] }];

describe('layers shown', () => {
  it('follows each layer’s default without a scenario', () => {
    expect(layersShown(layers, scenarios, null)).toEqual({ green: true, plan: false });
  });

  it('shows exactly a scenario’s layers when one is chosen', () => {
    expect(layersShown(layers, scenarios, 'plan-2035')).toEqual({ green: false, plan: true });
  });
});
