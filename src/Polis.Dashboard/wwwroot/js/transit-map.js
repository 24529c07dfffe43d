// The transit map: the active feed's routes drawn from their shapes (SVG, one path per distinct shape, in the
// route's colour), its stops from a suitable zoom, and the live vehicles coloured by their delay band. Stops and
// vehicles share one canvas, so a click finds whichever is on top (two canvases would hide each other's clicks).
// The server sends the network once, vehicles first in full and then, at most once a second, only what changed.
import { L, addLegend, createBaseMap, disposeBaseMap, fitTo } from './map-base.js';

// Stops are drawn from this zoom on: below it a city's hundreds of stops are only clutter on the lines.
const STOP_ZOOM = 14;

function vehicleStyle(band, bands) {
    const b = bands[band] ?? { colour: '#000' };
    return b.hollow
        ? { radius: 6, stroke: true, color: b.colour, weight: 3, fillColor: '#ffffff', fillOpacity: 0.6 }
        : { radius: 7, stroke: true, color: '#ffffff', weight: 2, fillColor: b.colour, fillOpacity: 1 };
}

const STOP_STYLE = { radius: 4, stroke: true, color: '#37474f', weight: 1.5, fillColor: '#ffffff', fillOpacity: 1 };

export function create(element, options, geographyJson, bands, network, vehicles, dotNet) {
    const baseMap = createBaseMap(element, options, geographyJson);
    const map = baseMap.map;
    const routePane = map.createPane('polisTransitRoutes');
    routePane.style.zIndex = 380; // over the city, under stops and vehicles
    routePane.style.pointerEvents = 'none';
    const transit = {
        map, baseMap, bands, dotNet, element,
        canvas: L.canvas({ padding: 0.3, tolerance: 4 }),
        routeRenderer: L.svg({ pane: 'polisTransitRoutes' }),
        routes: L.layerGroup().addTo(map), stops: L.layerGroup(), vehicleLayer: L.layerGroup().addTo(map),
        network: null, lines: [], stopMarkers: [], vehicles: new Map(), filter: null, networkBounds: null,
    };
    baseMap.control.addOverlay(transit.routes, 'Routes');
    baseMap.control.addOverlay(transit.vehicleLayer, 'Vehicles');
    addLegend(map, bands, 'transit-legend');
    setNetworkOf(transit, network);
    applyVehicles(transit, vehicles);
    const vehicleBounds = transit.vehicles.size > 0 ? L.latLngBounds([...transit.vehicles.values()].map(m => m.getLatLng())) : null;
    fitTo(map, transit.networkBounds, baseMap.bounds, vehicleBounds);
    map.on('zoomend', () => showStops(transit));
    showStops(transit);

    // For tests and benchmarks: what is drawn where, and the points a user would click.
    const point = layer => { if (!layer) return null; const p = map.latLngToContainerPoint(layer.getLatLng()); return { x: p.x, y: p.y }; };
    element.polisTransit = {
        vehicleCount: () => transit.vehicles.size,
        visibleVehicleIds: () => [...transit.vehicles.values()].filter(m => transit.vehicleLayer.hasLayer(m)).map(m => m.options.polisId).sort(),
        positionOf: id => { const m = transit.vehicles.get(id); return m ? [m.getLatLng().lng, m.getLatLng().lat] : null; },
        bandOf: id => { const m = transit.vehicles.get(id); return m ? transit.bands[m.options.polisBand]?.name ?? null : null; },
        colourOf: id => { const m = transit.vehicles.get(id); return m ? (transit.bands[m.options.polisBand]?.hollow ? m.options.color : m.options.fillColor) : null; },
        pointOf: id => point(transit.vehicles.get(id)),
        focus: id => { const m = transit.vehicles.get(id); if (m) map.setView(m.getLatLng(), Math.max(map.getZoom(), 16), { animate: false }); },
        stopPointOf: id => point(transit.stopMarkers.find(s => s.options.polisId === id)),
        focusStop: id => { const s = transit.stopMarkers.find(m => m.options.polisId === id); if (s) map.setView(s.getLatLng(), Math.max(map.getZoom(), 16), { animate: false }); },
        stopsShown: () => map.hasLayer(transit.stops),
    };
    element.polisTransitMap = transit;
    return true;
}

export function setNetwork(element, network) {
    const transit = element.polisTransitMap;
    setNetworkOf(transit, network);
    applyFilter(transit);
}

