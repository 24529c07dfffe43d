-- The city's districts and streets (the map's offline base layer), replaced as a whole by PUT /api/v1/geography.
-- position keeps the upload's order; geometry_json is canonical GeoJSON written by Polis.
CREATE TABLE geography_features (
    position INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    feature_id TEXT,
    name TEXT NOT NULL,
    geometry_json TEXT NOT NULL
);
