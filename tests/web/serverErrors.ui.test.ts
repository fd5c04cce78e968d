import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { toFormErrors } from '../../web/src/ui/serverErrors';

function graphQLErrors(...errors: { message: string; extensions: Record<string, unknown> }[]) {
  return new CombinedGraphQLErrors({ errors });
}

describe('toFormErrors', () => {
  it('should place a BAD_USER_INPUT error at the field it names when it has extensions.field', () => {
    const error = graphQLErrors({
      message: 'title: must not be empty',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.title' },
    });
    expect(toFormErrors(error)).toEqual({
      fields: { title: 'title: must not be empty' },
      form: null,
    });
  });

  it('should place a CONFLICT at the name field when the form maps CONFLICT to name', () => {
    const error = graphQLErrors({
      message: 'A component named "Checkout" already exists',
      extensions: { code: 'CONFLICT' },
    });
    expect(toFormErrors(error, { CONFLICT: 'name' })).toEqual({
      fields: { name: 'A component named "Checkout" already exists' },
      form: null,
    });
  });

  it('should keep a CONFLICT at the form level when the form maps no code', () => {
    const error = graphQLErrors({ message: 'Taken', extensions: { code: 'CONFLICT' } });
    expect(toFormErrors(error)).toEqual({ fields: {}, form: 'Taken' });
  });

  it('should explain FORBIDDEN in its own words when the role is not enough', () => {
    const error = graphQLErrors({ message: 'needs COMMANDER', extensions: { code: 'FORBIDDEN' } });
    expect(toFormErrors(error).form).toContain('not allowed');
  });

  it('should report a network problem when the error is not a GraphQL one', () => {
    expect(toFormErrors(new Error('fetch failed')).form).toContain('Could not reach the server');
  });
});
