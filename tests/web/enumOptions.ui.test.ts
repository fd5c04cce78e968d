import { readdirSync, readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '../../web/src/__generated__/enums';
import { hasRole } from '../../web/src/auth/useViewer';
import { COMPONENT_STATUSES } from '../../web/src/components/ComponentStatusControl';
import { IMPACTS, STATUSES } from '../../web/src/history/useHistoryFilters';
import { ACTION_ITEM_STATUS_OPTIONS } from '../../web/src/incidents/ActionItems';
import {
  DECLARE_IMPACT_OPTIONS,
  DECLARE_STATUS_OPTIONS,
} from '../../web/src/incidents/DeclareIncident';
import { IMPACT_OPTIONS } from '../../web/src/incidents/ImpactControl';
import { UPDATE_STATUS_OPTIONS } from '../../web/src/incidents/PostUpdateForm';

/** Every enum of schema/, with its values as the SDL declares them (read here, not from codegen). */
function sdlEnums(): Map<string, string[]> {
  const dir = new URL('../../schema/', import.meta.url);
  const enums = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql'))) {
    for (const def of parse(readFileSync(new URL(file, dir), 'utf8')).definitions) {
      if (def.kind !== Kind.ENUM_TYPE_DEFINITION && def.kind !== Kind.ENUM_TYPE_EXTENSION) continue;
      const values = (def.values ?? []).map((v) => v.name.value);
      enums.set(def.name.value, [...(enums.get(def.name.value) ?? []), ...values]);
    }
  }
  return enums;
}

const sdl = sdlEnums();
const values = (name: string): string[] => {
  const found = sdl.get(name);
  if (!found) throw new Error(`no enum ${name} in schema/`);
  return found;
};

describe('enum values in the dashboard', () => {
  it('should generate one list per SDL enum, in the SDL order', () => {
    const lists = Object.fromEntries(
      Object.entries(generated).map(([name, list]) => [name.replace(/Values$/, ''), [...list]]),
    );
    expect(lists).toEqual(Object.fromEntries(sdl));
  });

  it.each([
    { form: 'impact control', options: IMPACT_OPTIONS },
    { form: 'declare form', options: DECLARE_IMPACT_OPTIONS },
    { form: 'history filters', options: IMPACTS },
  ])('should offer every impact, worst first, in the $form', ({ options }) => {
    expect([...options]).toEqual([...values('Impact')].reverse());
    expect(options[0]).toBe('CRITICAL');
  });

  it.each([
    { form: 'update form', options: UPDATE_STATUS_OPTIONS },
    { form: 'history filters', options: STATUSES },
  ])('should offer every incident status in the SDL order in the $form', ({ options }) => {
    expect([...options]).toEqual(values('IncidentStatus'));
  });

  it('should declare an incident in every status but RESOLVED', () => {
    expect([...DECLARE_STATUS_OPTIONS]).toEqual(
      values('IncidentStatus').filter((s) => s !== 'RESOLVED'),
    );
  });

  it('should offer every component status, best first, and every action item status', () => {
    expect([...COMPONENT_STATUSES]).toEqual(values('ComponentStatus'));
    expect(COMPONENT_STATUSES[0]).toBe('OPERATIONAL');
    expect([...ACTION_ITEM_STATUS_OPTIONS]).toEqual(values('ActionItemStatus'));
  });

  it('should rank roles as the SDL lists them, each including the ones before it', () => {
    const roles = generated.RoleValues;
    for (const [i, role] of roles.entries()) {
      for (const [j, needed] of roles.entries()) expect(hasRole(role, needed)).toBe(i >= j);
    }
    expect(hasRole('RESPONDER', 'COMMANDER')).toBe(false);
    expect(hasRole(null, 'VIEWER')).toBe(false);
  });
});
