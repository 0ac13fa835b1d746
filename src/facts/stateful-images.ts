/**
 * Stateful images: databases, queues and search engines whose data must
 * survive the task, with the directory each keeps its data in, and how a
 * container's command line or environment moves it.
 *
 * An image is matched by the last path segment of its repository, without
 * registry or tag (`registry.k8s.io/x/postgres:16` → `postgres`), except where
 * that segment says nothing (`mcr.microsoft.com/mssql/server` is matched as
 * `mssql/server`) or where one publisher's image keeps its data elsewhere
 * (Bitnami's images keep it under `/bitnami/<name>`).
 *
 * A container only counts when it runs the image's server: the image's default
 * command, the server binary (`postgres`, `mysqld`, `mongod`, …), or flags the
 * image's entrypoint passes to the server. Any other command (`psql`,
 * `mongodump`, `sh -c …`) is a client or a one-off job: not judged.
 *
 * Sources are on each entry (the image's Docker Hub page or its publisher's
 * documentation).
 */
import type { ImageReference } from "./images.js";

/** Where an image keeps its data: one directory, or alternatives when the image chooses at run time. */
export interface DataLocation {
  /** Alternatives: the data is in one of these (usually one path). */
  readonly paths: readonly string[];
  /** How messages name it: the path in double quotes (`"/data"`), alternatives joined by "or". */
  readonly label: string;
}

/** What the linter knows of how a container runs its image. */
export interface ImageRun {
  readonly image: ImageReference;
  /** The tag, `undefined` when absent, `null` when a placeholder makes it unknown. */
  readonly tag: string | undefined | null;
  /** `entryPoint`, when set (every item literal). */
  readonly entryPoint: readonly string[] | undefined;
  /** `command`, when set (every item literal). */
  readonly command: readonly string[] | undefined;
  /** Environment variables by name: the literal value, or `null` when it cannot be read. */
  readonly environment: ReadonlyMap<string, string | null>;
  /** False when variables may be set that `environment` does not show (environment files, unreadable items). */
  readonly environmentComplete: boolean;
  /** Literal `containerPath`s of the container's mount points (config mounts can move a data directory). */
  readonly mountPaths: readonly string[];
}

export interface StatefulImage {
  /** What the image is, for documentation. */
  readonly title: string;
  /** The image's documentation, where its data directory is given. */
  readonly source: string;
  /** Last path segments that name it. */
  readonly names?: readonly string[];
  /** Repository suffixes that name it, where the last segment is too generic (`mssql/server`). */
  readonly repositories?: readonly string[];
  /** Only images under these namespaces (the segment before the name). */
  readonly namespaces?: readonly string[];
  /** The data locations for this run, or undefined when they cannot be known or it does not run the server. */
  dataLocations(run: ImageRun): readonly DataLocation[] | undefined;
}

/* ---------------- helpers ---------------- */

/** How a container reaches an image's server. */
interface Launch {
  /** Base names of the image's entrypoint scripts, which pass the command on. */
  readonly entrypoints: readonly string[];
  /** The server binaries (base names, or full paths where the base name is generic). */
  readonly servers: readonly string[];
  /** The entrypoint runs the server when the command starts with a flag (`-c max_connections=200`). */
  readonly flagsToServer: boolean;
  /** The image's default command runs the server. */
  readonly defaultIsServer: boolean;
}

const INIT_WRAPPERS = new Set(["tini", "dumb-init", "--", "-g", "-s"]);

function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

function isServer(arg: string, launch: Launch): boolean {
  return launch.servers.some((server) => (server.includes("/") ? arg === server : basename(arg) === server));
}

/**
 * The arguments the server gets, or undefined when the container does not run
 * the server (another command) or it cannot be told. Docker drops the image's
 * command when `entryPoint` is set, so an entrypoint script with no command
 * runs nothing known.
 */
