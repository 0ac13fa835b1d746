import { describe, expect, it } from "vitest";
import { parseImage, type ImageReference } from "../../src/facts/images.js";
import { findStatefulImage, isAtOrUnder, isNamespacedName, normalizePath, STATEFUL_IMAGES, type StatefulImage } from "../../src/facts/stateful-images.js";

/*
 * The lookups read prepared tables and skip work for plain paths; these tests hold them to
 * the plain definitions they replace: a scan of STATEFUL_IMAGES and two regular expressions.
 */

function scanNamespace(image: ImageReference): string | undefined {
  const segments = image.repository.split("/");
  return segments.length > 1 ? segments[segments.length - 2] : undefined;
}

function scanFind(image: ImageReference): StatefulImage | undefined {
  const name = image.name.toLowerCase();
  const repository = image.repository.toLowerCase();
  const namespace = scanNamespace(image)?.toLowerCase();
  const byNamespace = STATEFUL_IMAGES.find((entry) => entry.namespaces && namespace !== undefined && entry.namespaces.includes(namespace) && entry.names?.includes(name));
  if (byNamespace) return byNamespace;
  return STATEFUL_IMAGES.find(
    (entry) => !entry.namespaces && (entry.names?.includes(name) || entry.repositories?.some((suffix) => repository === suffix || repository.endsWith(`/${suffix}`))),
  );
}

function regexNormalize(path: string): string {
  const collapsed = path.replace(/\/+/g, "/");
  return collapsed.length > 1 ? collapsed.replace(/\/$/, "") : collapsed;
}

const IMAGES = [
  "postgres:16",
  "POSTGRES",
  "library/postgres",
  "docker.io/library/postgres:16",
  "bitnami/postgresql:16",
  "registry.example.com/bitnami/postgresql",
  "/postgresql",
  "acme/postgresql",
  "bitnamicharts/mongodb",
  "apache/kafka:3.7.0",
  "confluentinc/kafka",
  "kafka",
  "mcr.microsoft.com/mssql/server:2022-latest",
  "mcr.microsoft.com/mssql/rhel/server",
  "example.com/xmssql/server",
  "mssql/server",
  "MSSQL/Server",
  "azure-sql-edge",
  "nginx:1.27",
  "123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/mongo:7",
  "clickhouse/clickhouse-server",
  "minio/minio",
];

describe("findStatefulImage", () => {
  it.each(IMAGES)("finds what a scan of the table finds for %s", (text) => {
    const image = parseImage(text);
    expect(findStatefulImage(image)?.title).toBe(scanFind(image)?.title);
  });

  it("recognizes names some publisher's image keeps elsewhere", () => {
    for (const entry of STATEFUL_IMAGES) {
      for (const name of entry.names ?? []) {
        expect(isNamespacedName(name.toUpperCase())).toBe(STATEFUL_IMAGES.some((other) => other.namespaces && other.names?.includes(name)));
      }
    }
    expect(isNamespacedName("nginx")).toBe(false);
  });
});

describe("normalizePath and isAtOrUnder", () => {
  const PATHS = ["/", "//", "/data", "/data/", "/data//", "//data", "/data//db/", "/data2", "/data/db", "/var/lib/postgresql/data", "relative/", "", "/a/b//c///"];

  it.each(PATHS)("normalizes %j as the regular expressions do", (path) => {
    expect(normalizePath(path)).toBe(regexNormalize(path));
  });

  it("compares whole segments", () => {
    for (const path of PATHS) {
      for (const directory of PATHS) {
        const a = regexNormalize(path);
        const b = regexNormalize(directory);
        expect(isAtOrUnder(path, directory)).toBe(a === b || b === "/" || a.startsWith(`${b}/`));
      }
    }
  });
});
