import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Server, Socket } from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

// The embedded default database: PostgreSQL compiled to WebAssembly (PGlite), served over the
// Postgres wire protocol so that the app uses the very same driver as with a real server.
// PGlite is a single session: the socket server accepts one connection, and the app's pool has one.

export const DEFAULT_DATA_DIR = path.resolve(process.env.HERALD_DATA_DIR ?? ".data/pglite");

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** A folder that this process will own, or "memory" for a throwaway database. */
  dataDir: string | "memory";
  /** 0 lets the operating system choose a free port. */
  port?: number;
}

export async function startEmbeddedDatabase({ dataDir, port = 0 }: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const releaseLock = dataDir === "memory" ? () => {} : lockDataDir(dataDir);
  try {
    const db = await PGlite.create(dataDir === "memory" ? "memory://" : dataDir, {
      extensions: { unaccent, pg_trgm },
    });
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 1 });
    await server.start();
    queueConnections(server);
    const address = server.getServerConn();
    const actualPort = Number(address.split(":").pop());
    return {
      port: actualPort,
      url: `postgresql://postgres@127.0.0.1:${actualPort}/postgres?sslmode=disable`,
      async stop() {
        await server.stop();
        await db.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/** Two processes must never open the same PGlite folder: a pid file marks the owner. */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.pid`);
  if (existsSync(lockFile)) {
    const ownerPid = Number(readFileSync(lockFile, "utf8"));
    if (ownerPid && ownerPid !== process.pid && isAlive(ownerPid)) {
      throw new Error(
        `The embedded database in ${dataDir} is already open in process ${ownerPid} (npm start or npm run dev?). ` +
          "Stop that process first, or set DATABASE_URL to use a PostgreSQL server.",
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The socket server refuses a connection while another is attached, and it notices a closed one only a
 * tick later: a client that disconnects and reconnects at once (a migration tool, then the app's pool)
 * is refused. Make a new connection wait for the session instead; the client's own connect timeout
 * still bounds the wait.
 */
function queueConnections(server: PGLiteSocketServer): void {
  const internals = server as unknown as {
    server: Server;
    handlers: Set<unknown>;
    maxConnections: number;
    handleConnection(socket: Socket): Promise<void>;
  };
  // Node's own limit would drop the waiting socket before we see it.
  internals.server.maxConnections = 64;
  const accept = internals.handleConnection.bind(server);
  internals.handleConnection = async (socket: Socket) => {
    while (internals.handlers.size >= internals.maxConnections) {
      if (socket.destroyed) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return accept(socket);
  };
}
