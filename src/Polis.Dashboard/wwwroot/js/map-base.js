// What every Leaflet page of the dashboard shares: the map, the city's own base layer (districts and streets from
// /api/v1/geography, or tiles when a deployment configured a tile URL), the layer control, a legend and resizing.
// Leaflet is served by Polis (../lib/leaflet), never from a CDN.
import '../lib/leaflet/leaflet.js';

export const L = window.L;

// A map over the city's base layer. Returns { map, base, control, bounds, resizeObserver }; bounds are the
// districts' (null without any), so a page can fit its own content instead.
export function createBaseMap(element, options, geographyJson) {
    const map = L.map(element, { preferCanvas: true, zoomSnap: 0.25 });
    // The base layer lives in its own pane under the markers and ignores the pointer, so a click always
    // reaches the markers' canvas.
    const basePane = map.createPane('polisCityBase');
    basePane.style.zIndex = 350;
    basePane.style.pointerEvents = 'none';

    // Base layer: tiles when an online deployment configured them, else the city's own districts and streets.
    const base = L.layerGroup().addTo(map);
    if (options.tileUrl) {
        L.tileLayer(options.tileUrl, { attribution: options.tileAttribution ?? '', maxZoom: 19 }).addTo(base);
    }
    const bounds = drawGeography(element, base, JSON.parse(geographyJson), !!options.tileUrl);

    const control = L.control.layers({}, {}, { collapsed: false }).addTo(map);
    control.addOverlay(base, options.tileUrl ? 'Districts' : 'City (districts, streets)');

    // A side panel narrows the map: Leaflet must learn its new size, or clicks and centring go astray.
    const resizeObserver = new ResizeObserver(() => map.invalidateSize({ animate: false }));
    resizeObserver.observe(element);
    return { map, base, control, bounds, resizeObserver };
}

function drawGeography(element, base, geography, outlinesOnly) {
    const districts = geography.features.filter(f => f.properties.kind === 'district');
    const streets = geography.features.filter(f => f.properties.kind === 'street');
    if (!outlinesOnly) {
        // Streets on the canvas too: a real city has thousands of them.
        L.geoJSON({ type: 'FeatureCollection', features: streets }, {
            renderer: L.canvas({ pane: 'polisCityBase' }), interactive: false,
            style: { color: '#b0a999', weight: 2, opacity: 0.9 },
        }).addTo(base);
    }
    // Districts in SVG (tens of them): each is a path element of class polis-district, so tests and styling can find it.
    const layer = L.geoJSON({ type: 'FeatureCollection', features: districts }, {
        renderer: L.svg({ pane: 'polisCityBase' }), interactive: false,
        style: { color: '#5c6bc0', weight: 2, fillColor: '#c5cae9', fillOpacity: outlinesOnly ? 0.05 : 0.35, className: 'polis-district' },
        onEachFeature: (feature, path) => {
            path.bindTooltip(feature.properties.name, { permanent: true, direction: 'center', className: 'polis-district-label' });
        },
    }).addTo(base);
    element.dataset.districtCount = String(districts.length);
    element.dataset.streetCount = String(streets.length);
    return districts.length > 0 ? layer.getBounds() : null;
}

// A legend in the bottom-right corner: entries are { name, colour, hollow }.
export function addLegend(map, entries, testId) {
    const legend = L.control({ position: 'bottomright' });
    legend.onAdd = () => {
        const div = L.DomUtil.create('div', 'polis-map-legend');
        div.setAttribute('data-testid', testId);
        div.innerHTML = entries.map(e => {
            const swatch = e.hollow ? `border-color:${e.colour};background:transparent` : `background:${e.colour}`;
            return `<div data-legend="${e.name}"><span style="${swatch}"></span>${e.name}</div>`;
        }).join('');
        return div;
    };
    legend.addTo(map);
    return legend;
}

// Fits the first valid bounds given, or shows the whole world when there is nothing to show.
export function fitTo(map, ...candidates) {
    const bounds = candidates.find(b => b && b.isValid());
    if (bounds) {
        map.fitBounds(bounds, { padding: [20, 20] });
    } else {
        map.setView([0, 0], 2);
    }
}

export function disposeBaseMap(baseMap) {
    baseMap?.resizeObserver.disconnect();
    baseMap?.map.remove();
}
