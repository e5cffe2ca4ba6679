/**
 * Defining an own property. Pure: no jQuery, no I/O.
 */

/**
 * Sets `target[name]` as an own, enumerable, writable property, whatever the prototype holds:
 * also for `__proto__` (which an assignment would turn into a change of prototype) and over an
 * accessor the prototype defines. Returns the value.
 */
export function own<T>(target: object, name: string, value: T): T {
  Object.defineProperty(target, name, { value: value, enumerable: true, writable: true, configurable: true });
  return value;
}