export function serverArguments(run: ImageRun, launch: Launch): readonly string[] | undefined {
  let entryPoint = run.entryPoint ?? [];
  while (entryPoint.length > 0 && INIT_WRAPPERS.has(basename(entryPoint[0]!))) entryPoint = entryPoint.slice(1);
  let command = run.command;
  if (entryPoint.length > 0) {
    const first = entryPoint[0]!;
    if (isServer(first, launch)) return [...entryPoint.slice(1), ...(command ?? [])];
    if (!launch.entrypoints.includes(basename(first))) return undefined;
    command = [...entryPoint.slice(1), ...(command ?? [])];
    if (command.length === 0) return undefined;
  }
  if (command === undefined || command.length === 0) return launch.defaultIsServer ? [] : undefined;
  const first = command[0]!;
  if (first.startsWith("-")) return launch.flagsToServer ? command : undefined;
  if (isServer(first, launch)) return command.slice(1);
  return undefined;
}

/** The last value of a flag (`--datadir=/x`, `--datadir /x`), `null` when it has none. */
export function flagValue(args: readonly string[], names: readonly string[]): string | undefined | null {
  let found: string | undefined | null;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    for (const name of names) {
      if (arg === name) found = args[index + 1] ?? null;
      else if (arg.startsWith(`${name}=`)) found = arg.slice(name.length + 1);
    }
  }
  return found;
}

/** True when an argument starts with one of these flags. */
function hasFlag(args: readonly string[], names: readonly string[]): boolean {
  return args.some((arg) => names.some((name) => arg === name || arg.startsWith(`${name}=`)));
}

/** A mount at or under one of the directories (a configuration that may move the data). */
function mountsConfig(run: ImageRun, directories: readonly string[]): boolean {
  return run.mountPaths.some((path) => directories.some((directory) => isAtOrUnder(path, directory)));
}

/** True when `path` is `directory` or inside it. */
export function isAtOrUnder(path: string, directory: string): boolean {
  const a = normalizePath(path);
  const b = normalizePath(directory);
  return a === b || b === "/" || (a.length > b.length && a.startsWith(b) && a[b.length] === "/");
}

/** Removes trailing slashes and doubled slashes. */
export function normalizePath(path: string): string {
  // Most paths are already normal (no `//`, no trailing `/`): no need to rewrite them.
  if (!path.includes("//") && (path.length <= 1 || !path.endsWith("/"))) return path;
  const collapsed = path.replace(/\/+/g, "/");
  return collapsed.length > 1 ? collapsed.replace(/\/$/, "") : collapsed;
}

const one = (path: string): DataLocation => ({ paths: [path], label: JSON.stringify(path) });

/** An absolute path, or undefined (relative paths depend on a working directory the linter does not know). */
function absolute(path: string | undefined | null): string | undefined {
  return path !== undefined && path !== null && path.startsWith("/") ? path : undefined;
}

/** The major version from a tag (`16`, `16.4-alpine` → 16), undefined for `latest`, `alpine`, none. */
export function majorVersion(tag: string | undefined | null): number | undefined {
  if (tag === undefined || tag === null) return undefined;
  const match = /^v?(\d+)(?:[.-]|$)/.exec(tag);
  return match ? Number(match[1]) : undefined;
}

/** An environment variable: its literal value; `null` when it may be set but cannot be read; undefined when not set. */
function envValue(run: ImageRun, name: string): string | undefined | null {
  if (run.environment.has(name)) return run.environment.get(name) ?? null;
  return run.environmentComplete ? undefined : null;
}

/**
 * An environment variable that moves a data directory: the literal value;
 * `null` when it may be set but cannot be read or is not an absolute path;
 * undefined when not set.
 */
function envPath(run: ImageRun, name: string): string | undefined | null {
  const value = envValue(run, name);
  if (value === undefined) return undefined;
  return absolute(value) ?? null;
}

/** True when a variable matching the test is set, or may be (an incomplete environment). */
function mayHaveEnv(run: ImageRun, test: (name: string) => boolean): boolean {
  return !run.environmentComplete || [...run.environment.keys()].some(test);
}

/* ---------------- the table ---------------- */

