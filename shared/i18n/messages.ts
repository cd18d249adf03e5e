/** A translation catalogue has the same shape as the English one, with any strings. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