function setNetworkOf(transit, network) {
    transit.routes.clearLayers();
    transit.stops.clearLayers();
    transit.network = network;
    transit.lines = [];
    transit.stopMarkers = [];
    transit.networkBounds = null;
    if (network) {
        const bounds = L.latLngBounds([]);
        network.shapes.forEach((flat, s) => {
            const points = [];
            for (let i = 0; i + 1 < flat.length; i += 2) points.push([flat[i], flat[i + 1]]);
            const route = network.shapeRoute[s];
            const line = L.polyline(points, {
                pane: 'polisTransitRoutes', renderer: transit.routeRenderer, interactive: false,
                color: network.routeColours[route], weight: 4, opacity: 0.85, className: 'polis-route', polisRoute: route,
            });
            // Tests and styling find a route's paths by id; the element exists only while the line is on the map.
            line.on('add', () => line.getElement()?.setAttribute('data-route-id', network.routeIds[route]));
            line.addTo(transit.routes);
            transit.lines.push(line);
            bounds.extend(line.getBounds());
        });
        for (let i = 0; i < network.stopIds.length; i++) {
            const stop = L.circleMarker([network.stopLat[i], network.stopLon[i]], { renderer: transit.canvas, polisId: network.stopIds[i], polisRoutes: network.stopRoutes[i], ...STOP_STYLE });
            stop.bindTooltip(network.stopNames[i], { direction: 'top', offset: [0, -4] });
            stop.on('click', () => transit.dotNet.invokeMethodAsync('OpenStop', stop.options.polisId));
            stop.addTo(transit.stops);
            transit.stopMarkers.push(stop);
        }
        transit.networkBounds = bounds.isValid() ? bounds : null;
    }
    transit.element.dataset.routeCount = String(network ? network.routeIds.length : 0);
    transit.element.dataset.shapeCount = String(transit.lines.length);
    transit.element.dataset.stopCount = String(transit.stopMarkers.length);
    transit.element.dataset.feedId = network ? String(network.feedId) : '';
    // Vehicles are drawn after the stops on the shared canvas, so they stay on top (and win a click).
    for (const marker of transit.vehicles.values()) marker.bringToFront();
}

// One coalesced batch: new and changed vehicles by id, and the ones the tracker forgot.
export function update(element, payload) {
    const transit = element.polisTransitMap;
    applyVehicles(transit, payload);
    transit.element.dataset.updates = String((Number(transit.element.dataset.updates) || 0) + 1);
}

function applyVehicles(transit, payload) {
    for (let k = 0; k < payload.ids.length; k++) {
        const id = payload.ids[k];
        let marker = transit.vehicles.get(id);
        if (!marker) {
            marker = L.circleMarker([payload.lat[k], payload.lon[k]], { renderer: transit.canvas, polisId: id });
            marker.on('click', () => transit.dotNet.invokeMethodAsync('SelectVehicle', id));
            transit.vehicles.set(id, marker);
        } else {
            marker.setLatLng([payload.lat[k], payload.lon[k]]);
        }
        marker.options.polisBand = payload.band[k];
        marker.options.polisRoute = payload.route[k];
        const style = vehicleStyle(payload.band[k], transit.bands);
        marker.setStyle(style);
        marker.setRadius(style.radius);
        showIf(transit.vehicleLayer, marker, passes(transit, [payload.route[k]]));
    }
    for (const id of payload.removed) {
        const marker = transit.vehicles.get(id);
        if (marker) {
            transit.vehicleLayer.removeLayer(marker);
            transit.vehicles.delete(id);
        }
    }
    transit.element.dataset.vehicleCount = String(transit.vehicles.size);
}

// Route indexes to show, or null for all. Vehicles without a trip show only while nothing is filtered.
// Choosing routes also brings them into view (all of the network when the filter is cleared).
export function filter(element, routeIndexes) {
    const transit = element.polisTransitMap;
    transit.filter = routeIndexes && routeIndexes.length > 0 ? new Set(routeIndexes) : null;
    applyFilter(transit);
    const bounds = L.latLngBounds([]);
    transit.lines.filter(line => passes(transit, [line.options.polisRoute])).forEach(line => bounds.extend(line.getBounds()));
    fitTo(transit.map, bounds, transit.networkBounds);
}

function applyFilter(transit) {
    for (const line of transit.lines) showIf(transit.routes, line, passes(transit, [line.options.polisRoute]));
    for (const stop of transit.stopMarkers) showIf(transit.stops, stop, passes(transit, stop.options.polisRoutes));
    for (const marker of transit.vehicles.values()) showIf(transit.vehicleLayer, marker, passes(transit, [marker.options.polisRoute]));
    for (const marker of transit.vehicles.values()) marker.bringToFront();
    transit.element.dataset.filter = transit.filter ? [...transit.filter].sort((a, b) => a - b).join(',') : '';
}

function passes(transit, routes) {
    return !transit.filter || routes.some(r => transit.filter.has(r));
}

function showIf(group, layer, show) {
    if (show && !group.hasLayer(layer)) group.addLayer(layer);
    else if (!show && group.hasLayer(layer)) group.removeLayer(layer);
}

function showStops(transit) {
    const show = transit.map.getZoom() >= STOP_ZOOM;
    if (show && !transit.map.hasLayer(transit.stops)) {
        transit.stops.addTo(transit.map);
        for (const marker of transit.vehicles.values()) marker.bringToFront();
    } else if (!show && transit.map.hasLayer(transit.stops)) {
        transit.map.removeLayer(transit.stops);
    }
    transit.element.dataset.stopsShown = String(show);
}

// After a navigation the element may already be gone (null here): its map went with it.
export function dispose(element) {
    if (!element) return;
    disposeBaseMap(element.polisTransitMap?.baseMap);
    delete element.polisTransitMap;
    delete element.polisTransit;
}
