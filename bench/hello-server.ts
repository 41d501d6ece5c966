/**
 * The HTTP baseline: a Fastify hello-world route on the same machine, in its own process like `vigil serve`.
 * Prints `listening <port>` once ready.
 */
import Fastify from "fastify";

const app = Fastify({ logger: false });
app.get("/", async () => ({ hello: "world" }));
const port = Number(process.argv[2] ?? 0);
await app.listen({ port, host: "127.0.0.1" });
const addr = app.server.address();
process.stdout.write(`listening ${typeof addr === "object" && addr ? addr.port : port}\n`);
const stop = () => void app.close().then(() => process.exit(0));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
