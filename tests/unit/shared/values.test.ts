// The plain lists beside the schemas (values.ts, apiNames.ts) name exactly what the schemas do, in order.
import { describe, expect, it } from 'vitest';
import { RECORD_TABLES, recordSchemas } from '../../../src/shared/model';
import { API_NAMES, apiArgs } from '../../../src/shared/api';

describe('the lists kept without zod', () => {
  it('name every record table, in the schemas’ order (backups and exchanges list them so)', () => {
    expect([...RECORD_TABLES]).toEqual(Object.keys(recordSchemas));
  });

  it('name every bridge call main checks', () => {
    expect([...API_NAMES]).toEqual(Object.keys(apiArgs));
  });
});
