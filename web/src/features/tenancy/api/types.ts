// `@xinfang/api` does not export these shapes; they mirror the OpenAPI
// schemas `Township` and `TownshipList`, checked at run time by the decoders.
import { arr, num, obj, str, type Obj } from '../../../lib/decode';

/** A township (the tenant). No petitioner data lives here. */
export interface Township {
  id: string;
  name: string;
  districtId: string;
  /** Residents; 0 when the township has not recorded it (the schema's default). */
  population: number;
}

function township(o: Obj): Township {
  return {
    id: str(o, 'id'),
    name: str(o, 'name'),
    districtId: str(o, 'districtId'),
    population: o['population'] === undefined ? 0 : num(o, 'population'),
  };
}

export function decodeTownship(value: unknown): Township {
  return township(obj(value, 'township'));
}

export function decodeTownshipList(value: unknown): Township[] {
  const o = obj(value, 'townships');
  return arr(o['items'], 'townships.items').map((item) => township(obj(item, 'township')));
}
