// Decodes GTFS-Realtime feeds with MobilityData's gtfs-realtime-bindings (protobuf.js), independently of Polis's
// own Google.Protobuf classes. Usage: node decode.mjs URL... (or file paths). Prints one JSON object:
// { "<url>": { "status": 200, "contentType": "...", "feed": <FeedMessage as an object> } }.
import { readFile } from "node:fs/promises";
import GtfsRealtimeBindings from "gtfs-realtime-bindings";

const { FeedMessage } = GtfsRealtimeBindings.transit_realtime;
const result = {};
for (const source of process.argv.slice(2)) {
  let bytes;
  let status = 200;
  let contentType = null;
  if (/^https?:/.test(source)) {
    const response = await fetch(source);
    status = response.status;
    contentType = response.headers.get("content-type");
    bytes = new Uint8Array(await response.arrayBuffer());
  } else {
    bytes = new Uint8Array(await readFile(source));
  }
  const message = FeedMessage.decode(bytes);
  const error = FeedMessage.verify(message);
  result[source] = {
    status,
    contentType,
    verifyError: error,
    feed: FeedMessage.toObject(message, { enums: String, longs: String, defaults: false }),
  };
}
process.stdout.write(JSON.stringify(result));
