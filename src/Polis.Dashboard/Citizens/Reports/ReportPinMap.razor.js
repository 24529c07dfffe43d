// The report page's map: the city's base layer, and a pin where the resident taps (or at the coordinates they type).
// The pin's position is told to .NET, which shows it and asks for nearby reports.
import { L, createBaseMap, disposeBaseMap, fitTo } from '../../js/map-base.js';

const maps = new WeakMap();

export function create(element, options, geographyJson, dotNet) {
    const baseMap = createBaseMap(element, options, geographyJson);
    fitTo(baseMap.map, baseMap.bounds);
    const state = { baseMap, pin: null };
    maps.set(element, state);
    baseMap.map.on('click', e => {
        place(element, e.latlng.lat, e.latlng.lng);
        dotNet.invokeMethodAsync('PinDroppedAsync', e.latlng.lat, e.latlng.lng);
    });
    element.dataset.ready = 'true';
}

// Puts (or moves) the pin; typed-in coordinates also pan the map to it.
export function pin(element, lat, lng, pan) {
    place(element, lat, lng);
    if (pan) {
        maps.get(element)?.baseMap.map.panTo([lat, lng]);
    }
}

function place(element, lat, lng) {
    const state = maps.get(element);
    if (!state) {
        return;
    }
    if (state.pin) {
        state.pin.setLatLng([lat, lng]);
    } else {
        state.pin = L.circleMarker([lat, lng], { radius: 9, color: '#c62828', fillColor: '#ef5350', fillOpacity: 0.9 }).addTo(state.baseMap.map);
    }
    element.dataset.pin = `${lat.toFixed(6)},${lng.toFixed(6)}`;
}

export function dispose(element) {
    disposeBaseMap(maps.get(element)?.baseMap);
    maps.delete(element);
}
