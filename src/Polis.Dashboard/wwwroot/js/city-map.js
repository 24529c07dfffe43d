// The operations centre's live map. Leaflet is served by Polis (../lib/leaflet), never from a CDN.
// Markers are circleMarkers on one shared canvas renderer: 20,000 SVG elements would make every pan and zoom
// crawl, while a canvas redraws them in a few milliseconds. The server sends markers as parallel arrays
// (ids, profile, lon, lat, state) and later only coalesced changes by marker index.
import { L, addLegend, createBaseMap, disposeBaseMap, fitTo } from './map-base.js';

// Wire format of MapMarkerState: 0 online, 1 offline, 2 open alarm.
const STATES = [
    { name: 'online', colour: '#2e7d32' },
    { name: 'offline', colour: '#9e9e9e' },
    { name: 'open alarm', colour: '#d32f2f' },
];

// Only alarm markers get an outline: it is what makes the few red ones stand out of the many.
function markerStyle(state) {
    const colour = STATES[state]?.colour ?? '#000';
    return state === 2
        ? { radius: 7, stroke: true, color: '#5d0000', weight: 2, fillColor: colour, fillOpacity: 1 }
        : { radius: 5, stroke: false, fillColor: colour, fillOpacity: 0.9 };
}

export function create(element, options, geographyJson, payload, dotNet) {
    const baseMap = createBaseMap(element, options, geographyJson);
    const map = baseMap.map;
    const canvas = L.canvas({ padding: 0.3, tolerance: 4 });
    const city = { map, baseMap, canvas, dotNet, element, markers: [], layers: new Map(), control: baseMap.control, bounds: baseMap.bounds };
    addLegend(map, STATES, 'map-legend');
    setMarkers(city, payload);
    fitTo(map, city.bounds, city.markers.length > 0 ? L.latLngBounds(city.markers.map(m => m.getLatLng())) : null);

    // For tests and benchmarks: where a marker is drawn, its state, and a click as the user would do it.
    element.polisMap = {
        markerCount: () => city.markers.length,
        positionOf: id => { const m = find(city, id); return m ? [m.getLatLng().lng, m.getLatLng().lat] : null; },
        stateOf: id => find(city, id)?.options.polisState ?? null,
        pointOf: id => { const m = find(city, id); if (!m) return null; const p = map.latLngToContainerPoint(m.getLatLng()); return { x: p.x, y: p.y }; },
        focus: id => { const m = find(city, id); if (m) map.setView(m.getLatLng(), Math.max(map.getZoom(), 15), { animate: false }); },
    };
    element.polisCity = city;
    return true;
}

function setMarkers(city, payload) {
    for (const layer of city.layers.values()) {
        city.control.removeLayer(layer);
        city.map.removeLayer(layer);
    }
    city.layers.clear();
    city.markers = new Array(payload.ids.length);
    const groups = payload.profiles.map(() => []);
    for (let i = 0; i < payload.ids.length; i++) {
        const state = payload.state[i];
        const marker = L.circleMarker([payload.lat[i], payload.lon[i]], { renderer: city.canvas, polisId: payload.ids[i], polisState: state, ...markerStyle(state) });
        marker.on('click', () => city.dotNet.invokeMethodAsync('SelectDevice', marker.options.polisId));
        city.markers[i] = marker;
        groups[payload.profile[i]].push(marker);
    }
    payload.profiles.forEach((profile, p) => {
        const layer = L.layerGroup(groups[p]).addTo(city.map);
        city.layers.set(profile, layer);
        city.control.addOverlay(layer, `${profile} (${groups[p].length})`);
    });
    city.index = null;
    city.element.dataset.markerCount = String(city.markers.length);
}

export function reload(element, payload) {
    setMarkers(element.polisCity, payload);
}

// One coalesced batch: moves and state changes by marker index. Leaflet's canvas renderer redraws the touched
// areas once per animation frame, however many markers changed.
export function update(element, changes) {
    const city = element.polisCity;
    for (let k = 0; k < changes.moveIndex.length; k++) {
        city.markers[changes.moveIndex[k]]?.setLatLng([changes.lat[k], changes.lon[k]]);
    }
    for (let k = 0; k < changes.stateIndex.length; k++) {
        const marker = city.markers[changes.stateIndex[k]];
        if (marker) {
            marker.options.polisState = changes.state[k];
            marker.setStyle(markerStyle(changes.state[k]));
            marker.setRadius(markerStyle(changes.state[k]).radius);
        }
    }
    city.element.dataset.updates = String((Number(city.element.dataset.updates) || 0) + 1);
}

// After a navigation the element may already be gone (null here): its map went with it.
export function dispose(element) {
    if (!element) return;
    disposeBaseMap(element.polisCity?.baseMap);
    delete element.polisCity;
    delete element.polisMap;
}

function find(city, id) {
    if (!city.index || city.index.size !== city.markers.length) {
        city.index = new Map(city.markers.map(m => [m.options.polisId, m]));
    }
    return city.index.get(id);
}
