/** Types of scripts/eksctl-schema.mjs, for tests/facts/eksctl-schema.test.ts. */
export interface JsonSchema {
  readonly definitions: Record<string, { readonly properties?: Record<string, unknown>; readonly required?: readonly string[]; readonly [key: string]: unknown }>;
  readonly [key: string]: unknown;
}
export declare const EKSCTL_VERSION: string;
export declare const EKSCTL_COMMIT: string;
export declare const SCHEMA_PATH: string;
export declare const CUSTOM_DECODING: Readonly<Record<string, string>>;
export declare const ENFORCED_ENUMS: Readonly<Record<string, string>>;
export declare const ENFORCED_REQUIRED: Readonly<Record<string, string>>;
export declare function extract(schema: JsonSchema): JsonSchema;
export declare function generate(schema: JsonSchema): string;
