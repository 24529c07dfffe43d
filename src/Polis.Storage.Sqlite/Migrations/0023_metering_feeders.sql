-- A service point balances against one feeder or district meter per meter kind (a household's electricity against
-- its feeder, its water against the district's bulk meter), so the single feeder_meter_id column becomes a table.
CREATE TABLE metering_service_point_feeders (
    service_point_id TEXT NOT NULL REFERENCES metering_service_points (id) ON DELETE CASCADE,
    feeder_meter_id TEXT NOT NULL REFERENCES metering_meters (id),
    PRIMARY KEY (service_point_id, feeder_meter_id)
) WITHOUT ROWID;
-- Balances and the guard on deleting a meter look service points up by their feeder.
CREATE INDEX ix_metering_service_point_feeders_feeder ON metering_service_point_feeders (feeder_meter_id);

INSERT INTO metering_service_point_feeders (service_point_id, feeder_meter_id)
SELECT id, feeder_meter_id FROM metering_service_points WHERE feeder_meter_id IS NOT NULL;

DROP INDEX ix_metering_service_points_feeder;
ALTER TABLE metering_service_points DROP COLUMN feeder_meter_id;