const DOCKER_ENTRYPOINT = ["docker-entrypoint.sh"];

/** Bitnami's images: data under `/bitnami/<name>`; run with their own scripts. */
const BITNAMI_NAMESPACES = ["bitnami", "bitnamilegacy", "bitnamisecure"];
const BITNAMI_NAMES = [
  "postgresql",
  "mysql",
  "mariadb",
  "mongodb",
  "elasticsearch",
  "opensearch",
  "rabbitmq",
  "cassandra",
  "zookeeper",
  "kafka",
  "etcd",
  "consul",
  "minio",
  "influxdb",
  "couchdb",
  "clickhouse",
  "neo4j",
];

export const STATEFUL_IMAGES: readonly StatefulImage[] = [
  {
    title: "Bitnami images (PostgreSQL, MySQL, MongoDB, Kafka, …)",
    source: "https://github.com/bitnami/containers (each image's README, \"Persisting your database\": mount a volume at /bitnami/<name>)",
    names: BITNAMI_NAMES,
    namespaces: BITNAMI_NAMESPACES,
    dataLocations(run) {
      // Their scripts take the data directory from `<APP>_DATA_DIR`-style variables; any such variable, or a custom command, is not judged.
      if (run.entryPoint !== undefined || run.command !== undefined) return undefined;
      if (mayHaveEnv(run, (name) => /(?:_DIR|_DIRS|_DATADIR|_PATH)$/.test(name))) return undefined;
      return [one(`/bitnami/${run.image.name}`)];
    },
  },
  {
    title: "PostgreSQL (official image)",
    source:
      "https://hub.docker.com/_/postgres (\"PGDATA\": /var/lib/postgresql/data up to 17; from 18 PGDATA is /var/lib/postgresql/<major>/docker and the VOLUME is /var/lib/postgresql)",
    names: ["postgres", "postgresql"],
    dataLocations(run) {
      const args = serverArguments(run, { entrypoints: DOCKER_ENTRYPOINT, servers: ["postgres"], flagsToServer: true, defaultIsServer: true });
      if (args === undefined || args.some((arg) => arg.includes("config_file=") || arg.includes("data_directory="))) return undefined;
      const flag = flagValue(args, ["-D"]);
      if (flag !== undefined) return absolute(flag) ? [one(flag!)] : undefined;
      const pgdata = envPath(run, "PGDATA");
      if (pgdata !== undefined) return pgdata === null ? undefined : [one(pgdata)];
      const major = majorVersion(run.tag);
      if (run.tag === null) return undefined;
      if (major === undefined) return [one("/var/lib/postgresql")];
      return [one(major <= 17 ? "/var/lib/postgresql/data" : `/var/lib/postgresql/${major}/docker`)];
    },
  },
  {
    title: "MySQL (official image)",
    source: "https://hub.docker.com/_/mysql (\"Where to Store Data\": /var/lib/mysql)",
    names: ["mysql"],
    dataLocations(run) {
      return mysqlLike(run, ["mysqld"]);
    },
  },
  {
    title: "MariaDB (official image)",
    source: "https://hub.docker.com/_/mariadb (\"Where to Store Data\": /var/lib/mysql)",
    names: ["mariadb"],
    dataLocations(run) {
      return mysqlLike(run, ["mariadbd", "mysqld"]);
    },
  },
  {
    title: "MongoDB (official and MongoDB Inc. images)",
    source: "https://hub.docker.com/_/mongo (\"Where to Store Data\": /data/db; config servers /data/configdb)",
    names: ["mongo", "mongodb", "mongodb-community-server", "mongodb-enterprise-server"],
    dataLocations(run) {
      const args = serverArguments(run, { entrypoints: DOCKER_ENTRYPOINT, servers: ["mongod"], flagsToServer: true, defaultIsServer: true });
      if (args === undefined || hasFlag(args, ["--config", "-f"])) return undefined;
      const flag = flagValue(args, ["--dbpath"]);
      if (flag !== undefined) return absolute(flag) ? [one(flag!)] : undefined;
      return [one(args.includes("--configsvr") ? "/data/configdb" : "/data/db")];
    },
  },
  {
    title: "Elasticsearch",
    source:
      "https://www.elastic.co/docs/deploy-manage/deploy/self-managed/install-elasticsearch-docker-prod (data in /usr/share/elasticsearch/data; settings as environment variables or -E)",
    names: ["elasticsearch"],
    dataLocations(run) {
      return searchEngine(run, "/usr/share/elasticsearch", ["eswrapper", "elasticsearch"], ["docker-entrypoint.sh"]);
    },
  },
  {
    title: "OpenSearch",
    source: "https://docs.opensearch.org/latest/install-and-configure/install-opensearch/docker/ (data in /usr/share/opensearch/data)",
    names: ["opensearch"],
    dataLocations(run) {
      return searchEngine(run, "/usr/share/opensearch", ["opensearch"], ["opensearch-docker-entrypoint.sh"]);
    },
  },
  {
    title: "RabbitMQ (official image)",
    source: "https://hub.docker.com/_/rabbitmq (data in /var/lib/rabbitmq, the node's database under mnesia/)",
    names: ["rabbitmq"],
    dataLocations(run) {
      const args = serverArguments(run, { entrypoints: DOCKER_ENTRYPOINT, servers: ["rabbitmq-server"], flagsToServer: false, defaultIsServer: true });
      if (args === undefined || mountsConfig(run, ["/etc/rabbitmq"])) return undefined;
      if (mayHaveEnv(run, (name) => ["RABBITMQ_MNESIA_BASE", "RABBITMQ_MNESIA_DIR", "RABBITMQ_BASE"].includes(name))) return undefined;
      return [one("/var/lib/rabbitmq")];
    },
  },
  {
    title: "Apache Cassandra (official image)",
    source: "https://hub.docker.com/_/cassandra (\"Where to Store Data\": /var/lib/cassandra)",
    names: ["cassandra"],
    dataLocations(run) {
      const args = serverArguments(run, { entrypoints: DOCKER_ENTRYPOINT, servers: ["cassandra"], flagsToServer: true, defaultIsServer: true });
      if (args === undefined || mountsConfig(run, ["/etc/cassandra"])) return undefined;
      return [one("/var/lib/cassandra")];
    },
  },
  {
    title: "Apache ZooKeeper (official image)",
    source: "https://hub.docker.com/_/zookeeper (\"Where to store data\": snapshots in /data, transaction log in /datalog; ZOO_DATA_DIR, ZOO_DATA_LOG_DIR)",
    names: ["zookeeper"],
    dataLocations(run) {
      const args = serverArguments(run, { entrypoints: DOCKER_ENTRYPOINT, servers: ["zkServer.sh"], flagsToServer: false, defaultIsServer: true });
      if (args === undefined || mountsConfig(run, ["/conf"])) return undefined;
      const data = envPath(run, "ZOO_DATA_DIR");
      const log = envPath(run, "ZOO_DATA_LOG_DIR");
      if (data === null || log === null) return undefined;
      return [one(data ?? "/data"), one(log ?? "/datalog")];
    },
  },
  {
    title: "Apache Kafka (apache/kafka, apache/kafka-native)",
    source:
      "https://github.com/apache/kafka/blob/trunk/docker/examples/README.md (default configs from the Kafka distribution: log.dirs=/tmp/kraft-combined-logs; configs from KAFKA_* variables replace them, log.dirs then defaults to /tmp/kafka-logs; KAFKA_LOG_DIRS sets it; property files mounted at /mnt/shared/config)",
    names: ["kafka", "kafka-native"],
    namespaces: ["apache"],
    dataLocations(run) {
      if (run.entryPoint !== undefined || run.command !== undefined || mountsConfig(run, ["/mnt/shared/config"])) return undefined;
      const value = envValue(run, "KAFKA_LOG_DIRS");
      if (value !== undefined) {
        const paths = value?.split(",").map((path) => path.trim());
        if (!paths || paths.some((path) => !path.startsWith("/"))) return undefined;
        return paths.map(one);
      }
      return [{ paths: ["/tmp/kraft-combined-logs", "/tmp/kafka-logs"], label: '"/tmp/kraft-combined-logs" or "/tmp/kafka-logs"' }];
    },
  },
  {
    title: "etcd",
    source: "https://etcd.io/docs/latest/op-guide/configuration/ (--data-dir / ETCD_DATA_DIR; the default, ${name}.etcd, is relative to the working directory)",
    names: ["etcd"],
    dataLocations(run) {
      const args = serverArguments(run, { entrypoints: [], servers: ["etcd"], flagsToServer: false, defaultIsServer: true });
      if (args === undefined || hasFlag(args, ["--config-file", "-config-file"])) return undefined;
      const flag = flagValue(args, ["--data-dir", "-data-dir"]);
      if (flag !== undefined) return absolute(flag) ? [one(flag!)] : undefined;
      const env = envPath(run, "ETCD_DATA_DIR");
      return env ? [one(env)] : undefined;
    },
  },
  {
    title: "HashiCorp Consul (server agents)",
    source:
      "https://hub.docker.com/r/hashicorp/consul (\"/consul/data\" holds the agent's state, which servers must keep; the entrypoint adds -data-dir=$CONSUL_DATA_DIR, default /consul/data, to `agent`)",
    names: ["consul"],
    dataLocations(run) {
      const entryPoint = run.entryPoint ?? [];
      if (entryPoint.length > 0 && !(entryPoint.length === 1 && basename(entryPoint[0]!) === "docker-entrypoint.sh")) return undefined;
      const command = run.command ?? [];
      if (command[0] !== "agent") return undefined;
      const args = command.slice(1);
      const server = args.some((arg) => /^--?server(?:=true)?$/.test(arg));
      if (!server || args.some((arg) => /^--?dev(?:=true)?$/.test(arg)) || mountsConfig(run, ["/consul/config"])) return undefined;
      const flag = flagValue(args, ["-data-dir", "--data-dir"]);
      if (flag !== undefined) return absolute(flag) ? [one(flag!)] : undefined;
      const env = envPath(run, "CONSUL_DATA_DIR");
      if (env === null) return undefined;
      return [one(env ?? "/consul/data")];
    },
  },
  {
    title: "MinIO",
    source: "https://min.io/docs/minio/container/index.html (`minio server /data`; MINIO_VOLUMES)",
    names: ["minio"],
    dataLocations(run) {
      if (run.entryPoint !== undefined) return undefined;
      let args = run.command ?? [];
      if (args[0] === "minio") args = args.slice(1);
      if (args[0] !== "server") return undefined;
      const paths: string[] = [];
      for (let index = 1; index < args.length; index += 1) {
        const arg = args[index]!;
        const previous = args[index - 1]!;
        if (arg.startsWith("-")) continue;
        if (previous.startsWith("-") && !previous.includes("=")) continue; // a flag's value (`--certs-dir /certs`)
        if (!arg.startsWith("/") || arg.includes("...")) return undefined; // URLs and expansions: distributed setups
        paths.push(arg);
      }
      if (paths.length === 0) {
        const volumes = envValue(run, "MINIO_VOLUMES");
        if (!volumes || volumes.split(/\s+/).some((path) => !path.startsWith("/") || path.includes("..."))) return undefined;
        paths.push(...volumes.split(/\s+/));
      }
      return paths.map(one);
    },
  },
  {
    title: "InfluxDB 1.x and 2.x (official image)",
    source:
      "https://hub.docker.com/_/influxdb (2.x: /var/lib/influxdb2; 1.x: /var/lib/influxdb; `latest` moved to InfluxDB 3 Core on 2026-04-07, https://docs.influxdata.com/influxdb/v2/install/)",
    names: ["influxdb"],
    dataLocations(run) {
      const args = serverArguments(run, { entrypoints: ["entrypoint.sh"], servers: ["influxd"], flagsToServer: true, defaultIsServer: true });
      if (args === undefined) return undefined;
      const major = majorVersion(run.tag);
      if (major === 2) {
        if (hasFlag(args, ["--bolt-path", "--engine-path"]) || mayHaveEnv(run, (name) => ["INFLUXD_BOLT_PATH", "INFLUXD_ENGINE_PATH", "INFLUXD_CONFIG_PATH"].includes(name))) return undefined;
        if (mountsConfig(run, ["/etc/influxdb2"])) return undefined;
        return [one("/var/lib/influxdb2")];
      }
      if (major === 1) {
        if (hasFlag(args, ["-config"]) || mayHaveEnv(run, (name) => /^INFLUXDB_.*_DIR$/.test(name)) || mountsConfig(run, ["/etc/influxdb"])) return undefined;
        return [one("/var/lib/influxdb")];
      }
      return undefined; // `latest` and 3.x: InfluxDB 3 may keep its data in object storage.
    },
  },
  {
    title: "Neo4j (official image)",
    source: "https://neo4j.com/docs/operations-manual/current/docker/mounting-volumes/ (/data; server.directories.data as NEO4J_server_directories_data)",
    names: ["neo4j"],
    dataLocations(run) {
      const args = serverArguments(run, { entrypoints: ["docker-entrypoint.sh"], servers: ["neo4j"], flagsToServer: false, defaultIsServer: true });
      if (args === undefined || mountsConfig(run, ["/conf", "/var/lib/neo4j/conf"])) return undefined;
      for (const name of ["NEO4J_server_directories_data", "NEO4J_dbms_directories_data"]) {
        const env = envPath(run, name);
        if (env !== undefined) return env === null ? undefined : [one(env)];
      }
      return [one("/data")];
    },
  },
  {
    title: "Apache CouchDB (official image)",
    source: "https://hub.docker.com/_/couchdb (\"Where to Store Data\": /opt/couchdb/data)",
    names: ["couchdb"],
    dataLocations(run) {
      const args = serverArguments(run, { entrypoints: ["docker-entrypoint.sh"], servers: ["couchdb"], flagsToServer: false, defaultIsServer: true });
      if (args === undefined || mountsConfig(run, ["/opt/couchdb/etc"])) return undefined;
      return [one("/opt/couchdb/data")];
    },
  },
  {
    title: "ClickHouse server",
    source: "https://hub.docker.com/r/clickhouse/clickhouse-server (\"Volumes\": /var/lib/clickhouse/)",
    names: ["clickhouse-server", "clickhouse"],
    dataLocations(run) {
      const args = serverArguments(run, { entrypoints: ["entrypoint.sh"], servers: ["clickhouse-server"], flagsToServer: true, defaultIsServer: true });
      if (args === undefined || mountsConfig(run, ["/etc/clickhouse-server"]) || hasFlag(args, ["--config-file", "-C"])) return undefined;
      return [one("/var/lib/clickhouse")];
    },
  },
  {
    title: "Microsoft SQL Server",
    source: "https://learn.microsoft.com/en-us/sql/linux/sql-server-linux-docker-container-configure (\"Persist your data\": /var/opt/mssql)",
    names: ["azure-sql-edge"],
    repositories: ["mssql/server", "mssql/rhel/server"],
    dataLocations(run) {
      const args = serverArguments(run, { entrypoints: ["permissions_check.sh"], servers: ["sqlservr"], flagsToServer: false, defaultIsServer: true });
      if (args === undefined) return undefined;
      return [one("/var/opt/mssql")];
    },
  },
];

