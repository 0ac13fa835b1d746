/**
 * Reads the shape of a Kubernetes kind from the `kubernetes-models` package (a
 * devDependency pinned to one version), to compare the tables of
 * `src/facts/kubernetes-*-schema.ts` with an independent source.
 *
 * `kubernetes-models` is generated from the Kubernetes OpenAPI document: one
 * TypeScript declaration per definition (`kubernetes-models/apps/v1/Deployment.d.ts`
 * declares `interface IDeployment`), whose properties are the definition's
 * members (optional unless the schema lists them as required), typed as
 * `string`, `number`, `boolean`, a union of string literals (the Go `+enum`
 * values), `Array<…>`, `{ [key: string]: … }` (a map), another interface, or an
 * alias: `IntOrString` (`string | number`), `Quantity` (`number | string`),
 * `Time`/`MicroTime` (`string`). An interface without members (`RawExtension`,
 * `FieldsV1`) is a free-form object. Its compiled validators (`_schemas/*.js`)
 * say the same but cannot be read back; the declarations are read here with the
 * TypeScript compiler's type checker.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import ts from "typescript";

/** A shape reduced to what both sides say. */
export type KubeShape =
  | { readonly kind: "string" | "integer" | "boolean" | "int-or-string" | "quantity" | "free" }
  | { readonly kind: "enum"; readonly values: readonly string[] }
  | { readonly kind: "other"; readonly detail: string }
  | { readonly kind: "list"; readonly items: KubeShape }
  | { readonly kind: "map"; readonly values: KubeShape }
  | { readonly kind: "struct"; readonly name: string; readonly members: () => Readonly<Record<string, { readonly shape: KubeShape; readonly required: boolean }>> };

const require = createRequire(import.meta.url);
/** The folder of the installed `kubernetes-models`. */
export const MODELS_ROOT = dirname(require.resolve("kubernetes-models/package.json"));
export const MODELS_VERSION = (require("kubernetes-models/package.json") as { version: string }).version;

/** Where a kind is declared: `apps/v1` + `Deployment` → `…/apps/v1/Deployment.d.ts` (the core group is `v1`). */
function declarationFile(apiVersion: string, kind: string): string {
  return join(MODELS_ROOT, apiVersion, `${kind}.d.ts`);
}

/** Reads kinds (`[apiVersion, kind]`) with one program; answers each kind's shape. */
export function loadKinds(kinds: readonly (readonly [string, string])[]): Map<string, KubeShape> {
  const files = kinds.map(([apiVersion, kind]) => declarationFile(apiVersion, kind));
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: false,
    strictNullChecks: false,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const cache = new Map<ts.Type, KubeShape>();

  function shapeOf(type: ts.Type): KubeShape {
    const cached = cache.get(type);
    if (cached) return cached;
    const shape = classify(type);
    cache.set(type, shape);
    return shape;
  }

  function classify(type: ts.Type): KubeShape {
    const alias = type.aliasSymbol?.name;
    if (alias === "IIntOrString") return { kind: "int-or-string" };
    if (alias === "IQuantity") return { kind: "quantity" };
    if (type.flags & ts.TypeFlags.String) return { kind: "string" };
    if (type.flags & ts.TypeFlags.Number) return { kind: "integer" };
    if (type.flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return { kind: "boolean" };
    if (type.flags & ts.TypeFlags.StringLiteral) return { kind: "enum", values: [(type as ts.StringLiteralType).value] };
    if (type.isUnion()) {
      const parts = type.types;
      if (parts.every((part) => part.flags & ts.TypeFlags.StringLiteral)) return { kind: "enum", values: parts.map((part) => (part as ts.StringLiteralType).value).sort() };
      if (parts.every((part) => part.flags & ts.TypeFlags.BooleanLiteral)) return { kind: "boolean" };
      return { kind: "other", detail: checker.typeToString(type) };
    }
    if (checker.isArrayType(type)) return { kind: "list", items: shapeOf(checker.getTypeArguments(type as ts.TypeReference)[0]!) };
    if (type.flags & ts.TypeFlags.Object) {
      const index = checker.getIndexInfoOfType(type, ts.IndexKind.String);
      const properties = checker.getPropertiesOfType(type);
      if (index && properties.length === 0) return { kind: "map", values: shapeOf(index.type) };
      if (properties.length === 0) return { kind: "free" };
      const name = (type.symbol?.name ?? "?").replace(/^I/, "");
      let members: Record<string, { shape: KubeShape; required: boolean }> | undefined;
      return {
        kind: "struct",
        name,
        members: () => {
          members ??= Object.fromEntries(
            properties.map((property) => {
              const declaration = property.valueDeclaration ?? property.declarations?.[0];
              const propertyType = checker.getTypeOfSymbolAtLocation(property, declaration!);
              return [property.name, { shape: shapeOf(propertyType), required: (property.flags & ts.SymbolFlags.Optional) === 0 }];
            }),
          );
          return members;
        },
      };
    }
    return { kind: "other", detail: checker.typeToString(type) };
  }

  const shapes = new Map<string, KubeShape>();
  kinds.forEach(([apiVersion, kind], index) => {
    const source = program.getSourceFile(files[index]!);
    if (!source) throw new Error(`kubernetes-models ${MODELS_VERSION} has no declaration for ${apiVersion} ${kind}`);
    const symbol = checker.getSymbolAtLocation(source);
    const exported = symbol && checker.getExportsOfModule(symbol).find((item) => item.name === `I${kind}`);
    if (!exported) throw new Error(`${files[index]} does not export I${kind}`);
    shapes.set(`${apiVersion}|${kind}`, shapeOf(checker.getDeclaredTypeOfSymbol(exported)));
  });
  return shapes;
}
