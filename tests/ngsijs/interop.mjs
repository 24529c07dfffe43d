// Drives a running Polis through the real FIWARE ngsijs client (NGSI.Connection#ld) and prints one JSON
// object with what the client returned, so tests/Polis.EndToEnd.Tests/NgsijsInteropTests.cs can assert
// on it. Any failure of a call that should succeed exits non-zero with the error on stderr.
//
//   POLIS_URL=http://127.0.0.1:5000 POLIS_TOKEN=<bearer> node interop.mjs <command> [--name=value ...]
//
//   query        --near=<aq device> --far=<aq device> --spot=<parking-spot device>
//   subscribe    --aq=<aq device> --notify=<receiver uri>
//   unsubscribe  --subscription=<subscription id>
//
// ngsijs 1.4.1 ships its own Node transport (http/https, ngsi-node.js): no fetch/XMLHttpRequest polyfill
// is needed. Default headers go through the `headers` connection option, which every ld.* call merges
// into its request headers; that is how the bearer token reaches Polis.
import { parseArgs } from "node:util";
import NGSI from "ngsijs";

const { positionals, values: args } = parseArgs({
    allowPositionals: true,
    options: {
        near: { type: "string" },
        far: { type: "string" },
        spot: { type: "string" },
        aq: { type: "string" },
        notify: { type: "string" },
        subscription: { type: "string" },
    },
});

const url = process.env.POLIS_URL;
const token = process.env.POLIS_TOKEN;
if (!url || !token) {
    fail("POLIS_URL and POLIS_TOKEN must be set");
}

const connection = new NGSI.Connection(url, { headers: { Authorization: `Bearer ${token}` } });
const ld = connection.ld;
const aq = (device) => `urn:ngsi-ld:AirQualityObserved:${device}`;

/** The typed error an expected failure is reported as: its class, ngsijs name, message and details. */
async function expectError(call) {
    try {
        const value = await call();
        return { unexpectedSuccess: value };
    } catch (error) {
        return {
            class: error?.constructor?.name ?? null,
            name: error?.name ?? null,
            message: error?.message ?? null,
            details: error?.details ?? null,
        };
    }
}

function required(name) {
    const value = args[name];
    if (!value) {
        fail(`--${name} is required`);
    }
    return value;
}

function fail(message) {
    process.stderr.write(`${message}\n`);
    process.exit(2);
}

async function query() {
    const [near, far, spot] = [required("near"), required("far"), required("spot")];
    const both = { type: "AirQualityObserved", id: [aq(near), aq(far)] };
    const pattern = { type: "AirQualityObserved", idPattern: `^urn:ngsi-ld:AirQualityObserved:(${near}|${far})$` };
    const spotId = `urn:ngsi-ld:ParkingSpot:${spot}`;
    const result = {};

    const firstPage = await ld.queryEntities({ ...pattern, count: true, limit: 1, offset: 0 });
    const secondPage = await ld.queryEntities({ ...pattern, count: true, limit: 1, offset: 1 });
    result.pages = [firstPage, secondPage].map((page) => ({
        count: page.count,
        limit: page.limit,
        offset: page.offset,
        format: page.format,
        ids: page.results.map((e) => e.id),
    }));
    result.all = (await ld.queryEntities(both)).results;
    result.q = (await ld.queryEntities({ ...both, q: "pm25>40;relativeHumidity<0.9" })).results.map((e) => e.id);
    result.near = (await ld.queryEntities({
        ...pattern,
        georel: "near;maxDistance==500",
        geometry: "Point",
        coordinates: "[13.3777,52.5163]",
    })).results.map((e) => e.id);
    result.within = (await ld.queryEntities({
        ...pattern,
        georel: "within",
        geometry: "Polygon",
        coordinates: "[[[13.40,52.51],[13.42,52.51],[13.42,52.53],[13.40,52.53],[13.40,52.51]]]",
    })).results.map((e) => e.id);
    result.keyValues = (await ld.queryEntities({ ...both, attrs: ["pm25", "location"], keyValues: true })).results;
    result.spots = (await ld.queryEntities({ type: "ParkingSpot", id: spotId, q: "status==\"occupied\"" })).results;
    result.spotsFree = (await ld.queryEntities({ type: "ParkingSpot", id: spotId, q: "status==\"free\"" })).results;

    const entity = await ld.getEntity(aq(near));
    result.entity = { format: entity.format, entity: entity.entity };
    const projected = await ld.getEntity({ id: aq(near), attrs: ["pm25"], keyValues: true });
    result.entityKeyValues = projected.entity;

    result.types = (await ld.listTypes()).results;
    result.type = (await ld.getType("AirQualityObserved")).type;
    result.unknownType = await expectError(() => ld.getType("StreetLight"));
    result.notFound = await expectError(() => ld.getEntity(aq(`${near}-missing`)));
    result.badQ = await expectError(() => ld.queryEntities({ type: "AirQualityObserved", q: "pm25>>" }));
    return result;
}

async function subscribe() {
    const [device, notify] = [required("aq"), required("notify")];
    const definition = () => ({
        type: "Subscription",
        entities: [{ type: "AirQualityObserved", id: aq(device) }],
        watchedAttributes: ["pm25"],
        q: "pm25>50",
        notification: {
            attributes: ["pm25"],
            format: "keyValues",
            endpoint: { uri: notify, accept: "application/json" },
        },
    });

    // No id in the body: the id the client reports is the one it parsed from Polis's Location header.
    const created = await ld.createSubscription(definition());
    const id = created.subscription.id;
    const duplicate = await expectError(() => ld.createSubscription({ ...definition(), id }));
    // application/ld+json with the context in the body (ngsijs picks the media type from "@context").
    const withContext = await ld.createSubscription({
        ...definition(),
        q: "pm25>1000",
        "@context": "https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context-v1.8.jsonld",
    });
    await ld.updateSubscription({ id: withContext.subscription.id, isActive: false });
    const paused = (await ld.getSubscription(withContext.subscription.id)).subscription;
    await ld.deleteSubscription(withContext.subscription.id);

    const fetched = await ld.getSubscription(id);
    const list = await ld.listSubscriptions({ count: true, limit: 1000 });
    return {
        id,
        location: created.location,
        duplicate,
        subscription: fetched.subscription,
        format: fetched.format,
        listed: list.results.map((s) => s.id),
        count: list.count,
        withContext: { id: withContext.subscription.id, location: withContext.location, status: paused.status, isActive: paused.isActive },
    };
}

async function unsubscribe() {
    const id = required("subscription");
    const deleted = await ld.deleteSubscription(id);
    return {
        deleted,
        getAfterDelete: await expectError(() => ld.getSubscription(id)),
        deleteAgain: await expectError(() => ld.deleteSubscription(id)),
    };
}

const commands = { query, subscribe, unsubscribe };
const command = commands[positionals[0]];
if (!command) {
    fail(`usage: node interop.mjs <${Object.keys(commands).join("|")}> [--name=value ...]`);
}

try {
    process.stdout.write(`${JSON.stringify(await command())}\n`);
} catch (error) {
    process.stderr.write(`ngsijs ${positionals[0]} failed: ${error?.name ?? ""} ${error?.message ?? ""} ${error?.details ?? ""}\n${error?.stack ?? error}\n`);
    process.exit(1);
}