function mysqlLike(run: ImageRun, servers: readonly string[]): readonly DataLocation[] | undefined {
  const args = serverArguments(run, { entrypoints: DOCKER_ENTRYPOINT, servers, flagsToServer: true, defaultIsServer: true });
  if (args === undefined || hasFlag(args, ["--defaults-file", "--defaults-extra-file"]) || mountsConfig(run, ["/etc/mysql"])) return undefined;
  const flag = flagValue(args, ["--datadir"]);
  if (flag !== undefined) return absolute(flag) ? [one(flag!)] : undefined;
  return [one("/var/lib/mysql")];
}

/** Elasticsearch and OpenSearch: `path.data` from `-E`, from the environment, or the default. */
function searchEngine(run: ImageRun, home: string, servers: readonly string[], entrypoints: readonly string[]): readonly DataLocation[] | undefined {
  const args = serverArguments(run, { entrypoints, servers, flagsToServer: false, defaultIsServer: true });
  if (args === undefined || mountsConfig(run, [`${home}/config`])) return undefined;
  let setting: string | undefined | null;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg.startsWith("-Epath.data=")) setting = arg.slice("-Epath.data=".length);
    else if (arg === "-E" && args[index + 1]?.startsWith("path.data=")) setting = args[index + 1]!.slice("path.data=".length);
  }
  for (const name of ["path.data", "ES_SETTING_PATH_DATA"]) if (setting === undefined) setting = envValue(run, name);
  if (setting !== undefined) return setting && setting.startsWith("/") && !/[,[]/.test(setting) ? [one(setting)] : undefined;
  return [one(`${home}/data`)];
}

/** The namespace of an image: the repository segment before its name (`library` in `docker/library/postgres`). */
function namespaceOf(image: ImageReference): string | undefined {
  const last = image.repository.lastIndexOf("/");
  if (last === -1) return undefined;
  return image.repository.slice(image.repository.lastIndexOf("/", last - 1) + 1, last);
}

/*
 * Lookups made once from STATEFUL_IMAGES, since every container's image is looked up:
 * each name's entries in table order, and the entries matched by repository suffix.
 * Where several entries match, the one listed first wins, as a scan of the table would find.
 */
const NAMESPACED_BY_NAME = new Map<string, StatefulImage[]>();
const PLAIN_BY_NAME = new Map<string, StatefulImage>();
const BY_REPOSITORY: StatefulImage[] = [];
for (const entry of STATEFUL_IMAGES) {
  for (const name of entry.names ?? []) {
    if (entry.namespaces) NAMESPACED_BY_NAME.set(name, [...(NAMESPACED_BY_NAME.get(name) ?? []), entry]);
    else if (!PLAIN_BY_NAME.has(name)) PLAIN_BY_NAME.set(name, entry);
  }
  if (!entry.namespaces && entry.repositories) BY_REPOSITORY.push(entry);
}

/** True when `repository` is `suffix` or ends in `/` and `suffix`. */
function endsWithSegments(repository: string, suffix: string): boolean {
  return repository.endsWith(suffix) && (repository.length === suffix.length || repository[repository.length - suffix.length - 1] === "/");
}

/** True when some publisher's image of this name keeps its data elsewhere (`postgresql` from Bitnami). */
export function isNamespacedName(name: string): boolean {
  return NAMESPACED_BY_NAME.has(name.toLowerCase());
}

/** The stateful image an image reference runs, or undefined. Entries limited to namespaces win over plain names. */
export function findStatefulImage(image: ImageReference): StatefulImage | undefined {
  const name = image.name.toLowerCase();
  const namespaced = NAMESPACED_BY_NAME.get(name);
  if (namespaced) {
    const namespace = namespaceOf(image)?.toLowerCase();
    const byNamespace = namespace === undefined ? undefined : namespaced.find((entry) => entry.namespaces!.includes(namespace));
    if (byNamespace) return byNamespace;
  }
  const byName = PLAIN_BY_NAME.get(name);
  const repository = image.repository.toLowerCase();
  let byRepository: StatefulImage | undefined;
  for (const entry of BY_REPOSITORY) if (byRepository === undefined && entry.repositories!.some((suffix) => endsWithSegments(repository, suffix))) byRepository = entry;
  if (byName === undefined || byRepository === undefined) return byName ?? byRepository;
  return STATEFUL_IMAGES.indexOf(byName) < STATEFUL_IMAGES.indexOf(byRepository) ? byName : byRepository;
}
